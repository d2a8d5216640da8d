//! Reusable pieces of the interface, one component per file.
//!
//! Size rule (measured with twiggy and `scripts/bytes.mjs`): every distinct reactive closure
//! that returns a view costs about a kilobyte of WebAssembly, and a `<Show>` more. So a part
//! that appears or changes is one plain closure (`move || cond.then(..)`, or an if/else with
//! `.into_any()`), as few as the behaviour allows, and single strings go through [`tr`] and
//! [`text`], which share one closure type.

pub mod results;

mod choice_list;
mod confirm_button;
mod history_list;
mod language_switch;
mod notice;
mod resume_panel;
mod step_form;
mod text;

pub use choice_list::{Choice, ChoiceList};
pub use confirm_button::ConfirmButton;
pub use history_list::HistoryList;
pub use language_switch::LanguageSwitch;
pub use notice::{AppNotice, Notice};
pub use resume_panel::ResumePanel;
pub use step_form::StepForm;
pub use text::{text, tr};
