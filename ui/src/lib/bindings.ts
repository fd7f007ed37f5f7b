// Generated from the Rust types in crates/api by `make bindings`. Do not edit.

export type ErrorCode = "invalid_input" | "data_invalid" | "internal" | "wrong_passphrase" | "wrong_recovery_key" | "invalid_recovery_key" | "passphrase_required" | "vault_corrupt" | "kdf_params_out_of_range" | "backup_corrupt" | "vault_exists" | "vault_not_found" | "vault_too_new" | "vault_locked" | "io" | "storage" | "unknown_field" | "item_not_found" | "too_long" | "plan_corrupt" | "message_too_large" | "message_invalid" | "message_unauthentic" | "message_replayed" | "write_refused" | "invite_invalid" | "invite_expired" | "invite_used" | "bundle_invalid" | "supporter_not_found" | "supporter_exists" | "person_not_found" | "device_not_found" | "rate_limited" | "place_name_required" | "phone_invalid" | "opening_hours_invalid" | "coordinates_invalid" | "my_place_not_found" | "photo_invalid" | "photo_too_large" | "photo_not_found" | "relay_unreachable" | "relay_refused" | "code_mismatch" | "code_ambiguous" | "vault_busy" | "passphrase_too_short" | "output_file_required";

export type Error = { code: ErrorCode, message: string, };

export type HelplinesArgs = { 
/**
 * ISO 3166-1 alpha-2; `None` lists every country.
 */
country: string | null, };

export type HelplineDto = { id: string, country: string, name: string, phone: string | null, 
/**
 * `tel:` link, ready for an `<a href>`.
 */
tel_href: string | null, sms: string | null, 
/**
 * `sms:` link with any keyword pre-filled.
 */
sms_href: string | null, hours: string | null, notes: string | null, source_url: string, source_date: string | null, last_checked: string, };

export type HelplinesResult = { 
/**
 * The country asked for, normalised (`UK` becomes `GB`), or `None` for all.
 */
country: string | null, helplines: Array<HelplineDto>, 
/**
 * Countries that have helplines, for a country picker.
 */
countries: Array<string>, };

export type FindHelpArgs = { 
/**
 * A town ("Grantham"), a UK postcode or its district ("M1 1AD", "M1"), "LAT,LON", or words from a service's name.
 */
place: string, 
/**
 * Kinds to include (`crisis_cafe`, `safe_haven`, ...); empty or `None` for all.
 */
kinds: Array<string> | null, 
/**
 * Only places open now.
 */
open_now: boolean | null, 
/**
 * Only places open at this time: `HH:MM` today, `YYYY-MM-DDTHH:MM` (UK time) or RFC 3339.
 */
at: string | null, 
/**
 * A language code the service must list, e.g. `pl`.
 */
language: string | null, 
/**
 * At most this many results (default 20, at most 200).
 */
limit: number | null, };

export type PlaceDto = { name: string, nation: string, latitude: number, longitude: number, };

export type MatchedBy = "place" | "coordinates" | "name";

export type OpenStatusDto = { "state": "open_all_day" } | { "state": "open_until", time: string, day: string, } | { "state": "opens_at", time: string, day: string, } | { "state": "closed" } | { "state": "unknown" };

export type PhoneDto = { number: string, tel_href: string, };

