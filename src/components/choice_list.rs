//! A radio group of large, tappable choices: the answers to one question.

use leptos::prelude::*;

/// One choice: its label, an optional second line, and whether it is the "Belum tahu" choice
/// (drawn apart from the graded answers).
#[derive(Clone)]
pub struct Choice {
    /// The answer as the owner reads it.
    pub label: String,
    /// A quieter second line (examples, or what "Belum tahu" means).
    pub detail: Option<String>,
    /// Whether this is the "don't know yet" answer.
    pub dont_know: bool,
}

/// Native radio buttons, so arrow keys move within the group and screen readers announce
/// "1 of 4" without extra code. `selected` is the chosen position; `on_choose` gets a new one.
#[component]
pub fn ChoiceList(
    /// The group's name (unique on the page).
    name: &'static str,
    /// The choices, in order.
    #[prop(into)]
    choices: Signal<Vec<Choice>>,
    /// The position of the chosen choice, if any.
    #[prop(into)]
    selected: Signal<Option<usize>>,
    /// Called with the position the owner chose.
    #[prop(into)]
    on_choose: Callback<usize>,
) -> impl IntoView {
    move || {
        choices
            .get()
            .into_iter()
            .enumerate()
            .map(|(position, choice)| {
                let class = if choice.dont_know {
                    "sm-choice sm-choice--dont-know"
                } else {
                    "sm-choice"
                };
                view! {
                    <label class=class>
                        <input
                            type="radio"
                            class="sm-choice__input"
                            name=name
                            value=position.to_string()
                            prop:checked=move || selected.get() == Some(position)
                            on:change=move |_| on_choose.run(position)
                        />
                        <span class="sm-choice__text">
                            <span class="sm-choice__label">{choice.label}</span>
                            {choice
                                .detail
                                .map(|detail| view! { <span class="sm-choice__detail">{detail}</span> })}
                        </span>
                    </label>
                }
            })
            .collect_view()
    }
}
