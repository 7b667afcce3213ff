//! `cargo xtask bench`: how fast the generator is on the largest corpus documents,
//! and how fast the code it produces type-checks.
//!
//! The generator CLI is built once in release mode and run as a child process, so
//! each measurement includes process start-up and reading the file, as a user sees
//! it. Wall time comes from [`Instant`] around the child. Peak resident memory comes
//! from GNU `/usr/bin/time -v` when it is installed (the kernel's exact figure from
//! `wait4`); otherwise `VmHWM` in `/proc/<pid>/status` is polled every few
//! milliseconds, which can miss a peak in the process's last moments. Each figure is
//! the median of three runs (memory: the maximum).
//!
//! A second, small table measures hostile input that must be refused quickly and in
//! little memory: the YAML alias bomb (`--filter alias-bomb` runs only that part, and
//! needs no corpus).
//!
//! A third table type-checks the crates of hostile sizes (`bench/sizes.rs`): an
//! object with 5,000 properties and 200-deep chains of `$ref`s (`--filter hostile`
//! runs only those, and needs no corpus either).
//!
//! A fourth shows how generation time and memory grow with the document's size, up
//! to Microsoft Graph's 47 MB (`bench/scaling.rs`, `--filter scaling`).

mod decode;
mod features;
mod scaling;
mod sizes;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use anyhow::{bail, Context, Result};

use crate::corpus::{self, unique_names};
use crate::table::Table;
use crate::{cargo, cargo_with_target, display_command, run_command};

/// Corpus ids containing one of these are the scale documents.
const SCALE_IDS: [&str; 2] = ["github", "stripe"];

/// Runs per measurement; the median is reported.
const RUNS: usize = 3;

/// Rounds of a parse-only run followed by a generate run for the scale documents.
/// The machine's speed drifts within minutes, and the ratio of the two is the target,
/// so they alternate instead of running in two blocks.
const ROUNDS: usize = 5;

const GNU_TIME: &str = "/usr/bin/time";

