//! Pieces of the mentor's screens, one per file.

mod cohort_view;
mod collect_panel;
mod export_panel;
mod participants_table;
mod unreadable_notice;
mod workshop_form;

pub use cohort_view::CohortView;
pub use collect_panel::CollectPanel;
pub use export_panel::ExportPanel;
pub use participants_table::ParticipantsTable;
pub use unreadable_notice::UnreadableNotice;
pub use workshop_form::{WorkshopDetails, WorkshopForm};
