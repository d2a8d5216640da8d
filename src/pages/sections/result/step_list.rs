//! The action plan: the next steps in the model's order (the chosen markets' requirements
//! among them), the top five first.

use leptos::prelude::*;

use super::step_item::step_item;
use crate::model::{Response, markets, plan, questionnaire};
use crate::state::AppState;

/// How many steps show before "see all" (every step shows in print).
const TOP: usize = 5;

/// The numbered next steps. Every step is rendered; past the fifth they are hidden by a class
/// on the list until "see all" is pressed, so a print stylesheet can show them all. With no
/// weak answers, a word that nothing is urgent.
#[component]
pub fn StepList(
    /// The result shown.
    #[prop(into)]
    response: Signal<Response>,
) -> impl IntoView {
    let state = AppState::get();
    let expanded = RwSignal::new(false);
    move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let plan = response.with(|r| plan(questionnaire(), markets(), r));
        let body = if plan.is_empty() {
            view! { <p class="sm-results__intro">{t.plan_none}</p> }.into_any()
        } else {
            let count = plan.len();
            let show_all = t.plan_show_all.replace("{count}", &count.to_string());
            let toggle = (count > TOP).then(|| {
                view! {
                    <button
                        type="button"
                        class="sm-button sm-plan__toggle"
                        aria-controls="sm-plan-steps"
                        aria-expanded=move || expanded.get().to_string()
                        on:click=move |_| expanded.update(|open| *open = !*open)
                    >
                        {move || {
                            if expanded.get() { t.plan_show_fewer.to_owned() } else { show_all.clone() }
                        }}
                    </button>
                }
            });
            let mut explained = Vec::new();
            let steps = plan
                .into_iter()
                .zip(1..)
                .filter_map(|(step, number)| step_item(step, number, lang, t, &mut explained))
                .collect_view();
            view! {
                <p class="sm-results__intro">{t.plan_intro}</p>
                <ol
                    id="sm-plan-steps"
                    class="sm-plan"
                    class:sm-plan--collapsed=move || !expanded.get()
                >
                    {steps}
                </ol>
                {toggle}
            }
            .into_any()
        };
        view! {
            <section class="sm-card sm-results__section" aria-labelledby="sm-plan-title">
                <h2 id="sm-plan-title" class="sm-results__heading">{t.plan_heading}</h2>
                {body}
            </section>
        }
    }
}
