//! One next step: what to do, where, what it costs and how long it takes; for a target market's
//! requirement, the market it is for. What a step shows never changes once drawn, so it is
//! written as markup (see `components::markup`); only its read-aloud is an element of its own.

use leptos::prelude::*;

use crate::components::{element, escape, text_element};
use crate::locale::ResultStrings;
use crate::model::{Lang, MarketStep, PlanStep, Step, Tool, advised, markets, questionnaire};
use crate::pages::sections::listen_button;
use crate::route::Route;

/// A step of the action plan as a list item.
#[component]
pub fn StepItem(
    /// The step, from the model's plan.
    step: PlanStep,
    /// Its number in the plan, counted from 1.
    number: usize,
    /// The language shown.
    lang: Lang,
    /// The interface strings in that language.
    t: &'static ResultStrings,
) -> impl IntoView {
    match step {
        PlanStep::Question(step) => question_step(step, number, lang, t).into_any(),
        PlanStep::Market(step) => market_step(step, number, lang, t).into_any(),
    }
}

/// A question's step: its pillar, a badge when it clears a gate or answers a "Belum tahu", what
/// to do, and the facts that are known (where, cost, time, the official site, opened in a new
/// tab), then its read-aloud.
fn question_step(
    step: Step,
    number: usize,
    lang: Lang,
    t: &'static ResultStrings,
) -> impl IntoView {
    let advice = advised().questions[step.index].next_step;
    let mut tags = text_element(
        "span",
        "sm-tag",
        questionnaire().pillars[step.pillar].name.get(lang),
    );
    if step.is_gate {
        tags += &text_element("span", "sm-tag sm-tag--gate", t.plan_gate_badge);
    }
    if step.dont_know {
        tags += &text_element("span", "sm-tag sm-tag--learn", t.plan_dont_know_badge);
    }
    let mut facts = fact(t.plan_where, &advised().where_to_go(&advice, lang));
    if let Some(cost) = advice.cost {
        facts += &fact(t.plan_cost, cost.get(lang));
    }
    if let Some(time) = advice.time {
        facts += &fact(t.plan_time, time.get(lang));
    }
    if let Some(href) = advice.link {
        let site = href.trim_start_matches("https://").trim_end_matches('/');
        let new_tab = text_element("span", "sm-results__sr", &[" ", t.results_new_tab].concat());
        let link = format!(
            r#"<a class="sm-action__link" href="{}" target="_blank" rel="noopener">{}{new_tab}</a>"#,
            escape(href),
            escape(site)
        );
        let term = text_element("dt", "", t.plan_link);
        facts += &element(
            "div",
            "sm-action__fact",
            &[term, element("dd", "", &link)].concat(),
        );
    }
    let mut markup = [
        element("p", "sm-action__tags", &tags),
        text_element("p", "sm-action__what", advice.what.get(lang)),
        element("dl", "sm-action__facts", &facts),
    ]
    .concat();
    if let Some(tool) = advice.tool {
        let href = Route::from(tool).fragment(questionnaire());
        let link = format!(
            r#"<a class="sm-button" href="{}">{}</a>"#,
            escape(&href),
            escape(tool_name(tool, t))
        );
        markup += &element("p", "sm-action__tool", &link);
    }
    view! {
        <li class="sm-action" class:sm-action--gate=step.is_gate>
            <div class="sm-action__body" inner_html=markup></div>
            {listen_step(number, lang, t)}
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

/// A target market's requirement: the market, what it requires, and where to get it, then its
/// read-aloud.
fn market_step(
    step: MarketStep,
    number: usize,
    lang: Lang,
    t: &'static ResultStrings,
) -> Option<impl IntoView> {
    let (market, requirement) = step.get(markets())?;
    let tag = text_element("span", "sm-tag sm-tag--market", market.name.get(lang));
    let markup = [
        element("p", "sm-action__tags", &tag),
        text_element("p", "sm-action__what", requirement.what.get(lang)),
        element(
            "dl",
            "sm-action__facts",
            &fact(
                t.plan_where,
                &advised().place_names(requirement.places, lang),
            ),
        ),
    ]
    .concat();
    Some(view! {
        <li class="sm-action">
            <div class="sm-action__body" inner_html=markup></div>
            {listen_step(number, lang, t)}
        </li>
    })
}

/// The read-aloud of step `number`: what the step shows.
fn listen_step(number: usize, lang: Lang, t: &'static ResultStrings) -> impl IntoView {
    let name = t.listen_step.replace("{n}", &number.to_string());
    listen_button(name, lang, None)
}

/// One known fact of a step, as markup: its term and its value.
fn fact(term: &str, text: &str) -> String {
    let inner = [text_element("dt", "", term), text_element("dd", "", text)];
    element("div", "sm-action__fact", &inner.concat())
}
