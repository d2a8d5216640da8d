//! Imports among `src/` modules flow one way (ARCHITECTURE.md): this fails on a cycle. A module
//! is a file or folder under `src/` (the mentor's area counted per file or folder of its own),
//! and it uses another when its code names it (`crate::storage`, `super::state`).
//! Native only: it reads the source files.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The module a file under `src/` belongs to: its first folder or file name, or for the
/// mentor's area, the file or folder within it.
fn module_of(relative: &str) -> String {
    let parts: Vec<&str> = relative.trim_end_matches(".rs").split('/').collect();
    match parts.as_slice() {
        ["mentor", "mod"] => "mentor".to_owned(),
        ["mentor", inner, ..] => format!("mentor::{inner}"),
        [first, ..] => (*first).to_owned(),
        [] => String::new(),
    }
}

/// Every `.rs` file under `dir`, as a path relative to `src/`.
fn sources(dir: &Path, src: &Path, found: &mut Vec<String>) {
    for entry in fs::read_dir(dir).expect("readable src folder") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            sources(&path, src, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let relative = path.strip_prefix(src).expect("under src");
            found.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// The modules the code of `file` (in module `module`) names.
fn used_by(module: &str, code: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mentor_child = |name: &str| format!("mentor::{name}");
    let mut used = BTreeSet::new();
    let words = |prefix: &'static str| {
        code.match_indices(prefix)
            .map(move |(at, _)| &code[at + prefix.len()..])
            .map(|rest| {
                let end = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(rest.len());
                rest[..end].split("::").collect::<Vec<_>>()
            })
    };
    for path in words("crate::") {
        match path.as_slice() {
            ["mentor", inner, ..] if modules.contains(&mentor_child(inner)) => {
                used.insert(mentor_child(inner));
            }
            [first, ..] if modules.contains(*first) => {
                used.insert((*first).to_owned());
            }
            _ => {}
        }
    }
    // Within the mentor's area, `super::x` from a file of its own, and `x::` from its mod.rs.
    let in_mentor = module == "mentor" || module.starts_with("mentor::");
    if in_mentor {
        for path in words("super::").chain(words(" ")) {
            if let [first, ..] = path.as_slice()
                && modules.contains(&mentor_child(first))
            {
                used.insert(mentor_child(first));
            }
        }
    }
    used.remove(module);
    used
}

/// The groups of modules that each reach one another (the strongly connected components with
/// more than one module): every cycle lies within one.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<Vec<String>> {
    let reach = |start: &String| {
        let mut seen = BTreeSet::new();
        let mut next = vec![start.clone()];
        while let Some(module) = next.pop() {
            for used in graph.get(&module).into_iter().flatten() {
                if seen.insert(used.clone()) {
                    next.push(used.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|module| (module, reach(module))).collect();
    reached
        .iter()
        .map(|(module, from)| {
            let mut group: Vec<String> = from
                .iter()
                .filter(|other| {
                    reached
                        .get(other)
                        .is_some_and(|back| back.contains(*module))
                })
                .cloned()
                .collect();
            group.sort();
            group
        })
        .filter(|group| group.len() > 1)
        .collect()
}

#[test]
fn imports_among_src_modules_flow_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &src, &mut files);
    // The entry points are on top of everything.
    files.retain(|file| {
        !["lib.rs", "main.rs"].contains(&file.as_str()) && !file.starts_with("bin/")
    });
    let modules: BTreeSet<String> = files.iter().map(|file| module_of(file)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let module = module_of(file);
        let code = fs::read_to_string(src.join(file)).expect("readable source");
        graph
            .entry(module.clone())
            .or_default()
            .extend(used_by(&module, &code, &modules));
    }
    let found = cycles(&graph);
    assert!(
        found.is_empty(),
        "imports that go round in a cycle: {found:?}"
    );
}
