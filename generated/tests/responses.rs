//! How successful responses are read: all 25 cost report row types, nulls, unknown
//! fields, types and enum values, the reservation example with its naive timestamp and
//! decimal prices, and raw access to a CSV answer.

mod common;

use common::{
    client, cost_page, every_result_row, full_row, minimal_request, no_params, uuid, RESULT_TYPES,
};
use gcore_billing::models::{
    CostReportEgressTrafficInstanceType, CostReportFileShareSizeUnit, CostReportImageSizeUnit,
    CostReportInstanceBillingValueUnit, CostReportPriceStatus, CostReportRequestResponseFormat,
    CostReportResult, ReservationResourceResourceType,
};
use gcore_billing::Error;
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Runs `$body` with `$row` bound to the data of whichever known variant `$result` is.
macro_rules! with_row {
    ($result:expr, $row:ident => $body:expr) => {
        match $result {
            CostReportResult::AiCluster($row) => $body,
            CostReportResult::AiVirtualCluster($row) => $body,
            CostReportResult::Backup($row) => $body,
            CostReportResult::Baremetal($row) => $body,
            CostReportResult::BasicVm($row) => $body,
            CostReportResult::Containers($row) => $body,
            CostReportResult::DbaasPostgresqlConnectionPooler($row) => $body,
            CostReportResult::DbaasPostgresqlCpu($row) => $body,
            CostReportResult::DbaasPostgresqlMemory($row) => $body,
            CostReportResult::DbaasPostgresqlPublicNetwork($row) => $body,
            CostReportResult::DbaasPostgresqlVolume($row) => $body,
            CostReportResult::EgressTraffic($row) => $body,
            CostReportResult::ExternalIp($row) => $body,
            CostReportResult::FileShare($row) => $body,
            CostReportResult::Floatingip($row) => $body,
            CostReportResult::Functions($row) => $body,
            CostReportResult::FunctionsCalls($row) => $body,
            CostReportResult::FunctionsTraffic($row) => $body,
            CostReportResult::Image($row) => $body,
            CostReportResult::Inference($row) => $body,
            CostReportResult::Instance($row) => $body,
            CostReportResult::LoadBalancer($row) => $body,
            CostReportResult::LogIndex($row) => $body,
            CostReportResult::Snapshot($row) => $body,
            CostReportResult::Volume($row) => $body,
            CostReportResult::Unknown(value) => panic!("row read as unknown: {value}"),
        }
    };
}

/// The wire `type` of the variant a row was parsed into.
fn kind_of(result: &CostReportResult) -> &'static str {
    match result {
        CostReportResult::AiCluster(_) => "ai_cluster",
        CostReportResult::AiVirtualCluster(_) => "ai_virtual_cluster",
        CostReportResult::Backup(_) => "backup",
        CostReportResult::Baremetal(_) => "baremetal",
        CostReportResult::BasicVm(_) => "basic_vm",
        CostReportResult::Containers(_) => "containers",
        CostReportResult::DbaasPostgresqlConnectionPooler(_) => {
            "dbaas_postgresql_connection_pooler"
        }
        CostReportResult::DbaasPostgresqlCpu(_) => "dbaas_postgresql_cpu",
        CostReportResult::DbaasPostgresqlMemory(_) => "dbaas_postgresql_memory",
        CostReportResult::DbaasPostgresqlPublicNetwork(_) => "dbaas_postgresql_public_network",
        CostReportResult::DbaasPostgresqlVolume(_) => "dbaas_postgresql_volume",
        CostReportResult::EgressTraffic(_) => "egress_traffic",
        CostReportResult::ExternalIp(_) => "external_ip",
        CostReportResult::FileShare(_) => "file_share",
        CostReportResult::Floatingip(_) => "floatingip",
        CostReportResult::Functions(_) => "functions",
        CostReportResult::FunctionsCalls(_) => "functions_calls",
        CostReportResult::FunctionsTraffic(_) => "functions_traffic",
        CostReportResult::Image(_) => "image",
        CostReportResult::Inference(_) => "inference",
        CostReportResult::Instance(_) => "instance",
        CostReportResult::LoadBalancer(_) => "load_balancer",
        CostReportResult::LogIndex(_) => "log_index",
        CostReportResult::Snapshot(_) => "snapshot",
        CostReportResult::Volume(_) => "volume",
        CostReportResult::Unknown(_) => "<unknown>",
    }
}

