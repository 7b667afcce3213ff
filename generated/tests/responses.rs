//! How successful responses are read: all 25 cost report row types, the totals and usage
//! row families, nulls, unknown fields, types and enum values, the reservation examples
//! (v1 and v2) with their naive timestamps and decimal prices, and raw access to a CSV
//! answer.

mod common;

use common::{
    billing_reservation, billing_reservation_page, client, cost_page, cost_total_row,
    every_result_row, full_row, minimal_request, minimal_totals_request, minimal_usage_request,
    no_params, totals_page, usage_page, usage_resource_row, usage_total_row, uuid, RESULT_TYPES,
};
use gcore_billing::models::{
    AggregatedMonthlyCostReportRequest, BillingReservationList,
    CostReportEgressTrafficInstanceType, CostReportFileShareSizeUnit, CostReportImageSizeUnit,
    CostReportInstanceBillingValueUnit, CostReportPriceStatus, CostReportRequestResponseFormat,
    CostReportResult, CostReportTotal, ListBillingReservationsParams,
    ReservationResourceResourceType, UsageReport, UsageReportResource, UsageReportTotal,
};
use gcore_billing::Error;
use rust_decimal::Decimal;
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
            assert_eq!(r.cost, Some(gcore_billing::Decimal::new(1225, 2) + gcore_billing::Decimal::from(i)));
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
async fn unknown_fields_are_kept_and_written_back() {
    let plain = full_row(0, "instance");
    let mut extended = plain.clone();
    set(&mut extended, "added_in_2027", json!({"nested": [1, 2, 3]}));
    set(&mut extended, "order_hint", json!(null));
    let mut page = cost_page(2, vec![extended.clone(), plain]);
    set(&mut page, "generated_at", json!("2027-01-01T00:00:00Z"));

    let report = fetch_cost_page(page).await;
    let (CostReportResult::Instance(new), CostReportResult::Instance(old)) =
        (&report.results[0], &report.results[1])
    else {
        panic!("expected two instances, got {:?}", report.results);
    };
    // The typed fields are the same; the unknown ones are reachable from the value...
    assert_eq!(new.last_name, old.last_name);
    assert_eq!(new.cost, old.cost);
    assert_eq!(
        new.additional_properties["added_in_2027"],
        json!({"nested": [1, 2, 3]})
    );
    assert_eq!(new.additional_properties["order_hint"], Value::Null);
    assert!(old.additional_properties.is_empty());
    assert_eq!(
        report.additional_properties["generated_at"],
        "2027-01-01T00:00:00Z"
    );
    // ...and written back when the value is serialised again.
    let written = serde_json::to_value(&report.results[0]).expect("serializes");
    assert_eq!(written["added_in_2027"], json!({"nested": [1, 2, 3]}));
    assert_eq!(written["order_hint"], Value::Null);
    assert_eq!(written["type"], "instance");
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
    // `router` joined `baremetal` and `vm` in 2026; a kind added later must not break a page.
    set(&mut egress, "instance_type", json!("switch"));
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
            CostReportEgressTrafficInstanceType::Unknown("switch".to_owned())
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

/// The wire `type` a row is written back with, or `None` for a row kept as raw JSON.
fn written_type<T: serde::Serialize>(row: &T, unknown: bool) -> Option<String> {
    if unknown {
        return None;
    }
    let value = serde_json::to_value(row).expect("rows serialize");
    Some(
        value["type"]
            .as_str()
            .expect("a known row has a type")
            .to_owned(),
    )
}

/// Serves `page` at `path` (any method) and returns the server.
async fn serving(path_text: &str, page: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(path(path_text))
        .respond_with(ResponseTemplate::new(200).set_body_json(page))
        .mount(&server)
        .await;
    server
}

/// Fetches `page` as the period totals and as the monthly totals, which share one shape,
/// and returns both results.
async fn fetch_both_totals(page: Value) -> [gcore_billing::models::AggregatedCostReport; 2] {
    let server = serving("/cloud/v1/cost_report/totals", page.clone()).await;
    let period = client(&server.uri())
        .get_aggregated_cost_report(&minimal_totals_request(
            "2024-07-01T00:00:00Z",
            "2024-08-01T00:00:00Z",
        ))
        .await
        .expect("the period totals decode");
    let server = serving("/cloud/v1/reservation_cost_report/totals", page).await;
    let monthly = client(&server.uri())
        .get_aggregated_monthly_cost_report(&AggregatedMonthlyCostReportRequest::default())
        .await
        .expect("the monthly totals decode");
    // The two envelopes are distinct types with the same fields; compare them as JSON.
    let monthly = serde_json::from_value(serde_json::to_value(&monthly).expect("serializes"))
        .expect("the monthly totals have the period totals' shape");
    [period, monthly]
}

#[tokio::test]
async fn every_total_type_is_read_into_its_own_variant_in_both_totals_reports() {
    let rows: Vec<Value> = RESULT_TYPES
        .iter()
        .enumerate()
        .map(|(i, (kind, _))| cost_total_row(i, kind))
        .collect();
    for totals in fetch_both_totals(totals_page(rows.clone())).await {
        assert_eq!(totals.count, 25);
        assert_eq!(totals.price_status, CostReportPriceStatus::Show);
        for (i, (total, row)) in totals.results.iter().zip(&rows).enumerate() {
            let (kind, _) = RESULT_TYPES[i];
            let unknown = matches!(total, CostReportTotal::Unknown(_));
            assert_eq!(written_type(total, unknown).as_deref(), Some(kind));
            // Writing the row back reproduces every key and value received.
            assert_eq!(
                &serde_json::to_value(total).expect("serializes"),
                row,
                "{kind}"
            );
        }
        match &totals.results[2] {
            CostReportTotal::Backup(r) => {
                assert_eq!(r.last_size, 10_737_418_240);
                assert_eq!(r.cost, Some(gcore_billing::Decimal::new(1425, 2)));
                assert_eq!(r.billing_feature_name.as_deref(), Some("Feature of backup"));
            }
            other => panic!("expected a backup total, got {other:?}"),
        }
        match &totals.results[11] {
            CostReportTotal::EgressTraffic(r) => {
                assert_eq!(r.instance_type, CostReportEgressTrafficInstanceType::Vm)
            }
            other => panic!("expected an egress total, got {other:?}"),
        }
        match &totals.results[19] {
            CostReportTotal::Inference(r) => assert_eq!(r.billing_value_unit, "H"),
            other => panic!("expected an inference total, got {other:?}"),
        }
        match &totals.results[20] {
            CostReportTotal::Instance(r) => {
                assert_eq!(r.flavor, "g1-standard-1-2");
                assert_eq!((r.region, r.region_id), (76, 76));
                assert_eq!(r.billing_value, 1020.5);
            }
            other => panic!("expected an instance total, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn totals_accept_null_costs_and_keep_unknown_types_and_values() {
    let mut unpriced = cost_total_row(0, "volume");
    for key in ["billing_feature_name", "cost", "currency", "err"] {
        set(&mut unpriced, key, Value::Null);
    }
    let mut router = cost_total_row(1, "egress_traffic");
    set(&mut router, "instance_type", json!("router"));
    let mut switch = cost_total_row(2, "egress_traffic");
    set(&mut switch, "instance_type", json!("switch"));
    let mut future = cost_total_row(3, "instance");
    set(&mut future, "type", json!("gpu_farm"));
    let mut extended = cost_total_row(4, "instance");
    set(&mut extended, "added_in_2027", json!([1, 2]));
    let mut page = totals_page(vec![unpriced, router, switch, future.clone(), extended]);
    set(&mut page, "price_status", json!("new"));
    set(&mut page, "generated_at", json!("2027-01-01T00:00:00Z"));

    for totals in fetch_both_totals(page).await {
        assert_eq!(
            totals.price_status,
            CostReportPriceStatus::Unknown("new".to_owned())
        );
        assert_eq!(totals.results.len(), 5, "nothing spoils the page");
        match &totals.results[0] {
            CostReportTotal::Volume(r) => {
                assert_eq!((r.cost, r.currency.as_deref()), (None, None));
                assert_eq!(
                    (r.err.as_deref(), r.billing_feature_name.as_deref()),
                    (None, None)
                );
                assert_eq!(r.volume_type, "ssd_hiiops");
            }
            other => panic!("expected a volume total, got {other:?}"),
        }
        let instance_types: Vec<_> = totals.results[1..3]
            .iter()
            .map(|total| match total {
                CostReportTotal::EgressTraffic(r) => r.instance_type.clone(),
                other => panic!("expected an egress total, got {other:?}"),
            })
            .collect();
        assert_eq!(
            instance_types,
            [
                CostReportEgressTrafficInstanceType::Router,
                CostReportEgressTrafficInstanceType::Unknown("switch".to_owned())
            ]
        );
        assert_eq!(totals.results[3], CostReportTotal::Unknown(future.clone()));
        assert!(matches!(totals.results[4], CostReportTotal::Instance(_)));
    }
}

#[tokio::test]
async fn every_usage_row_type_is_read_into_its_own_variant() {
    let resources: Vec<Value> = RESULT_TYPES
        .iter()
        .enumerate()
        .map(|(i, (kind, _))| usage_resource_row(i, kind))
        .collect();
    // Gcore has no usage totals for backups: 24 types.
    let totals: Vec<Value> = RESULT_TYPES
        .iter()
        .enumerate()
        .filter(|(_, (kind, _))| *kind != "backup")
        .map(|(i, (kind, _))| usage_total_row(i, kind))
        .collect();
    assert_eq!(totals.len(), 24);
    let server = serving(
        "/cloud/v1/usage_report",
        usage_page(250, resources.clone(), totals.clone()),
    )
    .await;
    let report: UsageReport = client(&server.uri())
        .get_usage_report(&minimal_usage_request(
            "2024-07-01T00:00:00Z",
            "2024-08-01T00:00:00Z",
        ))
        .await
        .expect("the report decodes");
    assert_eq!(report.count, 250, "count is the total, not the page size");
    for (resource, row) in report.resources.iter().zip(&resources) {
        let unknown = matches!(resource, UsageReportResource::Unknown(_));
        assert_eq!(
            written_type(resource, unknown),
            row["type"].as_str().map(str::to_owned)
        );
        assert_eq!(&serde_json::to_value(resource).expect("serializes"), row);
    }
    for (total, row) in report.totals.iter().zip(&totals) {
        let unknown = matches!(total, UsageReportTotal::Unknown(_));
        assert_eq!(
            written_type(total, unknown),
            row["type"].as_str().map(str::to_owned)
        );
        assert_eq!(&serde_json::to_value(total).expect("serializes"), row);
    }
    match &report.resources[24] {
        UsageReportResource::Volume(r) => {
            assert_eq!(r.attached_to_vm.map(|u| u.to_string()), Some(uuid(24, 5)));
            assert_eq!((r.last_size, r.size_unit.as_str()), (100, "GiB"));
            assert_eq!(r.first_seen.to_string(), "2024-07-01T00:00:30Z");
            assert_eq!(r.project_id, 124);
        }
        other => panic!("expected a volume, got {other:?}"),
    }
    match &report.totals[18] {
        UsageReportTotal::Inference(r) => assert_eq!(r.billing_value_unit, "H"),
        other => panic!("expected an inference total, got {other:?}"),
    }
}

#[tokio::test]
async fn usage_report_tolerates_nulls_missing_keys_and_unknown_types() {
    let mut volume = usage_resource_row(0, "volume");
    set(&mut volume, "attached_to_vm", Value::Null);
    set(&mut volume, "tags", Value::Null);
    // 2025 servers may leave `instance_name` out of egress rows.
    let mut egress = usage_resource_row(1, "egress_traffic");
    egress
        .as_object_mut()
        .expect("object")
        .remove("instance_name");
    let mut router = usage_total_row(2, "egress_traffic");
    set(&mut router, "instance_type", json!("router"));
    let mut log_index = usage_resource_row(3, "log_index");
    set(&mut log_index, "uuid", Value::Null);
    let mut future = usage_resource_row(4, "instance");
    set(&mut future, "type", json!("gpu_farm"));
    // A backup total is not in the usage totals union, so it is kept as raw JSON.
    let backup = usage_total_row(5, "backup");
    let page = usage_page(
        4,
        vec![volume, egress, log_index, future.clone()],
        vec![router, backup.clone()],
    );
    let server = serving("/cloud/v1/usage_report", page).await;
    let report = client(&server.uri())
        .get_usage_report(&minimal_usage_request(
            "2024-07-01T00:00:00Z",
            "2024-08-01T00:00:00Z",
        ))
        .await
        .expect("the report decodes");
    match &report.resources[0] {
        UsageReportResource::Volume(r) => assert_eq!((r.attached_to_vm, &r.tags), (None, &None)),
        other => panic!("expected a volume, got {other:?}"),
    }
    match &report.resources[1] {
        UsageReportResource::EgressTraffic(r) => assert_eq!(r.instance_name, None),
        other => panic!("expected egress traffic, got {other:?}"),
    }
    match &report.resources[2] {
        UsageReportResource::LogIndex(r) => assert_eq!(r.uuid, None),
        other => panic!("expected a log index, got {other:?}"),
    }
    assert_eq!(report.resources[3], UsageReportResource::Unknown(future));
    match &report.totals[0] {
        UsageReportTotal::EgressTraffic(r) => {
            assert_eq!(r.instance_type, CostReportEgressTrafficInstanceType::Router)
        }
        other => panic!("expected an egress total, got {other:?}"),
    }
    assert_eq!(report.totals[1], UsageReportTotal::Unknown(backup));
}

/// Serves `page` as the v2 reservation list and returns what the client made of it.
async fn fetch_billing_reservations(page: Value) -> BillingReservationList {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/cloud/v2/reservations"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page))
        .mount(&server)
        .await;
    client(&server.uri())
        .list_billing_reservations(&ListBillingReservationsParams::default())
        .await
        .expect("the list decodes")
}

#[tokio::test]
async fn gcore_billing_reservation_example_parses_with_naive_dates_and_exact_decimals() {
    let page = billing_reservation_page(&[1]);
    let list = fetch_billing_reservations(page.clone()).await;
    assert_eq!(list.count, 1);
    let r = &list.results[0];
    assert_eq!(r.active_billing_plan_id, 207114);
    assert_eq!(
        (
            r.region_name.as_str(),
            r.resource_name.as_str(),
            r.unit_name.as_str()
        ),
        ("LUX-4", "bm1-hf-medium", "H")
    );
    assert_eq!(r.resource_count, 1);
    // Decimal strings keep every one of their eight places.
    assert_eq!(r.unit_size_month.to_string(), "744.00000000");
    assert_eq!(r.unit_size_total, Decimal::new(8928, 0));
    let commit = &r.commit;
    assert_eq!(commit.price_per_unit.to_string(), "0.30215320");
    assert_eq!(commit.price_per_unit.scale(), 8);
    assert_eq!(commit.price_per_month.to_string(), "224.80198100");
    assert_eq!(commit.price_total.to_string(), "2697.62377200");
    assert_eq!(commit.subscription_id, Some(12345));
    // Naive date-times, as Gcore sends them, are read as UTC.
    assert_eq!(commit.active_from.to_string(), "2025-04-03T00:00:00Z");
    assert_eq!(
        commit.active_to.map(|t| t.to_string()).as_deref(),
        Some("2026-04-03T00:00:00Z")
    );
    let overcommit = &r.active_overcommit;
    assert_eq!(overcommit.active_from.timestamp(), 1_743_638_400);
    assert_eq!(
        (overcommit.plan_item_id, overcommit.subscription_id),
        (Some(666), Some(12344))
    );
    assert_eq!(overcommit.price_per_month.to_string(), "236.63366400");
    assert_eq!(overcommit.price_per_unit.to_string(), "0.31805600");
    assert_eq!(overcommit.price_total.to_string(), "2839.60396800");
    let hardware = &r.hardware_info;
    assert_eq!(hardware.cpu.as_deref(), Some("2xIntel Xeon 8468"));
    assert_eq!(hardware.disk.as_deref(), Some("8 x 3.84 TB NVMe"));
    assert_eq!(hardware.ram.as_deref(), Some("2TB RAM"));

    // Written back, the list is the same document; only the naive times gain their `Z`.
    let mut expected = page;
    for (object, key) in [
        ("commit", "active_from"),
        ("commit", "active_to"),
        ("active_overcommit", "active_from"),
    ] {
        let text = expected["results"][0][object][key]
            .as_str()
            .expect("a time")
            .to_owned();
        expected["results"][0][object][key] = json!(format!("{text}Z"));
    }
    assert_eq!(serde_json::to_value(&list).expect("serializes"), expected);
}

#[tokio::test]
async fn billing_reservation_nullable_fields_accept_null_and_unknown_keys_are_kept() {
    let mut open = billing_reservation(2);
    open["commit"]["active_to"] = Value::Null;
    open["commit"]["subscription_id"] = Value::Null;
    open["active_overcommit"]["plan_item_id"] = Value::Null;
    open["active_overcommit"]["subscription_id"] = Value::Null;
    open["hardware_info"] = json!({"cpu": null, "disk": null, "ram": null, "gpu": "8x H100"});
    open["time_from"] = json!("2026-01-01T00:00:00Z");
    let mut page = json!({"count": 2, "results": [billing_reservation(1), open]});
    page["next"] = Value::Null;

    let list = fetch_billing_reservations(page).await;
    assert_eq!(list.count, 2);
    let r = &list.results[1];
    assert_eq!((r.commit.active_to, r.commit.subscription_id), (None, None));
    assert_eq!(
        (
            r.active_overcommit.plan_item_id,
            r.active_overcommit.subscription_id
        ),
        (None, None)
    );
    let hardware = &r.hardware_info;
    assert_eq!(
        (&hardware.cpu, &hardware.disk, &hardware.ram),
        (&None, &None, &None)
    );
    // Required-but-nullable keys are written back as null, never dropped.
    let written = serde_json::to_value(r).expect("serializes");
    assert_eq!(
        written["hardware_info"],
        json!({"cpu": null, "disk": null, "ram": null, "gpu": "8x H100"})
    );
    assert_eq!(written["commit"]["active_to"], Value::Null);
    assert_eq!(
        written["time_from"], "2026-01-01T00:00:00Z",
        "unknown keys are kept and written back"
    );
}

#[tokio::test]
async fn a_price_too_long_for_an_exact_decimal_is_a_decode_error_at_its_field() {
    let mut reservation = billing_reservation(1);
    // 31 significant digits: more than the 28 a `Decimal` holds exactly.
    reservation["commit"]["price_total"] = json!("1234567890123456789012345678901");
    let server = MockServer::start().await;
    Mock::given(path("/cloud/v2/reservations"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"count": 1, "results": [reservation]})),
        )
        .mount(&server)
        .await;
    match client(&server.uri())
        .list_billing_reservations(&ListBillingReservationsParams::default())
        .await
    {
        Err(Error::Decode { path, .. }) => {
            assert_eq!(path, "results[0].commit.price_total")
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn json_numbers_read_as_decimals_keep_up_to_15_significant_digits() {
    // `cost` is marked `format: decimal` but sent as a JSON number. Read as a `Decimal`,
    // serde_json first parses such a number to the nearest f64 (this crate does not turn
    // on `arbitrary_precision`), and rust_decimal formats that f64 with its shortest
    // round-trip text: the digits sent survive up to 15 significant digits, trailing
    // zeros do not, and longer numbers may come back as a neighbour.
    let read = |json: &str| {
        serde_json::from_str::<Decimal>(json)
            .expect("a decimal")
            .to_string()
    };
    assert_eq!(read("12.4992"), "12.4992");
    assert_eq!(read("224.801981"), "224.801981");
    assert_eq!(read("0.123456789012345"), "0.123456789012345");
    assert_eq!(read("1234567890.12345"), "1234567890.12345");
    assert_eq!(read("1.50"), "1.5", "the scale of the text is not kept");
    assert_eq!(read("1e3"), "1000");
    assert_ne!(read("0.12345678901234567"), "0.12345678901234567");
    // Integers never pass through f64, and strings are read exactly.
    assert_eq!(read("12345678901234567890"), "12345678901234567890");
    assert_eq!(read("\"0.12345678901234567\""), "0.12345678901234567");
    assert_eq!(read("\"1.50\""), "1.50");
}
