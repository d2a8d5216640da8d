//! The pillar scores as a list of names and numbers, each with a decorative bar.

use leptos::prelude::*;

use crate::components::{element, text_element};

/// One line per pillar: its name and score as text (readable without the chart, and by a
/// screen reader), and a bar drawn in SVG that assistive technology skips. SVG rather than a
/// CSS width, so the bar needs no inline style (a host page's security policy may forbid it)
/// and prints without background colours.
#[component]
pub fn PillarBars(
    /// Each pillar's name (in the language shown) and score, in pillar order.
    scores: Vec<(&'static str, u8)>,
) -> impl IntoView {
    // Markup, as the list never changes once drawn (see `components::markup`).
    let items: String = scores
        .into_iter()
        .map(|(name, percent)| {
            let bar = format!(
                r#"<svg class="sm-bars__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="sm-bars__track" width="100" height="8"/><rect class="sm-bars__fill" width="{percent}" height="8"/></svg>"#
            );
            let inner = [
                text_element("span", "sm-bars__name", name),
                text_element("span", "sm-bars__value", &percent.to_string()),
                bar,
            ];
            element("li", "sm-bars__item", &inner.concat())
        })
        .collect();
    view! { <ul class="sm-bars" inner_html=items></ul> }
}
