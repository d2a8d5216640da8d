//! Siap Mendunia: an export-readiness self-check for Indonesian MSMEs that runs entirely in the
//! browser. `model` is the pure core; the Leptos interface exists only when built for the web.

pub mod locale;
pub mod mentor_route;
pub mod model;
pub mod route;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
pub mod mentor;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
pub mod parts;
#[cfg(target_arch = "wasm32")]
mod result_event;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub use app::{App, Parts, Startup, start};
#[cfg(target_arch = "wasm32")]
pub use page::all_drawn;
#[cfg(target_arch = "wasm32")]
pub use state::AppNotice;

/// The memory allocator of both apps: Talc, smaller in the download than Rust's default for
/// WebAssembly (dlmalloc), which sat in the start of the owner's app.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
