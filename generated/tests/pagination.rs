//! Walking offset pages as a stream: offsets requested, where the walk stops, errors
//! in the middle, and servers that lie about `count`.
#![allow(deprecated)]

mod common;

use std::time::Duration;

use common::{
    client, client_without_retries, cost_page, full_row, minimal_request, minimal_usage_request,
    no_params, reservation_page, usage_page, usage_resource_row, usage_total_row,
};
use futures_util::StreamExt;
use gcore_billing::models::{
    CostReportOrderBy, CostReportResult, ListReservationsParams, Reservation, ReservationStatus,
    ResourceType, UsageReportResource,
};
use gcore_billing::{Client, Error};
use serde_json::{json, Value};
use wiremock::matchers::{any, body_partial_json, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Mounts a reservation page for requests with the given `offset`.
async fn page_at(server: &MockServer, offset: u32, count: usize, ids: &[i64]) {
    Mock::given(method("GET"))
        .and(path("/cloud/v1/reservations"))
        .and(query_param("offset", offset.to_string()))
        .respond_with(ResponseTemplate::new(200).set_body_json(reservation_page(count, ids)))
        .mount(server)
        .await;
}

/// Collects the whole stream, failing the test if it does not end within five seconds.
async fn walk(client: &Client, params: &ListReservationsParams) -> Vec<Result<Reservation, Error>> {
    tokio::time::timeout(
        Duration::from_secs(5),
        client.list_reservations_stream(params).collect::<Vec<_>>(),
    )
    .await
    .expect("the stream ends")
}

fn ids(items: &[Result<Reservation, Error>]) -> Vec<i64> {
    items
        .iter()
        .map(|item| item.as_ref().expect("no error").id)
        .collect()
}

async fn queries(server: &MockServer) -> Vec<String> {
    server
        .received_requests()
        .await
        .expect("recording is on")
        .iter()
        .map(|r| r.url.query().unwrap_or("").to_owned())
        .collect()
}

#[tokio::test]
async fn reservation_stream_walks_three_pages() {
    let server = MockServer::start().await;
    page_at(&server, 0, 5, &[1, 2]).await;
    page_at(&server, 2, 5, &[3, 4]).await;
    page_at(&server, 4, 5, &[5]).await;
    let params = ListReservationsParams {
        limit: Some(2),
        region_id: Some(4),
        status: Some(vec![ReservationStatus::Activated]),
        ..no_params()
    };

    let items = walk(&client(&server.uri()), &params).await;
    assert_eq!(ids(&items), [1, 2, 3, 4, 5]);
    // Only the offset changes from page to page; the other parameters are kept.
    assert_eq!(
        queries(&server).await,
        [
            "limit=2&offset=0&region_id=4&status=ACTIVATED",
            "limit=2&offset=2&region_id=4&status=ACTIVATED",
            "limit=2&offset=4&region_id=4&status=ACTIVATED",
        ]
    );
}

#[tokio::test]
async fn reservation_stream_stops_at_count() {
    let server = MockServer::start().await;
    page_at(&server, 0, 4, &[1, 2]).await;
    page_at(&server, 2, 4, &[3, 4]).await;
    // A page past the reported total must never be asked for.
    page_at(&server, 4, 4, &[99]).await;
    let params = ListReservationsParams {
        limit: Some(2),
        ..no_params()
    };
    let items = walk(&client(&server.uri()), &params).await;
    assert_eq!(ids(&items), [1, 2, 3, 4]);
    assert_eq!(queries(&server).await.len(), 2);
}

#[tokio::test]
async fn reservation_stream_stops_on_an_empty_page() {
    let server = MockServer::start().await;
    page_at(&server, 0, 100, &[1, 2]).await;
    page_at(&server, 2, 100, &[]).await;
    page_at(&server, 4, 100, &[5, 6]).await;
    let items = walk(&client(&server.uri()), &no_params()).await;
    assert_eq!(ids(&items), [1, 2]);
    assert_eq!(queries(&server).await, ["offset=0", "offset=2"]);
}

#[tokio::test]
async fn reservation_stream_starts_at_the_given_offset() {
    let server = MockServer::start().await;
    page_at(&server, 10, 12, &[11, 12]).await;
    let params = ListReservationsParams {
        offset: Some(10),
        ..no_params()
    };
    let items = walk(&client(&server.uri()), &params).await;
    assert_eq!(ids(&items), [11, 12]);
    assert_eq!(queries(&server).await, ["offset=10"]);
}

#[tokio::test]
async fn reservation_stream_ends_when_the_server_ignores_offset_and_lies_about_count() {
    let server = MockServer::start().await;
    // Every request gets the same first page and a total that is never reached.
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(reservation_page(1000, &[1, 2])))
        .mount(&server)
        .await;
    let items = walk(&client(&server.uri()), &no_params()).await;
    assert_eq!(ids(&items), [1, 2], "a repeated page is not yielded again");
    assert!(
        queries(&server).await.len() <= 3,
        "the walk gives up quickly"
    );
}

