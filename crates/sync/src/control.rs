//! Control messages (envelope kind 5): small, JSON inside the sealed body.

use crate::keys::StoredKey;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignalKind {
    CrisisPlanActivated,
    AskForHelp,
}

impl SignalKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CrisisPlanActivated => "crisis_plan_activated",
            Self::AskForHelp => "ask_for_help",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Control {
    /// The person stopped sharing: the supporter's app deletes the plan.
    Revoke,
    /// A content-free signal to a supporter who agreed to receive it.
    Signal { kind: SignalKind, at: u64 },
    /// From the linking device to a new own device: the group keyring and
    /// the sharing state (JSON, see `state::Keyring`).
    Keyring { keyring: serde_json::Value },
    /// An own device announces itself in the device group.
    DeviceHello { name: String },
    /// The joining side's X25519 public key (hex), sealed under the invite's
    /// bootstrap root: the inviter needs it to derive the relationship's root.
    PairHello { public: String },
    /// An own device was removed; the group moves to a new root and epoch.
    /// Sent only on pairwise link streams the removed device cannot read.
    /// `supporters` carries each supporter relationship's new root (see
    /// `SupporterRekey`), so every remaining device can keep publishing.
    Rekey {
        removed: String,
        root: StoredKey,
        epoch: u32,
        #[serde(default)]
        supporters: Vec<SupporterKey>,
    },
    /// To a supporter, on the old stream: a device of the person's was
    /// removed, so the relationship moves to a new root, HKDF(old root ‖
    /// X25519(this one-shot key, the supporter's key)), in `generation`. The
    /// removed device can read this but not derive the new root.
    SupporterRekey { public: String, generation: u32 },
}

/// A supporter relationship's root after a re-key (hex on the wire), for own devices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupporterKey {
    pub id: String,
    pub root: StoredKey,
    pub generation: u32,
}

impl Control {
    pub fn encode(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn decode(b: &[u8]) -> Option<Self> {
        serde_json::from_slice(b).ok()
    }
}
