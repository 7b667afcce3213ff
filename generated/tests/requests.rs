//! What the client puts on the wire: method, path, headers, query string and JSON body
//! of every operation, checked on a real local HTTP server.

mod common;

use common::{
    billing_reservation_page, client, minimal_request, minimal_totals_request,
    minimal_usage_request, no_params, reservation_page, totals_page, ts, usage_page, API_KEY,
    USER_AGENT,
};
use gcore_billing::models::{
    AggregatedCostReportRequestResponseFormat, AggregatedMonthlyCostReportRequest,
    AggregatedMonthlyCostReportRequestResponseFormat, CostReportOrderBy,
    CostReportRequestResponseFormat, CostReportSorting, ListBillingReservationsOrderBy,
    ListBillingReservationsParams, ListReservationsOrderBy, ListReservationsParams,
    ReservationStatus, ResourceType, SchemaFilter, SchemaFilterInstance, SchemaFilterInstanceField,
    SortDirection, TagsFilter, TagsFilterCondition, TagsFilterConditionType,
};
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// Starts a server that answers every request with `body` and records what it received.
async fn server_answering(body: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    server
}

/// The only request the server received.
async fn single_request(server: &MockServer) -> Request {
    let mut requests = server
        .received_requests()
        .await
        .expect("request recording is on");
    assert_eq!(requests.len(), 1, "exactly one request must be sent");
    requests.remove(0)
}

/// A header value as text, or `None` when the header is missing.
fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request
        .headers
        .get(name)
        .map(|v| v.to_str().expect("ASCII header"))
}

/// Checks the headers every request of this API must carry.
fn assert_common_headers(request: &Request) {
    assert_eq!(
        header(request, "authorization"),
        Some("APIKey 1234$abcdef"),
        "the key goes out as `APIKey <key>`, exactly as issued"
    );
    assert_eq!(header(request, "user-agent"), Some(USER_AGENT));
    assert_eq!(header(request, "accept"), Some("application/json"));
    assert_eq!(
        request.headers.get_all("authorization").iter().count(),
        1,
        "a single Authorization header"
    );
}

fn empty_cost_page() -> Value {
    json!({"count": 0, "price_status": "show", "results": []})
}

/// Checks that `request` is a JSON POST to `path` without a query and returns its body.
fn json_post_body(request: &Request, path: &str) -> Value {
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), path);
    assert_eq!(request.url.query(), None, "the reports take no query");
    assert_common_headers(request);
    assert_eq!(header(request, "content-type"), Some("application/json"));
    let text = std::str::from_utf8(&request.body).expect("UTF-8 body");
    assert!(
        !text.contains("null"),
        "unset optional fields must be absent, not null: {text}"
    );
    serde_json::from_str(text).expect("the body is JSON")
}

/// The filter and tag condition of Gcore's documented requests.
fn documented_filters() -> (SchemaFilter, TagsFilter) {
    let condition = |value: &str| TagsFilterCondition {
        additional_properties: Default::default(),
        key: Some("os_version".to_owned()),
        strict: Some(true),
        value: Some(value.to_owned()),
    };
    (
        SchemaFilter::Instance(SchemaFilterInstance {
            additional_properties: Default::default(),
            field: SchemaFilterInstanceField::Flavor,
            values: vec!["g1-standard-1-2".to_owned()],
        }),
        TagsFilter {
            additional_properties: Default::default(),
            condition_type: Some(TagsFilterConditionType::Or),
            conditions: vec![condition("22.04"), condition("23.04")],
        },
    )
}

/// The wire form of [`documented_filters`].
fn documented_filters_json() -> (Value, Value) {
    (
        json!({"type": "instance", "field": "flavor", "values": ["g1-standard-1-2"]}),
        json!({
            "condition_type": "OR",
            "conditions": [
                {"key": "os_version", "strict": true, "value": "22.04"},
                {"key": "os_version", "strict": true, "value": "23.04"}
            ]
        }),
    )
}