/// Serves `page` as the cost report and returns what the client made of it.
async fn fetch_cost_page(page: Value) -> gcore_billing::models::CostReport {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/cloud/v1/cost_report/resources"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page))
        .mount(&server)
        .await;
    client(&server.uri())
        .get_detailed_cost_report(&minimal_request(
            "2024-07-01T00:00:00Z",
            "2024-08-01T00:00:00Z",
        ))
        .await
        .expect("the page decodes")
}

/// Sets `key` of a JSON object.
fn set(row: &mut Value, key: &str, value: Value) {
    row.as_object_mut()
        .expect("rows are objects")
        .insert(key.to_owned(), value);
}

#[tokio::test]
async fn every_result_type_is_read_into_its_own_variant_with_all_fields() {
    let rows = every_result_row();
    let report = fetch_cost_page(cost_page(25, rows.clone())).await;
    assert_eq!(report.count, 25);
    assert_eq!(report.price_status, CostReportPriceStatus::Show);
    assert_eq!(report.results.len(), 25);

    for (i, (result, row)) in report.results.iter().zip(&rows).enumerate() {
        let (kind, unit) = RESULT_TYPES[i];
        assert_eq!(kind_of(result), kind, "row {i} was dispatched on `type`");
        // Writing the row back must reproduce every key and value that was received,
        // which proves that no field was dropped, renamed or altered.
        assert_eq!(
            &serde_json::to_value(result).expect("serializes"),
            row,
            "row {i} ({kind})"
        );
        with_row!(result, r => {
            assert_eq!(r.billing_feature_name.as_deref(), Some(format!("Feature of {kind}").as_str()));
            assert_eq!(r.billing_metric_name, format!("{kind}_metric_min"));
            assert_eq!(r.billing_value, 1000.5 + i as f64);
            assert_eq!(r.billing_value_unit.as_str(), unit);
            assert!(!format!("{:?}", r.billing_value_unit).starts_with("Unknown"), "{kind}: known unit");
            assert_eq!(r.cost, Some(12.25 + i as f64));
            assert_eq!(r.currency.as_deref(), Some("EUR"));
            assert_eq!(r.err.as_deref(), Some(format!("warning {i}").as_str()));
            assert_eq!(r.first_seen.to_string(), "2024-07-01T00:00:30Z");
            assert_eq!(r.last_seen.timestamp(), 1_722_383_970);
            assert_eq!(r.project_id, 100 + i as i64);
            assert_eq!((r.region, r.region_id), (76, 76));
        });
    }

    let tag_pairs = |tags: &Option<Vec<std::collections::BTreeMap<String, String>>>| {
        let tags = tags.as_ref().expect("tags present");
        tags.iter()
            .flat_map(|m| m.iter().map(|(k, v)| format!("{k}={v}")))
            .collect::<Vec<_>>()
    };
    let mut checked = 0;
    for (i, result) in report.results.iter().enumerate() {
        match result {
            CostReportResult::Instance(r) => {
                assert_eq!(r.flavor, "g1-standard-1-2");
                assert_eq!(r.last_name, format!("instance-{i}"));
                assert_eq!(r.uuid.to_string(), uuid(i, 1));
                assert_eq!(tag_pairs(&r.tags), ["os_distro=ubuntu", "os_version=22.04"]);
                assert_eq!(
                    r.billing_value_unit,
                    CostReportInstanceBillingValueUnit::Minutes
                );
            }
            CostReportResult::Backup(r) => {
                assert_eq!(r.last_size, 10_737_418_240);
                assert_eq!(r.schedule_id.to_string(), uuid(i, 2));
                assert_eq!(r.source_volume_uuid.to_string(), uuid(i, 3));
            }
            CostReportResult::EgressTraffic(r) => {
                assert_eq!(r.instance_type, CostReportEgressTrafficInstanceType::Vm);
                assert_eq!(
                    r.instance_name.as_deref(),
                    Some(format!("egress_traffic-{i}").as_str())
                );
                assert_eq!(r.port_id.to_string(), uuid(i, 4));
                assert_eq!(r.vm_id.to_string(), uuid(i, 5));
                assert_eq!(r.size_unit, "bytes");
                assert_eq!(tag_pairs(&r.tags).len(), 2);
            }
            CostReportResult::ExternalIp(r) => {
                assert_eq!(r.ip_address.to_string(), "2a03:90c0:88:393::1");
                assert_eq!(r.attached_to_vm.map(|u| u.to_string()), Some(uuid(i, 5)));
                assert_eq!(r.network_id.to_string(), uuid(i, 6));
                assert_eq!(r.port_id.to_string(), uuid(i, 4));
                assert_eq!(r.subnet_id.to_string(), uuid(i, 7));
            }
            CostReportResult::Floatingip(r) => {
                assert_eq!(r.ip_address.to_string(), "185.1.2.3");
                assert_eq!(r.last_name, "185.1.2.3");
            }
            CostReportResult::FileShare(r) => {
                assert_eq!(r.size_unit, CostReportFileShareSizeUnit::GiB);
                assert_eq!((r.last_size, r.file_share_type.as_str()), (100, "standard"));
            }
            CostReportResult::Image(r) => {
                assert_eq!(r.size_unit, CostReportImageSizeUnit::Bytes);
                assert_eq!(r.last_size, 100_000_000);
            }
            CostReportResult::Inference(r) => {
                assert_eq!(r.billing_value_unit.as_str(), "H");
                assert_eq!(r.flavor, "inference-16vcpu-232gib-1xh100-80gb");
            }
            CostReportResult::LogIndex(r) => {
                assert_eq!(r.uuid.map(|u| u.to_string()), Some(uuid(i, 1)));
                assert_eq!((r.last_size, r.size_unit.as_str()), (2048, "bytes"));
            }
            CostReportResult::Snapshot(r) => {
                assert_eq!(r.source_volume_uuid.to_string(), uuid(i, 3));
                assert_eq!((r.last_size, r.volume_type.as_str()), (50, "standard"));
            }
            CostReportResult::Volume(r) => {
                assert_eq!(r.attached_to_vm.map(|u| u.to_string()), Some(uuid(i, 5)));
                assert_eq!((r.last_size, r.size_unit.as_str()), (100, "GiB"));
                assert_eq!(r.volume_type, "ssd_hiiops");
            }
            CostReportResult::DbaasPostgresqlVolume(r) => {
                assert_eq!(
                    (r.size_unit.as_str(), r.volume_type.as_str()),
                    ("GiB", "ssd_hiiops")
                );
            }
            _ => continue,
        }
        checked += 1;
    }
    assert_eq!(checked, 12, "every spot-checked variant was present");
}

