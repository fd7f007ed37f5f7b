//! `harbour directory near|import`: crisis cafés, safe havens and peer groups, offline.

use clap::Subcommand;
use harbour_api::directory::{
    FindHelpArgs, FindHelpResult, ImportArgs, ImportProblemDto, OpenStatusDto,
};
use harbour_api::Error;
use std::path::Path;

#[derive(Subcommand)]
pub enum DirectoryCommand {
    /// Places near a town or LAT,LON, nearest first, with their open status.
    Near {
        /// A town ("Grantham"), or LAT,LON ("52.91,-0.64").
        place: String,
        /// Only this kind: crisis_cafe, safe_haven, crisis_house, peer_group, drop_in, helpline.
        #[arg(long)]
        kind: Vec<String>,
        /// Only places open now.
        #[arg(long, conflicts_with = "at")]
        open_now: bool,
        /// Only places open at TIME: HH:MM today, or YYYY-MM-DDTHH:MM (UK time).
        #[arg(long)]
        at: Option<String>,
        /// Only places that list this language (e.g. pl).
        #[arg(long)]
        language: Option<String>,
        /// At most N places.
        #[arg(long, default_value_t = 10)]
        limit: u32,
    },
    /// Import public services from an HSDS 3 JSON file, or Open Referral UK CSV (its
    /// services.csv or the folder of its tables). Valid records import; each refused or
    /// changed record is listed.
    Import {
        file: String,
        /// hsds or oruk-csv (default: from the path; a folder or .csv is oruk-csv).
        #[arg(long)]
        format: Option<String>,
        /// The URL the data came from, recorded as each service's source.
        #[arg(long)]
        source: Option<String>,
    },
}

pub fn run(command: &DirectoryCommand, json: bool, vault: Option<&Path>) -> Result<(), Error> {
    match command {
        DirectoryCommand::Near {
            place,
            kind,
            open_now,
            at,
            language,
            limit,
        } => {
            let result = harbour_places::directory::find_help(
                FindHelpArgs {
                    place: place.clone(),
                    kinds: Some(kind.clone()),
                    open_now: Some(*open_now),
                    at: at.clone(),
                    language: language.clone(),
                    limit: Some(*limit),
                },
                vault,
            )?;
            if json {
                crate::print::json(&result)
            } else {
                print_near(&result);
                Ok(())
            }
        }
        DirectoryCommand::Import {
            file,
            format,
            source,
        } => {
            let dir = vault.ok_or_else(|| {
                Error::invalid_input("say where to keep imports: --vault DIR (or HARBOUR_VAULT)")
            })?;
            let result = harbour_places::directory::import_directory(
                ImportArgs {
                    file: file.clone(),
                    format: format.clone(),
                    source: source.clone(),
                },
                dir,
            )?;
            if json {
                crate::print::json(&result)
            } else {
                println!(
                    "Imported {} services from {} ({} imported in all).",
                    result.imported, result.source, result.total_imported
                );
                for r in &result.refused {
                    println!("{}", record_line("Refused", r));
                }
                for c in &result.changed {
                    println!("{}", record_line("Changed", c));
                }
                Ok(())
            }
        }
    }
}

/// `Refused record 5 (lcc-005): has no name`: one line per record, for people and for grep.
/// The id and problem come from the file, so control characters (a line break, a terminal
/// escape) are shown escaped and the line stays one line.
fn record_line(what: &str, r: &ImportProblemDto) -> String {
    let line = match &r.id {
        Some(id) => format!("{what} record {} ({id}): {}", r.position, r.problem),
        None => format!("{what} record {}: {}", r.position, r.problem),
    };
    line.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn day(d: &str) -> String {
    match d {
        "today" => "today".into(),
        "tomorrow" => "tomorrow".into(),
        other => {
            let mut c = other.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
    }
}

/// The CLI's English words for a status (the app uses the locale files).
pub fn status_words(s: &OpenStatusDto) -> String {
    match s {
        OpenStatusDto::OpenAllDay => "Open 24 hours".into(),
        OpenStatusDto::OpenUntil { time, day: d } if d == "today" || d == "tomorrow" => {
            format!("Open until {time}")
        }
        OpenStatusDto::OpenUntil { time, day: d } => format!("Open until {} {time}", day(d)),
        OpenStatusDto::OpensAt { time, day: d } => format!("Opens {} {time}", day(d)),
        OpenStatusDto::Closed => "Closed this week".into(),
        OpenStatusDto::Unknown => "Opening times not known".into(),
    }
}

fn print_near(result: &FindHelpResult) {
    match &result.place {
        Some(p) => println!("Near {} ({})", p.name, p.nation),
        None => println!("Matching \"{}\"", result.query),
    }
    if !result.other_places.is_empty() {
        let others: Vec<String> = result
            .other_places
            .iter()
            .map(|p| format!("{} ({:.2},{:.2})", p.nation, p.latitude, p.longitude))
            .collect();
        println!("  Other places with this name: {}", others.join("; "));
    }
    if result.services.is_empty() {
        println!("Nothing found. Try a nearby larger town, or call a helpline: harbour helplines --country GB");
        return;
    }
    println!();
    for s in &result.services {
        let distance = match s.distance_km {
            Some(km) if s.approximate_location => format!("about {km:.1} km"),
            Some(km) => format!("{km:.1} km"),
            None => "distance unknown".into(),
        };
        println!("{} [{}]", s.name, s.kind);
        println!("  {} · {distance}", status_words(&s.status));
        let mut address = s.address.clone();
        address.extend(s.town.clone());
        address.extend(s.postcode.clone());
        if !address.is_empty() {
            println!("  {}", address.join(", "));
        }
        for p in &s.phones {
            println!("  Call: {}", p.number);
        }
        let referral = match s.referral.as_str() {
            "self_referral" => Some("Walk in, no referral needed"),
            "phone_first" => Some("Call or book before you go"),
            "referral_needed" => Some("Needs a referral from a professional"),
            _ => None,
        };
        if let Some(r) = referral {
            println!("  {r}");
        }
        if let Some(age) = &s.age_range {
            println!("  Ages: {age}");
        }
        let stale = if s.stale {
            match s.months_since_checked {
                Some(m) if m > 12 => format!(" (may be out of date: checked {m} months ago)"),
                _ => " (may be out of date)".into(),
            }
        } else {
            String::new()
        };
        println!("  Last checked: {}{stale}", s.last_checked);
        println!("  Source: {}", s.source_url);
        println!();
    }
}
