//! `harbour init`, `harbour plan ...` and `harbour backup ...`.

use crate::print;
use clap::{Subcommand, ValueEnum};
use harbour_api::{Error, ErrorCode, View};
use harbour_services::Session;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum PlanCommand {
    /// Print the plan, or one section of it.
    Show {
        /// A section id: toolbox, daily, triggers, early_warning, breaking_down,
        /// crisis, after_crisis, reasons.
        section: Option<String>,
    },
    /// Set a text field, e.g. `plan set crisis.when_well "Chatty, likes jokes"`.
    Set {
        /// SECTION.FIELD
        field: String,
        text: String,
    },
    /// Add an item to a list; prints the new item's id.
    Add {
        /// SECTION.LIST
        list: String,
        text: String,
    },
    /// Remove an item from a list by its id.
    Remove {
        /// SECTION.LIST
        list: String,
        id: String,
    },
    /// Write the plan to a file as HTML (printable), JSON or PDF.
    Export {
        #[arg(long, value_enum)]
        format: Format,
        #[arg(long, value_enum, default_value = "full")]
        view: ViewArg,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// The language of the headings (e.g. cy, ar; en-XA or ar-XB for the
        /// translators' pseudo-locales); default: the system's, else en-GB.
        #[arg(long)]
        lang: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum BackupCommand {
    /// Write an encrypted backup file (opened later by your passphrase or recovery key).
    Create {
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Restore a backup file into the vault directory (which must not hold a vault).
    Restore {
        file: PathBuf,
        /// Open the backup with the recovery key instead of the passphrase.
        #[arg(long, env = "HARBOUR_RECOVERY_KEY", hide_env_values = true)]
        recovery_key: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Html,
    Json,
    /// A4 pages; the card as cards on A4 with cut marks. Needs `-o FILE`.
    Pdf,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ViewArg {
    Full,
    Safety,
    Crisis,
    /// The wallet-sized crisis card.
    Card,
    /// The crisis plan as an advance choice document.
    #[value(alias = "advance_choice")]
    AdvanceChoice,
}

/// The passphrase from `$HARBOUR_PASSPHRASE`, else asked for on the terminal.
pub(crate) fn passphrase(confirm: bool) -> Result<String, Error> {
    if let Ok(p) = std::env::var("HARBOUR_PASSPHRASE") {
        if !p.is_empty() {
            return Ok(p);
        }
    }
    let required = || {
        Error::new(
            ErrorCode::PassphraseRequired,
            "no passphrase: set HARBOUR_PASSPHRASE or run in a terminal",
        )
    };
    if !std::io::stdin().is_terminal() {
        return Err(required());
    }
    let p = rpassword::prompt_password("Passphrase: ").map_err(|_| required())?;
    if confirm {
        let again = rpassword::prompt_password("Passphrase again: ").map_err(|_| required())?;
        if again != p {
            return Err(Error::invalid_input("the two passphrases are not the same"));
        }
    }
    if p.is_empty() {
        return Err(required());
    }
    Ok(p)
}

fn vault_dir(vault: &Option<PathBuf>) -> Result<PathBuf, Error> {
    match vault {
        Some(v) => Ok(v.clone()),
        None => harbour_services::default_vault_dir(),
    }
}

fn dir_string(dir: &Path) -> String {
    dir.to_string_lossy().into_owned()
}

pub(crate) fn open(vault: &Option<PathBuf>) -> Result<(Session, String), Error> {
    let dir = vault_dir(vault)?;
    let pass = passphrase(false)?;
    let (session, _) = harbour_services::vault_open(harbour_api::VaultOpenArgs {
        dir: dir_string(&dir),
        passphrase: Some(pass.clone()),
        recovery_key: None,
    })?;
    Ok((session, pass))
}

pub fn init(vault: &Option<PathBuf>, json: bool, low_memory: bool) -> Result<(), Error> {
    let dir = vault_dir(vault)?;
    let pass = passphrase(true)?;
    let kdf = if low_memory {
        harbour_api::KdfParams::fastest_legal()
    } else {
        harbour_api::KdfParams::DEFAULT
    };
    let (session, created) = harbour_services::vault_create_with(
        harbour_api::VaultCreateArgs {
            dir: dir_string(&dir),
            passphrase: pass,
        },
        kdf,
    )?;
    session.lock();
    if json {
        return print::json(&created);
    }
    println!("Created your vault in {}", created.dir);
    println!();
    println!("Your recovery key (shown only this once):");
    println!();
    println!("    {}", created.recovery_key);
    println!();
    println!("Write it down or print it, and keep it somewhere safe. It opens your");
    println!("vault and your backups if you forget your passphrase.");
    Ok(())
}

pub fn plan(vault: &Option<PathBuf>, json: bool, cmd: &PlanCommand) -> Result<(), Error> {
    let (mut session, _) = open(vault)?;
    let result = run_plan(&mut session, json, cmd);
    session.lock();
    result
}

fn run_plan(session: &mut Session, json: bool, cmd: &PlanCommand) -> Result<(), Error> {
    match cmd {
        PlanCommand::Show { section } => {
            let view = session.plan_get(harbour_api::PlanGetArgs {
                section: section.clone(),
            })?;
            if json {
                print::json(&view)
            } else {
                show(&view);
                Ok(())
            }
        }
        PlanCommand::Set { field, text } => {
            let r = session.plan_set_text(harbour_api::SetTextArgs {
                path: field.clone(),
                text: text.clone(),
            })?;
            if json {
                print::json(&r)
            } else {
                println!("Saved {field}");
                Ok(())
            }
        }
        PlanCommand::Add { list, text } => {
            let r = session.plan_add_item(harbour_api::AddItemArgs {
                path: list.clone(),
                text: Some(text.clone()),
                ..Default::default()
            })?;
            if json {
                print::json(&r)
            } else {
                println!("{}", r.item_id.unwrap_or_default());
                Ok(())
            }
        }
        PlanCommand::Remove { list, id } => {
            let r = session.plan_remove_item(harbour_api::RemoveItemArgs {
                path: list.clone(),
                id: id.clone(),
            })?;
            if json {
                print::json(&r)
            } else {
                println!("Removed {id} from {list}");
                Ok(())
            }
        }
        PlanCommand::Export {
            format,
            view,
            output,
            lang,
        } => {
            let format = match format {
                Format::Html => harbour_api::ExportFormat::Html,
                Format::Json => harbour_api::ExportFormat::Json,
                Format::Pdf => harbour_api::ExportFormat::Pdf,
            };
            // `-o -` is standard output: no place for binary PDF bytes.
            let path = (output.as_os_str() != "-" || format != harbour_api::ExportFormat::Pdf)
                .then(|| dir_string(output));
            let r = session.plan_export(harbour_api::ExportArgs {
                format,
                view: match view {
                    ViewArg::Full => harbour_api::ViewKind::Full,
                    ViewArg::Safety => harbour_api::ViewKind::Safety,
                    ViewArg::Crisis => harbour_api::ViewKind::Crisis,
                    ViewArg::Card => harbour_api::ViewKind::Card,
                    ViewArg::AdvanceChoice => harbour_api::ViewKind::AdvanceChoice,
                },
                path,
                locale: Some(lang.clone().unwrap_or_else(system_language)),
            })?;
            if json {
                print::json(&r)
            } else {
                println!("Wrote {} ({} bytes)", output.display(), r.bytes);
                Ok(())
            }
        }
    }
}

pub fn backup(vault: &Option<PathBuf>, json: bool, cmd: &BackupCommand) -> Result<(), Error> {
    match cmd {
        BackupCommand::Create { output } => {
            let (mut session, pass) = open(vault)?;
            let r = session.backup_create(harbour_api::BackupCreateArgs {
                path: dir_string(output),
                passphrase: pass,
            });
            session.lock();
            let r = r?;
            if json {
                print::json(&r)
            } else {
                println!(
                    "Wrote an encrypted backup to {} ({} bytes). Your passphrase or your recovery key opens it.",
                    output.display(),
                    r.bytes
                );
                Ok(())
            }
        }
        BackupCommand::Restore { file, recovery_key } => {
            let dir = vault_dir(vault)?;
            let (passphrase, recovery_key) = match recovery_key {
                Some(k) => (None, Some(k.clone())),
                None => (Some(passphrase(false)?), None),
            };
            let (session, opened) =
                harbour_services::backup_restore(harbour_api::BackupRestoreArgs {
                    file: dir_string(file),
                    dir: dir_string(&dir),
                    passphrase,
                    recovery_key,
                })?;
            session.lock();
            if json {
                print::json(&opened)
            } else {
                println!("Restored your vault into {}", opened.dir);
                Ok(())
            }
        }
    }
}

/// Human-readable plan, with ids so items can be removed.
/// The system's preferred language among the shipped ones (en-GB when none fits).
fn system_language() -> String {
    let set = harbour_l10n::LocaleSet::bundled();
    harbour_l10n::negotiate(&harbour_l10n::system_locales(), &set.available())
}

fn show(view: &View) {
    // The rest of the CLI speaks en-GB; its section names match.
    let labels = harbour_services::export::Labels::new("en-GB");
    if let Some(d) = &view.valid_as_of {
        println!("Valid as of {d}");
    }
    let s = &view.crisis_state;
    print!("Crisis plan: {}", s.status.as_str());
    if let Some(by) = &s.by {
        print!(" (by {by}");
        if let Some(at) = &s.at {
            print!(", {at}");
        }
        print!(")");
    }
    println!();
    for section in &view.sections {
        println!();
        let reviewed = section
            .last_reviewed
            .as_deref()
            .map(|d| format!("last reviewed {d}"))
            .unwrap_or_else(|| "not reviewed yet".into());
        println!(
            "== {} ({}) — {reviewed}",
            labels.section(&section.id),
            section.id
        );
        for f in &section.fields {
            if f.kind == "text" {
                if f.text.is_empty() {
                    println!("{}: —", f.id);
                } else {
                    println!("{}:", f.id);
                    for line in f.text.lines() {
                        println!("    {line}");
                    }
                }
            } else if f.items.is_empty() {
                println!("{}: —", f.id);
            } else {
                println!("{}:", f.id);
                for item in &f.items {
                    let mut keys = f.item_keys.iter();
                    let primary = keys
                        .next()
                        .and_then(|k| item.values.get(k))
                        .map(String::as_str)
                        .unwrap_or("");
                    let extra: Vec<String> = keys
                        .filter_map(|k| item.values.get(k).map(|v| format!("{k}: {v}")))
                        .collect();
                    if extra.is_empty() {
                        println!("  - {primary}  [{}]", item.id);
                    } else {
                        println!("  - {primary} ({})  [{}]", extra.join("; "), item.id);
                    }
                }
            }
        }
    }
}
