//! `cargo xtask conformance`: does each generated client work, call by call, against
//! an independent validator of its document?
//!
//! For every selected document: generate the client with the generator's
//! `conformance` option (which adds `tests/conformance.rs`), build all test binaries in
//! one cargo workspace with its own target directory (the corpus machinery), then, a
//! few documents at a time, start Prism as a validating mock of the document on
//! 127.0.0.1 (`--errors`, so invalid requests are reported rather than answered), run
//! the document's test binary against it, and stop Prism. The binaries print one line
//! per call and per example; [`report`] turns them into categorised rows, written to
//! `target/conformance/results.tsv` and summed up in tables and two final lines.
//!
//! Prism answers with the document's examples, and with its own mock where there are
//! none. When such an answer breaks the document (an example that contradicts its
//! schema, a mock Prism itself rejects), the call says nothing about the client. So
//! when the first run has calls whose request passed but whose answer was unusable,
//! the binary runs a second time against `prism mock --dynamic`, which answers with
//! values generated from the response schemas. Requests are validated the same way in
//! both runs; only `spec` and `validator` rows can take the second run's verdict, never
//! `generator` rows (see [`report::categorise`]).

#[path = "conformance_report.rs"]
pub mod report;

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::corpus::{self, Document};
use crate::{cargo_with_target, display_command};
use report::{Outcome, Verdicts};

/// The Prism release used, the one the Gcore contract test pins
/// (`generated/tests/contract/prism.rs`), installed the same way under `target/prism`.
pub const PRISM_VERSION: &str = "5.14.2";

/// How long Prism may take to load a document and listen: more than 300 s for
/// Stripe's 6 MB description on two busy cores.
const PRISM_START: Duration = Duration::from_secs(600);

/// How long one document's checks may run.
const TEST_TIMEOUT: Duration = Duration::from_secs(300);

/// Flags of `cargo xtask conformance`.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub filters: Vec<String>,
    pub limit: Option<usize>,
    /// Documents checked at once (each with its own Prism), and cargo's `--jobs`.
    pub jobs: Option<usize>,
    pub index: Option<PathBuf>,
    /// Fail when any operation or example is in the `generator` category (for CI).
    pub strict: bool,
    /// Run exactly [`CI_DOCUMENTS`], strictly.
    pub ci: bool,
}

/// The fixed subset `cargo xtask test` runs (`--ci`): together these documents have
/// JSON, form, multipart and octet-stream bodies; path, query, header and cookie
/// parameters in their styles; `oneOf` with and without a discriminator; enums;
/// nullable fields; and offset pagination. `autorest-url` carries the path and query
/// styles (Swagger's `csv`, `ssv`, `tsv`, `pipes` and `multi` arrays) in place of
/// `readme-3.0-parameters-style`, which Prism 5.14.2 stops serving after three requests.
pub const CI_DOCUMENTS: &[&str] = &[
    "autorest-url",
    "readme-3.0-parameters-cookies",
    "readme-3.0-form-data",
    "readme-3.0-file-uploads",
    "readme-3.0-discriminators",
    "readme-3.0-polymorphism",
    "readme-3.0-schema-enums",
    "readme-3.0-schema-types",
    "readme-3.0-petstore",
    "autorest-header",
];

impl Options {
    pub fn command_line(&self) -> String {
        let mut words = vec![String::from("cargo xtask conformance")];
        if self.ci {
            words.push(String::from("--ci"));
        }
        words.extend(self.filters.iter().map(|f| format!("--filter {f}")));
        words.extend(self.limit.map(|n| format!("--limit {n}")));
        words.extend(
            self.index
                .as_ref()
                .map(|i| format!("--index {}", i.display())),
        );
        words.extend(self.jobs.map(|n| format!("--jobs {n}")));
        words.join(" ")
    }
}

/// One document's crate.
struct Crate {
    doc: Document,
    dir: PathBuf,
    name: String,
}

