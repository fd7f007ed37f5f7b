//! National crisis helplines for the "Get help now" screen and `harbour helplines`.

use harbour_api::helplines::*;
use harbour_api::Error;
use harbour_directory::HelplineDataset;

pub fn helplines(args: HelplinesArgs) -> Result<HelplinesResult, Error> {
    let dataset = HelplineDataset::bundled();
    let country = args
        .country
        .as_deref()
        .map(harbour_directory::normalise_country)
        .transpose()?;
    let helplines = dataset
        .for_country(country.as_deref())?
        .into_iter()
        .map(HelplineDto::from)
        .collect();
    Ok(HelplinesResult {
        country,
        helplines,
        countries: dataset.countries().into_iter().map(String::from).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use harbour_api::ErrorCode;

    #[test]
    fn great_britain_starts_with_samaritans() {
        let result = helplines(HelplinesArgs {
            country: Some("gb".into()),
        })
        .unwrap();
        assert_eq!(result.country.as_deref(), Some("GB"));
        assert_eq!(result.helplines[0].name, "Samaritans");
        assert_eq!(result.helplines[0].tel_href.as_deref(), Some("tel:116123"));
        assert!(result.countries.contains(&"IE".to_string()));
    }

    #[test]
    fn a_bad_country_is_invalid_input() {
        let err = helplines(HelplinesArgs {
            country: Some("<script>".into()),
        })
        .unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
    }
}
