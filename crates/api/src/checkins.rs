//! Daily check-ins.

use crate::CheckIn;
use crate::CheckInState;
use crate::CheckInSummary;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct CheckInArgs {
    pub state: CheckInState,
    /// A few words (at most 500 characters); `None` or blank for none.
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct CheckInResult {
    /// The check-in just made.
    pub checkin: CheckIn,
    /// The state now, and since when.
    pub latest: CheckInSummary,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct CheckInHistory {
    /// Every check-in, oldest first.
    pub checkins: Vec<CheckIn>,
    /// The state now, and since when (`None` before the first check-in).
    pub latest: Option<CheckInSummary>,
}