/// Runs the whole check and prints the report; the last line is the operation total.
pub fn run(root: &Path, options: &Options) -> Result<()> {
    let all = match &options.index {
        Some(index) => corpus::read_index(root, index)?,
        None => corpus::load_documents(root)?,
    };
    let documents = if options.ci {
        all.into_iter()
            .filter(|doc| CI_DOCUMENTS.contains(&doc.id.as_str()))
            .collect()
    } else {
        corpus::select(all, &options.filters, options.limit)
    };
    if documents.is_empty() {
        bail!("no document id contains any of {:?}", options.filters);
    }
    let out_dir = root.join("target").join("conformance");
    let work = out_dir.join("work");
    fs::create_dir_all(&work).with_context(|| format!("cannot create {}", work.display()))?;
    let work = fs::canonicalize(&work)?;
    let prism = ensure_prism(root)?;
    let names = corpus::unique_names(documents.iter().map(|d| d.id.as_str()));
    let crates: Vec<Crate> = documents
        .into_iter()
        .zip(names)
        .map(|(doc, name)| Crate {
            dir: work.join(&name),
            name: format!("conformance-{name}"),
            doc,
        })
        .collect();

    let started = Instant::now();
    let mut outcomes: BTreeMap<String, Outcome> = BTreeMap::new();
    let mut generated = Vec::new();
    for (index, krate) in crates.iter().enumerate() {
        match generate(krate) {
            Ok(()) => generated.push(krate),
            Err(reason) => {
                outcomes.insert(
                    krate.doc.id.clone(),
                    Outcome::NotBuilt(format!("generate error: {reason}")),
                );
            }
        }
        println!(
            "[{}/{}] generated {}",
            index + 1,
            crates.len(),
            krate.doc.id
        );
    }
    let binaries = build(root, &out_dir, &work, &generated, options.jobs)?;
    let mut runnable = Vec::new();
    for krate in &generated {
        match binaries.get(&krate.dir) {
            Some(Ok(binary)) => runnable.push((*krate, binary.clone())),
            Some(Err(reason)) => {
                outcomes.insert(
                    krate.doc.id.clone(),
                    Outcome::NotBuilt(format!("does not compile: {reason}")),
                );
            }
            None => {
                outcomes.insert(
                    krate.doc.id.clone(),
                    Outcome::NotBuilt(String::from("cargo built no conformance test")),
                );
            }
        }
    }
    println!(
        "\nrunning the checks of {} documents against Prism {PRISM_VERSION}",
        runnable.len()
    );
    let results = Mutex::new(Vec::new());
    let next = Mutex::new(0usize);
    let workers = options.jobs.unwrap_or(2).max(1);
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = {
                    let mut next = next.lock().expect("lock");
                    *next += 1;
                    *next - 1
                };
                let Some((krate, binary)) = runnable.get(index) else {
                    break;
                };
                let outcome = check_document(&prism, krate, binary, !options.ci);
                println!(
                    "[{}/{}] {}: {}",
                    index + 1,
                    runnable.len(),
                    krate.doc.id,
                    outcome.summary()
                );
                results
                    .lock()
                    .expect("lock")
                    .push((krate.doc.id.clone(), outcome));
            });
        }
    });
    outcomes.extend(results.into_inner().expect("lock"));
    let ordered: Vec<(String, Outcome)> = crates
        .iter()
        .filter_map(|k| outcomes.remove(&k.doc.id).map(|o| (k.doc.id.clone(), o)))
        .collect();
    let verdicts = report::categorise(&ordered);
    fs::write(out_dir.join("results.tsv"), report::results_tsv(&verdicts))?;
    let text = report::render(&verdicts, &options.command_line(), started.elapsed());
    fs::write(out_dir.join("report.md"), &text)?;
    println!(
        "\nresults written to {}",
        out_dir.join("results.tsv").display()
    );
    let failures = verdicts.generator_failures();
    print!("\n{text}");
    if (options.strict || options.ci) && failures > 0 {
        bail!("{failures} `generator` failures; see target/conformance/results.tsv");
    }
    Ok(())
}

