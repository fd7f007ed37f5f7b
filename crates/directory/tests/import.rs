//! Importing Open Referral data: the HSDS 3 example files, Open Referral UK CSV (a services
//! table or its folder), and bad records refused one by one with clear errors while the valid
//! ones import; impossible coordinates left out and reported; a file with nothing valid
//! refused whole.

use harbour_directory::import::{import_hsds_json, import_oruk_csv};
use harbour_directory::{
    import_file, Format, ImportError, ImportOptions, ImportOutcome, RecordError, ServiceKind,
};
use proptest::prelude::*;
use std::path::PathBuf;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hsds")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn options() -> ImportOptions {
    ImportOptions::new("https://example.org/open-referral")
}

fn council(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/council")
        .join(name)
}

/// `(position, id)` of each reported record, for comparing reports at a glance.
fn where_(records: &[RecordError]) -> Vec<(usize, &str)> {
    records
        .iter()
        .map(|e| (e.position, e.id.as_deref().unwrap_or("")))
        .collect()
}

fn ids(outcome: &ImportOutcome) -> Vec<&str> {
    outcome
        .dataset
        .services
        .iter()
        .map(|s| s.id.as_str())
        .collect()
}

#[test]
fn the_paginated_service_list_imports() {
    let dataset = import_hsds_json(&fixture("service_list.json"), &options()).unwrap();
    assert_eq!(dataset.dataset.services.len(), 1);
    assert!(dataset.refused.is_empty() && dataset.changed.is_empty());
    let s = &dataset.dataset.services[0];
    assert_eq!(s.id, "ac148810-d857-441c-9679-408f346de14b");
    assert_eq!(s.name, "Community Counselling");
    assert_eq!(
        s.organisation.as_ref().unwrap().name,
        "Example Organization Inc."
    );
    assert_eq!(
        s.kind,
        ServiceKind::DropIn,
        "no crisis words: the default kind"
    );
    let age = s.age_range.as_ref().unwrap();
    assert_eq!((age.minimum, age.maximum), (Some(12), Some(100)));
    assert_eq!(s.last_checked, "2023-03-15");
    assert_eq!(s.source_url, "https://example.org/open-referral");
}

