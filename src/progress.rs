//! A class's progress on this device: where each trail is up to and the last quiz scores. Kept in
//! localStorage only, and cleared in one go by "Forget this device's progress".

const TRAIL: &str = "museum.trail.";
const QUIZ: &str = "museum.quiz.";

use crate::visited::storage;

/// The stop (1-based) a trail was last on, if it was started on this device.
pub fn trail_step(trail: &str) -> Option<usize> {
    storage()?
        .get_item(&format!("{TRAIL}{trail}"))
        .ok()??
        .parse()
        .ok()
}

/// Remembers the stop a trail is on.
pub fn set_trail_step(trail: &str, step: usize) {
    if let Some(s) = storage() {
        let _ = s.set_item(&format!("{TRAIL}{trail}"), &step.to_string());
    }
}

/// The last score for a quiz (`room:{id}` or `trail:{id}`): right answers and questions.
pub fn quiz_score(quiz: &str) -> Option<(usize, usize)> {
    let text = storage()?.get_item(&format!("{QUIZ}{quiz}")).ok()??;
    let (n, m) = text.split_once('/')?;
    Some((n.parse().ok()?, m.parse().ok()?))
}

/// Remembers a quiz score.
pub fn set_quiz_score(quiz: &str, right: usize, total: usize) {
    if let Some(s) = storage() {
        let _ = s.set_item(&format!("{QUIZ}{quiz}"), &format!("{right}/{total}"));
    }
}

/// Clears every trail position, quiz score and visited room on this device (the language choice
/// and the shortcut setting stay: they are settings, not progress).
pub fn forget_all() {
    let Some(s) = storage() else { return };
    let keys: Vec<String> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(TRAIL) || k.starts_with(QUIZ) || k == crate::visited::KEY)
        .collect();
    for key in keys {
        let _ = s.remove_item(&key);
    }
}
