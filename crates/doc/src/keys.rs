//! Where each Automerge document and materialised view is kept in the vault.
//! These names are stored data: add, never rename.

/// The plan's document.
pub const PLAN_DOC: &str = "plan";
/// The materialised crisis view (a view kind, beside the plan).
pub const CRISIS_VIEW: &str = "crisis_view";
/// The materialised whole plan (a view kind, beside the plan).
pub const PLAN_VIEW: &str = "plan_state";

/// What the person's devices publish to one supporter: the relationship's
/// projection, one document per generation of the share (see [`crate::projection`]).
pub fn projection(relationship: &str, generation: u32) -> String {
    format!("proj/{relationship}/{generation}")
}

/// The supporter's reply, as the person's devices hold it.
pub fn reply(relationship: &str) -> String {
    format!("reply/{relationship}")
}

/// A plan shared with me: my copy of the sharer's projection.
pub fn shared(relationship: &str, generation: u32) -> String {
    format!("shared/{relationship}/{generation}")
}

/// My reply to a plan shared with me.
pub fn my_reply(relationship: &str) -> String {
    format!("myreply/{relationship}")
}
