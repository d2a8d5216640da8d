//! Reusable pieces of the interface, one component per file.

mod language_switch;
mod notice;
mod text;

pub use language_switch::LanguageSwitch;
pub use notice::{AppNotice, Notice};
pub use text::{text, tr};
