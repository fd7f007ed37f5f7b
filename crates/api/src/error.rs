//! The error every boundary speaks: `{ "code": "...", "message": "..." }`.
//!
//! `code` is stable (the UI looks up its translated text as `error-<code>` in
//! the locale files, and scripts match on it); `message` is a plain English
//! description for logs and the CLI. The wire format is pinned by a test.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The caller sent something malformed (bad country code, bad field id, ...).
    InvalidInput,
    /// Bundled data failed its checks; a build bug, never the user's fault.
    DataInvalid,
    /// Anything not covered above; the message says more.
    Internal,
}

impl ErrorCode {
    /// Every code, for tests that check each one is translated.
    pub const ALL: &'static [ErrorCode] = &[Self::InvalidInput, Self::DataInvalid, Self::Internal];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidInput => "invalid_input",
            Self::DataInvalid => "data_invalid",
            Self::Internal => "internal",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{message} ({code:?})")]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
}

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    pub fn invalid_input(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::InvalidInput, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_format_is_pinned() {
        let e = Error::invalid_input("\"Britain\" is not a two-letter country code");
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"code":"invalid_input","message":"\"Britain\" is not a two-letter country code"}"#
        );
        for code in ErrorCode::ALL {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json, serde_json::Value::String(code.as_str().into()));
        }
    }
}
