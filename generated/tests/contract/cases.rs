//! The contract cases that expect success: requests Prism accepts and responses it
//! generates from the spec, parsed by the generated client.

use std::collections::BTreeSet;
use std::time::Duration;

use futures_util::future::BoxFuture;
use gcore_billing::models::{
    CostReport, CostReportEgressTrafficInstanceType, CostReportOrderBy, CostReportPriceStatus,
    CostReportRequest, CostReportRequestResponseFormat, CostReportResult, CostReportSorting,
    ListReservationsOrderBy, ListReservationsParams, ReservationList,
    ReservationResourceResourceType, ReservationStatus, ResourceType, SchemaFilter,
    SchemaFilterInstance, SchemaFilterInstanceField, SortDirection, TagsFilter,
    TagsFilterCondition, TagsFilterConditionType,
};
use gcore_billing::runtime::ErrorBody;
use gcore_billing::runtime::Timestamp;
use gcore_billing::{Client, Error, RawResponse};
use reqwest::header::HeaderMap;
use rust_decimal::Decimal;
use serde_json::{json, Value};

use crate::{negative, reports, Servers};

/// A case: an async check that panics on failure.
pub type Case = fn(Servers) -> BoxFuture<'static, ()>;

/// Every case, with the name the failure report uses.
pub fn all() -> Vec<(&'static str, Case)> {
    vec![
        ("1. cost report with only the required fields", |s| {
            Box::pin(minimal_cost_report(s))
        }),
        ("2. cost report with every body field", |s| {
            Box::pin(full_cost_report(s))
        }),
        ("2b. every schema_filter variant and resource type", |s| {
            Box::pin(every_filter_variant(s))
        }),
        ("3a. named cost report examples", |s| {
            Box::pin(cost_report_examples(s))
        }),
        ("3b. named reservation examples", |s| {
            Box::pin(reservation_examples(s))
        }),
        ("4. reservations with every query parameter", |s| {
            Box::pin(reservations_every_parameter(s))
        }),
        ("5a. requests without credentials get 401", |s| {
            Box::pin(negative::missing_credentials(s))
        }),
        ("5b. type-valid, spec-invalid requests get 422", |s| {
            Box::pin(negative::spec_invalid_requests(s))
        }),
        ("5c. raw requests the types cannot express get 422", |s| {
            Box::pin(negative::raw_invalid_requests(s))
        }),
        ("6a. dynamic cost reports parse", |s| {
            Box::pin(dynamic_cost_reports(s))
        }),
        ("6b. dynamic reservation lists parse", |s| {
            Box::pin(dynamic_reservations(s))
        }),
        ("7a. cost totals: minimal and full bodies", |s| {
            Box::pin(reports::totals_bodies(s))
        }),
        ("7b. cost totals: named examples", |s| {
            Box::pin(reports::totals_examples(s))
        }),
        (
            "7c. monthly totals: empty, month, deprecated period, full",
            |s| Box::pin(reports::monthly_bodies(s)),
        ),
        ("7d. monthly totals: named example", |s| {
            Box::pin(reports::monthly_examples(s))
        }),
        ("7e. usage report: minimal and full bodies", |s| {
            Box::pin(reports::usage_bodies(s))
        }),
        ("7f. usage report: named example", |s| {
            Box::pin(reports::usage_examples(s))
        }),
        ("7g. v2 reservations: every parameter and order", |s| {
            Box::pin(reports::billing_reservations_parameters(s))
        }),
        ("7h. v2 reservations: named examples", |s| {
            Box::pin(reports::billing_reservations_examples(s))
        }),
        ("8a. dynamic cost totals parse", |s| {
            Box::pin(reports::dynamic_totals(s))
        }),
        ("8b. dynamic monthly totals parse", |s| {
            Box::pin(reports::dynamic_monthly(s))
        }),
        ("8c. dynamic usage reports parse", |s| {
            Box::pin(reports::dynamic_usage(s))
        }),
        ("8d. dynamic v2 reservation lists parse", |s| {
            Box::pin(reports::dynamic_billing_reservations(s))
        }),
        (
            "9a. type-valid, spec-invalid requests of the 2026 operations get 422",
            |s| Box::pin(negative::spec_invalid_new_requests(s)),
        ),
        (
            "9b. raw requests the 2026 types cannot express get 422",
            |s| Box::pin(negative::raw_invalid_new_requests(s)),
        ),
    ]
}

