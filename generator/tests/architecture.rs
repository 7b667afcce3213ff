//! Keeps the code map in `ARCHITECTURE.md` honest: every source file of the generator
//! and of the runtime template is named in its section, and every file the map names
//! exists. A new module without a line in the map, or a line about a module that is
//! gone, fails here.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The text of `ARCHITECTURE.md` between the heading `### {title}` and the next `###`
/// or `##` heading.
fn section(title: &str) -> String {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md"))
        .expect("ARCHITECTURE.md is readable");
    let start = text
        .find(&format!("### {title}"))
        .unwrap_or_else(|| panic!("no section `### {title}`"));
    let rest = &text[start + 4..];
    let end = rest.find("\n##").unwrap_or(rest.len());
    rest[..end].to_owned()
}

/// Every `name.rs` (possibly with `*`, possibly under a folder) written in backticks in
/// `text`, by base name.
fn named_files(text: &str) -> BTreeSet<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .filter(|span| span.ends_with(".rs") && !span.contains(' '))
        .map(|span| span.rsplit('/').next().unwrap_or(span).to_owned())
        .collect()
}

/// The `.rs` files below `dir`, as base names, except those that need no line of
/// their own: `mod.rs` (its folder has one) and `tests.rs` (unit tests of a module).
fn source_files(dir: &Path) -> BTreeSet<String> {
    let mut found = all_files(dir);
    found.retain(|name| name != "mod.rs" && name != "tests.rs");
    found
}

/// Every `.rs` file below `dir`, as base names.
fn all_files(dir: &Path) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current)
            .expect("source folder is readable")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
                if name.ends_with(".rs") {
                    found.insert(name.to_owned());
                }
            }
        }
    }
    found
}

/// Whether `file` is named by `pattern`, which may hold one `*`.
fn matches(pattern: &str, file: &str) -> bool {
    match pattern.split_once('*') {
        Some((head, tail)) => {
            file.len() >= head.len() + tail.len() && file.starts_with(head) && file.ends_with(tail)
        }
        None => pattern == file,
    }
}

fn check(title: &str, dir: &Path) {
    let named = named_files(&section(title));
    let files = source_files(dir);
    let unnamed: Vec<&String> = files
        .iter()
        .filter(|f| !named.iter().any(|n| matches(n, f)))
        .collect();
    assert!(
        unnamed.is_empty(),
        "ARCHITECTURE.md `{title}` does not name {unnamed:?}; add a line for each"
    );
    // A section may also name files of the other half (the runtime section names
    // `emit/runtime.rs`), so names are looked up in the whole generator folder.
    let existing = all_files(&root().join("generator/src"));
    let existing: BTreeSet<String> = existing
        .into_iter()
        .chain(all_files(&root().join("generator/runtime/src")))
        .collect();
    let missing: Vec<&String> = named
        .iter()
        .filter(|n| !existing.iter().any(|f| matches(n, f)))
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md `{title}` names {missing:?}, which do not exist"
    );
}

#[test]
fn the_code_map_names_every_generator_module_and_only_real_ones() {
    check("`generator/src/`", &root().join("generator/src"));
}

#[test]
fn the_code_map_names_every_runtime_file_and_only_real_ones() {
    check(
        "`generator/runtime/`",
        &root().join("generator/runtime/src/runtime"),
    );
}

#[test]
fn patterns_match_as_globs() {
    assert!(matches("swagger2*.rs", "swagger2_ops.rs"));
    assert!(matches("swagger2*.rs", "swagger2.rs"));
    assert!(!matches("swagger2*.rs", "openapi31.rs"));
    assert!(matches("parse.rs", "parse.rs"));
}

/// The "Where is it decided?" table answers with files; each must exist, or the
/// answer sends a newcomer nowhere.
#[test]
fn every_file_the_decision_table_names_exists() {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md"))
        .expect("ARCHITECTURE.md is readable");
    let start = text
        .find("## Where is it decided?")
        .expect("ARCHITECTURE.md has the decision table");
    let table = &text[start..];
    let table = &table[..table[2..].find("\n## ").map_or(table.len(), |end| end + 2)];
    let named = named_files(table);
    assert!(named.len() > 10, "the table names files: {named:?}");
    let existing: BTreeSet<String> = all_files(&root().join("generator/src"))
        .into_iter()
        .chain(all_files(&root().join("generator/runtime/src")))
        .collect();
    let missing: Vec<&String> = named.iter().filter(|n| !existing.contains(*n)).collect();
    assert!(
        missing.is_empty(),
        "the decision table names {missing:?}, which do not exist"
    );
}
