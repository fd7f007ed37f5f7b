//! The plan's and the vault's arguments and results.

use crate::CrisisStatus;
use crate::ViewKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct VaultCreateArgs {
    /// The vault directory (see [`default_vault_dir`]).
    pub dir: String,
    pub passphrase: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct VaultCreated {
    pub dir: String,
    /// For the person to print or save. Kept only sealed in the vault, to be
    /// shown again for the passphrase (`recovery_key_show`).
    pub recovery_key: String,
}

/// Unlock with the passphrase, or with the recovery key (give exactly one).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct VaultOpenArgs {
    pub dir: String,
    pub passphrase: Option<String>,
    pub recovery_key: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct VaultOpened {
    pub dir: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ChangePassphraseArgs {
    pub old_passphrase: String,
    pub new_passphrase: String,
}

/// The passphrase, to see the recovery key again or to make a new one.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct RecoveryKeyArgs {
    pub passphrase: String,
}

/// The recovery key as the person writes it down; `None` when this vault was
/// made before the key was kept (then only a new one can be made).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecoveryKeyShown {
    pub recovery_key: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct PlanGetArgs {
    /// One section id (`crisis`), or `None` for the whole plan.
    pub section: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct PlanViewArgs {
    pub kind: ViewKind,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SetTextArgs {
    /// `SECTION.FIELD` of a text field, e.g. `crisis.when_well`.
    pub path: String,
    pub text: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct AddItemArgs {
    /// `SECTION.FIELD` of a list field, e.g. `crisis.supporters`.
    pub path: String,
    /// The item's primary value (`text`, or `name` for people, `task` for
    /// responsibilities); merged into `values`.
    pub text: Option<String>,
    /// Named values, keys from the field's `item_keys`.
    #[serde(default)]
    pub values: BTreeMap<String, String>,
    /// Insert after this item id; `None` adds at the end.
    pub after: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct EditItemArgs {
    pub path: String,
    pub id: String,
    /// Values to change; an empty string clears that value.
    pub values: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct RemoveItemArgs {
    pub path: String,
    pub id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct MoveItemArgs {
    pub path: String,
    pub id: String,
    /// The position it should have afterwards (0 = first).
    pub to_index: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SetCrisisStatusArgs {
    pub status: CrisisStatus,
    /// Who: "me" for the person, or the supporter's name.
    pub by: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct MarkReviewedArgs {
    pub section: String,
    /// `YYYY-MM-DD`; `None` = today (UTC).
    pub date: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SetValidAsOfArgs {
    /// `YYYY-MM-DD`; `None` clears it.
    pub date: Option<String>,
}

/// What an edit did. Returned only once the edit is durably stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EditResult {
    /// The new item's id (for `plan_add_item`).
    pub item_id: Option<String>,
    /// False when the edit changed nothing (e.g. the same text again).
    pub changed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Html,
    Json,
    /// A4 pages (the card: bank-card-sized cards on A4 with cut marks). Binary,
    /// so only to a file: without `path` the export fails with `output_file_required`.
    Pdf,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ExportArgs {
    pub format: ExportFormat,
    pub view: ViewKind,
    /// Write to this file; `None` returns the content instead (not for PDF).
    pub path: Option<String>,
    /// The language of the page's headings (a BCP 47 tag); en-GB when absent or not shipped.
    #[serde(default)]
    pub locale: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ExportResult {
    pub path: Option<String>,
    /// The content when no path was given.
    pub content: Option<String>,
    /// `text/html`, `application/json` or `application/pdf`.
    pub mime: String,
    pub bytes: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct BackupCreateArgs {
    pub path: String,
    /// Protects the backup; it becomes the restored vault's passphrase. The
    /// vault's recovery key opens the backup too.
    pub passphrase: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct BackupCreated {
    pub path: String,
    pub bytes: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct BackupRestoreArgs {
    pub file: String,
    /// Where the restored vault goes; must not already hold a vault.
    pub dir: String,
    pub passphrase: Option<String>,
    pub recovery_key: Option<String>,
}

/// One field of the plan, for editors and pickers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanFieldDto {
    /// `SECTION.FIELD`
    pub path: String,
    /// `text` or `list`
    pub kind: String,
    /// For lists: the item shape (`text`, `text_why`, `supporter`, `not_involved`, `responsibility`).
    pub item_shape: Option<String>,
    /// For lists: each item's value keys, primary first.
    pub item_keys: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanSectionDto {
    pub id: String,
    pub fields: Vec<PlanFieldDto>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanFieldsResult {
    pub sections: Vec<PlanSectionDto>,
}
