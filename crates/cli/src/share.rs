//! `harbour supporters|join|shared|reply|devices|sync|ask-for-help`.

use crate::print;
use clap::Subcommand;
use harbour_api::sharing::InviteArgs;
use harbour_api::{Error, ErrorCode};
use harbour_services::sharing::Sharing;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum ShareCommand {
    /// The people you share your plan with.
    Supporters {
        #[command(subcommand)]
        command: SupportersCommand,
    },
    /// Accept an invite someone sent you (a harbour://invite# link, or a file holding it).
    Join { invite: String },
    /// What others share with you.
    Shared {
        #[command(subcommand)]
        command: SharedCommand,
    },
    /// Send a short reply to someone who shares their plan with you.
    Reply { person: String, text: String },
    /// Your own devices (phone, laptop).
    Devices {
        #[command(subcommand)]
        command: DevicesCommand,
    },
    /// Send and receive updates: through a relay, or as files.
    Sync {
        /// A relay URL (https://..., or http:// on this computer). Only then
        /// does Harbour connect to the network.
        #[arg(long)]
        relay: Option<String>,
        /// Write everything to send into this file.
        #[arg(long)]
        bundle_out: Option<PathBuf>,
        /// Read updates from this file.
        #[arg(long)]
        bundle_in: Option<PathBuf>,
    },
    /// Tell supporters who agreed that you would like help now.
    AskForHelp,
}

#[derive(Subcommand)]
pub enum SupportersCommand {
    /// Invite someone; prints an invite link to send them privately.
    Invite {
        name: String,
        /// Sections to share, e.g. crisis,after_crisis
        #[arg(long, value_delimiter = ',', required = true)]
        sections: Vec<String>,
        /// Also write the link into this file.
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// Send them "crisis plan activated" and "ask for help" signals (if they agree).
        #[arg(long)]
        signals: bool,
        /// Your name as they will see it.
        #[arg(long, default_value = "")]
        from: String,
    },
    List,
    /// Admit the app that shows CODE as NAME's (ask them to read it to you).
    /// Nothing is shared with them until you do.
    Confirm {
        name: String,
        code: String,
    },
    /// Stop sharing with someone.
    Revoke {
        name: String,
    },
}

#[derive(Subcommand)]
pub enum SharedCommand {
    List,
    Show {
        person: String,
    },
    /// Accept your role in PERSON's plan, as the app's "I accept" does.
    Accept {
        person: String,
        /// When and how you can help, in your words ("evenings, by phone").
        #[arg(long, default_value = "")]
        availability: String,
        /// Receive their "crisis plan activated" and "ask for help" signals
        /// (sent only if they offered them too).
        #[arg(long)]
        signals: bool,
    },
}

#[derive(Subcommand)]
pub enum DevicesCommand {
    /// Prints a code to enter on your new device.
    Link,
    /// On the new device: enter the code from `devices link`.
    Join {
        code: String,
        #[arg(long, default_value = "")]
        name: String,
    },
    List,
    /// Admit the new device that shows CODE. Nothing is sent to it until you do.
    Confirm {
        code: String,
    },
    /// Remove a lost device (its id, the start of it, or its name).
    Remove {
        device: String,
    },
}

fn open(vault: &Option<PathBuf>) -> Result<Sharing, Error> {
    let dir = match vault {
        Some(v) => v.clone(),
        None => harbour_services::default_vault_dir()?,
    };
    Sharing::open(&dir, &crate::plan::passphrase(false)?)
}

fn read_invite(arg: &str) -> Result<String, Error> {
    if arg.starts_with("harbour://") {
        return Ok(arg.to_string());
    }
    let path = Path::new(arg);
    let meta = std::fs::metadata(path).map_err(|e| {
        Error::new(
            ErrorCode::InviteInvalid,
            format!("not an invite link, and no file {arg}: {e}"),
        )
    })?;
    if meta.len() > 8192 {
        return Err(Error::new(
            ErrorCode::InviteInvalid,
            "this file is too large to be an invite",
        ));
    }
    std::fs::read_to_string(path).map_err(|e| {
        Error::new(
            ErrorCode::InviteInvalid,
            format!("could not read {arg}: {e}"),
        )
    })
}

fn done(json: bool, value: &impl serde::Serialize, text: impl FnOnce()) -> Result<(), Error> {
    if json {
        print::json(value)
    } else {
        text();
        Ok(())
    }
}

