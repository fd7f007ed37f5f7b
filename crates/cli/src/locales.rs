//! `harbour locales check`: the translator's one command (TRANSLATING.md).

use harbour_api::{Error, ErrorCode};
use harbour_l10n::{lint, LocaleSet};
use std::path::PathBuf;

#[derive(clap::Subcommand)]
pub enum LocalesCommand {
    /// Check locale files: syntax, missing and obsolete ids, variables,
    /// plurals, unsafe characters and Easy Read rules. Exit 1 on errors.
    Check {
        /// A locales folder (default: the locales built into this program).
        /// The pseudo-locales en-XA and ar-XB, made from its en-GB, are checked too.
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Check only this locale, e.g. `pl`.
        #[arg(long)]
        locale: Option<String>,
    },
}

pub fn run(command: &LocalesCommand, json: bool) -> Result<(), Error> {
    let LocalesCommand::Check { dir, locale } = command;
    let set = match dir {
        // Derived from this folder's en-GB, so a new message that would break
        // the pseudo-locales shows up here.
        Some(dir) => LocaleSet::from_dir(dir)
            .map_err(|e| {
                Error::new(
                    ErrorCode::InvalidInput,
                    format!("cannot read the folder {}: {e}", dir.display()),
                )
            })?
            .with_pseudo(),
        None => LocaleSet::bundled(),
    };
    let report = lint(&set, locale.as_deref());
    if json {
        crate::print::json(&report)?;
    } else {
        print!("{}", report.render());
    }
    match report.errors() {
        0 => Ok(()),
        n => Err(Error::new(
            ErrorCode::InvalidInput,
            format!("the locale files have {n} error(s) to fix"),
        )),
    }
}