/// An API key in the form Gcore issues, `$` included.
pub const API_KEY: &str = "1234$abcdef";

/// The 25 resource types of the spec, which are also the `type` tags of report rows and
/// schema filters.
pub const RESOURCE_TYPES: [&str; 25] = [
    "ai_cluster",
    "ai_virtual_cluster",
    "backup",
    "baremetal",
    "basic_vm",
    "containers",
    "dbaas_postgresql_connection_pooler",
    "dbaas_postgresql_cpu",
    "dbaas_postgresql_memory",
    "dbaas_postgresql_public_network",
    "dbaas_postgresql_volume",
    "egress_traffic",
    "external_ip",
    "file_share",
    "floatingip",
    "functions",
    "functions_calls",
    "functions_traffic",
    "image",
    "inference",
    "instance",
    "load_balancer",
    "log_index",
    "snapshot",
    "volume",
];

/// A client for a Prism server. Retries are off so that an error status is seen once,
/// and the timeout is short so that a hung server fails the case quickly.
pub fn client(base_url: &str) -> Client {
    Client::builder()
        .api_key(API_KEY)
        .base_url(base_url)
        .max_retries(0)
        .timeout(Duration::from_secs(20))
        .build()
        .expect("a local base URL builds a client")
}

/// Parses a test timestamp.
pub fn ts(text: &str) -> Timestamp {
    text.parse().expect("test timestamps are valid")
}

/// Parses a test decimal.
pub fn dec(text: &str) -> Decimal {
    text.parse().expect("test decimals are valid")
}

/// The `sl-violations` header Prism adds when it finds something wrong, as text.
///
/// The value is a JSON array, but when the list is long Prism prefixes it with
/// `Too many violations!` and cuts it off, so it is searched as text.
pub fn violations(headers: &HeaderMap) -> String {
    headers
        .get("sl-violations")
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
        .unwrap_or_default()
}

/// Fails if Prism found anything wrong with the exchange, even a warning.
pub fn assert_clean(raw: &RawResponse, what: &str) {
    let found = violations(&raw.headers);
    assert!(found.is_empty(), "{what}: Prism reported {found}");
}

/// True if Prism reported an error at `location` for the validation keyword `code`
/// (a string such as `"minLength"`, or the number 401 for a failed security check).
pub fn has_violation(headers: &HeaderMap, location: &[&str], code: Value) -> bool {
    // Prism writes the keys of each violation in this order.
    let needle = format!(
        "{{\"location\":{},\"severity\":\"Error\",\"code\":{}",
        json!(location),
        code
    );
    violations(headers).contains(&needle)
}

/// The time range every cost report request here uses.
pub fn report_request() -> CostReportRequest {
    CostReportRequest::new(ts("2023-01-01T00:00:00Z"), ts("2023-02-01T00:00:00Z"))
}

/// Case 1: the smallest valid body is accepted, and the default example (the first one in
/// the spec, Gcore's documented AI cluster row) is parsed into the right variant.
async fn minimal_cost_report(servers: Servers) {
    let client = client(&servers.strict);
    let body = report_request();
    assert_eq!(
        serde_json::to_value(&body).expect("serializable"),
        json!({"time_from": "2023-01-01T00:00:00Z", "time_to": "2023-02-01T00:00:00Z"}),
        "unset optional fields must be left out, not sent as null"
    );
    let response = client
        .get_detailed_cost_report(&body)
        .send_with_response()
        .await
        .expect("Prism accepts a body with only the required fields");
    assert_eq!(response.raw.status, 200);
    assert_clean(&response.raw, "minimal cost report");
    let report = response.value;
    assert_eq!(report.count, 1);
    assert_eq!(report.price_status, CostReportPriceStatus::Show);
    assert_eq!(report.results.len(), 1);
    let CostReportResult::AiCluster(row) = &report.results[0] else {
        panic!(
            "the documented row is an AI cluster, got {:?}",
            report.results[0]
        );
    };
    assert_eq!(row.flavor, "bm3-ai-1xlarge-h100-80-8");
    assert_eq!(row.billing_value, 1000.0);
    assert_eq!(row.cost, Some(gcore_billing::Decimal::from(1000)));
    assert_eq!(row.err, None);
    assert_eq!(row.first_seen, ts("2024-07-01T00:00:30Z"));
    assert_eq!(row.uuid.to_string(), "3c90c3cc-0d44-4b50-8888-8dd25736052a");
    let tags = row.tags.as_ref().expect("the documented row has tags");
    assert_eq!(tags[1].get("os_version").map(String::as_str), Some("22.04"));
}