#[tokio::test]
async fn nullable_fields_accept_null_and_optional_keys_may_be_missing() {
    let nullable = [
        "cost",
        "currency",
        "err",
        "billing_feature_name",
        "tags",
        "attached_to_vm",
        "instance_name",
    ];
    let mut rows = every_result_row();
    for row in &mut rows {
        let map = row.as_object_mut().expect("rows are objects");
        for key in nullable {
            if let Some(value) = map.get_mut(key) {
                *value = Value::Null;
            }
        }
        if map["type"] == "log_index" {
            map.insert("uuid".to_owned(), Value::Null);
        }
    }
    // In the 2025 API these two keys may be left out altogether.
    let mut egress = full_row(25, "egress_traffic");
    egress
        .as_object_mut()
        .expect("object")
        .remove("instance_name");
    let mut volume = full_row(26, "volume");
    volume
        .as_object_mut()
        .expect("object")
        .remove("attached_to_vm");
    rows.push(egress);
    rows.push(volume);

    let mut page = cost_page(27, rows);
    set(&mut page, "price_status", json!("hide"));
    let report = fetch_cost_page(page).await;
    assert_eq!(report.price_status, CostReportPriceStatus::Hide);
    assert_eq!(report.results.len(), 27);
    for result in &report.results[..25] {
        with_row!(result, r => {
            assert_eq!(r.cost, None);
            assert_eq!(r.currency, None);
            assert_eq!(r.err, None);
            assert_eq!(r.billing_feature_name, None);
        });
        match result {
            CostReportResult::LogIndex(r) => assert_eq!(r.uuid, None),
            CostReportResult::ExternalIp(r) => assert_eq!(r.attached_to_vm, None),
            CostReportResult::Volume(r) => {
                assert_eq!(r.attached_to_vm, None);
                assert_eq!(r.tags, None);
            }
            CostReportResult::EgressTraffic(r) => assert_eq!(r.instance_name, None),
            CostReportResult::Instance(r) => assert_eq!(r.tags, None),
            _ => {}
        }
    }
    match &report.results[25] {
        CostReportResult::EgressTraffic(r) => assert_eq!(r.instance_name, None),
        other => panic!("expected egress traffic, got {other:?}"),
    }
    match &report.results[26] {
        CostReportResult::Volume(r) => assert_eq!(r.attached_to_vm, None),
        other => panic!("expected a volume, got {other:?}"),
    }
}

