//! Renders every DTO as TypeScript, into one file the UI imports.
//!
//! `cargo test -p harbour-api --test bindings` fails when `ui/src/lib/bindings.ts`
//! is stale; run it with `UPDATE_BINDINGS=1` to rewrite the file.

use ts_rs::{Config, TS};

/// Adds a type here when a new DTO crosses the IPC boundary.
macro_rules! all_types {
    ($cfg:expr, $($t:ty),* $(,)?) => { vec![$(<$t as TS>::decl($cfg)),*] };
}

pub fn typescript() -> String {
    let cfg = Config::default();
    let decls: Vec<String> = all_types!(
        &cfg,
        crate::ErrorCode,
        crate::Error,
        crate::HelplinesArgs,
        crate::HelplineDto,
        crate::HelplinesResult,
        crate::directory::FindHelpArgs,
        crate::directory::PlaceDto,
        crate::directory::MatchedBy,
        crate::directory::OpenStatusDto,
        crate::directory::PhoneDto,
        crate::directory::ServiceHitDto,
        crate::directory::FindHelpResult,
        crate::directory::ImportArgs,
        crate::directory::ImportResult,
        crate::links::OpenedLink,
        crate::links::OpenedLinkKind,
        crate::my_places::MyPlaceInput,
        crate::my_places::MyPlaceEditArgs,
        crate::my_places::MyPlaceIdArgs,
        crate::my_places::MyPlaceDto,
        crate::my_places::MyPlacesResult,
        crate::VaultCreateArgs,
        crate::VaultCreated,
        crate::VaultOpenArgs,
        crate::VaultOpened,
        crate::ChangePassphraseArgs,
        crate::RecoveryKeyArgs,
        crate::RecoveryKeyShown,
        crate::PlanFieldDto,
        crate::PlanSectionDto,
        crate::PlanFieldsResult,
        crate::PlanGetArgs,
        crate::PlanViewArgs,
        crate::ViewKind,
        crate::View,
        crate::ViewSection,
        crate::ViewField,
        crate::ViewItem,
        crate::CrisisStatus,
        crate::CrisisState,
        crate::CheckInState,
        crate::CheckIn,
        crate::CheckInSummary,
        crate::CheckInArgs,
        crate::CheckInResult,
        crate::CheckInHistory,
        crate::SetPhotoArgs,
        crate::PhotoArgs,
        crate::SharedPhotoArgs,
        crate::PhotoDto,
        crate::SetTextArgs,
        crate::AddItemArgs,
        crate::EditItemArgs,
        crate::RemoveItemArgs,
        crate::MoveItemArgs,
        crate::SetCrisisStatusArgs,
        crate::MarkReviewedArgs,
        crate::SetValidAsOfArgs,
        crate::EditResult,
        crate::ExportFormat,
        crate::ExportArgs,
        crate::ExportResult,
        crate::BackupCreateArgs,
        crate::BackupCreated,
        crate::BackupRestoreArgs,
        crate::app_session::AppPrefs,
        crate::app_session::AppStatus,
        crate::app_session::AppCreateArgs,
        crate::app_session::AppUnlockArgs,
        crate::app_session::RecoveryKeySaveArgs,
        crate::app_session::AppBackupArgs,
        crate::app_session::AppPdfArgs,
        crate::app_session::AppRestoreArgs,
        crate::saving::SavedFile,
        crate::sharing::InviteArgs,
        crate::sharing::InviteResult,
        crate::sharing::SupporterDto,
        crate::sharing::SupporterRead,
        crate::sharing::RevokeResult,
        crate::sharing::JoinResult,
        crate::sharing::SharedDto,
        crate::sharing::SharedShow,
        crate::sharing::DeviceDto,
        crate::sharing::BundleOutResult,
        crate::sharing::BundleInResult,
        crate::app_sharing::SupporterState,
        crate::app_sharing::SupporterStatus,
        crate::app_sharing::RevokedSupporter,
        crate::app_sharing::SupportersResult,
        crate::app_sharing::SharePreviewArgs,
        crate::app_sharing::AppInvite,
        crate::app_sharing::InviteSaveArgs,
        crate::app_sharing::SupporterArgs,
        crate::app_sharing::ConfirmArgs,
        crate::app_sharing::DeviceConfirmArgs,
        crate::app_sharing::JoinArgs,
        crate::app_sharing::PersonArgs,
        crate::app_sharing::SignalDto,
        crate::app_sharing::SharedStatus,
        crate::app_sharing::MyReply,
        crate::app_sharing::SharedPlan,
        crate::app_sharing::ReplyArgs,
        crate::app_sharing::AcceptRoleArgs,
        crate::app_sharing::DeviceLinkResult,
        crate::app_sharing::DeviceJoinArgs,
        crate::app_sharing::DeviceJoined,
        crate::app_sharing::DeviceArgs,
        crate::app_sharing::UpdateFileArgs,
        crate::app_sharing::SyncSettings,
        crate::app_sharing::SyncState,
        crate::app_sharing::SyncStatus,
    );
    let mut out = String::from(
        "// Generated from the Rust types in crates/api by `make bindings`. Do not edit.\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    // The codes as a value too, so the UI can recognise an error without a hand-kept list.
    let codes = ts_strings(crate::ErrorCode::ALL.iter().map(|c| c.as_str()));
    out.push_str(&format!(
        "export const ERROR_CODES: readonly ErrorCode[] = [{codes}];\n"
    ));
    // Every command the shell answers, so the UI's `call` is typed by name.
    out.push_str(
        "\n/** Every command the app's shell answers: its arguments and what it answers. */\n",
    );
    out.push_str(&crate::commands::typescript(&cfg));
    // The registry's section ids, so the UI lists sections without a hand-kept copy.
    let sections = ts_strings(harbour_model::registry::SECTIONS.iter().map(|s| s.id));
    out.push_str(&format!(
        "\n/** The plan's sections, in the order the plan shows them. */\nexport const PLAN_SECTIONS = [{sections}] as const;\n"
    ));
    let shareable = ts_strings(harbour_model::registry::shareable());
    out.push_str(&format!(
        "\n/** The sections a supporter can be given, in the order the sharing screen offers them. */\nexport const SHAREABLE_SECTIONS = [{shareable}] as const;\n"
    ));
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// `"a", "b"`: strings as the items of a TypeScript array.
fn ts_strings<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items
        .into_iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