export type ServiceHitDto = { id: string, name: string, 
/**
 * `crisis_cafe`, `safe_haven`, `crisis_house`, `peer_group`, `drop_in` or `helpline`.
 */
kind: string, organisation: string | null, description: string | null, address: Array<string>, town: string | null, postcode: string | null, 
/**
 * Great-circle km from the place searched; `None` when the service has no coordinates.
 */
distance_km: number | null, 
/**
 * The coordinates are a town centre, not the door.
 */
approximate_location: boolean, status: OpenStatusDto, opening_hours: string | null, 
/**
 * The source's own wording of the hours.
 */
hours_text: string | null, phones: Array<PhoneDto>, url: string | null, 
/**
 * An OpenStreetMap link: the point when exact, else a search for the address.
 */
directions_href: string | null, 
/**
 * `self_referral`, `phone_first`, `referral_needed` or `unknown`.
 */
referral: string, age_range: string | null, accessibility: string | null, languages: Array<string>, notes: string | null, source_url: string, source_date: string | null, last_checked: string, months_since_checked: number | null, stale: boolean, dataset_name: string, 
/**
 * Only when the dataset publishes one.
 */
report_problem_url: string | null, 
/**
 * One of the person's own places (from the vault), not the public directory.
 */
mine: boolean, };

export type FindHelpResult = { query: string, matched_by: MatchedBy, place: PlaceDto | null, 
/**
 * Other places with the same name (most populous first), to offer as alternatives.
 */
other_places: Array<PlaceDto>, 
/**
 * The instant statuses are for (RFC 3339).
 */
evaluated_at: string, services: Array<ServiceHitDto>, };

export type ImportArgs = { 
/**
 * An HSDS JSON file, an Open Referral UK `services.csv`, or the folder of its tables.
 */
file: string, 
/**
 * `hsds` or `oruk-csv`; guessed from the path when `None` (a folder or `.csv` is
 * `oruk-csv`).
 */
format: string | null, 
/**
 * A URL or name recorded as every imported service's source (default: the file name).
 */
source: string | null, };

export type ImportResult = { source: string, imported: number, 
/**
 * Services now stored from every import.
 */
total_imported: number, 
/**
 * Records in the file that were not imported, each with why. `imported` plus these is
 * every record in the file.
 */
refused: Array<{ 
/**
 * 1-based place in the file (for CSV, the row number, the header being row 1).
 */
position: number, 
/**
 * The record's id, when it has one.
 */
id: string | null, 
/**
 * What is wrong (in English, from the importer), and for a changed record what was left out.
 */
problem: string, }>, 
/**
 * Records imported with something impossible left out (coordinates off the Earth),
 * each with what and why. They are among `imported`.
 */
changed: Array<{ 
/**
 * 1-based place in the file (for CSV, the row number, the header being row 1).
 */
position: number, 
/**
 * The record's id, when it has one.
 */
id: string | null, 
/**
 * What is wrong (in English, from the importer), and for a changed record what was left out.
 */
problem: string, }>, };

export type OpenedLink = { kind: OpenedLinkKind, 
/**
 * The whole link, trimmed; for an update file, its file name (the shell
 * keeps its bytes: see [`OpenedFile`]).
 */
link: string, };

export type OpenedLinkKind = "invite" | "device" | "update_file";

export type MyPlaceInput = { name: string, 
/**
 * A directory kind (`crisis_cafe`, `safe_haven`, ...) or `other` (the default).
 */
kind: string | null, phones: Array<string>, address: string | null, town: string | null, postcode: string | null, latitude: number | null, longitude: number | null, 
/**
 * An OpenStreetMap `opening_hours` string, in UK time (`Mo-Fr 09:00-17:00`).
 */
opening_hours: string | null, note: string | null, };

export type MyPlaceEditArgs = { id: string, place: MyPlaceInput, };

export type MyPlaceIdArgs = { id: string, };

export type MyPlaceDto = { id: string, name: string, 
/**
 * A directory kind or `other`.
 */
kind: string, phones: Array<PhoneDto>, address: string | null, town: string | null, postcode: string | null, 
/**
 * As typed, or the town centre's when placed from the town.
 */
latitude: number | null, longitude: number | null, 
/**
 * The coordinates were typed (`false` when placed from the town, or not placed).
 */
exact_location: boolean, opening_hours: string | null, status: OpenStatusDto, note: string | null, directions_href: string | null, 
/**
 * What was typed, to fill the edit form.
 */
input: MyPlaceInput, };

