//! The benchmark compiled to WebAssembly, to measure the search where it will run. It has no
//! wasm-bindgen: `wasm_bench.mjs` (Node) copies the data files in, and lends it a clock and a log.
//!
//! ```text
//! cargo build --release -p search --example wasm_bench --target wasm32-unknown-unknown
//! node crates/search/examples/wasm_bench.mjs \
//!     target/wasm32-unknown-unknown/release/examples/wasm_bench.wasm public/data
//! ```

mod common;

use std::cell::RefCell;

use catalog::{parse_museum, parse_room, MuseumFile, RoomFile};

#[cfg(target_arch = "wasm32")]
mod host {
    #[link(wasm_import_module = "env")]
    extern "C" {
        pub fn now() -> f64;
        pub fn log(ptr: *const u8, len: usize);
    }
}

/// Stand-ins so the example also builds natively (for clippy); only the wasm build is run.
#[cfg(not(target_arch = "wasm32"))]
mod host {
    pub unsafe fn now() -> f64 {
        0.0
    }
    pub unsafe fn log(_: *const u8, _: usize) {}
}

#[derive(Default)]
struct State {
    input: Vec<u8>,
    museum: Option<MuseumFile>,
    rooms: Vec<RoomFile>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::default();
}

fn say(line: &str) {
    // SAFETY: the host reads `len` bytes at `ptr` during the call, and they stay alive for it.
    unsafe { host::log(line.as_ptr(), line.len()) }
}

/// Makes room for `len` bytes of input and returns where the host should write them.
#[no_mangle]
pub extern "C" fn input(len: usize) -> *mut u8 {
    STATE.with_borrow_mut(|s| {
        s.input = vec![0; len];
        s.input.as_mut_ptr()
    })
}

/// Parses the input as `museum.json` (`kind` 0) or a room file (`kind` 1); 1 when it could.
#[no_mangle]
pub extern "C" fn load(kind: u32) -> u32 {
    STATE.with_borrow_mut(|s| {
        let text = String::from_utf8_lossy(&std::mem::take(&mut s.input)).into_owned();
        let ok = if kind == 0 {
            parse_museum(&text).map(|m| s.museum = Some(m)).is_ok()
        } else {
            parse_room(&text).map(|r| s.rooms.push(r)).is_ok()
        };
        u32::from(ok)
    })
}

/// Runs the benchmark on what was loaded (`runs` index builds, 0 to choose).
#[no_mangle]
pub extern "C" fn bench(runs: u32) {
    STATE.with_borrow(|s| {
        let Some(museum) = &s.museum else {
            return say("no museum.json loaded");
        };
        // SAFETY: the host's clock has no preconditions.
        let now = || unsafe { host::now() };
        let runs = (runs > 0).then_some(runs as usize);
        common::run(museum, &s.rooms, runs, &now, &mut |line| say(&line));
    })
}
