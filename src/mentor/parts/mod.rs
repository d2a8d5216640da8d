//! Pieces of the mentor's screens, one per file.

mod cohort_markets;
mod cohort_view;
mod collect_panel;
mod export_panel;
mod participants_table;
mod startup_notice;
mod workshop_form;

pub use cohort_view::CohortView;
pub use collect_panel::CollectPanel;
pub use export_panel::ExportPanel;
pub use participants_table::ParticipantsTable;
pub use startup_notice::StartupNotice;
pub use workshop_form::WorkshopForm;
