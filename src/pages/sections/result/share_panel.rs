//! Keeping and sending the owner's result: a name for it, the link, WhatsApp, the phone's own
//! share sheet, a QR code and a printable report.

use js_sys::Reflect;
use leptos::prelude::*;

use super::label_field::LabelField;
use super::share_text::{result_link, summary, whatsapp_href};
use crate::components::QrCode;
use crate::components::{CopyLink, when_settled};
use crate::model::{Assessment, Response};
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
    /// Its scores and level, from the model.
    #[prop(into)]
    assessment: Signal<Assessment>,
) -> impl IntoView {
    let state = AppState::get();
    let native = can_share();
    let intro = move || {
        let t = state.result_t();
        view! {
            <h2 id="sm-share-title" class="sm-results__heading">{t.share_heading}</h2>
            <p class="sm-results__intro sm-share__privacy">{t.share_privacy}</p>
        }
    };
    let tools = move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let (link, label) = response.with(|r| (result_link(r), r.label.clone()));
        let message = assessment.with(|a| summary(t, lang, label.as_deref(), state.workshop, a));
        let whatsapp = whatsapp_href(t, &message, &link);
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
            <CopyLink link=link.clone() t />
            <div class="sm-share__actions">
                <a class="sm-button sm-button--primary" href=whatsapp target="_blank" rel="noopener">
                    {t.share_whatsapp}
                    <span class="sm-results__sr">" " {t.results_new_tab}</span>
                </a>
                {native_share}
                <button type="button" class="sm-button" on:click=|_| print()>
                    {t.share_print}
                </button>
            </div>
            <figure class="sm-share__qr">
                <QrCode text=link.clone() label=t.share_qr_label />
                <figcaption class="sm-share__qr-caption">{t.share_qr_caption}</figcaption>
            </figure>
            <p class="sm-share__print-link">
                {t.share_print_link} " " <span class="sm-share__url">{link}</span>
            </p>
        }
    };
    view! {
        <section class="sm-card sm-results__section sm-share" aria-labelledby="sm-share-title">
            {intro}
            <LabelField />
            {tools}
        </section>
    }
}
