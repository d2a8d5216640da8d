//! The words and addresses of sharing: the result link, the short summary sent with it, and the
//! WhatsApp link that carries both.

use crate::locale::ResultStrings;
use crate::model::{Assessment, Lang, Response, encode, link, questionnaire};

/// The link that opens `response`: this page's address without its query or fragment, then
/// `#r=CODE`. The code holds every answer, so nothing needs a server.
pub(super) fn result_link(response: &Response) -> String {
    let base = web_sys::window()
        .map(|window| window.location())
        .map(|location| {
            let origin = location.origin().unwrap_or_default();
            [origin, location.pathname().unwrap_or_default()].concat()
        })
        .unwrap_or_default();
    link(&base, &encode(questionnaire(), response))
}

/// The short message sent with the link, in the language of `t`: whose result, the level, the
/// overall score, the workshop the owner was invited from, then one line per pillar.
pub(super) fn summary(
    t: &ResultStrings,
    lang: Lang,
    label: Option<&str>,
    workshop: Option<&str>,
    a: &Assessment,
) -> String {
    let q = questionnaire();
    let heading = t
        .share_summary
        .replace("{name}", label.unwrap_or(t.share_summary_default_name))
        .replace("{level}", q.levels[a.level].name.get(lang))
        .replace("{score}", &a.scores.percent().to_string());
    let pillars = a.scores.pillars.iter().map(|p| {
        let name = q.pillars[p.pillar].name.get(lang);
        ["• ", name, ": ", &p.percent().to_string()].concat()
    });
    let workshop = workshop.map(|name| t.share_summary_workshop.replace("{workshop}", name));
    std::iter::once(heading)
        .chain(workshop)
        .chain(pillars)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A `wa.me` link that opens WhatsApp with the summary and the result link as the message.
pub(super) fn whatsapp_href(t: &ResultStrings, summary: &str, result_link: &str) -> String {
    let message = [
        summary,
        "\n",
        &t.share_summary_link.replace("{link}", result_link),
    ]
    .concat();
    let encoded = String::from(js_sys::encode_uri_component(&message));
    ["https://wa.me/?text=", &encoded].concat()
}