/// The full-parameter body of Gcore's SDK tests, in the requested response format.
///
/// Written as a struct literal so that a field added to the body breaks this test
/// instead of silently going unchecked.
fn full_request(format: CostReportRequestResponseFormat) -> CostReportRequest {
    let condition = |value: &str| TagsFilterCondition {
        additional_properties: Default::default(),
        key: Some("os_version".to_owned()),
        strict: Some(true),
        value: Some(value.to_owned()),
    };
    CostReportRequest {
        additional_properties: Default::default(),
        enable_last_day: Some(false),
        limit: Some(10),
        offset: Some(0),
        order_by: Some(vec![
            CostReportOrderBy::ProjectAsc,
            CostReportOrderBy::RegionDesc,
        ]),
        projects: Some(vec![16, 17, 18, 19, 20]),
        regions: Some(vec![1, 2, 3]),
        response_format: Some(format),
        rounding: Some(true),
        schema_filter: Some(SchemaFilter::Instance(SchemaFilterInstance::new(
            SchemaFilterInstanceField::Flavor,
            vec!["g1-standard-1-2".to_owned()],
        ))),
        sorting: Some(vec![CostReportSorting {
            additional_properties: Default::default(),
            billing_value: Some(SortDirection::Asc),
            first_seen: Some(SortDirection::Asc),
            last_name: Some(SortDirection::Asc),
            last_seen: Some(SortDirection::Asc),
            project: Some(SortDirection::Asc),
            region: Some(SortDirection::Asc),
            r#type: Some(SortDirection::Asc),
        }]),
        tags: Some(TagsFilter {
            additional_properties: Default::default(),
            condition_type: Some(TagsFilterConditionType::Or),
            conditions: vec![condition("22.04"), condition("23.04")],
        }),
        time_from: ts("2023-01-01T00:00:00Z"),
        time_to: ts("2023-02-01T00:00:00Z"),
        types: Some(vec![ResourceType::EgressTraffic, ResourceType::Instance]),
    }
}

/// Case 2: the full body (JSON format, and the SDK's own `csv_records` variant) passes
/// Prism's validation of every field, including `additionalProperties: false`.
async fn full_cost_report(servers: Servers) {
    let client = client(&servers.strict);
    for format in ["json", "csv_records"] {
        let body = full_request(CostReportRequestResponseFormat::from(format));
        // The wire body is pinned first, so that Prism's verdict is about exactly this.
        let expected = json!({
            "enable_last_day": false,
            "limit": 10,
            "offset": 0,
            "order_by": ["project.asc", "region.desc"],
            "projects": [16, 17, 18, 19, 20],
            "regions": [1, 2, 3],
            "response_format": format,
            "rounding": true,
            "schema_filter": {"type": "instance", "field": "flavor", "values": ["g1-standard-1-2"]},
            "sorting": [{
                "billing_value": "asc", "first_seen": "asc", "last_name": "asc",
                "last_seen": "asc", "project": "asc", "region": "asc", "type": "asc"
            }],
            "tags": {
                "condition_type": "OR",
                "conditions": [
                    {"key": "os_version", "strict": true, "value": "22.04"},
                    {"key": "os_version", "strict": true, "value": "23.04"}
                ]
            },
            "time_from": "2023-01-01T00:00:00Z",
            "time_to": "2023-02-01T00:00:00Z",
            "types": ["egress_traffic", "instance"]
        });
        assert_eq!(serde_json::to_value(&body).expect("serializable"), expected);
        let response = client
            .get_detailed_cost_report(&body)
            .send_with_response()
            .await
            .unwrap_or_else(|e| panic!("Prism rejects the full {format} body: {e}"));
        assert_clean(&response.raw, "full cost report");
        assert_eq!(response.value.count, 1);
        assert_eq!(response.value.results.len(), 1);
    }
}

