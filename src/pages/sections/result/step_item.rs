//! One next step: what to do, where, what it costs and how long it takes; for a target market's
//! requirement, the market it is for.

use leptos::prelude::*;

use crate::locale::ResultStrings;
use crate::model::{Lang, MarketStep, PlanStep, Step, Tool, advised, markets, questionnaire};
use crate::route::Route;

/// A step of the action plan as a list item.
#[component]
pub fn StepItem(
    /// The step, from the model's plan.
    step: PlanStep,
    /// The language shown.
    lang: Lang,
    /// The interface strings in that language.
    t: &'static ResultStrings,
) -> impl IntoView {
    match step {
        PlanStep::Question(step) => question_step(step, lang, t).into_any(),
        PlanStep::Market(step) => market_step(step, lang, t).into_any(),
    }
}

/// A question's step: its pillar, a badge when it clears a gate or answers a "Belum tahu", what
/// to do, and the facts that are known (where, cost, time, the official site, opened in a new
/// tab).
fn question_step(step: Step, lang: Lang, t: &'static ResultStrings) -> impl IntoView {
    let advice = advised().questions[step.index].next_step;
    let link = advice.link.map(|href| {
        let site = href.trim_start_matches("https://").trim_end_matches('/');
        view! {
            <div class="sm-action__fact">
                <dt>{t.plan_link}</dt>
                <dd>
                    <a class="sm-action__link" href=href target="_blank" rel="noopener">
                        {site}
                        <span class="sm-results__sr">" " {t.results_new_tab}</span>
                    </a>
                </dd>
            </div>
        }
    });
    view! {
        <li class="sm-action" class:sm-action--gate=step.is_gate>
            <p class="sm-action__tags">
                <span class="sm-tag">{questionnaire().pillars[step.pillar].name.get(lang)}</span>
                {step.is_gate.then(|| view! {
                    <span class="sm-tag sm-tag--gate">{t.plan_gate_badge}</span>
                })}
                {step.dont_know.then(|| view! {
                    <span class="sm-tag sm-tag--learn">{t.plan_dont_know_badge}</span>
                })}
            </p>
            <p class="sm-action__what">{advice.what.get(lang)}</p>
            <dl class="sm-action__facts">
                {fact(t.plan_where, advised().where_to_go(&advice, lang))}
                {advice.cost.map(|cost| fact(t.plan_cost, cost.get(lang).to_owned()))}
                {advice.time.map(|time| fact(t.plan_time, time.get(lang).to_owned()))}
                {link}
            </dl>
            {advice.tool.map(|tool| {
                view! {
                    <p class="sm-action__tool">
                        <a class="sm-button" href=Route::from(tool).fragment(questionnaire())>
                            {tool_name(tool, t)}
                        </a>
                    </p>
                }
            })}
        </li>
    }
}

/// What a tool of the app is called.
pub fn tool_name(tool: Tool, t: &'static ResultStrings) -> &'static str {
    match tool {
        Tool::Price => t.price_title,
        Tool::HsCode => t.hs_title,
    }
}

/// A target market's requirement: the market, what it requires, and where to get it.
fn market_step(step: MarketStep, lang: Lang, t: &'static ResultStrings) -> Option<impl IntoView> {
    let (market, requirement) = step.get(markets())?;
    Some(view! {
        <li class="sm-action">
            <p class="sm-action__tags">
                <span class="sm-tag sm-tag--market">{market.name.get(lang)}</span>
            </p>
            <p class="sm-action__what">{requirement.what.get(lang)}</p>
            <dl class="sm-action__facts">
                {fact(t.plan_where, advised().place_names(requirement.places, lang))}
            </dl>
        </li>
    })
}

/// One known fact of a step: its term and its value.
fn fact(term: &'static str, text: String) -> impl IntoView {
    view! {
        <div class="sm-action__fact">
            <dt>{term}</dt>
            <dd>{text}</dd>
        </div>
    }
}