#[test]
fn the_full_examples_import_without_their_impossible_coordinates() {
    // The upstream examples put MyCity at latitude 100 (and longitude 101): not on Earth.
    // The service imports with its address, without the coordinates, and says so.
    for name in [
        "service_full.json",
        "organization_full.json",
        "service_at_location_full.json",
    ] {
        let outcome =
            import_hsds_json(&fixture(name), &options()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(outcome.total(), 1, "{name}");
        assert!(outcome.refused.is_empty(), "{name}: {:?}", outcome.refused);
        assert_eq!(
            where_(&outcome.changed),
            [(1, "ac148810-d857-441c-9679-408f346de14b")],
            "{name}"
        );
        let text = outcome.changed[0].to_string();
        assert!(text.contains("latitude 100 is out of range"), "{text}");
        assert!(
            text.contains("imported without its coordinates (the rest of its location is kept)"),
            "{text}"
        );
        let s = &outcome.dataset.services[0];
        assert_eq!(
            s.location.coordinates(),
            None,
            "{name}: never a guessed position"
        );
        assert_eq!(s.location.latitude, None);
        assert_eq!(s.location.longitude, None, "{name}: not half a pair either");
        assert_eq!(s.location.geocoded_from, None);
        assert_eq!(s.location.town.as_deref(), Some("MyCity"), "{name}");
    }
}

#[test]
fn the_full_example_with_real_coordinates_maps_every_part() {
    let mut v: serde_json::Value = serde_json::from_str(&fixture("service_full.json")).unwrap();
    let loc = &mut v["service_at_locations"][0]["location"];
    loc["latitude"] = 52.9115.into();
    loc["longitude"] = (-0.6418).into();
    let dataset = import_hsds_json(&v.to_string(), &options()).unwrap();
    let s = &dataset.dataset.services[0];
    assert_eq!(s.location.coordinates(), Some((52.9115, -0.6418)));
    assert_eq!(s.location.geocoded_from.as_deref(), Some("source"));
    assert_eq!(s.location.town.as_deref(), Some("MyCity"));
    assert_eq!(s.location.postcode.as_deref(), Some("ABC 1234"));
    assert!(s
        .location
        .accessibility
        .as_deref()
        .unwrap()
        .contains("induction loops"));
    // "\"+44 1234 234567\"" in the example: quotes dropped, digits kept for tel:.
    assert_eq!(s.phones[0].number, "+44 1234 234567");
    assert_eq!(s.phones[0].dial, "+441234234567");
    assert!(s.languages.contains(&"ur".to_string()) || s.languages.is_empty());
    // Weekly "TH,FR" 10:00-18:00 becomes an OpenStreetMap rule; the numeric HSDS offset is
    // replaced by the IANA zone the import was given.
    let oh = s.schedule.opening_hours.as_deref().unwrap();
    assert!(oh.starts_with("Th,Fr 10:00-18:00"), "{oh}");
    assert_eq!(s.schedule.timezone, "Europe/London");
}

#[test]
fn bad_records_are_refused_one_by_one_with_a_clear_error_each_and_the_good_one_imports() {
    let json = r#"[
        {"id": "good", "name": "Good Café", "description": "A crisis café", "last_modified": "2026-01-05"},
        {"id": "no-name", "name": "", "last_modified": "2026-01-05"},
        {"id": "bad-phone", "name": "X", "last_modified": "2026-01-05", "phones": [{"number": "call us"}]},
        {"id": "no-date", "name": "Y"},
        {"id": "good", "name": "Duplicate", "last_modified": "2026-01-05"},
        {"id": "old", "name": "Z", "last_modified": "2026-01-05", "minimum_age": 300}
    ]"#;
    let outcome = import_hsds_json(json, &options()).unwrap();
    assert_eq!(ids(&outcome), ["good"]);
    assert_eq!(
        outcome.dataset.services[0].name, "Good Café",
        "the first of two ids is kept"
    );
    assert_eq!(outcome.total(), 6);
    assert!(outcome.changed.is_empty());
    assert_eq!(
        where_(&outcome.refused),
        [
            (2, "no-name"),
            (3, "bad-phone"),
            (4, "no-date"),
            (5, "good"),
            (6, "old")
        ]
    );
    let text: Vec<String> = outcome.refused.iter().map(|e| e.to_string()).collect();
    assert_eq!(text[0], "record 2 (no-name): has no name");
    assert!(
        text[1].contains("phone \"call us\" has no number to dial"),
        "{text:?}"
    );
    assert!(
        text[2].contains("no last_modified or assured_date"),
        "{text:?}"
    );
    assert!(text[3].contains("the same id appears twice"), "{text:?}");
    assert!(
        text[4].contains("minimum_age 300 is not an age"),
        "{text:?}"
    );
}

#[test]
fn a_file_with_nothing_valid_is_still_refused_whole_with_every_reason() {
    let json = r#"[
        {"id": "no-name", "name": "", "last_modified": "2026-01-05"},
        {"id": "bad-phone", "name": "X", "last_modified": "2026-01-05", "phones": [{"number": "call us"}]},
        {"id": "no-date", "name": "Y", "service_at_locations": [{"location": {"latitude": 123, "longitude": 0}}]},
        {"id": "old", "name": "Z", "last_modified": "2026-01-05", "minimum_age": 300}
    ]"#;
    let err = import_hsds_json(json, &options()).unwrap_err();
    let ImportError::Refused { total, errors } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*total, 4);
    assert_eq!(
        where_(errors),
        [(1, "no-name"), (2, "bad-phone"), (3, "no-date"), (4, "old")]
    );
    let text = err.to_string();
    assert!(
        text.contains("nothing was imported: 4 of 4 records refused"),
        "{text}"
    );
    assert!(text.contains("record 1 (no-name): has no name"), "{text}");
    assert!(
        text.contains("phone \"call us\" has no number to dial"),
        "{text}"
    );
    // A refused record's impossible coordinates are among its reasons too.
    assert!(
        text.contains("record 3 (no-date): has no last_modified or assured_date"),
        "{text}"
    );
    assert!(text.contains("latitude 123 is out of range"), "{text}");
    assert!(text.contains("minimum_age 300 is not an age"), "{text}");

    // The same through CSV.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "services.csv",
        "id,name,last_modified\ns1,,2026-01-01\ns2,Bad date,yesterday\n",
    );
    let err = import_oruk_csv(dir.path(), &options()).unwrap_err();
    let ImportError::Refused { total: 2, errors } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(where_(errors), [(2, "s1"), (3, "s2")]);
}

