//! Lists the account's active reservations (the v2 list) with their commit prices, and
//! adds up what the commits cost per month, with exact decimal arithmetic.
//!
//! Run with `GCORE_API_KEY=... cargo run -p gcore-billing --example billing_reservations`.
//! `GCORE_BASE_URL` points the client at another server, for example a mock.

use gcore_billing::models::{ListBillingReservationsOrderBy, ListBillingReservationsParams};
use gcore_billing::Client;
use rust_decimal::Decimal;

#[tokio::main]
async fn main() -> Result<(), gcore_billing::Error> {
    // GCORE_API_KEY (required) and GCORE_BASE_URL (default https://api.gcore.com).
    let client = Client::from_env()?;

    let params = ListBillingReservationsParams {
        order_by: Some(ListBillingReservationsOrderBy::ActiveToAsc),
        show_inactive: Some(false),
        ..ListBillingReservationsParams::default()
    };
    // The v2 list is not paged: one call returns every reservation.
    let list = client.list_billing_reservations(&params).await?;

    let mut per_month = Decimal::ZERO;
    for reservation in &list.results {
        let commit = &reservation.commit;
        let until = commit
            .active_to
            .map_or_else(|| "open-ended".to_owned(), |to| to.to_string());
        println!(
            "{} x {} in {}: {} per month each, {} in total, until {until}",
            reservation.resource_count,
            reservation.resource_name,
            reservation.region_name,
            commit.price_per_month,
            commit.price_total,
        );
        if let Some(cpu) = &reservation.hardware_info.cpu {
            println!("  hardware: {cpu}");
        }
        per_month += commit.price_per_month * Decimal::from(reservation.resource_count);
    }
    println!(
        "{} reservation(s); commits cost {per_month} per month",
        list.count
    );
    Ok(())
}
