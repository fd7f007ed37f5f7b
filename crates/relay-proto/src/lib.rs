//! The relay's HTTP protocol, one set of types for both ends: `harbour-relay`
//! parses requests and writes answers with them, and the relay client in
//! `harbour-sync` builds requests and reads answers with them, so the two
//! cannot drift apart. Messages travel as standard base64 inside JSON.
//!
//! Versioned by path: every route is under [`VERSION`] (`/v1/...`). A change
//! a client of this version could misread gets a new version and new paths;
//! adding an optional answer field does not.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// The protocol version, the first segment of every route but `/healthz`
/// and `/metrics`.
pub const VERSION: &str = "v1";

/// Most messages in one append.
pub const MAX_BATCH: usize = 64;

/// `/v1/mailboxes/{mailbox}/messages`: append (POST), read (GET), delete
/// (DELETE), each with `Authorization: Bearer <mailbox token hex>`.
pub fn messages_path(mailbox: &str) -> String {
    format!("/{VERSION}/mailboxes/{mailbox}/messages")
}

/// `/v1/mailboxes/{mailbox}/ws`: a WebSocket that pushes new messages (with
/// the same `Authorization`).
pub fn ws_path(mailbox: &str) -> String {
    format!("/{VERSION}/mailboxes/{mailbox}/ws")
}

/// `/v1/rendezvous/{slot}`: put a slot (PUT); `/take` after it takes it (POST).
pub fn slot_path(slot: &str) -> String {
    format!("/{VERSION}/rendezvous/{slot}")
}

pub fn encode(bytes: &[u8]) -> String {
    B64.encode(bytes)
}

/// `None` for anything that is not standard base64.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    B64.decode(text).ok()
}

/// An append: `data` (one message, at `seq`) or `batch` (several, at `seq`,
/// `seq + 1`, ..., all or nothing), never both. With
/// `Authorization: Bearer <mailbox token hex>`; the first append claims the
/// mailbox for that token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppendRequest {
    pub seq: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<Vec<String>>,
}

impl AppendRequest {
    pub fn one(seq: u64, message: &[u8]) -> Self {
        Self {
            seq,
            data: Some(encode(message)),
            batch: None,
        }
    }

    pub fn batch(seq: u64, messages: &[&[u8]]) -> Self {
        Self {
            seq,
            data: None,
            batch: Some(messages.iter().map(|m| encode(m)).collect()),
        }
    }
}

/// 201 to an append: the last seq taken, and for a batch how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appended {
    pub seq: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
}

/// One stored message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub seq: u64,
    /// Standard base64.
    pub data: String,
}

/// 200 to a read (`?after=N&limit=L&wait=S`), and each WebSocket frame.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    pub messages: Vec<Message>,
    /// The last seq ever handed out in this mailbox (0 if none).
    pub last_seq: u64,
}

/// 200 to a delete (`?upto=N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deleted {
    pub deleted: u64,
}

/// A rendezvous slot, put once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlotPut {
    /// Standard base64.
    pub data: String,
    /// Seconds it lives.
    pub ttl: u64,
}

/// 201 to a slot put.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotStored {
    pub expires_in: u64,
}

/// 200 to a slot take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotTaken {
    /// Standard base64.
    pub data: String,
}

/// 200 to `/healthz`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
    pub backend: String,
}

/// Every refusal: `{"error": {"code", "message"}}`, with `last_seq` on a
/// `seq_conflict`. The status says the class; the code is stable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub error: RefusalDetail,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seq: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusalDetail {
    pub code: String,
    pub message: String,
}

/// The stable refusal codes a client acts on.
pub mod code {
    /// 401: no mailbox token, or not 64 hex characters.
    pub const TOKEN_REQUIRED: &str = "token_required";
    /// 403: the mailbox was claimed with another token.
    pub const WRONG_TOKEN: &str = "wrong_token";
    /// 409: the append's seq is not last + 1 (`last_seq` says the last).
    pub const SEQ_CONFLICT: &str = "seq_conflict";
    /// 400: the body is not the JSON this route takes (a relay from before
    /// batches answers a batch with it).
    pub const BAD_JSON: &str = "bad_json";
    /// 413: larger than this relay takes.
    pub const TOO_LARGE: &str = "too_large";
    /// 507: this mailbox is at its quota.
    pub const MAILBOX_FULL: &str = "mailbox_full";
    /// 507: the relay is at its global storage cap.
    pub const RELAY_FULL: &str = "relay_full";
    /// 429: too many requests (with `Retry-After`).
    pub const RATE_LIMITED: &str = "rate_limited";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON on the wire, pinned: both ends and older clients rely on it.
    #[test]
    fn wire_shapes_are_pinned() {
        let one = serde_json::to_string(&AppendRequest::one(3, b"hi")).unwrap();
        assert_eq!(one, r#"{"seq":3,"data":"aGk="}"#);
        let batch = serde_json::to_string(&AppendRequest::batch(4, &[b"a", b"b"])).unwrap();
        assert_eq!(batch, r#"{"seq":4,"batch":["YQ==","Yg=="]}"#);
        let refusal = Refusal {
            error: RefusalDetail {
                code: code::SEQ_CONFLICT.into(),
                message: "seq must be 5 (the last is 4)".into(),
            },
            last_seq: Some(4),
        };
        assert_eq!(
            serde_json::to_string(&refusal).unwrap(),
            r#"{"error":{"code":"seq_conflict","message":"seq must be 5 (the last is 4)"},"last_seq":4}"#
        );
        let page: Page =
            serde_json::from_str(r#"{"messages":[{"seq":1,"data":"aGk="}],"last_seq":1}"#).unwrap();
        assert_eq!(decode(&page.messages[0].data).unwrap(), b"hi");
        assert_eq!(messages_path("ab"), "/v1/mailboxes/ab/messages");
    }

    #[test]
    fn unknown_fields_and_bad_base64_are_refused() {
        assert!(
            serde_json::from_str::<AppendRequest>(r#"{"seq":1,"data":"x","extra":1}"#).is_err()
        );
        assert!(decode("not base64!").is_none());
    }
}
