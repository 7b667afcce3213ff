//! `cargo xtask codegen [--check]`: keeps the committed client in `generated/` in step
//! with `spec/openapi.yaml`.
//!
//! Every file goes through [`ensure_file_contents`], which either fixes the file
//! (write mode) or only reports how it differs (check mode). Check mode never touches
//! the disk, so the same code backs `cargo xtask codegen --check`, the first step of
//! `cargo xtask test` and the `codegen_fresh` integration test.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::{Component, Path};
use std::time::Duration;

use anyhow::{bail, Context, Result};

/// What a regeneration does about files that differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Rewrite differing files and delete stale generated ones.
    Write,
    /// Change nothing; report every difference as an error.
    Check,
}

/// The advice printed whenever the committed output is out of date.
pub const REGENERATE: &str = "run `cargo xtask codegen` and commit the result";

/// Marker that every generated `.rs` file carries on its first line.
const GENERATED_MARKER: &str = "@generated";

/// At most this many diff lines are shown per file, so one rewritten file does not
/// bury the others.
const MAX_DIFF_LINES_PER_FILE: usize = 60;

/// At most this many diff lines are shown in total; later files are only named.
const MAX_DIFF_LINES_TOTAL: usize = 300;

/// Regenerates the committed client and writes or checks it according to `mode`.
pub fn run(root: &Path, mode: Mode) -> Result<()> {
    let output = generate_client(root)?;
    for warning in &output.warnings {
        eprintln!("{warning}");
    }
    let findings = sync_dir(&root.join("generated"), "generated", &output.files, mode)?;
    match mode {
        Mode::Write => {
            for finding in &findings {
                println!("{} {}", finding.difference.fixed_verb(), finding.path);
            }
            println!(
                "generated/ is up to date ({} files, {} changed, {} generator warnings)",
                output.files.len(),
                findings.len(),
                output.warnings.len()
            );
            Ok(())
        }
        Mode::Check => {
            ensure_no_findings(&findings)?;
            println!("generated/ is up to date ({} files)", output.files.len());
            Ok(())
        }
    }
}

/// Fails with a diff and the command to run when `generated/` is not exactly what
/// the generator produces now. Used by `cargo xtask test` and the freshness test.
pub fn check_fresh(root: &Path) -> Result<()> {
    let output = generate_client(root)?;
    let findings = sync_dir(
        &root.join("generated"),
        "generated",
        &output.files,
        Mode::Check,
    )?;
    ensure_no_findings(&findings)
}

/// Runs the generator library on the project's spec with the project's config.
pub fn generate_client(root: &Path) -> Result<generator::Output> {
    let spec = root.join("spec/openapi.yaml");
    let config_path = root.join("spec/generator.toml");
    let config = generator::Config::from_path(&config_path)
        .with_context(|| format!("cannot load the generator config {}", config_path.display()))?;
    let options = generator::Options {
        crate_name: None,
        config,
        // `generated/` is a member of this workspace.
        workspace_member: true,
        regenerate_command: Some(String::from("cargo xtask codegen")),
    };
    generator::generate(&spec, &options)
        .with_context(|| format!("cannot generate the client from {}", spec.display()))
}

/// How one file on disk differs from what the generator produces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// The generator produces the file but it is not on disk.
    Missing { lines: usize },
    /// The file exists with other contents; `diff` is a unified diff from disk to
    /// the generated text, possibly truncated.
    Changed { diff: String },
    /// A `.rs` file marked `@generated` that the generator no longer produces.
    Extra,
}

impl Difference {
    /// What write mode did about the difference.
    pub fn fixed_verb(&self) -> &'static str {
        match self {
            Difference::Missing { .. } => "created",
            Difference::Changed { .. } => "updated",
            Difference::Extra => "deleted",
        }
    }
}

/// One file that differs, named relative to the workspace root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub path: String,
    pub difference: Difference,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.difference {
            Difference::Missing { lines } => {
                write!(
                    f,
                    "missing: {} (not on disk; {lines} lines expected)",
                    self.path
                )
            }
            Difference::Changed { diff } => write!(f, "stale: {}\n{diff}", self.path),
            Difference::Extra => write!(
                f,
                "extra: {} (marked {GENERATED_MARKER} but no longer produced)",
                self.path
            ),
        }
    }
}

/// Makes `path` hold `contents` (write mode) or reports how it differs (check mode).
/// Returns `None` when the file is already right. `label` names the file in messages.
pub fn ensure_file_contents(
    path: &Path,
    label: &str,
    contents: &str,
    mode: Mode,
) -> Result<Option<Finding>> {
    let difference = match fs::read(path) {
        Ok(bytes) if bytes == contents.as_bytes() => return Ok(None),
        Ok(bytes) => Difference::Changed {
            diff: unified_diff(label, &String::from_utf8_lossy(&bytes), contents),
        },
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Difference::Missing {
            lines: contents.lines().count(),
        },
        Err(error) => {
            return Err(error).with_context(|| format!("cannot read {}", path.display()));
        }
    };
    if mode == Mode::Write {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create directory {}", parent.display()))?;
        }
        fs::write(path, contents).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(Some(Finding {
        path: label.to_string(),
        difference,
    }))
}

