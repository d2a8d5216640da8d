//! One next step: what to do, where, what it costs and how long it takes; for a target market's
//! requirement, the market it is for. What a step shows never changes once drawn, so it is
//! written as markup (see `components::markup`); only its read-aloud is an element of its own.

use leptos::prelude::*;

use crate::components::{acronym_notes, element, escape, text_element};
use crate::locale::ResultStrings;
use crate::model::{Lang, MarketStep, PlanStep, Step, Tool, advised, markets, questionnaire};
use crate::pages::sections::listen_button;
use crate::route::Route;

/// Step `number` (counted from 1) of the action plan as a list item, in `lang` with its strings
/// `t`; it explains the acronyms that the steps before it (`explained`) have not. Nothing for a
/// market's step whose market the content no longer has.
pub fn step_item(
    step: PlanStep,
    number: usize,
    lang: Lang,
    t: &'static ResultStrings,
    explained: &mut Vec<&'static str>,
) -> Option<impl IntoView + use<>> {
    let (markup, class) = match step {
        PlanStep::Question(step) => {
            let class = if step.is_gate {
                "sm-action sm-action--gate"
            } else {
                "sm-action"
            };
            (question_step(step, lang, t, explained), class)
        }
        PlanStep::Market(step) => (market_step(step, lang, t, explained)?, "sm-action"),
    };
    let name = t.listen_step.replace("{n}", &number.to_string());
    Some(view! {
        <li class=class>
            <div class="sm-action__body" inner_html=markup></div>
            {listen_button(name, lang, None)}
        </li>
    })
}

/// A question's step, as markup: its pillar, a badge when it clears a gate or answers a "Belum
/// tahu", what to do, and the facts that are known (where, cost, time, the official site, opened
/// in a new tab).
fn question_step(
    step: Step,
    lang: Lang,
    t: &'static ResultStrings,
    explained: &mut Vec<&'static str>,
) -> String {
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
    let place = advised().where_to_go(&advice, lang);
    let mut facts = fact(t.plan_where, &place);
    let (what, cost, time) = (advice.what.get(lang), advice.cost, advice.time);
    let (cost, time) = (cost.map(|c| c.get(lang)), time.map(|t| t.get(lang)));
    if let Some(cost) = cost {
        facts += &fact(t.plan_cost, cost);
    }
    if let Some(time) = time {
        facts += &fact(t.plan_time, time);
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
        text_element("p", "sm-action__what", what),
        element("dl", "sm-action__facts", &facts),
    ]
    .concat();
    if let Some(tool) = advice.tool {
        markup += &element("p", "sm-action__tool", &tool_link(tool, t));
    }
    let texts: Vec<&str> = [what, &place].into_iter().chain(cost).chain(time).collect();
    markup + &acronym_notes(&texts, lang, t, explained)
}

/// What a tool of the app is called.
fn tool_name(tool: Tool, t: &'static ResultStrings) -> &'static str {
    match tool {
        Tool::Price => t.price_title,
        Tool::HsCode => t.hs_title,
    }
}

/// The way to a tool of the app, as markup: a button-styled link to its screen.
pub fn tool_link(tool: Tool, t: &'static ResultStrings) -> String {
    let href = Route::from(tool).fragment(questionnaire());
    format!(
        r#"<a class="sm-button" href="{}">{}</a>"#,
        escape(&href),
        escape(tool_name(tool, t))
    )
}

/// A target market's requirement, as markup: the market, what it requires, and where to get it.
fn market_step(
    step: MarketStep,
    lang: Lang,
    t: &'static ResultStrings,
    explained: &mut Vec<&'static str>,
) -> Option<String> {
    let (market, requirement) = step.get(markets())?;
    let tag = text_element("span", "sm-tag sm-tag--market", market.name.get(lang));
    let (what, place) = (
        requirement.what.get(lang),
        advised().place_names(requirement.places, lang),
    );
    let markup = [
        element("p", "sm-action__tags", &tag),
        text_element("p", "sm-action__what", what),
        element("dl", "sm-action__facts", &fact(t.plan_where, &place)),
        acronym_notes(&[what, &place], lang, t, explained),
    ];
    Some(markup.concat())
}

/// One known fact of a step, as markup: its term and its value.
fn fact(term: &str, text: &str) -> String {
    let inner = [text_element("dt", "", term), text_element("dd", "", text)];
    element("div", "sm-action__fact", &inner.concat())
}