#[tokio::test]
async fn unknown_fields_are_ignored() {
    let plain = full_row(0, "instance");
    let mut extended = plain.clone();
    set(&mut extended, "added_in_2027", json!({"nested": [1, 2, 3]}));
    set(&mut extended, "order_hint", json!(null));
    let mut page = cost_page(2, vec![extended, plain]);
    set(&mut page, "generated_at", json!("2027-01-01T00:00:00Z"));

    let report = fetch_cost_page(page).await;
    assert!(matches!(report.results[0], CostReportResult::Instance(_)));
    assert_eq!(
        report.results[0], report.results[1],
        "extra keys change nothing"
    );
}

#[tokio::test]
async fn a_repeated_key_keeps_its_last_value_and_escaped_keys_are_read() {
    // JSON leaves repeated keys to the reader; like most JSON readers the client keeps
    // the last one rather than failing the whole page. `\u0063ount` is `count` escaped.
    let body = r#"{"count": 1, "price_status": "show", "results": [], "\u0063ount": 5}"#;
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/cloud/v1/cost_report/resources"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;
    let report = client(&server.uri())
        .get_detailed_cost_report(&minimal_request(
            "2024-07-01T00:00:00Z",
            "2024-08-01T00:00:00Z",
        ))
        .await
        .expect("the page decodes");
    assert_eq!(report.count, 5);
    assert!(report.results.is_empty());
}

#[tokio::test]
async fn unknown_result_type_is_kept_as_raw_json() {
    let mut future = full_row(1, "instance");
    set(&mut future, "type", json!("gpu_farm"));
    set(&mut future, "gpu_count", json!(8));
    let mut untagged = full_row(2, "instance");
    untagged.as_object_mut().expect("object").remove("type");
    let rows = vec![
        full_row(0, "volume"),
        future.clone(),
        untagged.clone(),
        full_row(3, "image"),
    ];

    let report = fetch_cost_page(cost_page(4, rows)).await;
    assert_eq!(
        report.results.len(),
        4,
        "one unknown row does not spoil the page"
    );
    assert!(matches!(report.results[0], CostReportResult::Volume(_)));
    assert_eq!(report.results[1], CostReportResult::Unknown(future));
    assert_eq!(report.results[2], CostReportResult::Unknown(untagged));
    assert!(matches!(report.results[3], CostReportResult::Image(_)));
}

#[tokio::test]
async fn unknown_enum_values_are_kept_as_sent() {
    let mut egress = full_row(0, "egress_traffic");
    set(&mut egress, "instance_type", json!("router"));
    let mut instance = full_row(1, "instance");
    set(&mut instance, "billing_value_unit", json!("hours"));
    let mut share = full_row(2, "file_share");
    set(&mut share, "size_unit", json!("TiB"));
    let mut page = cost_page(3, vec![egress.clone(), instance.clone(), share.clone()]);
    set(&mut page, "price_status", json!("new"));

    let report = fetch_cost_page(page).await;
    assert_eq!(
        report.price_status,
        CostReportPriceStatus::Unknown("new".to_owned())
    );
    match &report.results[0] {
        CostReportResult::EgressTraffic(r) => assert_eq!(
            r.instance_type,
            CostReportEgressTrafficInstanceType::Unknown("router".to_owned())
        ),
        other => panic!("expected egress traffic, got {other:?}"),
    }
    match &report.results[1] {
        CostReportResult::Instance(r) => assert_eq!(
            r.billing_value_unit,
            CostReportInstanceBillingValueUnit::Unknown("hours".to_owned())
        ),
        other => panic!("expected an instance, got {other:?}"),
    }
    match &report.results[2] {
        CostReportResult::FileShare(r) => {
            assert_eq!(
                r.size_unit,
                CostReportFileShareSizeUnit::Unknown("TiB".to_owned())
            )
        }
        other => panic!("expected a file share, got {other:?}"),
    }
    // Unknown values are written back exactly as they were received.
    let written = serde_json::to_value(&report).expect("serializes");
    assert_eq!(written["price_status"], "new");
    assert_eq!(written["results"], json!([egress, instance, share]));
}

