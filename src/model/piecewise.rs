//! Work on a large paste, file or group done a piece at a time, each piece costing about the
//! same whatever the input, so the page can draw and answer between pieces.

use super::content::Questionnaire;

/// Work done a piece at a time.
pub trait Piecewise {
    /// Does the next piece; whether there is more to do.
    fn next_piece(&mut self, q: &Questionnaire) -> bool;
}