/// A council's file: four good services, one with a latitude of 123 (kept without its
/// coordinates, its address kept), one with no name (refused).
fn assert_council(outcome: &ImportOutcome, changed_at: usize, refused_at: usize, cafe_hours: &str) {
    assert_eq!(
        ids(outcome),
        ["lcc-001", "lcc-002", "lcc-003", "lcc-004", "lcc-006"]
    );
    assert_eq!(outcome.total(), 6);
    assert_eq!(where_(&outcome.refused), [(refused_at, "lcc-005")]);
    assert_eq!(outcome.refused[0].problem, "has no name");
    assert_eq!(where_(&outcome.changed), [(changed_at, "lcc-003")]);
    assert_eq!(
        outcome.changed[0].problem,
        "latitude 123 is out of range (-90 to 90): imported without its coordinates \
         (the rest of its location is kept)"
    );
    let by_id = |id: &str| {
        outcome
            .dataset
            .services
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("{id} imported"))
    };
    let cafe = by_id("lcc-001");
    assert_eq!(cafe.kind, ServiceKind::CrisisCafe);
    assert_eq!(cafe.location.coordinates(), Some((53.2307, -0.5406)));
    assert_eq!(cafe.location.geocoded_from.as_deref(), Some("source"));
    assert_eq!(cafe.phones[0].dial, "01632960001");
    assert_eq!(cafe.schedule.opening_hours.as_deref(), Some(cafe_hours));
    assert_eq!(by_id("lcc-002").kind, ServiceKind::SafeHaven);
    assert_eq!(by_id("lcc-004").kind, ServiceKind::PeerGroup);
    assert_eq!(by_id("lcc-006").kind, ServiceKind::CrisisHouse);
    assert_eq!(
        by_id("lcc-006").location.coordinates(),
        Some((52.999, -0.41))
    );
    let riverside = by_id("lcc-003");
    assert_eq!(riverside.location.coordinates(), None);
    assert_eq!(riverside.location.latitude, None);
    assert_eq!(riverside.location.longitude, None);
    assert_eq!(riverside.location.geocoded_from, None);
    assert_eq!(riverside.location.address_lines, ["Riverside Centre"]);
    assert_eq!(riverside.location.town.as_deref(), Some("Grantham"));
    assert_eq!(riverside.location.postcode.as_deref(), Some("NG31 6AA"));
}

#[test]
fn a_council_hsds_file_imports_the_good_services_and_reports_the_two_bad_ones() {
    let text = std::fs::read_to_string(council("council.json")).unwrap();
    let outcome = import_hsds_json(&text, &options()).unwrap();
    // JSON positions are 1-based places in the list.
    assert_council(&outcome, 3, 5, "Fr,Sa 18:00-23:00");
    let same = import_file(&council("council.json"), Format::Hsds, &options()).unwrap();
    assert_eq!(same, outcome);
}

#[test]
fn a_council_oruk_csv_folder_imports_the_good_services_and_reports_the_two_bad_ones() {
    let folder = council("oruk");
    assert_eq!(Format::guess(&folder), Format::OrukCsv);
    // CSV positions are row numbers, the header being row 1.
    let outcome = import_file(&folder, Format::guess(&folder), &options()).unwrap();
    // ORUK names one weekday per schedule row.
    assert_council(&outcome, 4, 6, "Fr 18:00-23:00; Sa 18:00-23:00");
    // The folder and its services.csv are the same import.
    let from_file = import_oruk_csv(&folder.join("services.csv"), &options()).unwrap();
    assert_eq!(from_file, outcome);
    assert_eq!(import_oruk_csv(&folder, &options()).unwrap(), outcome);
}

