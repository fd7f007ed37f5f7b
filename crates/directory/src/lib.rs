//! Crisis services and national helplines.
//!
//! Everything here works offline: the bundled datasets are compiled into the
//! binary. A helpline is only ever shown with its source and "last checked"
//! date, so loading refuses any entry that lacks them.

mod helplines;

pub use helplines::{normalise_country, Helpline, HelplineDataset, HelplineError};
