//! Browser tests of the results view (`src/components/results/`), mounted through the app in
//! headless Chromium: `cargo test --target wasm32-unknown-unknown --test results_view`.
//! Expected numbers, orders and texts come from the model and the locale files, never copied.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
// The result's strings, which include every other interface string.
use siap_mendunia::locale::{RESULT_EN as EN, RESULT_ID as ID};
use siap_mendunia::model::{
    Answer, Day, Lang, PlanStep, PriceField, Response, action_plan, advised, applicable_questions,
    assess, compare, decode, format_rupiah, ladder, learning_gaps, markets, newly_explained, plan,
    qr_matrix, questionnaire, strengths,
};
use siap_mendunia::route::Route;
use siap_mendunia::{App, Startup};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlInputElement};

mod support;
use support::{Mounted, fresh_root, until_drawn};

wasm_bindgen_test_configure!(run_in_browser);

/// A food business that has an NIB but no food permit (P2 = 0): its score reaches a level the
/// permit gate holds back. Some answers are "Belum tahu", a few are weak.
const CAPPED: &str = "P1=3 P2=0 P3=3 P4=? P10=2 P6=3 P7=2 M1=3 M2=3 M9=3 M4=? M5=3 M6=2 M10=3 \
    M8=2 K1=3 K2=3 K3=3 K8=2 K9=? K7=3 D8=3 D11=3 D4=3 D5=3 D6=1 D7=3 D10=2";
/// The same business half a year earlier: mostly weak answers, many next steps.
const EARLIER: &str = "P1=1 P2=0 P3=0 P4=? P10=1 P6=1 P7=1 M1=1 M2=0 M9=1 M4=? M5=0 M6=0 M10=0 \
    M8=0 K1=1 K2=2 K3=1 K8=1 K9=? K7=1 D8=2 D11=0 D4=0 D5=2 D6=0 D7=0 D10=0";

/// A response of a business of product type `kind`, from `ID=points` pairs (`?` for "Belum
/// tahu"); each answer is the question's option worth those points.
fn respond(kind: &str, answers: &str) -> Response {
    let q = questionnaire();
    let mut response = Response::new(q);
    response.product_type = q.product_type_index(kind);
    for pair in answers.split_whitespace() {
        let (id, value) = pair.split_once('=').unwrap();
        let answer = if value == "?" {
            Answer::DontKnow
        } else {
            let points: u8 = value.parse().unwrap();
            let question = &q.questions[q.question_index(id).unwrap()];
            let choice = question
                .answers
                .iter()
                .position(|a| a.points == points)
                .unwrap();
            Answer::Choice(choice as u8)
        };
        assert!(response.set_answer(q, id, Some(answer)), "{id}");
    }
    response.date = Day::from_ymd(2025, 3, 12);
    response
}

/// The app's own stylesheets for the results view, so visibility is tested as users see it.
const STYLES: [&str; 2] = [
    include_str!("../style/tokens.css"),
    include_str!("../style/results.css"),
];

/// Mounts the app showing `route`, with these answers and history, and the results styles,
/// and lets its first effects run.
async fn mount(lang: Lang, response: Response, history: Vec<Response>, route: Route) -> Mounted {
    let document = document();
    if document.get_element_by_id("sm-test-styles").is_none() {
        let style = document.create_element("style").unwrap();
        style.set_id("sm-test-styles");
        style.set_text_content(Some(&STYLES.concat()));
        document.head().unwrap().append_child(&style).unwrap();
    }
    let root = fresh_root();
    let startup = Startup {
        lang,
        language: siap_mendunia::locale::compiled_in(lang),
        bring: siap_mendunia::locale::both_here,
        response,
        history,
        route,
        notice: None,
        workshop: None,
        later: siap_mendunia::parts::load_here,
    };
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), move || {
        view! { <App startup /> }.into_any()
    });
    leptos::task::tick().await;
    until_drawn().await;
    Mounted {
        root,
        handle: Box::new(handle),
    }
}

/// Mounts the owner's own result.
async fn own(lang: Lang, response: Response) -> Mounted {
    mount(lang, response, Vec::new(), Route::Results).await
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.unchecked_into())
        .collect()
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