#[test]
fn a_folder_needs_its_services_table_and_is_not_hsds() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "organizations.csv", "id,name\no1,Org\n");
    let err = import_oruk_csv(dir.path(), &options()).unwrap_err();
    assert!(matches!(err, ImportError::WrongFormat { .. }), "{err:?}");
    assert!(err.to_string().contains("has no services.csv"), "{err}");
    let err = import_file(&council("oruk"), Format::Hsds, &options()).unwrap_err();
    assert!(matches!(err, ImportError::WrongFormat { .. }), "{err:?}");
    assert!(err.to_string().contains("is a folder"), "{err}");
    // A singular services table is found too.
    write(
        dir.path(),
        "service.csv",
        "id,organization_id,name,last_modified\ns1,o1,Fine,2026-01-01\n",
    );
    let outcome = import_file(dir.path(), Format::guess(dir.path()), &options()).unwrap();
    assert_eq!(ids(&outcome), ["s1"]);
    assert_eq!(
        outcome.dataset.services[0]
            .organisation
            .as_ref()
            .unwrap()
            .name,
        "Org"
    );
}

#[test]
fn every_kind_of_impossible_coordinate_is_left_out_and_reported_never_guessed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "services.csv",
        "id,name,last_modified\n\
         north,Far North,2026-01-01\n\
         east,Far East,2026-01-01\n\
         nan,Not a Number,2026-01-01\n\
         inf,Infinite,2026-01-01\n\
         words,Words,2026-01-01\n\
         half,Half a Pair,2026-01-01\n\
         bare,Nothing Else,2026-01-01\n\
         fine,Fine,2026-01-01\n",
    );
    write(
        d,
        "service_at_locations.csv",
        "id,service_id,location_id\n\
         1,north,l-north\n2,east,l-east\n3,nan,l-nan\n4,inf,l-inf\n5,words,l-words\n\
         6,half,l-half\n7,bare,l-bare\n8,fine,l-fine\n",
    );
    write(
        d,
        "locations.csv",
        "id,latitude,longitude\n\
         l-north,-91,0\nl-east,52,180.5\nl-nan,NaN,0\nl-inf,52,inf\nl-words,north,0\n\
         l-half,52,\nl-bare,999,999\nl-fine,52.5,-1.5\n",
    );
    write(
        d,
        "physical_addresses.csv",
        "id,location_id,address_1,city\n\
         a1,l-north,1 Road,Town\na2,l-east,2 Road,Town\na3,l-nan,3 Road,Town\n\
         a4,l-inf,4 Road,Town\na5,l-words,5 Road,Town\na6,l-half,6 Road,Town\n",
    );
    let outcome = import_oruk_csv(d, &options()).unwrap();
    assert!(outcome.refused.is_empty(), "{:?}", outcome.refused);
    assert_eq!(outcome.dataset.services.len(), 8);
    for s in &outcome.dataset.services {
        if s.id == "fine" {
            assert_eq!(s.location.coordinates(), Some((52.5, -1.5)));
        } else {
            assert_eq!(
                (s.location.latitude, s.location.longitude),
                (None, None),
                "{}",
                s.id
            );
            assert_eq!(s.location.geocoded_from, None, "{}", s.id);
        }
    }
    let problems: Vec<(&str, &str)> = outcome
        .changed
        .iter()
        .map(|e| (e.id.as_deref().unwrap_or(""), e.problem.as_str()))
        .collect();
    let kept = ": imported without its coordinates (the rest of its location is kept)";
    assert_eq!(
        problems,
        [
            (
                "north",
                format!("latitude -91 is out of range (-90 to 90){kept}").as_str()
            ),
            (
                "east",
                format!("longitude 180.5 is out of range (-180 to 180){kept}").as_str()
            ),
            (
                "nan",
                format!("latitude NaN is out of range (-90 to 90){kept}").as_str()
            ),
            (
                "inf",
                format!("longitude inf is out of range (-180 to 180){kept}").as_str()
            ),
            (
                "words",
                format!("latitude \"north\" is not a number{kept}").as_str()
            ),
            (
                "half",
                format!("has a latitude without a longitude, or the reverse{kept}").as_str()
            ),
            (
                "bare",
                "latitude 999 is out of range (-90 to 90); longitude 999 is out of range \
                 (-180 to 180): imported without its location (nothing else in it was usable)"
            ),
        ]
    );
    assert_eq!(
        outcome
            .changed
            .iter()
            .map(|e| e.position)
            .collect::<Vec<_>>(),
        [2, 3, 4, 5, 6, 7, 8]
    );
}

