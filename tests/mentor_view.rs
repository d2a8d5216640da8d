//! Browser tests of the mentor area (`src/mentor/`), mounted into a real page in headless
//! Chromium with the workshops saved in `localStorage` first, as a mentor's device holds them.
//! Expected text comes from the locale files and numbers from the model.
#![cfg(target_arch = "wasm32")]

use siap_mendunia::locale::MENTOR_ID;
use siap_mendunia::mentor;
use siap_mendunia::model::{
    Answer, Lang, Response, SortColumn, Workshop, advised, cited, encode, participant_rows,
    questionnaire, sort_rows, to_storage,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlTextAreaElement};

mod support;
use support::{Mounted, button_named, fresh_root};

wasm_bindgen_test_configure!(run_in_browser);

const KEY_PREFIX: &str = "siap-mendunia-mentor.v1.workshop.";

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Leaves exactly these workshops on the device, kept under 1, 2, …
fn save_workshops(texts: &[String]) {
    let store = storage();
    let ours: Vec<String> = (0..store.length().unwrap())
        .filter_map(|i| store.key(i).unwrap())
        .filter(|key| key.starts_with(KEY_PREFIX))
        .collect();
    for key in ours {
        store.remove_item(&key).unwrap();
    }
    for (i, text) in texts.iter().enumerate() {
        store
            .set_item(&format!("{KEY_PREFIX}{}", i + 1), text)
            .unwrap();
    }
}

/// A participant who chose answer `choice` (or the nearest there is) everywhere.
fn participant(label: &str, choice: u8) -> Response {
    let q = questionnaire();
    let mut response = Response::new(q);
    response.product_type = Some(0);
    for (index, question) in q.questions.iter().enumerate() {
        let last = question.answers.len() as u8 - 1;
        response.answers[index] = Some(Answer::Choice(choice.min(last)));
    }
    response.set_label(label);
    response
}

fn workshop(name: &str, participants: Vec<Response>) -> String {
    let workshop = Workshop {
        name: name.to_owned(),
        participants,
        ..Workshop::default()
    };
    to_storage(questionnaire(), &workshop)
}

