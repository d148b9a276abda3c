//! Live heap counters for leak hunting, in builds with the `alloc-stats` feature only
//! (`TRUNK_BUILD_FEATURES=alloc-stats bash scripts/build-site.sh DIST`; `e2e/bench/walk.mjs` prints
//! them when they are there). Wasm memory only ever grows, in 64 KB pages, so its size cannot tell a
//! leak from a fragmented heap; these count what is still allocated.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};

use crate::allocator::HEAP;

static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);
static LIVE_BLOCKS: AtomicUsize = AtomicUsize::new(0);
/// Report new blocks to `globalThis.__allocTrack` (see [`alloc_track`]).
static TRACK_NEW: AtomicBool = AtomicBool::new(false);
/// Report freed blocks to it.
static TRACK_FREED: AtomicBool = AtomicBool::new(false);

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `globalThis.__allocTrack(event, ptr, arg)`, defined by the page that turns tracking on: event
    /// 0 is a new block of `arg` bytes, 1 a freed block, 2 a block moved to `arg` by `realloc`.
    #[wasm_bindgen(js_namespace = globalThis, js_name = __allocTrack)]
    fn report(event: u8, ptr: usize, arg: usize);
}

/// Tells `globalThis.__allocTrack` about blocks, so that a page can record where each was allocated
/// (`new Error().stack` in a build with names) and which are never freed. `new` turns reports of new
/// blocks on or off; once on, freed blocks are reported until `forget` is set.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn alloc_track(new: bool, forget: bool) {
    TRACK_NEW.store(new, Relaxed);
    TRACK_FREED.store(new || !forget && TRACK_FREED.load(Relaxed), Relaxed);
}

/// The app's heap (Talc), counting the bytes and blocks it has handed out and not had back.
struct Counting;

// SAFETY: every call is passed on unchanged to `HEAP`; only the counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { HEAP.alloc(layout) };
        if !ptr.is_null() {
            LIVE_BYTES.fetch_add(layout.size(), Relaxed);
            LIVE_BLOCKS.fetch_add(1, Relaxed);
            if TRACK_NEW.load(Relaxed) {
                report(0, ptr as usize, layout.size());
            }
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { HEAP.dealloc(ptr, layout) };
        LIVE_BYTES.fetch_sub(layout.size(), Relaxed);
        LIVE_BLOCKS.fetch_sub(1, Relaxed);
        if TRACK_FREED.load(Relaxed) {
            report(1, ptr as usize, 0);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { HEAP.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            LIVE_BYTES.fetch_sub(layout.size(), Relaxed);
            LIVE_BYTES.fetch_add(new_size, Relaxed);
            if TRACK_FREED.load(Relaxed) && new != ptr {
                report(2, ptr as usize, new as usize);
            }
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes allocated and not yet freed.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn alloc_live_bytes() -> usize {
    LIVE_BYTES.load(Relaxed)
}

/// Blocks allocated and not yet freed.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn alloc_live_blocks() -> usize {
    LIVE_BLOCKS.load(Relaxed)
}