#[test]
fn not_hsds_is_said_plainly() {
    let err = import_hsds_json(&fixture("base.json"), &options()).unwrap_err();
    assert!(err.to_string().contains("base.json"), "{err}");
    assert!(matches!(
        import_hsds_json("{", &options()),
        Err(ImportError::WrongFormat { .. })
    ));
    assert_eq!(import_hsds_json("[]", &options()), Err(ImportError::Empty));
}

#[test]
fn kinds_come_from_the_words() {
    let json = r#"[
        {"id": "a", "name": "Night Light Crisis Cafe", "last_modified": "2026-01-05"},
        {"id": "b", "name": "The Sanctuary", "last_modified": "2026-01-05"},
        {"id": "c", "name": "Group", "description": "Hearing Voices peer support", "last_modified": "2026-01-05"}
    ]"#;
    let kinds: Vec<ServiceKind> = import_hsds_json(json, &options())
        .unwrap()
        .dataset
        .services
        .iter()
        .map(|s| s.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            ServiceKind::CrisisCafe,
            ServiceKind::SafeHaven,
            ServiceKind::PeerGroup
        ]
    );
}

fn write(dir: &std::path::Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn open_referral_uk_csv_tables_are_joined() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "services.csv",
        "id,organization_id,name,description,url,minimum_age,last_modified\n\
         s1,o1,Haven Café,An evening crisis cafe,https://haven.example,18,2026-02-01\n\
         s2,o1,Peer Circle,Peer support group,,,2026-02-01T09:00:00Z\n",
    );
    write(d, "organizations.csv", "id,name\no1,Example Mind\n");
    write(
        d,
        "service_at_locations.csv",
        "id,service_id,location_id\nsl1,s1,l1\n",
    );
    write(
        d,
        "locations.csv",
        "id,name,latitude,longitude\nl1,Hall,53.2307,-0.5406\n",
    );
    write(
        d,
        "physical_addresses.csv",
        "id,location_id,address_1,city,postal_code,country\na1,l1,1 High Street,Lincoln,LN1 1AA,GB\n",
    );
    write(
        d,
        "regular_schedules.csv",
        "id,service_id,weekday,opens_at,closes_at\nr1,s1,Friday,18:00,23:00\nr2,s1,Saturday,18:00,02:00\n\
         r3,s2,,,\n",
    );
    write(
        d,
        "phones.csv",
        "id,service_id,number\np1,s1,01522 000000\n",
    );
    let dataset = import_oruk_csv(&d.join("services.csv"), &options()).unwrap();
    assert!(dataset.refused.is_empty() && dataset.changed.is_empty());
    // Given the folder instead of its services table: the same tables, the same import.
    assert_eq!(import_oruk_csv(d, &options()).unwrap(), dataset);
    let s1 = &dataset.dataset.services[0];
    assert_eq!(s1.kind, ServiceKind::CrisisCafe);
    assert_eq!(s1.organisation.as_ref().unwrap().name, "Example Mind");
    assert_eq!(s1.location.coordinates(), Some((53.2307, -0.5406)));
    assert_eq!(s1.location.address_lines, ["1 High Street"]);
    assert_eq!(s1.location.postcode.as_deref(), Some("LN1 1AA"));
    assert_eq!(
        s1.schedule.opening_hours.as_deref(),
        Some("Fr 18:00-23:00; Sa 18:00-02:00")
    );
    assert_eq!(s1.phones[0].dial, "01522000000");
    assert_eq!(s1.age_range.as_ref().unwrap().minimum, Some(18));
    let s2 = &dataset.dataset.services[1];
    assert_eq!(s2.kind, ServiceKind::PeerGroup);
    assert_eq!(
        s2.schedule.opening_hours, None,
        "an incomplete schedule row gives unknown hours"
    );
    assert_eq!(s2.last_checked, "2026-02-01");
}