/// The mentor area at `fragment`, in a fresh element that is removed when dropped.
async fn mount(fragment: &str) -> Mounted {
    let root = fresh_root();
    let handle = mentor::mount(root.clone().unchecked_into(), Some("id"), fragment);
    leptos::task::tick().await;
    Mounted {
        root,
        handle: Box::new(handle),
    }
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let found = root.query_selector_all(selector).unwrap();
    (0..found.length())
        .filter_map(|i| found.item(i))
        .map(|node| node.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

#[wasm_bindgen_test]
async fn a_damaged_workshop_is_set_aside_and_the_others_are_kept() {
    save_workshops(&[
        workshop("Kelas Ekspor Kopi", vec![participant("Kopi Ibu Sri", 2)]),
        "not a workshop at all".to_owned(),
    ]);
    let app = mount("#/").await;
    let notice = texts(&app.root, ".sm-notice__text");
    assert_eq!(
        notice,
        [MENTOR_ID.mentor_unreadable.replace("{count}", "1")]
    );
    assert_eq!(
        texts(&app.root, ".sm-workshops__name"),
        ["Kelas Ekspor Kopi"]
    );
    let store = storage();
    let aside = format!("{KEY_PREFIX}2.unreadable");
    assert_eq!(
        store.get_item(&aside).unwrap().as_deref(),
        Some("not a workshop at all"),
        "the damaged text is kept aside, not erased"
    );
    assert_eq!(store.get_item(&format!("{KEY_PREFIX}2")).unwrap(), None);
    store.remove_item(&aside).unwrap();
}

#[wasm_bindgen_test]
async fn pasted_messages_add_every_readable_result_and_list_the_bad_line() {
    save_workshops(&[workshop("Kelas Ekspor Batik", Vec::new())]);
    let app = mount("#/pelatihan/1").await;
    let q = questionnaire();
    let (first, second) = (
        participant("Batik Laweyan", 3),
        participant("Batik Pesisir", 1),
    );
    let pasted = format!(
        "Halo kak, hasil saya: https://contoh.id/#r={}\n\nIni punya saya 🙏 #r={} makasih\nhttps://contoh.id/#r=AAAA\n",
        encode(q, &first),
        encode(q, &second)
    );
    let area: HtmlTextAreaElement = app
        .root
        .query_selector("textarea")
        .unwrap()
        .unwrap()
        .unchecked_into();
    area.set_value(&pasted);
    button_named(&app.root, MENTOR_ID.collect_add).click();
    leptos::task::tick().await;
    let report = texts(&app.root, ".sm-collect__report p");
    assert_eq!(report[0], MENTOR_ID.collect_added.replace("{count}", "2"));
    let problems = texts(&app.root, ".sm-collect__problems li");
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with(&MENTOR_ID.collect_line.replace("{line}", "4")));
    assert_eq!(
        texts(&app.root, ".sm-participants tbody th"),
        ["Batik Laweyan", "Batik Pesisir"]
    );
    assert_eq!(
        area.value(),
        pasted,
        "with a bad line, the text stays to be fixed"
    );
    let saved = storage()
        .get_item(&format!("{KEY_PREFIX}1"))
        .unwrap()
        .unwrap();
    assert!(saved.contains(&encode(q, &first)) && saved.contains(&encode(q, &second)));
}

#[wasm_bindgen_test]
async fn a_column_heading_sorts_the_participants_and_says_how() {
    let group = vec![
        participant("Sedang", 1),
        participant("Kuat", 3),
        participant("Lemah", 0),
    ];
    save_workshops(&[workshop("Kelas Ekspor Mebel", group.clone())]);
    let app = mount("#/pelatihan/1").await;
    button_named(&app.root, MENTOR_ID.table_overall).click();
    leptos::task::tick().await;
    let mut expected = participant_rows(questionnaire(), &group);
    sort_rows(&mut expected, SortColumn::Overall, true);
    let labels: Vec<String> = expected.into_iter().filter_map(|row| row.label).collect();
    assert_eq!(texts(&app.root, ".sm-participants tbody th"), labels);
    let sorted = texts(&app.root, ".sm-participants th[aria-sort='descending']");
    assert_eq!(sorted, [MENTOR_ID.table_overall]);
}

#[wasm_bindgen_test]
async fn the_sources_page_lists_each_question_and_office_with_its_dated_sources() {
    save_workshops(&[]);
    let app = mount("#/sumber").await;
    assert_eq!(texts(&app.root, "h1"), [MENTOR_ID.sources_title]);
    let (a, cited) = (advised(), cited());
    let q = questionnaire();
    let asked = q
        .questions
        .iter()
        .filter(|question| question.in_version(q.version))
        .count();
    let names = texts(&app.root, ".sm-sources__name");
    // Every question, every office, the markets' two pieces of general advice, every market.
    let markets = siap_mendunia::model::markets().markets;
    assert_eq!(names.len(), asked + a.places.len() + 2 + markets.len());
    let japan = markets.iter().find(|m| m.id == "jp").unwrap();
    assert!(
        names
            .iter()
            .any(|name| name.starts_with(japan.name.get(Lang::Id)))
    );
    let p2 = q.question_index("P2").unwrap();
    let item = app.root.query_selector_all(".sm-sources__item").unwrap();
    let p2_item: Element = (0..item.length())
        .filter_map(|i| item.item(i))
        .map(|node| node.unchecked_into::<Element>())
        .find(|element| {
            element
                .text_content()
                .unwrap_or_default()
                .contains(q.questions[p2].id)
        })
        .unwrap();
    let listed = texts(&p2_item, ".sm-sources__list li");
    assert_eq!(listed.len(), cited.questions[p2].len());
    for (line, source) in listed.iter().zip(cited.questions[p2]) {
        assert!(line.starts_with(source.title), "{line}");
        let checked = MENTOR_ID.sources_checked.split('{').next().unwrap();
        assert!(line.contains(checked) && line.contains("2026"), "{line}");
    }
    let linked = p2_item.query_selector("a[target=_blank]").unwrap().unwrap();
    let url = cited.questions[p2]
        .iter()
        .find_map(|source| source.url)
        .unwrap();
    assert_eq!(linked.get_attribute("href").as_deref(), Some(url));
    let generic = a.places.iter().filter(|place| place.generic).count();
    assert_eq!(
        texts(&app.root, ".sm-sources__item > .sm-muted").len(),
        generic
    );
}

#[wasm_bindgen_test]
async fn a_group_holding_results_of_an_older_version_says_so() {
    let q = questionnaire();
    // A result made with questionnaire version 1 (tests/golden/version1_codes.json).
    let mut older = siap_mendunia::model::decode_code(q, "ARGWW222Sy22y2y2AAQeWec").unwrap();
    older.set_label("Kopi lama");
    save_workshops(&[workshop(
        "Kelas campuran",
        vec![participant("Batik baru", 2), older],
    )]);
    let app = mount("#/pelatihan/1").await;
    let expected = MENTOR_ID
        .cohort_older_versions
        .replace("{older}", "1")
        .replace("{count}", "2");
    assert!(
        texts(&app.root, ".sm-results__intro").contains(&expected),
        "{:?}",
        texts(&app.root, ".sm-results__intro")
    );
}
