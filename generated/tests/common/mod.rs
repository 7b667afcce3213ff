//! Helpers shared by the integration tests of the generated Gcore client: clients pointed
//! at local servers, canned JSON documents and a tiny raw TCP server for faults.
//!
//! Every test binary compiles this module but uses only part of it, so unused items are
//! expected here and are allowed for this module alone.
#![allow(dead_code)]

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use gcore_billing::models::{
    AggregatedCostReportRequest, CostReportRequest, ListReservationsParams, UsageReportRequest,
};
use gcore_billing::runtime::Timestamp;
use gcore_billing::Client;
use serde_json::{json, Map, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// An API key in the form Gcore issues, `$` included, which must be sent unchanged.
pub const API_KEY: &str = "1234$abcdef";

/// The User-Agent the client must send: crate name and version.
pub const USER_AGENT: &str = concat!("gcore-billing/", env!("CARGO_PKG_VERSION"));

/// A client for `base_url` with the default retry policy.
pub fn client(base_url: &str) -> Client {
    Client::builder()
        .api_key(API_KEY)
        .base_url(base_url)
        .build()
        .expect("a valid local base URL builds a client")
}

/// A client for `base_url` that never retries, so error tests see exactly one attempt.
pub fn client_without_retries(base_url: &str) -> Client {
    Client::builder()
        .api_key(API_KEY)
        .base_url(base_url)
        .max_retries(0)
        .build()
        .expect("a valid local base URL builds a client")
}

/// Parses a date-time the way a user would.
pub fn ts(text: &str) -> Timestamp {
    text.parse().expect("test timestamps are valid")
}

/// A cost report request with only the two required fields set.
///
/// Written as a struct literal so that the tests notice if a field is added to the body.
pub fn minimal_request(time_from: &str, time_to: &str) -> CostReportRequest {
    CostReportRequest {
        enable_last_day: None,
        limit: None,
        offset: None,
        order_by: None,
        projects: None,
        regions: None,
        response_format: None,
        rounding: None,
        schema_filter: None,
        sorting: None,
        tags: None,
        time_from: ts(time_from),
        time_to: ts(time_to),
        types: None,
        additional_properties: Default::default(),
    }
}

/// Reservation list parameters with nothing set.
pub fn no_params() -> ListReservationsParams {
    ListReservationsParams::default()
}

/// A UUID that is unique per row (`row`) and per field within the row (`field`).
pub fn uuid(row: usize, field: u32) -> String {
    format!("{field:08x}-0000-4000-8000-{row:012x}")
}

/// The 25 result types of the cost report with their constant `billing_value_unit`
/// (for `inference` the unit is free text; `H` is Gcore's example).
pub const RESULT_TYPES: [(&str, &str); 25] = [
    ("ai_cluster", "minutes"),
    ("ai_virtual_cluster", "minutes"),
    ("backup", "gbminutes"),
    ("baremetal", "minutes"),
    ("basic_vm", "minutes"),
    ("containers", "GBS"),
    ("dbaas_postgresql_connection_pooler", "minutes"),
    ("dbaas_postgresql_cpu", "minutes"),
    ("dbaas_postgresql_memory", "gbminutes"),
    ("dbaas_postgresql_public_network", "minutes"),
    ("dbaas_postgresql_volume", "gbminutes"),
    ("egress_traffic", "bytes"),
    ("external_ip", "minutes"),
    ("file_share", "gbminutes"),
    ("floatingip", "minutes"),
    ("functions", "GBS"),
    ("functions_calls", "MLS"),
    ("functions_traffic", "GB"),
    ("image", "gbminutes"),
    ("inference", "H"),
    ("instance", "minutes"),
    ("load_balancer", "minutes"),
    ("log_index", "gbminutes"),
    ("snapshot", "gbminutes"),
    ("volume", "gbminutes"),
];

/// The unit of `billing_value` for a result type.
pub fn unit_of(kind: &str) -> &'static str {
    RESULT_TYPES
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, unit)| *unit)
        .expect("a known result type")
}

/// The 13 fields every result row has, with values derived from the row number so that
/// rows cannot be confused with each other. Numbers are non-integral so that they
/// survive a parse and re-serialize round trip unchanged.
pub fn shared_fields(row: usize, kind: &str) -> Map<String, Value> {
    let json = json!({
        "type": kind,
        "billing_feature_name": format!("Feature of {kind}"),
        "billing_metric_name": format!("{kind}_metric_min"),
        "billing_value": 1000.5 + row as f64,
        "billing_value_unit": unit_of(kind),
        "cost": 12.25 + row as f64,
        "currency": "EUR",
        "err": format!("warning {row}"),
        "first_seen": "2024-07-01T00:00:30Z",
        "last_seen": "2024-07-30T23:59:30Z",
        "project_id": 100 + row,
        "region": 76,
        "region_id": 76,
    });
    match json {
        Value::Object(map) => map,
        _ => unreachable!("json! of an object literal is an object"),
    }
}

