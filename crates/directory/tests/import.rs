//! Importing Open Referral data: the HSDS 3 example files, Open Referral UK CSV, and bad
//! records refused with clear errors (all or nothing per file).

use harbour_directory::import::{import_hsds_json, import_oruk_csv};
use harbour_directory::{ImportError, ImportOptions, ServiceKind};
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

#[test]
fn the_paginated_service_list_imports() {
    let dataset = import_hsds_json(&fixture("service_list.json"), &options()).unwrap();
    assert_eq!(dataset.services.len(), 1);
    let s = &dataset.services[0];
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
fn the_full_examples_are_refused_for_their_impossible_coordinates() {
    // The upstream examples put MyCity at latitude 100 (and longitude 101): not on Earth.
    for name in [
        "service_full.json",
        "organization_full.json",
        "service_at_location_full.json",
    ] {
        let err = import_hsds_json(&fixture(name), &options()).unwrap_err();
        let ImportError::Refused { total, errors } = &err else {
            panic!("{name}: {err:?}");
        };
        assert_eq!(*total, 1, "{name}");
        assert_eq!(
            errors[0].id.as_deref(),
            Some("ac148810-d857-441c-9679-408f346de14b")
        );
        let text = err.to_string();
        assert!(text.contains("nothing was imported"), "{text}");
        assert!(text.contains("latitude 100 is out of range"), "{text}");
    }
}

#[test]
fn the_full_example_with_real_coordinates_maps_every_part() {
    let mut v: serde_json::Value = serde_json::from_str(&fixture("service_full.json")).unwrap();
    let loc = &mut v["service_at_locations"][0]["location"];
    loc["latitude"] = 52.9115.into();
    loc["longitude"] = (-0.6418).into();
    let dataset = import_hsds_json(&v.to_string(), &options()).unwrap();
    let s = &dataset.services[0];
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
fn bad_records_are_refused_with_one_clear_error_each_and_nothing_imported() {
    let json = r#"[
        {"id": "good", "name": "Good Café", "description": "A crisis café", "last_modified": "2026-01-05"},
        {"id": "no-name", "name": "", "last_modified": "2026-01-05"},
        {"id": "bad-phone", "name": "X", "last_modified": "2026-01-05", "phones": [{"number": "call us"}]},
        {"id": "no-date", "name": "Y"},
        {"id": "good", "name": "Duplicate", "last_modified": "2026-01-05"},
        {"id": "old", "name": "Z", "last_modified": "2026-01-05", "minimum_age": 300}
    ]"#;
    let err = import_hsds_json(json, &options()).unwrap_err();
    let ImportError::Refused { total, errors } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*total, 6);
    let summary: Vec<(usize, &str)> = errors
        .iter()
        .map(|e| (e.position, e.id.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        summary,
        [
            (2, "no-name"),
            (3, "bad-phone"),
            (4, "no-date"),
            (5, "good"),
            (6, "old")
        ]
    );
    let text = err.to_string();
    assert!(text.contains("5 of 6 records refused"), "{text}");
    assert!(text.contains("record 2 (no-name): has no name"), "{text}");
    assert!(
        text.contains("phone \"call us\" has no number to dial"),
        "{text}"
    );
    assert!(text.contains("no last_modified or assured_date"), "{text}");
    assert!(text.contains("the same id appears twice"), "{text}");
    assert!(text.contains("minimum_age 300 is not an age"), "{text}");
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
    let s1 = &dataset.services[0];
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
    let s2 = &dataset.services[1];
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
    let err = import_oruk_csv(&dir.path().join("services.csv"), &options()).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("record 3 (s2): has no name"), "{text}");
    assert!(
        text.contains("record 4 (s3): last-checked date \"yesterday\" is not a date"),
        "{text}"
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
    assert_eq!(dataset.services[0].source_url, "service_list.json");
}