/// Generates one crate with the conformance checks.
fn generate(krate: &Crate) -> Result<(), String> {
    if krate.dir.exists() {
        let _ = fs::remove_dir_all(&krate.dir);
    }
    let config = generator::Config {
        conformance: true,
        ..generator::Config::default()
    };
    let options = generator::Options {
        crate_name: Some(krate.name.clone()),
        config,
        workspace_member: true,
        regenerate_command: Some(String::from("cargo xtask conformance")),
    };
    let spec = krate.doc.path.clone();
    // Deep documents recurse deeply; the corpus gives the generator the same stack.
    let handle = thread::Builder::new()
        .stack_size(512 * 1024 * 1024)
        .spawn(move || generator::generate(&spec, &options).map_err(|e| e.to_string()))
        .map_err(|e| e.to_string())?;
    let output = handle
        .join()
        .map_err(|_| String::from("the generator panicked"))??;
    output.write_to(&krate.dir).map_err(|e| e.to_string())
}

/// Builds every conformance test binary in one workspace; returns, per crate
/// directory, the binary or the first compile error.
fn build(
    root: &Path,
    out_dir: &Path,
    work: &Path,
    crates: &[&Crate],
    jobs: Option<usize>,
) -> Result<BTreeMap<PathBuf, Result<PathBuf, String>>> {
    let mut manifest = String::from(
        "# Written by `cargo xtask conformance`.\n[workspace]\nresolver = \"2\"\nmembers = [\n",
    );
    for krate in crates {
        let name = krate
            .dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        manifest.push_str(&format!("    \"{name}\",\n"));
    }
    manifest.push_str("]\n");
    fs::write(work.join("Cargo.toml"), manifest)?;
    fs::copy(root.join("Cargo.lock"), work.join("Cargo.lock"))?;
    let mut command = cargo_with_target(work, &out_dir.join("target"));
    // `--no-fail-fast` keeps building the other crates when one does not compile.
    command.args([
        "test",
        "--workspace",
        "--no-run",
        "--no-fail-fast",
        "--test",
        "conformance",
        "--message-format=json",
    ]);
    if let Some(jobs) = jobs {
        command.arg(format!("--jobs={jobs}"));
    }
    println!(
        "\nbuilding {} crates: {}",
        crates.len(),
        display_command(&command)
    );
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()?;
    let stdout = child.stdout.take().context("cargo stdout is piped")?;
    let mut built: BTreeMap<PathBuf, Result<PathBuf, String>> = BTreeMap::new();
    for line in BufReader::new(stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(&line?) else {
            continue;
        };
        let Some(manifest) = message.get("manifest_path").and_then(|m| m.as_str()) else {
            continue;
        };
        let dir = Path::new(manifest)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        match message.get("reason").and_then(|r| r.as_str()) {
            Some("compiler-artifact") => {
                let is_test =
                    message.pointer("/target/name").and_then(|n| n.as_str()) == Some("conformance");
                if let (true, Some(exe)) =
                    (is_test, message.get("executable").and_then(|e| e.as_str()))
                {
                    built.insert(dir, Ok(PathBuf::from(exe)));
                }
            }
            Some("compiler-message")
                if message.pointer("/message/level").and_then(|l| l.as_str()) == Some("error") =>
            {
                let text = message
                    .pointer("/message/message")
                    .and_then(|m| m.as_str())
                    .unwrap_or("error");
                built.entry(dir).or_insert_with(|| Err(text.to_string()));
            }
            _ => {}
        }
    }
    child.wait()?;
    Ok(built)
}

/// Starts Prism for the document, runs its test binary, stops Prism; then, when some
/// answers were unusable and `second_run` allows it, does it again with answers
/// generated from the schemas. The CI subset skips the second run: it can only turn
/// `spec` and `validator` rows into `ok`, never change a `generator` row, which is all
/// the subset fails on, and it keeps the step within its time.
fn check_document(prism: &Path, krate: &Crate, binary: &Path, second_run: bool) -> Outcome {
    let served = prism_document(krate);
    let (lines, finished) = match run_checks(prism, &served, krate, binary, false) {
        Ok(run) => run,
        Err(outcome) => return outcome,
    };
    let from_schemas = (second_run && report::wants_schema_answers(&lines))
        .then(|| run_checks(prism, &served, krate, binary, true).ok())
        .flatten()
        .map(|(lines, _)| lines);
    Outcome::Ran {
        lines,
        finished,
        from_schemas,
    }
}

