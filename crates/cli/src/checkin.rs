//! `harbour checkin green|amber|red [--note TEXT]` and `harbour checkin history`.

use crate::print;
use harbour_api::{CheckIn, CheckInArgs, CheckInState, CheckInSummary, Error, ErrorCode};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct CheckInCommand {
    /// green, amber or red: how you are today. Or `history`: every check-in so far.
    #[arg(value_parser = ["green", "amber", "red", "history"])]
    what: String,
    /// A few words about how you are (kept private; supporters see only the colour).
    #[arg(long)]
    note: Option<String>,
}

pub fn run(vault: &Option<PathBuf>, json: bool, cmd: &CheckInCommand) -> Result<(), Error> {
    let (mut session, _) = crate::plan::open(vault)?;
    let result = run_in(&mut session, json, cmd);
    session.lock();
    result
}

fn run_in(
    session: &mut harbour_services::Session,
    json: bool,
    cmd: &CheckInCommand,
) -> Result<(), Error> {
    let Some(state) = CheckInState::parse(&cmd.what) else {
        if cmd.note.is_some() {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "--note goes with a check-in (green, amber or red), not with history",
            ));
        }
        let history = session.checkin_history()?;
        if json {
            return print::json(&history);
        }
        if history.checkins.is_empty() {
            println!("No check-ins yet. Check in with `harbour checkin green|amber|red`.");
        }
        for c in &history.checkins {
            println!("{}", line(c));
        }
        if let Some(latest) = &history.latest {
            println!("\n{}", since(latest));
        }
        return Ok(());
    };
    let r = session.checkin(CheckInArgs {
        state,
        note: cmd.note.clone(),
    })?;
    if json {
        return print::json(&r);
    }
    println!("Checked in: {}", line(&r.checkin));
    println!("{}", since(&r.latest));
    if state == CheckInState::Red {
        println!(
            "Your crisis plan is one step away: `harbour plan show crisis`. To ask your supporters for help: `harbour ask-for-help`. Nothing is sent unless you choose to."
        );
    }
    Ok(())
}

fn line(c: &CheckIn) -> String {
    let mut out = format!("{}  {}", c.at, c.state.as_str());
    if !c.note.is_empty() {
        out.push_str("  ");
        out.push_str(&c.note);
    }
    out
}

/// "amber since 2026-12-01" (the day, UTC).
pub fn since(s: &CheckInSummary) -> String {
    format!(
        "{} since {}",
        s.state.as_str(),
        s.since.get(..10).unwrap_or(&s.since)
    )
}
