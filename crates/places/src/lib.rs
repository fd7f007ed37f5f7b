//! Find help: crisis cafés, safe havens, peer groups and helplines from the
//! offline directory (`harbour-directory`), with the person's own places,
//! which live only in their vault, among the results.

pub mod directory;
mod helplines;
pub mod my_places;

pub use helplines::helplines;
