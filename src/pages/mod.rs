//! The screens of the app, one per file. They follow the size rule of [`crate::components`].

mod hs_code;
mod price;
mod privacy;
mod product_type;
mod question;
mod results;
pub mod sections;
mod shared_result;
mod welcome;

pub use hs_code::HsCodePage;
pub use price::PricePage;
pub use privacy::Privacy;
pub use product_type::ProductTypePage;
pub use question::{QuestionHint, QuestionPage};
pub use results::ResultsPage;
pub use shared_result::SharedResult;
pub use welcome::{Welcome, way_in};
