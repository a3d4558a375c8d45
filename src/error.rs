//! The one error type the core returns.

use std::fmt;

/// Why an analysis could not be made. The message says what was wrong and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ErrorKind {
    InvalidOption,
    TooLarge,
}

impl Error {
    pub(crate) fn invalid_option(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::InvalidOption,
            message: message.into(),
        }
    }

    pub(crate) fn too_large(len: usize, max: usize) -> Error {
        Error {
            kind: ErrorKind::TooLarge,
            message: format!(
                "the text is {len} bytes long; storylens analyses at most {max} bytes (about {} MB) at once — split it into parts",
                max / 1_000_000
            ),
        }
    }

    /// True when the caller passed an option storylens does not understand.
    pub fn is_invalid_option(&self) -> bool {
        self.kind == ErrorKind::InvalidOption
    }

    /// True when the text is larger than [`crate::MAX_INPUT_BYTES`].
    pub fn is_too_large(&self) -> bool {
        self.kind == ErrorKind::TooLarge
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