export type MyPlacesResult = { places: Array<MyPlaceDto>, };

export type VaultCreateArgs = { 
/**
 * The vault directory (see [`default_vault_dir`]).
 */
dir: string, passphrase: string, };

export type VaultCreated = { dir: string, 
/**
 * For the person to print or save. Kept only sealed in the vault, to be
 * shown again for the passphrase (`recovery_key_show`).
 */
recovery_key: string, };

export type VaultOpenArgs = { dir: string, passphrase: string | null, recovery_key: string | null, };

export type VaultOpened = { dir: string, };

export type ChangePassphraseArgs = { old_passphrase: string, new_passphrase: string, };

export type RecoveryKeyArgs = { passphrase: string, };

export type RecoveryKeyShown = { recovery_key: string | null, };

export type PlanFieldDto = { 
/**
 * `SECTION.FIELD`
 */
path: string, 
/**
 * `text` or `list`
 */
kind: string, 
/**
 * For lists: the item shape (`text`, `text_why`, `supporter`, `not_involved`, `responsibility`).
 */
item_shape: string | null, 
/**
 * For lists: each item's value keys, primary first.
 */
item_keys: Array<string>, };

export type PlanSectionDto = { id: string, fields: Array<PlanFieldDto>, };

export type PlanFieldsResult = { sections: Array<PlanSectionDto>, };

export type PlanGetArgs = { 
/**
 * One section id (`crisis`), or `None` for the whole plan.
 */
section: string | null, };

export type PlanViewArgs = { kind: PlanViewKind, };

export type PlanViewKind = "full" | "safety" | "crisis" | "card" | "advance_choice";

export type PlanView = { kind: PlanViewKind, 
/**
 * `YYYY-MM-DD`, when the person dated the plan.
 */
valid_as_of: string | null, crisis_state: CrisisState, sections: Array<PlanViewSection>, };

export type PlanViewSection = { 
/**
 * A plan section id (`crisis`), or a part id of the safety plan
 * (`safety_coping`, ...), the card (`card_contacts`, ...) or the advance
 * choice document (`advance_values`, ...).
 */
id: string, 
/**
 * `YYYY-MM-DD`; for a safety-plan part, the oldest review date of the
 * sections it draws on (none if any of them was never reviewed).
 */
last_reviewed: string | null, fields: Array<PlanViewField>, };

export type PlanViewField = { 
/**
 * `section.field`, e.g. `crisis.supporters`.
 */
id: string, 
/**
 * `text`, or the item shape of a list: `text_list`, `text_why`,
 * `supporter`, `not_involved`, `responsibility`.
 */
kind: string, 
/**
 * Keys of each item's values, primary first (empty for text fields).
 */
item_keys: Array<string>, 
/**
 * The text of a text field (empty for lists).
 */
text: string, 
/**
 * The items of a list, in order (empty for text fields).
 */
items: Array<PlanViewItem>, 
/**
 * Its items may carry a photo (the value `photo`, a photo id).
 */
takes_photos: boolean, };

export type PlanViewItem = { id: string, values: { [key in string]: string }, };

export type CrisisStatus = "inactive" | "active" | "stood_down";

export type CrisisState = { status: CrisisStatus, 
/**
 * Who made the last change ("me", or a supporter's name).
 */
by: string | null, 
/**
 * When (RFC 3339, UTC).
 */
at: string | null, };

export type CheckInState = "green" | "amber" | "red";

export type CheckIn = { id: string, state: CheckInState, 
/**
 * When (RFC 3339, UTC, to the millisecond).
 */
at: string, 
/**
 * The person's few words (empty when none).
 */
note: string, };

export type CheckInSummary = { state: CheckInState, 
/**
 * The first check-in of the latest run of this state (RFC 3339, UTC).
 */
since: string, };

export type CheckInArgs = { state: CheckInState, 
/**
 * A few words (at most 500 characters); `None` or blank for none.
 */
note: string | null, };

