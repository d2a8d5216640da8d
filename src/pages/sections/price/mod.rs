//! The export price ladder's pieces: the form's number fields, the choices of transport, terms
//! and currency, and the ladder itself (also in the printed report).

mod choices;
mod field;
mod ladder;

pub use choices::{currency_choice, mode_choice, terms_choice};
pub use field::{PriceForm, number_field};
pub use ladder::ladder_markup;
