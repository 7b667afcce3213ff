//! Negative contract cases: requests the spec forbids must be refused by Prism, which
//! proves that Prism really validates (so the successes in `cases.rs` mean something),
//! and the generated client must map the refusals to the right error variants.

use std::time::Duration;

use gcore_billing::models::{
    AggregatedCostReportRequestResponseFormat, AggregatedMonthlyCostReportRequest,
    AggregatedMonthlyCostReportRequestResponseFormat, CostReportOrderBy, CostReportRequest,
    CostReportRequestResponseFormat, CostReportSorting, ListBillingReservationsOrderBy,
    ListBillingReservationsParams, ListReservationsOrderBy, ListReservationsParams,
    ReservationStatus, ResourceType, SchemaFilter, SchemaFilterInstance, SchemaFilterInstanceField,
    SortDirection, TagsFilter, TagsFilterCondition, TagsFilterConditionType,
};
use gcore_billing::runtime::ErrorBody;
use gcore_billing::{Client, Error};
use serde_json::{json, Value};

use crate::cases::{client, has_violation, ts, violations, API_KEY};
use crate::reports::{totals_request, usage_request};
use crate::Servers;

/// The path of the cost report operation.
const COST_REPORT: &str = "/cloud/v1/cost_report/resources";

/// The path of the reservation list operation.
const RESERVATIONS: &str = "/cloud/v1/reservations";

/// Checks that `result` is a 422 mapped to [`Error::UnprocessableEntity`], caused by a
/// violation at `location` of the keyword `code`, and that the error body (the spec's
/// `Error` example, which Prism sends) was parsed.
fn assert_unprocessable<T: std::fmt::Debug>(
    result: Result<T, Error>,
    what: &str,
    location: &[&str],
    code: &str,
) {
    let error = result.expect_err(what);
    let Error::UnprocessableEntity(api) = &error else {
        panic!("{what}: expected Error::UnprocessableEntity, got {error:?}");
    };
    assert_eq!(error.status().map(|s| s.as_u16()), Some(422));
    assert!(
        has_violation(&api.headers, location, json!(code)),
        "{what}: expected a `{code}` violation at {location:?}, Prism said {}",
        violations(&api.headers)
    );
    assert_eq!(api.message(), Some("Invalid request."), "{what}");
    assert_eq!(
        api.request_id(),
        Some("f5c0fbdc-8a7b-4c1d-9e2f-3a4b5c6d7e8f"),
        "{what}"
    );
    let ErrorBody::Json(body) = &api.body else {
        panic!("{what}: the error body is JSON, got {:?}", api.body);
    };
    assert_eq!(body["exception_class"], "ValidationError", "{what}");
}

/// Case 5a: a client built without an API key sends no `Authorization` header, and
/// Prism's security check turns that into 401, mapped to [`Error::Unauthorized`], for
/// every operation.
pub async fn missing_credentials(servers: Servers) {
    let anonymous = Client::builder()
        .base_url(&servers.strict)
        .max_retries(0)
        .timeout(Duration::from_secs(20))
        .build()
        .expect("a key is optional when building");
    let body = CostReportRequest::new(ts("2023-01-01T00:00:00Z"), ts("2023-02-01T00:00:00Z"));
    let outcomes = [
        (
            "cost report",
            anonymous.get_detailed_cost_report(&body).await.map(drop),
        ),
        (
            "cost totals",
            anonymous
                .get_aggregated_cost_report(&totals_request())
                .await
                .map(drop),
        ),
        (
            "monthly totals",
            anonymous
                .get_aggregated_monthly_cost_report(&AggregatedMonthlyCostReportRequest::default())
                .await
                .map(drop),
        ),
        (
            "usage report",
            anonymous.get_usage_report(&usage_request()).await.map(drop),
        ),
        (
            "v2 reservations",
            anonymous
                .list_billing_reservations(&ListBillingReservationsParams::default())
                .await
                .map(drop),
        ),
        (
            "v1 reservations",
            anonymous
                .list_reservations(&ListReservationsParams::default())
                .await
                .map(drop),
        ),
    ];
    for (what, result) in outcomes {
        let error = result.expect_err(what);
        let Error::Unauthorized(api) = &error else {
            panic!("{what} without a key: expected Error::Unauthorized, got {error:?}");
        };
        assert!(
            has_violation(&api.headers, &["request"], json!(401)),
            "{what}: the 401 must come from the security check, Prism said {}",
            violations(&api.headers)
        );
    }
    // The same request with the key passes, so the key alone made the difference.
    client(&servers.strict)
        .get_detailed_cost_report(&body)
        .await
        .expect("with the key the request is accepted");
}