export type CheckInResult = { 
/**
 * The check-in just made.
 */
checkin: CheckIn, 
/**
 * The state now, and since when.
 */
latest: CheckInSummary, };

export type CheckInHistory = { 
/**
 * Every check-in, oldest first.
 */
checkins: Array<CheckIn>, 
/**
 * The state now, and since when (`None` before the first check-in).
 */
latest: CheckInSummary | null, };

export type SetPhotoArgs = { 
/**
 * `SECTION.LIST` of a list that takes photos (its view field says `takes_photos`).
 */
path: string, 
/**
 * The item's id.
 */
id: string, 
/**
 * The photo file, base64; `None` takes the item's photo off.
 */
data_base64: string | null, };

export type PhotoArgs = { 
/**
 * A photo id: an item's `photo` value.
 */
photo: string, };

export type SharedPhotoArgs = { person: string, 
/**
 * A photo id: an item's `photo` value in their shared plan.
 */
photo: string, };

export type PhotoDto = { 
/**
 * `data:image/jpeg;base64,...`, ready for an `<img>` (the app's CSP allows
 * data: images only).
 */
data_url: string, width: number, height: number, };

export type SetTextArgs = { 
/**
 * `SECTION.FIELD` of a text field, e.g. `crisis.when_well`.
 */
path: string, text: string, };

export type AddItemArgs = { 
/**
 * `SECTION.FIELD` of a list field, e.g. `crisis.supporters`.
 */
path: string, 
/**
 * The item's primary value (`text`, or `name` for people, `task` for
 * responsibilities); merged into `values`.
 */
text: string | null, 
/**
 * Named values, keys from the field's `item_keys`.
 */
values: { [key in string]: string }, 
/**
 * Insert after this item id; `None` adds at the end.
 */
after: string | null, };

export type EditItemArgs = { path: string, id: string, 
/**
 * Values to change; an empty string clears that value.
 */
values: { [key in string]: string }, };

export type RemoveItemArgs = { path: string, id: string, };

export type MoveItemArgs = { path: string, id: string, 
/**
 * The position it should have afterwards (0 = first).
 */
to_index: number, };

export type SetCrisisStatusArgs = { status: CrisisStatus, 
/**
 * Who: "me" for the person, or the supporter's name.
 */
by: string, };

export type MarkReviewedArgs = { section: string, 
/**
 * `YYYY-MM-DD`; `None` = today (UTC).
 */
date: string | null, };

export type SetValidAsOfArgs = { 
/**
 * `YYYY-MM-DD`; `None` clears it.
 */
date: string | null, };

export type EditResult = { 
/**
 * The new item's id (for `plan_add_item`).
 */
item_id: string | null, 
/**
 * False when the edit changed nothing (e.g. the same text again).
 */
changed: boolean, };

export type ExportFormat = "html" | "json" | "pdf";

export type ExportArgs = { format: ExportFormat, view: PlanViewKind, 
/**
 * Write to this file; `None` returns the content instead (not for PDF).
 */
path: string | null, 
/**
 * The language of the page's headings (a BCP 47 tag); en-GB when absent or not shipped.
 */
locale: string | null, };

export type ExportResult = { path: string | null, 
/**
 * The content when no path was given.
 */
content: string | null, 
/**
 * `text/html`, `application/json` or `application/pdf`.
 */
mime: string, bytes: bigint, };

export type BackupCreateArgs = { path: string, 
/**
 * Protects the backup; it becomes the restored vault's passphrase. The
 * vault's recovery key opens the backup too.
 */
passphrase: string, };

export type BackupCreated = { path: string, bytes: bigint, };

export type BackupRestoreArgs = { file: string, 
/**
 * Where the restored vault goes; must not already hold a vault.
 */
dir: string, passphrase: string | null, recovery_key: string | null, };

