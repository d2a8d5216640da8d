//! Collecting results into a workshop: a pasted block of forwarded messages, or a CSV file
//! exported earlier. Every readable result is added, repeats are recognised, and each bad line
//! is listed with the reason, while the good ones are kept. A long paste or file is read in
//! short tasks, saying how far it has got, so the page keeps answering.

use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::components::link_error_text;
use crate::locale::{mentor_strings, strings};
use crate::mentor::in_tasks::in_tasks;
use crate::mentor::state::MentorState;
use crate::mentor::text::mt;
use crate::model::{
    CollectProgress, CsvCollector, Lang, PROBLEMS_KEPT, PasteCollector, Response, RowProblemReason,
};

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
    /// The first problems, to list.
    problems: Vec<Problem>,
    /// How many more problems there were than are listed.
    more_problems: usize,
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
    let pasted = NodeRef::<Textarea>::new();
    let file = NodeRef::<Input>::new();
    let report = RwSignal::new(None::<Report>);
    let reading = RwSignal::new(None::<CollectProgress>);
    let existing = move || -> Vec<Response> {
        state
            .workshop(id)
            .map(|w| w.participants)
            .unwrap_or_default()
    };
    // Between tasks: how far the reading has got, unless the panel is gone.
    let tell_progress = move |progress: CollectProgress| reading.try_set(Some(progress)).is_none();
    let add = move |found: Report, added: Vec<Response>| {
        if reading.try_set(None).is_none() {
            report.set(Some(found));
            state.update(id, |w| w.participants.extend(added));
        }
    };
    let add_pasted = move |_| {
        let Some(area) = pasted.get_untracked() else {
            return;
        };
        report.set(None);
        let collector = PasteCollector::new(existing(), area.value());
        in_tasks(
            collector,
            move |c| tell_progress(c.progress()),
            move |collector| {
                let found = collector.finish();
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
                let summary = Report {
                    added: found.added.len(),
                    already_in: found.already_in.len(),
                    repeated: found.repeated,
                    problems,
                    more_problems: found.more_problems,
                    found_nothing: found.found_nothing(),
                };
                add(summary, found.added);
            },
        );
    };
    let import_file = move |_| {
        let Some(input) = file.get_untracked() else {
            return;
        };
        report.set(None);
        read_chosen_file(&input, move |text| {
            let collector = CsvCollector::new(existing(), text);
            in_tasks(
                collector,
                move |c| tell_progress(c.progress()),
                move |collector| {
                    let found = collector.finish();
                    let summary = Report {
                        found_nothing: found.found_nothing(),
                        added: found.added.len(),
                        already_in: found.already_in,
                        repeated: 0,
                        problems: found
                            .problems
                            .iter()
                            .take(PROBLEMS_KEPT)
                            .map(|p| Problem {
                                line: p.line,
                                snippet: String::new(),
                                reason: p.reason,
                            })
                            .collect(),
                        more_problems: found.problems.len().saturating_sub(PROBLEMS_KEPT),
                    };
                    add(summary, found.added);
                },
            );
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
                let heading = m.collect_problems.replace("{count}", &(report.problems.len() + report.more_problems).to_string());
                let more = (report.more_problems > 0).then(|| view! { <p>{m.collect_more_problems.replace("{count}", &report.more_problems.to_string())}</p> });
                view! {
                    <p class="sm-collect__problems-heading">{heading}</p>
                    <ul class="sm-collect__problems">{items}</ul>
                    {more}
                }
            });
            view! { {sentences} {problems} }
        })
    };
    let progress = move || {
        reading.get().map(|at| {
            let text = state.m().collect_reading.replace("{line}", &at.line.to_string()).replace("{lines}", &at.lines.to_string());
            view! {
                <p id="sm-collect-reading">{text}</p>
                <progress class="sm-collect__progress" max=at.lines value=at.line aria-labelledby="sm-collect-reading"></progress>
            }
        })
    };
    let busy = move || reading.get().is_some();
    view! {
        <section class="sm-card sm-section sm-print-hide" aria-labelledby="sm-collect-title">
            <h2 id="sm-collect-title">{mt(|m| m.collect_heading)}</h2>
            <p class="sm-results__intro">{mt(|m| m.collect_intro)}</p>
            <div class="sm-field">
                <label class="sm-field__label" for="sm-collect-paste">{mt(|m| m.collect_paste_label)}</label>
                <textarea node_ref=pasted id="sm-collect-paste" class="sm-field__input sm-collect__paste" rows="6" spellcheck="false"></textarea>
            </div>
            <button type="button" class="sm-button sm-button--primary" on:click=add_pasted disabled=busy>
                {mt(|m| m.collect_add)}
            </button>
            <div class="sm-field sm-collect__file">
                <label class="sm-field__label" for="sm-collect-csv">{mt(|m| m.collect_csv_label)}</label>
                <input node_ref=file id="sm-collect-csv" class="sm-field__input" type="file" accept=".csv,text/csv" on:change=import_file disabled=busy />
            </div>
            <div class="sm-collect__report" role="status">{progress} {outcome}</div>
        </section>
    }
}
