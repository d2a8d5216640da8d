//! The screens of the app, one per file.

mod welcome;

pub use welcome::Welcome;
