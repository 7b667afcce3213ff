//! Hostile sizes: documents that are valid but shaped to choke rustc. One object with
//! 5,000 properties used to take 390 s to type-check (20,000 crashed rustc), and a
//! chain of 130 nested `$ref`s did not compile at all ("overflow while checking
//! whether `S0` requires drop"). Each document is generated, then its crate is
//! type-checked like the scale documents' (dependencies first, then a timed run of
//! the crate alone); the target is under a minute on the 2-core machine.

use std::fs;
use std::path::Path;
use std::time::SystemTime;

use anyhow::{Context, Result};

use super::{met, Meter};
use crate::table::Table;
use crate::{cargo_with_target, display_command, run_command};

/// Ids of the documents, for filters and the table.
pub(super) const IDS: [&str; 3] = ["wide-5000", "deep-200", "deep-arrays-200"];

/// The generated crate must type-check within this many seconds.
const CHECK_SECONDS_TARGET: f64 = 60.0;

/// One document's figures.
#[derive(Clone, Debug)]
pub(super) struct SizeRow {
    id: String,
    lines: usize,
    /// `None` when the crate did not type-check; `stderr` then says why.
    check_seconds: Option<f64>,
    peak_kib: Option<u64>,
}

/// The OpenAPI document for one id.
fn document(id: &str) -> String {
    let schemas: Vec<String> = match id {
        // Every other property required, so both field paths are exercised.
        "wide-5000" => {
            let properties: Vec<String> = (0..5000)
                .map(|i| format!("\"p{i}\":{{\"type\":\"string\"}}"))
                .collect();
            let required: Vec<String> = (0..5000).step_by(2).map(|i| format!("\"p{i}\"")).collect();
            vec![format!(
                "\"S0\":{{\"type\":\"object\",\"required\":[{}],\"properties\":{{{}}}}}",
                required.join(","),
                properties.join(",")
            )]
        }
        // S0 has an optional S1 (or a list of them), which has an optional S2, ...
        _ => {
            let arrays = id.contains("arrays");
            (0..200)
                .map(|i| {
                    let target = format!("{{\"$ref\":\"#/components/schemas/S{}\"}}", i + 1);
                    let next = match (i + 1 < 200, arrays) {
                        (false, _) => "{\"type\":\"string\"}".to_string(),
                        (true, false) => target,
                        (true, true) => format!("{{\"type\":\"array\",\"items\":{target}}}"),
                    };
                    format!("\"S{i}\":{{\"type\":\"object\",\"properties\":{{\"next\":{next}}}}}")
                })
                .collect()
        }
    };
    // An operation returns the outermost type, so the client's code uses it too.
    format!(
        "{{\"openapi\":\"3.0.3\",\"info\":{{\"title\":\"Hostile\",\"version\":\"1\"}},\
         \"paths\":{{\"/s0\":{{\"get\":{{\"operationId\":\"getS0\",\"responses\":{{\"200\":\
         {{\"description\":\"ok\",\"content\":{{\"application/json\":{{\"schema\":\
         {{\"$ref\":\"#/components/schemas/S0\"}}}}}}}}}}}}}}}},\
         \"components\":{{\"schemas\":{{{}}}}}}}",
        schemas.join(",")
    )
}

