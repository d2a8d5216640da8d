//! Markup written as text, for parts of a screen that never change once drawn (a chart, a
//! market's rules): as Leptos elements, each distinct shape of them brings its own rendering code
//! into the download, which costs the offline copy kilobytes; as a string, one element holds them
//! (`inner_html`). Every text goes through [`escape`].

/// `text` safe as an element's content or a quoted attribute's value.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `<name class="class">inner</name>`; `inner` is markup already (escape texts first).
pub fn element(name: &str, class: &str, inner: &str) -> String {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(r#" class="{class}""#)
    };
    format!("<{name}{class}>{inner}</{name}>")
}

/// An element holding `text`, escaped.
pub fn text_element(name: &str, class: &str, text: &str) -> String {
    element(name, class, &escape(text))
}
