//! Collecting results into a workshop: a pasted block of forwarded messages, or a CSV file
//! exported earlier. Every readable result is added, repeats are recognised, and each bad line
//! is listed with the reason, while the good ones are kept.

use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::locale::{mentor_strings, strings};
use crate::mentor::state::MentorState;
use crate::mentor::text::mt;
use crate::model::{Lang, RowProblemReason, collect, from_csv, merge, questionnaire};
use crate::pages::shared_result::link_error_text;

/// Why a line or row was not added, in `lang`: a pasted code's problem is the same as a
/// CSV row's unreadable code.
fn reason_text(reason: RowProblemReason, lang: Lang) -> &'static str {
    let m = mentor_strings(lang);
    match reason {
        RowProblemReason::Code(error) => link_error_text(error)(strings(lang)),
        RowProblemReason::NotAnExport => m.csv_not_an_export,
        RowProblemReason::MissingCode => m.csv_missing_code,
        RowProblemReason::UnclosedQuote => m.csv_unclosed_quote,
    }
}

/// A line or row that was not added.
#[derive(Clone, PartialEq)]
struct Problem {
    line: usize,
    snippet: String,
    reason: RowProblemReason,
}

/// What one paste or import did.
#[derive(Clone, Default, PartialEq)]
struct Report {
    added: usize,
    already_in: usize,
    repeated: usize,
    problems: Vec<Problem>,
    /// Nothing in it was a result, good or bad (something else was pasted or chosen).
    found_nothing: bool,
}

impl Report {
    /// The summary sentences, in the language of `lang`.
    fn sentences(&self, lang: Lang) -> Vec<String> {
        let m = mentor_strings(lang);
        if self.found_nothing {
            return vec![m.collect_nothing_found.to_owned()];
        }
        let count = |text: &str, n: usize| text.replace("{count}", &n.to_string());
        let mut said = vec![count(m.collect_added, self.added)];
        if self.already_in > 0 {
            said.push(count(m.collect_already_in, self.already_in));
        }
        if self.repeated > 0 {
            said.push(count(m.collect_repeated, self.repeated));
        }
        said
    }
}

/// Reads the text of the file chosen in `input` and hands it to `done`.
fn read_chosen_file(input: &web_sys::HtmlInputElement, done: impl Fn(String) + 'static) {
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    let read = Closure::new(move |text: JsValue| done(text.as_string().unwrap_or_default()));
    let _ = file.text().then(&read);
    // The browser keeps it until the file is read, then collects it.
    read.into_js_value();
}

/// The paste box, the CSV import, and what the last of them did.
#[component]
pub fn CollectPanel(
    /// The workshop results are added to.
    id: u32,
) -> impl IntoView {
    let state = MentorState::get();
    let q = questionnaire();
    let pasted = NodeRef::<Textarea>::new();
    let file = NodeRef::<Input>::new();
    let report = RwSignal::new(None::<Report>);
    let existing = move || {
        state
            .workshop(id)
            .map(|w| w.participants)
            .unwrap_or_default()
    };
    let add_pasted = move |_| {
        let Some(area) = pasted.get_untracked() else {
            return;
        };
        let found = collect(q, &existing(), &area.value());
        let problems = found
            .problems
            .iter()
            .map(|p| Problem {
                line: p.line,
                snippet: p.snippet.clone(),
                reason: RowProblemReason::Code(p.error),
            })
            .collect::<Vec<_>>();
        if problems.is_empty() {
            area.set_value("");
        }
        report.set(Some(Report {
            added: found.added.len(),
            already_in: found.already_in.len(),
            repeated: found.repeated,
            problems,
            found_nothing: found.found_nothing(),
        }));
        state.update(id, |w| w.participants.extend(found.added));
    };
    let import_file = move |_| {
        let Some(input) = file.get_untracked() else {
            return;
        };
        read_chosen_file(&input, move |text| {
            let import = from_csv(q, &text);
            let found_nothing = import.found_nothing();
            let (added, already_in) = merge(q, &existing(), import.rows);
            report.set(Some(Report {
                found_nothing,
                added: added.len(),
                already_in,
                repeated: 0,
                problems: import
                    .problems
                    .iter()
                    .map(|p| Problem {
                        line: p.line,
                        snippet: String::new(),
                        reason: p.reason,
                    })
                    .collect(),
            }));
            state.update(id, |w| w.participants.extend(added));
        });
        // Choosing the same file again (after fixing it) is a change again.
        input.set_value("");
    };
    let outcome = move || {
        let (lang, m) = (state.lang.get(), state.m());
        report.get().map(|report| {
            let sentences = report.sentences(lang).into_iter().map(|s| view! { <p>{s}</p> }).collect_view();
            let problems = (!report.problems.is_empty()).then(|| {
                let items = report
                    .problems
                    .iter()
                    .map(|p| {
                        let line = m.collect_line.replace("{line}", &p.line.to_string());
                        let snippet = (!p.snippet.is_empty()).then(|| view! { <code class="sm-collect__snippet">{p.snippet.clone()}</code> });
                        view! {
                            <li>
                                <strong>{line}</strong>
                                " "
                                {snippet}
                                " "
                                {reason_text(p.reason, lang)}
                            </li>
                        }
                    })
                    .collect_view();
                let heading = m.collect_problems.replace("{count}", &report.problems.len().to_string());
                view! {
                    <p class="sm-collect__problems-heading">{heading}</p>
                    <ul class="sm-collect__problems">{items}</ul>
                }
            });
            view! { {sentences} {problems} }
        })
    };
    view! {
        <section class="sm-card sm-section sm-print-hide" aria-labelledby="sm-collect-title">
            <h2 id="sm-collect-title">{mt(|m| m.collect_heading)}</h2>
            <p class="sm-results__intro">{mt(|m| m.collect_intro)}</p>
            <div class="sm-field">
                <label class="sm-field__label" for="sm-collect-paste">{mt(|m| m.collect_paste_label)}</label>
                <textarea node_ref=pasted id="sm-collect-paste" class="sm-field__input sm-collect__paste" rows="6" spellcheck="false"></textarea>
            </div>
            <button type="button" class="sm-button sm-button--primary" on:click=add_pasted>
                {mt(|m| m.collect_add)}
            </button>
            <div class="sm-field sm-collect__file">
                <label class="sm-field__label" for="sm-collect-csv">{mt(|m| m.collect_csv_label)}</label>
                <input node_ref=file id="sm-collect-csv" class="sm-field__input" type="file" accept=".csv,text/csv" on:change=import_file />
            </div>
            <div class="sm-collect__report" role="status">{outcome}</div>
        </section>
    }
}