fn text_of(root: &Element, selector: &str) -> String {
    text(&find(root, selector))
}

fn attr(element: &Element, name: &str) -> String {
    element
        .get_attribute(name)
        .unwrap_or_else(|| panic!("no {name}"))
}

fn click(root: &Element, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
}

/// Clicks the button whose text is exactly `label`.
fn click_button(root: &Element, label: &str) {
    all(root, "button")
        .into_iter()
        .find(|b| text(b).trim() == label)
        .unwrap_or_else(|| panic!("no button {label}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn heading_states_the_models_score_and_level_with_its_meaning() {
    let q = questionnaire();
    let response = respond("food", CAPPED);
    let assessment = assess(q, &response);
    let level = &q.levels[assessment.level];
    let meaning = advised().level_meanings[assessment.level];
    let app = own(Lang::Id, response).await;

    let heading = text_of(&app.root, "h1");
    assert!(
        heading.contains(&assessment.scores.percent().to_string()),
        "{heading}"
    );
    assert!(heading.contains(level.name.get(Lang::Id)), "{heading}");
    assert_eq!(all(&app.root, "h1").len(), 1);
    assert_eq!(
        text_of(&app.root, ".sm-summary__meaning"),
        meaning.get(Lang::Id)
    );
}

#[wasm_bindgen_test]
async fn a_gate_that_caps_the_level_is_named_with_its_reason() {
    let q = questionnaire();
    let response = respond("food", CAPPED);
    let assessment = assess(q, &response);
    assert!(assessment.capped(), "the fixture must be capped");
    let app = own(Lang::Id, response).await;

    let gate = find(&app.root, ".sm-gate");
    let title = text_of(&gate, ".sm-gate__title");
    let level_name = q.levels[assessment.level].name.get(Lang::Id);
    assert_eq!(
        title,
        ID.results_gate_capped_title.replace("{level}", level_name)
    );
    let intro = text_of(&gate, ".sm-gate__intro");
    assert!(
        intro.contains(q.levels[assessment.score_level].name.get(Lang::Id)),
        "{intro}"
    );
    let reasons: Vec<String> = all(&gate, ".sm-gate__reason").iter().map(text).collect();
    let expected: Vec<&str> = assessment
        .failed_gates
        .iter()
        .map(|g| g.reason(advised()).unwrap().get(Lang::Id))
        .collect();
    assert_eq!(reasons, expected);

    // The acronyms of the reasons are explained under them, each as the model explains it.
    let explained = newly_explained(&expected, Lang::Id, &mut Vec::new());
    assert!(!explained.is_empty(), "the fixture's gate names an acronym");
    let terms: Vec<String> = all(&gate, ".sm-terms dt").iter().map(text).collect();
    let shown: Vec<&str> = explained.iter().map(|a| a.term).collect();
    assert_eq!(terms, shown);
    let definitions: Vec<String> = all(&gate, ".sm-terms dd").iter().map(text).collect();
    for (definition, acronym) in definitions.iter().zip(&explained) {
        assert_eq!(
            definition,
            &format!("{}. {}", acronym.stands_for, acronym.meaning)
        );
    }
}

#[wasm_bindgen_test]
async fn an_incomplete_check_says_so_and_leads_to_the_next_unanswered_question() {
    let q = questionnaire();
    let response = respond("craft", "P1=3 P4=1 M1=2");
    let progress = assess(q, &response).scores.progress;
    let next = applicable_questions(q, &response)
        .find(|(i, _)| response.answer(*i).is_none())
        .map(|(i, _)| Route::Question(i).fragment(q))
        .unwrap();
    let app = own(Lang::Id, response).await;

    let expected = ID
        .results_incomplete
        .replace("{answered}", &progress.answered.to_string())
        .replace("{total}", &progress.applicable.to_string());
    assert_eq!(text_of(&app.root, ".sm-summary__incomplete-text"), expected);
    assert_eq!(
        attr(&find(&app.root, ".sm-summary__continue"), "href"),
        next
    );
}

#[wasm_bindgen_test]
async fn chart_and_bars_state_every_pillar_score_as_text() {
    let q = questionnaire();
    let response = respond("food", CAPPED);
    let scores = assess(q, &response).scores;
    let app = own(Lang::Id, response).await;

    let chart = find(&app.root, "svg.sm-chart");
    assert_eq!(attr(&chart, "role"), "img");
    let label = attr(&chart, "aria-label");
    assert_eq!(text_of(&chart, "title"), label);
    let items = all(&app.root, ".sm-bars__item");
    assert_eq!(items.len(), q.pillars.len());
    for (pillar, item) in scores.pillars.iter().zip(&items) {
        let name = q.pillars[pillar.pillar].name.get(Lang::Id);
        let percent = pillar.percent().to_string();
        assert!(label.contains(&[name, " ", &percent].concat()), "{label}");
        assert_eq!(text_of(item, ".sm-bars__name"), name);
        assert_eq!(text_of(item, ".sm-bars__value"), percent);
        assert_eq!(attr(&find(item, "svg"), "aria-hidden"), "true");
    }
}

fn points(polygon: &Element) -> Vec<(i32, i32)> {
    attr(polygon, "points")
        .split_whitespace()
        .map(|pair| {
            let (x, y) = pair.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

#[wasm_bindgen_test]
async fn radar_points_sit_on_their_axes_at_their_scores() {
    let q = questionnaire();
    let response = respond("food", EARLIER);
    let scores = assess(q, &response).scores;
    let app = own(Lang::Id, response).await;

    let rings = all(&app.root, ".sm-chart__ring");
    let full = points(rings.last().unwrap());
    let area = points(&find(&app.root, ".sm-chart__area"));
    // The centre is the middle of the full ring; each point lies on the line from the centre to
    // its pillar's corner, at the pillar's share of the way (to within rounding).
    let center = ((full[0].0 + full[2].0) / 2, (full[0].1 + full[2].1) / 2);
    for ((corner, point), pillar) in full.iter().zip(&area).zip(&scores.pillars) {
        let percent = i32::from(pillar.percent());
        for (end, at, middle) in [(corner.0, point.0, center.0), (corner.1, point.1, center.1)] {
            let expected = (end - middle) * percent;
            assert!(
                ((at - middle) * 100 - expected).abs() <= 100,
                "{point:?} for {pillar:?}"
            );
        }
    }
}

#[wasm_bindgen_test]
async fn change_since_the_previous_check_shows_each_pillar_and_the_level_before_and_after() {
    let q = questionnaire();
    let (before, now) = (respond("food", EARLIER), respond("food", CAPPED));
    let change = compare(q, &before, &now);
    let (was, is) = (assess(q, &before), assess(q, &now));
    let app = mount(Lang::Id, now, vec![before], Route::Results).await;

    let rows = all(&app.root, ".sm-change__table tbody tr");
    assert_eq!(rows.len(), q.pillars.len());
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = all(row, "th, td").iter().map(text).collect();
        let moved = change.pillars[i];
        let sign = if moved > 0 {
            "+"
        } else if moved < 0 {
            "−"
        } else {
            ""
        };
        let expected = [
            q.pillars[i].name.get(Lang::Id).to_owned(),
            was.scores.pillars[i].percent().to_string(),
            is.scores.pillars[i].percent().to_string(),
            [sign, &moved.unsigned_abs().to_string()].concat(),
        ];
        assert_eq!(cells, expected);
    }
    let overall: Vec<String> = all(
        &app.root,
        ".sm-change__table tfoot th, .sm-change__table tfoot td",
    )
    .iter()
    .map(text)
    .collect();
    assert_eq!(overall[3], ["+", &change.overall.to_string()].concat());
    let level = text_of(&app.root, ".sm-change__level");
    let expected = ID
        .change_level_moved
        .replace("{before}", q.levels[change.level_before].name.get(Lang::Id))
        .replace("{after}", q.levels[change.level_after].name.get(Lang::Id));
    assert_eq!(level, expected);
}

#[wasm_bindgen_test]
async fn without_a_previous_check_there_is_no_comparison() {
    let app = own(Lang::Id, respond("food", CAPPED)).await;
    assert!(app.root.query_selector(".sm-change").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn strengths_show_the_best_answers_first_with_the_answer_chosen() {
    let q = questionnaire();
    let response = respond("food", CAPPED);
    let best = strengths(q, &response);
    let app = own(Lang::Id, response.clone()).await;

    let shown = all(&app.root, ".sm-strengths__item");
    assert_eq!(shown.len(), best.len().min(5));
    for (item, strength) in shown.iter().zip(&best) {
        let Some(Answer::Choice(choice)) = response.answer(strength.index) else {
            panic!("a strength has a graded answer");
        };
        let answer = strength.question.answers[usize::from(choice)]
            .text
            .get(Lang::Id);
        assert_eq!(text_of(item, ".sm-strengths__answer"), answer);
        assert_eq!(
            text_of(item, ".sm-strengths__question"),
            strength.question.text.get(Lang::Id)
        );
    }
    let more = ID
        .strengths_more
        .replace("{count}", &(best.len() - 5).to_string());
    assert_eq!(text_of(&app.root, ".sm-results__more"), more);
}

#[wasm_bindgen_test]
async fn learning_gaps_list_the_dont_know_questions_with_how_to_find_out() {
    let q = questionnaire();
    let response = respond("food", CAPPED);
    let gaps = learning_gaps(q, &response);
    assert!(!gaps.is_empty());
    let app = own(Lang::Id, response).await;

    let items = all(&app.root, ".sm-gaps__item");
    assert_eq!(items.len(), gaps.len());
    for (item, gap) in items.iter().zip(&gaps) {
        assert_eq!(
            text_of(item, ".sm-gaps__question"),
            gap.question.text.get(Lang::Id)
        );
        assert_eq!(
            text_of(item, ".sm-gaps__hint"),
            advised().questions[gap.index].hint.get(Lang::Id)
        );
    }
}

#[wasm_bindgen_test]
async fn next_steps_show_the_top_five_then_all_in_the_models_order() {
    let q = questionnaire();
    let response = respond("food", EARLIER);
    let plan = action_plan(q, &response);
    assert!(plan.len() > 5);
    let app = own(Lang::Id, response).await;

    let list = find(&app.root, ".sm-plan");
    let items = all(&list, ".sm-action");
    let whats: Vec<String> = items
        .iter()
        .map(|i| text_of(i, ".sm-action__what"))
        .collect();
    let expected: Vec<&str> = plan
        .iter()
        .map(|s| advised().questions[s.index].next_step.what.get(Lang::Id))
        .collect();
    assert_eq!(
        whats, expected,
        "every step is rendered, in the model's order"
    );
    let visible = |items: &[Element]| {
        items
            .iter()
            .filter(|i| i.unchecked_ref::<HtmlElement>().offset_height() > 0)
            .count()
    };
    assert_eq!(visible(&items), 5);
    let toggle = find(&app.root, ".sm-plan__toggle");
    assert_eq!(attr(&toggle, "aria-expanded"), "false");
    assert_eq!(
        text(&toggle),
        ID.plan_show_all.replace("{count}", &plan.len().to_string())
    );

    click(&app.root, ".sm-plan__toggle");
    leptos::task::tick().await;
    assert_eq!(attr(&toggle, "aria-expanded"), "true");
    assert_eq!(visible(&items), plan.len());
    assert_eq!(text(&toggle), ID.plan_show_fewer);
}

#[wasm_bindgen_test]
async fn a_step_names_its_pillar_marks_a_gate_and_opens_official_sites_in_a_new_tab() {
    let q = questionnaire();
    let response = respond("food", EARLIER);
    let plan = action_plan(q, &response);
    let app = own(Lang::Id, response).await;

    for (item, step) in all(&app.root, ".sm-action").iter().zip(&plan) {
        let tags = text_of(item, ".sm-action__tags");
        assert!(
            tags.contains(q.pillars[step.pillar].name.get(Lang::Id)),
            "{tags}"
        );
        assert_eq!(tags.contains(ID.plan_gate_badge), step.is_gate, "{tags}");
        assert_eq!(
            tags.contains(ID.plan_dont_know_badge),
            step.dont_know,
            "{tags}"
        );
        let facts = text_of(item, ".sm-action__facts");
        let advice = advised().questions[step.index].next_step;
        for place in advised().places_of(&advice) {
            assert!(facts.contains(place.name.get(Lang::Id)), "{facts}");
        }
        match advice.link {
            Some(href) => {
                let link = find(item, "a.sm-action__link");
                assert_eq!(attr(&link, "href"), href);
                assert_eq!(attr(&link, "target"), "_blank");
                assert_eq!(attr(&link, "rel"), "noopener");
            }
            None => assert!(item.query_selector("a.sm-action__link").unwrap().is_none()),
        }
        // A step an export tool of the app does links to it, in this tab.
        match advice.tool {
            Some(tool) => {
                let link = find(item, ".sm-action__tool a");
                assert_eq!(attr(&link, "href"), Route::from(tool).fragment(q));
                assert!(link.get_attribute("target").is_none());
            }
            None => assert!(item.query_selector(".sm-action__tool").unwrap().is_none()),
        }
    }
}

#[wasm_bindgen_test]
async fn when_every_answer_is_good_nothing_is_urgent() {
    let q = questionnaire();
    let best: Vec<String> = q
        .questions
        .iter()
        .map(|question| [question.id, "=3"].concat())
        .collect();
    let response = respond("craft", &best.join(" "));
    assert!(action_plan(q, &response).is_empty());
    let app = own(Lang::Id, response).await;
    assert!(app.root.query_selector(".sm-plan").unwrap().is_none());
    assert!(app.root.text_content().unwrap().contains(ID.plan_none));
    assert!(app.root.query_selector(".sm-gate").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn every_applicable_answer_links_to_its_question_to_change_it() {
    let q = questionnaire();
    let response = respond("food", CAPPED);
    let expected: Vec<String> = std::iter::once(Route::ProductType.fragment(q))
        .chain(
            applicable_questions(q, &response).map(|(index, _)| Route::Question(index).fragment(q)),
        )
        .collect();
    let app = own(Lang::Id, response).await;

    let links: Vec<String> = all(&app.root, ".sm-review__link")
        .iter()
        .map(|a| attr(a, "href"))
        .collect();
    assert_eq!(links, expected);
    let m4 = q.question_index("M4").unwrap();
    let unsure = all(&app.root, ".sm-review__link")
        .into_iter()
        .find(|a| attr(a, "href") == Route::Question(m4).fragment(q))
        .unwrap();
    assert_eq!(text_of(&unsure, ".sm-review__answer"), ID.dont_know);
}

/// The result link shown in the share panel.
fn shown_link(root: &Element) -> String {
    let link = find(root, "#sm-share-link")
        .unchecked_into::<HtmlInputElement>()
        .value();
    assert!(link.contains("#r="), "not a result link: {link:?}");
    link
}

/// The result code in a link.
fn code_of(link: &str) -> &str {
    link.split_once("#r=").unwrap().1
}

#[wasm_bindgen_test]
async fn the_link_holds_the_result_and_the_business_name_typed() {
    let q = questionnaire();
    let response = respond("food", CAPPED);
    let app = own(Lang::Id, response.clone()).await;

    let link = shown_link(&app.root);
    let location = web_sys::window().unwrap().location();
    let base = [location.origin().unwrap(), location.pathname().unwrap()].concat();
    assert!(link.starts_with(&[base.as_str(), "#r="].concat()), "{link}");
    assert_eq!(decode(q, code_of(&link)).unwrap(), response);

    let field: HtmlInputElement = find(&app.root, "#sm-label-input").unchecked_into();
    field.set_value("  Batik \t Ratna ");
    field
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;

    let labelled = decode(q, code_of(&shown_link(&app.root))).unwrap();
    assert_eq!(labelled.label.as_deref(), Some("Batik Ratna"));
    assert_eq!(field.value(), "Batik Ratna");
    assert!(text_of(&app.root, ".sm-summary__meta").contains("Batik Ratna"));
}

#[wasm_bindgen_test]
async fn whatsapp_message_holds_level_score_every_pillar_and_the_link() {
    let q = questionnaire();
    let response = respond("food", CAPPED);
    let assessment = assess(q, &response);
    let app = own(Lang::En, response).await;

    let href = attr(&find(&app.root, "a[href^='https://wa.me/?text=']"), "href");
    let encoded = href.strip_prefix("https://wa.me/?text=").unwrap();
    let message = String::from(js_sys::decode_uri_component(encoded).unwrap());
    assert!(
        message.contains(q.levels[assessment.level].name.get(Lang::En)),
        "{message}"
    );
    assert!(
        message.contains(&assessment.scores.percent().to_string()),
        "{message}"
    );
    assert!(message.contains(EN.share_summary_default_name), "{message}");
    for pillar in &assessment.scores.pillars {
        let line = [
            q.pillars[pillar.pillar].name.get(Lang::En),
            ": ",
            &pillar.percent().to_string(),
        ]
        .concat();
        assert!(message.contains(&line), "{message}");
    }
    assert!(message.ends_with(&shown_link(&app.root)), "{message}");
}

#[wasm_bindgen_test]
async fn qr_code_draws_exactly_the_modules_of_the_link() {
    let app = own(Lang::Id, respond("food", CAPPED)).await;
    let link = shown_link(&app.root);
    // The encoder itself is checked natively, module for module, against the `qrcode` crate.
    let code = qr_matrix(link.as_bytes()).unwrap();
    let width = code.size;

    let svg = find(&app.root, "svg.sm-qr");
    assert_eq!(attr(&svg, "role"), "img");
    assert_eq!(attr(&svg, "aria-label"), ID.share_qr_label);
    let side = width + 8;
    assert_eq!(attr(&svg, "viewBox"), format!("0 0 {side} {side}"));
    // Paint the path's runs (`M x y h n v1 h-n z`) back onto a grid, quiet zone removed.
    let mut drawn = vec![false; width * width];
    for run in attr(&find(&svg, "path"), "d").split('M').skip(1) {
        let numbers: Vec<usize> = run
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().unwrap())
            .collect();
        let (x, y, length) = (numbers[0] - 4, numbers[1] - 4, numbers[2]);
        for cell in &mut drawn[y * width + x..y * width + x + length] {
            assert!(!*cell, "runs overlap");
            *cell = true;
        }
    }
    assert_eq!(drawn, code.dark);
}

/// Replaces `navigator.clipboard` with one whose `writeText` records the text and then
/// succeeds or fails, as a browser might.
fn stub_clipboard(succeeds: bool) {
    let install = js_sys::Function::new_with_args(
        "succeeds",
        "Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { \
           writeText: (text) => { window.copiedText = text; \
             return succeeds ? Promise.resolve() : Promise.reject(new Error('denied')); } } });",
    );
    install
        .call1(&JsValue::NULL, &JsValue::from_bool(succeeds))
        .unwrap();
}

/// Lets a settled promise's callbacks run.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

#[wasm_bindgen_test]
async fn copy_puts_the_link_on_the_clipboard_and_says_so() {
    stub_clipboard(true);
    let app = own(Lang::Id, respond("food", CAPPED)).await;
    click_button(&app.root, ID.share_copy);
    settle().await;

    let copied = js_sys::Reflect::get(&web_sys::window().unwrap(), &"copiedText".into()).unwrap();
    assert_eq!(copied.as_string().unwrap(), shown_link(&app.root));
    assert_eq!(text_of(&app.root, ".sm-copy__status"), ID.share_copied);
}

#[wasm_bindgen_test]
async fn when_copying_is_refused_the_link_is_selected_to_copy_by_hand() {
    stub_clipboard(false);
    let app = own(Lang::Id, respond("food", CAPPED)).await;
    click_button(&app.root, ID.share_copy);
    settle().await;

    assert_eq!(text_of(&app.root, ".sm-copy__status"), ID.share_copy_failed);
    let active = document().active_element().unwrap();
    assert_eq!(active.id(), "sm-share-link");
    let field: HtmlInputElement = active.unchecked_into();
    let selected =
        field.selection_end().unwrap().unwrap() - field.selection_start().unwrap().unwrap();
    assert_eq!(selected as usize, field.value().encode_utf16().count());
    assert_eq!(
        find(&app.root, ".sm-copy__status")
            .get_attribute("role")
            .unwrap(),
        "status"
    );
}

#[wasm_bindgen_test]
async fn someone_elses_result_from_a_link_is_read_only() {
    let q = questionnaire();
    let response = respond("food", CAPPED);
    let code = siap_mendunia::model::encode(q, &response);
    // The owner of this phone has a history of their own: it is not compared with someone else's.
    let history = vec![respond("food", EARLIER)];
    let app = mount(Lang::Id, Response::new(q), history, Route::Shared(code)).await;

    let heading = text_of(&app.root, "h1");
    assert!(heading.contains(&assess(q, &response).scores.percent().to_string()));
    for selector in [
        ".sm-share",
        ".sm-results__review",
        "#sm-label-input",
        ".sm-summary__continue",
        ".sm-change",
    ] {
        assert!(
            app.root.query_selector(selector).unwrap().is_none(),
            "{selector}"
        );
    }
    assert!(app.root.query_selector(".sm-plan").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn the_whole_result_follows_the_language_switch() {
    let q = questionnaire();
    let response = respond("food", CAPPED);
    let level_index = assess(q, &response).level;
    let level = &q.levels[level_index];
    let app = own(Lang::Id, response).await;
    assert!(text_of(&app.root, "h1").contains(ID.results_out_of));

    click_button(&app.root, Lang::En.native_name());
    leptos::task::tick().await;

    let heading = text_of(&app.root, "h1");
    assert!(
        heading.contains(level.name.get(Lang::En)) && heading.contains(EN.results_out_of),
        "{heading}"
    );
    assert_eq!(text_of(&app.root, "#sm-plan-title"), EN.plan_heading);
    assert_eq!(
        text_of(&app.root, ".sm-summary__meaning"),
        advised().level_meanings[level_index].get(Lang::En)
    );
    assert!(
        attr(&find(&app.root, "svg.sm-chart"), "aria-label")
            .contains(q.pillars[0].name.get(Lang::En))
    );
    assert_eq!(
        attr(&find(&app.root, "svg.sm-qr"), "aria-label"),
        EN.share_qr_label
    );
}

/// A result made with questionnaire version 1: a food business with the best answer to every
/// question (`tests/golden/version1_codes.json`).
const VERSION_1_BEST_FOOD: &str = "ARGWW222Sy22y2y2AAQeWec";

#[wasm_bindgen_test]
async fn an_older_result_keeps_its_score_and_says_the_questions_changed() {
    let q = questionnaire();
    let old = decode(q, VERSION_1_BEST_FOOD).unwrap();
    assert_eq!(old.version, 1);
    let app = own(Lang::Id, old).await;
    assert!(text_of(&app.root, "h1").contains("100"));
    assert_eq!(
        text_of(&app.root, ".sm-summary__older"),
        ID.results_older_version
    );

    let current = respond("food", CAPPED);
    let app = own(Lang::Id, current).await;
    assert!(
        app.root
            .query_selector(".sm-summary__older")
            .unwrap()
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn a_retest_across_versions_compares_the_scores_and_says_the_questions_changed() {
    let q = questionnaire();
    let earlier = decode(q, VERSION_1_BEST_FOOD).unwrap();
    let app = mount(
        Lang::Id,
        respond("food", CAPPED),
        vec![earlier],
        Route::Results,
    )
    .await;
    let change = text_of(&app.root, ".sm-change");
    assert!(change.contains(ID.change_questions_changed), "{change}");
    assert_eq!(
        all(&app.root, ".sm-change__table tbody tr").len(),
        q.pillars.len()
    );
}

#[wasm_bindgen_test]
async fn target_markets_add_their_requirements_to_the_plan_in_the_models_order() {
    let q = questionnaire();
    let mut response = respond("food", EARLIER);
    response.markets = Some(vec![0, 4]);
    let expected: Vec<&str> = plan(q, markets(), &response)
        .iter()
        .map(|step| match *step {
            PlanStep::Question(step) => {
                advised().questions[step.index].next_step.what.get(Lang::En)
            }
            PlanStep::Market(step) => step.get(markets()).unwrap().1.what.get(Lang::En),
        })
        .collect();
    assert!(expected.len() > action_plan(q, &response).len());
    let app = own(Lang::En, response).await;
    let whats: Vec<String> = all(&app.root, ".sm-plan .sm-action__what")
        .iter()
        .map(text)
        .collect();
    assert_eq!(whats, expected);
    let articles: Vec<String> = all(&app.root, ".sm-markets__market h3")
        .iter()
        .map(text)
        .collect();
    let names: Vec<&str> = [0, 4]
        .map(|m| markets().markets[m].name.get(Lang::En))
        .to_vec();
    assert_eq!(
        articles, names,
        "one section per market, in the owner's order"
    );
}

#[wasm_bindgen_test]
async fn ticking_a_market_keeps_the_choice_in_place_and_refuses_a_fourth() {
    let app = own(Lang::Id, respond("food", EARLIER)).await;
    let boxes = || all(&app.root, ".sm-markets .sm-check__input");
    let first = boxes()[0].clone();
    for position in [0, 1, 2] {
        boxes()[position].unchecked_ref::<HtmlElement>().click();
        leptos::task::tick().await;
    }
    assert!(
        boxes()[0].is_same_node(Some(&first)),
        "the choice is not drawn again, so focus stays where the owner is"
    );
    let fourth = boxes()[3].clone().unchecked_into::<HtmlInputElement>();
    assert!(fourth.disabled() && !fourth.checked());
    assert_eq!(
        text_of(&app.root, ".sm-pick__full").trim(),
        ID.markets_pick_full
    );
    let articles = all(&app.root, ".sm-markets__market");
    assert_eq!(articles.len(), 3);
}

/// Types `text` into the input `selector`, as a keyboard does (an `input` event).
async fn type_into(root: &Element, selector: &str, text: &str) {
    let field: HtmlInputElement = find(root, selector).unchecked_into();
    field.set_value(text);
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn the_price_ladder_shows_the_models_prices_and_flags_a_bad_value_at_its_field() {
    let app = mount(
        Lang::Id,
        respond("fashion", CAPPED),
        Vec::new(),
        Route::Price,
    )
    .await;
    type_into(&app.root, "#sm-price-cost", "150.000").await;
    type_into(&app.root, "#sm-price-margin", "12,5").await;
    type_into(&app.root, "#sm-price-quantity", "200").await;
    let mut sheet = siap_mendunia::model::PriceSheet::default();
    for (field, text) in [
        (PriceField::CostPerUnit, "150.000"),
        (PriceField::Margin, "12,5"),
        (PriceField::Quantity, "200"),
    ] {
        sheet.set(field, field.read(text, Lang::Id).unwrap());
    }
    let exw = ladder(&sheet.inputs().unwrap()).rungs[0].price.unwrap();
    let shown = text_of(&app.root, ".sm-ladder__rung .sm-ladder__price");
    assert!(
        shown.contains(&format_rupiah(exw.per_unit, Lang::Id)),
        "{shown}"
    );

    type_into(&app.root, "#sm-price-margin", "dua belas").await;
    let margin = find(&app.root, "#sm-price-margin");
    assert_eq!(attr(&margin, "aria-invalid"), "true");
    assert_eq!(
        text_of(&app.root, "#sm-price-margin-error"),
        ID.price_error_not_a_number
    );
    assert!(
        all(&app.root, ".sm-ladder__rung").is_empty(),
        "no prices from a bad value"
    );
    let cost: HtmlInputElement = find(&app.root, "#sm-price-cost").unchecked_into();
    assert_eq!(cost.value(), "150.000", "the other fields stay");
}
