//! `cargo xtask corpus`: how many real-world documents become a client that compiles
//! warning-free.
//!
//! The run has three phases. Every selected document is generated in this process
//! (through the library, so a panic is caught and reported as a panic rather than
//! ending the run); then all generated crates are type-checked by one
//! `cargo check --workspace --keep-going` in a throwaway workspace, which builds
//! the shared dependencies once; finally cargo's JSON messages are tallied per crate
//! into a table that is printed and written to `target/corpus/report.md`.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{BufRead, BufReader};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::thread;
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::cargo_json::CheckMessages;
use crate::table::{percent, truncate, Table};
use crate::{cargo_with_target, display_command};

/// Flags of `cargo xtask corpus`.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Keep documents whose id contains any of these; all when empty.
    pub filters: Vec<String>,
    /// Take at most this many of the matching documents.
    pub limit: Option<usize>,
    /// Passed to `cargo check --jobs`.
    pub jobs: Option<usize>,
    /// Keep the generated crates after the run instead of deleting them.
    pub keep: bool,
    /// A list of `id TAB path` lines to run instead of the fetched visible corpus, so that
    /// any collection of documents (e.g. the whole APIs.guru directory) can be measured.
    pub index: Option<PathBuf>,
}

impl Options {
    /// The command that selects the same documents, for the report's header.
    pub fn command_line(&self) -> String {
        let mut words = vec!["cargo xtask corpus".to_string()];
        words.extend(
            self.filters
                .iter()
                .map(|filter| format!("--filter {filter}")),
        );
        words.extend(self.limit.map(|limit| format!("--limit {limit}")));
        words.extend(
            self.index
                .as_ref()
                .map(|index| format!("--index {}", index.display())),
        );
        words.join(" ")
    }
}

/// One corpus document, joined from the fetched index and `visible.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub path: PathBuf,
    /// The OpenAPI (or Swagger) version column of `visible.tsv`, "?" if unlisted.
    pub version: String,
}

/// Where the read-only corpus material lives: `shared/corpus` beside the workspace.
pub fn shared_dir(root: &Path) -> PathBuf {
    root.parent().unwrap_or(root).join("shared").join("corpus")
}

/// Reads the corpus index, downloading the documents first when it is missing.
pub fn load_documents(root: &Path) -> Result<Vec<Document>> {
    let shared = shared_dir(root);
    let cache = root.join("target").join("corpus").join("cache");
    let index_path = cache.join("index.tsv");
    if !index_path.exists() {
        let mut fetch = std::process::Command::new("bash");
        fetch.arg(shared.join("fetch.sh")).arg(&cache);
        println!("fetching the corpus: {}", display_command(&fetch));
        crate::run_command(&mut fetch).context("cannot fetch the corpus")?;
    }
    read_index(root, &index_path)
}

/// Parses `index.tsv`: one `id TAB absolute path` per line.
pub fn parse_index(text: &str) -> Result<Vec<(String, PathBuf)>> {
    let mut entries = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Some((id, path)) = line.split_once('\t') else {
            bail!(
                "index.tsv line {}: expected `id<TAB>path`, got `{line}`",
                number + 1
            );
        };
        entries.push((id.to_string(), PathBuf::from(path)));
    }
    Ok(entries)
}

/// Maps each id of `visible.tsv` (columns id, package, path, openapi, note; with a
/// header row) to its OpenAPI version column.
pub fn parse_versions(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let columns: Vec<&str> = line.split('\t').collect();
            Some((columns.first()?.to_string(), columns.get(3)?.to_string()))
        })
        .collect()
}

fn join_index(index: &[(String, PathBuf)], versions: &BTreeMap<String, String>) -> Vec<Document> {
    index
        .iter()
        .map(|(id, path)| Document {
            id: id.clone(),
            path: path.clone(),
            version: versions.get(id).cloned().unwrap_or_else(|| "?".to_string()),
        })
        .collect()
}

/// Keeps the documents whose id contains any filter (all when there is none), in
/// index order, at most `limit` of them.
pub fn select(documents: Vec<Document>, filters: &[String], limit: Option<usize>) -> Vec<Document> {
    documents
        .into_iter()
        .filter(|doc| filters.is_empty() || filters.iter().any(|f| doc.id.contains(f.as_str())))
        .take(limit.unwrap_or(usize::MAX))
        .collect()
}