#[tokio::test]
#[allow(deprecated)]
async fn list_reservations_sends_every_query_parameter() {
    let server = server_answering(reservation_page(1, &[7])).await;
    let params = ListReservationsParams {
        activated_from: Some("2019-12-27".parse().expect("date")),
        activated_to: Some("2020-01-31".parse().expect("date")),
        created_from: Some(ts("2019-12-27T18:11:19.117Z")),
        // An offset is normalised to UTC, so `+02:00` goes out as the same instant in `Z`.
        created_to: Some(ts("2020-01-01T10:00:00+02:00")),
        deactivated_from: Some("2020-02-01".parse().expect("date")),
        deactivated_to: Some("2020-12-31".parse().expect("date")),
        limit: Some(25),
        // Characters that are special in a query string must not leak through raw.
        metric_name: Some("bm1-hf+medium_min a&b=c:d".to_owned()),
        offset: Some(50),
        order_by: Some(ListReservationsOrderBy::ActiveFromAsc),
        region_id: Some(0),
        status: Some(vec![
            ReservationStatus::Activated,
            ReservationStatus::Reserved,
        ]),
    };

    let page = client(&server.uri())
        .list_reservations(&params)
        .await
        .expect("the page decodes");
    assert_eq!(page.results[0].id, 7);

    let request = single_request(&server).await;
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.url.path(), "/cloud/v1/reservations");
    assert_eq!(
        request.url.query(),
        Some(
            "activated_from=2019-12-27\
             &activated_to=2020-01-31\
             &created_from=2019-12-27T18%3A11%3A19.117Z\
             &created_to=2020-01-01T08%3A00%3A00Z\
             &deactivated_from=2020-02-01\
             &deactivated_to=2020-12-31\
             &limit=25\
             &metric_name=bm1-hf%2Bmedium_min%20a%26b%3Dc%3Ad\
             &offset=50\
             &order_by=active_from.asc\
             &region_id=0\
             &status=ACTIVATED&status=RESERVED"
        )
    );
    assert_common_headers(&request);
    assert_eq!(
        header(&request, "content-type"),
        None,
        "a GET has no body type"
    );
    assert!(request.body.is_empty(), "a GET has no body");
}

#[tokio::test]
#[allow(deprecated)]
async fn list_reservations_timestamp_with_offset_keeps_the_instant() {
    // A `+` left unencoded would be read as a space by the server; the client avoids
    // the problem entirely by normalising to UTC, and the instant must be preserved.
    let server = server_answering(reservation_page(0, &[])).await;
    let params = ListReservationsParams {
        created_from: Some(ts("2024-12-02T23:30:00-05:00")),
        ..no_params()
    };
    client(&server.uri())
        .list_reservations(&params)
        .await
        .expect("the page decodes");
    let request = single_request(&server).await;
    let query = request.url.query().expect("a query string");
    assert_eq!(query, "created_from=2024-12-03T04%3A30%3A00Z");
    assert!(!query.contains('+') && !query.contains(':'));
}

#[tokio::test]
#[allow(deprecated)]
async fn list_reservations_without_parameters_sends_no_query() {
    let server = server_answering(reservation_page(0, &[])).await;
    let page = client(&server.uri())
        .list_reservations(&no_params())
        .await
        .expect("the page decodes");
    assert_eq!(page.count, 0);
    assert!(page.results.is_empty());

    let request = single_request(&server).await;
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.url.path(), "/cloud/v1/reservations");
    assert_eq!(
        request.url.query().unwrap_or(""),
        "",
        "no parameter is invented"
    );
    assert_common_headers(&request);
}

#[tokio::test]
#[allow(deprecated)]
async fn empty_status_list_sends_no_status_key() {
    let server = server_answering(reservation_page(0, &[])).await;
    let params = ListReservationsParams {
        status: Some(Vec::new()),
        limit: Some(1),
        ..no_params()
    };
    client(&server.uri())
        .list_reservations(&params)
        .await
        .expect("the page decodes");
    assert_eq!(single_request(&server).await.url.query(), Some("limit=1"));
}

