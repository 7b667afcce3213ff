//! `cargo xtask test`: the one command that runs the whole test suite.
//!
//! The steps run from cheapest to most expensive and the first failure stops the
//! run, so a stale `generated/` is reported before minutes of compiling.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::{cargo, codegen, conformance, display_command, run_command};

/// The golden crate whose spec puts code blocks in every place a description can
/// reach. Its doctests are counted: every would-be doctest in it fails to compile, but
/// a `compile_fail` one would pass, so only "0 doctests ran" proves that no spec text
/// became a doctest.
const HOSTILE_TEXT_PACKAGE: &str = "golden-hostile-text";

/// One step of the suite.
#[derive(Debug)]
enum Step {
    /// Runs inside this process.
    CodegenCheck,
    /// Runs as a child process.
    Command(Command),
    /// Runs doctests as a child process and fails unless it reports that none ran.
    NoDoctests(Command),
    /// Runs the conformance subset inside this process: it fails on any `generator`
    /// failure.
    Conformance(conformance::Options),
}

impl Step {
    fn describe(&self) -> String {
        match self {
            Step::CodegenCheck => "cargo xtask codegen --check".to_string(),
            Step::Command(command) => display_command(command),
            Step::NoDoctests(command) => {
                format!("{} (expects 0 doctests)", display_command(command))
            }
            Step::Conformance(options) => options.command_line(),
        }
    }
}

fn steps(root: &Path) -> Vec<Step> {
    // Formatting first: it is instant, and generated files opt out of it themselves.
    let mut fmt = cargo(root);
    fmt.args(["fmt", "--all", "--check"]);
    let mut clippy = cargo(root);
    clippy.args([
        "clippy",
        "--workspace",
        "--all-targets",
        // Generated crates have optional parts (a blocking client, middleware); they
        // are checked and tested like the rest.
        "--all-features",
        "--",
        "-D",
        "warnings",
    ]);
    let mut doctests = cargo(root);
    doctests.args(["test", "--doc", "-p", HOSTILE_TEXT_PACKAGE]);
    let mut test = cargo(root);
    test.args(["test", "--workspace", "--all-features"]);
    vec![
        Step::Command(fmt),
        Step::CodegenCheck,
        Step::Command(clippy),
        Step::NoDoctests(doctests),
        Step::Command(test),
        // Last, because it is the slowest: it builds ten generated clients and checks
        // every call against Prism.
        Step::Conformance(conformance::Options {
            ci: true,
            jobs: Some(2),
            ..conformance::Options::default()
        }),
    ]
}

/// Runs `command`, shows its output, and fails unless it succeeds and its test
/// harness reports that no test ran.
fn run_expecting_no_doctests(command: &mut Command) -> Result<()> {
    let shown = display_command(command);
    let output = command
        .output()
        .with_context(|| format!("cannot start `{shown}`"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    if !output.status.success() {
        bail!("`{shown}` failed ({})", output.status);
    }
    match tests_run(&stdout) {
        Some(0) => Ok(()),
        Some(count) => bail!(
            "{count} doctests ran in {HOSTILE_TEXT_PACKAGE}; spec text must never become a doctest"
        ),
        None => {
            bail!("`{shown}` printed no `running N tests` and `test result: ok. 0 passed` lines")
        }
    }
}

/// The number of tests a libtest run reports: the sum over its `running N tests`
/// lines, or `None` when there is no such line or no `test result: ok. N passed` line.
fn tests_run(stdout: &str) -> Option<usize> {
    let mut running = None;
    let mut passed: Option<usize> = None;
    for line in stdout.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("running ") {
            let count: usize = rest.split_whitespace().next()?.parse().ok()?;
            running = Some(running.unwrap_or(0) + count);
        } else if let Some(rest) = line.strip_prefix("test result: ok. ") {
            let count: usize = rest.split_whitespace().next()?.parse().ok()?;
            passed = Some(passed.unwrap_or(0) + count);
        }
    }
    // The result line is only evidence that the harness finished: ignored tests count
    // as run, since an ignored doctest is still spec text turned into a doctest.
    passed.and(running)
}

/// Runs every step in order and stops at the first failure.
pub fn run(root: &Path) -> Result<()> {
    let steps = steps(root);
    let total = steps.len();
    for (index, step) in steps.into_iter().enumerate() {
        let shown = step.describe();
        let number = index + 1;
        println!("\n==> step {number}/{total}: {shown}");
        let result = match step {
            Step::CodegenCheck => codegen::check_fresh(root),
            Step::Command(mut command) => run_command(&mut command),
            Step::NoDoctests(mut command) => run_expecting_no_doctests(&mut command),
            // The corpus lives beside the workspace (`../shared/corpus`); a checkout
            // without it cannot fetch the documents, so the step says so and passes.
            Step::Conformance(_)
                if !crate::corpus::shared_dir(root).join("visible.tsv").exists() =>
            {
                println!(
                    "skipped: {} not found, so there are no corpus documents to check",
                    crate::corpus::shared_dir(root)
                        .join("visible.tsv")
                        .display()
                );
                Ok(())
            }
            Step::Conformance(options) => conformance::run(root, &options),
        };
        result.with_context(|| format!("step {number}/{total} failed: `{shown}`"))?;
    }
    println!("\nall {total} steps passed");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_run_codegen_clippy_tests_then_conformance_in_the_shared_target_dir() {
        let root = Path::new("/repo");
        let steps = steps(root);
        let described: Vec<String> = steps.iter().map(Step::describe).collect();
        assert_eq!(
            described,
            [
                "cargo fmt --all --check",
                "cargo xtask codegen --check",
                "cargo clippy --workspace --all-targets --all-features -- -D warnings",
                "cargo test --doc -p golden-hostile-text (expects 0 doctests)",
                "cargo test --workspace --all-features",
                "cargo xtask conformance --ci --jobs 2",
            ]
        );
        for step in &steps {
            if let Step::Command(command) | Step::NoDoctests(command) = step {
                assert_eq!(command.get_current_dir(), Some(root));
                let target = command
                    .get_envs()
                    .find(|(key, _)| *key == "CARGO_TARGET_DIR")
                    .and_then(|(_, value)| value);
                assert_eq!(target, Some(root.join("target").as_os_str()));
            }
        }
    }

    #[test]
    fn doctest_counts_are_read_from_the_harness_output() {
        let none = "\nrunning 0 tests\n\ntest result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n\n";
        assert_eq!(tests_run(none), Some(0));
        let two = "running 2 tests\ntest src/lib.rs - (line 5) ... ok\ntest src/lib.rs - (line 9) - compile fail ... ok\n\ntest result: ok. 2 passed; 0 failed; 0 ignored";
        assert_eq!(tests_run(two), Some(2));
        let one = "running 1 test\ntest src/lib.rs - (line 5) ... ignored\n\ntest result: ok. 0 passed; 0 failed; 1 ignored";
        assert_eq!(tests_run(one), Some(1));
        assert_eq!(tests_run("error: no library targets found"), None);
        assert_eq!(tests_run("running 0 tests\n"), None);
    }
}
