//! Sharing's commands: one-line adapters onto `harbour_session::app_sharing`
//! (supporters, plans shared with me, own devices, update files, the sync
//! setting). Like the plan's, they run on the one [`AppState`] and refuse a
//! locked vault. Only `sync_now` and `sync_wait` open network connections,
//! and only when the person turned sync on.

use crate::adapters::{on_app, on_blocking_thread, saved_as};
use crate::blocking;
use harbour_api::app_sharing::{
    AcceptRoleArgs, AppInvite, ConfirmArgs, DeviceArgs, DeviceConfirmArgs, DeviceJoinArgs,
    DeviceJoined, DeviceLinkResult, InviteSaveArgs, JoinArgs, PersonArgs, ReplyArgs,
    SharePreviewArgs, SharedPlan, SharedStatus, SupporterArgs, SupportersResult, SyncSettings,
    SyncStatus, UpdateFileArgs,
};
use harbour_api::sharing::{BundleInResult, DeviceDto, InviteArgs, JoinResult, RevokeResult};
use harbour_api::{Error, PhotoDto, SharedPhotoArgs, View};
use harbour_session::saving::SavedKind;

on_app! {
    sharing_supporters() -> SupportersResult = sharing_supporters;
    sharing_preview(args: SharePreviewArgs) -> View = sharing_preview;
    sharing_invite(args: InviteArgs) -> AppInvite = sharing_invite;
    sharing_revoke(args: SupporterArgs) -> RevokeResult = sharing_revoke;
    sharing_shared() -> Vec<SharedStatus> = sharing_shared;
    sharing_shared_show(args: PersonArgs) -> SharedPlan = sharing_shared_show;
    sharing_shared_photo(args: SharedPhotoArgs) -> PhotoDto = sharing_shared_photo;
    sharing_mark_read(args: PersonArgs) -> () = sharing_mark_read;
    sharing_reply(args: ReplyArgs) -> () = sharing_reply;
    sharing_accept_role(args: AcceptRoleArgs) -> () = sharing_accept_role;
    sharing_ask_for_help() -> u32 = sharing_ask_for_help;
    devices_list() -> Vec<DeviceDto> = devices_list;
    devices_link() -> DeviceLinkResult = devices_link;
    devices_remove(args: DeviceArgs) -> DeviceDto = devices_remove;
    sync_status() -> SyncStatus = sync_status;
    sync_set(settings: SyncSettings) -> SyncStatus = sync_set;
}

on_blocking_thread! {
    sharing_confirm(args: ConfirmArgs) -> () = sharing_confirm;
    sharing_join(args: JoinArgs) -> JoinResult = sharing_join;
    devices_join(args: DeviceJoinArgs) -> DeviceJoined = devices_join;
    devices_confirm(args: DeviceConfirmArgs) -> DeviceDto = devices_confirm;
    sync_open_update_file(args: UpdateFileArgs) -> BundleInResult = sync_open_update_file;
}

saved_as! {
    sharing_invite_save(args: InviteSaveArgs) as SavedKind::Invite => sharing_invite_save;
    sync_save_update_file() as SavedKind::UpdateFile => sync_save_update_file;
}

#[tauri::command]
pub async fn sync_now<R: tauri::Runtime>(app: tauri::AppHandle<R>) -> Result<SyncStatus, Error> {
    blocking(app, move |s| s.sync_now()).await
}

/// Long-polls the relay (up to 25 s) on a blocking thread.
#[tauri::command]
pub async fn sync_wait<R: tauri::Runtime>(app: tauri::AppHandle<R>) -> Result<bool, Error> {
    blocking(app, |s| s.sync_wait(25)).await
}
