//! Photos travel only inside a section shared with a supporter: Sam, given
//! the reasons for living, gets the photo on a reason; the crisis plan alone
//! carries none; taking the photo off (or narrowing the share) takes it
//! away from the supporter's copy.

mod common;
use common::*;
use harbour_doc::Edit;

const NOW: u64 = 1_750_000_000;
const JPEG: &[u8] = b"\xff\xd8\xff\xe0 PHOTO-CANARY-BYTES";

fn put_photo(person: &mut Dev, path: &str, id: &str, jpeg: Option<&[u8]>) -> Option<String> {
    edit(
        person,
        &Edit::SetPhoto {
            path: path.into(),
            id: id.into(),
            jpeg: jpeg.map(<[u8]>::to_vec),
        },
    )
}

fn bundle_has_canary(from: &mut Dev) -> bool {
    from.bundle_out(NOW)
        .unwrap()
        .windows(12)
        .any(|w| w == b"PHOTO-CANARY")
}

#[test]
fn a_photo_reaches_only_a_supporter_given_its_section() {
    let mut person = device();
    let mut sam = device();
    let mut jo = device();
    set(&mut person, "crisis.when_well", "Chatty");
    let reason = add(&mut person, "reasons.reasons", "My niece");
    let photo = put_photo(&mut person, "reasons.reasons", &reason, Some(JPEG)).unwrap();
    assert!(!bundle_has_canary(&mut person), "sealed, never in clear");

    share_with_sam(&mut person, &mut sam, &["crisis", "reasons"], NOW);
    let inv = invite_to_crisis(&mut person, "Jo", NOW);
    let code = jo.join(&inv.link, NOW).unwrap().code;
    deliver(&mut jo, &mut person, NOW);
    person.confirm_supporter("Jo", &code).unwrap();
    deliver(&mut person, &mut jo, NOW);
    deliver(&mut person, &mut sam, NOW);

    let sams = sam.shared_plan("Alex").unwrap();
    assert_eq!(
        sams.item("reasons", "reasons", &reason)
            .unwrap()
            .get("photo"),
        photo
    );
    assert_eq!(
        sam.shared_photo("Alex", &photo).unwrap().as_deref(),
        Some(JPEG)
    );
    assert_eq!(jo.shared_photo("Alex", &photo).unwrap(), None);
    assert!(!jo
        .shared_plan("Alex")
        .unwrap()
        .sections
        .contains_key("reasons"));

    // Taken off: gone from Sam's copy at the next update.
    put_photo(&mut person, "reasons.reasons", &reason, None);
    deliver(&mut person, &mut sam, NOW + 1);
    assert_eq!(sam.shared_photo("Alex", &photo).unwrap(), None);

    // On again, then the share narrowed to the crisis plan: a fresh copy
    // without the photo.
    let again = put_photo(&mut person, "reasons.reasons", &reason, Some(JPEG)).unwrap();
    deliver(&mut person, &mut sam, NOW + 2);
    assert_eq!(
        sam.shared_photo("Alex", &again).unwrap().as_deref(),
        Some(JPEG)
    );
    person.reshare("Sam", &sections(&["crisis"])).unwrap();
    deliver(&mut person, &mut sam, NOW + 3);
    assert_eq!(sam.shared_photo("Alex", &again).unwrap(), None);
}
