//! serde-derive twins of the cost report models, for the decode benchmark: the same
//! fields and leaf types (the generated string enums, `Timestamp`, `Decimal`), with
//! `#[derive(Deserialize)]` instead of the generated `FromMap` impls, and the union as
//! serde's internally tagged enum. Like a typical hand-written struct they ignore
//! unknown properties rather than keep them, so they do a little less work than the
//! models. Written once from `src/models.rs`; not regenerated.
#![allow(
    dead_code,
    reason = "the benchmark decodes these values and never reads them"
)]

use serde::Deserialize;

#[derive(Deserialize)]
pub struct CostReport {
    pub count: i64,
    pub price_status: gcore_billing::models::CostReportPriceStatus,
    pub results: Vec<CostReportResult>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
pub enum CostReportResult {
    #[serde(rename = "ai_cluster")]
    AiCluster(CostReportAiCluster),
    #[serde(rename = "ai_virtual_cluster")]
    AiVirtualCluster(CostReportAiVirtualCluster),
    #[serde(rename = "backup")]
    Backup(CostReportBackup),
    #[serde(rename = "baremetal")]
    Baremetal(CostReportBaremetal),
    #[serde(rename = "basic_vm")]
    BasicVm(CostReportBasicVm),
    #[serde(rename = "containers")]
    Containers(CostReportContainers),
    #[serde(rename = "dbaas_postgresql_connection_pooler")]
    DbaasPostgresqlConnectionPooler(CostReportDbaasPostgresqlConnectionPooler),
    #[serde(rename = "dbaas_postgresql_cpu")]
    DbaasPostgresqlCpu(CostReportDbaasPostgresqlCpu),
    #[serde(rename = "dbaas_postgresql_memory")]
    DbaasPostgresqlMemory(CostReportDbaasPostgresqlMemory),
    #[serde(rename = "dbaas_postgresql_public_network")]
    DbaasPostgresqlPublicNetwork(CostReportDbaasPostgresqlPublicNetwork),
    #[serde(rename = "dbaas_postgresql_volume")]
    DbaasPostgresqlVolume(CostReportDbaasPostgresqlVolume),
    #[serde(rename = "egress_traffic")]
    EgressTraffic(CostReportEgressTraffic),
    #[serde(rename = "external_ip")]
    ExternalIp(CostReportExternalIp),
    #[serde(rename = "file_share")]
    FileShare(CostReportFileShare),
    #[serde(rename = "floatingip")]
    Floatingip(CostReportFloatingIp),
    #[serde(rename = "functions")]
    Functions(CostReportFunctions),
    #[serde(rename = "functions_calls")]
    FunctionsCalls(CostReportFunctionsCalls),
    #[serde(rename = "functions_traffic")]
    FunctionsTraffic(CostReportFunctionsTraffic),
    #[serde(rename = "image")]
    Image(CostReportImage),
    #[serde(rename = "inference")]
    Inference(CostReportInference),
    #[serde(rename = "instance")]
    Instance(CostReportInstance),
    #[serde(rename = "load_balancer")]
    LoadBalancer(CostReportLoadBalancer),
    #[serde(rename = "log_index")]
    LogIndex(CostReportLogIndex),
    #[serde(rename = "snapshot")]
    Snapshot(CostReportSnapshot),
    #[serde(rename = "volume")]
    Volume(CostReportVolume),
}

#[derive(Deserialize)]
pub struct CostReportAiCluster {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportAiClusterBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub flavor: String,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportAiVirtualCluster {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportAiVirtualClusterBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub flavor: String,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportBackup {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportBackupBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub last_size: i64,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub schedule_id: ::uuid::Uuid,
    pub source_volume_uuid: ::uuid::Uuid,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportBaremetal {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportBaremetalBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub flavor: String,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportBasicVm {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportBasicVmBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub flavor: String,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportContainers {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportContainersBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportDbaasPostgresqlConnectionPooler {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit:
        gcore_billing::models::CostReportDbaasPostgresqlConnectionPoolerBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportDbaasPostgresqlCpu {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportDbaasPostgresqlCpuBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportDbaasPostgresqlMemory {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportDbaasPostgresqlMemoryBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportDbaasPostgresqlPublicNetwork {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit:
        gcore_billing::models::CostReportDbaasPostgresqlPublicNetworkBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportDbaasPostgresqlVolume {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportDbaasPostgresqlVolumeBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub size_unit: String,
    pub uuid: ::uuid::Uuid,
    pub volume_type: String,
}

#[derive(Deserialize)]
pub struct CostReportEgressTraffic {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportEgressTrafficBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub instance_name: Option<String>,
    pub instance_type: gcore_billing::models::CostReportEgressTrafficInstanceType,
    pub last_seen: gcore_billing::Timestamp,
    pub port_id: ::uuid::Uuid,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub size_unit: String,
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    pub vm_id: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportExternalIp {
    pub attached_to_vm: Option<::uuid::Uuid>,
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportExternalIpBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub ip_address: String,
    pub last_seen: gcore_billing::Timestamp,
    pub network_id: ::uuid::Uuid,
    pub port_id: ::uuid::Uuid,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub subnet_id: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportFileShare {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportFileShareBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub file_share_type: String,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub last_size: i64,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub size_unit: gcore_billing::models::CostReportFileShareSizeUnit,
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportFloatingIp {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportFloatingIpBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub ip_address: String,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportFunctions {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportFunctionsBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportFunctionsCalls {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportFunctionsCallsBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportFunctionsTraffic {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportFunctionsTrafficBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportImage {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportImageBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub last_size: i64,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub size_unit: gcore_billing::models::CostReportImageSizeUnit,
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportInference {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: String,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub flavor: String,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportInstance {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportInstanceBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub flavor: String,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportLoadBalancer {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportLoadBalancerBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub flavor: String,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    pub uuid: ::uuid::Uuid,
}

#[derive(Deserialize)]
pub struct CostReportLogIndex {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportLogIndexBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub last_size: i64,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub size_unit: String,
    pub uuid: Option<::uuid::Uuid>,
}

#[derive(Deserialize)]
pub struct CostReportSnapshot {
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportSnapshotBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub last_size: i64,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub size_unit: String,
    pub source_volume_uuid: ::uuid::Uuid,
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    pub uuid: ::uuid::Uuid,
    pub volume_type: String,
}

#[derive(Deserialize)]
pub struct CostReportVolume {
    pub attached_to_vm: Option<::uuid::Uuid>,
    pub billing_feature_name: Option<String>,
    pub billing_metric_name: String,
    pub billing_value: f64,
    pub billing_value_unit: gcore_billing::models::CostReportVolumeBillingValueUnit,
    pub cost: Option<::rust_decimal::Decimal>,
    pub currency: Option<String>,
    pub err: Option<String>,
    pub first_seen: gcore_billing::Timestamp,
    pub last_name: String,
    pub last_seen: gcore_billing::Timestamp,
    pub last_size: i64,
    pub project_id: i64,
    pub region: i64,
    pub region_id: i64,
    pub size_unit: String,
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    pub uuid: ::uuid::Uuid,
    pub volume_type: String,
}