/// Tags in Gcore's shape: a list of single-pair objects.
pub fn tags() -> Value {
    json!([{"os_distro": "ubuntu"}, {"os_version": "22.04"}])
}

/// The fields specific to a result type, every one of them set to a non-null value.
pub fn specific_fields(row: usize, kind: &str) -> Value {
    let name = format!("{kind}-{row}");
    match kind {
        "ai_cluster" | "ai_virtual_cluster" | "baremetal" | "basic_vm" | "instance"
        | "load_balancer" => json!({
            "flavor": "g1-standard-1-2",
            "last_name": name,
            "tags": tags(),
            "uuid": uuid(row, 1),
        }),
        "backup" => json!({
            "last_name": name,
            "last_size": 10_737_418_240_i64,
            "schedule_id": uuid(row, 2),
            "source_volume_uuid": uuid(row, 3),
            "uuid": uuid(row, 1),
        }),
        "containers"
        | "functions"
        | "functions_calls"
        | "functions_traffic"
        | "dbaas_postgresql_connection_pooler"
        | "dbaas_postgresql_cpu"
        | "dbaas_postgresql_memory"
        | "dbaas_postgresql_public_network" => json!({
            "last_name": name,
            "uuid": uuid(row, 1),
        }),
        "dbaas_postgresql_volume" => json!({
            "last_name": name,
            "size_unit": "GiB",
            "uuid": uuid(row, 1),
            "volume_type": "ssd_hiiops",
        }),
        "egress_traffic" => json!({
            "instance_name": name,
            "instance_type": "vm",
            "port_id": uuid(row, 4),
            "size_unit": "bytes",
            "tags": tags(),
            "vm_id": uuid(row, 5),
        }),
        "external_ip" => json!({
            "attached_to_vm": uuid(row, 5),
            "ip_address": "2a03:90c0:88:393::1",
            "network_id": uuid(row, 6),
            "port_id": uuid(row, 4),
            "subnet_id": uuid(row, 7),
        }),
        "file_share" => json!({
            "file_share_type": "standard",
            "last_name": name,
            "last_size": 100,
            "size_unit": "GiB",
            "tags": tags(),
            "uuid": uuid(row, 1),
        }),
        "floatingip" => json!({
            "ip_address": "185.1.2.3",
            "last_name": "185.1.2.3",
            "tags": tags(),
            "uuid": uuid(row, 1),
        }),
        "image" => json!({
            "last_name": name,
            "last_size": 100_000_000,
            "size_unit": "bytes",
            "tags": tags(),
            "uuid": uuid(row, 1),
        }),
        "inference" => json!({
            "flavor": "inference-16vcpu-232gib-1xh100-80gb",
            "last_name": name,
            "uuid": uuid(row, 1),
        }),
        "log_index" => json!({
            "last_name": name,
            "last_size": 2048,
            "size_unit": "bytes",
            "uuid": uuid(row, 1),
        }),
        "snapshot" => json!({
            "last_name": name,
            "last_size": 50,
            "size_unit": "GiB",
            "source_volume_uuid": uuid(row, 3),
            "tags": tags(),
            "uuid": uuid(row, 1),
            "volume_type": "standard",
        }),
        "volume" => json!({
            "attached_to_vm": uuid(row, 5),
            "last_name": name,
            "last_size": 100,
            "size_unit": "GiB",
            "tags": tags(),
            "uuid": uuid(row, 1),
            "volume_type": "ssd_hiiops",
        }),
        other => panic!("no test row for result type {other}"),
    }
}

/// A complete result row of type `kind` with every field set.
pub fn full_row(row: usize, kind: &str) -> Value {
    let mut map = shared_fields(row, kind);
    if let Value::Object(extra) = specific_fields(row, kind) {
        map.extend(extra);
    }
    Value::Object(map)
}

/// One row of each of the 25 result types, in `RESULT_TYPES` order.
pub fn every_result_row() -> Vec<Value> {
    RESULT_TYPES
        .iter()
        .enumerate()
        .map(|(row, (kind, _))| full_row(row, kind))
        .collect()
}