/// Turns a corpus id into a directory and crate-name fragment: lowercase ASCII
/// letters and digits, with every other run of characters replaced by one `-`.
pub fn sanitize_id(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "doc".to_string()
    } else {
        trimmed.to_string()
    }
}

/// Sanitizes every id and numbers the ones that would otherwise share a name
/// (`a.b` and `a-b` both give `a-b`), so each document gets its own crate.
pub fn unique_names<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut taken = BTreeSet::new();
    ids.into_iter()
        .map(|id| {
            let base = sanitize_id(id);
            let mut name = base.clone();
            let mut counter = 2;
            while !taken.insert(name.clone()) {
                name = format!("{base}-{counter}");
                counter += 1;
            }
            name
        })
        .collect()
}

/// What became of one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Clean,
    Warnings { count: usize, first: String },
    CompileError(String),
    GenerateError(String),
    Panic(String),
}

impl Outcome {
    fn result(&self) -> String {
        match self {
            Outcome::Clean => "generated+clean".to_string(),
            Outcome::Warnings { count, .. } => format!("compiled with {count} warnings"),
            Outcome::CompileError(_) => "compile error".to_string(),
            Outcome::GenerateError(_) => "generate error".to_string(),
            Outcome::Panic(_) => "panic".to_string(),
        }
    }

    fn reason(&self) -> &str {
        match self {
            Outcome::Clean => "",
            Outcome::Warnings { first, .. } => first,
            Outcome::CompileError(reason)
            | Outcome::GenerateError(reason)
            | Outcome::Panic(reason) => reason,
        }
    }

    /// The category used for the totals.
    fn category(&self) -> &'static str {
        match self {
            Outcome::Clean => "generated+clean",
            Outcome::Warnings { .. } => "compiled with warnings",
            Outcome::CompileError(_) => "compile error",
            Outcome::GenerateError(_) => "generate error",
            Outcome::Panic(_) => "panic",
        }
    }
}

/// One line of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub version: String,
    pub outcome: Outcome,
    /// How many warnings the generator reported; `None` when generation failed.
    pub generator_warnings: Option<usize>,
}

/// Longest reason shown in the table; the full text is in cargo's output.
const REASON_WIDTH: usize = 110;

/// Renders the report: the table, then the totals.
pub fn render_report(rows: &[Row]) -> String {
    let mut table = Table::new(
        &["id", "version", "result", "reason", "generator warnings"],
        &[4],
    );
    for row in rows {
        table.row(vec![
            row.id.clone(),
            row.version.clone(),
            row.outcome.result(),
            truncate(row.outcome.reason(), REASON_WIDTH),
            row.generator_warnings
                .map(|n| n.to_string())
                .unwrap_or_else(|| "-".to_string()),
        ]);
    }
    let mut out = table.to_markdown();
    out.push('\n');
    let total = rows.len();
    for category in [
        "generated+clean",
        "compiled with warnings",
        "compile error",
        "generate error",
        "panic",
    ] {
        let count = rows
            .iter()
            .filter(|row| row.outcome.category() == category)
            .count();
        out.push_str(&format!("- {category}: {count}\n"));
    }
    let clean = rows
        .iter()
        .filter(|row| row.outcome == Outcome::Clean)
        .count();
    out.push_str(&format!(
        "\n**{clean} of {total} documents ({}) generated and compiled warning-free.**\n",
        percent(clean, total)
    ));
    out
}

/// Reads an index (`id TAB path` per line, as `fetch.sh` writes it), the fetched one or
/// one given with `--index`. Documents that are not in `visible.tsv` show `?` as their
/// version.
pub fn read_index(root: &Path, index_path: &Path) -> Result<Vec<Document>> {
    let index = fs::read_to_string(index_path)
        .with_context(|| format!("cannot read {}", index_path.display()))?;
    let visible = fs::read_to_string(shared_dir(root).join("visible.tsv")).unwrap_or_default();
    Ok(join_index(&parse_index(&index)?, &parse_versions(&visible)))
}

