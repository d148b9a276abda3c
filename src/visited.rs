//! Rooms this device has visited, kept in localStorage only (nothing is sent anywhere).

/// The localStorage key of the visited rooms.
pub const KEY: &str = "museum.visited";

/// This browser's localStorage, where the tour keeps everything it remembers (never sent anywhere).
pub fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The rooms visited on this device, most recent last.
pub fn visited() -> Vec<String> {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Records a visit to `room` (moving it to the end: the last one is "you are here").
pub fn mark_visited(room: &str) {
    let mut rooms = visited();
    rooms.retain(|r| r != room);
    rooms.push(room.to_string());
    if let (Some(store), Ok(text)) = (storage(), serde_json::to_string(&rooms)) {
        let _ = store.set_item(KEY, &text);
    }
}