/// A cost report body with one change applied.
fn report_with(change: impl FnOnce(&mut CostReportRequest)) -> CostReportRequest {
    let mut body = CostReportRequest::new(ts("2023-01-01T00:00:00Z"), ts("2023-02-01T00:00:00Z"));
    change(&mut body);
    body
}

/// A tag filter with the given conditions.
fn tags(conditions: Vec<TagsFilterCondition>) -> Option<TagsFilter> {
    Some(TagsFilter::new(conditions))
}

/// A tag condition with a key and a value.
fn condition(key: &str, value: &str) -> TagsFilterCondition {
    TagsFilterCondition {
        additional_properties: Default::default(),
        key: Some(key.to_owned()),
        strict: None,
        value: Some(value.to_owned()),
    }
}

/// Case 5b: values the Rust types allow but the spec forbids. Each one gets 422 with a
/// violation exactly where it was put, which the client maps to
/// [`Error::UnprocessableEntity`]. The client deliberately does not enforce these rules
/// itself (Gcore's own examples break the tag lengths), so the server must.
pub async fn spec_invalid_requests(servers: Servers) {
    let client = client(&servers.strict);
    let body = |path: &[&'static str]| -> Vec<&'static str> {
        let mut location = vec!["request", "body"];
        location.extend_from_slice(path);
        location
    };
    let reports: Vec<(&str, CostReportRequest, Vec<&str>, &str)> = vec![
        (
            "a tag key shorter than 3 characters",
            report_with(|b| b.tags = tags(vec![condition("os", "22.04")])),
            body(&["tags", "conditions", "0", "key"]),
            "minLength",
        ),
        (
            "a tag value shorter than 3 characters, as in Gcore's own example",
            report_with(|b| b.tags = tags(vec![condition("os_version", "9")])),
            body(&["tags", "conditions", "0", "value"]),
            "minLength",
        ),
        (
            "no tag conditions",
            report_with(|b| b.tags = tags(Vec::new())),
            body(&["tags", "conditions"]),
            "minItems",
        ),
        (
            "eleven tag conditions",
            report_with(|b| b.tags = tags(vec![condition("os_version", "22.04"); 11])),
            body(&["tags", "conditions"]),
            "maxItems",
        ),
        (
            "an unknown tag condition type",
            report_with(|b| {
                b.tags = Some(TagsFilter {
                    additional_properties: Default::default(),
                    condition_type: Some(TagsFilterConditionType::from("XOR")),
                    conditions: vec![condition("os_version", "22.04")],
                })
            }),
            body(&["tags", "condition_type"]),
            "enum",
        ),
        (
            "limit 0",
            report_with(|b| b.limit = Some(0)),
            body(&["limit"]),
            "exclusiveMinimum",
        ),
        (
            "a negative offset",
            report_with(|b| b.offset = Some(-1)),
            body(&["offset"]),
            "minimum",
        ),
        (
            "an unknown resource type",
            report_with(|b| b.types = Some(vec![ResourceType::from("gpu_cluster")])),
            body(&["types", "0"]),
            "enum",
        ),
        (
            "an unknown sort direction",
            report_with(|b| {
                b.sorting = Some(vec![CostReportSorting {
                    project: Some(SortDirection::from("up")),
                    ..CostReportSorting::default()
                }])
            }),
            body(&["sorting", "0", "project"]),
            "enum",
        ),
        (
            "an unknown response format",
            report_with(|b| b.response_format = Some(CostReportRequestResponseFormat::from("xml"))),
            body(&["response_format"]),
            "enum",
        ),
        (
            "a schema filter field the instance type does not have",
            report_with(|b| {
                b.schema_filter = Some(SchemaFilter::Instance(SchemaFilterInstance::new(
                    SchemaFilterInstanceField::from("ip_address"),
                    vec!["10.0.0.1".to_owned()],
                )))
            }),
            body(&["schema_filter", "field"]),
            "enum",
        ),
        (
            "a schema filter of an unknown type",
            report_with(|b| {
                b.schema_filter = Some(SchemaFilter::Unknown(
                    json!({"type": "gpu_cluster", "field": "flavor", "values": ["x"]}),
                ))
            }),
            body(&["schema_filter", "type"]),
            "const",
        ),
    ];
    for (what, request, location, code) in reports {
        let result = client.get_detailed_cost_report(&request).await;
        assert_unprocessable(result, what, &location, code);
    }

    let query = |name: &'static str| vec!["request", "query", name];
    let lists: Vec<(&str, ListReservationsParams, Vec<&str>, &str)> = vec![
        (
            "reservations limit 0",
            ListReservationsParams {
                limit: Some(0),
                ..ListReservationsParams::default()
            },
            query("limit"),
            "minimum",
        ),
        (
            "a negative reservations offset",
            ListReservationsParams {
                offset: Some(-1),
                ..ListReservationsParams::default()
            },
            query("offset"),
            "minimum",
        ),
        (
            "an unknown order",
            ListReservationsParams {
                order_by: Some(ListReservationsOrderBy::from("name.asc")),
                ..ListReservationsParams::default()
            },
            query("order_by"),
            "enum",
        ),
        (
            "an unknown status after a known one",
            ListReservationsParams {
                status: Some(vec![
                    ReservationStatus::Activated,
                    ReservationStatus::from("PENDING"),
                ]),
                ..ListReservationsParams::default()
            },
            vec!["request", "query", "status", "1"],
            "enum",
        ),
    ];
    for (what, params, location, code) in lists {
        let result = client.list_reservations(&params).await;
        assert_unprocessable(result, what, &location, code);
    }
}

/// Sends a request with `reqwest` alone and returns its status and violations.
async fn raw_send(request: reqwest::RequestBuilder) -> (u16, String) {
    let response = request
        .header("Authorization", format!("APIKey {API_KEY}"))
        .timeout(Duration::from_secs(20))
        .send()
        .await
        .expect("Prism answers");
    let status = response.status().as_u16();
    (status, violations(response.headers()))
}

/// Case 5c: requests the generated types cannot express at all, sent with plain
/// `reqwest`: an unknown body key, a naive date-time, a comma-joined status list and an
/// unencoded `+` in a date-time. A valid control request goes through the same path first, so each
/// 422 is caused by the one thing that differs.
pub async fn raw_invalid_requests(servers: Servers) {
    let http = reqwest::Client::new();
    let base = &servers.strict;
    let valid: Value =
        json!({"time_from": "2023-01-01T00:00:00Z", "time_to": "2023-02-01T00:00:00Z"});
    let post = |body: &Value| http.post(format!("{base}{COST_REPORT}")).json(body);
    let get = |query: &str| http.get(format!("{base}{RESERVATIONS}?{query}"));

    let (status, found) = raw_send(post(&valid)).await;
    assert_eq!((status, found.as_str()), (200, ""), "the raw control body");
    let (status, found) = raw_send(get("status=ACTIVATED&status=RESERVED")).await;
    assert_eq!((status, found.as_str()), (200, ""), "the raw control query");

    let mut unknown_key = valid.clone();
    unknown_key["group_by"] = json!(["project"]);
    let mut naive = valid.clone();
    naive["time_from"] = json!("2024-08-01T00:00:00");
    let bodies = [
        (
            "an unknown body key",
            unknown_key,
            vec!["request", "body"],
            "additionalProperties",
        ),
        (
            "a naive time_from",
            naive,
            vec!["request", "body", "time_from"],
            "format",
        ),
    ];
    for (what, body, location, code) in bodies {
        let (status, found) = raw_send(post(&body)).await;
        assert_eq!(status, 422, "{what}: {found}");
        let needle = format!(
            "{{\"location\":{},\"severity\":\"Error\",\"code\":\"{code}\"",
            json!(location)
        );
        assert!(found.contains(&needle), "{what}: Prism said {found}");
    }

    let queries = [
        (
            "a comma-joined status list",
            "status=ACTIVATED,RESERVED",
            "status",
        ),
        (
            "an unencoded + in a date-time",
            "created_to=2019-12-28T18:11:19+02:00",
            "created_to",
        ),
    ];
    for (what, query, name) in queries {
        let (status, found) = raw_send(get(query)).await;
        assert_eq!(status, 422, "{what}: {found}");
        assert!(
            found.contains(&format!("\"location\":[\"request\",\"query\",\"{name}\"")),
            "{what}: {found}"
        );
    }
}

/// Case 9a: values the Rust types of the 2026 operations allow but the spec forbids,
/// among them values that are valid for a sibling operation (`csv_records` belongs to
/// the per-resource report, `created_at.desc` to the v1 list).
pub async fn spec_invalid_new_requests(servers: Servers) {
    let client = client(&servers.strict);
    let body = |path: &[&'static str]| -> Vec<&'static str> {
        let mut location = vec!["request", "body"];
        location.extend_from_slice(path);
        location
    };

    let mut totals_csv_records = totals_request();
    totals_csv_records.response_format = Some(AggregatedCostReportRequestResponseFormat::from(
        "csv_records",
    ));
    let mut totals_no_conditions = totals_request();
    totals_no_conditions.tags = tags(Vec::new());
    for (what, request, location, code) in [
        (
            "the per-resource format in the totals",
            totals_csv_records,
            body(&["response_format"]),
            "enum",
        ),
        (
            "totals with no tag conditions",
            totals_no_conditions,
            body(&["tags", "conditions"]),
            "minItems",
        ),
    ] {
        let result = client.get_aggregated_cost_report(&request).await;
        assert_unprocessable(result, what, &location, code);
    }

    for (what, request, location, code) in [
        (
            "an unknown monthly format",
            AggregatedMonthlyCostReportRequest {
                response_format: Some(AggregatedMonthlyCostReportRequestResponseFormat::from(
                    "xml",
                )),
                ..AggregatedMonthlyCostReportRequest::default()
            },
            body(&["response_format"]),
            "enum",
        ),
        (
            "an unknown resource type in the monthly totals",
            AggregatedMonthlyCostReportRequest {
                types: Some(vec![ResourceType::from("gpu_cluster")]),
                ..AggregatedMonthlyCostReportRequest::default()
            },
            body(&["types", "0"]),
            "enum",
        ),
    ] {
        let result = client.get_aggregated_monthly_cost_report(&request).await;
        assert_unprocessable(result, what, &location, code);
    }

    let mut usage_limit = usage_request();
    usage_limit.limit = Some(0);
    let mut usage_offset = usage_request();
    usage_offset.offset = Some(-1);
    let mut usage_order = usage_request();
    usage_order.order_by = Some(vec![
        CostReportOrderBy::ProjectAsc,
        CostReportOrderBy::from("cost.asc"),
    ]);
    for (what, request, location, code) in [
        (
            "usage limit 0",
            usage_limit,
            body(&["limit"]),
            "exclusiveMinimum",
        ),
        (
            "a negative usage offset",
            usage_offset,
            body(&["offset"]),
            "minimum",
        ),
        (
            "an unknown usage order after a known one",
            usage_order,
            body(&["order_by", "1"]),
            "enum",
        ),
    ] {
        let result = client.get_usage_report(&request).await;
        assert_unprocessable(result, what, &location, code);
    }

    let detailed = report_with(|b| b.order_by = Some(vec![CostReportOrderBy::from("cost.asc")]));
    assert_unprocessable(
        client.get_detailed_cost_report(&detailed).await,
        "an unknown cost report order",
        &body(&["order_by", "0"]),
        "enum",
    );

    let params = ListBillingReservationsParams {
        order_by: Some(ListBillingReservationsOrderBy::from("created_at.desc")),
        ..ListBillingReservationsParams::default()
    };
    assert_unprocessable(
        client.list_billing_reservations(&params).await,
        "the v1 order `created_at.desc` in the v2 list",
        &["request", "query", "order_by"],
        "enum",
    );
}

/// Case 9b: requests the 2026 types cannot express, sent with plain `reqwest`: keys one
/// report has and its sibling lacks, Gcore's own month-valued `time_from`, and a
/// non-boolean `show_inactive`. Valid control requests go through the same path first,
/// including `projects: null`, which only the usage report allows.
pub async fn raw_invalid_new_requests(servers: Servers) {
    let http = reqwest::Client::new();
    let base = &servers.strict;
    let post = |path: &str, body: &Value| http.post(format!("{base}{path}")).json(body);
    let period = json!({"time_from": "2023-01-01T00:00:00Z", "time_to": "2023-02-01T00:00:00Z"});
    const TOTALS: &str = "/cloud/v1/cost_report/totals";
    const MONTHLY: &str = "/cloud/v1/reservation_cost_report/totals";
    const USAGE: &str = "/cloud/v1/usage_report";

    let mut usage_null_projects = period.clone();
    usage_null_projects["projects"] = Value::Null;
    for (what, path, body) in [
        ("the totals control body", TOTALS, period.clone()),
        (
            "the monthly control body",
            MONTHLY,
            json!({"year_month": "2024-08"}),
        ),
        ("usage with null projects", USAGE, usage_null_projects),
    ] {
        let (status, found) = raw_send(post(path, &body)).await;
        assert_eq!((status, found.as_str()), (200, ""), "{what}");
    }
    let (status, found) =
        raw_send(http.get(format!("{base}/cloud/v2/reservations?show_inactive=false"))).await;
    assert_eq!((status, found.as_str()), (200, ""), "the v2 control query");

    let mut totals_limit = period.clone();
    totals_limit["limit"] = json!(10);
    let mut totals_null_projects = period.clone();
    totals_null_projects["projects"] = Value::Null;
    let mut usage_rounding = period.clone();
    usage_rounding["rounding"] = json!(true);
    let cases = [
        (
            "a limit in the totals, which are not paged",
            TOTALS,
            totals_limit,
            vec!["request", "body"],
            "additionalProperties",
        ),
        (
            "null projects in the totals",
            TOTALS,
            totals_null_projects,
            vec!["request", "body", "projects"],
            "type",
        ),
        (
            "projects in the monthly totals",
            MONTHLY,
            json!({"projects": [16]}),
            vec!["request", "body"],
            "additionalProperties",
        ),
        (
            "Gcore's documented month as time_from",
            MONTHLY,
            json!({"time_from": "2024-08", "time_to": "2024-08"}),
            vec!["request", "body", "time_from"],
            "format",
        ),
        (
            "rounding in the usage report",
            USAGE,
            usage_rounding,
            vec!["request", "body"],
            "additionalProperties",
        ),
    ];
    for (what, path, body, location, code) in cases {
        let (status, found) = raw_send(post(path, &body)).await;
        assert_eq!(status, 422, "{what}: {found}");
        let needle = format!(
            "{{\"location\":{},\"severity\":\"Error\",\"code\":\"{code}\"",
            json!(location)
        );
        assert!(found.contains(&needle), "{what}: Prism said {found}");
    }

    let (status, found) =
        raw_send(http.get(format!("{base}/cloud/v2/reservations?show_inactive=maybe"))).await;
    assert_eq!(status, 422, "a non-boolean show_inactive: {found}");
    assert!(
        found.contains("\"location\":[\"request\",\"query\",\"show_inactive\"]"),
        "{found}"
    );
}