/// Runs the whole corpus: generate, type-check, report.
pub fn run(root: &Path, options: &Options) -> Result<()> {
    let all = match &options.index {
        Some(index) => read_index(root, index)?,
        None => load_documents(root)?,
    };
    let documents = select(all, &options.filters, options.limit);
    if documents.is_empty() {
        bail!(
            "no corpus document id contains any of {:?}",
            options.filters
        );
    }
    let corpus_dir = root.join("target").join("corpus");
    let work = corpus_dir.join("work");
    fs::create_dir_all(&work).with_context(|| format!("cannot create {}", work.display()))?;
    let work =
        fs::canonicalize(&work).with_context(|| format!("cannot resolve {}", work.display()))?;
    let names = unique_names(documents.iter().map(|doc| doc.id.as_str()));
    let jobs: Vec<Job> = documents
        .iter()
        .zip(&names)
        .map(|(doc, name)| Job {
            spec: doc.path.clone(),
            dir: work.join(name),
            crate_name: format!("corpus-{name}"),
            label: doc.id.clone(),
        })
        .collect();
    for job in &jobs {
        if job.dir.exists() {
            fs::remove_dir_all(&job.dir)
                .with_context(|| format!("cannot clear {}", job.dir.display()))?;
        }
    }

    println!(
        "generating {} documents into {}",
        jobs.len(),
        work.display()
    );
    let generations = generate_all(&jobs, generate_with_library)?;
    let members: Vec<&Job> = jobs
        .iter()
        .zip(&generations)
        .filter(|(_, generation)| matches!(generation, Generation::Generated { .. }))
        .map(|(job, _)| job)
        .collect();
    let checked = if members.is_empty() {
        CheckResult::default()
    } else {
        check_workspace(root, &corpus_dir, &work, &members, options.jobs)?
    };

    let rows: Vec<Row> = documents
        .iter()
        .zip(&jobs)
        .zip(generations)
        .map(|((doc, job), generation)| Row {
            id: doc.id.clone(),
            version: doc.version.clone(),
            generator_warnings: match generation {
                Generation::Generated { warnings } => Some(warnings),
                _ => None,
            },
            outcome: match generation {
                Generation::Generated { .. } => checked.outcome(job),
                Generation::Failed(reason) => Outcome::GenerateError(reason),
                Generation::Panicked(reason) => Outcome::Panic(reason),
            },
        })
        .collect();

    let report = render_report(&rows);
    println!("\n{report}");
    let report_path = corpus_dir.join("report.md");
    let markdown = format!(
        "# Corpus report\n\nWritten by `{}`; rerun it to refresh.\n\n{report}",
        options.command_line()
    );
    fs::write(&report_path, markdown)
        .with_context(|| format!("cannot write {}", report_path.display()))?;
    println!("report written to {}", report_path.display());

    if !options.keep {
        for job in &jobs {
            if job.dir.exists() {
                fs::remove_dir_all(&job.dir)
                    .with_context(|| format!("cannot delete {}", job.dir.display()))?;
            }
        }
    }
    Ok(())
}

/// One document to generate.
#[derive(Clone, Debug)]
struct Job {
    spec: PathBuf,
    dir: PathBuf,
    crate_name: String,
    label: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Generation {
    Generated { warnings: usize },
    Failed(String),
    Panicked(String),
}

/// Deep schemas make recursive code recurse deeply; a generous stack keeps a
/// legitimately deep document from aborting the whole run with a stack overflow.
const GENERATOR_STACK_BYTES: usize = 512 * 1024 * 1024;

thread_local! {
    /// The message of the last panic on this thread, recorded by the quiet hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Generates every job in order on one worker thread with a large stack, catching
/// panics. While it runs, the panic hook records panics instead of printing them.
fn generate_all<F>(jobs: &[Job], generate: F) -> Result<Vec<Generation>>
where
    F: Fn(&Job) -> Result<usize, String> + Sync,
{
    let previous_hook = panic::take_hook();
    panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|text| text.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "non-string panic payload".to_string());
        let text = match info.location() {
            Some(location) => format!("{message} at {}:{}", location.file(), location.line()),
            None => message,
        };
        LAST_PANIC.with(|last| *last.borrow_mut() = Some(text));
    }));
    let result = thread::scope(|scope| {
        let worker = thread::Builder::new()
            .name("corpus-generate".to_string())
            .stack_size(GENERATOR_STACK_BYTES)
            .spawn_scoped(scope, || {
                let total = jobs.len();
                jobs.iter()
                    .enumerate()
                    .map(|(index, job)| {
                        let started = Instant::now();
                        let generation = attempt(job, &generate);
                        let summary = match &generation {
                            Generation::Generated { warnings } => {
                                format!("ok, {warnings} warnings")
                            }
                            Generation::Failed(_) => "generate error".to_string(),
                            Generation::Panicked(_) => "panic".to_string(),
                        };
                        println!(
                            "[{}/{total}] {} ({summary}, {:.1} s)",
                            index + 1,
                            job.label,
                            started.elapsed().as_secs_f64()
                        );
                        generation
                    })
                    .collect::<Vec<_>>()
            })
            .context("cannot start the generator thread")?;
        worker
            .join()
            .map_err(|_| anyhow::anyhow!("the generator thread died outside a caught panic"))
    });
    panic::set_hook(previous_hook);
    result
}

