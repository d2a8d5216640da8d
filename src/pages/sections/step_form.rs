//! The frame every question screen shares: where the owner is, the question as the page's
//! heading, the answers, and back / next.

use leptos::html::H1;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::components::tr;

use crate::model::Progress;
use crate::page::focus;
use crate::state::AppState;

/// A question screen as one form: Enter or "Lanjut" submits it, so the keyboard path is the
/// same as the pointer path. The heading takes focus when the screen opens, so a screen reader
/// reads the new question at once, and a hint left open on the previous question is closed
/// (the next question reuses the same elements).
#[component]
pub fn StepForm(
    /// Where this question sits ("Pemasaran · 3 dari 7").
    #[prop(into)]
    place: Signal<String>,
    /// Questions answered so far and in all, for the progress bar.
    #[prop(into)]
    progress: Signal<Progress>,
    /// The question, as the screen's heading.
    #[prop(into)]
    title: Signal<String>,
    /// Whether an answer is chosen; without one, "Lanjut" explains instead of moving on.
    #[prop(into)]
    answered: Signal<bool>,
    /// Goes on to the next screen.
    #[prop(into)]
    on_next: Callback<()>,
    /// Goes back to the previous screen.
    #[prop(into)]
    on_back: Callback<()>,
    /// Beside where the question sits: its read-aloud, from the part of the app that draws it.
    listen: ViewFn,
    /// Shown under the heading: a hint or note, then the answers in a `sm-step__choices` block.
    /// One child view rather than a separate note, for a smaller WebAssembly.
    children: Children,
) -> impl IntoView {
    let state = AppState::get();
    let t = move || state.t();
    let (tried_without_answer, set_tried) = signal(false);
    let heading = NodeRef::<H1>::new();
    // The form's element `selector` matches, found from the heading (a node reference of its
    // own would cost more WebAssembly).
    let find = move |selector: &str| {
        let form = heading.get()?.closest("form").ok()??;
        form.query_selector(selector).ok()?
    };
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            focus(heading.into());
        }
        if let Some(open) = find("details[open]") {
            let _ = open.remove_attribute("open");
        }
    });
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if answered.get_untracked() {
            on_next.run(());
        } else {
            set_tried.set(true);
        }
    };
    // The progress bar's name, values and width, set by one effect that finds the bar from the
    // heading: as four reactive attributes, or through a node reference of its own, they cost
    // noticeably more WebAssembly. The bar stays the same element, so its width still
    // eases from one answer to the next; the first values land before the screen is first
    // painted (effects run in a microtask), and a width from `auto` never animates.
    Effect::new(move |_| {
        let progress = progress.get();
        let Some(bar) = find(".sm-progress") else {
            return;
        };
        let (answered, total) = (
            progress.answered.to_string(),
            progress.applicable.to_string(),
        );
        let label = t()
            .overall_answered
            .replace("{answered}", &answered)
            .replace("{total}", &total);
        let _ = bar.set_attribute("aria-label", &label);
        let _ = bar.set_attribute("aria-valuemax", &total);
        let _ = bar.set_attribute("aria-valuenow", &answered);
        // Through the style object: a Content-Security-Policy without 'unsafe-inline' refuses
        // a `style` attribute, but not this.
        if let Some(fill) = bar
            .first_element_child()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let width = format!("{}%", progress.percent());
            let _ = fill.style().set_property("width", &width);
        }
    });
    view! {
        <form class="sm-card sm-step" on:submit=on_submit novalidate>
            <div class="sm-step__place">
                <span>{place}</span>
                {listen.run()}
            </div>
            <div
                class="sm-progress"
                role="progressbar"
                aria-valuemin="0"
            >
                <div class="sm-progress__bar"></div>
            </div>
            <fieldset class="sm-step__fieldset">
                <legend class="sm-step__legend">
                    <h1 class="sm-step__title" tabindex="-1" node_ref=heading>
                        {title}
                    </h1>
                </legend>
                {children()}
            </fieldset>
            {move || (tried_without_answer.get() && !answered.get()).then(|| view! {
                <p class="sm-step__error" role="alert">
                    {tr(|t| t.choose_first)}
                </p>
            })}
            <div class="sm-step__nav">
                <button type="button" class="sm-button" on:click=move |_| on_back.run(())>
                    {tr(|t| t.back)}
                </button>
                <button type="submit" class="sm-button sm-button--primary">
                    {tr(|t| t.next)}
                </button>
            </div>
            <p class="sm-step__saved">
                // Why not is the notice's to say.
                {move || {
                    let t = state.t();
                    if state.not_kept.get().is_some() { t.not_saved } else { t.saved_on_device }
                }}
            </p>
        </form>
    }
}
