//! The first question: what kind of product the business makes, which decides the questions
//! that apply (the food permit only for food and drink).

use leptos::prelude::*;

use crate::components::tr;

use super::sections::StepForm;
use crate::components::{Choice, ChoiceList};
use crate::model::{questionnaire, score};
use crate::route::{Route, resume};
use crate::state::AppState;

/// The product-type question.
#[component]
pub fn ProductTypePage(
    /// The question's read-aloud, from the part of the app that draws it.
    listen: ViewFn,
) -> impl IntoView {
    let state = AppState::get();
    let q = questionnaire();
    let lang = move || state.lang.get();
    // Offered in the content's order; chosen by position in it.
    let order = q.product_type_order;
    let choices = Signal::derive(move || {
        order
            .iter()
            .map(|&index| &q.product_types[usize::from(index)])
            .map(|kind| Choice {
                label: kind.name.get(lang()).to_owned(),
                detail: Some(kind.examples.get(lang()).to_owned()),
                dont_know: false,
            })
            .collect::<Vec<_>>()
    });
    let selected = Signal::derive(move || {
        state.response.with(|r| {
            r.product_type
                .and_then(|t| order.iter().position(|&o| o == t))
        })
    });
    let progress = Signal::derive(move || state.response.with(|r| score(q, r).progress));
    let choose = move |position: usize| {
        state
            .response
            .update(|r| r.product_type = order.get(position).copied());
    };
    view! {
        <StepForm
            place=Signal::derive(move || state.t().about_business.to_owned())
            progress
            title=Signal::derive(move || state.t().product_type_title.to_owned())
            answered=Signal::derive(move || selected.get().is_some())
            on_next=move || state.navigate(state.response.with_untracked(|r| resume(q, r)))
            on_back=move || state.navigate(Route::Welcome)
            listen
        >
            <p class="sm-step__note">{tr(|t| t.product_type_note)}</p>
            <div class="sm-step__choices">
                <ChoiceList name="product-type" choices selected on_choose=choose />
            </div>
        </StepForm>
    }
}
