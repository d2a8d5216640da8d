//! Pieces of the interface that both apps use, one component per file. None reads an app's
//! state: what they show comes as props, and the language from [`UiLang`] (the owner's own
//! sections are in `pages::sections`).
//!
//! Size rule (measured with `scripts/bytes.mjs`): each distinct piece of view code is
//! monomorphised into its own rendering code. A `<Show>` costs more than a plain closure
//! (`move || cond.then(..)`, or an if/else with `.into_any()`); each reactive attribute costs a
//! few hundred bytes, and so does a node reference to an element type not referenced before.
//! Single strings go through [`tr`] and [`text`], which share one closure type.

mod acronym_notes;
mod choice_list;
mod confirm_button;
mod copy_link;
mod language_switch;
mod later;
mod markup;
mod qr_code;
mod reflect;
mod text;

pub use acronym_notes::{acronym_list, acronym_notes};
pub use choice_list::{Choice, ChoiceList};
pub use confirm_button::ConfirmButton;
pub use copy_link::{CopyLink, copy_to_clipboard, when_settled};
pub use language_switch::LanguageSwitch;
pub use later::later;
pub use markup::{element, escape, text_element};
pub use qr_code::qr_markup;
pub use reflect::{call, construct, get, window};
pub use text::{
    UiLang, currency_label, link_error_text, long_date, month_and_year, result_tr, signed, text,
    tr, ui_lang,
};
