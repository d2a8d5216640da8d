//! One question of the assessment, with its hint, its answers and "Belum tahu".

use leptos::prelude::*;

use crate::components::{acronym_list, text, tr, ui_lang};

use super::sections::StepForm;
use crate::components::{Choice, ChoiceList};
use crate::model::{Answer, Response, advised, newly_explained, questionnaire, score};
use crate::page::today;
use crate::route::{Route, after, before, place, resume};
use crate::state::AppState;

/// The question at `index` (file order). A question that does not apply to this business
/// (a typed or stale link) sends the owner on to where they left off.
#[component]
pub fn QuestionPage(
    /// The question's index in the questionnaire.
    index: usize,
    /// Its hint, from the part of the app that holds the advice: drawn once the owner opens it.
    #[prop(into)]
    hint: ViewFn,
    /// On the question about target markets, their choice, from the same part as the hint.
    markets: Option<ViewFn>,
    /// The question's read-aloud, from the same part.
    listen: ViewFn,
) -> impl IntoView {
    let state = AppState::get();
    let q = questionnaire();
    let question = &q.questions[index];
    let lang = move || state.lang.get();
    let t = move || state.t();

    Effect::new(move |_| {
        let applies = state
            .response
            .with_untracked(|r| place(q, r, index).is_some());
        if !applies {
            state.navigate(state.response.with_untracked(|r| resume(q, r)));
        }
    });

    let dont_know_position = question.answers.len();
    let choices = Signal::derive(move || {
        let mut choices: Vec<Choice> = question
            .answers
            .iter()
            .map(|answer| Choice {
                label: answer.text.get(lang()).to_owned(),
                detail: None,
                dont_know: false,
            })
            .collect();
        choices.push(Choice {
            label: t().dont_know.to_owned(),
            detail: Some(t().dont_know_note.to_owned()),
            dont_know: true,
        });
        choices
    });
    let selected = Signal::derive(move || {
        state.response.with(|r| match r.answer(index)? {
            Answer::Choice(choice) => Some(usize::from(choice)),
            Answer::DontKnow => Some(dont_know_position),
        })
    });
    let choose = move |position: usize| {
        let answer = if position == dont_know_position {
            Answer::DontKnow
        } else {
            Answer::Choice(u8::try_from(position).unwrap_or_default())
        };
        state.response.update(|r| {
            r.set_answer(q, question.id, Some(answer));
            r.date = today();
        });
    };

    let place_label = Signal::derive(move || {
        let place = state.response.with(|r| place(q, r, index));
        let (n, total) = place.map_or((0, 0), |p| (p.in_pillar, p.pillar_total));
        t().question_place
            .replace("{pillar}", q.pillars[question.pillar].name.get(lang()))
            .replace("{n}", &n.to_string())
            .replace("{total}", &total.to_string())
    });
    let progress = Signal::derive(move || state.response.with(|r| score(q, r).progress));
    let go = move |step: fn(&crate::model::Questionnaire, &Response, usize) -> Route| {
        state.navigate(state.response.with_untracked(|r| step(q, r, index)));
    };
    let complete = Signal::derive(move || progress.get().is_complete());
    let opened = RwSignal::new(false);

    view! {
        <StepForm
            place=place_label
            progress
            title=Signal::derive(move || question.text.get(lang()).to_owned())
            answered=Signal::derive(move || selected.get().is_some())
            on_next=move || go(after)
            on_back=move || go(before)
            listen
        >
            <details class="sm-hint" on:toggle=move |_| opened.set(true)>
                <summary class="sm-hint__toggle">{tr(|t| t.hint_toggle)}</summary>
                {move || opened.get().then(|| hint.run())}
            </details>
            <div class="sm-step__choices">
                <ChoiceList name="answer" choices selected on_choose=choose />
            </div>
            {markets.map(|markets| markets.run())}
        </StepForm>
        {move || complete.get().then(|| view! {
            <p class="sm-step__shortcut">
                <a class="sm-button" href=Route::Results.fragment(q)>
                    {tr(|t| t.see_results)}
                </a>
            </p>
        })}
    }
}

/// The hint of the question at `index` (file order): what it means and how to check, then what
/// the acronyms of the question, its answers and the hint stand for and mean.
#[component]
pub fn QuestionHint(index: usize) -> impl IntoView {
    let lang = ui_lang();
    let hint = advised().questions[index].hint;
    let acronyms = move || {
        let (lang, question) = (lang.get(), &questionnaire().questions[index]);
        let answers = question.answers.iter().map(|answer| answer.text.get(lang));
        let texts: Vec<&str> = [question.text.get(lang), hint.get(lang)]
            .into_iter()
            .chain(answers)
            .collect();
        acronym_list(&newly_explained(&texts, lang, &mut Vec::new()))
    };
    view! {
        <p class="sm-hint__text">{text(hint)}</p>
        <div class="sm-terms" inner_html=acronyms></div>
    }
}
