//! Golden tests: every directory under `tests/golden/` holds a tiny spec
//! (`openapi.yaml`) for one feature and, next to it, the crate the generator makes
//! from it. The crates are workspace members, so `cargo test` and `cargo clippy`
//! compile them: a snapshot that does not build fails the suite.
//!
//! `src/runtime` in each golden crate is a symlink to the runtime template instead of
//! a copy, so the runtime's sources are not stored once per fixture; the generator's
//! runtime files are the template's bytes behind a header (see `emit/runtime.rs`).
//!
//! After an intended change, run `UPDATE_GOLDEN=1 cargo test -p generator --test golden`
//! and review the result with `git diff`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const UPDATE_COMMAND: &str = "UPDATE_GOLDEN=1 cargo test -p generator --test golden";

fn golden_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

fn generate(name: &str) -> generator::Output {
    let spec = golden_dir(name).join("openapi.yaml");
    // A fixture may carry a generator config next to its spec.
    let config_path = golden_dir(name).join("generator.toml");
    let config = if config_path.exists() {
        generator::Config::from_path(&config_path).unwrap_or_else(|error| panic!("{name}: {error}"))
    } else {
        generator::Config::default()
    };
    let options = generator::Options {
        crate_name: Some(format!("golden-{name}")),
        workspace_member: true,
        regenerate_command: Some(UPDATE_COMMAND.to_string()),
        config,
    };
    generator::generate(&spec, &options)
        .unwrap_or_else(|error| panic!("{name}: generation failed: {error}"))
}

/// The files a golden directory must contain: the generated ones (minus the runtime)
/// plus `warnings.txt`, the generator's warnings with locations.
fn expected_files(output: &generator::Output) -> BTreeMap<String, String> {
    let mut files: BTreeMap<String, String> = output
        .files
        .iter()
        .filter(|(path, _)| !path.starts_with("src/runtime/"))
        .map(|(path, text)| (path.clone(), text.clone()))
        .collect();
    let warnings: String = output
        .warnings
        .iter()
        .map(|w| {
            let line = w.location.line.map(|l| format!(":{l}")).unwrap_or_default();
            format!("openapi.yaml{line} {}: {}\n", w.location.pointer, w.message)
        })
        .collect();
    files.insert(String::from("warnings.txt"), warnings);
    files
}

fn files_on_disk(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).into_iter().flatten().flatten() {
            let path = entry.path();
            let relative = path
                .strip_prefix(dir)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            if relative == "openapi.yaml"
                || relative == "generator.toml"
                || relative == "src/runtime"
            {
                continue;
            }
            if path.is_dir() {
                pending.push(path);
            } else {
                found.push(relative);
            }
        }
    }
    found.sort();
    found
}

fn check(name: &str) {
    let output = generate(name);
    let again = generate(name);
    assert_eq!(
        output.files, again.files,
        "{name}: generating twice must give identical output"
    );

    let dir = golden_dir(name);
    let expected = expected_files(&output);
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut problems = Vec::new();
    for (path, contents) in &expected {
        let target = dir.join(path);
        let current = std::fs::read_to_string(&target).ok();
        if current.as_deref() == Some(contents.as_str()) {
            continue;
        }
        if update {
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).expect("create golden directory");
            }
            std::fs::write(&target, contents).expect("write golden file");
        } else {
            problems.push(match current {
                None => format!("missing {path}"),
                Some(old) => format!("{path} differs:\n{}", short_diff(&old, contents)),
            });
        }
    }
    for path in files_on_disk(&dir) {
        if !expected.contains_key(&path) {
            if update {
                std::fs::remove_file(dir.join(&path)).expect("remove stale golden file");
            } else {
                problems.push(format!("{path} is no longer generated"));
            }
        }
    }
    let link = dir.join("src/runtime");
    if update && !link.exists() {
        #[cfg(unix)]
        std::os::unix::fs::symlink("../../../../runtime/src/runtime", &link).expect("link runtime");
    }
    assert!(
        link.join("mod.rs").exists(),
        "{name}: src/runtime must link to the runtime template"
    );
    assert!(
        problems.is_empty(),
        "golden output of `{name}` is stale; run `{UPDATE_COMMAND}` and review `git diff`:\n{}",
        problems.join("\n")
    );
}

fn short_diff(old: &str, new: &str) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff.unified_diff().context_radius(2).to_string();
    text.lines().take(60).collect::<Vec<_>>().join("\n")
}

macro_rules! golden {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check(stringify!($name));
            }
        )*
    };
}

golden!(
    objects,
    enums,
    unions,
    allof,
    recursive,
    formats,
    openapi31,
    params,
    bodies,
    security,
    swagger2,
    pagination,
    naming,
    hostile_refs,
    hostile_text,
    hostile_deep,
    hostile_wide,
    webhooks,
    openapi32,
    streams,
    features,
);

/// Every fixture directory has a test above, so a new fixture cannot be forgotten.
#[test]
fn every_fixture_is_listed() {
    let listed = [
        "allof",
        "bodies",
        "enums",
        "features",
        "formats",
        "hostile_deep",
        "hostile_refs",
        "hostile_text",
        "hostile_wide",
        "naming",
        "objects",
        "openapi31",
        "openapi32",
        "pagination",
        "params",
        "recursive",
        "security",
        "streams",
        "swagger2",
        "unions",
        "webhooks",
    ];
    let mut on_disk: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden"))
            .expect("golden directory")
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
    on_disk.sort();
    assert_eq!(on_disk, listed);
}
