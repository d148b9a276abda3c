//! The heap: Talc instead of the standard library's dlmalloc in the browser. It is smaller in the
//! main module and faster to allocate; wasm memory grows the same way, a 64 KB page at a time,
//! and never shrinks (docs/performance.md, "The heap: Talc").

/// The browser build's heap, and its global allocator; builds with the `alloc-stats` feature wrap
/// it in counters (`alloc_stats.rs`), which are then the global allocator.
#[cfg(target_family = "wasm")]
#[cfg_attr(not(feature = "alloc-stats"), global_allocator)]
pub static HEAP: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