/// Builds the generator, measures every selected scale document and writes
/// `target/bench/results.md`.
pub fn run(root: &Path, filters: &[String]) -> Result<()> {
    // A filter that names the alias bomb or a hostile size selects it; any other
    // filter selects scale documents, so `--filter alias-bomb` or `--filter hostile`
    // neither fetches nor measures the corpus.
    let size_selected = |id: &str| {
        let name = format!("hostile-{id}");
        filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
    };
    let names_hostile = |f: &String| {
        ALIAS_BOMB_ID.contains(f.as_str())
            || sizes::IDS
                .iter()
                .any(|id| format!("hostile-{id}").contains(f.as_str()))
    };
    let hostile_selected =
        filters.is_empty() || filters.iter().any(|f| ALIAS_BOMB_ID.contains(f.as_str()));
    // `--filter decode` runs only the decode benchmark, which needs no corpus.
    let decode_selected =
        filters.is_empty() || filters.iter().any(|f| decode::ID.contains(f.as_str()));
    let scaling_selected = scaling::selected(filters);
    let scale_selected = filters.is_empty()
        || filters.iter().any(|f| {
            !names_hostile(f)
                && !decode::ID.contains(f.as_str())
                && !scaling::selected(std::slice::from_ref(f))
        });
    let documents: Vec<corpus::Document> = if scale_selected {
        corpus::load_documents(root)?
            .into_iter()
            .filter(|doc| SCALE_IDS.iter().any(|scale| doc.id.contains(scale)))
            .filter(|doc| filters.is_empty() || filters.iter().any(|f| doc.id.contains(f.as_str())))
            .collect()
    } else {
        Vec::new()
    };
    if scale_selected && documents.is_empty() {
        bail!("no scale document (ids containing github or stripe) matches {filters:?}");
    }

    let mut build = cargo(root);
    build.args(["build", "--release", "-p", "generator"]);
    println!("building the generator: {}", display_command(&build));
    run_command(&mut build)?;
    let binary = root.join("target").join("release").join("generator");

    let bench_dir = root.join("target").join("bench");
    let work = bench_dir.join("work");
    fs::create_dir_all(&work).with_context(|| format!("cannot create {}", work.display()))?;
    let names = unique_names(documents.iter().map(|doc| doc.id.as_str()));
    let meter = Meter::new(bench_dir.join("time.txt"));
    let mut rows = Vec::new();
    for (doc, name) in documents.iter().zip(&names) {
        let out = work.join(name);
        let crate_name = format!("bench-{name}");
        println!(
            "\n{}: parse-only and generate, alternating x{ROUNDS}",
            doc.id
        );
        let (parse, generate) = meter.alternate(
            &binary,
            &[
                "--spec".as_ref(),
                doc.path.as_os_str(),
                "--parse-only".as_ref(),
            ],
            &[
                "--spec".as_ref(),
                doc.path.as_os_str(),
                "--out".as_ref(),
                out.as_os_str(),
                "--crate-name".as_ref(),
                crate_name.as_ref(),
            ],
        )?;
        rows.push(Row {
            document: doc.id.clone(),
            parse_seconds: parse.median_seconds(),
            generate_seconds: generate.median_seconds(),
            peak_kib: generate.peak_kib(),
            lines: rust_lines(&out)?,
            check_seconds: None,
            crate_name,
            dir: out,
        });
    }

    let mut tag_rows = Vec::new();
    for row in &mut rows {
        println!("\n{}: cargo check", row.document);
        row.check_seconds = time_check(root, &bench_dir.join("target"), row, &[])?;
        tag_rows.extend(features::measure(root, &bench_dir.join("target"), row)?);
    }

    let mut report = if rows.is_empty() {
        String::new()
    } else {
        render(&rows)
    };
    if !tag_rows.is_empty() {
        report.push('\n');
        report.push_str(&features::render(&tag_rows));
    }
    if hostile_selected {
        let bomb = measure_alias_bomb(&meter, &binary, &work)?;
        if !report.is_empty() {
            report.push('\n');
        }
        report.push_str(&render_hostile(&[bomb]));
    }
    let size_rows = sizes::measure(
        root,
        &meter,
        &binary,
        &work,
        &bench_dir.join("target"),
        size_selected,
    )?;
    if !size_rows.is_empty() {
        if !report.is_empty() {
            report.push('\n');
        }
        report.push_str(&sizes::render(&size_rows));
    }
    if scaling_selected {
        let cache = root.join("target").join("corpus").join("cache");
        corpus::load_documents(root)?;
        let scale_rows = scaling::measure(&cache, &meter, &binary, &work, filters)?;
        if !scale_rows.is_empty() {
            if !report.is_empty() {
                report.push('\n');
            }
            report.push_str(&scaling::render(&scale_rows));
        }
    }
    if decode_selected {
        if !report.is_empty() {
            report.push('\n');
        }
        report.push_str(&decode::measure(root)?);
    }
    println!("\n{report}");
    let path = bench_dir.join("results.md");
    let text = format!(
        "# Benchmark results\n\nWritten by `cargo xtask bench`.\n\n{}\n{report}",
        machine_description(root)
    );
    fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    println!("results written to {}", path.display());
    Ok(())
}

/// One document's figures.
#[derive(Clone, Debug)]
struct Row {
    document: String,
    parse_seconds: f64,
    generate_seconds: f64,
    peak_kib: Option<u64>,
    lines: usize,
    /// `None` when the generated crate did not type-check.
    check_seconds: Option<f64>,
    crate_name: String,
    dir: PathBuf,
}

fn render(rows: &[Row]) -> String {
    let mut table = Table::new(
        &[
            "document",
            "parse-only s",
            "generate s",
            "ratio",
            "peak MB",
            "generated lines",
            "check s",
            "s per 1,000 lines",
        ],
        &[1, 2, 3, 4, 5, 6, 7],
    );
    let mut verdicts = String::new();
    for row in rows {
        let ratio = row.generate_seconds / row.parse_seconds.max(f64::EPSILON);
        let per_thousand = row
            .check_seconds
            .map(|check| check * 1000.0 / row.lines.max(1) as f64);
        table.row(vec![
            row.document.clone(),
            format!("{:.2}", row.parse_seconds),
            format!("{:.2}", row.generate_seconds),
            format!("{ratio:.1}x"),
            row.peak_kib
                .map(|kib| format!("{:.0}", kib as f64 / 1024.0))
                .unwrap_or_else(|| "?".to_string()),
            row.lines.to_string(),
            row.check_seconds
                .map(|s| format!("{s:.1}"))
                .unwrap_or_else(|| "failed".to_string()),
            per_thousand
                .map(|s| format!("{s:.3}"))
                .unwrap_or_else(|| "-".to_string()),
        ]);
        verdicts.push_str(&format!(
            "- {}: generation {ratio:.1}x parse-only (target at most 2x: {}); ",
            row.document,
            met(ratio <= 2.0)
        ));
        match per_thousand {
            Some(value) => verdicts.push_str(&format!(
                "check {value:.3} s per 1,000 lines (target at most 0.3 s: {})\n",
                met(value <= 0.3)
            )),
            None => verdicts.push_str("check failed\n"),
        }
    }
    format!("{}\n{verdicts}", table.to_markdown())
}

