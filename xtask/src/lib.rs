//! Project automation behind `cargo xtask`.
//!
//! The logic lives in this library so that tests can drive it directly: the codegen
//! freshness check runs both as `cargo xtask codegen --check` and as a plain
//! `#[test]` (see `tests/codegen_fresh.rs`). `main.rs` only forwards the arguments.
//!
//! Commands:
//! - `codegen [--check]`: regenerate the committed client in `generated/`.
//! - `test`: the whole test suite, in the order CI runs it.
//! - `corpus`: generate and type-check clients for the real-world corpus.
//! - `conformance`: call every operation of generated clients against Prism.
//! - `bench`: time the generator and the generated code on the scale documents.

pub mod bench;
pub mod cargo_json;
pub mod codegen;
pub mod conformance;
pub mod corpus;
pub mod suite;
pub mod table;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  codegen [--check]     regenerate generated/ from spec/openapi.yaml (--check: only verify)
  test                  run the whole test suite: codegen --check, clippy, cargo test
  corpus [options]      generate and type-check clients for the real-world corpus
      --filter SUBSTR   only documents whose id contains SUBSTR (repeatable, any matches)
      --limit N         at most N documents
      --jobs N          parallel jobs for cargo check
      --keep            keep the generated crates in target/corpus/work afterwards
      --index FILE      run the documents listed in FILE (`id TAB path` lines) instead
  conformance [options] call every operation of each corpus client against Prism, round-trip
                        every example; writes target/conformance/results.tsv
      --filter, --limit, --index
                        select documents as for corpus
      --jobs N          documents checked at once (default 2), and cargo's --jobs
      --strict          fail on any `generator` failure
      --ci              the fixed CI subset of documents, strictly
  bench [--filter SUBSTR]
                        time parsing, generation and type-checking on the scale documents
  help                  print this message";

/// Runs one `cargo xtask` invocation; `args` excludes the program name.
pub fn run(args: Vec<String>) -> Result<()> {
    let mut args = Args::new(args);
    let Some(command) = args.next_positional() else {
        eprintln!("{USAGE}");
        bail!("no command given");
    };
    let root = project_root();
    match command.as_str() {
        "codegen" => {
            let mode = if args.flag("--check") {
                codegen::Mode::Check
            } else {
                codegen::Mode::Write
            };
            args.finish()?;
            codegen::run(&root, mode)
        }
        "test" => {
            args.finish()?;
            suite::run(&root)
        }
        "corpus" => {
            let options = corpus::Options {
                filters: args.values("--filter")?,
                limit: args.number("--limit")?,
                jobs: args.number("--jobs")?,
                keep: args.flag("--keep"),
                index: args.value("--index")?.map(PathBuf::from),
            };
            args.finish()?;
            corpus::run(&root, &options)
        }
        "conformance" => {
            let options = conformance::Options {
                filters: args.values("--filter")?,
                limit: args.number("--limit")?,
                jobs: args.number("--jobs")?,
                index: args.value("--index")?.map(PathBuf::from),
                strict: args.flag("--strict"),
                ci: args.flag("--ci"),
            };
            args.finish()?;
            conformance::run(&root, &options)
        }
        "bench" => {
            let filters = args.values("--filter")?;
            args.finish()?;
            bench::run(&root, &filters)
        }
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => {
            eprintln!("{USAGE}");
            bail!("unknown command `{other}`")
        }
    }
}

/// The workspace root: the parent of this crate's directory.
pub fn project_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

/// A `cargo` command that shares the workspace's target directory.
///
/// Cargo sets `CARGO` for the programs it runs, so `cargo xtask` keeps using the
/// toolchain it was started with; outside cargo, `cargo` from `PATH` is used.
pub fn cargo(root: &Path) -> Command {
    cargo_with_target(root, &root.join("target"))
}

/// A `cargo` command run from `root` that builds into `target_dir`.
pub fn cargo_with_target(root: &Path, target_dir: &Path) -> Command {
    let program = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(program);
    command
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target_dir);
    command
}

/// Formats a command the way a user would type it, for progress and error messages.
pub fn display_command(command: &Command) -> String {
    let program = Path::new(command.get_program())
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut words = vec![program];
    words.extend(
        command
            .get_args()
            .map(|arg| arg.to_string_lossy().into_owned()),
    );
    words.join(" ")
}

/// Runs `command` with inherited standard streams and fails unless it succeeds.
pub fn run_command(command: &mut Command) -> Result<()> {
    let shown = display_command(command);
    let status = command
        .status()
        .with_context(|| format!("cannot start `{shown}`"))?;
    if !status.success() {
        bail!("`{shown}` failed ({status})");
    }
    Ok(())
}

