//! `locales/<lang>/*.json` (flat objects of key → text, one file per area of the app) become a
//! `Strings` struct (and `MentorStrings` from `mentor.json`) with a field per key and one static
//! per language, so a key missing from a language or a typo in a view is a compile error, and
//! the end-to-end tests read the very same files (all merged: a key is used in one group only).
//! `shell.json` holds what the HTML pages say before (or without) the WebAssembly: it is
//! checked like the others but not compiled in, since the app never shows it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// The languages, in the order the app offers them: Bahasa Indonesia first.
const LANGUAGES: [(&str, &str, &str); 2] = [("id", "ID", "Id"), ("en", "EN", "En")];

/// A group's struct name, its statics' prefix, which files of a language folder it reads, and
/// the group it extends (its struct and the function that gives its strings of a language), if
/// any: the struct then knows its language and dereferences to that group's strings of it.
type Group = (
    &'static str,
    &'static str,
    fn(&str) -> bool,
    Option<(&'static str, &'static str)>,
);

/// The groups of strings: a struct and its statics' prefix, from the files a filter picks. The
/// result's strings are a group of their own, extending the others, so only the owner's later
/// part (src/parts.rs) carries them; so are the mentor's, so the owner's app (which never shows
/// them) does not; the shell's are checked only (an empty struct name).
const GROUPS: [Group; 4] = [
    (
        "Strings",
        "",
        |file| !["mentor.json", "results.json", "shell.json"].contains(&file),
        None,
    ),
    (
        "ResultStrings",
        "RESULT_",
        |file| file == "results.json",
        Some(("Strings", "strings")),
    ),
    (
        "MentorStrings",
        "MENTOR_",
        |file| file == "mentor.json",
        None,
    ),
    ("", "", |file| file == "shell.json", None),
];

pub fn generate(out_dir: &Path) {
    let mut code = String::new();
    let mut keys_so_far = Vec::new();
    for (struct_name, prefix, picks, extends) in GROUPS {
        let keys = generate_group(&mut code, (struct_name, prefix, picks, extends));
        if let Some(key) = keys.iter().find(|key| keys_so_far.contains(*key)) {
            panic!("locales: key `{key}` of {struct_name} is used by another group too");
        }
        keys_so_far.extend(keys);
    }
    std::fs::write(out_dir.join("locales.rs"), code).expect("write locales.rs");
}

/// Writes one group's struct and statics; returns its keys.
fn generate_group(code: &mut String, group: Group) -> Vec<String> {
    let (struct_name, prefix, picks, extends) = group;
    let mut per_language = Vec::new();
    for (lang, static_name, _) in LANGUAGES {
        let dir = format!("locales/{lang}");
        let strings = read_language(&dir, picks);
        per_language.push((dir, format!("{prefix}{static_name}"), strings));
    }

    let (first_dir, _, reference) = &per_language[0];
    for (dir, _, strings) in &per_language[1..] {
        if let Some(key) = reference.keys().find(|k| !strings.contains_key(*k)) {
            panic!("{dir}: key `{key}` is missing (it is in {first_dir})");
        }
        if let Some(key) = strings.keys().find(|k| !reference.contains_key(*k)) {
            panic!("{dir}: key `{key}` is not in {first_dir}");
        }
        for (key, text) in strings {
            let (theirs, ours) = (placeholders(&reference[key]), placeholders(text));
            assert!(
                theirs == ours,
                "{dir}: key `{key}` has the placeholders {ours:?}, but in {first_dir} {theirs:?}"
            );
        }
    }
    if struct_name.is_empty() {
        return reference.keys().cloned().collect();
    }

    writeln!(
        code,
        "/// Interface strings of one language; a field per key of `locales/<lang>/` ({struct_name}).\n\
         #[derive(Debug)]\npub struct {struct_name} {{"
    )
    .unwrap();
    if extends.is_some() {
        writeln!(code, "    pub lang: crate::model::Lang,").unwrap();
    }
    for key in reference.keys() {
        writeln!(code, "    pub {key}: &'static str,").unwrap();
    }
    code.push_str("}\n");
    if let Some((core, core_strings)) = extends {
        writeln!(
            code,
            "impl std::ops::Deref for {struct_name} {{\n    type Target = {core};\n    \
             fn deref(&self) -> &{core} {{\n        {core_strings}(self.lang)\n    }}\n}}"
        )
        .unwrap();
    }
    for ((dir, static_name, strings), (_, _, language)) in per_language.iter().zip(LANGUAGES) {
        writeln!(
            code,
            "\n/// The {struct_name} of `{dir}/`.\npub static {static_name}: {struct_name} = {struct_name} {{"
        )
        .unwrap();
        if extends.is_some() {
            writeln!(code, "    lang: crate::model::Lang::{language},").unwrap();
        }
        for (key, value) in strings {
            writeln!(code, "    {key}: {},", crate::rust_str(value)).unwrap();
        }
        code.push_str("};\n");
    }
    reference.keys().cloned().collect()
}

/// The `{name}` placeholders of a text, which the app fills in: each language must have the same.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(name, _)| name)
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect()
}

/// Every key of the `*.json` files in `dir` that `picks` names, each key defined once.
fn read_language(dir: &str, picks: fn(&str) -> bool) -> BTreeMap<String, String> {
    println!("cargo::rerun-if-changed={dir}");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.expect("readable locale folder").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(picks)
        })
        .collect();
    files.sort();
    let mut all = BTreeMap::new();
    for path in files {
        let file = path.display().to_string();
        println!("cargo::rerun-if-changed={file}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let strings: BTreeMap<String, String> = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{file}: not a flat object of key to text: {e}"));
        for (key, value) in strings {
            let valid_key = key.starts_with(|c: char| c.is_ascii_lowercase())
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            assert!(valid_key, "{file}: key `{key}` must be snake_case");
            assert!(
                !value.trim().is_empty(),
                "{file}: key `{key}` has empty text"
            );
            if all.insert(key.clone(), value).is_some() {
                panic!("{file}: key `{key}` is defined in another file of {dir} too");
            }
        }
    }
    all
}