/// Case 2b: each of the 25 schema filter variants, built from JSON by the client's own
/// deserializer and sent back, is accepted; so is a `types` list naming all 25 types.
async fn every_filter_variant(servers: Servers) {
    let client = client(&servers.strict);
    for name in RESOURCE_TYPES {
        // `type` is an allowed `field` for every variant.
        let wire = json!({"type": name, "field": "type", "values": ["10"]});
        let filter: SchemaFilter =
            serde_json::from_value(wire.clone()).expect("every spec variant parses");
        assert!(
            !matches!(filter, SchemaFilter::Unknown(_)),
            "{name} must be a known schema filter variant"
        );
        assert_eq!(serde_json::to_value(&filter).expect("serializable"), wire);
        let mut body = report_request();
        body.schema_filter = Some(filter);
        let response = client
            .get_detailed_cost_report(&body)
            .send_with_response()
            .await
            .unwrap_or_else(|e| panic!("Prism rejects the {name} schema filter: {e}"));
        assert_clean(&response.raw, name);
    }
    let types: Vec<ResourceType> = RESOURCE_TYPES
        .iter()
        .map(|n| ResourceType::from(*n))
        .collect();
    assert!(types.iter().all(|t| !matches!(t, ResourceType::Unknown(_))));
    let mut body = report_request();
    body.types = Some(types);
    client
        .get_detailed_cost_report(&body)
        .await
        .expect("Prism accepts every resource type");
}

/// Case 3a: the spec's named cost report examples, chosen with `Prefer: example=<name>`.
async fn cost_report_examples(servers: Servers) {
    let client = client(&servers.strict);
    let body = report_request();
    let response = client
        .get_detailed_cost_report(&body)
        .header("Prefer", "example=mixed")
        .send_with_response()
        .await
        .expect("Prism serves the `mixed` example");
    assert_clean(&response.raw, "mixed example");
    let report: CostReport = response.value;
    assert_eq!(report.count, 42, "count is the total, not the page size");
    assert_eq!(report.price_status, CostReportPriceStatus::Show);
    let kinds: Vec<&str> = report.results.iter().map(kind).collect();
    assert_eq!(
        kinds,
        [
            "instance",
            "egress_traffic",
            "volume",
            "floatingip",
            "log_index",
            "inference"
        ]
    );
    let CostReportResult::Instance(instance) = &report.results[0] else {
        unreachable!("checked by kind above")
    };
    assert_eq!(instance.cost, Some("12.4992".parse().expect("a decimal")));
    assert_eq!(instance.last_name, "web-1");
    let CostReportResult::EgressTraffic(egress) = &report.results[1] else {
        unreachable!("checked by kind above")
    };
    assert_eq!(egress.instance_name, None, "the name is null in this row");
    assert_eq!(
        egress.instance_type,
        CostReportEgressTrafficInstanceType::Router
    );
    assert_eq!(egress.billing_value, 5_368_709_120.0);
    assert_eq!(egress.billing_feature_name, None);
    assert_eq!(egress.tags, None);
    let CostReportResult::Volume(volume) = &report.results[2] else {
        unreachable!("checked by kind above")
    };
    assert_eq!(volume.attached_to_vm, None, "a detached volume");
    assert_eq!(
        volume.tags,
        Some(Vec::new()),
        "an empty tag list is not null"
    );
    assert_eq!(volume.last_size, 100);
    let CostReportResult::Floatingip(ip) = &report.results[3] else {
        unreachable!("checked by kind above")
    };
    assert_eq!((ip.cost, ip.currency.as_deref()), (None, None), "unpriced");
    assert_eq!(ip.err.as_deref(), Some("price is not available"));
    assert_eq!(ip.ip_address, "203.0.113.20");
    let CostReportResult::LogIndex(logs) = &report.results[4] else {
        unreachable!("checked by kind above")
    };
    assert_eq!(logs.uuid, None, "a log index without an ID");
    let CostReportResult::Inference(inference) = &report.results[5] else {
        unreachable!("checked by kind above")
    };
    assert_eq!(inference.billing_value_unit, "H", "free-text unit");

    let documented = client
        .get_detailed_cost_report(&body)
        .header("Prefer", "example=documented")
        .await
        .expect("Prism serves the `documented` example");
    assert_eq!(documented.results.len(), 1);
    assert_eq!(kind(&documented.results[0]), "ai_cluster");
}