/// A cost report page.
pub fn cost_page(count: usize, rows: Vec<Value>) -> Value {
    json!({"count": count, "price_status": "show", "results": rows})
}

/// The keys of a result row that only the reports with costs have.
pub const COST_ONLY_FIELDS: [&str; 4] = ["billing_feature_name", "cost", "currency", "err"];

/// The keys every totals row has (the cost totals; the usage totals lack the cost-only keys).
pub const TOTAL_FIELDS: [&str; 10] = [
    "type",
    "billing_feature_name",
    "billing_metric_name",
    "billing_value",
    "billing_value_unit",
    "cost",
    "currency",
    "err",
    "region",
    "region_id",
];

/// The keys a totals row of type `kind` has besides [`TOTAL_FIELDS`].
pub fn total_extra_fields(kind: &str) -> &'static [&'static str] {
    match kind {
        "ai_cluster" | "ai_virtual_cluster" | "baremetal" | "basic_vm" | "instance"
        | "load_balancer" => &["flavor"],
        "backup" => &["last_size"],
        "dbaas_postgresql_volume" | "snapshot" | "volume" => &["volume_type"],
        "egress_traffic" => &["instance_type"],
        "file_share" => &["file_share_type"],
        _ => &[],
    }
}

/// `row` with only the keys `keep` accepts.
fn only(row: Value, keep: impl Fn(&str) -> bool) -> Value {
    match row {
        Value::Object(map) => Value::Object(map.into_iter().filter(|(k, _)| keep(k)).collect()),
        other => other,
    }
}

/// A cost totals row (`getAggregatedCostReport`, `getAggregatedMonthlyCostReport`) of type
/// `kind` with every field set. Its fields are the per-resource row's, so their values are
/// those of [`full_row`].
pub fn cost_total_row(row: usize, kind: &str) -> Value {
    let extra = total_extra_fields(kind);
    only(full_row(row, kind), |k| {
        TOTAL_FIELDS.contains(&k) || extra.contains(&k)
    })
}

/// A per-resource usage row (`getUsageReport` `resources`) of type `kind`: the cost report
/// row without its cost-only keys.
pub fn usage_resource_row(row: usize, kind: &str) -> Value {
    only(full_row(row, kind), |k| !COST_ONLY_FIELDS.contains(&k))
}

/// A usage totals row (`getUsageReport` `totals`) of type `kind`: the cost totals row
/// without its cost-only keys. Gcore has no usage totals for `backup`.
pub fn usage_total_row(row: usize, kind: &str) -> Value {
    only(cost_total_row(row, kind), |k| {
        !COST_ONLY_FIELDS.contains(&k)
    })
}

/// A totals page (`getAggregatedCostReport`, `getAggregatedMonthlyCostReport`).
pub fn totals_page(rows: Vec<Value>) -> Value {
    json!({"count": rows.len(), "price_status": "show", "results": rows})
}

/// A usage report page.
pub fn usage_page(count: usize, resources: Vec<Value>, totals: Vec<Value>) -> Value {
    json!({"count": count, "resources": resources, "totals": totals})
}

/// A cost totals request with only the two required fields set.
///
/// Written as a struct literal so that the tests notice if a field is added to the body.
pub fn minimal_totals_request(time_from: &str, time_to: &str) -> AggregatedCostReportRequest {
    AggregatedCostReportRequest {
        enable_last_day: None,
        projects: None,
        regions: None,
        response_format: None,
        rounding: None,
        schema_filter: None,
        tags: None,
        time_from: ts(time_from),
        time_to: ts(time_to),
        types: None,
        additional_properties: Default::default(),
    }
}

/// A usage report request with only the two required fields set, as a struct literal.
pub fn minimal_usage_request(time_from: &str, time_to: &str) -> UsageReportRequest {
    UsageReportRequest {
        enable_last_day: None,
        limit: None,
        offset: None,
        order_by: None,
        projects: None,
        regions: None,
        schema_filter: None,
        sorting: None,
        tags: None,
        time_from: ts(time_from),
        time_to: ts(time_to),
        types: None,
        additional_properties: Default::default(),
    }
}

