//! Sharing, devices and sync as the app shows them.

use crate::sharing::SupporterRead;
use crate::Error;
use crate::View;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a supporter stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SupporterState {
    /// Invited; their app has not answered yet.
    Invited,
    /// Invited, but the invite ran out before they answered.
    Expired,
    /// Their app has answered; nothing is shared until the person types the
    /// code it shows.
    Waiting,
    /// The person confirmed their app: they receive updates.
    Active,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SupporterStatus {
    pub name: String,
    pub sections: Vec<String>,
    pub state: SupporterState,
    /// RFC 3339, when they were invited.
    pub invited_at: String,
    /// RFC 3339, when an update from them last arrived on this device.
    pub last_synced: Option<String>,
    pub role_accepted: bool,
    /// They will receive "crisis plan activated" and "ask for help".
    pub signals: bool,
    pub availability: String,
    /// Their replies, oldest first.
    pub notes: Vec<String>,
    /// Once the person confirmed their app: the code it shows.
    pub confirmation_code: Option<String>,
    /// How far they have read what I share (from their last reply).
    pub read: Option<SupporterRead>,
    /// How many apps answered the invite while it waits for a code. More
    /// than one: someone else may have the link.
    pub answers: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct RevokedSupporter {
    pub name: String,
    pub sections: Vec<String>,
    /// RFC 3339.
    pub revoked_at: String,
    pub had_received: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SupportersResult {
    pub supporters: Vec<SupporterStatus>,
    pub revoked: Vec<RevokedSupporter>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SharePreviewArgs {
    pub sections: Vec<String>,
}

/// An invite as the app shows it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct AppInvite {
    pub name: String,
    pub link: String,
    pub expires_in_days: u32,
    /// The link as a QR code (an SVG document), to scan from the screen.
    pub qr_svg: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct InviteSaveArgs {
    pub name: String,
    pub link: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SupporterArgs {
    pub name: String,
}

/// The code a supporter's app shows, as the person typed it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ConfirmArgs {
    pub name: String,
    pub code: String,
}

/// The code a new device shows, as the person typed it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct DeviceConfirmArgs {
    pub code: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct JoinArgs {
    /// A `harbour://invite#...` link (surrounding spaces are ignored).
    pub link: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct PersonArgs {
    pub person: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SignalDto {
    /// `crisis_plan_activated` or `ask_for_help`.
    pub kind: String,
    /// RFC 3339.
    pub at: String,
}

/// A plan someone shares with me, for the list.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SharedStatus {
    pub person: String,
    pub sections: Vec<String>,
    /// False until their first update arrives.
    pub received: bool,
    /// RFC 3339, when their last update arrived.
    pub updated_at: Option<String>,
    /// Something changed since I last read it.
    pub changed: bool,
    /// Signals not yet seen, newest first.
    pub signals: Vec<SignalDto>,
    pub role_accepted: bool,
    /// The code to read to them, until their plan first arrives.
    pub code: Option<String>,
}

/// My reply to someone who shares with me, as I last wrote it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct MyReply {
    pub role_accepted: bool,
    pub signals_ok: bool,
    pub availability: String,
    pub notes: Vec<String>,
}

/// One shared plan, for reading.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SharedPlan {
    pub person: String,
    pub sections: Vec<String>,
    pub received: bool,
    pub updated_at: Option<String>,
    /// Only the shared sections.
    pub view: View,
    /// Field ids (`SECTION.FIELD`) that changed since I last marked it read.
    pub changed: Vec<String>,
    /// Never read before on this device.
    pub first_read: bool,
    pub signals: Vec<SignalDto>,
    pub reply: MyReply,
    /// Their latest check-in and since when, if they share check-ins.
    pub checkin: Option<harbour_model::CheckInSummary>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ReplyArgs {
    pub person: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct AcceptRoleArgs {
    pub person: String,
    /// In my words: when and how I can help ("I can be called at night").
    pub availability: String,
    /// I agree to receive "crisis plan activated" and "ask for help".
    pub signals_ok: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct DeviceLinkResult {
    pub code: String,
    pub qr_svg: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct DeviceJoinArgs {
    pub code: String,
    /// What to call this device ("Sam's laptop").
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct DeviceJoined {
    pub confirmation_code: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct DeviceArgs {
    pub id: String,
}

/// An update file the person picked (its bytes).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct UpdateFileArgs {
    pub bytes: Vec<u8>,
}

/// Whether this device syncs through a relay, and which one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct SyncSettings {
    /// Off until the person turns it on. While off, Harbour makes no network connection.
    pub enabled: bool,
    pub relay_url: String,
}

/// Where sync through the relay stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncState {
    /// Sync is off: no network connection at all.
    Off,
    /// On, and not synced yet.
    Waiting,
    /// The last attempt went through.
    Synced,
    /// The relay could not be reached (no network, or it is down); what
    /// is unsent is kept and tried again.
    Offline,
    /// The last attempt failed (`last_error` says why); it is tried again.
    Error,
}

/// Sync as the screens show it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SyncStatus {
    pub settings: SyncSettings,
    /// The relay transport is part of this build (false: the setting is only stored).
    pub relay_available: bool,
    pub state: SyncState,
    /// RFC 3339, the last time a sync through the relay went through.
    pub last_relay_sync: Option<String>,
    /// Why the last attempt failed.
    pub last_error: Option<Error>,
    /// Updates still waiting to be sent.
    pub unsent: u32,
    /// RFC 3339, the last update file saved / opened on this device.
    pub last_file_out: Option<String>,
    pub last_file_in: Option<String>,
    /// RFC 3339, the last time a relay sync brought something in (screens
    /// showing shared things reload when it changes).
    pub last_news: Option<String>,
}
