//! `harbour://` links that open the app: an invite (`harbour://invite#…`) or a
//! device link (`harbour://device#…`). The shell keeps the last one until the
//! window asks for it; the window only fills it in, and nothing is accepted
//! without the person's tap.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A link the app was opened with, waiting for the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OpenedLink {
    pub kind: OpenedLinkKind,
    /// The whole link, trimmed.
    pub link: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OpenedLinkKind {
    Invite,
    Device,
}

/// The longest link taken (an invite is a few hundred characters).
const MAX_LINK: usize = 4096;

/// An invite or device link, or `None` for anything else: another scheme,
/// host or shape is ignored, never passed on.
pub fn parse_opened_link(url: &str) -> Option<OpenedLink> {
    let url = url.trim();
    let (host, fragment) = url.strip_prefix("harbour://")?.split_once('#')?;
    let kind = match host {
        "invite" => OpenedLinkKind::Invite,
        "device" => OpenedLinkKind::Device,
        _ => return None,
    };
    if fragment.is_empty() || url.len() > MAX_LINK {
        return None;
    }
    Some(OpenedLink {
        kind,
        link: url.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_invite_and_device_links_are_taken() {
        let invite = parse_opened_link(" harbour://invite#v2.abc \n").unwrap();
        assert_eq!(invite.kind, OpenedLinkKind::Invite);
        assert_eq!(invite.link, "harbour://invite#v2.abc");
        let device = parse_opened_link("harbour://device#xyz").unwrap();
        assert_eq!(device.kind, OpenedLinkKind::Device);
        for other in [
            "harbour://invite",
            "harbour://invite#",
            "harbour://settings#x",
            "https://invite#x",
            "harbour:invite#x",
            "/home/someone/update.harbour",
            "--some-flag",
        ] {
            assert_eq!(parse_opened_link(other), None, "{other}");
        }
        let long = format!("harbour://invite#{}", "a".repeat(MAX_LINK));
        assert_eq!(parse_opened_link(&long), None);
    }
}
