//! Text that follows the language switch. Every interface string goes through these
//! functions, so all of them share a few closure types: each use then costs a few bytes of
//! WebAssembly instead of its own copy of Leptos's rendering code (measured with twiggy).

use leptos::prelude::*;

use super::reflect::{call, construct, get, window};
use crate::locale::{LoadLanguage, ResultStrings, Strings, result_strings, strings};
use crate::model::{CodeError, Day, Lang, Text};

/// The interface language, provided by the app that runs (the owner's or the mentor's), so
/// pieces of the interface serve both, and how that app brings in another language.
#[derive(Clone, Copy)]
pub struct UiLang {
    pub lang: RwSignal<Lang>,
    pub bring: LoadLanguage,
}

/// The interface language of the running app.
pub fn ui_lang() -> RwSignal<Lang> {
    expect_context::<UiLang>().lang
}

/// An interface string, chosen by a plain function of the strings: `tr(|t| t.next)`.
pub fn tr(
    key: fn(&'static Strings) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = ui_lang();
    move || key(strings(lang.get()))
}

/// A string of the result's screens (and the owner's other later screens), as [`tr`] does: only
/// the owner's later part calls it, so only that part carries these strings.
pub fn result_tr(
    key: fn(&'static ResultStrings) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = ui_lang();
    move || key(result_strings(lang.get()))
}

/// A text of the questionnaire (a question, an answer, a pillar's name) in the current language.
pub fn text(text: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = ui_lang();
    move || text.get(lang.get())
}

/// What to tell someone whose link could not be read, and what they can do about it: which
/// string, so it shows through [`tr`] like every other single string.
pub fn link_error_text(error: CodeError) -> fn(&'static Strings) -> &'static str {
    match error {
        CodeError::NotACode => |t| t.link_error_not_a_code,
        CodeError::Truncated => |t| t.link_error_truncated,
        CodeError::WrongChecksum => |t| t.link_error_wrong_checksum,
        CodeError::FromNewerVersion(_) | CodeError::UnknownMarket(_) => {
            |t| t.link_error_from_newer_version
        }
        CodeError::InvalidProductType(_)
        | CodeError::InvalidAnswer(_)
        | CodeError::InvalidLabel
        | CodeError::Malformed => |t| t.link_error_invalid,
    }
}

/// A change in points as shown: "+5", "−3" (a true minus sign) or "0", so the direction is in
/// the text, not in a colour.
pub fn signed(change: i32) -> String {
    match change {
        1.. => ["+", &change.to_string()].concat(),
        0 => "0".to_owned(),
        _ => ["−", &change.unsigned_abs().to_string()].concat(),
    }
}

/// A day written out the way `lang` writes dates ("12 Maret 2025", "March 12, 2025"), by the
/// browser's own calendar data so the app carries no month names.
pub fn long_date(day: Day, lang: Lang) -> String {
    let (year, month, date) = day.ymd();
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    // A `Day` lies in 2024–2203, so the year is positive.
    js_sys::Date::new_with_year_month_day(year as u32, i32::from(month) - 1, i32::from(date))
        .to_locale_date_string(lang.code(), &options)
        .into()
}

/// A month as people write it in `lang` ("Desember 2026", "December 2026").
pub fn month_and_year(year: u16, month: u8, lang: Lang) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"month".into(), &"long".into());
    let _ = js_sys::Reflect::set(&options, &"year".into(), &"numeric".into());
    js_sys::Date::new_with_year_month_day(u32::from(year), i32::from(month) - 1, 1)
        .to_locale_date_string(lang.code(), &options)
        .into()
}

/// A currency's code with its name as `lang` words it ("MYR · Ringgit Malaysia"), from the
/// browser's own data (`Intl.DisplayNames`), so the app carries no names; the code alone where
/// the browser has none.
pub fn currency_label(code: &str, lang: Lang) -> String {
    match currency_name(code, lang) {
        Some(name) if name != code => [code, " · ", &name].concat(),
        _ => code.to_owned(),
    }
}

/// `new Intl.DisplayNames([lang], { type: "currency" }).of(code)`.
fn currency_name(code: &str, lang: Lang) -> Option<String> {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"currency".into());
    let class = get(&get(&window(), "Intl"), "DisplayNames");
    let names = construct(&class, &[&lang.code().into(), &options])?;
    call(&names, "of", &code.into()).as_string()
}