#[tokio::test]
async fn reservation_stream_yields_the_error_and_ends() {
    let server = MockServer::start().await;
    page_at(&server, 0, 6, &[1, 2]).await;
    Mock::given(query_param("offset", "2"))
        .respond_with(ResponseTemplate::new(500).set_body_json(json!({"message": "boom"})))
        .mount(&server)
        .await;
    page_at(&server, 4, 6, &[5, 6]).await;
    let items = walk(&client_without_retries(&server.uri()), &no_params()).await;
    assert_eq!(items.len(), 3, "two items, then the error, then the end");
    assert_eq!(ids(&items[..2]), [1, 2]);
    match &items[2] {
        Err(Error::Server(api)) => assert_eq!(api.message(), Some("boom")),
        other => panic!("expected the server error, got {other:?}"),
    }
    assert_eq!(queries(&server).await.len(), 2);
}

#[tokio::test]
async fn reservation_stream_is_lazy() {
    let server = MockServer::start().await;
    page_at(&server, 0, 4, &[1, 2]).await;
    page_at(&server, 2, 4, &[3, 4]).await;
    let client = client(&server.uri());
    let params = no_params();
    let first: Vec<_> = client
        .list_reservations_stream(&params)
        .take(2)
        .collect()
        .await;
    assert_eq!(ids(&first), [1, 2]);
    assert_eq!(
        queries(&server).await.len(),
        1,
        "no page is fetched before it is needed"
    );
}

/// Mounts a cost report page for request bodies with the given `offset`.
async fn cost_page_at(server: &MockServer, offset: u32, count: usize, kinds: &[&str]) {
    let rows = kinds
        .iter()
        .enumerate()
        .map(|(i, kind)| full_row(offset as usize + i, kind))
        .collect();
    Mock::given(method("POST"))
        .and(path("/cloud/v1/cost_report/resources"))
        .and(body_partial_json(json!({"offset": offset})))
        .respond_with(ResponseTemplate::new(200).set_body_json(cost_page(count, rows)))
        .mount(server)
        .await;
}

