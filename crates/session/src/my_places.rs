//! "My places" for the app: the person's places, read and written in the
//! unlocked vault (`harbour_places::my_places` does the work), and Find help
//! with them among the results.

use crate::AppSession;
use harbour_api::directory::{FindHelpArgs, FindHelpResult};
use harbour_api::my_places::*;
use harbour_api::Error;
use harbour_places::directory::find_help_with;
use harbour_places::my_places::{add, edit, hits, list, load, remove};

impl AppSession {
    /// The person's places (the vault must be unlocked).
    pub fn my_places(&mut self) -> Result<MyPlacesResult, Error> {
        self.in_vault(|v| list(v))
    }

    pub fn my_place_add(&mut self, input: MyPlaceInput) -> Result<MyPlaceDto, Error> {
        self.in_vault(|v| add(v, input))
    }

    pub fn my_place_edit(&mut self, args: MyPlaceEditArgs) -> Result<MyPlaceDto, Error> {
        self.in_vault(|v| edit(v, args))
    }

    pub fn my_place_remove(&mut self, args: MyPlaceIdArgs) -> Result<MyPlacesResult, Error> {
        self.in_vault(|v| remove(v, args))
    }

    /// Find help with the person's own places among the results when the vault is
    /// unlocked, and without them when it is locked.
    pub fn find_help(&mut self, args: FindHelpArgs) -> Result<FindHelpResult, Error> {
        let mine = if self.status().unlocked {
            self.in_vault(|v| load(v))?
        } else {
            Vec::new()
        };
        find_help_with(args, None, |q| hits(&mine, q))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use harbour_api::app_session::{AppCreateArgs, AppUnlockArgs};
    use harbour_api::directory::MatchedBy;
    use harbour_api::directory::OpenStatusDto;
    use harbour_api::directory::ServiceHitDto;
    use harbour_api::ErrorCode;
    use harbour_directory::own_places::MAX_NAME;
    use std::path::Path;

    const PASS: &str = "kettle river yellow sock";

    fn app(dir: &Path) -> AppSession {
        let mut app = AppSession::new(dir.join("data"))
            .with_export_dir(Some(dir.join("export")))
            .with_fast_kdf(true);
        app.create(AppCreateArgs {
            passphrase: PASS.into(),
        })
        .unwrap();
        app
    }

    fn mums() -> MyPlaceInput {
        MyPlaceInput {
            name: "Mum's house".into(),
            phones: vec!["01476 000 111".into()],
            town: Some("Grantham".into()),
            opening_hours: Some("24/7".into()),
            note: Some("Spare key under the pot".into()),
            ..Default::default()
        }
    }

    fn search(app: &mut AppSession, place: &str) -> FindHelpResult {
        app.find_help(FindHelpArgs {
            place: place.into(),
            limit: Some(50),
            ..Default::default()
        })
        .unwrap()
    }

    #[test]
    fn round_trip_through_a_real_vault_file() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        assert!(app.my_places().unwrap().places.is_empty());
        let added = app.my_place_add(mums()).unwrap();
        assert_eq!(added.kind, "other");
        assert_eq!(added.phones[0].tel_href, "tel:01476000111");
        assert!(!added.exact_location && added.latitude.is_some());
        assert_eq!(added.status, OpenStatusDto::OpenAllDay);
        let friend = app
            .my_place_add(MyPlaceInput {
                name: "Sam's flat".into(),
                kind: Some("safe_haven".into()),
                latitude: Some(52.9),
                longitude: Some(-0.6),
                ..Default::default()
            })
            .unwrap();
        assert!(friend.exact_location);
        assert!(friend.directions_href.unwrap().contains("mlat=52.90000"));

        // Lock, reopen from the file: both are there, as typed.
        app.lock();
        assert_eq!(
            app.my_places().unwrap_err().code,
            ErrorCode::VaultLocked,
            "locked: no places"
        );
        app.unlock(AppUnlockArgs {
            passphrase: Some(PASS.into()),
            recovery_key: None,
        })
        .unwrap();
        let places = app.my_places().unwrap().places;
        assert_eq!(places.len(), 2);
        assert_eq!(places[0], added);
        assert_eq!(places[0].note.as_deref(), Some("Spare key under the pot"));

        // Edit, then remove.
        let mut changed = places[0].input.clone();
        changed.name = "Mum and Dad's".into();
        changed.phones.push("+44 7700 900123".into());
        let edited = app
            .my_place_edit(MyPlaceEditArgs {
                id: added.id.clone(),
                place: changed,
            })
            .unwrap();
        assert_eq!(edited.id, added.id);
        assert_eq!(edited.phones[1].tel_href, "tel:+447700900123");
        let left = app
            .my_place_remove(MyPlaceIdArgs {
                id: friend.id.clone(),
            })
            .unwrap();
        assert_eq!(left.places.len(), 1);
        assert_eq!(left.places[0].name, "Mum and Dad's");
        let gone = app
            .my_place_remove(MyPlaceIdArgs { id: friend.id })
            .unwrap_err();
        assert_eq!(gone.code, ErrorCode::MyPlaceNotFound);
    }

