//! The checks every service passes before Harbour shows it, whether bundled or imported.

use crate::hours::Hours;
use crate::model::Service;

pub fn is_iso_date(s: &str) -> bool {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() && s.len() == 10
}

/// A link Harbour will show: `https://` or `http://`, a host, no spaces,
/// control or bidi characters, and no user name before the host (`https://nhs.uk@…`
/// goes somewhere else than it reads).
pub fn is_web_address(s: &str) -> bool {
    let Some(rest) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    s.len() <= 2000
        && !s.chars().any(|c| c.is_whitespace() || is_hidden(c))
        && authority.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '[')
        && !authority.contains(['@', '\\'])
}

/// A source given as a name rather than a link (an import's file name, "NHS 111 list"):
/// shown as text, never as a link, so it needs only to read as what it is.
pub fn is_source_name(s: &str) -> bool {
    // "javascript:…", "file:…": anything that starts like a link's scheme is not a name.
    let looks_like_scheme = s.split_once(':').is_some_and(|(head, _)| {
        !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    !s.trim().is_empty()
        && s.chars().count() <= 200
        && !looks_like_scheme
        && !s.chars().any(is_hidden)
}

/// Control characters, and bidi controls that make text read as something else.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// What makes a pair of coordinates impossible, in words (empty when they are fine or absent):
/// a latitude outside -90 to 90, a longitude outside -180 to 180, a number that is not finite,
/// or one without the other. The importer uses this to drop such coordinates and say so.
pub(crate) fn coordinate_problems(latitude: Option<f64>, longitude: Option<f64>) -> Vec<String> {
    let mut problems = Vec::new();
    match (latitude, longitude) {
        (Some(lat), Some(lon)) => {
            if !(-90.0..=90.0).contains(&lat) || !lat.is_finite() {
                problems.push(format!("latitude {lat} is out of range (-90 to 90)"));
            }
            if !(-180.0..=180.0).contains(&lon) || !lon.is_finite() {
                problems.push(format!("longitude {lon} is out of range (-180 to 180)"));
            }
        }
        (None, None) => {}
        _ => problems.push("has a latitude without a longitude, or the reverse".to_string()),
    }
    problems
}

/// Every problem with a service, in words, or `Ok`.
pub fn validate_service(s: &Service) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    if s.id.trim().is_empty() {
        problems.push("has no id".to_string());
    }
    if s.name.trim().is_empty() {
        problems.push("has no name".to_string());
    }
    if s.source_url.trim().is_empty() {
        problems.push("has no source; Harbour never shows an unsourced service".to_string());
    } else if !is_web_address(&s.source_url) && !is_source_name(&s.source_url) {
        problems.push(format!(
            "source {:?} is neither a web address (https://...) nor a plain name",
            s.source_url
        ));
    }
    if let Some(url) = s.url.as_deref().filter(|u| !is_web_address(u)) {
        problems.push(format!(
            "website {url:?} is not a web address (https://...)"
        ));
    }
    if !is_iso_date(&s.last_checked) {
        problems.push(format!(
            "last-checked date {:?} is not a date (YYYY-MM-DD)",
            s.last_checked
        ));
    }
    if let Some(d) = &s.source_date {
        if !is_iso_date(d) {
            problems.push(format!("source date {d:?} is not a date (YYYY-MM-DD)"));
        }
    }
    for p in &s.phones {
        if p.dial.is_empty() || !p.dial.chars().all(|c| c.is_ascii_digit() || c == '+') {
            problems.push(format!("phone {:?} has no number to dial", p.number));
        }
    }
    let loc = &s.location;
    problems.extend(coordinate_problems(loc.latitude, loc.longitude));
    if let Some(n) = &loc.nation {
        if !matches!(
            n.as_str(),
            "england" | "wales" | "scotland" | "northern-ireland"
        ) {
            problems.push(format!(
                "nation {n:?} is not england, wales, scotland or northern-ireland"
            ));
        }
    }
    if let Some(oh) = &s.schedule.opening_hours {
        if let Err(e) = Hours::parse(oh, &s.schedule.timezone, loc.nation.as_deref()) {
            problems.push(e.to_string());
        }
    }
    if let Some(age) = &s.age_range {
        if let (Some(min), Some(max)) = (age.minimum, age.maximum) {
            if min > max {
                problems.push(format!("minimum age {min} is above maximum age {max}"));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::{is_source_name, is_web_address};

    #[test]
    fn only_web_addresses_are_links() {
        for ok in [
            "https://www.samaritans.org/",
            "http://example.org/a?b=c#d",
            "https://[2001:db8::1]/x",
        ] {
            assert!(is_web_address(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "smb://server/share",
            "data:text/html,hi",
            "https://",
            "https:///path",
            "https://nhs.uk@evil.example/",
            "https://evil.example\\@nhs.uk/",
            "https://exa mple.org",
            "https://example.org/\u{202e}gpj.exe",
            "www.example.org",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }

    #[test]
    fn a_source_name_is_plain_text_not_a_link_in_disguise() {
        for ok in [
            "service_list.json",
            "NHS Directory: 2026",
            "Local list (Leeds)",
        ] {
            assert!(is_source_name(ok), "{ok}");
        }
        for bad in [
            "",
            "  ",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://example.org",
            "list\u{202e}nosj.exe",
            "line\nbreak",
        ] {
            assert!(!is_source_name(bad), "{bad}");
        }
        assert!(!is_source_name(&"x".repeat(201)));
    }
}