export type AppPrefs = { 
/**
 * Text size in percent of the default: 100 to 200.
 */
text_size: number, high_contrast: boolean, reduced_motion: boolean, 
/**
 * Lock after this many idle minutes (1 to 60).
 */
auto_lock_minutes: number, 
/**
 * The chosen language (BCP 47), or `None` for the system's.
 */
locale: string | null, easy_read: boolean, 
/**
 * A system notification when someone who shares their plan with me
 * starts their crisis plan or asks for help (off until turned on).
 */
notify_signals: boolean, 
/**
 * Remind me to look over my plan when a part has gone this many days
 * without a review; 0 is never (the default), at most 365.
 */
review_reminder_days: number, 
/**
 * `YYYY-MM-DD`: the day the last review reminder was shown (one a day at most).
 */
review_reminded_on: string | null, };

export type AppStatus = { 
/**
 * A vault exists (else the first-run welcome shows).
 */
has_vault: boolean, unlocked: boolean, prefs: AppPrefs, };

export type AppCreateArgs = { passphrase: string, };

export type AppUnlockArgs = { passphrase: string | null, recovery_key: string | null, };

export type RecoveryKeySaveArgs = { 
/**
 * The key just shown by `vault_create`; checked before it is written.
 */
recovery_key: string, };

export type AppBackupArgs = { 
/**
 * Protects the backup file (the vault's recovery key opens it too).
 */
passphrase: string, };

export type AppPdfArgs = { view: PlanViewKind, 
/**
 * The language of the headings and the document's words (a BCP 47 tag);
 * en-GB when absent or not shipped.
 */
locale: string | null, };

export type AppRestoreArgs = { bytes: Array<number>, passphrase: string | null, recovery_key: string | null, };

export type SavedFile = { 
/**
 * Full path, to show the person where it is.
 */
path: string, 
/**
 * Just the file name.
 */
name: string, };

export type InviteArgs = { name: string, 
/**
 * Section ids to share, e.g. `["crisis", "after_crisis"]`.
 */
sections: Array<string>, 
/**
 * Send "crisis plan activated" and "ask for help" signals (if they agree).
 */
signals: boolean, 
/**
 * How to name the person to the supporter ("Alex").
 */
from: string | null, };

export type InviteResult = { 
/**
 * `harbour://invite#...`: send it privately (it is the key).
 */
link: string, expires_in_days: number, };

export type SupporterDto = { name: string, sections: Array<string>, 
/**
 * The person confirmed their app's code.
 */
joined: boolean, 
/**
 * Once the person confirmed their app: the code it shows.
 */
confirmation_code: string | null, 
/**
 * Apps that answered the invite and wait for the person to type the
 * code one of them shows: each one's code. More than one means someone
 * else may have the link.
 */
waiting: Array<string>, 
/**
 * As their last reply says; none when another of my devices publishes to them.
 */
read: SupporterRead | null, role_accepted: boolean, signals: boolean, availability: string, notes: Array<string>, };

export type SupporterRead = "not_yet" | "earlier" | "latest";

export type RevokeResult = { name: string, sections: Array<string>, had_received: boolean, 
/**
 * Plain words on what the supporter already has.
 */
message: string, };

export type JoinResult = { person: string, sections: Array<string>, code: string, };

export type SharedDto = { person: string, sections: Array<string>, 
/**
 * False until their first update arrives.
 */
received: boolean, 
/**
 * Signals received (`crisis_plan_activated`, `ask_for_help`).
 */
signals: Array<string>, };

export type SharedShow = { person: string, sections: Array<string>, 
/**
 * Only the shared sections.
 */
view: PlanView, 
/**
 * Their latest check-in and since when, if they share check-ins.
 */
checkin: CheckInSummary | null, };

export type DeviceDto = { id: string, name: string, this_device: boolean, 
/**
 * For a device this one linked: the code it showed when it joined.
 */
confirmation_code: string | null, 
/**
 * A new device that answered a device link and waits for the person to
 * type the code it shows (not yet one of the person's devices).
 */
waiting: boolean, };

