//! Decode speed: the Gcore crate's `decode_bench` example decodes a 10,000-row cost
//! report (all 25 result types) into the generated models and into
//! `serde_json::Value`, in release mode, and prints a Markdown table that goes into the
//! report as it is.

use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::{cargo, display_command};

/// The filter that selects this part (`cargo xtask bench --filter decode`).
pub(super) const ID: &str = "decode";

/// Builds and runs the example; returns its table with a heading.
pub(super) fn measure(root: &Path) -> Result<String> {
    let mut command = cargo(root);
    command.args([
        "run",
        "--quiet",
        "--release",
        "-p",
        "gcore-billing",
        "--example",
        "decode_bench",
    ]);
    println!("\ndecode: {}", display_command(&command));
    let output = command
        .output()
        .with_context(|| format!("cannot start `{}`", display_command(&command)))?;
    if !output.status.success() {
        bail!(
            "`{}` failed:\n{}",
            display_command(&command),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let table = String::from_utf8(output.stdout).context("the decode table is not UTF-8")?;
    Ok(format!(
        "Decoding a 10,000-row Gcore cost report (release build, median of 15 runs):\n\n{table}"
    ))
}
