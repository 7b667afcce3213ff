//! `cargo xtask test`: the one command that runs the whole test suite.
//!
//! The steps run from cheapest to most expensive and the first failure stops the
//! run, so a stale `generated/` is reported before minutes of compiling.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use crate::{cargo, codegen, display_command, run_command};

/// One step of the suite.
#[derive(Debug)]
enum Step {
    /// Runs inside this process.
    CodegenCheck,
    /// Runs as a child process.
    Command(Command),
}

impl Step {
    fn describe(&self) -> String {
        match self {
            Step::CodegenCheck => "cargo xtask codegen --check".to_string(),
            Step::Command(command) => display_command(command),
        }
    }
}

fn steps(root: &Path) -> Vec<Step> {
    let mut clippy = cargo(root);
    clippy.args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]);
    let mut test = cargo(root);
    test.args(["test", "--workspace"]);
    vec![
        Step::CodegenCheck,
        Step::Command(clippy),
        Step::Command(test),
    ]
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
    fn steps_run_codegen_then_clippy_then_tests_in_the_shared_target_dir() {
        let root = Path::new("/repo");
        let steps = steps(root);
        let described: Vec<String> = steps.iter().map(Step::describe).collect();
        assert_eq!(
            described,
            [
                "cargo xtask codegen --check",
                "cargo clippy --workspace --all-targets -- -D warnings",
                "cargo test --workspace",
            ]
        );
        for step in &steps {
            if let Step::Command(command) = step {
                assert_eq!(command.get_current_dir(), Some(root));
                let target = command
                    .get_envs()
                    .find(|(key, _)| *key == "CARGO_TARGET_DIR")
                    .and_then(|(_, value)| value);
                assert_eq!(target, Some(root.join("target").as_os_str()));
            }
        }
    }
}