export type BundleOutResult = { path: string, bytes: number, };

export type BundleInResult = { accepted: number, duplicates: number, not_for_me: number, 
/**
 * Each refused message, with its code and reason.
 */
refused: Array<Error>, 
/**
 * People who stopped sharing (their plan was removed from this device).
 */
revoked: Array<string>, signals: Array<string>, 
/**
 * Supporters whose app answered their invite: they wait for the
 * person to type the code it shows.
 */
answered: Array<string>, 
/**
 * New devices that answered a device link, waiting the same way.
 */
devices_answered: number, };

export type SupporterState = "invited" | "expired" | "waiting" | "active";

export type SupporterStatus = { name: string, sections: Array<string>, state: SupporterState, 
/**
 * RFC 3339, when they were invited.
 */
invited_at: string, 
/**
 * RFC 3339, when an update from them last arrived on this device.
 */
last_synced: string | null, role_accepted: boolean, 
/**
 * They will receive "crisis plan activated" and "ask for help".
 */
signals: boolean, availability: string, 
/**
 * Their replies, oldest first.
 */
notes: Array<string>, 
/**
 * Once the person confirmed their app: the code it shows.
 */
confirmation_code: string | null, 
/**
 * How far they have read what I share (from their last reply).
 */
read: SupporterRead | null, 
/**
 * How many apps answered the invite while it waits for a code. More
 * than one: someone else may have the link.
 */
answers: number, };

export type RevokedSupporter = { name: string, sections: Array<string>, 
/**
 * RFC 3339.
 */
revoked_at: string, had_received: boolean, };

export type SupportersResult = { supporters: Array<SupporterStatus>, revoked: Array<RevokedSupporter>, };

export type SharePreviewArgs = { sections: Array<string>, };

export type AppInvite = { name: string, link: string, expires_in_days: number, 
/**
 * The link as a QR code (an SVG document), to scan from the screen.
 */
qr_svg: string, };

export type InviteSaveArgs = { name: string, link: string, };

export type SupporterArgs = { name: string, };

export type ConfirmArgs = { name: string, code: string, };

export type DeviceConfirmArgs = { code: string, };

export type JoinArgs = { 
/**
 * A `harbour://invite#...` link (surrounding spaces are ignored).
 */
link: string, };

export type PersonArgs = { person: string, };

export type SignalDto = { 
/**
 * `crisis_plan_activated` or `ask_for_help`.
 */
kind: string, 
/**
 * RFC 3339.
 */
at: string, };

export type SharedStatus = { person: string, sections: Array<string>, 
/**
 * False until their first update arrives.
 */
received: boolean, 
/**
 * RFC 3339, when their last update arrived.
 */
updated_at: string | null, 
/**
 * Something changed since I last read it.
 */
changed: boolean, 
/**
 * Signals not yet seen, newest first.
 */
signals: Array<SignalDto>, role_accepted: boolean, 
/**
 * The code to read to them, until their plan first arrives.
 */
code: string | null, };

export type MyReply = { role_accepted: boolean, signals_ok: boolean, availability: string, notes: Array<string>, };

export type SharedPlan = { person: string, sections: Array<string>, received: boolean, updated_at: string | null, 
/**
 * Only the shared sections.
 */
view: PlanView, 
/**
 * Field ids (`SECTION.FIELD`) that changed since I last marked it read.
 */
changed: Array<string>, 
/**
 * Never read before on this device.
 */
first_read: boolean, signals: Array<SignalDto>, reply: MyReply, 
/**
 * Their latest check-in and since when, if they share check-ins.
 */
checkin: CheckInSummary | null, };

export type ReplyArgs = { person: string, text: string, };

export type AcceptRoleArgs = { person: string, 
/**
 * In my words: when and how I can help ("I can be called at night").
 */
availability: string, 
/**
 * I agree to receive "crisis plan activated" and "ask for help".
 */
signals_ok: boolean, };