/// Runs one generation, turning a panic into [`Generation::Panicked`].
fn attempt<F>(job: &Job, generate: &F) -> Generation
where
    F: Fn(&Job) -> Result<usize, String>,
{
    match panic::catch_unwind(AssertUnwindSafe(|| generate(job))) {
        Ok(Ok(warnings)) => Generation::Generated { warnings },
        Ok(Err(reason)) => Generation::Failed(reason),
        Err(_) => Generation::Panicked(
            LAST_PANIC
                .with(|last| last.borrow_mut().take())
                .unwrap_or_else(|| "panic without a message".to_string()),
        ),
    }
}

/// Generates one corpus crate with the generator library and the default config;
/// returns the number of generator warnings.
fn generate_with_library(job: &Job) -> Result<usize, String> {
    let options = generator::Options {
        crate_name: Some(job.crate_name.clone()),
        config: generator::Config::default(),
        // Corpus crates are members of the generated corpus workspace.
        workspace_member: true,
        regenerate_command: Some(String::from("cargo xtask corpus")),
    };
    let output =
        generator::generate(&job.spec, &options).map_err(|error| one_line(&error.to_string()))?;
    output
        .write_to(&job.dir)
        .map_err(|error| one_line(&error.to_string()))?;
    Ok(output.warnings.len())
}

/// Collapses a multi-line message into one line for the table.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Diagnostics of the type-check, by crate directory.
#[derive(Debug, Default)]
struct CheckResult {
    messages: CheckMessages,
    /// Crates dropped from the workspace because cargo could not even load them.
    rejected: BTreeMap<PathBuf, String>,
}

impl CheckResult {
    fn outcome(&self, job: &Job) -> Outcome {
        if let Some(reason) = self.rejected.get(&job.dir) {
            return Outcome::CompileError(reason.clone());
        }
        let Some(package) = self.messages.packages.get(&job.dir.join("Cargo.toml")) else {
            return Outcome::CompileError("cargo reported nothing for this crate".to_string());
        };
        if package.errors > 0 {
            return Outcome::CompileError(package.first_error.clone().unwrap_or_default());
        }
        if !package.compiled {
            return Outcome::CompileError(
                "no library was produced; see cargo's output".to_string(),
            );
        }
        match package.warnings {
            0 => Outcome::Clean,
            count => Outcome::Warnings {
                count,
                first: package.first_warning.clone().unwrap_or_default(),
            },
        }
    }
}

