//! Prints the usage of the previous calendar month: the totals per resource type and
//! billing metric, and every resource, walking the pages by `offset`.
//!
//! Run with `GCORE_API_KEY=... cargo run -p gcore-billing --example usage_report`.
//! `GCORE_BASE_URL` points the client at another server, for example a mock.

use chrono::{Datelike, Months, NaiveDate, NaiveTime, Utc};
use gcore_billing::models::{
    CostReportOrderBy, UsageReportRequest, UsageReportResource, UsageReportTotal,
};
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
async fn main() -> Result<(), gcore_billing::Error> {
    // GCORE_API_KEY (required) and GCORE_BASE_URL (default https://api.gcore.com).
    let client = Client::from_env()?;

    let (time_from, time_to) = previous_month();
    let mut request = UsageReportRequest::new(time_from, time_to);
    request.limit = Some(100);
    request.order_by = Some(vec![
        CostReportOrderBy::TypeAsc,
        CostReportOrderBy::LastNameAsc,
    ]);

    // The usage report pages `resources` by `offset` in the body. `count` is the total
    // number of resources, so the walk ends when it is reached or a page comes back empty.
    let mut seen = 0_i64;
    let mut printed_totals = false;
    loop {
        request.offset = Some(seen);
        let page = client.get_usage_report(&request).await?;
        if !printed_totals {
            for total in &page.totals {
                match total {
                    UsageReportTotal::Instance(t) => println!(
                        "total: instances of flavor {} used {} {}",
                        t.flavor,
                        t.billing_value,
                        t.billing_value_unit.as_str()
                    ),
                    UsageReportTotal::Unknown(json) => println!("total of another kind: {json}"),
                    other => println!("total: {other:?}"),
                }
            }
            printed_totals = true;
        }
        let received = page.resources.len();
        for resource in &page.resources {
            match resource {
                UsageReportResource::Volume(v) => println!(
                    "volume {} ({} {}), attached to {:?}",
                    v.last_name, v.last_size, v.size_unit, v.attached_to_vm
                ),
                UsageReportResource::EgressTraffic(e) => println!(
                    "traffic of {} ({:?}): {} bytes",
                    e.instance_name.as_deref().unwrap_or("an unnamed server"),
                    e.instance_type,
                    e.billing_value
                ),
                other => println!("{other:?}"),
            }
        }
        seen += i64::try_from(received).unwrap_or(i64::MAX);
        if received == 0 || seen >= page.count {
            break;
        }
    }
    println!("{seen} resource(s)");
    Ok(())
}
