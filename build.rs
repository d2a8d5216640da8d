//! Compiles the data files into Rust so the app carries no parser: `content/` (the questionnaire
//! and its advice) and `locales/` (the interface strings). A mistake in either fails the build
//! with a message naming the file, the item and the problem.

#[path = "build/content.rs"]
mod content;
#[path = "build/locales.rs"]
mod locales;

use std::path::PathBuf;

fn main() {
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    locales::generate(&out_dir);
    content::generate(&out_dir);
}

/// Writes `text` as a Rust string literal (escaped as `{:?}` does, which Rust accepts back).
pub fn rust_str(text: &str) -> String {
    format!("{text:?}")
}
