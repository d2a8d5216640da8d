//! The pillar scores as a radar chart, drawn as SVG in Rust (geometry in `radar.rs`).

use leptos::prelude::*;

use super::radar::{AXES, CENTER, RINGS, VIEW_BOX, corner_label, point, polygon};
use crate::locale::ResultStrings;

/// The radar chart: `role="img"`, named by a sentence that states every pillar's score, so the
/// drawing's own text (the corner labels) is for the eye only. Colours come from CSS classes.
#[component]
pub fn PillarChart(
    /// Each pillar's name (in the language shown) and score, in pillar order.
    scores: Vec<(&'static str, u8)>,
    /// The interface strings in the language shown.
    t: &'static ResultStrings,
) -> impl IntoView {
    let list: Vec<String> = scores
        .iter()
        .map(|(name, percent)| [name, " ", &percent.to_string()].concat())
        .collect();
    let label = t.results_chart_label.replace("{scores}", &list.join(", "));
    let rings = RINGS
        .map(|ring| view! { <polygon class="sm-chart__ring" points=polygon([ring; 4]) /> })
        .to_vec();
    let axes = AXES
        .map(|axis| {
            let (x, y) = point(axis, 100);
            view! { <line class="sm-chart__axis" x1=CENTER.0 y1=CENTER.1 x2=x y2=y /> }
        })
        .to_vec();
    let area = polygon(scores.iter().map(|(_, percent)| *percent));
    let marks = AXES
        .iter()
        .zip(&scores)
        .map(|(&axis, &(name, percent))| {
            let (x, y) = point(axis, percent);
            let label = corner_label(axis, name, percent);
            let lines = label
                .lines
                .into_iter()
                .map(|line| {
                    let class = if line.is_score {
                        "sm-chart__score"
                    } else {
                        "sm-chart__name"
                    };
                    view! { <tspan class=class x=label.x y=line.y>{line.text}</tspan> }
                })
                .collect_view();
            view! {
                <circle class="sm-chart__dot" cx=x cy=y r="4" />
                <text class="sm-chart__label" text-anchor=label.anchor>{lines}</text>
            }
        })
        .collect_view();
    let title = label.clone();
    view! {
        <svg class="sm-chart" viewBox=VIEW_BOX role="img" aria-label=label>
            <title>{title}</title>
            {rings}
            {axes}
            <polygon class="sm-chart__area" points=area />
            {marks}
        </svg>
    }
}
