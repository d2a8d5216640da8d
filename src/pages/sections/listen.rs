//! Dengarkan / Listen: reads a text aloud with one of the phone's own voices (the browser's
//! speech synthesis), in the language shown. A second tap stops it, and so does leaving the
//! screen; a phone with no voice for the language gets help to add one, never silence.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::components::{call, construct, get, window};
use crate::locale::{ResultStrings, result_strings};
use crate::model::{Lang, Voice, advised, questionnaire, speech_tag, spoken_pieces, voice_for};
use crate::route::Route;
use crate::state::AppState;

/// How long a voice may take to begin before the owner is told it cannot: an engine with no
/// voice for the language may neither speak nor say so.
const START_WITHIN: Duration = Duration::from_secs(5);

/// How often a reading button looks whether the phone still reads. Asking, rather than
/// listening to each utterance's events, keeps the WebAssembly small.
const LOOK_EVERY: Duration = Duration::from_millis(250);

/// The last reading begun, of any button: one voice at a time, so every other button that
/// thought it was reading knows it no longer is.
static LAST_READING: AtomicU32 = AtomicU32::new(0);

/// Where a button's reading stands.
#[derive(Clone, Copy, PartialEq)]
enum Reading {
    Idle,
    /// Reading; the number is the reading's, as in [`LAST_READING`].
    Speaking(u32),
    /// The phone has no voice for the language (or no speech at all): the help shows.
    NoVoice,
}

/// A button and what it shows, set by hand rather than through reactive attributes: the button
/// changes only when tapped or when its reading ends, and this keeps the WebAssembly small.
#[derive(Clone)]
struct Shown {
    button: JsValue,
    name: String,
    t: &'static ResultStrings,
}

impl Shown {
    /// Shows `reading` on the button (its word and name) and in the help under it.
    fn show(&self, reading: Reading) {
        let speaking = matches!(reading, Reading::Speaking(_));
        let (word, name) = if speaking {
            (self.t.listen_stop, self.t.listen_stop)
        } else {
            (self.t.listen, self.name.as_str())
        };
        let help = if reading == Reading::NoVoice {
            self.t.listen_no_voice
        } else {
            ""
        };
        let _ = Reflect::set(&self.button, &"textContent".into(), &word.into());
        let button: &Element = self.button.unchecked_ref();
        let _ = button.set_attribute("aria-label", name);
        let next = get(&self.button, "nextElementSibling");
        let _ = Reflect::set(&next, &"textContent".into(), &help.into());
    }
}

// The speech synthesis is reached through `Reflect` (see `components::reflect`).

/// The phone's speech synthesis, if the browser has one.
fn synthesis() -> Option<JsValue> {
    let speech = get(&window(), "speechSynthesis");
    speech.is_object().then_some(speech)
}

/// Stops whatever the phone is reading.
fn silence() {
    if let Some(speech) = synthesis() {
        call(&speech, "cancel", &JsValue::UNDEFINED);
    }
}

/// Whether the phone is reading now.
fn speaking() -> bool {
    synthesis().is_some_and(|speech| get(&speech, "speaking").is_truthy())
}

/// The phone's voices, and the one that reads `lang`. An empty list means the browser has not
/// named them yet (some do only after a first use), not that there are none.
fn voices(speech: &JsValue, lang: Lang) -> (bool, Option<JsValue>) {
    let list = call(speech, "getVoices", &JsValue::UNDEFINED);
    let all: Vec<JsValue> = (0u32..)
        .map(|i| Reflect::get(&list, &i.into()).unwrap_or_default())
        .take_while(JsValue::is_object)
        .collect();
    let described: Vec<Voice> = all
        .iter()
        .map(|voice| Voice {
            lang: get(voice, "lang").as_string().unwrap_or_default(),
            local: get(voice, "localService").is_truthy(),
        })
        .collect();
    let chosen = voice_for(&described, lang).map(|index| all[index].clone());
    (all.is_empty(), chosen)
}

/// A new utterance of `text` in the language `tag`, read by `voice` if one is named.
fn utterance(text: &str, tag: &str, voice: Option<&JsValue>) -> Option<JsValue> {
    let class = get(&window(), "SpeechSynthesisUtterance");
    let utterance = construct(&class, &[&text.into()])?;
    let _ = Reflect::set(&utterance, &"lang".into(), &tag.into());
    if let Some(voice) = voice {
        let _ = Reflect::set(&utterance, &"voice".into(), voice);
    }
    Some(utterance)
}

/// Moves a button's reading to `next`, and shows it.
fn set(reading: StoredValue<Reading>, shown: &Shown, next: Reading) {
    if reading.try_set_value(next).is_none() {
        shown.show(next);
    }
}

