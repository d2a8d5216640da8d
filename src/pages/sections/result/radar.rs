//! The geometry of the pillar radar chart, in whole SVG units.
//!
//! The four axes run from the centre to the corners of a square (up-left, up-right, down-right,
//! down-left, in pillar order), so each pillar's label has a corner of the drawing to itself and
//! every point has whole-number coordinates. The rings mark the level thresholds 25, 50, 75, 100.

/// The drawing's `viewBox`: 300 wide (about CSS pixels on a phone), labels above and below.
pub(super) const VIEW_BOX: &str = "0 0 300 332";
/// Width of the drawing.
const WIDTH: i32 = 300;
/// Centre of the chart.
pub(super) const CENTER: (i32, i32) = (150, 167);
/// Horizontal and vertical distance from the centre to an axis end (a score of 100).
const REACH: i32 = 95;
/// Direction of each pillar's axis, in pillar order.
pub(super) const AXES: [(i32, i32); 4] = [(-1, -1), (1, -1), (1, 1), (-1, 1)];
/// Scores at which a ring is drawn.
pub(super) const RINGS: [u8; 4] = [25, 50, 75, 100];
/// Baseline of the label line nearest the square, above it and below it.
const LABEL_BASELINE: (i32, i32) = (62, 286);
/// Distance between label lines.
const LINE_HEIGHT: i32 = 19;
/// The longest label line, in characters, before a pillar name wraps.
const LINE_CHARS: usize = 14;

/// The point of a score on an axis.
pub(super) fn point(axis: (i32, i32), percent: u8) -> (i32, i32) {
    let distance = (i32::from(percent) * REACH + 50) / 100;
    (CENTER.0 + axis.0 * distance, CENTER.1 + axis.1 * distance)
}

/// The `points` attribute of a polygon through one score per axis.
pub(super) fn polygon(percents: impl IntoIterator<Item = u8>) -> String {
    AXES.iter()
        .zip(percents)
        .map(|(&axis, percent)| {
            let (x, y) = point(axis, percent);
            [x.to_string(), y.to_string()].join(",")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A pillar name in at most two lines: the longest first line that ends at a space and fits.
fn wrap(name: &str) -> Vec<&str> {
    if name.chars().count() <= LINE_CHARS {
        return vec![name];
    }
    let fits = name
        .char_indices()
        .take(LINE_CHARS + 1)
        .filter(|(_, c)| *c == ' ')
        .last();
    match fits {
        Some((at, _)) => vec![&name[..at], &name[at + 1..]],
        None => vec![name],
    }
}

/// One line of a corner label.
pub(super) struct LabelLine {
    /// Its text: part of the pillar name, or the score.
    pub text: String,
    /// Whether it is the score (set in bold).
    pub is_score: bool,
    /// Its baseline.
    pub y: i32,
}

/// A pillar's label in the corner its axis points to: the name (wrapped) and the score, the
/// score nearest the chart.
pub(super) struct CornerLabel {
    /// Where the lines are anchored: the drawing's left or right edge.
    pub x: i32,
    /// `start` on the left, `end` on the right.
    pub anchor: &'static str,
    /// The lines, top to bottom.
    pub lines: Vec<LabelLine>,
}

/// The label of the pillar on `axis`.
pub(super) fn corner_label(axis: (i32, i32), name: &str, percent: u8) -> CornerLabel {
    let above = axis.1 < 0;
    let mut texts: Vec<(String, bool)> = wrap(name)
        .into_iter()
        .map(|line| (line.to_owned(), false))
        .collect();
    let score = (percent.to_string(), true);
    if above {
        texts.push(score);
    } else {
        texts.insert(0, score);
    }
    let first = if above {
        LABEL_BASELINE.0 - LINE_HEIGHT * (texts.len() as i32 - 1)
    } else {
        LABEL_BASELINE.1
    };
    let (x, anchor) = if axis.0 < 0 {
        (2, "start")
    } else {
        (WIDTH - 2, "end")
    };
    let lines = texts
        .into_iter()
        .zip((0..).map(|i| first + LINE_HEIGHT * i))
        .map(|((text, is_score), y)| LabelLine { text, is_score, y })
        .collect();
    CornerLabel { x, anchor, lines }
}
