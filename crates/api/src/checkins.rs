//! Daily check-ins: `harbour checkin`, the home screen's traffic light.

use crate::{time, Error, Session};
use harbour_doc::Edit;
use harbour_model::{checkin, CheckIn, CheckInState, CheckInSummary};
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

impl Session {
    /// Records a check-in now (UTC), durably, like any edit of the plan.
    pub fn checkin(&mut self, args: CheckInArgs) -> Result<CheckInResult, Error> {
        let at = checkin::next_time(&self.current_plan()?, time::now_millis());
        let edit = Edit::CheckIn {
            state: args.state,
            note: args.note.unwrap_or_default(),
            at,
        };
        let id = self.edit(&edit)?.item_id;
        let history = self.checkin_history()?;
        let made = history
            .checkins
            .iter()
            .find(|c| Some(&c.id) == id.as_ref())
            .cloned();
        match (made, history.latest) {
            (Some(checkin), Some(latest)) => Ok(CheckInResult { checkin, latest }),
            _ => Err(Error::new(
                crate::ErrorCode::Internal,
                "the check-in was saved but did not read back",
            )),
        }
    }

    pub fn checkin_history(&mut self) -> Result<CheckInHistory, Error> {
        let plan = self.current_plan()?;
        Ok(CheckInHistory {
            checkins: checkin::history(&plan),
            latest: checkin::latest(&plan),
        })
    }
}
