//! Parsing the data files with errors that say where and what went wrong.

use std::fmt;

use serde::de::DeserializeOwned;

use crate::{MuseumFile, RoomFile, TrailsFile};

/// Why a data file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// JSON path of the problem (`.` for the whole document), e.g. `rooms[3].doors`.
    pub path: String,
    /// What was wrong, in plain words.
    pub reason: String,
    /// True when the text ended early (a truncated download).
    pub truncated: bool,
}

impl ParseError {
    /// What was wrong, without the path.
    pub fn message(&self) -> String {
        if self.truncated {
            format!("the file ends too early (truncated): {}", self.reason)
        } else {
            self.reason.clone()
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.truncated || self.path == "." {
            write!(f, "{}", self.message())
        } else {
            write!(f, "at {}: {}", self.path, self.reason)
        }
    }
}

/// Deserializes, returning the JSON path of any error with it.
#[cfg(feature = "paths")]
fn deserialize<T: DeserializeOwned>(text: &str) -> Result<T, (String, serde_json::Error)> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|err| (err.path().to_string(), err.into_inner()))
}

/// Deserializes, returning the line and column of any error with it.
#[cfg(not(feature = "paths"))]
fn deserialize<T: DeserializeOwned>(text: &str) -> Result<T, (String, serde_json::Error)> {
    serde_json::from_str(text).map_err(|e| (format!("line {} column {}", e.line(), e.column()), e))
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    deserialize(text).map_err(|(path, inner)| {
        let truncated = inner.is_eof();
        let reason = if inner.is_syntax() || truncated {
            format!("not valid JSON ({inner})")
        } else {
            inner.to_string()
        };
        ParseError {
            path,
            reason,
            truncated,
        }
    })
}

/// Reads `museum.json`.
pub fn parse_museum(text: &str) -> Result<MuseumFile, ParseError> {
    parse(text)
}

/// Reads a `rooms/{room}.json` file.
pub fn parse_room(text: &str) -> Result<RoomFile, ParseError> {
    parse(text)
}

/// Reads `trails.json`.
pub fn parse_trails(text: &str) -> Result<TrailsFile, ParseError> {
    parse(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(feature = "paths"))]
    fn names_the_line_and_column_of_a_type_error() {
        let err = parse_room("{\"id\":\"x\",\n\"exhibits\":[{\"id\":5}]}").unwrap_err();
        assert_eq!(err.path, "line 2 column 19");
        assert!(!err.truncated);
    }

    #[test]
    #[cfg(feature = "paths")]
    fn names_the_path_of_a_type_error() {
        let err = parse_room(r#"{"id":"x","introduction":{"en":"a"},"sources":[],"exhibits":[{"id":5}]}"#)
            .unwrap_err();
        assert_eq!(err.path, "exhibits[0].id");
        assert!(!err.truncated);
    }

    #[test]
    fn says_a_cut_off_file_is_truncated() {
        let err = parse_room(r#"{"id":"x","introduction":{"en":"#).unwrap_err();
        assert!(err.truncated, "{err:?}");
        assert!(err.to_string().contains("truncated"));
    }

    #[test]
    fn says_html_is_not_json() {
        let err = parse_museum("<!DOCTYPE html><html></html>").unwrap_err();
        assert!(err.reason.contains("not valid JSON"), "{err:?}");
    }
}
