//! The app's one error type: a data file that could not be loaded, and why.

use std::fmt;

use catalog::ParseError;

/// Why a data file could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The request never got an answer (offline, refused, blocked).
    Network(String),
    /// No answer within the time limit.
    Timeout(u32),
    /// The server answered with an error status.
    Status(u16),
    /// The server answered with something that is not JSON (e.g. an HTML page).
    NotJson(String),
    /// The JSON is cut off or does not follow the content format.
    Malformed(ParseError),
}

/// A data file that could not be loaded: names the file and says what was wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    /// The file, as requested (e.g. `data/rooms/niigata.json`).
    pub file: String,
    /// What went wrong.
    pub problem: Problem,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Network(detail) => write!(f, "the network request failed ({detail})"),
            Problem::Timeout(secs) => write!(f, "no answer within {secs} seconds"),
            Problem::Status(404) => write!(f, "the server says the file does not exist (HTTP 404)"),
            Problem::Status(code) => write!(f, "the server answered with an error (HTTP {code})"),
            Problem::NotJson(kind) => write!(f, "the server sent {kind} instead of JSON"),
            Problem::Malformed(err) => write!(f, "the file is damaged: {err}"),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.problem)
    }
}

/// A page module (src/pages/lazy.rs) that could not be fetched; the split point names the module.
#[cfg(wasm_split)]
impl From<leptos::wasm_split::SplitLoaderError> for LoadError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoadError {
            file: "a page module".into(),
            problem: Problem::Network("the page's code could not be fetched".into()),
        }
    }
}
