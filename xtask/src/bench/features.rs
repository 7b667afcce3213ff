//! One tag against the whole API: a user of a large API who calls one tag builds the
//! generated crate with `default-features = false` and that tag's feature, and only
//! the operations of that tag and the models they reach are compiled. The crate
//! already checked with its default (`full`) is checked again with one typical tag,
//! timed the same way, and the warnings of that build are counted (a feature-gated
//! crate must stay warning-free under a single feature).

use std::path::Path;

use anyhow::{Context, Result};

use super::{met, time_check, Row};
use crate::table::Table;
use crate::{cargo_with_target, display_command};

/// The tag checked alone for each scale document whose id contains the first part.
/// Stripe's operations have no tags, so its crate has a single feature: nothing to
/// compare.
pub(super) const ONE_TAG: &[(&str, &str)] = &[("github", "repos")];

/// The check of one tag must take at most this many seconds.
const TAG_SECONDS_TARGET: f64 = 10.0;

/// One document's figures.
#[derive(Clone, Debug)]
pub(super) struct TagRow {
    document: String,
    feature: String,
    /// The default (`full`) check, from the main table.
    full_seconds: Option<f64>,
    /// `None` when the crate did not type-check with the tag alone.
    tag_seconds: Option<f64>,
    warnings: usize,
}

/// Checks `row`'s crate with its tag feature alone, if it has one in [`ONE_TAG`].
pub(super) fn measure(root: &Path, target: &Path, row: &Row) -> Result<Option<TagRow>> {
    let Some((_, feature)) = ONE_TAG.iter().find(|(id, _)| row.document.contains(id)) else {
        return Ok(None);
    };
    let args = ["--no-default-features", "--features", feature];
    println!("\n{}: cargo check --features {feature}", row.document);
    let tag_seconds = time_check(root, target, row, &args)?;
    // The crate is fresh now, so cargo replays its cached diagnostics.
    let mut command = cargo_with_target(&row.dir, target);
    command
        .args(["check", "--message-format", "short", "-p", &row.crate_name])
        .args(args);
    let output = command
        .output()
        .with_context(|| format!("cannot start `{}`", display_command(&command)))?;
    let warnings = String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter(|line| line.contains("warning:"))
        .count();
    Ok(Some(TagRow {
        document: row.document.clone(),
        feature: feature.to_string(),
        full_seconds: row.check_seconds,
        tag_seconds,
        warnings,
    }))
}

pub(super) fn render(rows: &[TagRow]) -> String {
    let mut table = Table::new(
        &[
            "document",
            "feature",
            "check s (full)",
            "check s (feature alone)",
            "warnings",
        ],
        &[2, 3, 4],
    );
    let mut verdicts = String::new();
    let seconds = |value: Option<f64>| {
        value
            .map(|s| format!("{s:.1}"))
            .unwrap_or_else(|| "failed".to_string())
    };
    for row in rows {
        table.row(vec![
            row.document.clone(),
            row.feature.clone(),
            seconds(row.full_seconds),
            seconds(row.tag_seconds),
            row.warnings.to_string(),
        ]);
        verdicts.push_str(&format!(
            "- {} with `{}` alone: check at most {TAG_SECONDS_TARGET:.0} s: {}; no warnings: {}\n",
            row.document,
            row.feature,
            met(row.tag_seconds.is_some_and(|s| s <= TAG_SECONDS_TARGET)),
            met(row.warnings == 0)
        ));
    }
    format!("{}\n{verdicts}", table.to_markdown())
}

#[cfg(test)]
mod tests {
    use super::{render, TagRow};

    #[test]
    fn renders_the_table_and_the_verdicts() {
        let row = TagRow {
            document: String::from("scale-github"),
            feature: String::from("repos"),
            full_seconds: Some(55.9),
            tag_seconds: Some(8.04),
            warnings: 0,
        };
        let text = render(&[row]);
        assert!(
            text.contains(
                "| scale-github | repos   |           55.9 |                     8.0 |        0 |"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "- scale-github with `repos` alone: check at most 10 s: met; no warnings: met\n"
            ),
            "{text}"
        );
    }
}