/// One run of the document's test binary against Prism (`dynamic`: answers generated
/// from the schemas instead of the examples): its output lines and how it ended.
fn run_checks(
    prism: &Path,
    served: &Path,
    krate: &Crate,
    binary: &Path,
    dynamic: bool,
) -> Result<(Vec<String>, Result<(), String>), Outcome> {
    let server = match Prism::start(prism, served, None, dynamic) {
        Ok(server) => server,
        Err(reason) => return Err(Outcome::PrismFailed(reason)),
    };
    let mut command = Command::new(binary);
    command
        .args(["--exact", "conformance", "--nocapture", "--test-threads=1"])
        .env("CONFORMANCE_BASE_URL", server.base_url())
        .current_dir(&krate.dir);
    // Prism 5.14.2 exits on some requests (arrays in headers and path segments, among
    // others). The call that crashed it is reported as a transport failure; the mock
    // is started again on the same port so the document's other operations are still
    // checked (the test waits for the port before each operation).
    let port = server.port;
    let server = Mutex::new(server);
    let done = std::sync::atomic::AtomicBool::new(false);
    let result = thread::scope(|scope| {
        scope.spawn(|| {
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                thread::sleep(Duration::from_millis(200));
                let mut current = server.lock().expect("lock");
                if let Ok(Some(_)) = current.child.try_wait() {
                    match Prism::start(prism, served, Some(port), dynamic) {
                        Ok(restarted) => *current = restarted,
                        Err(_) => break,
                    }
                }
            }
        });
        let result = run_with_timeout(&mut command, TEST_TIMEOUT);
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        result
    });
    drop(server);
    match result {
        Ok((stdout, finished)) => Ok((stdout.lines().map(str::to_string).collect(), finished)),
        Err(reason) => Err(Outcome::NotBuilt(format!("cannot run the test: {reason}"))),
    }
}

/// The document Prism serves: the document itself, or a copy in which the `*/*`
/// media type of each response is `application/json`.
///
/// Prism 5.14.2 mocks a `*/*` response only as text and fails on objects and arrays
/// (`NO_COMPLEX_OBJECT_TEXT`), so every such operation would be a validator row. The
/// client sends `Accept: */*` for them and reads JSON, which is what the copy makes
/// Prism answer. Only responses change: requests are validated against the document
/// as written. A document that does not parse as JSON or YAML here is served as it is.
fn prism_document(krate: &Crate) -> PathBuf {
    let original = krate.doc.path.clone();
    let Ok(text) = fs::read_to_string(&original) else {
        return original;
    };
    if !text.contains("*/*") {
        return original;
    }
    let text = text.trim_start_matches('\u{feff}');
    let parsed: Option<serde_json::Value> = serde_json::from_str(text)
        .ok()
        .or_else(|| serde_yaml::from_str(text).ok());
    let Some(mut document) = parsed else {
        return original;
    };
    if !json_responses_for_any_media(&mut document, false) {
        return original;
    }
    let copy = krate.dir.join("prism-document.json");
    match serde_json::to_string(&document).map(|json| fs::write(&copy, json)) {
        Ok(Ok(())) => copy,
        _ => original,
    }
}

