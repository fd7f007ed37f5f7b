//! UTC moments as RFC 3339 text and back, without a time-zone database.

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) to days since 1970-01-01 (Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DD` (UTC) for Unix seconds.
pub fn date(secs: i64) -> String {
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DDTHH:MM:SSZ` for Unix seconds.
pub fn rfc3339(secs: i64) -> String {
    let s = secs.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        date(secs),
        s / 3600,
        (s / 60) % 60,
        s % 60
    )
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ` for Unix milliseconds.
pub fn rfc3339_millis(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let mut out = rfc3339(secs);
    out.insert_str(19, &format!(".{:03}", ms.rem_euclid(1000)));
    out
}

/// Unix milliseconds of `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.mmmZ`
/// (years 1900–9999, a real date and time); `None` for anything else.
pub fn parse_millis(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let millis = match b.len() {
        20 if b[19] == b'Z' => 0,
        24 if b[19] == b'.' && b[23] == b'Z' => num(s, 20, 3)?,
        _ => return None,
    };
    if b[10] != b'T' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    crate::validate::date(&s[..10]).ok()?;
    let (y, m, d) = (num(s, 0, 4)?, num(s, 5, 2)?, num(s, 8, 2)?);
    let (h, mi, sec) = (num(s, 11, 2)?, num(s, 14, 2)?, num(s, 17, 2)?);
    if h > 23 || mi > 59 || sec > 59 {
        return None;
    }
    let days = days_from_civil(y, m as u32, d as u32);
    Some(((days * 24 + h) * 60 + mi) * 60_000 + sec * 1000 + millis)
}

fn num(s: &str, at: usize, len: usize) -> Option<i64> {
    s.get(at..at + len)
        .filter(|p| p.bytes().all(|c| c.is_ascii_digit()))?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_moments() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_735_689_599), "2024-12-31T23:59:59Z");
        assert_eq!(
            rfc3339_millis(1_735_689_599_007),
            "2024-12-31T23:59:59.007Z"
        );
        assert_eq!(
            parse_millis("2024-12-31T23:59:59Z"),
            Some(1_735_689_599_000)
        );
        for bad in [
            "2024-12-31T24:00:00Z",
            "2023-02-29T00:00:00Z",
            "2024-12-31 23:59:59Z",
            "2024-12-31T23:59:59.5Z",
            "2024-12-31T23:59:59+01:00",
            "１９７０-01-01T00:00:00Z",
        ] {
            assert_eq!(parse_millis(bad), None, "{bad}");
        }
    }

    proptest! {
        #[test]
        fn text_and_milliseconds_round_trip(ms in -2_208_988_800_000i64..253_402_300_799_999) {
            prop_assert_eq!(parse_millis(&rfc3339_millis(ms)), Some(ms));
            prop_assert_eq!(parse_millis(&rfc3339(ms.div_euclid(1000))), Some(ms.div_euclid(1000) * 1000));
        }
    }
}
