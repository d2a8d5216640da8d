//! Reusable pieces of the interface, one component per file.

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
