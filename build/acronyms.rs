//! `content/acronyms.json` becomes `$OUT_DIR/acronyms.rs`: for each language, one line per
//! explained acronym (its term, what it stands for and what it means, separated by tabs), read by
//! `src/model/acronyms.rs`. One string per language instead of a table of strings: the table's
//! pointers would cost the offline copy more than the parsing does. A missing text, a tab or a
//! line break inside a text, or terms out of order fail the build; sources are checked by
//! `tests/acronyms.rs`.

use std::path::Path;

use serde::Deserialize;

const FILE: &str = "content/acronyms.json";

#[derive(Deserialize)]
struct Acronyms {
    acronyms: Vec<Acronym>,
}

#[derive(Deserialize)]
struct Acronym {
    term: String,
    stands_for: Pair,
    meaning: Pair,
}

#[derive(Deserialize)]
struct Pair {
    id: String,
    en: String,
}

pub fn generate(out_dir: &Path) {
    println!("cargo::rerun-if-changed={FILE}");
    let text = std::fs::read_to_string(FILE).unwrap_or_else(|e| panic!("{FILE}: {e}"));
    let list: Acronyms = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{FILE}: {e}"));
    let mut lines = (String::new(), String::new());
    let mut previous = "";
    for acronym in &list.acronyms {
        let term = acronym.term.as_str();
        assert!(
            term > previous,
            "{FILE}: {term} is out of order or repeated"
        );
        previous = term;
        for (lines, stands_for, meaning) in [
            (&mut lines.0, &acronym.stands_for.id, &acronym.meaning.id),
            (&mut lines.1, &acronym.stands_for.en, &acronym.meaning.en),
        ] {
            for field in [term, stands_for, meaning] {
                let plain = !field.trim().is_empty() && !field.contains(['\t', '\n']);
                assert!(
                    plain,
                    "{FILE}: {term}: an empty text, a tab or a line break"
                );
            }
            lines.push_str(&[term, "\t", stands_for, "\t", meaning, "\n"].concat());
        }
    }
    let code = format!(
        "/// The explained acronyms in Bahasa Indonesia, a line each: term, what it stands for, what it means.\n\
         static ACRONYMS_ID: &str = {};\n\
         /// The same in English.\n\
         static ACRONYMS_EN: &str = {};\n",
        crate::rust_str(&lines.0),
        crate::rust_str(&lines.1)
    );
    let path = out_dir.join("acronyms.rs");
    std::fs::write(&path, code).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
