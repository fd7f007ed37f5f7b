//! National crisis helplines.

use harbour_directory::Helpline;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct HelplinesArgs {
    /// ISO 3166-1 alpha-2; `None` lists every country.
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HelplineDto {
    pub id: String,
    pub country: String,
    pub name: String,
    pub phone: Option<String>,
    /// `tel:` link, ready for an `<a href>`.
    pub tel_href: Option<String>,
    pub sms: Option<String>,
    /// `sms:` link with any keyword pre-filled.
    pub sms_href: Option<String>,
    pub hours: Option<String>,
    pub notes: Option<String>,
    pub source_url: String,
    pub source_date: Option<String>,
    pub last_checked: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HelplinesResult {
    /// The country asked for, normalised (`UK` becomes `GB`), or `None` for all.
    pub country: Option<String>,
    pub helplines: Vec<HelplineDto>,
    /// Countries that have helplines, for a country picker.
    pub countries: Vec<String>,
}

impl From<&Helpline> for HelplineDto {
    fn from(h: &Helpline) -> Self {
        Self {
            id: h.id.clone(),
            country: h.country.clone(),
            name: h.name.clone(),
            phone: h.phone.clone(),
            tel_href: h.tel_href(),
            sms: h.sms.clone(),
            sms_href: h.sms_href(),
            hours: h.hours.clone(),
            notes: h.notes.clone(),
            source_url: h.source_url.clone(),
            source_date: h.source_date.clone(),
            last_checked: h.last_checked.clone(),
        }
    }
}