/// Renames `*/*` to `application/json` in the `content` of every response (a value
/// under a `responses` key); where both exist, the `*/*` entry is folded into the JSON
/// one (its schema kept when the JSON entry has none, as the client reads it). Returns
/// whether it changed something.
fn json_responses_for_any_media(value: &mut serde_json::Value, in_responses: bool) -> bool {
    let mut changed = false;
    match value {
        serde_json::Value::Object(map) => {
            if in_responses {
                if let Some(serde_json::Value::Object(content)) = map.get_mut("content") {
                    if let Some(any) = content.remove("*/*") {
                        changed = true;
                        match content.get_mut("application/json") {
                            Some(serde_json::Value::Object(json)) => {
                                if let (false, Some(schema)) =
                                    (json.contains_key("schema"), any.get("schema"))
                                {
                                    json.insert(String::from("schema"), schema.clone());
                                }
                            }
                            _ => {
                                content.insert(String::from("application/json"), any);
                            }
                        }
                    }
                }
            }
            for (key, child) in map.iter_mut() {
                changed |= json_responses_for_any_media(child, in_responses || key == "responses");
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                changed |= json_responses_for_any_media(item, in_responses);
            }
        }
        _ => {}
    }
    changed
}

/// Runs a command, killing it after `timeout`; returns its stdout and whether it
/// exited successfully in time.
fn run_with_timeout(
    command: &mut Command,
    timeout: Duration,
) -> Result<(String, Result<(), String>), String> {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stdout = child.stdout.take().ok_or("stdout is piped")?;
    let mut stderr = child.stderr.take().ok_or("stderr is piped")?;
    let out_reader = thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let err_reader = thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(e.to_string()),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let finished = match status {
        Some(status) if status.success() => Ok(()),
        Some(status) => Err(format!(
            "the test exited with {status}: {}",
            last_line(&stderr)
        )),
        None => Err(format!("the test did not finish within {timeout:?}")),
    };
    Ok((stdout, finished))
}

fn last_line(text: &str) -> String {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Installs the pinned Prism under `target/prism` with npm unless it is there; the
/// Gcore contract test uses the same directory and version.
fn ensure_prism(root: &Path) -> Result<PathBuf> {
    let prefix = root.join("target").join("prism");
    let bin = prefix.join("node_modules").join(".bin").join("prism");
    let manifest = prefix.join("node_modules/@stoplight/prism-cli/package.json");
    let installed = fs::read_to_string(&manifest)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|json| json.get("version")?.as_str().map(str::to_string));
    if bin.exists() && installed.as_deref() == Some(PRISM_VERSION) {
        return Ok(bin);
    }
    let mut npm = Command::new("npm");
    npm.arg("install")
        .arg("--prefix")
        .arg(&prefix)
        .args(["--no-audit", "--no-fund", "--no-update-notifier"])
        .arg(format!("@stoplight/prism-cli@{PRISM_VERSION}"))
        .env("SCARF_ANALYTICS", "false");
    println!("installing Prism: {}", display_command(&npm));
    crate::run_command(&mut npm).context("cannot install Prism (needs Node.js and npm)")?;
    Ok(bin)
}

/// A running Prism mock; dropping it kills the process.
struct Prism {
    child: Child,
    port: u16,
}

impl Prism {
    /// Starts Prism on `port`, or on a free port when `None`; `dynamic` makes it answer
    /// with values generated from the response schemas rather than the examples.
    fn start(bin: &Path, spec: &Path, port: Option<u16>, dynamic: bool) -> Result<Prism, String> {
        let mut last = String::new();
        for _ in 0..3 {
            let port = match port {
                Some(port) => port,
                None => std::net::TcpListener::bind(("127.0.0.1", 0))
                    .and_then(|l| l.local_addr())
                    .map_err(|e| e.to_string())?
                    .port(),
            };
            let mut child = Command::new(bin)
                .arg("mock")
                .arg(spec)
                .args([
                    "--host",
                    "127.0.0.1",
                    "--port",
                    &port.to_string(),
                    "--errors",
                ])
                .args(dynamic.then_some("--dynamic"))
                .env("SCARF_ANALYTICS", "false")
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .map_err(|e| format!("cannot run Prism: {e}"))?;
            let banner = format!("Prism is listening on http://127.0.0.1:{port}");
            let log = Arc::new(Mutex::new(String::new()));
            // Both pipes are drained for the server's whole life: Prism logs every
            // request, and a full pipe would block it.
            let (tx, rx) = std::sync::mpsc::channel();
            for pipe in [
                child
                    .stdout
                    .take()
                    .map(|p| Box::new(p) as Box<dyn Read + Send>),
                child
                    .stderr
                    .take()
                    .map(|p| Box::new(p) as Box<dyn Read + Send>),
            ]
            .into_iter()
            .flatten()
            {
                let (tx, log, banner) = (tx.clone(), log.clone(), banner.clone());
                thread::spawn(move || {
                    for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                        if line.contains(&banner) {
                            let _ = tx.send(());
                        }
                        let mut log = log.lock().expect("lock");
                        if log.len() < 64 * 1024 {
                            log.push_str(&line);
                            log.push('\n');
                        }
                    }
                });
            }
            drop(tx);
            let started = Instant::now();
            loop {
                if rx.recv_timeout(Duration::from_millis(100)).is_ok() {
                    return Ok(Prism { child, port });
                }
                if let Ok(Some(_)) = child.try_wait() {
                    break;
                }
                if started.elapsed() > PRISM_START {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(format!("Prism did not listen within {PRISM_START:?}"));
                }
            }
            let _ = child.wait();
            last = log.lock().expect("lock").clone();
            if !last.contains("EADDRINUSE") {
                break;
            }
        }
        Err(prism_reason(&last))
    }

    fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The line of Prism's output that says why it stopped.
