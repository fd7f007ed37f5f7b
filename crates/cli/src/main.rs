//! `harbour`: the command-line face of Harbour.
//!
//! Each subcommand is a thin call into the services (`harbour-services`,
//! `harbour-places`) with `harbour-api`'s argument structs; this file only
//! parses arguments and prints. With `--json`, results and errors are printed as the
//! same JSON the app receives, so scripts can rely on the error `code`.

use clap::{Parser, Subcommand};
use harbour_api::Error;
use std::path::PathBuf;
use std::process::ExitCode;

mod checkin;
mod directory;
mod locales;
mod plan;
mod print;
mod share;

#[derive(Parser)]
#[command(
    name = "harbour",
    version,
    about = "Your recovery and crisis plan, kept safe"
)]
struct Cli {
    /// The vault directory (default: the platform's data directory).
    #[arg(long, global = true, env = "HARBOUR_VAULT")]
    vault: Option<PathBuf>,
    /// Print results and errors as JSON.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a vault; prints the recovery key once.
    Init {
        /// Use the smallest legal key-derivation cost (Argon2id 19 MiB, 2 passes)
        /// instead of the default (64 MiB, 3 passes): for low-memory devices.
        #[arg(long)]
        low_memory: bool,
    },
    /// Read and write your plan.
    Plan {
        #[command(subcommand)]
        command: plan::PlanCommand,
    },
    /// Encrypted backup and restore.
    Backup {
        #[command(subcommand)]
        command: plan::BackupCommand,
    },
    /// Translator tools: check the locale files.
    Locales {
        #[command(subcommand)]
        command: locales::LocalesCommand,
    },
    /// Crisis cafés, safe havens and peer groups: search offline, or import public data.
    Directory {
        #[command(subcommand)]
        command: directory::DirectoryCommand,
    },
    /// National crisis helplines, with their sources.
    Helplines {
        /// Two-letter country code, e.g. GB.
        #[arg(long)]
        country: Option<String>,
    },
    /// Check in: green, amber or red, with a few words if you like; or see your history.
    Checkin(checkin::CheckInCommand),
    #[command(flatten)]
    Share(share::ShareCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            print::error(&err, cli.json);
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> Result<(), Error> {
    match &cli.command {
        Command::Init { low_memory } => plan::init(&cli.vault, cli.json, *low_memory),
        Command::Plan { command } => plan::plan(&cli.vault, cli.json, command),
        Command::Backup { command } => plan::backup(&cli.vault, cli.json, command),
        Command::Locales { command } => locales::run(command, cli.json),
        Command::Directory { command } => directory::run(command, cli.json, cli.vault.as_deref()),
        Command::Checkin(command) => checkin::run(&cli.vault, cli.json, command),
        Command::Share(command) => share::run(command, &cli.vault, cli.json),
        Command::Helplines { country } => {
            let result = harbour_places::helplines(harbour_api::HelplinesArgs {
                country: country.clone(),
            })?;
            if cli.json {
                print::json(&result)
            } else {
                print::helplines(&result);
                Ok(())
            }
        }
    }
}