#[tokio::test]
async fn cost_report_sends_the_full_body() {
    let server = server_answering(empty_cost_page()).await;
    let mut body = minimal_request("2023-01-01T00:00:00Z", "2023-02-01T00:00:00Z");
    body.enable_last_day = Some(false);
    body.limit = Some(10);
    body.offset = Some(0);
    body.order_by = Some(vec![
        CostReportOrderBy::ProjectAsc,
        CostReportOrderBy::RegionDesc,
    ]);
    body.projects = Some(vec![16, 17, 18, 19, 20]);
    body.regions = Some(vec![1, 2, 3]);
    body.response_format = Some(CostReportRequestResponseFormat::CsvRecords);
    body.rounding = Some(true);
    body.schema_filter = Some(SchemaFilter::Instance(SchemaFilterInstance {
        additional_properties: Default::default(),
        field: SchemaFilterInstanceField::Flavor,
        values: vec!["g1-standard-1-2".to_owned()],
    }));
    body.sorting = Some(vec![CostReportSorting {
        additional_properties: Default::default(),
        billing_value: Some(SortDirection::Asc),
        first_seen: Some(SortDirection::Asc),
        last_name: Some(SortDirection::Asc),
        last_seen: Some(SortDirection::Asc),
        project: Some(SortDirection::Asc),
        region: Some(SortDirection::Asc),
        r#type: Some(SortDirection::Asc),
    }]);
    let condition = |value: &str| TagsFilterCondition {
        additional_properties: Default::default(),
        key: Some("os_version".to_owned()),
        strict: Some(true),
        value: Some(value.to_owned()),
    };
    body.tags = Some(TagsFilter {
        additional_properties: Default::default(),
        condition_type: Some(TagsFilterConditionType::Or),
        conditions: vec![condition("22.04"), condition("23.04")],
    });
    body.types = Some(vec![ResourceType::EgressTraffic, ResourceType::Instance]);

    let report = client(&server.uri())
        .get_detailed_cost_report(&body)
        .await
        .expect("the page decodes");
    assert_eq!(report.count, 0);

    let request = single_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), "/cloud/v1/cost_report/resources");
    assert_eq!(request.url.query(), None, "the cost report takes no query");
    assert_common_headers(&request);
    assert_eq!(header(&request, "content-type"), Some("application/json"));
    let sent: Value = serde_json::from_slice(&request.body).expect("the body is JSON");
    assert_eq!(
        sent,
        json!({
            "time_from": "2023-01-01T00:00:00Z",
            "time_to": "2023-02-01T00:00:00Z",
            "enable_last_day": false,
            "limit": 10,
            "offset": 0,
            "order_by": ["project.asc", "region.desc"],
            "projects": [16, 17, 18, 19, 20],
            "regions": [1, 2, 3],
            "response_format": "csv_records",
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
            "types": ["egress_traffic", "instance"]
        })
    );
}

#[tokio::test]
async fn cost_report_leaves_unset_fields_out_of_the_body() {
    let server = server_answering(empty_cost_page()).await;
    // The spec's own request example uses naive date-times; they are read as UTC.
    let body = minimal_request("2024-08-01T00:00:00", "2024-09-01T00:00:00");
    client(&server.uri())
        .get_detailed_cost_report(&body)
        .await
        .expect("the page decodes");

    let request = single_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), "/cloud/v1/cost_report/resources");
    assert_common_headers(&request);
    assert_eq!(header(&request, "content-type"), Some("application/json"));
    let text = String::from_utf8(request.body.clone()).expect("UTF-8 body");
    assert!(
        !text.contains("null"),
        "unset optional fields must be absent, not null: {text}"
    );
    let sent: Value = serde_json::from_str(&text).expect("the body is JSON");
    // The server rejects unknown keys, so the exact key set matters.
    assert_eq!(
        sent,
        json!({"time_from": "2024-08-01T00:00:00Z", "time_to": "2024-09-01T00:00:00Z"})
    );
}

