//! Daily check-ins: `harbour checkin`, the home screen's traffic light.

use crate::{time, Session};
use harbour_api::checkins::*;
use harbour_api::Error;
use harbour_doc::Edit;
use harbour_model::checkin;

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
                harbour_api::ErrorCode::Internal,
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
