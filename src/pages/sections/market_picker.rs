//! The choice of destination markets: on the screen of the question about them, and on the
//! result. Saved with the answers at once; it never changes the score.

use leptos::prelude::*;

use crate::model::{MAX_CHOSEN_MARKETS, markets};
use crate::state::AppState;

/// Up to three markets as checkboxes, or "Belum tahu". When three are chosen the others are
/// disabled, and a line says why.
#[component]
pub fn MarketPicker() -> impl IntoView {
    let state = AppState::get();
    let chosen = move || state.response.with(|r| r.markets.clone());
    let full = move || {
        state
            .response
            .with(|r| r.chosen_markets().len() >= MAX_CHOSEN_MARKETS)
    };
    move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let options = markets()
            .markets
            .iter()
            .zip(0u8..)
            .map(|(market, position)| {
                let checked = move || chosen().is_some_and(|c| c.contains(&position));
                view! {
                    <label class="sm-check">
                        <input
                            type="checkbox"
                            class="sm-check__input"
                            prop:checked=checked
                            prop:disabled=move || full() && !checked()
                            on:change=move |_| {
                                state.response.update(|r| {
                                    r.toggle_market(position);
                                });
                            }
                        />
                        <span>{market.name.get(lang)}</span>
                    </label>
                }
            })
            .collect_view();
        view! {
            <fieldset class="sm-pick" aria-describedby="sm-pick-hint">
                <legend class="sm-pick__legend">{t.markets_pick_legend}</legend>
                <p id="sm-pick-hint" class="sm-pick__hint">{t.markets_pick_hint}</p>
                <div class="sm-pick__options">
                    {options}
                    <label class="sm-check sm-check--dont-know">
                        <input
                            type="checkbox"
                            class="sm-check__input"
                            prop:checked=move || chosen().is_some_and(|c| c.is_empty())
                            on:change=move |event| {
                                let undecided = event_target_checked(&event);
                                state.response.update(|r| r.set_markets_undecided(undecided));
                            }
                        />
                        <span>{t.dont_know}</span>
                    </label>
                </div>
                <p class="sm-pick__full" role="status">
                    {move || full().then_some(t.markets_pick_full)}
                </p>
            </fieldset>
        }
    }
}

/// The choice on the question's screen: folded, its summary naming the markets chosen.
#[component]
pub fn MarketChoice() -> impl IntoView {
    let state = AppState::get();
    let summary = move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let names: Vec<&str> = state.response.with(|r| {
            let chosen = markets().chosen(r.chosen_markets());
            chosen.map(|(_, market)| market.name.get(lang)).collect()
        });
        match state.response.with(|r| r.markets.is_some()) {
            false => t.markets_choose_summary.to_owned(),
            true if names.is_empty() => t.markets_chosen_summary.replace("{markets}", t.dont_know),
            true => t
                .markets_chosen_summary
                .replace("{markets}", &names.join(", ")),
        }
    };
    view! {
        <details class="sm-hint sm-markets-choice">
            <summary class="sm-hint__toggle">{summary}</summary>
            <MarketPicker />
        </details>
    }
}
