//! Decode speed of the generated models: a 10,000-row cost report (the 25 result types
//! in turn, every field set) decoded into `models::CostReport`, into serde-derive
//! twins of those structs (`decode_bench/derived.rs`) and into `serde_json::Value`. Prints one Markdown table row per target for `cargo xtask bench`,
//! which runs it with `cargo run --release -p gcore-billing --example decode_bench`.
//! A benchmark, not a test: it asserts only that every row decoded into its variant.

#[path = "../tests/common/mod.rs"]
mod common;

#[path = "decode_bench/derived.rs"]
mod derived;

use std::time::Instant;

use gcore_billing::models::{CostReport, CostReportResult};

/// Rows in the report.
const ROWS: usize = 10_000;

/// Timed runs per target; the median is reported.
const RUNS: usize = 15;

/// The median time of `RUNS` runs of `decode`, in milliseconds, after one warm-up run.
fn median_ms(text: &str, decode: impl Fn(&str) -> usize) -> f64 {
    assert_eq!(decode(text), ROWS, "the warm-up run decodes every row");
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(decode(std::hint::black_box(text)));
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn main() {
    let rows = (0..ROWS)
        .map(|row| {
            common::full_row(
                row,
                common::RESULT_TYPES[row % common::RESULT_TYPES.len()].0,
            )
        })
        .collect();
    let text =
        serde_json::to_string(&common::cost_page(ROWS, rows)).expect("the report serializes");

    let report: CostReport =
        serde_json::from_str(&text).expect("the report decodes into the models");
    let unknown = report
        .results
        .iter()
        .filter(|row| matches!(row, CostReportResult::Unknown(_)))
        .count();
    assert_eq!(unknown, 0, "every row decodes into its own variant");

    let models = median_ms(&text, |text| {
        serde_json::from_str::<CostReport>(text)
            .map(|report| report.results.len())
            .unwrap_or(0)
    });
    let twins: derived::CostReport =
        serde_json::from_str(&text).expect("the report decodes into the serde-derive twins");
    assert_eq!(twins.results.len(), ROWS);
    let derive = median_ms(&text, |text| {
        serde_json::from_str::<derived::CostReport>(text)
            .map(|report| report.results.len())
            .unwrap_or(0)
    });
    let value = median_ms(&text, |text| {
        serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|value| value["results"].as_array().map(Vec::len))
            .unwrap_or(0)
    });
    let megabytes = text.len() as f64 / 1_000_000.0;
    println!("| target | rows | MB | median ms | MB/s | vs models |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (target, ms) in [
        ("generated models (`CostReport`)", models),
        ("serde-derive twins (`derived::CostReport`)", derive),
        ("`serde_json::Value`", value),
    ] {
        println!(
            "| {target} | {ROWS} | {megabytes:.1} | {ms:.1} | {:.0} | {:.2}x |",
            megabytes / (ms / 1000.0),
            ms / models
        );
    }
}
