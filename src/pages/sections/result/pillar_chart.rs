//! The pillar scores as a radar chart, drawn as SVG in Rust (geometry in `radar.rs`), written
//! as markup (see `components::markup`).

use super::radar::{AXES, CENTER, RINGS, VIEW_BOX, corner_label, point, polygon};
use crate::components::escape;
use crate::locale::ResultStrings;

/// The radar chart of `scores` (each pillar's name in the language shown and its score, in
/// pillar order), as markup: `role="img"`, named by a sentence that states every pillar's score,
/// so the drawing's own text (the corner labels) is for the eye only. Colours come from CSS
/// classes.
pub fn pillar_chart(scores: &[(&'static str, u8)], t: &'static ResultStrings) -> String {
    let list: Vec<String> = scores
        .iter()
        .map(|(name, percent)| [name, " ", &percent.to_string()].concat())
        .collect();
    let label = t.results_chart_label.replace("{scores}", &list.join(", "));
    let mut drawing = String::new();
    for ring in RINGS {
        drawing += &format!(
            r#"<polygon class="sm-chart__ring" points="{}"/>"#,
            polygon([ring; 4])
        );
    }
    for axis in AXES {
        let (x, y) = point(axis, 100);
        drawing += &format!(
            r#"<line class="sm-chart__axis" x1="{}" y1="{}" x2="{x}" y2="{y}"/>"#,
            CENTER.0, CENTER.1
        );
    }
    let area = polygon(scores.iter().map(|(_, percent)| *percent));
    drawing += &format!(r#"<polygon class="sm-chart__area" points="{area}"/>"#);
    for (&axis, &(name, percent)) in AXES.iter().zip(scores) {
        let (x, y) = point(axis, percent);
        let label = corner_label(axis, name, percent);
        drawing += &format!(
            r#"<circle class="sm-chart__dot" cx="{x}" cy="{y}" r="4"/><text class="sm-chart__label" text-anchor="{}">"#,
            label.anchor
        );
        for line in label.lines {
            let class = if line.is_score {
                "sm-chart__score"
            } else {
                "sm-chart__name"
            };
            drawing += &format!(
                r#"<tspan class="{class}" x="{}" y="{}">{}</tspan>"#,
                label.x,
                line.y,
                escape(&line.text)
            );
        }
        drawing += "</text>";
    }
    let label = escape(&label);
    format!(
        r#"<svg class="sm-chart" viewBox="{VIEW_BOX}" role="img" aria-label="{label}"><title>{label}</title>{drawing}</svg>"#
    )
}
