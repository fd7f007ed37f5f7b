//! Typing a postcode into Find help, through the crate's public API the way the app uses it:
//! the gazetteer turns the typed text into a place, the directory searches from that place.

use harbour_directory::chrono::{DateTime, TimeZone, Utc};
use harbour_directory::{is_outward_code, outward_code, Directory, Gazetteer, Hit, Query};
use proptest::prelude::*;

fn thursday_7pm() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 19, 0, 0).unwrap()
}

/// What Find help does with the text: search from the place it names, if any, and list
/// services whose name or town match the words.
fn find_help(text: &str, limit: usize) -> (Option<String>, Vec<Hit<'static>>) {
    let place = Gazetteer::bundled().lookup(text).first().copied();
    let mut q = Query::near((0.0, 0.0), thursday_7pm());
    q.origin = place.map(|p| (p.latitude, p.longitude));
    q.text = Some(text.to_string());
    q.limit = limit;
    (
        place.map(|p| p.name.clone()),
        Directory::bundled().search(&q),
    )
}

fn ids(hits: &[Hit<'_>]) -> Vec<String> {
    hits.iter().map(|h| h.service.id.clone()).collect()
}

#[test]
fn a_manchester_postcode_finds_what_manchester_finds() {
    let (town, by_town) = find_help("Manchester", 5);
    assert_eq!(town.as_deref(), Some("Manchester"));
    // The bundled data has no service in Manchester itself: the nearest are in Greater
    // Manchester, Oldham first.
    assert_eq!(by_town[0].service.id, "oldham-listening-space");
    for typed in ["M1 1AD", "m1 1ad", "M11AD", "M1", "m1"] {
        let (place, hits) = find_help(typed, 5);
        assert_eq!(place.as_deref(), Some("M1"), "{typed:?}");
        assert_eq!(ids(&hits), ids(&by_town), "{typed:?}");
        let (a, b) = (
            hits[0].distance_km.unwrap(),
            by_town[0].distance_km.unwrap(),
        );
        assert!((a - b).abs() < 1.0, "{typed:?}: {a} km, Manchester {b} km");
    }
}

#[test]
fn city_centre_districts_find_their_city_services_first() {
    for (typed, first, km) in [
        ("EH1", "edinburgh-crisis-centre", 1.0),
        ("eh1 1yz", "edinburgh-crisis-centre", 1.0),
        ("CF10 1AA", "cardiff-the-hangout", 1.0),
        ("SW1A 1AA", "north-westminster-crisis-recovery-house", 1.5),
        ("sw1a1aa", "north-westminster-crisis-recovery-house", 1.5),
    ] {
        let (place, hits) = find_help(typed, 3);
        assert!(place.is_some(), "{typed:?}");
        assert_eq!(hits[0].service.id, first, "{typed:?}");
        assert!(hits[0].distance_km.unwrap() < km, "{typed:?}");
    }
    // Belfast's two services share the town centre, 1.7 km from BT7's centre.
    let (place, hits) = find_help("bt7", 2);
    assert_eq!(place.as_deref(), Some("BT7"));
    for h in &hits {
        assert_eq!(h.service.location.town.as_deref(), Some("Belfast"));
        assert!(h.distance_km.unwrap() < 2.5);
    }
}

#[test]
fn junk_gets_the_answer_a_misspelt_town_gets() {
    let (town, misspelt) = find_help("Manchster", 20);
    assert_eq!(town, None);
    for junk in ["ZZ99", "zz99 9zz", "M", "E20 1AA", "SW1A 1AA 1AA", "M1-1AD"] {
        let (place, hits) = find_help(junk, 20);
        assert_eq!(place, None, "{junk:?}");
        assert_eq!(ids(&hits), ids(&misspelt), "{junk:?}");
    }
}

fn answer_without_panic(text: &str) -> Result<(), TestCaseError> {
    let g = Gazetteer::bundled();
    let found = g.lookup(text);
    if let Some(code) = outward_code(text) {
        prop_assert!(is_outward_code(&code), "{:?} -> {:?}", text, code);
    }
    if let Some(d) = g.postcode_district(text) {
        prop_assert_eq!(Some(d.name.clone()), outward_code(text));
    }
    let (place, hits) = find_help(text, 10);
    prop_assert_eq!(place, found.first().map(|p| p.name.clone()));
    prop_assert!(hits.len() <= 10);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_typed_text_gets_an_answer(text in any::<String>()) {
        answer_without_panic(&text)?;
    }

    #[test]
    fn printable_text_gets_an_answer(text in "\\PC{0,40}") {
        answer_without_panic(&text)?;
    }

    #[test]
    fn postcode_shaped_text_gets_an_answer(
        text in "[ \t]{0,2}[A-Za-zÄ]{0,3}[0-9]{0,3}[A-Za-z]{0,2}[ -]{0,2}[0-9]{0,2}[A-Za-z]{0,3}[ ]{0,2}",
    ) {
        answer_without_panic(&text)?;
        // A full postcode, with or without its space, names its outward code's district.
        if let Some(code) = outward_code(&text) {
            let g = Gazetteer::bundled();
            let by_code = g.postcode_district(&code).map(|d| d.name.clone());
            prop_assert_eq!(g.postcode_district(&text).map(|d| d.name.clone()), by_code);
        }
    }
}