/// Follows reading `this` until it ends, is stopped or replaced (then the button is idle), or
/// has not begun within [`START_WITHIN`] (then the help shows). `looks` counts the looks so far.
fn follow(reading: StoredValue<Reading>, shown: Shown, this: u32, begun: bool, looks: u32) {
    set_timeout(
        move || {
            if reading.try_get_value() != Some(Reading::Speaking(this)) {
                return;
            }
            if LAST_READING.load(Ordering::Relaxed) != this {
                return set(reading, &shown, Reading::Idle);
            }
            let speaking = speaking();
            if speaking || (!begun && LOOK_EVERY * looks < START_WITHIN) {
                follow(reading, shown, this, begun || speaking, looks + 1);
            } else if begun {
                set(reading, &shown, Reading::Idle);
            } else {
                silence();
                set(reading, &shown, Reading::NoVoice);
            }
        },
        LOOK_EVERY,
    );
}

/// What the screen shows around `button` (its parent's text, without the button's own and its
/// help's), one line per part, as the phone lays it out.
fn shown_around(button: &JsValue) -> Vec<String> {
    let text = |element: &JsValue| get(element, "innerText").as_string().unwrap_or_default();
    let listen = get(button, "parentElement");
    let (around, own) = (text(&get(&listen, "parentElement")), text(&listen));
    let around = around.trim_end();
    let shown = around.strip_suffix(own.trim()).unwrap_or(around);
    shown.lines().map(str::to_owned).collect()
}

/// Reads `parts` aloud in `lang`, or says why it cannot.
fn read(parts: &[String], lang: Lang, reading: StoredValue<Reading>, shown: Shown) {
    let Some(speech) = synthesis() else {
        return set(reading, &shown, Reading::NoVoice);
    };
    let (unnamed, voice) = voices(&speech, lang);
    if voice.is_none() && !unnamed {
        return set(reading, &shown, Reading::NoVoice);
    }
    let this = LAST_READING.fetch_add(1, Ordering::Relaxed) + 1;
    // Another button's reading stops here.
    call(&speech, "cancel", &JsValue::UNDEFINED);
    let tag = voice.as_ref().map_or(speech_tag(lang).to_owned(), |v| {
        get(v, "lang").as_string().unwrap_or_default()
    });
    for piece in spoken_pieces(parts) {
        if let Some(utterance) = utterance(&piece, &tag, voice.as_ref()) {
            call(&speech, "speak", &utterance);
        }
    }
    set(reading, &shown, Reading::Speaking(this));
    // With a voice the phone named for the language, the reading is taken as begun: a short one
    // may be over before the first look. Without one (the list was empty), only speech heard
    // shows that the phone could read it.
    follow(reading, shown, this, voice.is_some(), 0);
}

/// A button that reads aloud `parts` (each a sentence of its own), or if `None`, what its
/// parent element shows before it; and the help when the phone cannot. `name` is the button's
/// name for screen readers while it is not reading ("Dengarkan langkah 2"): it begins with the
/// word shown.
pub fn listen_button(name: String, lang: Lang, parts: Option<Vec<String>>) -> impl IntoView {
    let t = result_strings(lang);
    let reading = StoredValue::new(Reading::Idle);
    // Leaving the screen (or redrawing it in another language) stops this button's reading.
    on_cleanup(move || {
        if matches!(reading.get_value(), Reading::Speaking(_)) {
            silence();
        }
    });
    let label = name.clone();
    let on_click = move |event: leptos::ev::MouseEvent| {
        let shown = Shown {
            button: get(&event, "currentTarget"),
            name: name.clone(),
            t,
        };
        if matches!(reading.get_value(), Reading::Speaking(_)) {
            set(reading, &shown, Reading::Idle);
            silence();
        } else {
            let parts = parts.clone().unwrap_or_else(|| shown_around(&shown.button));
            read(&parts, lang, reading, shown);
        }
    };
    view! {
        <span class="sm-listen">
            <button type="button" class="sm-button sm-listen__button" aria-label=label on:click=on_click>
                {t.listen}
            </button>
            // Present from the start, so a screen reader hears the help when it appears.
            <span class="sm-listen__help" role="status"></span>
        </span>
    }
}

/// The read-aloud of a question screen (the product type or a question): the question, its
/// answers with "Belum tahu", and its hint. Drawn by the later part, which holds the hints.
pub fn question_listen() -> AnyView {
    let state = AppState::get();
    let route = state.route.get_untracked();
    let q = questionnaire();
    (move || {
        let lang = state.lang.get();
        let (t, words) = (state.t(), result_strings(lang));
        let mut parts = Vec::new();
        match route {
            Route::ProductType => {
                parts.extend([
                    t.product_type_title,
                    t.product_type_note,
                    words.listen_answers,
                ]);
                for &index in q.product_type_order {
                    let kind = &q.product_types[usize::from(index)];
                    parts.extend([kind.name.get(lang), kind.examples.get(lang)]);
                }
            }
            Route::Question(index) => {
                let question = &q.questions[index];
                parts.extend([question.text.get(lang), words.listen_answers]);
                parts.extend(question.answers.iter().map(|answer| answer.text.get(lang)));
                let hint = advised().questions[index].hint.get(lang);
                parts.extend([t.dont_know, t.hint_toggle, hint]);
            }
            _ => {}
        }
        let parts = parts.into_iter().map(str::to_owned).collect();
        listen_button(words.listen_question.to_owned(), lang, Some(parts))
    })
    .into_any()
}
