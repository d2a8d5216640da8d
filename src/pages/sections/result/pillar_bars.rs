//! The pillar scores as a list of names and numbers, each with a decorative bar.

use crate::components::{element, text_element};

/// The bars of `scores` (each pillar's name in the language shown and its score), as markup: one
/// line per pillar, its name and score as text (readable without the chart, and by a
/// screen reader), and a bar drawn in SVG that assistive technology skips. SVG rather than a
/// CSS width, so the bar needs no inline style (a host page's security policy may forbid it)
/// and prints without background colours.
pub fn pillar_bars(scores: &[(&'static str, u8)]) -> String {
    let items: String = scores
        .iter()
        .map(|&(name, percent)| {
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
    element("ul", "sm-bars", &items)
}