#[tokio::test]
async fn schema_filter_of_every_shape_carries_its_type_tag() {
    use gcore_billing::models::{
        SchemaFilterEgressTraffic, SchemaFilterEgressTrafficField, SchemaFilterVolume,
        SchemaFilterVolumeField,
    };
    let cases = [
        (
            SchemaFilter::Volume(SchemaFilterVolume {
                additional_properties: Default::default(),
                field: SchemaFilterVolumeField::AttachedToVm,
                values: vec!["10".to_owned()],
            }),
            json!({"type": "volume", "field": "attached_to_vm", "values": ["10"]}),
        ),
        (
            SchemaFilter::EgressTraffic(SchemaFilterEgressTraffic {
                additional_properties: Default::default(),
                field: SchemaFilterEgressTrafficField::InstanceType,
                values: vec!["vm".to_owned(), "baremetal".to_owned()],
            }),
            json!({"type": "egress_traffic", "field": "instance_type", "values": ["vm", "baremetal"]}),
        ),
    ];
    for (filter, expected) in cases {
        let server = server_answering(empty_cost_page()).await;
        let mut body = minimal_request("2024-08-01T00:00:00Z", "2024-08-31T00:00:00Z");
        body.schema_filter = Some(filter);
        client(&server.uri())
            .get_detailed_cost_report(&body)
            .await
            .expect("the page decodes");
        let sent: Value =
            serde_json::from_slice(&single_request(&server).await.body).expect("JSON body");
        assert_eq!(sent["schema_filter"], expected);
    }
}

#[tokio::test]
async fn per_call_header_is_sent_but_cannot_replace_the_key() {
    let server = server_answering(empty_cost_page()).await;
    let body = minimal_request("2024-08-01T00:00:00Z", "2024-08-31T00:00:00Z");
    client(&server.uri())
        .get_detailed_cost_report(&body)
        .header("x-trace", "abc-123")
        .await
        .expect("the page decodes");
    let request = single_request(&server).await;
    assert_eq!(header(&request, "x-trace"), Some("abc-123"));
    assert_eq!(
        header(&request, "authorization"),
        Some(format!("APIKey {API_KEY}").as_str())
    );
}

#[tokio::test]
async fn base_url_with_a_path_prefix_and_trailing_slash_is_joined_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/proxy/cloud/v1/cost_report/resources"))
        .respond_with(ResponseTemplate::new(200).set_body_json(empty_cost_page()))
        .expect(1)
        .mount(&server)
        .await;
    let body = minimal_request("2024-08-01T00:00:00Z", "2024-08-31T00:00:00Z");
    client(&format!("{}/proxy/", server.uri()))
        .get_detailed_cost_report(&body)
        .await
        .expect("the prefixed path is requested");
}

#[tokio::test]
async fn calls_can_run_on_spawned_tasks() {
    let server = server_answering(empty_cost_page()).await;
    let client = client(&server.uri());
    let tasks: Vec<_> = (0..3)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move {
                let mut body = minimal_request("2024-08-01T00:00:00Z", "2024-08-31T00:00:00Z");
                body.offset = Some(i);
                client.get_detailed_cost_report(&body).await
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("the task ran").expect("the page decodes");
    }
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(
        requests.len(),
        3,
        "clones share one configuration and all send"
    );
}

