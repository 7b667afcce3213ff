//! Reads `cargo check --message-format=json` output and tallies diagnostics per
//! package.
//!
//! Packages are identified by their manifest path rather than by `package_id`,
//! whose format has changed between cargo versions.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context, Result};
use serde_json::Value;

/// What the compiler said about one package.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackageDiagnostics {
    pub errors: usize,
    pub warnings: usize,
    /// One-line summary of the first error, e.g.
    /// "error[E0425]: cannot find type `Foo` in this scope (src/lib.rs:2:15)".
    pub first_error: Option<String>,
    pub first_warning: Option<String>,
    /// Whether cargo reported a finished artifact for the package's library, which
    /// it only does when checking succeeded.
    pub compiled: bool,
}

/// Everything learned from one cargo run's JSON messages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckMessages {
    /// Keyed by the absolute path of the package's `Cargo.toml`.
    pub packages: BTreeMap<PathBuf, PackageDiagnostics>,
    /// The `success` field of cargo's final `build-finished` message, if seen.
    pub success: Option<bool>,
}

impl CheckMessages {
    /// Parses a whole captured stdout.
    pub fn parse(stdout: &str) -> Result<CheckMessages> {
        let mut messages = CheckMessages::default();
        for line in stdout.lines() {
            messages.add_line(line)?;
        }
        Ok(messages)
    }

    /// Takes one line of cargo's stdout. Lines that are not JSON objects (a build
    /// script may print anything) are skipped.
    pub fn add_line(&mut self, line: &str) -> Result<()> {
        if !line.starts_with('{') {
            return Ok(());
        }
        let message: Value = serde_json::from_str(line).with_context(|| {
            format!(
                "cannot parse cargo message `{}`",
                crate::table::truncate(line, 80)
            )
        })?;
        match message["reason"].as_str() {
            Some("compiler-message") => {
                if let Some(package) = self.package(&message) {
                    package.add_diagnostic(&message["message"]);
                }
            }
            Some("compiler-artifact") => {
                let is_lib = message["target"]["kind"].as_array().is_some_and(|kinds| {
                    kinds
                        .iter()
                        .any(|kind| kind.as_str().is_some_and(|k| k.ends_with("lib")))
                });
                if let Some(package) = self.package(&message) {
                    package.compiled |= is_lib;
                }
            }
            Some("build-finished") => self.success = message["success"].as_bool(),
            _ => {}
        }
        Ok(())
    }

    fn package(&mut self, message: &Value) -> Option<&mut PackageDiagnostics> {
        let manifest = message["manifest_path"].as_str()?;
        Some(self.packages.entry(PathBuf::from(manifest)).or_default())
    }
}

impl PackageDiagnostics {
    fn add_diagnostic(&mut self, diagnostic: &Value) {
        let text = diagnostic["message"].as_str().unwrap_or_default();
        let has_spans = diagnostic["spans"]
            .as_array()
            .is_some_and(|spans| !spans.is_empty());
        // rustc closes with summaries such as "aborting due to 2 previous errors" or
        // "3 warnings emitted"; they repeat counts already taken.
        let is_summary = !has_spans
            && (text.starts_with("aborting due to")
                || text.ends_with("warning emitted")
                || text.ends_with("warnings emitted"));
        if is_summary {
            return;
        }
        match diagnostic["level"].as_str() {
            Some(level) if level.starts_with("error") => {
                self.errors += 1;
                self.first_error
                    .get_or_insert_with(|| summarize(diagnostic));
            }
            Some("warning") => {
                self.warnings += 1;
                self.first_warning
                    .get_or_insert_with(|| summarize(diagnostic));
            }
            _ => {}
        }
    }
}

