//! The four levels in order, with the owner's marked, so a level name means something.

use leptos::prelude::*;

use crate::locale::Strings;
use crate::model::{Lang, questionnaire};

/// Every level with its score range, lowest first; the awarded one is marked in words (not by
/// colour alone) and with `aria-current`.
#[component]
pub fn LevelScale(
    /// Index of the level awarded, from the model.
    level: usize,
    /// The language shown.
    lang: Lang,
    /// The interface strings in that language.
    t: &'static Strings,
) -> impl IntoView {
    let items = questionnaire()
        .levels
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let current = index == level;
            let range = [step.min.to_string(), step.max.to_string()].join("–");
            view! {
                <li
                    class="sm-levels__item"
                    class:sm-levels__item--current=current
                    aria-current=current.then_some("true")
                >
                    <span class="sm-levels__name">{step.name.get(lang)}</span>
                    <span class="sm-levels__range">{range}</span>
                    {current.then(|| view! {
                        <span class="sm-levels__yours">{t.results_level_yours}</span>
                    })}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="sm-levels" aria-label=t.results_levels_label>{items}</ol> }
}
