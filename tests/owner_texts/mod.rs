//! What an owner reads, for the native content tests: every `{ "id": …, "en": … }` text of the
//! content files (sources aside: they are titles, not texts) and every string of the owner's
//! locale files (the mentor's, `mentor.json`, are for trained readers).

use std::fs;

use serde_json::Value;

/// The content files, whose texts an owner reads.
pub const CONTENT: [&str; 3] = [
    "content/questionnaire.json",
    "content/markets.json",
    "content/hs.json",
];

/// The owner's interface strings, per language.
const LOCALE_FILES: [&str; 4] = ["app.json", "journey.json", "results.json", "shell.json"];

/// One text an owner reads: where it is, its language (`id` or `en`) and the text.
pub struct OwnerText {
    pub path: String,
    pub lang: &'static str,
    pub text: String,
}

/// A data file, parsed.
pub fn json(path: &str) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every text an owner reads, in both languages.
pub fn owner_texts() -> Vec<OwnerText> {
    let mut found = Vec::new();
    for file in CONTENT {
        pairs(&json(file), file.to_owned(), &mut found);
    }
    for lang in ["id", "en"] {
        for file in LOCALE_FILES {
            let path = format!("locales/{lang}/{file}");
            let Value::Object(strings) = json(&path) else {
                panic!("{path}: not an object")
            };
            for (key, value) in strings {
                if let Value::String(text) = value {
                    let path = format!("{path}: {key}");
                    found.push(OwnerText { path, lang, text });
                }
            }
        }
    }
    found
}

/// The `{ "id": …, "en": … }` texts under `value`, with their paths.
fn pairs(value: &Value, path: String, found: &mut Vec<OwnerText>) {
    match value {
        Value::Object(fields) => {
            let pair = fields.len() == 2 && fields.values().all(Value::is_string);
            if let (true, Some(Value::String(id)), Some(Value::String(en))) =
                (pair, fields.get("id"), fields.get("en"))
            {
                for (lang, text) in [("id", id), ("en", en)] {
                    let (path, text) = (path.clone(), text.clone());
                    found.push(OwnerText { path, lang, text });
                }
                return;
            }
            for (key, item) in fields.iter().filter(|(key, _)| *key != "sources") {
                pairs(item, format!("{path}.{key}"), found);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pairs(item, format!("{path}[{i}]"), found);
            }
        }
        _ => {}
    }
}
