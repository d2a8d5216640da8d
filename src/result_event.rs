//! Announces the owner's finished result to the page as a `siap-mendunia:result` DOM event, so
//! an embedding host can learn it (`static/embed-frame.js` forwards it, when the host asked).
//! It carries the level and the scores, never the answers.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

use crate::model::{Assessment, Lang, Questionnaire};

/// The event's name, as `static/embed-frame.js` and the README give it.
const EVENT: &str = "siap-mendunia:result";

/// Fires the event on `window` with `{level, levelName, score, capped, pillars: {id: score}}`.
pub fn announce_result(q: &Questionnaire, assessment: &Assessment, lang: Lang) {
    let level = &q.levels[assessment.level];
    let pillars = Object::new();
    for pillar in &assessment.scores.pillars {
        set(
            &pillars,
            q.pillars[pillar.pillar].id,
            pillar.percent().into(),
        );
    }
    let detail = Object::new();
    set(&detail, "level", level.id.into());
    set(&detail, "levelName", level.name.get(lang).into());
    set(&detail, "score", assessment.scores.percent().into());
    set(&detail, "capped", assessment.capped().into());
    set(&detail, "pillars", pillars.into());
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let (Some(window), Ok(event)) = (
        web_sys::window(),
        web_sys::CustomEvent::new_with_event_init_dict(EVENT, &init),
    ) {
        let _ = window.dispatch_event(&event);
    }
}

fn set(object: &Object, key: &str, value: JsValue) {
    let _ = Reflect::set(object, &key.into(), &value);
}