/// The `type` tag of a report row.
fn kind(row: &CostReportResult) -> &'static str {
    match row {
        CostReportResult::AiCluster(_) => "ai_cluster",
        CostReportResult::Instance(_) => "instance",
        CostReportResult::EgressTraffic(_) => "egress_traffic",
        CostReportResult::Volume(_) => "volume",
        CostReportResult::Floatingip(_) => "floatingip",
        CostReportResult::LogIndex(_) => "log_index",
        CostReportResult::Inference(_) => "inference",
        CostReportResult::Unknown(_) => "unknown",
        _ => "other",
    }
}

/// Case 3b: the v1 reservation examples. The default one is Gcore's own (with `Z` added
/// to its naive `created_at`, so that it validates); the other has no hardware details.
async fn reservation_examples(servers: Servers) {
    let client = client(&servers.strict);
    let params = ListReservationsParams::default();

    let response = client
        .list_reservations(&params)
        .send_with_response()
        .await
        .expect("Prism serves the default example");
    assert_clean(&response.raw, "documented example");
    let list = response.value;
    assert_eq!(list.count, 1);
    let reservation = &list.results[0];
    assert_eq!(reservation.id, 10218);
    assert_eq!(reservation.created_at, ts("2024-12-02T11:53:33.127371Z"));
    assert_eq!(reservation.eta, "2025-11-01".parse().ok());
    assert_eq!(reservation.error, None);
    assert_eq!(reservation.remind_expiration_message, None);
    assert_eq!(reservation.next_statuses, ["APPROVED", "REJECTED"]);
    let prices = &reservation.amount_prices;
    assert_eq!(prices.commit_price_per_month, dec("1302.45570000"));
    assert_eq!(
        prices.overcommit_price_total.to_string(),
        "36727.29216000",
        "decimal prices keep all eight places"
    );
    assert_eq!(prices.currency_code, "EUR");
    let resource = &reservation.resources[0];
    assert_eq!(
        resource.resource_type,
        ReservationResourceResourceType::Flavor
    );
    assert_eq!(resource.cpu.as_deref(), Some("2xIntel Xeon 8468"));
    assert_eq!(resource.ram.as_deref(), Some("2TB RAM"));

    let response = client
        .list_reservations(&params)
        .header("Prefer", "example=withoutHardware")
        .send_with_response()
        .await
        .expect("Prism serves the `withoutHardware` example");
    assert_clean(&response.raw, "withoutHardware example");
    let resource = &response.value.results[0].resources[0];
    assert_eq!(resource.unit_size_total, dec("8928"));
    assert_eq!(resource.commit_price_per_unit.scale(), 8);
    assert_eq!(
        (&resource.cpu, &resource.disk, &resource.ram),
        (&None, &None, &None),
        "absent cpu and disk keys and a null ram all read as None"
    );
}