/// A minimal parser for the few flags the commands take; it keeps xtask free of a
/// command-line parsing dependency.
#[derive(Debug)]
struct Args {
    rest: VecDeque<String>,
}

impl Args {
    fn new(args: Vec<String>) -> Args {
        Args { rest: args.into() }
    }

    fn next_positional(&mut self) -> Option<String> {
        let first = self.rest.front()?;
        if first.starts_with('-') && !matches!(first.as_str(), "--help" | "-h") {
            return None;
        }
        self.rest.pop_front()
    }

    /// Removes every occurrence of a boolean flag and reports whether there was one.
    fn flag(&mut self, name: &str) -> bool {
        let before = self.rest.len();
        self.rest.retain(|arg| arg != name);
        self.rest.len() != before
    }

    /// Removes every `NAME VALUE` and `NAME=VALUE` pair and returns the values in order.
    fn values(&mut self, name: &str) -> Result<Vec<String>> {
        let mut values = Vec::new();
        let mut kept = VecDeque::new();
        let prefix = format!("{name}=");
        while let Some(arg) = self.rest.pop_front() {
            if arg == name {
                match self.rest.pop_front() {
                    Some(value) if !value.starts_with("--") => values.push(value),
                    _ => bail!("`{name}` needs a value"),
                }
            } else if let Some(value) = arg.strip_prefix(&prefix) {
                values.push(value.to_string());
            } else {
                kept.push_back(arg);
            }
        }
        self.rest = kept;
        Ok(values)
    }

    /// Like [`Args::values`] for a flag given at most once.
    fn value(&mut self, name: &str) -> Result<Option<String>> {
        let mut values = self.values(name)?;
        if values.len() > 1 {
            bail!("`{name}` given more than once");
        }
        Ok(values.pop())
    }

    /// Like [`Args::values`] for a flag given at most once with a positive integer.
    fn number(&mut self, name: &str) -> Result<Option<usize>> {
        let Some(last) = self.value(name)? else {
            return Ok(None);
        };
        match last.parse::<usize>() {
            Ok(number) if number > 0 => Ok(Some(number)),
            _ => bail!("`{name}` needs a positive integer, got `{last}`"),
        }
    }

    /// Fails on anything no command consumed, so typos do not pass silently.
    fn finish(self) -> Result<()> {
        match self.rest.front() {
            None => Ok(()),
            Some(arg) => bail!("unexpected argument `{arg}` (see `cargo xtask help`)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Args {
        Args::new(words.iter().map(|word| word.to_string()).collect())
    }

    #[test]
    fn parses_repeated_values_in_both_spellings() -> Result<()> {
        let mut parsed = args(&["--filter", "a", "--keep", "--filter=b", "--limit", "3"]);
        assert_eq!(parsed.values("--filter")?, ["a", "b"]);
        assert!(parsed.flag("--keep"));
        assert!(!parsed.flag("--check"));
        assert_eq!(parsed.number("--limit")?, Some(3));
        parsed.finish()
    }

    #[test]
    fn rejects_bad_numbers_missing_values_and_leftovers() {
        let error = args(&["--limit", "zero"])
            .number("--limit")
            .expect_err("must be rejected");
        assert_eq!(
            error.to_string(),
            "`--limit` needs a positive integer, got `zero`"
        );
        let error = args(&["--limit", "0"])
            .number("--limit")
            .expect_err("must be rejected");
        assert_eq!(
            error.to_string(),
            "`--limit` needs a positive integer, got `0`"
        );
        let error = args(&["--filter"])
            .values("--filter")
            .expect_err("must be rejected");
        assert_eq!(error.to_string(), "`--filter` needs a value");
        let error = args(&["--chek"]).finish().expect_err("must be rejected");
        assert_eq!(
            error.to_string(),
            "unexpected argument `--chek` (see `cargo xtask help`)"
        );
    }

    #[test]
    fn unknown_commands_are_usage_errors() {
        let error = run(vec!["frobnicate".to_string()]).expect_err("must be rejected");
        assert_eq!(error.to_string(), "unknown command `frobnicate`");
        let error =
            run(vec!["codegen".to_string(), "--write".to_string()]).expect_err("must be rejected");
        assert_eq!(
            error.to_string(),
            "unexpected argument `--write` (see `cargo xtask help`)"
        );
    }

    #[test]
    fn commands_are_shown_without_the_program_directory() {
        let mut command = Command::new("/usr/local/bin/cargo");
        command.args(["clippy", "--workspace", "--", "-D", "warnings"]);
        assert_eq!(
            display_command(&command),
            "cargo clippy --workspace -- -D warnings"
        );
    }
}

/// The README's Rust examples, compiled by `cargo test` as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