/// Brings every file of `files` (keys relative to `dir`, `/`-separated) up to date
/// and handles stale generated files under `dir/src`. Files the generator does not
/// produce and that are not marked `@generated` (tests, READMEs, hand-written
/// modules) are never looked at. `label` is how `dir` is named in messages.
pub fn sync_dir(
    dir: &Path,
    label: &str,
    files: &BTreeMap<String, String>,
    mode: Mode,
) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    for (relative, contents) in files {
        check_relative(relative)?;
        let finding = ensure_file_contents(
            &dir.join(relative),
            &format!("{label}/{relative}"),
            contents,
            mode,
        )?;
        findings.extend(finding);
    }
    let produced: BTreeSet<&str> = files.keys().map(String::as_str).collect();
    for relative in generated_rust_files(dir)? {
        if produced.contains(relative.as_str()) {
            continue;
        }
        let path = dir.join(&relative);
        if mode == Mode::Write {
            fs::remove_file(&path).with_context(|| format!("cannot delete {}", path.display()))?;
            remove_empty_parents(&path, &dir.join("src"))?;
        }
        findings.push(Finding {
            path: format!("{label}/{relative}"),
            difference: Difference::Extra,
        });
    }
    Ok(findings)
}

/// Turns check-mode findings into one error that shows every problem and the fix.
pub fn ensure_no_findings(findings: &[Finding]) -> Result<()> {
    if findings.is_empty() {
        return Ok(());
    }
    let count = findings.len();
    let noun = if count == 1 {
        "file differs"
    } else {
        "files differ"
    };
    let mut message = format!("generated code is out of date: {count} {noun}\n\n");
    let mut budget = MAX_DIFF_LINES_TOTAL;
    for finding in findings {
        match &finding.difference {
            Difference::Changed { diff } if budget == 0 => {
                let lines = diff.lines().count();
                message.push_str(&format!(
                    "stale: {} (diff of {lines} lines not shown)\n",
                    finding.path
                ));
            }
            Difference::Changed { diff } => {
                let shown = truncate_lines(diff, budget.min(MAX_DIFF_LINES_PER_FILE));
                budget = budget.saturating_sub(shown.lines().count());
                message.push_str(&format!("stale: {}\n{shown}", finding.path));
                if !shown.ends_with('\n') {
                    message.push('\n');
                }
            }
            _ => message.push_str(&format!("{finding}\n")),
        }
    }
    message.push('\n');
    message.push_str(REGENERATE);
    bail!(message)
}

/// A unified diff with a few lines of context from `old` (on disk) to `new`.
fn unified_diff(label: &str, old: &str, new: &str) -> String {
    // A deadline keeps a diff of two unrelated multi-megabyte files from stalling
    // the check; past it `similar` returns a coarser but still correct diff.
    let diff = similar::TextDiff::configure()
        .timeout(Duration::from_secs(2))
        .diff_lines(old, new);
    diff.unified_diff()
        .context_radius(3)
        .header(
            &format!("{label} (on disk)"),
            &format!("{label} (generated)"),
        )
        .to_string()
}

/// Keeps the first `max` lines of `text` and says how many were left out.
fn truncate_lines(text: &str, max: usize) -> String {
    let total = text.lines().count();
    if total <= max {
        return text.to_string();
    }
    let mut kept: String = text
        .lines()
        .take(max)
        .flat_map(|line| [line, "\n"])
        .collect();
    kept.push_str(&format!("... {} more diff lines not shown\n", total - max));
    kept
}

/// Rejects keys that would write outside the output directory.
fn check_relative(relative: &str) -> Result<()> {
    let path = Path::new(relative);
    let inside = path
        .components()
        .all(|component| matches!(component, Component::Normal(_)));
    if relative.is_empty() || !inside {
        bail!("generator produced a file outside the crate: `{relative}`");
    }
    Ok(())
}

/// Every `.rs` file under `dir/src` whose first line has the `@generated` marker,
/// as sorted `/`-separated paths relative to `dir`.
fn generated_rust_files(dir: &Path) -> Result<Vec<String>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.join("src")];
    while let Some(current) = pending.pop() {
        let entries = match fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
            Err(error) => {
                return Err(error).with_context(|| format!("cannot list {}", current.display()));
            }
        };
        for entry in entries {
            let entry = entry.with_context(|| format!("cannot list {}", current.display()))?;
            let path = entry.path();
            let file_type = entry
                .file_type()
                .with_context(|| format!("cannot inspect {}", path.display()))?;
            if file_type.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") && is_generated(&path)? {
                let relative = path
                    .strip_prefix(dir)
                    .expect("the walk starts inside dir")
                    .components()
                    .map(|component| component.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                found.push(relative);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn is_generated(path: &Path) -> Result<bool> {
    let bytes = fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let first_line = bytes
        .split(|&byte| byte == b'\n')
        .next()
        .unwrap_or_default();
    Ok(String::from_utf8_lossy(first_line).contains(GENERATED_MARKER))
}

/// Removes the directories between a deleted file and `stop` that are now empty, so
/// a module that disappeared does not leave an empty folder behind.
fn remove_empty_parents(deleted: &Path, stop: &Path) -> Result<()> {
    let mut current = deleted.parent();
    while let Some(dir) = current {
        if dir == stop || !dir.starts_with(stop) {
            break;
        }
        let mut entries =
            fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))?;
        if entries.next().is_some() {
            break;
        }
        fs::remove_dir(dir).with_context(|| format!("cannot delete {}", dir.display()))?;
        current = dir.parent();
    }
    Ok(())
}

#[cfg(test)]
#[path = "codegen_tests.rs"]
mod tests;
