//! The shell's commands through Tauri's IPC on the mock runtime (no window,
//! no plugins): what the page sends is what these send, JSON in and out, so
//! a command in the table (`harbour_api::commands`, which types the UI's
//! calls, so the UI can call no other) that the shell forgot to register, an
//! argument name out of step, or an error that loses its code fails here,
//! before any end-to-end run.

use harbour_api::commands::COMMANDS;
use harbour_app_lib::run_app;
use harbour_session::{AppSession, AppState};
use serde_json::{json, Value};
use std::path::Path;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

const PASS: &str = "kettle river yellow sock";

struct Shell {
    _app: tauri::App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

impl Shell {
    fn new(dir: &Path) -> Self {
        let session = AppSession::new(dir.join("data"))
            .with_export_dir(Some(dir.join("export")))
            .with_fast_kdf(true);
        let app = run_app(mock_builder())
            .manage(AppState::new(session))
            .build(mock_context(noop_assets()))
            .expect("the shell builds on the mock runtime");
        let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("a mock window");
        Self { _app: app, window }
    }

    /// `invoke(cmd, body)` as the page makes it.
    fn invoke(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        get_ipc_response(
            &self.window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().expect("a URL"),
                body: InvokeBody::Json(body),
                headers: Default::default(),
                invoke_key: tauri::test::INVOKE_KEY.into(),
            },
        )
        .map(|b| b.deserialize::<Value>().expect("JSON"))
    }

    fn ok(&self, cmd: &str, body: Value) -> Value {
        self.invoke(cmd, body)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    /// The `code` of a refused call, as `toApiError` in `ui/src/lib/api.ts` reads it.
    fn code(&self, cmd: &str, body: Value) -> String {
        match self.invoke(cmd, body) {
            Ok(v) => panic!("{cmd} answered {v}, expected a refusal"),
            Err(e) => e["code"]
                .as_str()
                .unwrap_or_else(|| panic!("{cmd}: an error without a code: {e}"))
                .to_string(),
        }
    }
}

#[test]
fn every_command_in_the_table_is_answered_with_its_arguments() {
    let tmp = tempfile::tempdir().unwrap();
    let shell = Shell::new(tmp.path());
    // A name no command has is refused as such: the checks below can fail.
    let missing = shell.invoke("plan_set_txt", json!({})).unwrap_err();
    assert!(missing.to_string().contains("not found"), "{missing}");
    for (name, args) in COMMANDS {
        // Opens the save dialog, which the mock runtime does not have.
        if *name == "sync_save_update_file" {
            continue;
        }
        // Called without its arguments: refused for want of exactly the
        // first one the table names, or (none needed) run on a locked vault.
        match (shell.invoke(name, json!({})), args.first()) {
            (Err(e), Some(arg)) => assert!(
                e.as_str()
                    .is_some_and(|m| m.ends_with(&format!("missing required key {arg}"))),
                "{name}: {e}"
            ),
            (Err(e), None) => assert!(!e.to_string().contains("not found"), "{name}: {e}"),
            (Ok(v), Some(arg)) => panic!("{name} answered {v} without {arg}"),
            (Ok(_), None) => {}
        }
    }
    assert!(COMMANDS.len() > 40, "the table lists the app's commands");
}

#[test]
fn a_plan_written_through_the_shell_reads_back_and_locks_away() {
    let tmp = tempfile::tempdir().unwrap();
    let shell = Shell::new(tmp.path());
    let status = shell.ok("app_status", json!({}));
    assert_eq!(status["has_vault"], false);
    assert_eq!(
        shell.code("plan_get", json!({ "args": {} })),
        "vault_locked"
    );

    let created = shell.ok("app_create", json!({ "args": { "passphrase": PASS } }));
    assert!(created["recovery_key"].is_string(), "{created}");
    shell.ok(
        "plan_set_text",
        json!({ "args": { "path": "crisis.money", "text": "Pay the rent first" } }),
    );
    let view = shell.ok("plan_get", json!({ "args": { "section": "crisis" } }));
    assert!(
        view.to_string().contains("Pay the rent first"),
        "the edit is in the plan: {view}"
    );

    // A field the registry does not have: a coded refusal, nothing written.
    assert_eq!(
        shell.code(
            "plan_set_text",
            json!({ "args": { "path": "crisis.nonsense", "text": "x" } })
        ),
        "unknown_field"
    );

    shell.ok("app_lock", json!({}));
    assert_eq!(
        shell.code("plan_get", json!({ "args": {} })),
        "vault_locked"
    );
    assert_eq!(
        shell.code("app_unlock", json!({ "args": { "passphrase": "wrong" } })),
        "wrong_passphrase"
    );
    let unlocked = shell.ok("app_unlock", json!({ "args": { "passphrase": PASS } }));
    assert_eq!(unlocked["unlocked"], true);
    let view = shell.ok("plan_get", json!({ "args": {} }));
    assert!(view.to_string().contains("Pay the rent first"));
}

#[test]
fn arguments_of_the_wrong_shape_are_refused_and_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let shell = Shell::new(tmp.path());
    shell.ok("app_create", json!({ "args": { "passphrase": PASS } }));
    shell.ok(
        "plan_set_text",
        json!({ "args": { "path": "crisis.money", "text": "kept" } }),
    );
    for (cmd, body) in [
        (
            "plan_set_text",
            json!({ "args": { "path": 5, "text": "x" } }),
        ),
        ("plan_set_text", json!({ "args": "crisis.money" })),
        ("plan_set_text", json!({ "arguments": {} })),
        ("plan_set_text", json!([1, 2, 3])),
        (
            "plan_add_item",
            json!({ "args": { "path": "crisis.allergies" } }),
        ),
        ("app_set_prefs", json!({ "prefs": { "text_size": 9000 } })),
        (
            "sharing_join",
            json!({ "args": { "link": "harbour://invite#junk" } }),
        ),
        (
            "app_backup_restore",
            json!({ "args": { "bytes": [1, 2, 3] } }),
        ),
    ] {
        assert!(
            shell.invoke(cmd, body.clone()).is_err(),
            "{cmd} took {body}"
        );
    }
    let view = shell.ok("plan_get", json!({ "args": { "section": "crisis" } }));
    assert!(view.to_string().contains("kept"), "{view}");
    assert_eq!(shell.ok("app_status", json!({}))["unlocked"], true);
}
