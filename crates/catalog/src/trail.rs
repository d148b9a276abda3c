//! `trails.json`: themed routes across rooms for classes, with lesson notes and a quiz each.

use serde::{Deserialize, Serialize};

use crate::Text;

/// The whole of `trails.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TrailsFile {
    /// Every trail, in the order the trails page lists them.
    pub trails: Vec<Trail>,
}

/// A themed route: stops in order, notes for the teacher and a closing quiz.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Trail {
    /// Lowercase ASCII slug, unique: the trail's URL.
    pub id: String,
    /// The trail's title.
    pub title: Text,
    /// One or two sentences saying what the trail is about.
    pub summary: Text,
    /// The stops, in walking order (at least two).
    pub stops: Vec<TrailStop>,
    /// For the teacher: aims, ages, time and discussion questions.
    pub notes: LessonNotes,
    /// The quiz at the end of the trail (three to five questions).
    pub quiz: Vec<Question>,
}

/// One stop of a trail: a room, or one exhibit in it, with a prompt for the class.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TrailStop {
    /// The room's id.
    pub room: String,
    /// An exhibit in that room, when the stop is one object rather than the whole room.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exhibit: Option<String>,
    /// What to look for or talk about here (one to three sentences).
    pub prompt: Text,
}

/// Lesson notes for a trail.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LessonNotes {
    /// What pupils should take away (one text per aim).
    pub aims: Vec<Text>,
    /// Youngest age the trail suits.
    pub age_min: u8,
    /// Oldest age the trail suits.
    pub age_max: u8,
    /// Time the trail takes with a class, in minutes.
    pub minutes: u32,
    /// Questions to discuss afterwards.
    pub discussion: Vec<Text>,
}

/// A multiple-choice question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The question.
    pub question: Text,
    /// Two to four answers to choose from.
    pub choices: Vec<Text>,
    /// Index of the right answer in `choices`.
    pub answer: usize,
    /// Why that answer is right: shown after answering, and in the teacher's answer key.
    pub explanation: Text,
}

impl TrailsFile {
    /// The trail with this id.
    pub fn trail(&self, id: &str) -> Option<&Trail> {
        self.trails.iter().find(|t| t.id == id)
    }
}
