//! The HS code the owner kept, as the result, its report and the markets' section show it.

use leptos::prelude::*;

use crate::locale::ResultStrings;
use crate::model::{Lang, hs_catalog};

/// "Your HS code: 2106.90, …" for a kept code that the catalogue lists; nothing otherwise.
pub fn kept_code_view(
    kept: &str,
    lang: Lang,
    t: &'static ResultStrings,
) -> Option<impl IntoView + use<>> {
    let heading = hs_catalog().heading(kept)?;
    let line = t
        .hs_kept
        .replace("{code}", &heading.dotted())
        .replace("{description}", heading.description.get(lang));
    Some(view! {
        <p class="sm-hs__kept">
            <strong>{line}</strong>
            " "
            <span class="sm-hs__check">{t.hs_check_short}</span>
        </p>
    })
}