#[tokio::test]
async fn every_cost_report_order_is_sent_as_its_wire_name() {
    let orders = [
        (CostReportOrderBy::BillingValueAsc, "billing_value.asc"),
        (CostReportOrderBy::BillingValueDesc, "billing_value.desc"),
        (CostReportOrderBy::FirstSeenAsc, "first_seen.asc"),
        (CostReportOrderBy::FirstSeenDesc, "first_seen.desc"),
        (CostReportOrderBy::LastNameAsc, "last_name.asc"),
        (CostReportOrderBy::LastNameDesc, "last_name.desc"),
        (CostReportOrderBy::LastSeenAsc, "last_seen.asc"),
        (CostReportOrderBy::LastSeenDesc, "last_seen.desc"),
        (CostReportOrderBy::ProjectAsc, "project.asc"),
        (CostReportOrderBy::ProjectDesc, "project.desc"),
        (CostReportOrderBy::RegionAsc, "region.asc"),
        (CostReportOrderBy::RegionDesc, "region.desc"),
        (CostReportOrderBy::TypeAsc, "type.asc"),
        (CostReportOrderBy::TypeDesc, "type.desc"),
    ];
    let server = server_answering(empty_cost_page()).await;
    let mut body = minimal_request("2024-08-01T00:00:00Z", "2024-08-31T00:00:00Z");
    body.order_by = Some(orders.iter().map(|(order, _)| order.clone()).collect());
    client(&server.uri())
        .get_detailed_cost_report(&body)
        .await
        .expect("the page decodes");
    let sent = json_post_body(
        &single_request(&server).await,
        "/cloud/v1/cost_report/resources",
    );
    let names: Vec<&str> = orders.iter().map(|(_, wire)| *wire).collect();
    assert_eq!(
        sent["order_by"],
        json!(names),
        "order is kept, names are exact"
    );
}

#[tokio::test]
async fn aggregated_cost_report_sends_the_full_body() {
    let server = server_answering(totals_page(Vec::new())).await;
    let (filter, tags) = documented_filters();
    let mut body = minimal_totals_request("2024-08-01T00:00:00Z", "2024-09-01T00:00:00Z");
    body.enable_last_day = Some(true);
    body.projects = Some(vec![16, 17, 18, 19, 20]);
    body.regions = Some(vec![18, 76]);
    body.response_format = Some(AggregatedCostReportRequestResponseFormat::CsvTotals);
    body.rounding = Some(false);
    body.schema_filter = Some(filter);
    body.tags = Some(tags);
    body.types = Some(vec![ResourceType::EgressTraffic, ResourceType::Instance]);

    let totals = client(&server.uri())
        .get_aggregated_cost_report(&body)
        .await
        .expect("the totals decode");
    assert_eq!(totals.count, 0);

    let sent = json_post_body(
        &single_request(&server).await,
        "/cloud/v1/cost_report/totals",
    );
    let (filter, tags) = documented_filters_json();
    assert_eq!(
        sent,
        json!({
            "enable_last_day": true,
            "projects": [16, 17, 18, 19, 20],
            "regions": [18, 76],
            "response_format": "csv_totals",
            "rounding": false,
            "schema_filter": filter,
            "tags": tags,
            "time_from": "2024-08-01T00:00:00Z",
            "time_to": "2024-09-01T00:00:00Z",
            "types": ["egress_traffic", "instance"]
        })
    );
}

#[tokio::test]
async fn aggregated_cost_report_leaves_unset_fields_out_of_the_body() {
    let server = server_answering(totals_page(Vec::new())).await;
    // Gcore's documented request writes naive date-times; they are read as UTC.
    let body = minimal_totals_request("2024-08-01T00:00:00", "2024-09-01T00:00:00");
    client(&server.uri())
        .get_aggregated_cost_report(&body)
        .await
        .expect("the totals decode");
    let sent = json_post_body(
        &single_request(&server).await,
        "/cloud/v1/cost_report/totals",
    );
    // The body has `additionalProperties: false`, so the exact key set matters.
    assert_eq!(
        sent,
        json!({"time_from": "2024-08-01T00:00:00Z", "time_to": "2024-09-01T00:00:00Z"})
    );
}