fn prism_reason(log: &str) -> String {
    let strip = |line: &str| {
        let mut out = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    };
    let lines: Vec<String> = log
        .lines()
        .map(strip)
        .filter(|l| !l.trim().is_empty())
        .collect();
    let line = lines
        .iter()
        .find(|l| l.contains("Error") || l.contains("error") || l.contains("✖"))
        .or(lines.last())
        .cloned()
        .unwrap_or_else(|| String::from("Prism exited without output"));
    format!("Prism cannot serve the document: {}", line.trim())
}

impl Outcome {
    fn summary(&self) -> String {
        match self {
            Outcome::Ran {
                lines, finished, ..
            } => {
                let calls = lines
                    .iter()
                    .filter(|l| l.starts_with("conformance-call\t"))
                    .count();
                match finished {
                    Ok(()) => format!("{calls} calls"),
                    Err(reason) => format!("{calls} calls, then {reason}"),
                }
            }
            Outcome::PrismFailed(reason) | Outcome::NotBuilt(reason) => reason.clone(),
        }
    }
}

impl Verdicts {
    fn generator_failures(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| r.category == "generator")
            .count()
            + self
                .examples
                .iter()
                .filter(|e| e.category == "generator")
                .count()
    }
}

#[cfg(test)]
mod tests {
    use super::json_responses_for_any_media;
    use serde_json::json;

    #[test]
    fn only_response_media_types_become_json() {
        let mut document = json!({
            "paths": {"/a": {"post": {
                "requestBody": {"content": {"*/*": {"schema": {"type": "object"}}}},
                "responses": {
                    "200": {"content": {"*/*": {"schema": {"type": "object"}}}},
                    "201": {"content": {"*/*": {"schema": {"type": "array"}}, "application/json": {"example": []}}},
                    "202": {"content": {"*/*": {"schema": {"type": "array"}}, "application/json": {"schema": {"type": "object"}}}}
                }
            }}}
        });
        assert!(json_responses_for_any_media(&mut document, false));
        let op = &document["paths"]["/a"]["post"];
        assert!(op["requestBody"]["content"].get("*/*").is_some());
        assert!(op["responses"]["200"]["content"]
            .get("application/json")
            .is_some());
        assert!(op["responses"]["200"]["content"].get("*/*").is_none());
        // Where both exist, `*/*` is folded into the JSON entry: its schema fills a
        // JSON entry that has none, and never replaces one.
        let created = &op["responses"]["201"]["content"];
        assert!(created.get("*/*").is_none());
        assert_eq!(created["application/json"]["schema"]["type"], "array");
        assert_eq!(created["application/json"]["example"], json!([]));
        let accepted = &op["responses"]["202"]["content"];
        assert_eq!(accepted["application/json"]["schema"]["type"], "object");
    }
}