#[test]
fn a_bad_csv_row_is_named_by_its_row_number() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "services.csv",
        "id,name,last_modified\ns1,Fine,2026-01-01\ns2,,2026-01-01\ns3,Bad date,yesterday\n",
    );
    let outcome = import_oruk_csv(&dir.path().join("services.csv"), &options()).unwrap();
    assert_eq!(ids(&outcome), ["s1"]);
    let text: Vec<String> = outcome.refused.iter().map(|e| e.to_string()).collect();
    assert_eq!(text.len(), 2, "{text:?}");
    assert_eq!(text[0], "record 3 (s2): has no name");
    assert!(
        text[1].starts_with("record 4 (s3): last-checked date \"yesterday\" is not a date"),
        "{text:?}"
    );
    let no_id = dir.path().join("other.csv");
    std::fs::write(&no_id, "name\nX\n").unwrap();
    assert!(import_oruk_csv(&no_id, &options())
        .unwrap_err()
        .to_string()
        .contains("no \"id\" column"));
}

/// A dataset is input from anywhere: a website that is not a web address
/// (a script, a file on this computer, a link whose text hides where it
/// goes) is refused with the record named, never shown as a link.
#[test]
fn a_service_whose_website_is_not_a_web_address_is_refused() {
    let good: serde_json::Value =
        serde_json::from_str(&fixture("service_list.json")).expect("fixture");
    for url in [
        "javascript:alert(1)",
        "file:///home/alex/.ssh/id_ed25519",
        "https://nhs.uk@evil.example/",
    ] {
        let mut v = good.clone();
        v["contents"][0]["url"] = serde_json::Value::String(url.into());
        let err = import_hsds_json(&v.to_string(), &options()).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("is not a web address"), "{url}: {text}");
    }
    // A source may be a link or a plain name (the file's name), never a link in disguise.
    let bad_source = ImportOptions::new("file:///tmp/x");
    let err = import_hsds_json(&fixture("service_list.json"), &bad_source).unwrap_err();
    assert!(err.to_string().contains("nor a plain name"), "{err}");
    let named = ImportOptions::new("service_list.json");
    let dataset = import_hsds_json(&fixture("service_list.json"), &named).expect("a named source");
    assert_eq!(dataset.dataset.services[0].source_url, "service_list.json");
}

/// What a generated record is meant to be: importable as it is, importable without its
/// coordinates, or refused for one of the reasons real files have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meant {
    Valid,
    OffTheEarth,
    NoName,
    NoDate,
    BadDate,
    BadPhone,
    BadAge,
    Inactive,
    BadWebsite,
}

impl Meant {
    fn imports(self) -> bool {
        matches!(self, Meant::Valid | Meant::OffTheEarth)
    }
}

fn meant() -> impl Strategy<Value = Meant> {
    prop_oneof![
        3 => Just(Meant::Valid),
        1 => Just(Meant::OffTheEarth),
        1 => Just(Meant::NoName),
        1 => Just(Meant::NoDate),
        1 => Just(Meant::BadDate),
        1 => Just(Meant::BadPhone),
        1 => Just(Meant::BadAge),
        1 => Just(Meant::Inactive),
        1 => Just(Meant::BadWebsite),
    ]
}

/// A latitude or longitude that cannot be: past the pole or the date line, either way.
fn off_the_earth(limit: f64) -> impl Strategy<Value = f64> {
    prop_oneof![limit + 1e-6..1e7, -1e7..-limit - 1e-6]
}

/// One generated record: what it is meant to be, a real coordinate pair (or none), an
/// impossible latitude and longitude (one or both used when it is meant to be off the Earth),
/// and whether it has an address.
type Spec = (Meant, Option<(f64, f64)>, (f64, f64, u8), bool);

fn spec() -> impl Strategy<Value = Spec> {
    (
        meant(),
        proptest::option::of((-90.0..=90.0f64, -180.0..=180.0f64)),
        (off_the_earth(90.0), off_the_earth(180.0), 0u8..3),
        any::<bool>(),
    )
}