export type DeviceLinkResult = { code: string, qr_svg: string, };

export type DeviceJoinArgs = { code: string, 
/**
 * What to call this device ("Sam's laptop").
 */
name: string, };

export type DeviceJoined = { confirmation_code: string, };

export type DeviceArgs = { id: string, };

export type UpdateFileArgs = { bytes: Array<number>, };

export type SyncSettings = { 
/**
 * Off until the person turns it on. While off, Harbour makes no network connection.
 */
enabled: boolean, relay_url: string, };

export type SyncState = "off" | "waiting" | "synced" | "offline" | "error";

export type SyncStatus = { settings: SyncSettings, 
/**
 * The relay transport is part of this build (false: the setting is only stored).
 */
relay_available: boolean, state: SyncState, 
/**
 * RFC 3339, the last time a sync through the relay went through.
 */
last_relay_sync: string | null, 
/**
 * Why the last attempt failed.
 */
last_error: Error | null, 
/**
 * Updates still waiting to be sent.
 */
unsent: number, 
/**
 * RFC 3339, the last update file saved / opened on this device.
 */
last_file_out: string | null, last_file_in: string | null, 
/**
 * RFC 3339, the last time a relay sync brought something in (screens
 * showing shared things reload when it changes).
 */
last_news: string | null, };

export const ERROR_CODES: readonly ErrorCode[] = ["invalid_input", "data_invalid", "internal", "wrong_passphrase", "wrong_recovery_key", "invalid_recovery_key", "passphrase_required", "vault_corrupt", "kdf_params_out_of_range", "backup_corrupt", "vault_exists", "vault_not_found", "vault_too_new", "vault_locked", "io", "storage", "unknown_field", "item_not_found", "too_long", "plan_corrupt", "message_too_large", "message_invalid", "message_unauthentic", "message_replayed", "write_refused", "invite_invalid", "invite_expired", "invite_used", "bundle_invalid", "supporter_not_found", "supporter_exists", "person_not_found", "device_not_found", "rate_limited", "place_name_required", "phone_invalid", "opening_hours_invalid", "coordinates_invalid", "my_place_not_found", "photo_invalid", "photo_too_large", "photo_not_found", "relay_unreachable", "relay_refused", "code_mismatch", "code_ambiguous", "vault_busy", "passphrase_too_short", "output_file_required"];