/// Case 4: every query parameter set at once, then every enum value of `order_by` and
/// `status`, all of which Prism validates (dates, date-times, the exploded array).
async fn reservations_every_parameter(servers: Servers) {
    let client = client(&servers.strict);
    let params = ListReservationsParams {
        activated_from: "2019-12-27".parse().ok(),
        activated_to: "2019-12-28".parse().ok(),
        created_from: Some(ts("2019-12-27T18:11:19.117Z")),
        // An offset other than UTC is converted; the `+` would need encoding otherwise.
        created_to: Some(ts("2019-12-28T18:11:19+02:00")),
        deactivated_from: "2025-12-01".parse().ok(),
        deactivated_to: "2025-12-31".parse().ok(),
        limit: Some(1),
        metric_name: Some("bm1-hf-medium_min".to_owned()),
        offset: Some(0),
        order_by: Some(ListReservationsOrderBy::ActiveFromAsc),
        region_id: Some(0),
        status: Some(vec![
            ReservationStatus::Activated,
            ReservationStatus::Reserved,
        ]),
    };
    let response = client
        .list_reservations(&params)
        .send_with_response()
        .await
        .expect("Prism accepts every query parameter");
    assert_clean(&response.raw, "every query parameter");
    assert_eq!(response.value.results.len(), 1);

    let orders = [
        "active_from.asc",
        "active_from.desc",
        "active_to.asc",
        "active_to.desc",
        "created_at.asc",
        "created_at.desc",
    ];
    let statuses = [
        "ACTIVATED",
        "APPROVED",
        "COPIED",
        "CREATED",
        "EXPIRED",
        "REJECTED",
        "RESERVED",
        "WAITING_FOR_PAYMENT",
    ];
    for (index, order) in orders.iter().enumerate() {
        let order_by = ListReservationsOrderBy::from(*order);
        assert!(!matches!(order_by, ListReservationsOrderBy::Unknown(_)));
        let pair: Vec<ReservationStatus> = [index, index + orders.len()]
            .iter()
            .filter_map(|i| statuses.get(*i))
            .map(|s| ReservationStatus::from(*s))
            .collect();
        assert!(pair
            .iter()
            .all(|s| !matches!(s, ReservationStatus::Unknown(_))));
        let params = ListReservationsParams {
            order_by: Some(order_by),
            status: Some(pair),
            ..ListReservationsParams::default()
        };
        client
            .list_reservations(&params)
            .await
            .unwrap_or_else(|e| panic!("Prism rejects order_by {order}: {e}"));
    }
}

/// How many dynamic responses each operation is asked for.
pub const DYNAMIC_ROUNDS: usize = 10;

/// Case 6a: random reports generated from the schemas (with extra unknown properties on
/// every object that allows them) parse, and every row lands in a known variant.
async fn dynamic_cost_reports(servers: Servers) {
    let client = client(&servers.strict);
    let body = report_request();
    let mut seen = BTreeSet::new();
    let mut slips = 0;
    for round in 0..DYNAMIC_ROUNDS {
        let response = retry_faker_slips(&mut slips, || {
            client
                .get_detailed_cost_report(&body)
                .header("Prefer", "dynamic=true")
                .send_with_response()
        })
        .await
        .unwrap_or_else(|e| panic!("dynamic report {round} does not parse: {e}"));
        assert_clean(&response.raw, "dynamic report");
        let raw: Value = serde_json::from_slice(&response.raw.body).expect("JSON body");
        let report = response.value;
        assert_eq!(json!(report.count), raw["count"]);
        assert_eq!(
            report.results.len(),
            raw["results"].as_array().map_or(0, Vec::len)
        );
        for (row, wire) in report
            .results
            .iter()
            .zip(raw["results"].as_array().into_iter().flatten())
        {
            let tag = wire["type"].as_str().expect("every row has a type");
            assert!(
                !matches!(row, CostReportResult::Unknown(_)),
                "row of type {tag} must map to its variant"
            );
            seen.insert(tag.to_owned());
        }
    }
    eprintln!("dynamic cost reports covered row types {seen:?}; {slips} faker slip(s) re-asked");
}

/// The 8 fields of reservations that the spec types `string, format: decimal`.
const DECIMAL_FIELDS: [&str; 8] = [
    "commit_price_per_month",
    "commit_price_per_unit",
    "commit_price_total",
    "overcommit_price_per_month",
    "overcommit_price_per_unit",
    "overcommit_price_total",
    "unit_size_month",
    "unit_size_total",
];