#[tokio::test]
async fn aggregated_monthly_cost_report_sends_the_full_body() {
    let server = server_answering(totals_page(Vec::new())).await;
    let (filter, tags) = documented_filters();
    // A struct literal, so that a field added to the body breaks this test.
    let body = AggregatedMonthlyCostReportRequest {
        additional_properties: Default::default(),
        regions: Some(vec![4, 5]),
        response_format: Some(AggregatedMonthlyCostReportRequestResponseFormat::Json),
        rounding: Some(true),
        schema_filter: Some(filter),
        tags: Some(tags),
        time_from: None,
        time_to: None,
        types: Some(vec![ResourceType::EgressTraffic, ResourceType::Instance]),
        year_month: Some("2024-08".to_owned()),
    };
    client(&server.uri())
        .get_aggregated_monthly_cost_report(&body)
        .await
        .expect("the totals decode");
    let sent = json_post_body(
        &single_request(&server).await,
        "/cloud/v1/reservation_cost_report/totals",
    );
    let (filter, tags) = documented_filters_json();
    assert_eq!(
        sent,
        json!({
            "regions": [4, 5],
            "response_format": "json",
            "rounding": true,
            "schema_filter": filter,
            "tags": tags,
            "types": ["egress_traffic", "instance"],
            "year_month": "2024-08"
        })
    );
}

#[tokio::test]
async fn aggregated_monthly_cost_report_with_nothing_set_sends_an_empty_object() {
    let server = server_answering(totals_page(Vec::new())).await;
    client(&server.uri())
        .get_aggregated_monthly_cost_report(&AggregatedMonthlyCostReportRequest::default())
        .await
        .expect("the totals decode");
    let sent = json_post_body(
        &single_request(&server).await,
        "/cloud/v1/reservation_cost_report/totals",
    );
    assert_eq!(sent, json!({}), "every body field is optional");
}

#[tokio::test]
async fn aggregated_monthly_cost_report_still_sends_the_deprecated_period() {
    let server = server_answering(totals_page(Vec::new())).await;
    let body = AggregatedMonthlyCostReportRequest {
        time_from: Some(ts("2024-08-01T00:00:00Z")),
        time_to: Some(ts("2024-08-31T00:00:00+02:00")),
        ..AggregatedMonthlyCostReportRequest::default()
    };
    client(&server.uri())
        .get_aggregated_monthly_cost_report(&body)
        .await
        .expect("the totals decode");
    let sent = json_post_body(
        &single_request(&server).await,
        "/cloud/v1/reservation_cost_report/totals",
    );
    assert_eq!(
        sent,
        json!({"time_from": "2024-08-01T00:00:00Z", "time_to": "2024-08-30T22:00:00Z"})
    );
}

#[tokio::test]
async fn usage_report_sends_the_full_body() {
    let server = server_answering(usage_page(0, Vec::new(), Vec::new())).await;
    let (filter, tags) = documented_filters();
    let mut body = minimal_usage_request("2019-08-01T00:00:00Z", "2019-09-15T00:00:00Z");
    body.enable_last_day = Some(false);
    body.limit = Some(50);
    body.offset = Some(0);
    body.order_by = Some(vec![CostReportOrderBy::ProjectDesc]);
    body.projects = Some(vec![16, 17, 18, 19, 20]);
    body.regions = Some(vec![4, 5]);
    body.schema_filter = Some(filter);
    body.sorting = Some(vec![CostReportSorting {
        project: Some(SortDirection::Desc),
        ..CostReportSorting::default()
    }]);
    body.tags = Some(tags);
    body.types = Some(vec![ResourceType::EgressTraffic, ResourceType::Instance]);

    let report = client(&server.uri())
        .get_usage_report(&body)
        .await
        .expect("the report decodes");
    assert_eq!(report.count, 0);

    let sent = json_post_body(&single_request(&server).await, "/cloud/v1/usage_report");
    let (filter, tags) = documented_filters_json();
    assert_eq!(
        sent,
        json!({
            "enable_last_day": false,
            "limit": 50,
            "offset": 0,
            "order_by": ["project.desc"],
            "projects": [16, 17, 18, 19, 20],
            "regions": [4, 5],
            "schema_filter": filter,
            "sorting": [{"project": "desc"}],
            "tags": tags,
            "time_from": "2019-08-01T00:00:00Z",
            "time_to": "2019-09-15T00:00:00Z",
            "types": ["egress_traffic", "instance"]
        })
    );
}

