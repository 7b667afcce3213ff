//! Walks every row of the detailed cost report for the previous calendar month with the
//! auto-paging stream, and adds up the cost per resource type.
//!
//! Run with `GCORE_API_KEY=... cargo run -p gcore-billing --example cost_report`.
//! `GCORE_BASE_URL` points the client at another server, for example a mock.

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate, NaiveTime, Utc};
use futures_util::StreamExt;
use gcore_billing::models::{CostReportOrderBy, CostReportRequest, CostReportResult};
use gcore_billing::Client;
use gcore_billing::Timestamp;

/// The first instants (UTC) of the previous calendar month and of the current one.
fn previous_month() -> (Timestamp, Timestamp) {
    let today = Utc::now().date_naive();
    let this_month =
        NaiveDate::from_ymd_opt(today.year(), today.month(), 1).expect("every month has a day 1");
    let last_month = this_month
        .checked_sub_months(Months::new(1))
        .expect("the previous month is representable");
    let start = |day: NaiveDate| Timestamp::from(day.and_time(NaiveTime::MIN).and_utc());
    (start(last_month), start(this_month))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // GCORE_API_KEY (required) and GCORE_BASE_URL (default https://api.gcore.com).
    let client = Client::from_env()?;

    let (time_from, time_to) = previous_month();
    let mut request = CostReportRequest::new(time_from, time_to);
    // The page size; the stream asks for as many pages as `count` says there are.
    request.limit = Some(100);
    request.order_by = Some(vec![
        CostReportOrderBy::ProjectAsc,
        CostReportOrderBy::BillingValueDesc,
    ]);

    let mut rows = std::pin::pin!(client.get_detailed_cost_report_stream(&request));
    let mut cost_per_type: BTreeMap<String, f64> = BTreeMap::new();
    let mut unpriced = 0_usize;
    while let Some(row) = rows.next().await {
        let row = row?;
        match &row {
            CostReportResult::Instance(instance) => {
                println!(
                    "instance {} ({}): {:?}",
                    instance.last_name, instance.flavor, instance.cost
                )
            }
            CostReportResult::Unknown(json) => {
                println!(
                    "a resource type this client does not know: {}",
                    json["type"]
                )
            }
            _ => {}
        }
        // Every row, whatever its variant, is written back with its `type` and `cost`.
        let wire = serde_json::to_value(&row)?;
        let kind = wire["type"].as_str().unwrap_or("unknown").to_owned();
        match wire["cost"].as_f64() {
            Some(cost) => *cost_per_type.entry(kind).or_default() += cost,
            None => unpriced += 1,
        }
    }

    for (kind, cost) in &cost_per_type {
        println!("{kind:>36}: {cost:.5}");
    }
    println!("{unpriced} row(s) without a price");
    Ok(())
}