/// Case 6b: random reservation lists.
///
/// The price and size strings are `format: decimal` with a numeric pattern, so Prism
/// fills them with digit strings. A random digit string can still be longer than the 28
/// significant digits an exact `Decimal` holds, which the client rightly refuses: such a
/// failure is accepted only when it points at one of those fields. The value is then
/// replaced by a short number and the rest of the document must parse.
async fn dynamic_reservations(servers: Servers) {
    let client = client(&servers.strict);
    let params = ListReservationsParams::default();
    let mut repaired_documents = 0;
    let mut slips = 0;
    for round in 0..DYNAMIC_ROUNDS {
        let result = retry_faker_slips(&mut slips, || {
            client
                .list_reservations(&params)
                .header("Prefer", "dynamic=true")
                .send_with_response()
        })
        .await;
        let (body, parsed) = match result {
            Ok(response) => {
                assert_clean(&response.raw, "dynamic reservations");
                (response.raw.body.clone(), Some(response.value))
            }
            Err(Error::Decode {
                path,
                body,
                message,
                ..
            }) => {
                let field = path.rsplit('.').next().unwrap_or_default();
                assert!(
                    DECIMAL_FIELDS.contains(&field),
                    "dynamic reservations {round} fail outside the decimal fields at {path}: {message}"
                );
                (body, None)
            }
            Err(other) => panic!("dynamic reservations {round} failed: {other}"),
        };
        let mut document: Value = serde_json::from_slice(&body).expect("JSON body");
        let replaced = replace_non_decimals(&mut document);
        if parsed.is_some() {
            assert_eq!(
                replaced, 0,
                "the client accepted a document with non-decimal prices"
            );
        } else {
            repaired_documents += 1;
        }
        let list: ReservationList = serde_json::from_value(document).unwrap_or_else(|e| {
            panic!("dynamic reservations {round} do not parse even with numeric prices: {e}")
        });
        if let Some(parsed) = parsed {
            assert_eq!(parsed, list);
        }
    }
    eprintln!(
        "dynamic reservations: {repaired_documents} of {DYNAMIC_ROUNDS} documents had non-numeric decimal strings; {slips} faker slip(s) re-asked"
    );
}

/// How many times in a row one dynamic round may hit a faker slip before the case fails.
const MAX_SLIPS_PER_ROUND: usize = 5;

/// True if `error` is strict Prism refusing a response that its own faker generated.
///
/// Prism's generator now and then breaks the schema it generates from: it has been seen
/// to put an integer into `eta` (`type: [string, "null"], format: date`), in about one
/// reservation in a thousand. With `--errors` Prism then validates its own output and
/// answers 500 with a problem document whose violations all lie in the response. Such an
/// answer says nothing about the client, so the round is asked again. Any violation in
/// the request still fails the case.
pub fn is_faker_slip(error: &Error) -> bool {
    let Error::Server(api) = error else {
        return false;
    };
    let ErrorBody::Json(body) = &api.body else {
        return false;
    };
    let violations = body["validation"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    api.status == 500
        && body["type"] == "https://stoplight.io/prism/errors#VIOLATIONS"
        && !violations.is_empty()
        && violations
            .iter()
            .all(|violation| violation["location"][0] == "response")
}

/// Runs one dynamic round, asking again (a bounded number of times) while strict Prism
/// refuses its own generated response; see [`is_faker_slip`]. `slips` counts the re-asks.
pub async fn retry_faker_slips<T, F>(
    slips: &mut usize,
    mut call: impl FnMut() -> F,
) -> Result<T, Error>
where
    F: std::future::IntoFuture<Output = Result<T, Error>>,
{
    let mut attempt = 0;
    loop {
        match call().await {
            Err(error) if is_faker_slip(&error) && attempt < MAX_SLIPS_PER_ROUND => {
                eprintln!("Prism refused its own dynamic response, asking again: {error}");
                attempt += 1;
                *slips += 1;
            }
            other => return other,
        }
    }
}

/// Replaces every non-numeric string in the decimal fields of a reservation list with a
/// number and returns how many were replaced.
fn replace_non_decimals(document: &mut Value) -> usize {
    let mut replaced = 0;
    let mut fix = |object: &mut Value| {
        for field in DECIMAL_FIELDS {
            if let Some(value) = object.get_mut(field) {
                if value
                    .as_str()
                    .is_some_and(|s| s.parse::<Decimal>().is_err())
                {
                    *value = json!("1.50000000");
                    replaced += 1;
                }
            }
        }
    };
    if let Some(results) = document["results"].as_array_mut() {
        for reservation in results {
            fix(&mut reservation["amount_prices"]);
            if let Some(resources) = reservation["resources"].as_array_mut() {
                resources.iter_mut().for_each(&mut fix);
            }
        }
    }
    replaced
}
