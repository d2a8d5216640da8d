//! A QR code drawn as SVG by the app itself: one path, no image.

use std::fmt::Write as _;

use super::escape;
use crate::model::qr_matrix;

/// The light margin around the code, in modules, that scanners need.
const QUIET_ZONE: usize = 4;

/// The side of the drawing in modules and its one path: each horizontal run of dark modules is
/// a rectangle `M x y h n v1 h-n z`. `None` if the text is longer than the 213 bytes encoded.
fn qr_drawing(text: &str) -> Option<(usize, String)> {
    let code = qr_matrix(text.as_bytes())?;
    let width = code.size;
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            let run = (x..width).take_while(|&x| code.is_dark(x, y)).count();
            if run > 0 {
                let (left, top) = (x + QUIET_ZONE, y + QUIET_ZONE);
                let _ = write!(path, "M{left} {top}h{run}v1h-{run}z");
            }
            x += run.max(1);
        }
    }
    Some((width + 2 * QUIET_ZONE, path))
}

/// The QR code of `text` as markup (see `markup`): an image named `label`, scaled by CSS; empty
/// if it cannot be encoded.
pub fn qr_markup(text: &str, label: &str) -> String {
    qr_drawing(text).map_or_else(String::new, |(side, path)| {
        format!(
            r#"<svg class="sm-qr" viewBox="0 0 {side} {side}" role="img" aria-label="{}" shape-rendering="crispEdges"><rect class="sm-qr__light" width="{side}" height="{side}"/><path class="sm-qr__dark" d="{path}"/></svg>"#,
            escape(label)
        )
    })
}
