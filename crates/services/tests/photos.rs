//! Photos through the facade, as the app and its tests use them: a real PNG
//! is taken in (resized, re-encoded, no metadata), shown back, kept across a
//! reopening and never in clear on disk; anything that is not an image, or
//! is too large, is refused with its own code and changes nothing.

use base64::Engine as _;
use harbour_api::{AddItemArgs, ErrorCode, KdfParams, PhotoArgs, PlanGetArgs, SetPhotoArgs};
use harbour_services::Session;
use harbour_vault::{Unlock, Vault};
use std::io::Cursor;
use std::path::Path;

const PASS: &str = "photos through the facade";

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A real PNG, 2400×1600, with a bright band the JPEG keeps.
fn png() -> Vec<u8> {
    let img = image::RgbImage::from_fn(2400, 1600, |x, y| {
        image::Rgb([(x / 10 % 256) as u8, (y / 10 % 256) as u8, 200])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

fn reopen(dir: &Path) -> Session {
    Session::from_vault(Vault::open(dir, Unlock::Passphrase(PASS)).unwrap()).unwrap()
}

fn photo_of(s: &mut Session, path: &str, id: &str) -> String {
    let (section, _) = path.split_once('.').unwrap();
    let view = s
        .plan_get(PlanGetArgs {
            section: Some(section.into()),
        })
        .unwrap();
    let field = view.sections[0]
        .fields
        .iter()
        .find(|f| f.id == path)
        .unwrap()
        .clone();
    assert!(field.takes_photos, "{path} takes photos");
    field
        .items
        .iter()
        .find(|i| i.id == id)
        .and_then(|i| i.values.get("photo").cloned())
        .unwrap_or_default()
}

#[test]
fn a_photo_is_taken_in_small_shown_back_and_kept_encrypted() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let (vault, _) = Vault::create(&dir, PASS, KdfParams::FLOOR).unwrap();
    let mut s = Session::from_vault(vault).unwrap();
    let reason = s
        .plan_add_item(AddItemArgs {
            path: "reasons.reasons".into(),
            text: Some("The sea at Tenby".into()),
            values: Default::default(),
            after: None,
        })
        .unwrap()
        .item_id
        .unwrap();

    let set = s
        .plan_set_photo(SetPhotoArgs {
            path: "reasons.reasons".into(),
            id: reason.clone(),
            data_base64: Some(b64(&png())),
        })
        .unwrap();
    let photo = set.item_id.unwrap();
    assert_eq!(photo_of(&mut s, "reasons.reasons", &reason), photo);
    let shown = s
        .plan_photo(PhotoArgs {
            photo: photo.clone(),
        })
        .unwrap();
    assert_eq!((shown.width, shown.height), (1024, 683));
    assert!(shown.data_url.starts_with("data:image/jpeg;base64,"));
    let jpeg = base64::engine::general_purpose::STANDARD
        .decode(shown.data_url.trim_start_matches("data:image/jpeg;base64,"))
        .unwrap();

    // Kept across a reopening, and nowhere on disk in clear.
    s.compact().unwrap();
    drop(s);
    let mut s = reopen(&dir);
    assert_eq!(
        s.plan_photo(PhotoArgs {
            photo: photo.clone()
        })
        .unwrap()
        .data_url,
        shown.data_url
    );
    let probe = &jpeg[jpeg.len() / 2..jpeg.len() / 2 + 32];
    for entry in std::fs::read_dir(&dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(
            !bytes.windows(32).any(|w| w == probe),
            "the photo is in clear on disk"
        );
    }

    // A photo id that is not there.
    let err = s
        .plan_photo(PhotoArgs {
            photo: "0".repeat(32),
        })
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::PhotoNotFound);
}

#[test]
fn what_is_not_a_photo_or_too_large_is_refused_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (vault, _) = Vault::create(&tmp.path().join("v"), PASS, KdfParams::FLOOR).unwrap();
    let mut s = Session::from_vault(vault).unwrap();
    let item = s
        .plan_add_item(AddItemArgs {
            path: "toolbox.helps".into(),
            text: Some("A walk".into()),
            values: Default::default(),
            after: None,
        })
        .unwrap()
        .item_id
        .unwrap();
    let attempt = |s: &mut Session, path: &str, data: String| {
        s.plan_set_photo(SetPhotoArgs {
            path: path.into(),
            id: item.clone(),
            data_base64: Some(data),
        })
        .unwrap_err()
        .code
    };
    assert_eq!(
        attempt(&mut s, "toolbox.helps", b64(b"Dear diary, this is text.")),
        ErrorCode::PhotoInvalid
    );
    assert_eq!(
        attempt(&mut s, "toolbox.helps", "not base64 at all!".into()),
        ErrorCode::PhotoInvalid
    );
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.extend(std::iter::repeat_n(b'x', 4096));
    assert_eq!(
        attempt(&mut s, "toolbox.helps", b64(&pdf)),
        ErrorCode::PhotoInvalid
    );
    let too_big = vec![0u8; harbour_photo::MAX_INPUT_BYTES + 1];
    assert_eq!(
        attempt(&mut s, "toolbox.helps", b64(&too_big)),
        ErrorCode::PhotoTooLarge
    );
    // A list that takes no photos.
    assert_eq!(
        attempt(&mut s, "crisis.allergies", b64(&png())),
        ErrorCode::InvalidInput
    );
    assert_eq!(photo_of(&mut s, "toolbox.helps", &item), "");
}
