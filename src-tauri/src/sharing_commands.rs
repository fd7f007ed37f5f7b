//! Sharing's commands: one-line adapters onto `harbour_session::app_sharing`
//! (supporters, plans shared with me, own devices, update files, the sync
//! setting). Like the plan's, they run on the one [`AppState`] and refuse a
//! locked vault. Only `sync_now` and `sync_wait` open network connections,
//! and only when the person turned sync on.

use crate::{blocking, save_as};
use harbour_api::app_sharing::{
    AcceptRoleArgs, AppInvite, ConfirmArgs, DeviceArgs, DeviceConfirmArgs, DeviceJoinArgs,
    DeviceJoined, DeviceLinkResult, InviteSaveArgs, JoinArgs, PersonArgs, ReplyArgs,
    SharePreviewArgs, SharedPlan, SharedStatus, SupporterArgs, SupportersResult, SyncSettings,
    SyncStatus, UpdateFileArgs,
};
use harbour_api::saving::SavedFile;
use harbour_api::sharing::{BundleInResult, DeviceDto, InviteArgs, JoinResult, RevokeResult};
use harbour_api::{Error, View};
use harbour_session::saving::SavedKind;
use harbour_session::AppState;
use tauri::State;

type App<'a> = State<'a, AppState>;

#[tauri::command]
pub async fn sharing_supporters(app: App<'_>) -> Result<SupportersResult, Error> {
    app.get().sharing_supporters()
}

#[tauri::command]
pub async fn sharing_preview(app: App<'_>, args: SharePreviewArgs) -> Result<View, Error> {
    app.get().sharing_preview(args)
}

#[tauri::command]
pub async fn sharing_invite(app: App<'_>, args: InviteArgs) -> Result<AppInvite, Error> {
    app.get().sharing_invite(args)
}

#[tauri::command]
pub async fn sharing_invite_save<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: InviteSaveArgs,
) -> Result<Option<SavedFile>, Error> {
    save_as(app, SavedKind::Invite, move |s, to| {
        s.sharing_invite_save(args, to)
    })
    .await
}

#[tauri::command]
pub async fn sharing_revoke(app: App<'_>, args: SupporterArgs) -> Result<RevokeResult, Error> {
    app.get().sharing_revoke(args)
}

#[tauri::command]
pub async fn sharing_confirm<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: ConfirmArgs,
) -> Result<(), Error> {
    blocking(app, move |s| s.get().sharing_confirm(args)).await
}

#[tauri::command]
pub async fn sharing_join<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: JoinArgs,
) -> Result<JoinResult, Error> {
    blocking(app, move |s| s.get().sharing_join(args)).await
}

#[tauri::command]
pub async fn sharing_shared(app: App<'_>) -> Result<Vec<SharedStatus>, Error> {
    app.get().sharing_shared()
}

#[tauri::command]
pub async fn sharing_shared_show(app: App<'_>, args: PersonArgs) -> Result<SharedPlan, Error> {
    app.get().sharing_shared_show(args)
}

#[tauri::command]
pub async fn sharing_shared_photo(
    app: App<'_>,
    args: harbour_api::SharedPhotoArgs,
) -> Result<harbour_api::PhotoDto, Error> {
    app.get().sharing_shared_photo(args)
}

#[tauri::command]
pub async fn sharing_mark_read(app: App<'_>, args: PersonArgs) -> Result<(), Error> {
    app.get().sharing_mark_read(args)
}

#[tauri::command]
pub async fn sharing_reply(app: App<'_>, args: ReplyArgs) -> Result<(), Error> {
    app.get().sharing_reply(args)
}

#[tauri::command]
pub async fn sharing_accept_role(app: App<'_>, args: AcceptRoleArgs) -> Result<(), Error> {
    app.get().sharing_accept_role(args)
}

#[tauri::command]
pub async fn sharing_ask_for_help(app: App<'_>) -> Result<u32, Error> {
    app.get().sharing_ask_for_help()
}

#[tauri::command]
pub async fn devices_list(app: App<'_>) -> Result<Vec<DeviceDto>, Error> {
    app.get().devices_list()
}

#[tauri::command]
pub async fn devices_link(app: App<'_>) -> Result<DeviceLinkResult, Error> {
    app.get().devices_link()
}

#[tauri::command]
pub async fn devices_join<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: DeviceJoinArgs,
) -> Result<DeviceJoined, Error> {
    blocking(app, move |s| s.get().devices_join(args)).await
}

#[tauri::command]
pub async fn devices_confirm<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: DeviceConfirmArgs,
) -> Result<DeviceDto, Error> {
    blocking(app, move |s| s.get().devices_confirm(args)).await
}

#[tauri::command]
pub async fn devices_remove(app: App<'_>, args: DeviceArgs) -> Result<DeviceDto, Error> {
    app.get().devices_remove(args)
}

#[tauri::command]
pub async fn sync_save_update_file<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
) -> Result<Option<SavedFile>, Error> {
    save_as(app, SavedKind::UpdateFile, |s, to| {
        s.sync_save_update_file(to)
    })
    .await
}

#[tauri::command]
pub async fn sync_open_update_file<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    args: UpdateFileArgs,
) -> Result<BundleInResult, Error> {
    blocking(app, move |s| s.get().sync_open_update_file(args)).await
}

#[tauri::command]
pub async fn sync_status(app: App<'_>) -> Result<SyncStatus, Error> {
    app.get().sync_status()
}

#[tauri::command]
pub async fn sync_set(app: App<'_>, settings: SyncSettings) -> Result<SyncStatus, Error> {
    app.get().sync_set(settings)
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