fn met(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "missed"
    }
}

/// Runs the generator CLI and measures it.
#[derive(Debug)]
struct Meter {
    /// Where GNU time writes its report; `None` when it is not installed.
    time_output: Option<PathBuf>,
}

/// The runs of one measurement.
#[derive(Debug, Default)]
struct Runs {
    seconds: Vec<f64>,
    peaks_kib: Vec<u64>,
}

impl Runs {
    fn median_seconds(&self) -> f64 {
        median(&self.seconds)
    }

    fn peak_kib(&self) -> Option<u64> {
        self.peaks_kib.iter().copied().max()
    }
}

impl Meter {
    fn new(time_output: PathBuf) -> Meter {
        let available = Path::new(GNU_TIME).exists();
        if !available {
            println!("{GNU_TIME} not found: peak memory is sampled from /proc and may be low");
        }
        Meter {
            time_output: available.then_some(time_output),
        }
    }

    /// [`ROUNDS`] rounds of one `first` run followed by one `second` run.
    fn alternate(
        &self,
        binary: &Path,
        first: &[&std::ffi::OsStr],
        second: &[&std::ffi::OsStr],
    ) -> Result<(Runs, Runs)> {
        let (mut a, mut b) = (Runs::default(), Runs::default());
        for _ in 0..ROUNDS {
            self.record(&mut a, binary, first)?;
            self.record(&mut b, binary, second)?;
        }
        Ok((a, b))
    }

    /// One run that must succeed, printed and added to `runs`.
    fn record(&self, runs: &mut Runs, binary: &Path, args: &[&std::ffi::OsStr]) -> Result<()> {
        let (seconds, peak) = self.measure(binary, args)?;
        let what = if args.iter().any(|arg| *arg == "--parse-only") {
            "parse-only"
        } else {
            "run"
        };
        let shown = peak.map_or_else(|| "?".to_string(), |p| p.to_string());
        println!("  {what}: {seconds:.2} s, peak {shown} KiB");
        runs.seconds.push(seconds);
        runs.peaks_kib.extend(peak);
        Ok(())
    }

    /// One run that must succeed: wall seconds and peak resident memory in KiB.
    fn measure(&self, binary: &Path, args: &[&std::ffi::OsStr]) -> Result<(f64, Option<u64>)> {
        let run = self.run_child(binary, args)?;
        if !run.status.success() {
            bail!("`{}` failed ({}):\n{}", run.shown, run.status, run.stderr);
        }
        Ok((run.seconds, run.peak_kib))
    }

    /// One run, successful or not.
    fn run_child(&self, binary: &Path, args: &[&std::ffi::OsStr]) -> Result<ChildRun> {
        let mut command = match &self.time_output {
            Some(report) => {
                let mut command = Command::new(GNU_TIME);
                command.arg("-v").arg("-o").arg(report).arg(binary);
                command
            }
            None => Command::new(binary),
        };
        command
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let shown = display_command(&command);
        let started = Instant::now();
        let mut child = command
            .spawn()
            .with_context(|| format!("cannot start `{shown}`"))?;
        // The generator may print thousands of warnings; draining stderr on its own
        // thread keeps a full pipe from stalling the child.
        let mut stderr_pipe = child.stderr.take();
        let reader = thread::spawn(move || {
            let mut text = String::new();
            if let Some(pipe) = stderr_pipe.as_mut() {
                // A read error only loses the diagnostic text, not the measurement.
                let _ = pipe.read_to_string(&mut text);
            }
            text
        });
        let mut sampled_peak = None;
        let status = if self.time_output.is_some() {
            child
                .wait()
                .with_context(|| format!("cannot wait for `{shown}`"))?
        } else {
            loop {
                let status_path = format!("/proc/{}/status", child.id());
                if let Some(peak) = fs::read_to_string(status_path)
                    .ok()
                    .and_then(|text| parse_vm_hwm(&text))
                {
                    sampled_peak = Some(peak);
                }
                if let Some(status) = child
                    .try_wait()
                    .with_context(|| format!("cannot wait for `{shown}`"))?
                {
                    break status;
                }
                thread::sleep(Duration::from_millis(2));
            }
        };
        let seconds = started.elapsed().as_secs_f64();
        let stderr = reader.join().unwrap_or_default();
        let peak_kib = match &self.time_output {
            Some(report) => {
                let text = fs::read_to_string(report)
                    .with_context(|| format!("cannot read {}", report.display()))?;
                parse_max_rss(&text)
            }
            None => sampled_peak,
        };
        Ok(ChildRun {
            shown,
            status,
            stderr,
            seconds,
            peak_kib,
        })
    }
}

