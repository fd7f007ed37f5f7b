//! Human and JSON output.

use harbour_api::{Error, HelplinesResult};
use serde::Serialize;

pub fn json<T: Serialize>(value: &T) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Error::new(harbour_api::ErrorCode::Internal, e.to_string()))?;
    println!("{text}");
    Ok(())
}

pub fn error(err: &Error, as_json: bool) {
    if as_json {
        // An Error always serialises; fall back to the plain line if it somehow does not.
        match serde_json::to_string(err) {
            Ok(text) => eprintln!("{text}"),
            Err(_) => eprintln!("error: {}", err.message),
        }
    } else {
        eprintln!("harbour: {} [{}]", err.message, err.code.as_str());
    }
}

pub fn helplines(result: &HelplinesResult) {
    if result.helplines.is_empty() {
        println!(
            "No helplines are listed for this country. Countries with helplines: {}",
            result.countries.join(", ")
        );
        return;
    }
    for h in &result.helplines {
        println!("{} ({})", h.name, h.country);
        if let Some(phone) = &h.phone {
            println!("  Call: {phone}");
        }
        if let Some(sms) = &h.sms {
            println!("  Text: {sms}");
        }
        if let Some(hours) = &h.hours {
            println!("  Hours: {hours}");
        }
        let dated = h
            .source_date
            .as_deref()
            .map(|d| format!(", dated {d}"))
            .unwrap_or_default();
        println!("  Source: {}{dated}", h.source_url);
        println!("  Last checked: {}", h.last_checked);
        println!();
    }
}