/// Generates and type-checks the documents whose ids `selected` accepts.
pub(super) fn measure(
    root: &Path,
    meter: &Meter,
    binary: &Path,
    work: &Path,
    target: &Path,
    selected: impl Fn(&str) -> bool,
) -> Result<Vec<SizeRow>> {
    let mut rows = Vec::new();
    for id in IDS.iter().copied().filter(|id| selected(id)) {
        let spec = work.join(format!("hostile-{id}.json"));
        fs::write(&spec, document(id))
            .with_context(|| format!("cannot write {}", spec.display()))?;
        let dir = work.join(format!("hostile-{id}"));
        let crate_name = format!("bench-hostile-{id}");
        println!("\nhostile-{id}: generate");
        meter.measure(
            binary,
            &[
                "--spec".as_ref(),
                spec.as_os_str(),
                "--out".as_ref(),
                dir.as_os_str(),
                "--crate-name".as_ref(),
                crate_name.as_ref(),
            ],
        )?;
        let lock = root.join("Cargo.lock");
        fs::copy(&lock, dir.join("Cargo.lock"))
            .with_context(|| format!("cannot copy {}", lock.display()))?;
        // The first check builds the dependencies (shared with the scale documents);
        // it may fail, and the timed run then shows why.
        let mut warm = cargo_with_target(&dir, target);
        warm.args(["check", "--quiet"])
            .env("CARGO_INCREMENTAL", "0");
        println!("hostile-{id}: {}", display_command(&warm));
        let _ = run_command(&mut warm);
        let lib = dir.join("src").join("lib.rs");
        fs::File::options()
            .write(true)
            .open(&lib)
            .and_then(|file| file.set_modified(SystemTime::now()))
            .with_context(|| format!("cannot touch {}", lib.display()))?;
        // Run through the meter so the peak memory is rustc's; flags instead of
        // environment variables, which the meter does not pass.
        let manifest = dir.join("Cargo.toml");
        let run = meter.run_child(
            Path::new("cargo"),
            &[
                "check".as_ref(),
                "--quiet".as_ref(),
                "--manifest-path".as_ref(),
                manifest.as_os_str(),
                "--target-dir".as_ref(),
                target.as_os_str(),
                "--config".as_ref(),
                "build.incremental=false".as_ref(),
            ],
        )?;
        println!("  {:.2} s, success: {}", run.seconds, run.status.success());
        if !run.status.success() {
            let tail: Vec<&str> = run.stderr.lines().take(5).collect();
            println!("  {}", tail.join("\n  "));
        }
        rows.push(SizeRow {
            id: format!("hostile-{id}"),
            lines: super::rust_lines(&dir)?,
            check_seconds: run.status.success().then_some(run.seconds),
            peak_kib: run.peak_kib,
        });
    }
    Ok(rows)
}

/// The table and one verdict per document.
pub(super) fn render(rows: &[SizeRow]) -> String {
    let mut table = Table::new(
        &[
            "hostile document",
            "generated lines",
            "check s",
            "check peak MB",
        ],
        &[1, 2, 3],
    );
    let mut verdicts = String::new();
    for row in rows {
        table.row(vec![
            row.id.clone(),
            row.lines.to_string(),
            row.check_seconds
                .map(|s| format!("{s:.1}"))
                .unwrap_or_else(|| "failed".to_string()),
            row.peak_kib
                .map(|kib| format!("{:.0}", kib as f64 / 1024.0))
                .unwrap_or_else(|| "?".to_string()),
        ]);
        let verdict = match row.check_seconds {
            Some(s) => format!(
                "checks in {s:.1} s (target under {CHECK_SECONDS_TARGET:.0} s: {})",
                met(s < CHECK_SECONDS_TARGET)
            ),
            None => "does not type-check".to_string(),
        };
        verdicts.push_str(&format!("- {}: {verdict}\n", row.id));
    }
    format!("{}\n{verdicts}", table.to_markdown())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_json_of_the_promised_shape() -> Result<()> {
        let wide: serde_json::Value = serde_json::from_str(&document("wide-5000"))?;
        let object = &wide["components"]["schemas"]["S0"];
        assert_eq!(
            object["properties"].as_object().map(|p| p.len()),
            Some(5000)
        );
        assert_eq!(object["required"].as_array().map(|r| r.len()), Some(2500));
        for id in ["deep-200", "deep-arrays-200"] {
            let deep: serde_json::Value = serde_json::from_str(&document(id))?;
            let schemas = &deep["components"]["schemas"];
            assert_eq!(schemas.as_object().map(|s| s.len()), Some(200), "{id}");
            let next = &schemas["S198"]["properties"]["next"];
            let reference = if id.contains("arrays") {
                &next["items"]["$ref"]
            } else {
                &next["$ref"]
            };
            assert_eq!(reference, "#/components/schemas/S199", "{id}");
            assert_eq!(deep["paths"]["/s0"]["get"]["operationId"], "getS0");
        }
        Ok(())
    }

    #[test]
    fn renders_seconds_memory_and_verdicts() {
        let row = |id: &str, check_seconds| SizeRow {
            id: id.to_string(),
            lines: 1000,
            check_seconds,
            peak_kib: Some(2048 * 1024),
        };
        let text = render(&[
            row("hostile-wide-5000", Some(20.0)),
            row("hostile-deep-200", None),
        ]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[2],
            "| hostile-wide-5000 |            1000 |    20.0 |          2048 |"
        );
        assert_eq!(
            lines[3],
            "| hostile-deep-200  |            1000 |  failed |          2048 |"
        );
        assert!(text.contains("- hostile-wide-5000: checks in 20.0 s (target under 60 s: met)\n"));
        assert!(text.contains("- hostile-deep-200: does not type-check\n"));
    }
}
