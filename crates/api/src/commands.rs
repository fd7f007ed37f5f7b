//! Every command the app's shell answers: its name, its arguments (by the
//! names the page sends them under) and what it answers.
//!
//! The UI's `call` is typed by this table (`Commands` in the generated
//! bindings), so a page cannot call a command that is not here or send it the
//! wrong arguments; `src-tauri/tests/commands.rs` checks the shell answers
//! every name here and asks for exactly these arguments.

use crate::app_session::{
    AppBackupArgs, AppCreateArgs, AppPdfArgs, AppPrefs, AppRestoreArgs, AppStatus, AppUnlockArgs,
    RecoveryKeySaveArgs,
};
use crate::app_sharing::{
    AcceptRoleArgs, AppInvite, ConfirmArgs, DeviceArgs, DeviceConfirmArgs, DeviceJoinArgs,
    DeviceJoined, DeviceLinkResult, InviteSaveArgs, JoinArgs, PersonArgs, ReplyArgs,
    SharePreviewArgs, SharedPlan, SharedStatus, SupporterArgs, SupportersResult, SyncSettings,
    SyncStatus, UpdateFileArgs,
};
use crate::directory::{FindHelpArgs, FindHelpResult};
use crate::links::OpenedLink;
use crate::my_places::{MyPlaceDto, MyPlaceEditArgs, MyPlaceIdArgs, MyPlaceInput, MyPlacesResult};
use crate::saving::SavedFile;
use crate::sharing::{BundleInResult, DeviceDto, InviteArgs, JoinResult, RevokeResult};
use crate::*;
use ts_rs::{Config, TS};

macro_rules! commands {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {
        /// Each command's name and the names of its arguments.
        pub const COMMANDS: &[(&str, &[&str])] = &[$((stringify!($name), &[$(stringify!($arg)),*])),*];

        /// `export type Commands = { name: { args: {..}; returns: T }; .. }`.
        pub fn typescript(cfg: &Config) -> String {
            let mut out = String::from("export type Commands = {\n");
            $(
                let args: Vec<String> = vec![$(format!("{}: {}", stringify!($arg), <$ty as TS>::name(cfg))),*];
                let args = if args.is_empty() {
                    "{}".to_string()
                } else {
                    format!("{{ {} }}", args.join(", "))
                };
                out.push_str(&format!(
                    "  {}: {{ args: {}; returns: {} }};\n",
                    stringify!($name),
                    args,
                    <$ret as TS>::name(cfg)
                ));
            )*
            out.push_str("};\n");
            out
        }
    };
}

commands! {
    helplines(args: HelplinesArgs) -> HelplinesResult;
    find_help(args: FindHelpArgs) -> FindHelpResult;
    my_places_list() -> MyPlacesResult;
    my_place_add(args: MyPlaceInput) -> MyPlaceDto;
    my_place_edit(args: MyPlaceEditArgs) -> MyPlaceDto;
    my_place_remove(args: MyPlaceIdArgs) -> MyPlacesResult;
    app_take_link() -> Option<OpenedLink>;
    app_status() -> AppStatus;
    app_touch() -> AppStatus;
    app_create(args: AppCreateArgs) -> VaultCreated;
    app_unlock(args: AppUnlockArgs) -> AppStatus;
    app_lock() -> AppStatus;
    app_set_prefs(prefs: AppPrefs) -> AppPrefs;
    app_save_recovery_key(args: RecoveryKeySaveArgs) -> Option<SavedFile>;
    app_save_pdf(args: AppPdfArgs) -> Option<SavedFile>;
    app_change_passphrase(args: ChangePassphraseArgs) -> ();
    app_recovery_key_show(args: RecoveryKeyArgs) -> RecoveryKeyShown;
    app_recovery_key_new(args: RecoveryKeyArgs) -> RecoveryKeyShown;
    app_backup_create(args: AppBackupArgs) -> Option<SavedFile>;
    app_backup_restore(args: AppRestoreArgs) -> AppStatus;
    plan_get(args: PlanGetArgs) -> View;
    plan_view(args: PlanViewArgs) -> View;
    plan_set_text(args: SetTextArgs) -> EditResult;
    plan_add_item(args: AddItemArgs) -> EditResult;
    plan_edit_item(args: EditItemArgs) -> EditResult;
    plan_remove_item(args: RemoveItemArgs) -> EditResult;
    plan_move_item(args: MoveItemArgs) -> EditResult;
    plan_set_crisis_status(args: SetCrisisStatusArgs) -> EditResult;
    plan_mark_reviewed(args: MarkReviewedArgs) -> EditResult;
    plan_checkin(args: CheckInArgs) -> CheckInResult;
    plan_checkin_history() -> CheckInHistory;
    plan_set_photo(args: SetPhotoArgs) -> EditResult;
    plan_photo(args: PhotoArgs) -> PhotoDto;
    sharing_supporters() -> SupportersResult;
    sharing_preview(args: SharePreviewArgs) -> View;
    sharing_invite(args: InviteArgs) -> AppInvite;
    sharing_invite_save(args: InviteSaveArgs) -> Option<SavedFile>;
    sharing_revoke(args: SupporterArgs) -> RevokeResult;
    sharing_confirm(args: ConfirmArgs) -> ();
    sharing_join(args: JoinArgs) -> JoinResult;
    sharing_shared() -> Vec<SharedStatus>;
    sharing_shared_show(args: PersonArgs) -> SharedPlan;
    sharing_shared_photo(args: SharedPhotoArgs) -> PhotoDto;
    sharing_mark_read(args: PersonArgs) -> ();
    sharing_reply(args: ReplyArgs) -> ();
    sharing_accept_role(args: AcceptRoleArgs) -> ();
    sharing_ask_for_help() -> u32;
    devices_list() -> Vec<DeviceDto>;
    devices_link() -> DeviceLinkResult;
    devices_join(args: DeviceJoinArgs) -> DeviceJoined;
    devices_confirm(args: DeviceConfirmArgs) -> DeviceDto;
    devices_remove(args: DeviceArgs) -> DeviceDto;
    sync_save_update_file() -> Option<SavedFile>;
    sync_open_update_file(args: UpdateFileArgs) -> BundleInResult;
    sync_open_opened_file() -> Option<BundleInResult>;
    sync_status() -> SyncStatus;
    sync_set(settings: SyncSettings) -> SyncStatus;
    sync_now() -> SyncStatus;
    sync_wait() -> bool;
}