/// What one child process did.
#[derive(Debug)]
struct ChildRun {
    /// The command line, for messages.
    shown: String,
    status: std::process::ExitStatus,
    stderr: String,
    seconds: f64,
    peak_kib: Option<u64>,
}

/// "Maximum resident set size (kbytes): N" from GNU `time -v`.
fn parse_max_rss(report: &str) -> Option<u64> {
    report
        .lines()
        .find_map(|line| {
            line.trim()
                .strip_prefix("Maximum resident set size (kbytes):")
        })
        .and_then(|value| value.trim().parse().ok())
}

/// "VmHWM:  N kB" from `/proc/<pid>/status`.
fn parse_vm_hwm(status: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// Lines in every `.rs` file under `dir`.
fn rust_lines(dir: &Path) -> Result<usize> {
    let mut total = 0;
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in
            fs::read_dir(&current).with_context(|| format!("cannot list {}", current.display()))?
        {
            let path = entry
                .with_context(|| format!("cannot list {}", current.display()))?
                .path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = fs::read_to_string(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                total += text.lines().count();
            }
        }
    }
    Ok(total)
}

/// Type-checks one generated crate twice and times the second run. The first run
/// builds the dependencies; touching `src/lib.rs` in between makes the second
/// re-check only the crate itself. Incremental compilation is off so the second run
/// does the whole crate's work again instead of reusing the first run's results.
///
/// The CLI writes a standalone crate (its manifest declares its own workspace), so
/// it is checked in place, with a copy of the project's lock file so that
/// resolution is quick and uses the same versions as the project. `features` are
/// extra cargo arguments (a single tag's feature instead of the default `full`).
fn time_check(root: &Path, target: &Path, row: &Row, features: &[&str]) -> Result<Option<f64>> {
    let lock = root.join("Cargo.lock");
    fs::copy(&lock, row.dir.join("Cargo.lock"))
        .with_context(|| format!("cannot copy {}", lock.display()))?;
    let check = || {
        let mut command = cargo_with_target(&row.dir, target);
        command
            .args(["check", "--quiet", "-p", &row.crate_name])
            .args(features)
            .env("CARGO_INCREMENTAL", "0");
        let started = Instant::now();
        let status = command
            .status()
            .with_context(|| format!("cannot start `{}`", display_command(&command)))?;
        Ok::<_, anyhow::Error>((status.success(), started.elapsed().as_secs_f64()))
    };
    if !check()?.0 {
        println!(
            "{} does not type-check; no check time recorded",
            row.crate_name
        );
        return Ok(None);
    }
    let lib = row.dir.join("src").join("lib.rs");
    fs::File::options()
        .write(true)
        .open(&lib)
        .and_then(|file| file.set_modified(SystemTime::now()))
        .with_context(|| format!("cannot touch {}", lib.display()))?;
    let (ok, seconds) = check()?;
    Ok(ok.then_some(seconds))
}

/// CPU, core count and toolchain, so results from different machines are not
/// compared by accident.
fn machine_description(root: &Path) -> String {
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find_map(|line| line.strip_prefix("model name"))
                .map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_else(|| "unknown CPU".to_string());
    let cores = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let toolchain = cargo(root)
        .arg("--version")
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_string())
        .unwrap_or_default();
    format!("Machine: {cpu}, {cores} cores available; {toolchain}.\n")
}

// Hostile input: documents that must be refused, quickly and in little memory.

/// The alias bomb's name in filters and in the table.
const ALIAS_BOMB_ID: &str = "alias-bomb";

/// The alias bomb must be refused within this many seconds...
const BOMB_SECONDS_TARGET: f64 = 2.0;

/// ...and with at most this peak resident memory, in MB.
const BOMB_PEAK_MB_TARGET: f64 = 512.0;

