//! Sections of the owner's screens, which read the owner's state ([`AppState`]): pieces that
//! only the owner's app shows. What both apps show is in [`crate::components`].
//!
//! [`AppState`]: crate::state::AppState

pub mod hs;
pub mod price;
pub mod result;

mod history_list;
mod listen;
mod market_picker;
mod notice;
mod resume_panel;
mod step_form;

pub use history_list::HistoryList;
pub use listen::{listen_button, question_listen};
pub use market_picker::{MarketChoice, MarketPicker};
pub use notice::Notice;
pub use resume_panel::ResumePanel;
pub use step_form::StepForm;