    #[test]
    fn nothing_of_a_place_reaches_the_disk_in_clear() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        const CANARY: &str = "CANARY-91c4-mums-house";
        const NOTE: &str = "CANARY-91c4-note-key-under-pot";
        for i in 0..20 {
            app.my_place_add(MyPlaceInput {
                name: format!("{CANARY} {i}"),
                note: Some(NOTE.into()),
                town: Some("Grantham".into()),
                ..Default::default()
            })
            .unwrap();
        }
        let check_files = |when: &str| {
            let mut seen = 0;
            for entry in std::fs::read_dir(tmp.path().join("data/vault")).unwrap() {
                let path = entry.unwrap().path();
                if !path.is_file() {
                    continue;
                }
                let bytes = std::fs::read(&path).unwrap();
                seen += bytes.len();
                for c in [CANARY, NOTE, "Grantham"] {
                    let utf16: Vec<u8> = c.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
                    for needle in [c.as_bytes(), &utf16] {
                        assert!(
                            !bytes.windows(needle.len()).any(|w| w == needle),
                            "{when}: {c:?} in clear in {}",
                            path.display()
                        );
                    }
                }
            }
            assert!(seen > 0, "{when}: the vault files were read");
        };
        // The WAL holds the writes until a checkpoint: check it while open.
        let wal = std::fs::read_dir(tmp.path().join("data/vault"))
            .unwrap()
            .any(|e| e.unwrap().file_name().to_string_lossy().ends_with("-wal"));
        assert!(wal, "the vault has a WAL to check");
        check_files("while open");
        app.lock();
        check_files("after lock");
    }

    #[test]
    fn invalid_input_is_refused_with_its_code() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        let cases: Vec<(MyPlaceInput, ErrorCode)> = vec![
            (
                MyPlaceInput {
                    name: "   ".into(),
                    ..mums()
                },
                ErrorCode::PlaceNameRequired,
            ),
            (
                MyPlaceInput {
                    phones: vec!["call me".into()],
                    ..mums()
                },
                ErrorCode::PhoneInvalid,
            ),
            (
                MyPlaceInput {
                    phones: vec!["12".into()],
                    ..mums()
                },
                ErrorCode::PhoneInvalid,
            ),
            (
                MyPlaceInput {
                    opening_hours: Some("whenever".into()),
                    ..mums()
                },
                ErrorCode::OpeningHoursInvalid,
            ),
            (
                MyPlaceInput {
                    latitude: Some(95.0),
                    longitude: Some(0.0),
                    ..mums()
                },
                ErrorCode::CoordinatesInvalid,
            ),
            (
                MyPlaceInput {
                    latitude: Some(52.0),
                    ..mums()
                },
                ErrorCode::CoordinatesInvalid,
            ),
            (
                MyPlaceInput {
                    latitude: Some(f64::NAN),
                    longitude: Some(0.0),
                    ..mums()
                },
                ErrorCode::CoordinatesInvalid,
            ),
            (
                MyPlaceInput {
                    name: "x".repeat(MAX_NAME + 1),
                    ..mums()
                },
                ErrorCode::TooLong,
            ),
            (
                MyPlaceInput {
                    kind: Some("spa".into()),
                    ..mums()
                },
                ErrorCode::InvalidInput,
            ),
        ];
        for (input, code) in cases {
            let e = app.my_place_add(input.clone()).unwrap_err();
            assert_eq!(e.code, code, "{input:?}: {e}");
        }
        assert!(app.my_places().unwrap().places.is_empty(), "nothing saved");
        let missing = app
            .my_place_edit(MyPlaceEditArgs {
                id: "nope".into(),
                place: mums(),
            })
            .unwrap_err();
        assert_eq!(missing.code, ErrorCode::MyPlaceNotFound);
    }

    #[test]
    fn own_places_join_the_search_by_distance_and_leave_when_locked() {
        let tmp = tempfile::tempdir().unwrap();
        let mut app = app(tmp.path());
        let before = search(&mut app, "Grantham");
        assert_eq!(before.matched_by, MatchedBy::Place);
        assert!(before.services.iter().all(|s| !s.mine));
        let origin = before.place.clone().unwrap();
        // One at the town centre, one about 30 km north, one never placed.
        app.my_place_add(mums()).unwrap();
        app.my_place_add(MyPlaceInput {
            name: "Allotment shed".into(),
            latitude: Some(origin.latitude + 0.27),
            longitude: Some(origin.longitude),
            ..Default::default()
        })
        .unwrap();
        app.my_place_add(MyPlaceInput {
            name: "Somewhere unnamed".into(),
            town: Some("Nowhereville".into()),
            ..Default::default()
        })
        .unwrap();

        let after = search(&mut app, "Grantham");
        let distances: Vec<f64> = after.services.iter().map_while(|s| s.distance_km).collect();
        assert!(
            distances.windows(2).all(|w| w[0] <= w[1]),
            "nearest first: {distances:?}"
        );
        let mine: Vec<&ServiceHitDto> = after.services.iter().filter(|s| s.mine).collect();
        assert_eq!(mine.len(), 2, "the unplaced one does not match Grantham");
        assert_eq!(after.services[0].name, "Mum's house");
        assert_eq!(after.services[0].distance_km, Some(0.0));
        assert!(after.services[0].approximate_location);
        assert_eq!(after.services[0].phones[0].tel_href, "tel:01476000111");
        let shed = after
            .services
            .iter()
            .position(|s| s.name == "Allotment shed")
            .unwrap();
        let km = after.services[shed].distance_km.unwrap();
        assert!((29.0..31.0).contains(&km), "{km}");
        assert!(after.services[..shed]
            .iter()
            .all(|s| s.distance_km.unwrap() <= km));
        assert!(after.services[shed + 1..]
            .iter()
            .all(|s| s.distance_km.is_none_or(|d| d >= km)));
        assert!(
            after.services[..shed].iter().any(|s| !s.mine),
            "public places nearer than the shed come before it"
        );

        // Its own name finds the unplaced one; the kind filter leaves "other" out.
        let by_name = search(&mut app, "Somewhere unnamed");
        assert!(by_name.services.iter().any(|s| s.mine));
        let cafes = app
            .find_help(FindHelpArgs {
                place: "Grantham".into(),
                kinds: Some(vec!["crisis_cafe".into()]),
                ..Default::default()
            })
            .unwrap();
        assert!(cafes.services.iter().all(|s| !s.mine));

        app.lock();
        let locked = search(&mut app, "Grantham");
        assert!(locked.services.iter().all(|s| !s.mine));
        assert_eq!(locked.services, before.services);
    }
}