/// A v2 reservation in Gcore's shape (its documented example), with naive date-times as
/// Gcore sends them and `resource_count` set to `count`.
pub fn billing_reservation(count: i64) -> Value {
    json!({
        "active_billing_plan_id": 207114,
        "active_overcommit": {
            "active_from": "2025-04-03T00:00:00",
            "plan_item_id": 666,
            "price_per_month": "236.63366400",
            "price_per_unit": "0.31805600",
            "price_total": "2839.60396800",
            "subscription_id": 12344
        },
        "commit": {
            "active_from": "2025-04-03T00:00:00",
            "active_to": "2026-04-03T00:00:00",
            "price_per_month": "224.80198100",
            "price_per_unit": "0.30215320",
            "price_total": "2697.62377200",
            "subscription_id": 12345
        },
        "hardware_info": {"cpu": "2xIntel Xeon 8468", "disk": "8 x 3.84 TB NVMe", "ram": "2TB RAM"},
        "region_name": "LUX-4",
        "resource_count": count,
        "resource_name": "bm1-hf-medium",
        "unit_name": "H",
        "unit_size_month": "744.00000000",
        "unit_size_total": "8928.00000000"
    })
}

/// A v2 reservation list holding one reservation per entry of `counts`.
pub fn billing_reservation_page(counts: &[i64]) -> Value {
    let results: Vec<Value> = counts.iter().map(|c| billing_reservation(*c)).collect();
    json!({"count": results.len(), "results": results})
}

/// A reservation in Gcore's shape, numbered `id`.
pub fn reservation(id: i64) -> Value {
    json!({
        "active_from": "2024-12-02",
        "active_to": "2025-12-02",
        "activity_period": "month",
        "activity_period_length": 12,
        "amount_prices": {
            "commit_price_per_month": "1302.45570000",
            "commit_price_per_unit": "1.75061250",
            "commit_price_total": "15629.46840000",
            "currency_code": "EUR",
            "overcommit_price_per_month": "3060.60768000",
            "overcommit_price_per_unit": "4.11372000",
            "overcommit_price_total": "36727.29216000"
        },
        "billing_plan_id": 1114,
        "created_at": "2024-12-02T11:53:33.127371",
        "error": null,
        "eta": null,
        "id": id,
        "is_expiration_message_visible": false,
        "name": format!("reservation {id}"),
        "next_statuses": ["APPROVED", "REJECTED"],
        "region_id": 4,
        "region_name": "LUX-4",
        "remind_expiration_message": null,
        "resources": [],
        "status": "CREATED",
        "user_status": "CREATED"
    })
}

/// A reservation page holding the given ids.
pub fn reservation_page(count: usize, ids: &[i64]) -> Value {
    let results: Vec<Value> = ids.iter().map(|id| reservation(*id)).collect();
    json!({"count": count, "results": results})
}

/// A hand-written HTTP server on 127.0.0.1 for behaviour wiremock cannot produce
/// (silence, resets, truncated bodies). It stops when dropped.
pub struct RawServer {
    /// Base URL of the server, e.g. `http://127.0.0.1:40000`.
    pub url: String,
    /// Number of connections accepted so far.
    pub connections: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

impl RawServer {
    /// Starts a server that hands every accepted connection, with its number (from 0), to
    /// `handle` on a task of its own.
    pub async fn start<F, Fut>(handle: F) -> RawServer
    where
        F: Fn(usize, TcpStream) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a loopback port");
        let url = format!("http://{}", listener.local_addr().expect("bound address"));
        let connections = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&connections);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let index = counter.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(handle(index, stream));
            }
        });
        RawServer {
            url,
            connections,
            task,
        }
    }

    /// Number of connections accepted so far.
    pub fn connection_count(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for RawServer {
    fn drop(&mut self) {
        // Aborting the accept loop drops the listener, so the port is released.
        self.task.abort();
    }
}

/// Reads one whole HTTP/1.1 request (head and `Content-Length` body) and returns the
/// head. Reading the body matters: closing a socket with unread input sends a reset,
/// which would change what the client sees.
pub async fn read_request(stream: &mut TcpStream) -> String {
    let mut data = Vec::new();
    let mut buf = [0_u8; 4096];
    let head_end = loop {
        if let Some(pos) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos + 4;
        }
        let n = stream.read(&mut buf).await.unwrap_or(0);
        if n == 0 {
            return String::from_utf8_lossy(&data).into_owned();
        }
        data.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&data[..head_end]).into_owned();
    let body_len = head
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse::<usize>().ok())
                .flatten()
        })
        .unwrap_or(0);
    let mut have = data.len() - head_end;
    while have < body_len {
        let n = stream.read(&mut buf).await.unwrap_or(0);
        if n == 0 {
            break;
        }
        have += n;
    }
    head
}

/// Writes a complete response with a JSON body and closes the connection.
pub async fn write_json(stream: &mut TcpStream, status: u16, body: &str) {
    let response = format!(
        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes()).await;
    let _ = stream.shutdown().await;
}
