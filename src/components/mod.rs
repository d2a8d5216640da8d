//! Reusable pieces of the interface, one component per file.
//!
//! Size rule (measured with `scripts/bytes.mjs`): each distinct piece of view code is
//! monomorphised into its own rendering code. A `<Show>` costs more than a plain closure
//! (`move || cond.then(..)`, or an if/else with `.into_any()`); each reactive attribute costs a
//! few hundred bytes, and so does a node reference to an element type not referenced before.
//! Single strings go through [`tr`] and [`text`], which share one closure type.

pub mod results;

mod choice_list;
mod confirm_button;
mod history_list;
mod language_switch;
mod later;
mod notice;
mod resume_panel;
mod step_form;
mod text;

pub use choice_list::{Choice, ChoiceList};
pub use confirm_button::ConfirmButton;
pub use history_list::HistoryList;
pub use language_switch::LanguageSwitch;
pub use later::later;
pub use notice::Notice;
pub use resume_panel::ResumePanel;
pub use step_form::StepForm;
pub use text::{UiLang, link_error_text, text, tr, ui_lang};
