//! Two workshops side by side, typically the same group months apart: each pillar's change,
//! how the levels shifted, and who moved up (participants matched by business name).

use leptos::prelude::*;

use crate::components::signed;
use crate::locale::MentorStrings;
use crate::mentor::state::MentorState;
use crate::mentor::text::mt;
use crate::mentor_route::MentorRoute;
use crate::model::{CohortComparison, Lang, Stats, compare_cohorts, markets, questionnaire};

/// The comparison's tables and movements.
fn comparison_view(
    c: &CohortComparison,
    lang: Lang,
    m: &'static MentorStrings,
) -> impl IntoView + use<> {
    let q = questionnaire();
    let score_row = |name: &'static str, before: &Stats, after: &Stats, change: i32| {
        view! {
            <tr>
                <th scope="row">{name}</th>
                <td class="sm-num">{before.mean_percent()}</td>
                <td class="sm-num">{after.mean_percent()}</td>
                <td class="sm-num">{signed(change)}</td>
            </tr>
        }
    };
    let scores = std::iter::once(score_row(
        m.cohort_overall,
        &c.before.overall,
        &c.after.overall,
        c.overall_mean_change,
    ))
    .chain((0..q.pillars.len()).map(|p| {
        score_row(
            q.pillars[p].name.get(lang),
            &c.before.pillars[p],
            &c.after.pillars[p],
            c.pillar_mean_changes[p],
        )
    }))
    .collect_view();
    let levels = (0..q.levels.len())
        .map(|l| {
            view! {
                <tr>
                    <th scope="row">{q.levels[l].name.get(lang)}</th>
                    <td class="sm-num">{c.before.levels[l]}</td>
                    <td class="sm-num">{c.after.levels[l]}</td>
                    <td class="sm-num">{signed(c.level_count_changes[l])}</td>
                </tr>
            }
        })
        .collect_view();
    let movements = m
        .compare_movements
        .replace("{matched}", &c.movements.len().to_string())
        .replace("{up}", &c.moved_up().to_string())
        .replace("{same}", &c.stayed().to_string())
        .replace("{down}", &c.moved_down().to_string());
    let movers = c
        .movements
        .iter()
        .filter(|mv| mv.before != mv.after)
        .map(|mv| {
            let text = [
                mv.label.as_str(),
                ": ",
                q.levels[mv.before].name.get(lang),
                " → ",
                q.levels[mv.after].name.get(lang),
            ]
            .concat();
            view! { <li>{text}</li> }
        })
        .collect_view();
    let header = move |first: &'static str| {
        view! {
            <thead>
                <tr>
                    <th scope="col">{first}</th>
                    <th scope="col">{m.compare_before}</th>
                    <th scope="col">{m.compare_after}</th>
                    <th scope="col">{m.compare_change}</th>
                </tr>
            </thead>
        }
    };
    view! {
        <table class="sm-table">
            <caption>{m.compare_scores_caption}</caption>
            {header(m.cohort_part)}
            <tbody>{scores}</tbody>
        </table>
        <table class="sm-table">
            <caption>{m.compare_levels_caption}</caption>
            {header(m.table_level)}
            <tbody>{levels}</tbody>
        </table>
        <h3>{m.compare_movements_heading}</h3>
        <p>{movements}</p>
        <ul class="sm-movers">{movers}</ul>
    }
}

/// The comparison screen.
#[component]
pub fn ComparePage() -> impl IntoView {
    let state = MentorState::get();
    let ids = state
        .workshops
        .with_untracked(|all| all.iter().map(|k| k.id).collect::<Vec<_>>());
    let earlier = RwSignal::new(ids.len().checked_sub(2).map(|i| ids[i]));
    let later = RwSignal::new(ids.last().copied());
    let picker = move |chosen: RwSignal<Option<u32>>,
                       id: &'static str,
                       label: fn(&'static MentorStrings) -> &'static str| {
        let options = move || {
            state.workshops.with(|all| {
                all.iter()
                    .map(|k| {
                        let name = [k.workshop.name.as_str(), " (", &k.workshop.date.map(|d| d.to_string()).unwrap_or_default(), ")"].concat();
                        view! { <option value=k.id.to_string() selected=chosen.get_untracked() == Some(k.id)>{name}</option> }
                    })
                    .collect_view()
            })
        };
        view! {
            <div class="sm-field">
                <label class="sm-field__label" for=id>{mt(label)}</label>
                <select id=id class="sm-field__input" on:change=move |event| chosen.set(event_target_value(&event).parse().ok())>
                    {options}
                </select>
            </div>
        }
    };
    let result = move || {
        let (lang, m) = (state.lang.get(), state.m());
        let (Some(a), Some(b)) = (earlier.get(), later.get()) else {
            return view! { <p>{m.compare_needs_two}</p> }.into_any();
        };
        let (Some(before), Some(after)) = (state.workshop(a), state.workshop(b)) else {
            return view! { <p>{m.compare_needs_two}</p> }.into_any();
        };
        let comparison = compare_cohorts(
            questionnaire(),
            markets(),
            &before.participants,
            &after.participants,
        );
        comparison_view(&comparison, lang, m).into_any()
    };
    view! {
        <section class="sm-card sm-section" aria-labelledby="sm-compare-title">
            <h1 id="sm-compare-title" class="sm-title">{mt(|m| m.compare_title)}</h1>
            <p class="sm-lead">{mt(|m| m.compare_intro)}</p>
            <div class="sm-compare__pickers">
                {picker(earlier, "sm-compare-before", |m| m.compare_before)}
                {picker(later, "sm-compare-after", |m| m.compare_after)}
            </div>
        </section>
        <section class="sm-card sm-section" aria-labelledby="sm-compare-result-title">
            <h2 id="sm-compare-result-title">{mt(|m| m.compare_result_heading)}</h2>
            {result}
        </section>
        <p class="sm-section">
            <a href=MentorRoute::Workshops.fragment()>{mt(|m| m.all_workshops)}</a>
        </p>
    }
}