#[tokio::test]
async fn cost_report_stream_pages_through_the_body_offset() {
    let server = MockServer::start().await;
    cost_page_at(&server, 0, 5, &["instance", "volume"]).await;
    cost_page_at(&server, 2, 5, &["image", "backup"]).await;
    cost_page_at(&server, 4, 5, &["egress_traffic"]).await;
    cost_page_at(&server, 6, 5, &["instance"]).await;
    let mut body = minimal_request("2024-07-01T00:00:00Z", "2024-08-01T00:00:00Z");
    body.limit = Some(2);
    body.projects = Some(vec![16]);

    let client = client(&server.uri());
    let items: Vec<_> = tokio::time::timeout(
        Duration::from_secs(5),
        client
            .get_detailed_cost_report_stream(&body)
            .collect::<Vec<_>>(),
    )
    .await
    .expect("the stream ends");
    let kinds: Vec<&str> = items
        .iter()
        .map(|item| match item.as_ref().expect("no error") {
            CostReportResult::Instance(_) => "instance",
            CostReportResult::Volume(_) => "volume",
            CostReportResult::Image(_) => "image",
            CostReportResult::Backup(_) => "backup",
            CostReportResult::EgressTraffic(_) => "egress_traffic",
            other => panic!("unexpected row {other:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        ["instance", "volume", "image", "backup", "egress_traffic"]
    );

    let bodies: Vec<Value> = server
        .received_requests()
        .await
        .expect("recording is on")
        .iter()
        .map(|r| serde_json::from_slice(&r.body).expect("JSON body"))
        .collect();
    let expected: Vec<Value> = [0, 2, 4]
        .iter()
        .map(|offset| {
            json!({
                "time_from": "2024-07-01T00:00:00Z",
                "time_to": "2024-08-01T00:00:00Z",
                "limit": 2,
                "projects": [16],
                "offset": offset,
            })
        })
        .collect();
    assert_eq!(bodies, expected, "only the offset changes between pages");
}

#[tokio::test]
async fn cost_report_stream_keeps_order_by_and_filters_on_every_page() {
    let server = MockServer::start().await;
    cost_page_at(&server, 0, 3, &["instance", "instance"]).await;
    cost_page_at(&server, 2, 3, &["volume"]).await;
    let mut body = minimal_request("2024-07-01T00:00:00Z", "2024-08-01T00:00:00Z");
    body.limit = Some(2);
    body.order_by = Some(vec![CostReportOrderBy::BillingValueDesc]);
    body.types = Some(vec![ResourceType::Instance, ResourceType::Volume]);

    let client = client(&server.uri());
    let items: Vec<_> = tokio::time::timeout(
        Duration::from_secs(5),
        client
            .get_detailed_cost_report_stream(&body)
            .collect::<Vec<_>>(),
    )
    .await
    .expect("the stream ends");
    assert_eq!(items.len(), 3);
    assert!(items.iter().all(Result::is_ok));

    let bodies: Vec<Value> = server
        .received_requests()
        .await
        .expect("recording is on")
        .iter()
        .map(|r| serde_json::from_slice(&r.body).expect("JSON body"))
        .collect();
    for (body, offset) in bodies.iter().zip([0, 2]) {
        assert_eq!(
            body,
            &json!({
                "time_from": "2024-07-01T00:00:00Z",
                "time_to": "2024-08-01T00:00:00Z",
                "limit": 2,
                "offset": offset,
                "order_by": ["billing_value.desc"],
                "types": ["instance", "volume"],
            })
        );
    }
    assert_eq!(bodies.len(), 2, "the walk stops at count");
}

#[tokio::test]
async fn cost_report_stream_passes_unknown_rows_through_and_ends_after_an_error() {
    let server = MockServer::start().await;
    let mut future = full_row(0, "instance");
    future["type"] = json!("gpu_farm");
    Mock::given(method("POST"))
        .and(body_partial_json(json!({"offset": 0})))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(cost_page(10, vec![future.clone(), full_row(1, "volume")])),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(body_partial_json(json!({"offset": 2})))
        .respond_with(ResponseTemplate::new(500).set_body_json(json!({"message": "boom"})))
        .mount(&server)
        .await;
    let body = minimal_request("2024-07-01T00:00:00Z", "2024-08-01T00:00:00Z");
    let client = client_without_retries(&server.uri());
    let items: Vec<_> = tokio::time::timeout(
        Duration::from_secs(5),
        client
            .get_detailed_cost_report_stream(&body)
            .collect::<Vec<_>>(),
    )
    .await
    .expect("the stream ends");
    assert_eq!(items.len(), 3, "two rows, then the error, then the end");
    assert_eq!(
        items[0].as_ref().expect("no error"),
        &CostReportResult::Unknown(future)
    );
    assert!(matches!(items[1], Ok(CostReportResult::Volume(_))));
    assert!(matches!(&items[2], Err(Error::Server(api)) if api.message() == Some("boom")));
}

#[tokio::test]
async fn usage_report_pages_through_resources_by_the_body_offset() {
    // The usage report pages `resources` with `offset`/`limit` in the body but names its
    // items `resources`, so it has no `_stream` method: a caller walks the pages like this.
    let server = MockServer::start().await;
    for (offset, kinds) in [(0_usize, ["instance", "volume"]), (2, ["image", "backup"])] {
        let resources = kinds
            .iter()
            .enumerate()
            .map(|(i, kind)| usage_resource_row(offset + i, kind))
            .collect();
        let totals = vec![usage_total_row(0, "instance")];
        Mock::given(method("POST"))
            .and(path("/cloud/v1/usage_report"))
            .and(body_partial_json(json!({"offset": offset})))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(usage_page(3, resources, totals)),
            )
            .mount(&server)
            .await;
    }
    let client = client(&server.uri());
    let mut body = minimal_usage_request("2024-07-01T00:00:00Z", "2024-08-01T00:00:00Z");
    body.limit = Some(2);
    let mut resources: Vec<UsageReportResource> = Vec::new();
    loop {
        body.offset = Some(resources.len() as i64);
        let page = client
            .get_usage_report(&body)
            .await
            .expect("the page decodes");
        let received = page.resources.len();
        resources.extend(page.resources);
        if received == 0 || resources.len() as i64 >= page.count {
            break;
        }
    }
    // The second page holds two rows although `count` is 3; the walk keeps them all.
    assert_eq!(resources.len(), 4);
    let offsets: Vec<Value> = server
        .received_requests()
        .await
        .expect("recording is on")
        .iter()
        .map(|r| serde_json::from_slice::<Value>(&r.body).expect("JSON body")["offset"].clone())
        .collect();
    assert_eq!(offsets, [json!(0), json!(2)]);
}