pub fn run(command: &ShareCommand, vault: &Option<PathBuf>, json: bool) -> Result<(), Error> {
    let mut s = open(vault)?;
    match command {
        ShareCommand::Supporters { command } => {
            match command {
                SupportersCommand::Invite {
                    name,
                    sections,
                    output,
                    signals,
                    from,
                } => {
                    let r = s.supporters_invite(InviteArgs {
                        name: name.clone(),
                        sections: sections.clone(),
                        signals: *signals,
                        from: Some(from.clone()),
                    })?;
                    if let Some(o) = output {
                        let link = format!("{}\n", r.link);
                        harbour_services::files::write_atomically(o, link.as_bytes())?;
                    }
                    done(json, &r, || {
                        println!("{}", r.link);
                        eprintln!(
                        "Send this link to {name} privately. It works for {} days.\nNothing is shared until their app has answered and you type the code it shows: `harbour supporters confirm {name} CODE`.",
                        r.expires_in_days
                    );
                    })
                }
                SupportersCommand::List => {
                    let l = s.supporters_list()?;
                    done(json, &l, || {
                        if l.is_empty() {
                            println!("You are not sharing your plan with anyone.");
                        }
                        for x in &l {
                            let state = if x.joined {
                                "joined"
                            } else if !x.waiting.is_empty() {
                                "waiting"
                            } else {
                                "invited"
                            };
                            match &x.confirmation_code {
                                Some(c) => println!(
                                    "{}\t{}\t{state}\tconfirmation code {c}",
                                    x.name,
                                    x.sections.join(",")
                                ),
                                None => println!("{}\t{}\t{state}", x.name, x.sections.join(",")),
                            }
                            for c in &x.waiting {
                                println!("  an app answered, showing code {c}: if it is theirs, `harbour supporters confirm {} CODE`", x.name);
                            }
                            if x.waiting.len() > 1 {
                                println!("  Warning: more than one app answered. Someone else may have the link; if in doubt, revoke and invite again.");
                            }
                            for n in &x.notes {
                                println!("  \u{201c}{n}\u{201d}");
                            }
                        }
                    })
                }
                SupportersCommand::Confirm { name, code } => {
                    s.supporters_confirm(name, code)?;
                    done(
                        json,
                        &serde_json::json!({ "ok": true, "name": name }),
                        || {
                            println!("Confirmed. {name} will receive what you share with your next sync.")
                        },
                    )
                }
                SupportersCommand::Revoke { name } => {
                    let r = s.supporters_revoke(name)?;
                    done(json, &r, || println!("{}", r.message))
                }
            }
        }
        ShareCommand::Join { invite } => {
            let r = s.join(&read_invite(invite)?)?;
            // `confirmation_code` as well, the name `devices join` uses.
            let out = serde_json::json!({
                "person": r.person,
                "sections": r.sections,
                "code": r.code,
                "confirmation_code": r.code,
            });
            done(json, &out, || {
                println!(
                    "{} shares with you: {}.\nConfirmation code: {}. Read it to them: nothing is shared until they type it.\nNext, sync (`harbour sync --bundle-out FILE`, or `--relay URL`) so their app gets your answer; their plan comes with their next update.",
                    r.person,
                    r.sections.join(", "),
                    r.code
                );
                // A pointer to the guide for supporters the app shows on joining.
                println!(
                    "\nYour role as a supporter: the plan {} shares with you says what they ask of you. You are not their clinician, you do not have to be there all the time, and their plan is private: do not pass it on. If you are worried and cannot reach them and their life is in danger, call 999 (or 112). For helplines: `harbour helplines`.",
                    r.person
                )
            })
        }
        ShareCommand::Shared { command } => match command {
            SharedCommand::List => {
                let l = s.shared_list();
                done(json, &l, || {
                    if l.is_empty() {
                        println!("Nobody shares a plan with you yet.");
                    }
                    for x in &l {
                        println!("{}\t{}", x.person, x.sections.join(","));
                    }
                })
            }
            SharedCommand::Accept {
                person,
                availability,
                signals,
            } => {
                s.accept_role(person, availability, *signals)?;
                let r = serde_json::json!({
                    "person": person,
                    "role_accepted": true,
                    "signals_ok": signals,
                });
                done(json, &r, || {
                    println!("You accepted your role in {person}'s plan.");
                    eprintln!("Next, sync (`harbour sync --relay URL` or `--bundle-out FILE`) so {person} sees it.");
                })
            }
            SharedCommand::Show { person } => {
                let r = s.shared_show(person)?;
                done(json, &r, || {
                    println!("{}'s plan (shared with you)", r.person);
                    if let Some(latest) = &r.checkin {
                        println!("Check-in: {}", crate::checkin::since(latest));
                    }
                    for sec in &r.view.sections {
                        println!("\n## {}", sec.id);
                        for f in &sec.fields {
                            if !f.text.is_empty() {
                                println!("{}: {}", f.id, f.text);
                            }
                            for it in &f.items {
                                let vals: Vec<&str> =
                                    it.values.values().map(String::as_str).collect();
                                println!("{}: - {}", f.id, vals.join(" / "));
                            }
                        }
                    }
                })
            }
        },
        ShareCommand::Reply { person, text } => {
            s.reply(person, text)?;
            done(json, &serde_json::json!({"ok": true}), || {
                println!("Your reply will go with your next sync.")
            })
        }
        ShareCommand::Devices { command } => match command {
            DevicesCommand::Link => {
                let code = s.devices_link()?;
                done(json, &serde_json::json!({ "code": code }), || {
                    println!("{code}");
                    eprintln!("Enter this on your new device with `harbour devices join CODE`, then sync both ways.");
                })
            }
            DevicesCommand::Join { code, name } => {
                let c = s.devices_join(code, name)?;
                done(
                    json,
                    &serde_json::json!({ "code": c, "confirmation_code": c }),
                    || {
                        println!("Confirmation code: {c}. Sync now (send your other device a file, or use the relay), then type this code there: `harbour devices confirm CODE`. Your plan arrives with its next sync after that.")
                    },
                )
            }
            DevicesCommand::List => {
                let l = s.devices_list()?;
                done(json, &l, || {
                    for d in l.iter().filter(|d| d.waiting) {
                        let code = d.confirmation_code.as_deref().unwrap_or("");
                        println!("{}\twaiting\tan answer showing code {code}: if it is your new device, `harbour devices confirm CODE`", &d.id[..8.min(d.id.len())]);
                    }
                    for d in l.iter().filter(|d| !d.waiting) {
                        let me = if d.this_device { " (this device)" } else { "" };
                        let code = d
                            .confirmation_code
                            .as_ref()
                            .map(|c| format!("\tconfirmation code {c}"))
                            .unwrap_or_default();
                        let name = if d.name.is_empty() {
                            "(no name)"
                        } else {
                            &d.name
                        };
                        println!("{}\t{name}{me}{code}", &d.id[..8.min(d.id.len())]);
                    }
                })
            }
            DevicesCommand::Confirm { code } => {
                let d = s.devices_confirm(code)?;
                done(json, &d, || {
                    println!("Confirmed. Sync now: the new device gets your plan and keys with it.")
                })
            }
            DevicesCommand::Remove { device } => {
                let d = s.devices_remove(device)?;
                done(json, &d, || {
                    println!(
                        "Removed {}. Your devices and supporters now use new keys: it keeps what it \
                         already had and reads nothing new. Supporters who joined before Harbour \
                         kept their keys only move on if you invite them again.",
                        d.name
                    )
                })
            }
        },
        ShareCommand::Sync {
            relay,
            bundle_out,
            bundle_in,
        } => {
            if relay.is_none() && bundle_in.is_none() && bundle_out.is_none() {
                return Err(Error::invalid_input(
                    "give --relay URL, or --bundle-in FILE and/or --bundle-out FILE",
                ));
            }
            let mut out = serde_json::Map::new();
            if let Some(url) = relay {
                let r = s.relay_sync(url)?;
                if !json {
                    println!(
                        "Synced with the relay: sent {}, received {} ({} new, {} already had).",
                        r.sent, r.received, r.accepted, r.duplicates
                    );
                    if r.unsent > 0 {
                        println!("{} update(s) will be sent next time.", r.unsent);
                    }
                    print_received(&r.refused, &r.revoked, &r.signals);
                    print_answers(&r.answered, r.devices_answered);
                }
                out.insert("relay".into(), serde_json::to_value(&r).unwrap_or_default());
            }
            if let Some(p) = bundle_in {
                let r = s.bundle_in(p)?;
                if !json {
                    println!(
                        "Received {} updates ({} already had).",
                        r.accepted, r.duplicates
                    );
                    print_received(&r.refused, &r.revoked, &r.signals);
                    print_answers(&r.answered, r.devices_answered);
                }
                out.insert(
                    "bundle_in".into(),
                    serde_json::to_value(&r).unwrap_or_default(),
                );
            }
            if let Some(p) = bundle_out {
                let r = s.bundle_out(p)?;
                if !json {
                    println!("Wrote {} ({} bytes).", r.path, r.bytes);
                }
                out.insert(
                    "bundle_out".into(),
                    serde_json::to_value(&r).unwrap_or_default(),
                );
            }
            if json {
                print::json(&out)?;
            }
            Ok(())
        }
        ShareCommand::AskForHelp => {
            let n = s.ask_for_help()?;
            done(json, &serde_json::json!({ "supporters": n }), || {
                println!("{n} supporter(s) will be told you asked for help at your next sync. This does not call emergency services.")
            })
        }
    }
}

/// Answers that wait for the person's code: the next step, in words.
fn print_answers(answered: &[String], devices: u32) {
    for who in answered {
        println!("{who}'s app answered. Ask {who} to read you the code it shows, then: harbour supporters confirm \"{who}\" CODE");
    }
    if devices > 0 {
        println!("A new device answered. Type the code it shows: harbour devices confirm CODE");
    }
}

/// What any sync brought in, for a person reading the terminal: refused
/// updates, plans removed because their owner stopped sharing, crisis signals.
fn print_received(refused: &[Error], revoked: &[String], signals: &[String]) {
    for e in refused {
        println!("Refused: {} [{}]", e.message, e.code.as_str());
    }
    for who in revoked {
        println!(
            "{who} stopped sharing their plan with you; it has been removed from this device."
        );
    }
    for sig in signals {
        println!("Signal: {sig} (Harbour does not call emergency services.)");
    }
}
