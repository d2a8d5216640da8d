//! Keeping and sending the owner's result: a name for it, the link, WhatsApp, the phone's own
//! share sheet, a QR code and a printable report.

use js_sys::Reflect;
use leptos::prelude::*;

use super::label_field::LabelField;
use super::section_heading;
use super::share_text::{result_link, summary, whatsapp_href};
use crate::components::{CopyLink, element, escape, qr_markup, text_element, when_settled};
use crate::model::{Response, assess, questionnaire};
use crate::state::AppState;

/// Whether the browser has the Web Share API (most phones do; many desktops do not).
fn can_share() -> bool {
    web_sys::window()
        .and_then(|w| Reflect::has(&w.navigator(), &"share".into()).ok())
        .unwrap_or(false)
}

/// Opens the phone's share sheet with the summary and the link. Cancelling it is not an error.
fn share(title: &str, text: &str, url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    when_settled(&window.navigator().share_with_data(&data), |_| ());
}

/// Opens the browser's print dialog (where "save as PDF" is), with `print.css` applied.
fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The sharing section of the owner's own result: the privacy reminder (the link holds the
/// answers; nothing goes to a server), the business name, the link with a copy button, a
/// WhatsApp link with a short summary, the Web Share button where the browser has it, print,
/// and the QR code. In print only the link as text and the QR code remain. The name field sits
/// outside the redrawn part, so saving a name never takes the focus away.
#[component]
pub fn SharePanel(
    /// The owner's result.
    #[prop(into)]
    response: Signal<Response>,
) -> impl IntoView {
    let state = AppState::get();
    let native = can_share();
    let intro = move || {
        let t = state.result_t();
        [
            section_heading("sm-share-title", t.share_heading),
            text_element("p", "sm-results__intro sm-share__privacy", t.share_privacy),
        ]
        .concat()
    };
    let tools = move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let (link, label) = response.with(|r| (result_link(r), r.label.clone()));
        let a = response.with(|r| assess(questionnaire(), r));
        let message = summary(t, lang, label.as_deref(), state.workshop, &a);
        let new_tab = text_element("span", "sm-results__sr", &[" ", t.results_new_tab].concat());
        let whatsapp = format!(
            r#"<a class="sm-button sm-button--primary" href="{}" target="_blank" rel="noopener">{}{new_tab}</a>"#,
            escape(&whatsapp_href(t, &message, &link)),
            escape(t.share_whatsapp)
        );
        // The code and, for print, the link as text: markup, as they never change once drawn.
        let figure = [
            qr_markup(&link, t.share_qr_label),
            text_element("figcaption", "sm-share__qr-caption", t.share_qr_caption),
        ];
        let print_link = [
            escape(t.share_print_link),
            " ".to_owned(),
            text_element("span", "sm-share__url", &link),
        ];
        let code = [
            element("figure", "sm-share__qr", &figure.concat()),
            element("p", "sm-share__print-link", &print_link.concat()),
        ]
        .concat();
        let shared = link.clone();
        let native_share = native.then(|| {
            view! {
                <button
                    type="button"
                    class="sm-button"
                    on:click=move |_| share(t.app_name, &message, &shared)
                >
                    {t.share_native}
                </button>
            }
        });
        view! {
            <CopyLink link t />
            <div class="sm-share__actions">
                <div class="sm-markup" inner_html=whatsapp></div>
                {native_share}
                <button type="button" class="sm-button" on:click=|_| print()>
                    {t.share_print}
                </button>
            </div>
            <div inner_html=code></div>
        }
    };
    view! {
        <section class="sm-card sm-results__section sm-share" aria-labelledby="sm-share-title">
            <div class="sm-markup" inner_html=intro></div>
            <LabelField />
            {tools}
        </section>
    }
}