fn hsds_record(
    i: usize,
    (meant, coords, (bad_lat, bad_lon, which), address): &Spec,
) -> serde_json::Value {
    use serde_json::json;
    let mut v = json!({
        "id": format!("r{i}"),
        "name": format!("Service {i}"),
        "last_modified": "2026-01-05",
        "phones": [{"number": "01632 960000"}],
    });
    let coords = match meant {
        Meant::OffTheEarth => Some(match which {
            0 => (*bad_lat, 0.0),
            1 => (0.0, *bad_lon),
            _ => (*bad_lat, *bad_lon),
        }),
        _ => *coords,
    };
    if coords.is_some() || *address {
        let mut loc = json!({});
        if let Some((lat, lon)) = coords {
            loc["latitude"] = lat.into();
            loc["longitude"] = lon.into();
        }
        if *address {
            loc["addresses"] = json!([{"address_1": format!("{i} High Street"), "city": "Town"}]);
        }
        v["service_at_locations"] = json!([{ "location": loc }]);
    }
    match meant {
        Meant::Valid | Meant::OffTheEarth => {}
        Meant::NoName => v["name"] = json!("  "),
        Meant::NoDate => {
            v.as_object_mut().map(|m| m.remove("last_modified"));
        }
        Meant::BadDate => v["last_modified"] = json!("last Tuesday"),
        Meant::BadPhone => v["phones"] = json!([{"number": "ask at reception"}]),
        Meant::BadAge => v["minimum_age"] = json!(-4),
        Meant::Inactive => v["status"] = json!("inactive"),
        Meant::BadWebsite => v["url"] = json!("javascript:alert(1)"),
    }
    v
}

proptest! {
    /// For any mix of valid and invalid records: imported + refused = total, every valid
    /// record imports (with its own coordinates, or none when they were impossible, never
    /// others), every invalid one is refused and reported at its position, and exactly the
    /// records left without coordinates are reported as changed.
    #[test]
    fn imported_plus_refused_is_every_record_and_no_valid_record_is_lost(
        specs in proptest::collection::vec(spec(), 1..40)
    ) {
        let records: Vec<serde_json::Value> =
            specs.iter().enumerate().map(|(i, s)| hsds_record(i, s)).collect();
        let json = serde_json::Value::Array(records).to_string();
        let total = specs.len();
        let want = |pred: &dyn Fn(Meant) -> bool| -> Vec<(usize, String)> {
            specs
                .iter()
                .enumerate()
                .filter(|(_, s)| pred(s.0))
                .map(|(i, _)| (i + 1, format!("r{i}")))
                .collect()
        };
        let got = |records: &[RecordError]| -> Vec<(usize, String)> {
            records
                .iter()
                .map(|e| (e.position, e.id.clone().unwrap_or_default()))
                .collect()
        };
        let valid = want(&|m| m.imports());
        let invalid = want(&|m| !m.imports());
        match import_hsds_json(&json, &options()) {
            Err(ImportError::Refused { total: t, errors }) => {
                prop_assert!(valid.is_empty(), "a valid record was lost: {valid:?}");
                prop_assert_eq!(t, total);
                prop_assert_eq!(got(&errors), invalid);
            }
            Err(e) => prop_assert!(false, "{e}"),
            Ok(outcome) => {
                prop_assert_eq!(outcome.dataset.services.len() + outcome.refused.len(), total);
                prop_assert_eq!(outcome.total(), total);
                let imported: Vec<(usize, String)> = outcome
                    .dataset.services
                    .iter()
                    .map(|s| {
                        let i: usize = s.id.trim_start_matches('r').parse().unwrap_or(usize::MAX);
                        (i.saturating_add(1), s.id.clone())
                    })
                    .collect();
                prop_assert_eq!(imported, valid);
                prop_assert_eq!(got(&outcome.refused), invalid);
                prop_assert_eq!(got(&outcome.changed), want(&|m| m == Meant::OffTheEarth));
                for s in &outcome.dataset.services {
                    let i: usize = s.id.trim_start_matches('r').parse().unwrap_or(usize::MAX);
                    let spec = &specs[i];
                    let expected = match spec.0 {
                        Meant::OffTheEarth => None,
                        _ => spec.1,
                    };
                    // The same place (JSON numbers read back to within a rounding step).
                    let same = match (s.location.coordinates(), expected) {
                        (Some((a, b)), Some((c, d))) => (a - c).abs() < 1e-9 && (b - d).abs() < 1e-9,
                        (got, want) => got.is_none() && want.is_none(),
                    };
                    prop_assert!(same, "{}: {:?} for {:?}", s.id, s.location.coordinates(), expected);
                    prop_assert_eq!(
                        s.location.latitude.is_some(),
                        s.location.longitude.is_some(),
                        "never half a pair"
                    );
                    prop_assert_eq!(
                        s.location.town.is_some(),
                        spec.3,
                        "the address is kept whatever the coordinates"
                    );
                }
            }
        }
    }

    /// Whatever is in the cells, the import answers (imports, reports or refuses) and never
    /// panics; and what it reports always adds up.
    #[test]
    fn any_text_in_any_field_never_panics_and_always_adds_up(
        cells in proptest::collection::vec(
            proptest::collection::vec(
                prop_oneof![
                    Just(String::new()),
                    Just("NaN".to_string()),
                    Just("-inf".to_string()),
                    Just("1e400".to_string()),
                    Just("2026-01-05".to_string()),
                    Just("91".to_string()),
                    "\\PC{0,12}",
                    any::<f64>().prop_map(|f| f.to_string()),
                ],
                9,
            ),
            1..12,
        )
    ) {
        let keys = [
            "name", "last_modified", "latitude", "longitude", "minimum_age", "maximum_age",
            "url", "status", "number",
        ];
        let records: Vec<serde_json::Value> = cells
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let mut m: serde_json::Map<String, serde_json::Value> = keys
                    .iter()
                    .zip(row)
                    .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.clone())))
                    .collect();
                m.insert("id".into(), format!("r{i}").into());
                let loc = serde_json::json!({
                    "latitude": m.remove("latitude"),
                    "longitude": m.remove("longitude"),
                });
                m.insert("service_at_locations".into(), serde_json::json!([{ "location": loc }]));
                let phone = m.remove("number");
                m.insert("phones".into(), serde_json::json!([{ "number": phone }]));
                serde_json::Value::Object(m)
            })
            .collect();
        let total = records.len();
        let json = serde_json::Value::Array(records).to_string();
        match import_hsds_json(&json, &options()) {
            Ok(outcome) => {
                prop_assert_eq!(outcome.total(), total);
                for s in &outcome.dataset.services {
                    if let Some((lat, lon)) = s.location.coordinates() {
                        prop_assert!((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon));
                    }
                }
            }
            Err(ImportError::Refused { total: t, errors }) => {
                prop_assert_eq!(t, total);
                prop_assert_eq!(errors.len(), total);
            }
            Err(e) => prop_assert!(false, "{e}"),
        }
    }
}

