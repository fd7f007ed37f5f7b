//! Harbour's sharing engine, sans IO: it turns state
//! and documents into sealed envelopes and back, and never opens a socket.
//! Transports (file bundles, and the relay client behind the `relay` feature)
//! move the bytes.
//!
//! - [`keys`]: the key schedule from each relationship's root secret.
//! - [`envelope`]: the versioned binary envelope (header as AAD, AES-256-GCM,
//!   HMAC key commitment, PADMÉ padding), with hard size caps.
//! - [`chunks`]: refuses anything but uncompressed Automerge change chunks.
//! - [`replay`]: which sequence numbers each (mailbox, sender) has used.
//! - [`invite`]: invite links and device-link codes.
//! - [`bundle`]: many envelopes in one file.
//! - the documents a supporter reads and writes are `harbour_doc::projection`.
//! - [`engine`]: relationships, publishing, receiving, revoking, devices,
//!   kept encrypted in the vault.
//!
//! `ARCHITECTURE.md` (the flow of a sync message, the invariants, the known
//! limits) and `docs/decisions/` say how it is built and why.

mod b64;
pub mod bundle;
pub mod chunks;
pub mod control;
pub mod envelope;
mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod invite;
pub mod keys;
pub mod replay;
#[cfg(feature = "test-vectors")]
pub mod testing;

pub use error::{Result, SyncError};
pub mod engine;
#[cfg(feature = "relay")]
pub mod relay;
pub mod store;

pub use engine::{Engine, Report};
pub use store::{MemStore, ReadSettings, Store};