#[tokio::test]
async fn usage_report_leaves_unset_fields_out_of_the_body() {
    let server = server_answering(usage_page(0, Vec::new(), Vec::new())).await;
    let body = minimal_usage_request("2024-08-01T00:00:00Z", "2024-09-01T00:00:00Z");
    client(&server.uri())
        .get_usage_report(&body)
        .await
        .expect("the report decodes");
    let sent = json_post_body(&single_request(&server).await, "/cloud/v1/usage_report");
    assert_eq!(
        sent,
        json!({"time_from": "2024-08-01T00:00:00Z", "time_to": "2024-09-01T00:00:00Z"})
    );
}

#[tokio::test]
async fn list_billing_reservations_sends_every_query_parameter() {
    let server = server_answering(billing_reservation_page(&[1])).await;
    let params = ListBillingReservationsParams {
        // Characters that are special in a query string must not leak through raw.
        metric_name: Some("bm1-hf+medium_min a&b=c".to_owned()),
        order_by: Some(ListBillingReservationsOrderBy::ActiveToAsc),
        region_id: Some(0),
        show_inactive: Some(false),
    };
    let list = client(&server.uri())
        .list_billing_reservations(&params)
        .await
        .expect("the list decodes");
    assert_eq!(list.count, 1);

    let request = single_request(&server).await;
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.url.path(), "/cloud/v2/reservations");
    assert_eq!(
        request.url.query(),
        Some(
            "metric_name=bm1-hf%2Bmedium_min%20a%26b%3Dc\
             &order_by=active_to.asc\
             &region_id=0\
             &show_inactive=false"
        )
    );
    assert_common_headers(&request);
    assert_eq!(
        header(&request, "content-type"),
        None,
        "a GET has no body type"
    );
    assert!(request.body.is_empty(), "a GET has no body");
}

#[tokio::test]
async fn list_billing_reservations_without_parameters_sends_no_query() {
    let server = server_answering(billing_reservation_page(&[])).await;
    let list = client(&server.uri())
        .list_billing_reservations(&ListBillingReservationsParams::default())
        .await
        .expect("the list decodes");
    assert_eq!(list.count, 0);
    let request = single_request(&server).await;
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.url.path(), "/cloud/v2/reservations");
    // The v2 list is not paged: no offset or limit is ever invented.
    assert_eq!(request.url.query().unwrap_or(""), "");
    assert_common_headers(&request);
}

#[tokio::test]
async fn every_billing_reservation_order_is_sent_as_its_wire_name() {
    let orders = [
        (
            ListBillingReservationsOrderBy::ActiveFromAsc,
            "active_from.asc",
        ),
        (
            ListBillingReservationsOrderBy::ActiveFromDesc,
            "active_from.desc",
        ),
        (ListBillingReservationsOrderBy::ActiveToAsc, "active_to.asc"),
        (
            ListBillingReservationsOrderBy::ActiveToDesc,
            "active_to.desc",
        ),
    ];
    for (order, wire) in orders {
        let server = server_answering(billing_reservation_page(&[])).await;
        let params = ListBillingReservationsParams {
            order_by: Some(order),
            show_inactive: Some(true),
            ..ListBillingReservationsParams::default()
        };
        client(&server.uri())
            .list_billing_reservations(&params)
            .await
            .expect("the list decodes");
        let query = single_request(&server).await.url.query().map(str::to_owned);
        assert_eq!(
            query.as_deref(),
            Some(format!("order_by={wire}&show_inactive=true").as_str())
        );
    }
}