/// How the loader's expansion-budget error begins (`generator/src/load/parse.rs`);
/// any other failure means the bomb no longer measures the budget.
const BUDGET_ERROR: &str = "YAML aliases (`*name`) expand this document beyond";

/// The alias bomb of `generator/tests/load_alias_budget.rs`: an anchor on a 1.9 MB
/// mapping, aliased by 200 keys. Before the loader charged expanded nodes against a
/// budget it loaded, after 35 s and 4.4 GB.
fn alias_bomb_text() -> String {
    let mut text =
        String::from("openapi: 3.0.3\ninfo: {title: bomb, version: '1'}\npaths: {}\nx-big: &big\n");
    let mut entry = 0;
    while text.len() < 1_900_000 {
        text.push_str(&format!("  key{entry:07}: value-{entry:07}\n"));
        entry += 1;
    }
    text.push_str("x-copies:\n");
    for copy in 0..200 {
        text.push_str(&format!("  c{copy}: *big\n"));
    }
    text
}

/// One hostile input's figures.
#[derive(Clone, Debug)]
struct HostileRow {
    input: String,
    bytes: usize,
    outcome: String,
    seconds: f64,
    peak_kib: Option<u64>,
}

/// Writes the alias bomb under `work` and times the CLI refusing it (`--parse-only`,
/// since the refusal happens while loading).
fn measure_alias_bomb(meter: &Meter, binary: &Path, work: &Path) -> Result<HostileRow> {
    let text = alias_bomb_text();
    let path = work.join(format!("{ALIAS_BOMB_ID}.yaml"));
    fs::write(&path, &text).with_context(|| format!("cannot write {}", path.display()))?;
    println!("\n{ALIAS_BOMB_ID}: parse-only x{RUNS}, must be refused");
    let mut runs = Runs::default();
    for _ in 0..RUNS {
        let run = meter.run_child(
            binary,
            &["--spec".as_ref(), path.as_os_str(), "--parse-only".as_ref()],
        )?;
        if run.status.success() {
            bail!(
                "`{}` loaded the alias bomb: the expansion budget is gone",
                run.shown
            );
        }
        if !run.stderr.contains(BUDGET_ERROR) {
            bail!(
                "`{}` failed for another reason than the expansion budget:\n{}",
                run.shown,
                run.stderr
            );
        }
        println!(
            "  {:.2} s, peak {} KiB",
            run.seconds,
            run.peak_kib
                .map(|p| p.to_string())
                .unwrap_or_else(|| "?".to_string())
        );
        runs.seconds.push(run.seconds);
        runs.peaks_kib.extend(run.peak_kib);
    }
    Ok(HostileRow {
        input: ALIAS_BOMB_ID.to_string(),
        bytes: text.len(),
        outcome: "refused: expansion budget".to_string(),
        seconds: runs.median_seconds(),
        peak_kib: runs.peak_kib(),
    })
}