/// Gcore's own reservation example (seed 004), with its naive `created_at`.
fn seed_reservation_page() -> Value {
    json!({
      "count": 1,
      "results": [{
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
        "eta": "2025-11-01",
        "id": 10218,
        "is_expiration_message_visible": true,
        "name": "Test_name_TestReservation_1733140407.738675",
        "next_statuses": ["APPROVED", "REJECTED"],
        "region_id": 4,
        "region_name": "LUX-4",
        "remind_expiration_message": null,
        "resources": [{
          "activity_period": "month",
          "activity_period_length": 12,
          "billing_plan_item_id": 2584252,
          "commit_price_per_month": "434.15190000",
          "commit_price_per_unit": "0.58353750",
          "commit_price_total": "5209.82280000",
          "cpu": "2xIntel Xeon 8468",
          "disk": "8 x 3.84 TB NVMe",
          "overcommit_billing_plan_item_id": 2585397,
          "overcommit_price_per_month": "1020.20256000",
          "overcommit_price_per_unit": "1.37124000",
          "overcommit_price_total": "12242.43072000",
          "ram": "2TB RAM",
          "resource_count": 3,
          "resource_name": "bm0-infrastructure-small-fake_min",
          "resource_type": "flavor",
          "unit_name": "H",
          "unit_size_month": "744.00000000",
          "unit_size_total": "8928.00000000"
        }],
        "status": "CREATED",
        "user_status": "CREATED"
      }]
    })
}

/// Serves `page` as the reservation list and returns what the client made of it.
#[allow(deprecated)]
async fn fetch_reservations(page: Value) -> gcore_billing::models::ReservationList {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/cloud/v1/reservations"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page))
        .mount(&server)
        .await;
    client(&server.uri())
        .list_reservations(&no_params())
        .await
        .expect("the page decodes")
}

#[tokio::test]
async fn gcore_reservation_example_parses_with_naive_timestamp_and_exact_decimals() {
    let page = seed_reservation_page();
    let list = fetch_reservations(page.clone()).await;
    assert_eq!(list.count, 1);
    let r = &list.results[0];
    assert_eq!((r.id, r.billing_plan_id, r.region_id), (10218, 1114, 4));
    assert_eq!(r.region_name, "LUX-4");
    // A naive timestamp is taken as UTC, microseconds kept.
    assert_eq!(r.created_at.timestamp(), 1_733_140_413);
    assert_eq!(r.created_at.timestamp_subsec_micros(), 127_371);
    assert_eq!(r.created_at.to_string(), "2024-12-02T11:53:33.127371Z");
    assert_eq!(r.active_from.to_string(), "2024-12-02");
    assert_eq!(r.active_to.to_string(), "2025-12-02");
    assert_eq!(r.eta.map(|d| d.to_string()).as_deref(), Some("2025-11-01"));
    assert_eq!(
        (r.error.as_deref(), r.remind_expiration_message),
        (None, None)
    );
    assert_eq!(r.next_statuses, ["APPROVED", "REJECTED"]);
    assert_eq!(
        (r.status.as_str(), r.user_status.as_str()),
        ("CREATED", "CREATED")
    );
    assert!(r.is_expiration_message_visible);
    assert_eq!(
        (r.activity_period.as_str(), r.activity_period_length),
        ("month", 12)
    );

    let prices = &r.amount_prices;
    assert_eq!(prices.commit_price_per_month.to_string(), "1302.45570000");
    assert_eq!(prices.commit_price_per_unit.to_string(), "1.75061250");
    assert_eq!(prices.overcommit_price_total.to_string(), "36727.29216000");
    assert_eq!(prices.currency_code, "EUR");

    let resource = &r.resources[0];
    assert_eq!(
        resource.resource_type,
        ReservationResourceResourceType::Flavor
    );
    assert_eq!(
        (resource.resource_count, resource.unit_name.as_str()),
        (3, "H")
    );
    assert_eq!(resource.unit_size_month.to_string(), "744.00000000");
    assert_eq!(resource.unit_size_total.to_string(), "8928.00000000");
    assert_eq!(resource.cpu.as_deref(), Some("2xIntel Xeon 8468"));
    assert_eq!(resource.disk.as_deref(), Some("8 x 3.84 TB NVMe"));
    assert_eq!(resource.ram.as_deref(), Some("2TB RAM"));

    // Writing the page back reproduces it, decimals as the very same strings; only the
    // naive timestamp gains its `Z`.
    let mut expected = page;
    expected["results"][0]["created_at"] = json!("2024-12-02T11:53:33.127371Z");
    assert_eq!(serde_json::to_value(&list).expect("serializes"), expected);
}

