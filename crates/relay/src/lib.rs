//! `harbour-relay`: an axum server that stores opaque
//! envelopes in mailboxes and knows nothing else. No accounts, no names, no
//! plaintext; it never logs mailbox ids, tokens or contents.
//!
//! HTTP API (JSON; binary data is standard base64; ids are lowercase hex):
//!
//! | method and path                                   | what                                         |
//! |---------------------------------------------------|----------------------------------------------|
//! | `POST /v1/mailboxes/{id}/messages`                | append `{"seq", "data"}` with `Authorization: Bearer <token hex>` |
//! | (same, batch)                                     | `{"seq", "batch": [...]}`: up to 64, seq, seq + 1, ... all or nothing |
//! | `GET /v1/mailboxes/{id}/messages?after=N&wait=S`  | read after N, long-poll up to S seconds (token) |
//! | `GET /v1/mailboxes/{id}/ws?after=N`               | WebSocket: every message after N, pushed (token) |
//! | `DELETE /v1/mailboxes/{id}/messages?upto=N`       | delete up to N (token)                        |
//! | `PUT /v1/rendezvous/{slot}`                       | `{"data", "ttl"}`: put once                   |
//! | `POST /v1/rendezvous/{slot}/take`                 | take once (then it is gone)                   |
//! | `GET /healthz`, `GET /metrics`                    | health, Prometheus text                       |
//!
//! Every mailbox request carries the mailbox's token; the first append
//! claims the mailbox for it, and a mailbox nobody claimed reads as empty.
//!
//! Every refusal is `{"error":{"code":"...","message":"..."}}` with a proper
//! status code; a seq conflict adds `"last_seq"`.

pub mod conns;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
pub mod limits;
pub mod metrics;
pub mod server;
pub mod store;

pub use server::{serve, Config, Relay};