/// The same, through a CSV file whose cells are anything at all (quoted as CSV needs).
#[test]
fn any_csv_cells_never_panic() {
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(64));
    let row = proptest::collection::vec("\\PC{0,10}|NaN|inf|-95|2026-01-05", 6);
    runner
        .run(&proptest::collection::vec(row, 1..8), |rows| {
            let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
            let path = dir.path().join("services.csv");
            let mut w =
                csv::Writer::from_path(&path).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let header = [
                "id",
                "name",
                "last_modified",
                "latitude",
                "longitude",
                "minimum_age",
            ];
            w.write_record(header)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let mut locations = String::from("id,latitude,longitude\n");
            let mut sals = String::from("id,service_id,location_id\n");
            for (i, r) in rows.iter().enumerate() {
                let mut r = r.clone();
                r[0] = format!("s{i}");
                w.write_record(&r)
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                sals.push_str(&format!("x{i},s{i},l{i}\n"));
                let mut lw = csv::Writer::from_writer(Vec::new());
                lw.write_record([format!("l{i}"), r[3].clone(), r[4].clone()])
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                let bytes = lw
                    .into_inner()
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                locations.push_str(&String::from_utf8_lossy(&bytes));
            }
            w.flush().map_err(|e| TestCaseError::fail(e.to_string()))?;
            write(dir.path(), "locations.csv", &locations);
            write(dir.path(), "service_at_locations.csv", &sals);
            match import_oruk_csv(dir.path(), &options()) {
                Ok(outcome) => prop_assert_eq!(outcome.total(), rows.len()),
                Err(ImportError::Refused { total, errors }) => {
                    prop_assert_eq!(total, rows.len());
                    prop_assert_eq!(errors.len(), total);
                }
                Err(e) => prop_assert!(false, "{e}"),
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
}