/// The first line of a rendered diagnostic plus the place its primary span points at.
fn summarize(diagnostic: &Value) -> String {
    let headline = diagnostic["rendered"]
        .as_str()
        .and_then(|rendered| rendered.lines().next())
        .or_else(|| diagnostic["message"].as_str())
        .unwrap_or("(no message)")
        .trim()
        .to_string();
    let primary = diagnostic["spans"].as_array().and_then(|spans| {
        spans
            .iter()
            .find(|span| span["is_primary"].as_bool() == Some(true))
            .or_else(|| spans.first())
    });
    match primary {
        Some(span) => format!(
            "{headline} ({}:{}:{})",
            span["file_name"].as_str().unwrap_or("?"),
            span["line_start"].as_u64().unwrap_or(0),
            span["column_start"].as_u64().unwrap_or(0)
        ),
        None => headline,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trimmed copies of what cargo 1.95 prints for a crate with two type errors,
    /// and for a crate that compiles with a warning.
    const BROKEN: &str = r#"{"reason":"compiler-message","package_id":"path+file:///w/broken#0.1.0","manifest_path":"/w/broken/Cargo.toml","target":{"kind":["lib"],"name":"broken"},"message":{"rendered":"error[E0425]: cannot find type `Foo` in this scope\n --> src/lib.rs:2:15\n  |\n","$message_type":"diagnostic","children":[],"code":{"code":"E0425","explanation":null},"level":"error","message":"cannot find type `Foo` in this scope","spans":[{"file_name":"src/lib.rs","is_primary":true,"line_start":2,"column_start":15}]}}
{"reason":"compiler-message","package_id":"path+file:///w/broken#0.1.0","manifest_path":"/w/broken/Cargo.toml","target":{"kind":["lib"],"name":"broken"},"message":{"rendered":"error[E0308]: mismatched types\n","$message_type":"diagnostic","children":[],"code":null,"level":"error","message":"mismatched types","spans":[{"file_name":"src/lib.rs","is_primary":false,"line_start":3,"column_start":15},{"file_name":"src/lib.rs","is_primary":true,"line_start":3,"column_start":21}]}}
{"reason":"compiler-message","package_id":"path+file:///w/broken#0.1.0","manifest_path":"/w/broken/Cargo.toml","target":{"kind":["lib"],"name":"broken"},"message":{"rendered":"error: aborting due to 2 previous errors\n","children":[],"code":null,"level":"error","message":"aborting due to 2 previous errors","spans":[]}}
{"reason":"compiler-message","package_id":"path+file:///w/broken#0.1.0","manifest_path":"/w/broken/Cargo.toml","target":{"kind":["lib"],"name":"broken"},"message":{"rendered":"For more information about an error, try `rustc --explain E0308`.\n","children":[],"code":null,"level":"failure-note","message":"For more information about an error, try `rustc --explain E0308`.","spans":[]}}
{"reason":"compiler-message","package_id":"path+file:///w/warn#0.1.0","manifest_path":"/w/warn/Cargo.toml","target":{"kind":["lib"],"name":"warn"},"message":{"rendered":"warning: function `unused` is never used\n --> src/lib.rs:1:4\n","children":[],"code":{"code":"dead_code","explanation":null},"level":"warning","message":"function `unused` is never used","spans":[{"file_name":"src/lib.rs","is_primary":true,"line_start":1,"column_start":4}]}}
{"reason":"compiler-message","package_id":"path+file:///w/warn#0.1.0","manifest_path":"/w/warn/Cargo.toml","target":{"kind":["lib"],"name":"warn"},"message":{"rendered":"warning: 1 warning emitted\n","children":[],"code":null,"level":"warning","message":"1 warning emitted","spans":[]}}
{"reason":"compiler-artifact","package_id":"path+file:///w/warn#0.1.0","manifest_path":"/w/warn/Cargo.toml","target":{"kind":["lib"],"name":"warn"},"profile":{},"features":[],"filenames":[],"executable":null,"fresh":false}
{"reason":"compiler-artifact","package_id":"registry+https://github.com/rust-lang/crates.io-index#serde@1.0.0","manifest_path":"/r/serde/Cargo.toml","target":{"kind":["custom-build"],"name":"build-script-build"},"fresh":true}
build script noise that is not JSON
{"reason":"build-finished","success":false}
"#;

    #[test]
    fn counts_errors_and_warnings_per_package() -> Result<()> {
        let messages = CheckMessages::parse(BROKEN)?;
        assert_eq!(messages.success, Some(false));
        assert_eq!(
            messages.packages[&PathBuf::from("/w/broken/Cargo.toml")],
            PackageDiagnostics {
                errors: 2,
                warnings: 0,
                first_error: Some(
                    "error[E0425]: cannot find type `Foo` in this scope (src/lib.rs:2:15)"
                        .to_string()
                ),
                first_warning: None,
                compiled: false,
            }
        );
        assert_eq!(
            messages.packages[&PathBuf::from("/w/warn/Cargo.toml")],
            PackageDiagnostics {
                errors: 0,
                warnings: 1,
                first_error: None,
                first_warning: Some(
                    "warning: function `unused` is never used (src/lib.rs:1:4)".to_string()
                ),
                compiled: true,
            }
        );
        let build_script = &messages.packages[&PathBuf::from("/r/serde/Cargo.toml")];
        assert!(!build_script.compiled, "a build script is not the library");
        Ok(())
    }

    #[test]
    fn the_primary_span_locates_the_summary() -> Result<()> {
        let messages = CheckMessages::parse(BROKEN.lines().nth(1).unwrap_or_default())?;
        let broken = &messages.packages[&PathBuf::from("/w/broken/Cargo.toml")];
        assert_eq!(
            broken.first_error.as_deref(),
            Some("error[E0308]: mismatched types (src/lib.rs:3:21)")
        );
        Ok(())
    }

    #[test]
    fn malformed_json_is_an_error() {
        let error = CheckMessages::parse("{\"reason\":").expect_err("truncated JSON");
        assert_eq!(
            error.to_string(),
            "cannot parse cargo message `{\"reason\":`"
        );
    }
}
