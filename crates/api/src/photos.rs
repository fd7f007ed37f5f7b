//! Photos on plan items.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SetPhotoArgs {
    /// `SECTION.LIST` of a list that takes photos (its view field says `takes_photos`).
    pub path: String,
    /// The item's id.
    pub id: String,
    /// The photo file, base64; `None` takes the item's photo off.
    pub data_base64: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct PhotoArgs {
    /// A photo id: an item's `photo` value.
    pub photo: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SharedPhotoArgs {
    pub person: String,
    /// A photo id: an item's `photo` value in their shared plan.
    pub photo: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct PhotoDto {
    /// `data:image/jpeg;base64,...`, ready for an `<img>` (the app's CSP allows
    /// data: images only).
    pub data_url: String,
    pub width: u32,
    pub height: u32,
}
