//! Photos on the person's reasons for living and toolbox: taken in through
//! `harbour-photo` (checked, upright, resized, no metadata), kept in the plan
//! document (so encrypted, synced to their devices and backed up), and sent
//! to a supporter only inside a section shared with them.

use crate::sharing::Sharing;
use crate::Session;
use base64::Engine as _;
use harbour_api::photos::*;
use harbour_api::EditResult;
use harbour_api::{Error, ErrorCode};
use harbour_doc::Edit;
use harbour_photo::PhotoError;

/// Stored bytes as a photo to show, after the cheap check that they are one.
fn shown(jpeg: Option<Vec<u8>>) -> Result<PhotoDto, Error> {
    let jpeg =
        jpeg.ok_or_else(|| Error::new(ErrorCode::PhotoNotFound, "there is no such photo"))?;
    let (width, height) = harbour_photo::check_stored(&jpeg)?;
    Ok(PhotoDto {
        data_url: format!(
            "data:image/jpeg;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(&jpeg)
        ),
        width,
        height,
    })
}

/// A photo taken in and ready to store: decoding and resizing (a second or
/// so for a phone's photo) happen here, before the session is held.
pub struct PreparedPhoto {
    path: String,
    id: String,
    jpeg: Option<Vec<u8>>,
}

pub fn prepare_photo(args: SetPhotoArgs) -> Result<PreparedPhoto, Error> {
    let jpeg = match &args.data_base64 {
        None => None,
        Some(b64) => {
            // Bigger than any photo taken in, even before decoding.
            if b64.len() > harbour_photo::MAX_INPUT_BYTES / 3 * 4 + 4 {
                return Err(PhotoError::TooLarge {
                    bytes: b64.len() / 4 * 3,
                    max: harbour_photo::MAX_INPUT_BYTES,
                }
                .into());
            }
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b64.trim())
                .map_err(|_| Error::new(ErrorCode::PhotoInvalid, "the photo is not base64"))?;
            Some(harbour_photo::import(&bytes)?.jpeg)
        }
    };
    Ok(PreparedPhoto {
        path: args.path,
        id: args.id,
        jpeg,
    })
}

impl Session {
    /// Puts a photo on an item (replacing any), or takes it off. The new
    /// photo's id is the result's `item_id`.
    pub fn plan_set_photo(&mut self, args: SetPhotoArgs) -> Result<EditResult, Error> {
        self.plan_put_photo(prepare_photo(args)?)
    }

    pub fn plan_put_photo(&mut self, photo: PreparedPhoto) -> Result<EditResult, Error> {
        self.edit(&Edit::SetPhoto {
            path: photo.path,
            id: photo.id,
            jpeg: photo.jpeg,
        })
    }

    /// A photo of the person's own plan.
    pub fn plan_photo(&mut self, args: PhotoArgs) -> Result<PhotoDto, Error> {
        shown(self.photo_bytes(&args.photo)?)
    }
}

impl Sharing {
    /// A photo of an item someone shares with me.
    pub fn shared_photo(&self, args: &SharedPhotoArgs) -> Result<PhotoDto, Error> {
        shown(self.engine.shared_photo(&args.person, &args.photo)?)
    }
}