/// Type-checks the generated crates together. A crate whose manifest cargo cannot
/// load would stop the whole workspace, so such crates are dropped one by one (with
/// cargo's complaint as the reason) until the rest can be checked.
fn check_workspace(
    root: &Path,
    corpus_dir: &Path,
    work: &Path,
    members: &[&Job],
    jobs: Option<usize>,
) -> Result<CheckResult> {
    let lock = root.join("Cargo.lock");
    let mut result = CheckResult::default();
    let mut remaining: Vec<&Job> = members.to_vec();
    while !remaining.is_empty() {
        write_workspace_manifest(work, &remaining)?;
        // A fresh copy each round keeps resolution fast and the versions the same as
        // the project's own, whatever an earlier round changed.
        fs::copy(&lock, work.join("Cargo.lock"))
            .with_context(|| format!("cannot copy {}", lock.display()))?;
        let mut command = cargo_with_target(work, &corpus_dir.join("target"));
        command.args([
            "check",
            "--workspace",
            "--keep-going",
            "--message-format=json",
        ]);
        if let Some(jobs) = jobs {
            command.arg(format!("--jobs={jobs}"));
        }
        println!(
            "\ntype-checking {} crates: {}",
            remaining.len(),
            display_command(&command)
        );
        let (messages, stderr) = run_cargo_json(&mut command)?;
        let members_seen = remaining
            .iter()
            .any(|job| messages.packages.contains_key(&job.dir.join("Cargo.toml")));
        if members_seen || messages.success == Some(true) {
            result.messages = messages;
            break;
        }
        let reason = cargo_failure_reason(&stderr, work);
        match remaining
            .iter()
            .position(|job| mentions(&stderr, work, job))
        {
            Some(index) => {
                let job = remaining.remove(index);
                println!("dropping {} from the workspace: {reason}", job.label);
                result.rejected.insert(job.dir.clone(), reason);
            }
            None => {
                let reason = format!("cargo check failed before compiling: {reason}");
                for job in remaining.drain(..) {
                    result.rejected.insert(job.dir.clone(), reason.clone());
                }
            }
        }
    }
    Ok(result)
}

fn write_workspace_manifest(work: &Path, members: &[&Job]) -> Result<()> {
    let mut manifest = String::from(
        "# Written by `cargo xtask corpus`: every member is a client generated from one\n\
         # corpus document.\n[workspace]\nresolver = \"2\"\nmembers = [\n",
    );
    for job in members {
        let name = job
            .dir
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        manifest.push_str(&format!("    \"{name}\",\n"));
    }
    manifest.push_str("]\n");
    let path = work.join("Cargo.toml");
    fs::write(&path, manifest).with_context(|| format!("cannot write {}", path.display()))
}

/// Runs cargo with JSON messages on stdout, forwarding its human-readable stderr
/// (progress and failures) to ours while keeping a copy.
fn run_cargo_json(command: &mut std::process::Command) -> Result<(CheckMessages, String)> {
    let shown = display_command(command);
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot start `{shown}`"))?;
    let stderr = child.stderr.take().context("child stderr is piped")?;
    let forwarder = thread::spawn(move || {
        let mut copy = String::new();
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            eprintln!("{line}");
            copy.push_str(&line);
            copy.push('\n');
        }
        copy
    });
    let stdout = child.stdout.take().context("child stdout is piped")?;
    let mut messages = CheckMessages::default();
    for line in BufReader::new(stdout).lines() {
        messages
            .add_line(&line.with_context(|| format!("cannot read the output of `{shown}`"))?)?;
    }
    child
        .wait()
        .with_context(|| format!("cannot wait for `{shown}`"))?;
    let stderr = forwarder
        .join()
        .map_err(|_| anyhow::anyhow!("the stderr reader of `{shown}` panicked"))?;
    Ok((messages, stderr))
}

/// Whether cargo's error output names this crate (by directory or package name).
fn mentions(stderr: &str, work: &Path, job: &Job) -> bool {
    let dir = job
        .dir
        .strip_prefix(work)
        .unwrap_or(&job.dir)
        .to_string_lossy();
    let work = work.to_string_lossy();
    [
        format!("{work}/{dir}/"),
        format!("{work}/{dir}`"),
        format!("`{} v", job.crate_name),
        format!("package `{}`", job.crate_name),
    ]
    .iter()
    .any(|needle| stderr.contains(needle.as_str()))
}

/// The most specific line of a cargo error: the innermost "Caused by" entry when
/// there is one, else the first `error:` line. Paths inside the work directory are
/// shortened so the table stays readable.
fn cargo_failure_reason(stderr: &str, work: &Path) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let innermost_cause = lines
        .iter()
        .rposition(|line| line.trim() == "Caused by:")
        .and_then(|index| {
            lines[index + 1..]
                .iter()
                .find(|line| !line.trim().is_empty())
        });
    let first_error = lines.iter().find(|line| line.starts_with("error"));
    let reason = innermost_cause
        .or(first_error)
        .map(|line| line.trim().to_string())
        .unwrap_or_else(|| "cargo failed without an error message".to_string());
    reason.replace(&format!("{}/", work.display()), "")
}

#[cfg(test)]
#[path = "corpus_tests.rs"]
mod tests;