fn render_hostile(rows: &[HostileRow]) -> String {
    let mut table = Table::new(
        &["hostile input", "size MB", "outcome", "s", "peak MB"],
        &[1, 3, 4],
    );
    let mut verdicts = String::new();
    for row in rows {
        let peak_mb = row.peak_kib.map(|kib| kib as f64 / 1024.0);
        table.row(vec![
            row.input.clone(),
            format!("{:.1}", row.bytes as f64 / 1e6),
            row.outcome.clone(),
            format!("{:.2}", row.seconds),
            peak_mb
                .map(|mb| format!("{mb:.0}"))
                .unwrap_or_else(|| "?".to_string()),
        ]);
        let memory = match peak_mb {
            Some(mb) => format!(
                "peak {mb:.0} MB (target under {BOMB_PEAK_MB_TARGET:.0} MB: {})",
                met(mb < BOMB_PEAK_MB_TARGET)
            ),
            None => "peak memory unknown".to_string(),
        };
        verdicts.push_str(&format!(
            "- {}: refused in {:.2} s (target under {BOMB_SECONDS_TARGET:.0} s: {}), {memory}\n",
            row.input,
            row.seconds,
            met(row.seconds < BOMB_SECONDS_TARGET)
        ));
    }
    format!("{}\n{verdicts}", table.to_markdown())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_peak_memory_from_gnu_time_and_proc() {
        let time = "\tCommand being timed: \"generator --spec x\"\n\tMaximum resident set size (kbytes): 183400\n\tExit status: 0\n";
        assert_eq!(parse_max_rss(time), Some(183_400));
        assert_eq!(parse_max_rss("Exit status: 0\n"), None);
        let status =
            "Name:\tgenerator\nVmPeak:\t  300000 kB\nVmHWM:\t   51234 kB\nVmRSS:\t   50000 kB\n";
        assert_eq!(parse_vm_hwm(status), Some(51_234));
    }

    #[test]
    fn median_ignores_outliers() {
        assert_eq!(median(&[3.0, 1.0, 100.0]), 3.0);
        assert_eq!(median(&[2.0, 4.0]), 3.0);
        assert_eq!(median(&[]), 0.0);
    }

    #[test]
    fn renders_the_table_and_the_verdicts() {
        let row = |document: &str, check_seconds| Row {
            document: document.to_string(),
            parse_seconds: 0.5,
            generate_seconds: 1.25,
            peak_kib: Some(204_800),
            lines: 200_000,
            check_seconds,
            crate_name: String::new(),
            dir: PathBuf::new(),
        };
        let text = render(&[row("scale-github", Some(50.0)), row("scale-stripe", None)]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "| document     | parse-only s | generate s | ratio | peak MB | generated lines | check s | s per 1,000 lines |"
        );
        assert_eq!(
            lines[2],
            "| scale-github |         0.50 |       1.25 |  2.5x |     200 |          200000 |    50.0 |             0.250 |"
        );
        assert!(
            lines[3].ends_with("|  failed |                 - |"),
            "{text}"
        );
        assert!(text.contains(
            "- scale-github: generation 2.5x parse-only (target at most 2x: missed); check 0.250 s per 1,000 lines (target at most 0.3 s: met)\n"
        ));
        assert!(text.contains(
            "- scale-stripe: generation 2.5x parse-only (target at most 2x: missed); check failed\n"
        ));
    }

    #[test]
    fn renders_the_hostile_table_and_its_verdict() {
        let row = HostileRow {
            input: ALIAS_BOMB_ID.to_string(),
            bytes: 1_902_595,
            outcome: "refused: expansion budget".to_string(),
            seconds: 0.5,
            peak_kib: Some(102_400),
        };
        let text = render_hostile(&[row]);
        assert!(
            text.contains(
                "| alias-bomb    |     1.9 | refused: expansion budget | 0.50 |     100 |"
            ),
            "{text}"
        );
        assert!(text.contains(
            "- alias-bomb: refused in 0.50 s (target under 2 s: met), peak 100 MB (target under 512 MB: met)\n"
        ), "{text}");
    }

    #[test]
    fn the_alias_bomb_is_two_megabytes_with_two_hundred_aliases() {
        let text = alias_bomb_text();
        assert!(
            (1_900_000..2_000_000).contains(&text.len()),
            "{}",
            text.len()
        );
        assert_eq!(text.matches(": *big\n").count(), 200);
    }

    #[test]
    fn counts_lines_of_rust_only() -> Result<()> {
        let temp = tempfile::tempdir()?;
        fs::create_dir_all(temp.path().join("src/models"))?;
        fs::write(temp.path().join("src/lib.rs"), "a\nb\n")?;
        fs::write(temp.path().join("src/models/mod.rs"), "c\n")?;
        fs::write(temp.path().join("Cargo.toml"), "[package]\n")?;
        assert_eq!(rust_lines(temp.path())?, 3);
        Ok(())
    }

    #[test]
    fn measures_a_real_child_process() -> Result<()> {
        let temp = tempfile::tempdir()?;
        let meter = Meter::new(temp.path().join("time.txt"));
        let (seconds, peak) = meter.measure(
            Path::new("/bin/sh"),
            &["-c".as_ref(), "sleep 0.05".as_ref()],
        )?;
        assert!(seconds >= 0.05, "{seconds}");
        assert!(peak.is_some_and(|kib| kib > 0), "{peak:?}");
        // The /proc sampling fallback, used where GNU time is not installed.
        let sampling = Meter { time_output: None };
        let (_, peak) = sampling.measure(
            Path::new("/bin/sh"),
            &["-c".as_ref(), "sleep 0.05".as_ref()],
        )?;
        assert!(peak.is_some_and(|kib| kib > 0), "{peak:?}");
        let error = meter
            .measure(
                Path::new("/bin/sh"),
                &["-c".as_ref(), "echo broken >&2; exit 3".as_ref()],
            )
            .expect_err("a failing child is an error");
        assert!(error.to_string().contains("broken"), "{error}");
        Ok(())
    }
}
