//! Sharing's results, as the CLI's `share` and `device` commands give them.

use crate::CheckInSummary;
use crate::Error;
use crate::View;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct InviteArgs {
    pub name: String,
    /// Section ids to share, e.g. `["crisis", "after_crisis"]`.
    pub sections: Vec<String>,
    /// Send "crisis plan activated" and "ask for help" signals (if they agree).
    #[serde(default)]
    pub signals: bool,
    /// How to name the person to the supporter ("Alex").
    pub from: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct InviteResult {
    /// `harbour://invite#...`: send it privately (it is the key).
    pub link: String,
    pub expires_in_days: u32,
}

/// How far a supporter has read what I share with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SupporterRead {
    NotYet,
    Earlier,
    Latest,
}

impl From<harbour_sync::engine::ReadState> for SupporterRead {
    fn from(r: harbour_sync::engine::ReadState) -> Self {
        use harbour_sync::engine::ReadState;
        match r {
            ReadState::NotYet => Self::NotYet,
            ReadState::Earlier => Self::Earlier,
            ReadState::Latest => Self::Latest,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SupporterDto {
    pub name: String,
    pub sections: Vec<String>,
    /// The person confirmed their app's code.
    pub joined: bool,
    /// Once the person confirmed their app: the code it shows.
    pub confirmation_code: Option<String>,
    /// Apps that answered the invite and wait for the person to type the
    /// code one of them shows: each one's code. More than one means someone
    /// else may have the link.
    pub waiting: Vec<String>,
    /// As their last reply says; none when another of my devices publishes to them.
    pub read: Option<SupporterRead>,
    pub role_accepted: bool,
    pub signals: bool,
    pub availability: String,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct RevokeResult {
    pub name: String,
    pub sections: Vec<String>,
    pub had_received: bool,
    /// Plain words on what the supporter already has.
    pub message: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct JoinResult {
    pub person: String,
    pub sections: Vec<String>,
    pub code: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SharedDto {
    pub person: String,
    pub sections: Vec<String>,
    /// False until their first update arrives.
    pub received: bool,
    /// Signals received (`crisis_plan_activated`, `ask_for_help`).
    pub signals: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SharedShow {
    pub person: String,
    pub sections: Vec<String>,
    /// Only the shared sections.
    pub view: View,
    /// Their latest check-in and since when, if they share check-ins.
    pub checkin: Option<CheckInSummary>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct DeviceDto {
    pub id: String,
    pub name: String,
    pub this_device: bool,
    /// For a device this one linked: the code it showed when it joined.
    pub confirmation_code: Option<String>,
    /// A new device that answered a device link and waits for the person to
    /// type the code it shows (not yet one of the person's devices).
    pub waiting: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct BundleOutResult {
    pub path: String,
    pub bytes: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct BundleInResult {
    pub accepted: u32,
    pub duplicates: u32,
    pub not_for_me: u32,
    /// Each refused message, with its code and reason.
    pub refused: Vec<Error>,
    /// People who stopped sharing (their plan was removed from this device).
    pub revoked: Vec<String>,
    pub signals: Vec<String>,
    /// Supporters whose app answered their invite: they wait for the
    /// person to type the code it shows.
    pub answered: Vec<String>,
    /// New devices that answered a device link, waiting the same way.
    pub devices_answered: u32,
}