#[tokio::test]
async fn hardware_fields_may_be_absent_or_null() {
    let mut page = seed_reservation_page();
    let resource = page["results"][0]["resources"][0].clone();
    let mut absent = resource.clone();
    for key in ["cpu", "disk", "ram"] {
        absent.as_object_mut().expect("object").remove(key);
    }
    // Named so as not to clash with the `null` literal of `json!`.
    let mut nulled = resource;
    for key in ["cpu", "disk", "ram"] {
        nulled[key] = Value::Null;
    }
    page["results"][0]["resources"] = json!([absent.clone(), nulled]);

    let list = fetch_reservations(page).await;
    for resource in &list.results[0].resources {
        assert_eq!(
            (&resource.cpu, &resource.disk, &resource.ram),
            (&None, &None, &None)
        );
    }
    // Unset hardware is left out when written back, as the absent form was received.
    let written = serde_json::to_value(&list.results[0].resources).expect("serializes");
    assert_eq!(written, json!([absent.clone(), absent]));
}

#[tokio::test]
async fn csv_answer_is_available_as_text_and_raw_bytes() {
    let csv = "project_id,region_id,type,cost\n16,76,instance,12.5\n17,76,volume,0.75\n";
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/cloud/v1/cost_report/resources"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(csv, "text/csv; charset=utf-8")
                .insert_header("x-request-id", "req-csv-1"),
        )
        .expect(3)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let mut body = minimal_request("2024-07-01T00:00:00Z", "2024-08-01T00:00:00Z");
    body.response_format = Some(CostReportRequestResponseFormat::CsvRecords);

    let text = client
        .get_detailed_cost_report(&body)
        .text()
        .await
        .expect("text");
    assert_eq!(text, csv);

    let raw = client
        .get_detailed_cost_report(&body)
        .raw()
        .await
        .expect("raw response");
    assert_eq!(raw.status.as_u16(), 200);
    assert_eq!(raw.content_type(), Some("text/csv; charset=utf-8"));
    assert_eq!(raw.request_id(), Some("req-csv-1"));
    assert_eq!(&raw.body[..], csv.as_bytes());

    // Decoding CSV as the JSON page fails cleanly and says what was received.
    match client.get_detailed_cost_report(&body).await {
        Err(Error::Decode {
            content_type,
            body,
            status,
            message,
            ..
        }) => {
            assert_eq!(status.as_u16(), 200);
            assert_eq!(content_type.as_deref(), Some("text/csv; charset=utf-8"));
            assert_eq!(&body[..], csv.as_bytes());
            assert!(message.contains("text/csv"), "{message}");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    let requests = server.received_requests().await.expect("recording is on");
    let sent: Value = serde_json::from_slice(&requests[0].body).expect("JSON body");
    assert_eq!(sent["response_format"], "csv_records");
}

#[tokio::test]
async fn send_with_response_returns_the_value_and_the_raw_response() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(cost_page(1, vec![full_row(0, "instance")]))
                .insert_header("x-request-id", "req-42"),
        )
        .mount(&server)
        .await;
    let response = client(&server.uri())
        .get_detailed_cost_report(&minimal_request(
            "2024-07-01T00:00:00Z",
            "2024-08-01T00:00:00Z",
        ))
        .send_with_response()
        .await
        .expect("decodes");
    assert_eq!(response.value.count, 1);
    assert_eq!(response.raw.status.as_u16(), 200);
    assert_eq!(response.raw.request_id(), Some("req-42"));
    let reparsed: Value = serde_json::from_slice(&response.raw.body).expect("JSON");
    assert_eq!(reparsed["results"][0]["type"], "instance");
}
