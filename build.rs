//! Compiles the data files into Rust so the app carries no parser: `content/` (the questionnaire
//! and its advice, the destination markets, the HS codes' catalogue, the acronyms explained) and `locales/` (the interface strings). A mistake in either fails the build
//! with a message naming the file, the item and the problem.

#[path = "build/acronyms.rs"]
mod acronyms;
#[path = "build/content.rs"]
mod content;
#[path = "build/hs.rs"]
mod hs;
#[path = "build/locales.rs"]
mod locales;
#[path = "build/markets.rs"]
mod markets;

use std::path::PathBuf;

fn main() {
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    locales::generate(&out_dir);
    acronyms::generate(&out_dir);
    let questionnaire = content::generate(&out_dir);
    markets::generate(&out_dir, &questionnaire);
    hs::generate(&out_dir, &questionnaire);
}

/// Writes `text` as a Rust string literal (escaped as `{:?}` does, which Rust accepts back).
pub fn rust_str(text: &str) -> String {
    format!("{text:?}")
}
