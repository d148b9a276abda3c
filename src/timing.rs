//! User Timing marks (`performance.measure`), read by the browser benchmark
//! (`e2e/bench/search.mjs`); they cost microseconds and send nothing anywhere.

/// A running measurement; [`Timer::stop`] records it under its name.
pub struct Timer {
    name: &'static str,
}

/// Starts measuring `name`.
pub fn start(name: &'static str) -> Timer {
    if let Some(p) = performance() {
        let _ = p.mark(&format!("{name}-start"));
    }
    Timer { name }
}

impl Timer {
    /// Records the time since [`start`] as a `measure` entry named after the timer.
    pub fn stop(self) {
        if let Some(p) = performance() {
            let _ = p.measure_with_start_mark(self.name, &format!("{}-start", self.name));
        }
    }
}

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}