/** Every command the app's shell answers: its arguments and what it answers. */
export type Commands = {
  helplines: { args: { args: HelplinesArgs }; returns: HelplinesResult };
  find_help: { args: { args: FindHelpArgs }; returns: FindHelpResult };
  my_places_list: { args: {}; returns: MyPlacesResult };
  my_place_add: { args: { args: MyPlaceInput }; returns: MyPlaceDto };
  my_place_edit: { args: { args: MyPlaceEditArgs }; returns: MyPlaceDto };
  my_place_remove: { args: { args: MyPlaceIdArgs }; returns: MyPlacesResult };
  app_take_link: { args: {}; returns: OpenedLink | null };
  app_status: { args: {}; returns: AppStatus };
  app_touch: { args: {}; returns: AppStatus };
  app_create: { args: { args: AppCreateArgs }; returns: VaultCreated };
  app_unlock: { args: { args: AppUnlockArgs }; returns: AppStatus };
  app_lock: { args: {}; returns: AppStatus };
  app_set_prefs: { args: { prefs: AppPrefs }; returns: AppPrefs };
  app_save_recovery_key: { args: { args: RecoveryKeySaveArgs }; returns: SavedFile | null };
  app_save_pdf: { args: { args: AppPdfArgs }; returns: SavedFile | null };
  app_change_passphrase: { args: { args: ChangePassphraseArgs }; returns: null };
  app_recovery_key_show: { args: { args: RecoveryKeyArgs }; returns: RecoveryKeyShown };
  app_recovery_key_new: { args: { args: RecoveryKeyArgs }; returns: RecoveryKeyShown };
  app_backup_create: { args: { args: AppBackupArgs }; returns: SavedFile | null };
  app_backup_restore: { args: { args: AppRestoreArgs }; returns: AppStatus };
  plan_get: { args: { args: PlanGetArgs }; returns: PlanView };
  plan_view: { args: { args: PlanViewArgs }; returns: PlanView };
  plan_set_text: { args: { args: SetTextArgs }; returns: EditResult };
  plan_add_item: { args: { args: AddItemArgs }; returns: EditResult };
  plan_edit_item: { args: { args: EditItemArgs }; returns: EditResult };
  plan_remove_item: { args: { args: RemoveItemArgs }; returns: EditResult };
  plan_move_item: { args: { args: MoveItemArgs }; returns: EditResult };
  plan_set_crisis_status: { args: { args: SetCrisisStatusArgs }; returns: EditResult };
  plan_mark_reviewed: { args: { args: MarkReviewedArgs }; returns: EditResult };
  plan_checkin: { args: { args: CheckInArgs }; returns: CheckInResult };
  plan_checkin_history: { args: {}; returns: CheckInHistory };
  plan_set_photo: { args: { args: SetPhotoArgs }; returns: EditResult };
  plan_photo: { args: { args: PhotoArgs }; returns: PhotoDto };
  sharing_supporters: { args: {}; returns: SupportersResult };
  sharing_preview: { args: { args: SharePreviewArgs }; returns: PlanView };
  sharing_invite: { args: { args: InviteArgs }; returns: AppInvite };
  sharing_invite_save: { args: { args: InviteSaveArgs }; returns: SavedFile | null };
  sharing_revoke: { args: { args: SupporterArgs }; returns: RevokeResult };
  sharing_confirm: { args: { args: ConfirmArgs }; returns: null };
  sharing_join: { args: { args: JoinArgs }; returns: JoinResult };
  sharing_shared: { args: {}; returns: Array<SharedStatus> };
  sharing_shared_show: { args: { args: PersonArgs }; returns: SharedPlan };
  sharing_shared_photo: { args: { args: SharedPhotoArgs }; returns: PhotoDto };
  sharing_mark_read: { args: { args: PersonArgs }; returns: null };
  sharing_reply: { args: { args: ReplyArgs }; returns: null };
  sharing_accept_role: { args: { args: AcceptRoleArgs }; returns: null };
  sharing_ask_for_help: { args: {}; returns: number };
  devices_list: { args: {}; returns: Array<DeviceDto> };
  devices_link: { args: {}; returns: DeviceLinkResult };
  devices_join: { args: { args: DeviceJoinArgs }; returns: DeviceJoined };
  devices_confirm: { args: { args: DeviceConfirmArgs }; returns: DeviceDto };
  devices_remove: { args: { args: DeviceArgs }; returns: DeviceDto };
  sync_save_update_file: { args: {}; returns: SavedFile | null };
  sync_open_update_file: { args: { args: UpdateFileArgs }; returns: BundleInResult };
  sync_open_opened_file: { args: {}; returns: BundleInResult | null };
  sync_status: { args: {}; returns: SyncStatus };
  sync_set: { args: { settings: SyncSettings }; returns: SyncStatus };
  sync_now: { args: {}; returns: SyncStatus };
  sync_wait: { args: {}; returns: boolean };
};

/** The plan's sections, in the order the plan shows them. */
export const PLAN_SECTIONS = ["toolbox", "daily", "triggers", "early_warning", "breaking_down", "crisis", "after_crisis", "reasons"] as const;

/** The sections a supporter can be given, in the order the sharing screen offers them. */
export const SHAREABLE_SECTIONS = ["crisis", "after_crisis", "toolbox", "daily", "triggers", "early_warning", "breaking_down", "reasons", "checkins"] as const;
