//! National crisis helplines for the "Get help now" screen and `harbour helplines`.

use crate::{Error, ErrorCode};
use harbour_directory::{Helpline, HelplineDataset, HelplineError};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct HelplinesArgs {
    /// ISO 3166-1 alpha-2; `None` lists every country.
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HelplineDto {
    pub id: String,
    pub country: String,
    pub name: String,
    pub phone: Option<String>,
    /// `tel:` link, ready for an `<a href>`.
    pub tel_href: Option<String>,
    pub sms: Option<String>,
    /// `sms:` link with any keyword pre-filled.
    pub sms_href: Option<String>,
    pub hours: Option<String>,
    pub notes: Option<String>,
    pub source_url: String,
    pub source_date: Option<String>,
    pub last_checked: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HelplinesResult {
    /// The country asked for, normalised (`UK` becomes `GB`), or `None` for all.
    pub country: Option<String>,
    pub helplines: Vec<HelplineDto>,
    /// Countries that have helplines, for a country picker.
    pub countries: Vec<String>,
}

impl From<&Helpline> for HelplineDto {
    fn from(h: &Helpline) -> Self {
        Self {
            id: h.id.clone(),
            country: h.country.clone(),
            name: h.name.clone(),
            phone: h.phone.clone(),
            tel_href: h.tel_href(),
            sms: h.sms.clone(),
            sms_href: h.sms_href(),
            hours: h.hours.clone(),
            notes: h.notes.clone(),
            source_url: h.source_url.clone(),
            source_date: h.source_date.clone(),
            last_checked: h.last_checked.clone(),
        }
    }
}

impl From<HelplineError> for Error {
    fn from(e: HelplineError) -> Self {
        let code = match e {
            HelplineError::BadCountry(_) => ErrorCode::InvalidInput,
            _ => ErrorCode::DataInvalid,
        };
        Error::new(code, e.to_string())
    }
}

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
