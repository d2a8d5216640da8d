//! The mentor's workshop area: a second entry page (`mentor.html`, served at `/mentor/`) with
//! its own WebAssembly, so none of it weighs on the owner's download.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element `mentor.html` renders its static shell into; the app takes it over.
const ROOT_ID: &str = "sm-app";

/// Starts the mentor's app in place of the static shell.
pub fn start() {
    let Some(root) = leptos::prelude::document()
        .get_element_by_id(ROOT_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(
        root,
        || view! { <main class="sm-main"><h1>"Mentor"</h1></main> },
    )
    .forget();
}
