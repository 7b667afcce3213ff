// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
#[cfg(feature = "cost_reports")]
/// The cost totals for the requested period.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct AggregatedCostReport {
    /// Number of totals returned.
    pub count: i64,
    /// Whether prices may be shown for this account (Gcore: the price status for the UI). With `hide` or `error`, `cost` and `currency` of the rows may be null.
    pub price_status: CostReportPriceStatus,
    /// One row per resource type and billing metric.
    pub results: Vec<CostReportTotal>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for AggregatedCostReport {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for AggregatedCostReport {
    const EXPECTING: &'static str = "struct AggregatedCostReport";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "count" => __f0 = Some(__map.next_value()?),
                "price_status" => __f1 = Some(__map.next_value()?),
                "results" => __f2 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            count: __f0.ok_or_else(|| __missing("count"))?,
            price_status: __f1.ok_or_else(|| __missing("price_status"))?,
            results: __f2.ok_or_else(|| __missing("results"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl AggregatedCostReport {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        count: i64,
        price_status: CostReportPriceStatus,
        results: Vec<CostReportTotal>,
    ) -> Self {
        Self {
            count,
            price_status,
            results,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// What to include in the cost totals. Unknown keys are rejected by the server, so only the keys listed here may be sent.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct AggregatedCostReportRequest {
    /// Also count the costs of the day given in `time_to`.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_last_day: Option<bool>,
    /// Only report resources of these project IDs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projects: Option<Vec<i64>>,
    /// Only report resources in these region IDs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<i64>>,
    /// Shape of the response. Only the `json` shape is documented; ask for `csv_totals` only when the raw body will be handled by the caller.
    ///
    /// Default: `"json"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<AggregatedCostReportRequestResponseFormat>,
    /// Round costs to 5 decimal places. Set to false for full precision.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rounding: Option<bool>,
    /// Narrows the report to rows of one resource type whose `field` equals one of `values`. The allowed fields depend on `type`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_filter: Option<SchemaFilter>,
    /// Narrows the report to resources whose tags satisfy the conditions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<TagsFilter>,
    /// Start of the report period. The report begins at the start (UTC) of this day.
    pub time_from: crate::runtime::Timestamp,
    /// End of the report period. The report stops just before the start (UTC) of this day, unless `enable_last_day` is set. The period should not be longer than 31 days.
    pub time_to: crate::runtime::Timestamp,
    /// Only report resources of these types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub types: Option<Vec<ResourceType>>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for AggregatedCostReportRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for AggregatedCostReportRequest {
    const EXPECTING: &'static str = "struct AggregatedCostReportRequest";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "enable_last_day" => __f0 = __map.next_value()?,
                "projects" => __f1 = __map.next_value()?,
                "regions" => __f2 = __map.next_value()?,
                "response_format" => __f3 = __map.next_value()?,
                "rounding" => __f4 = __map.next_value()?,
                "schema_filter" => __f5 = __map.next_value()?,
                "tags" => __f6 = __map.next_value()?,
                "time_from" => __f7 = Some(__map.next_value()?),
                "time_to" => __f8 = Some(__map.next_value()?),
                "types" => __f9 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            enable_last_day: __f0,
            projects: __f1,
            regions: __f2,
            response_format: __f3,
            rounding: __f4,
            schema_filter: __f5,
            tags: __f6,
            time_from: __f7.ok_or_else(|| __missing("time_from"))?,
            time_to: __f8.ok_or_else(|| __missing("time_to"))?,
            types: __f9,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl AggregatedCostReportRequest {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        time_from: crate::runtime::Timestamp,
        time_to: crate::runtime::Timestamp,
    ) -> Self {
        Self {
            enable_last_day: None,
            projects: None,
            regions: None,
            response_format: None,
            rounding: None,
            schema_filter: None,
            tags: None,
            time_from,
            time_to,
            types: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// The cost totals for the requested month, commit and pay-as-you-go prices included.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct AggregatedMonthlyCostReport {
    /// Number of totals returned.
    pub count: i64,
    /// Whether prices may be shown for this account (Gcore: the price status for the UI). With `hide` or `error`, `cost` and `currency` of the rows may be null.
    pub price_status: CostReportPriceStatus,
    /// One row per resource type and billing metric.
    pub results: Vec<CostReportTotal>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for AggregatedMonthlyCostReport {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for AggregatedMonthlyCostReport {
    const EXPECTING: &'static str = "struct AggregatedMonthlyCostReport";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "count" => __f0 = Some(__map.next_value()?),
                "price_status" => __f1 = Some(__map.next_value()?),
                "results" => __f2 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            count: __f0.ok_or_else(|| __missing("count"))?,
            price_status: __f1.ok_or_else(|| __missing("price_status"))?,
            results: __f2.ok_or_else(|| __missing("results"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl AggregatedMonthlyCostReport {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        count: i64,
        price_status: CostReportPriceStatus,
        results: Vec<CostReportTotal>,
    ) -> Self {
        Self {
            count,
            price_status,
            results,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// What to include in the monthly totals. Every key is optional. Unknown keys are rejected by the server, so only the keys listed here may be sent.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct AggregatedMonthlyCostReportRequest {
    /// Only report resources in these region IDs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<i64>>,
    /// Shape of the response. Only the `json` shape is documented; ask for `csv_totals` only when the raw body will be handled by the caller.
    ///
    /// Default: `"json"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<AggregatedMonthlyCostReportRequestResponseFormat>,
    /// Round costs to 5 decimal places. Set to false for full precision.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rounding: Option<bool>,
    /// Narrows the report to rows of one resource type whose `field` equals one of `values`. The allowed fields depend on `type`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_filter: Option<SchemaFilter>,
    /// Narrows the report to resources whose tags satisfy the conditions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<TagsFilter>,
    /// Deprecated: use `year_month`. First month of the report. Gcore types the field as a date-time but describes it as a month and gives the example `2024-08`, which is not a date-time.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_from: Option<crate::runtime::Timestamp>,
    /// Deprecated: use `year_month`. Last month of the report, standing for all of its days. Typed and described like `time_from`.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_to: Option<crate::runtime::Timestamp>,
    /// Only report resources of these types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub types: Option<Vec<ResourceType>>,
    /// Month to report, written `YYYY-MM`. The report covers every day of the month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year_month: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for AggregatedMonthlyCostReportRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for AggregatedMonthlyCostReportRequest {
    const EXPECTING: &'static str = "struct AggregatedMonthlyCostReportRequest";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "regions" => __f0 = __map.next_value()?,
                "response_format" => __f1 = __map.next_value()?,
                "rounding" => __f2 = __map.next_value()?,
                "schema_filter" => __f3 = __map.next_value()?,
                "tags" => __f4 = __map.next_value()?,
                "time_from" => __f5 = __map.next_value()?,
                "time_to" => __f6 = __map.next_value()?,
                "types" => __f7 = __map.next_value()?,
                "year_month" => __f8 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            regions: __f0,
            response_format: __f1,
            rounding: __f2,
            schema_filter: __f3,
            tags: __f4,
            time_from: __f5,
            time_to: __f6,
            types: __f7,
            year_month: __f8,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "reservations")]
/// Total prices of a reservation across all its resources. Prices are decimal strings (Gcore sends eight decimal places) so that no precision is lost; `per_unit` is per hour, `per_month` per month and `total` covers the whole reservation period.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct AmountPrices {
    /// Committed price per month.
    pub commit_price_per_month: ::rust_decimal::Decimal,
    /// Committed price per hour.
    pub commit_price_per_unit: ::rust_decimal::Decimal,
    /// Committed price for the whole period.
    pub commit_price_total: ::rust_decimal::Decimal,
    /// Currency of all prices (ISO 4217).
    pub currency_code: String,
    /// Price per month for usage beyond the commitment.
    pub overcommit_price_per_month: ::rust_decimal::Decimal,
    /// Price per hour for usage beyond the commitment.
    pub overcommit_price_per_unit: ::rust_decimal::Decimal,
    /// Price for the whole period for usage beyond the commitment.
    pub overcommit_price_total: ::rust_decimal::Decimal,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "reservations")]
impl<'de> ::serde::Deserialize<'de> for AmountPrices {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "reservations")]
impl<'de> crate::runtime::support::FromMap<'de> for AmountPrices {
    const EXPECTING: &'static str = "struct AmountPrices";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "commit_price_per_month" => __f0 = Some(__map.next_value()?),
                "commit_price_per_unit" => __f1 = Some(__map.next_value()?),
                "commit_price_total" => __f2 = Some(__map.next_value()?),
                "currency_code" => __f3 = Some(__map.next_value()?),
                "overcommit_price_per_month" => __f4 = Some(__map.next_value()?),
                "overcommit_price_per_unit" => __f5 = Some(__map.next_value()?),
                "overcommit_price_total" => __f6 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            commit_price_per_month: __f0
                .ok_or_else(|| __missing("commit_price_per_month"))?,
            commit_price_per_unit: __f1
                .ok_or_else(|| __missing("commit_price_per_unit"))?,
            commit_price_total: __f2.ok_or_else(|| __missing("commit_price_total"))?,
            currency_code: __f3.ok_or_else(|| __missing("currency_code"))?,
            overcommit_price_per_month: __f4
                .ok_or_else(|| __missing("overcommit_price_per_month"))?,
            overcommit_price_per_unit: __f5
                .ok_or_else(|| __missing("overcommit_price_per_unit"))?,
            overcommit_price_total: __f6
                .ok_or_else(|| __missing("overcommit_price_total"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "reservations")]
impl AmountPrices {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        commit_price_per_month: ::rust_decimal::Decimal,
        commit_price_per_unit: ::rust_decimal::Decimal,
        commit_price_total: ::rust_decimal::Decimal,
        currency_code: String,
        overcommit_price_per_month: ::rust_decimal::Decimal,
        overcommit_price_per_unit: ::rust_decimal::Decimal,
        overcommit_price_total: ::rust_decimal::Decimal,
    ) -> Self {
        Self {
            commit_price_per_month,
            commit_price_per_unit,
            commit_price_total,
            currency_code,
            overcommit_price_per_month,
            overcommit_price_per_unit,
            overcommit_price_total,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "reservations")]
/// A reservation (commit) of a resource in one region, with its commit and pay-as-you-go prices and the hardware of bare-metal resources.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct BillingReservation {
    /// ID of the active billing plan.
    pub active_billing_plan_id: i64,
    /// Pay-as-you-go ("overcommit") pricing of a reservation: what usage beyond the commit costs. Prices are decimal strings.
    pub active_overcommit: BillingReservationOvercommit,
    /// Commit pricing of a reservation, per single resource. Prices are decimal strings (Gcore sends eight decimal places) so that no precision is lost.
    pub commit: BillingReservationCommit,
    /// Hardware of a reserved bare-metal resource. Each part is null when Gcore has no description of it.
    pub hardware_info: BillingReservationHardwareInfo,
    /// Name of the region.
    pub region_name: String,
    /// Number of reserved items of the resource.
    pub resource_count: i64,
    /// Name of the reserved resource (a flavor).
    pub resource_name: String,
    /// Unit in which the resource is billed, for example `H` for hours.
    pub unit_name: String,
    /// Billing units in one month.
    pub unit_size_month: ::rust_decimal::Decimal,
    /// Billing units in one month for all reserved items: `unit_size_month` times `resource_count`.
    pub unit_size_total: ::rust_decimal::Decimal,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "reservations")]
impl<'de> ::serde::Deserialize<'de> for BillingReservation {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "reservations")]
impl<'de> crate::runtime::support::FromMap<'de> for BillingReservation {
    const EXPECTING: &'static str = "struct BillingReservation";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "active_billing_plan_id" => __f0 = Some(__map.next_value()?),
                "active_overcommit" => __f1 = Some(__map.next_value()?),
                "commit" => __f2 = Some(__map.next_value()?),
                "hardware_info" => __f3 = Some(__map.next_value()?),
                "region_name" => __f4 = Some(__map.next_value()?),
                "resource_count" => __f5 = Some(__map.next_value()?),
                "resource_name" => __f6 = Some(__map.next_value()?),
                "unit_name" => __f7 = Some(__map.next_value()?),
                "unit_size_month" => __f8 = Some(__map.next_value()?),
                "unit_size_total" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            active_billing_plan_id: __f0
                .ok_or_else(|| __missing("active_billing_plan_id"))?,
            active_overcommit: __f1.ok_or_else(|| __missing("active_overcommit"))?,
            commit: __f2.ok_or_else(|| __missing("commit"))?,
            hardware_info: __f3.ok_or_else(|| __missing("hardware_info"))?,
            region_name: __f4.ok_or_else(|| __missing("region_name"))?,
            resource_count: __f5.ok_or_else(|| __missing("resource_count"))?,
            resource_name: __f6.ok_or_else(|| __missing("resource_name"))?,
            unit_name: __f7.ok_or_else(|| __missing("unit_name"))?,
            unit_size_month: __f8.ok_or_else(|| __missing("unit_size_month"))?,
            unit_size_total: __f9.ok_or_else(|| __missing("unit_size_total"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "reservations")]
impl BillingReservation {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        active_billing_plan_id: i64,
        active_overcommit: BillingReservationOvercommit,
        commit: BillingReservationCommit,
        hardware_info: BillingReservationHardwareInfo,
        region_name: String,
        resource_count: i64,
        resource_name: String,
        unit_name: String,
        unit_size_month: ::rust_decimal::Decimal,
        unit_size_total: ::rust_decimal::Decimal,
    ) -> Self {
        Self {
            active_billing_plan_id,
            active_overcommit,
            commit,
            hardware_info,
            region_name,
            resource_count,
            resource_name,
            unit_name,
            unit_size_month,
            unit_size_total,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "reservations")]
/// Commit pricing of a reservation, per single resource. Prices are decimal strings (Gcore sends eight decimal places) so that no precision is lost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct BillingReservationCommit {
    /// When the commit subscription becomes active. Gcore sends it without a UTC offset (for example `2025-04-03T00:00:00`), which is not strict RFC 3339; clients should accept both forms and read a naive value as UTC.
    pub active_from: crate::runtime::Timestamp,
    /// When the commit subscription ends, or null when no end is set. Sent without a UTC offset like `active_from`.
    pub active_to: Option<crate::runtime::Timestamp>,
    /// Commit price per month for a single resource.
    pub price_per_month: ::rust_decimal::Decimal,
    /// Commit price per hour for a single resource.
    pub price_per_unit: ::rust_decimal::Decimal,
    /// Commit price for the whole period: the full reserved amount.
    pub price_total: ::rust_decimal::Decimal,
    /// ID of the commit subscription, or null.
    pub subscription_id: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "reservations")]
impl<'de> ::serde::Deserialize<'de> for BillingReservationCommit {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "reservations")]
impl<'de> crate::runtime::support::FromMap<'de> for BillingReservationCommit {
    const EXPECTING: &'static str = "struct BillingReservationCommit";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "active_from" => __f0 = Some(__map.next_value()?),
                "active_to" => __f1 = __map.next_value()?,
                "price_per_month" => __f2 = Some(__map.next_value()?),
                "price_per_unit" => __f3 = Some(__map.next_value()?),
                "price_total" => __f4 = Some(__map.next_value()?),
                "subscription_id" => __f5 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            active_from: __f0.ok_or_else(|| __missing("active_from"))?,
            active_to: __f1,
            price_per_month: __f2.ok_or_else(|| __missing("price_per_month"))?,
            price_per_unit: __f3.ok_or_else(|| __missing("price_per_unit"))?,
            price_total: __f4.ok_or_else(|| __missing("price_total"))?,
            subscription_id: __f5,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "reservations")]
impl BillingReservationCommit {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        active_from: crate::runtime::Timestamp,
        price_per_month: ::rust_decimal::Decimal,
        price_per_unit: ::rust_decimal::Decimal,
        price_total: ::rust_decimal::Decimal,
    ) -> Self {
        Self {
            active_from,
            active_to: None,
            price_per_month,
            price_per_unit,
            price_total,
            subscription_id: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "reservations")]
/// Hardware of a reserved bare-metal resource. Each part is null when Gcore has no description of it.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct BillingReservationHardwareInfo {
    /// CPU of the server, or null.
    pub cpu: Option<String>,
    /// Disks of the server, or null.
    pub disk: Option<String>,
    /// Memory of the server, or null.
    pub ram: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "reservations")]
impl<'de> ::serde::Deserialize<'de> for BillingReservationHardwareInfo {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "reservations")]
impl<'de> crate::runtime::support::FromMap<'de> for BillingReservationHardwareInfo {
    const EXPECTING: &'static str = "struct BillingReservationHardwareInfo";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "cpu" => __f0 = __map.next_value()?,
                "disk" => __f1 = __map.next_value()?,
                "ram" => __f2 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            cpu: __f0,
            disk: __f1,
            ram: __f2,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "reservations")]
/// The reservations of the account. The list is not paged.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct BillingReservationList {
    /// Number of reservations in `results`.
    pub count: i64,
    /// The reservations.
    pub results: Vec<BillingReservation>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "reservations")]
impl<'de> ::serde::Deserialize<'de> for BillingReservationList {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "reservations")]
impl<'de> crate::runtime::support::FromMap<'de> for BillingReservationList {
    const EXPECTING: &'static str = "struct BillingReservationList";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "count" => __f0 = Some(__map.next_value()?),
                "results" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            count: __f0.ok_or_else(|| __missing("count"))?,
            results: __f1.ok_or_else(|| __missing("results"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "reservations")]
impl BillingReservationList {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(count: i64, results: Vec<BillingReservation>) -> Self {
        Self {
            count,
            results,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "reservations")]
/// Pay-as-you-go ("overcommit") pricing of a reservation: what usage beyond the commit costs. Prices are decimal strings.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct BillingReservationOvercommit {
    /// When the overcommit subscription becomes active. Gcore sends it without a UTC offset (for example `2025-04-03T00:00:00`), which is not strict RFC 3339; clients should accept both forms and read a naive value as UTC.
    pub active_from: crate::runtime::Timestamp,
    /// ID of the billing plan item, or null.
    pub plan_item_id: Option<i64>,
    /// Overcommit price per month.
    pub price_per_month: ::rust_decimal::Decimal,
    /// Overcommit price per hour.
    pub price_per_unit: ::rust_decimal::Decimal,
    /// Overcommit price for the whole reservation period.
    pub price_total: ::rust_decimal::Decimal,
    /// ID of the overcommit subscription, or null.
    pub subscription_id: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "reservations")]
impl<'de> ::serde::Deserialize<'de> for BillingReservationOvercommit {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "reservations")]
impl<'de> crate::runtime::support::FromMap<'de> for BillingReservationOvercommit {
    const EXPECTING: &'static str = "struct BillingReservationOvercommit";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "active_from" => __f0 = Some(__map.next_value()?),
                "plan_item_id" => __f1 = __map.next_value()?,
                "price_per_month" => __f2 = Some(__map.next_value()?),
                "price_per_unit" => __f3 = Some(__map.next_value()?),
                "price_total" => __f4 = Some(__map.next_value()?),
                "subscription_id" => __f5 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            active_from: __f0.ok_or_else(|| __missing("active_from"))?,
            plan_item_id: __f1,
            price_per_month: __f2.ok_or_else(|| __missing("price_per_month"))?,
            price_per_unit: __f3.ok_or_else(|| __missing("price_per_unit"))?,
            price_total: __f4.ok_or_else(|| __missing("price_total"))?,
            subscription_id: __f5,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "reservations")]
impl BillingReservationOvercommit {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        active_from: crate::runtime::Timestamp,
        price_per_month: ::rust_decimal::Decimal,
        price_per_unit: ::rust_decimal::Decimal,
        price_total: ::rust_decimal::Decimal,
    ) -> Self {
        Self {
            active_from,
            plan_item_id: None,
            price_per_month,
            price_per_unit,
            price_total,
            subscription_id: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// One page of the detailed cost report.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReport {
    /// Total number of resources that match the request across all pages (not the size of this page).
    pub count: i64,
    /// Whether prices may be shown for this account (Gcore: the price status for the UI). With `hide` or `error`, `cost` and `currency` of the rows may be null.
    pub price_status: CostReportPriceStatus,
    /// Rows of this page, one per resource.
    pub results: Vec<CostReportResult>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReport {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReport {
    const EXPECTING: &'static str = "struct CostReport";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "count" => __f0 = Some(__map.next_value()?),
                "price_status" => __f1 = Some(__map.next_value()?),
                "results" => __f2 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            count: __f0.ok_or_else(|| __missing("count"))?,
            price_status: __f1.ok_or_else(|| __missing("price_status"))?,
            results: __f2.ok_or_else(|| __missing("results"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReport {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        count: i64,
        price_status: CostReportPriceStatus,
        results: Vec<CostReportResult>,
    ) -> Self {
        Self {
            count,
            price_status,
            results,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for an AI cluster (`type: ai_cluster`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportAiCluster {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportAiClusterBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportAiCluster {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportAiCluster {
    const EXPECTING: &'static str = "struct CostReportAiCluster";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "flavor" => __f8 = Some(__map.next_value()?),
                "last_name" => __f9 = Some(__map.next_value()?),
                "last_seen" => __f10 = Some(__map.next_value()?),
                "project_id" => __f11 = Some(__map.next_value()?),
                "region" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "tags" => __f14 = __map.next_value()?,
                "uuid" => __f15 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f8.ok_or_else(|| __missing("flavor"))?,
            last_name: __f9.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f10.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f11.ok_or_else(|| __missing("project_id"))?,
            region: __f12.ok_or_else(|| __missing("region"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            tags: __f14,
            uuid: __f15.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportAiCluster {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportAiClusterBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for an AI virtual cluster (`type: ai_virtual_cluster`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportAiVirtualCluster {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportAiVirtualClusterBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportAiVirtualCluster {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportAiVirtualCluster {
    const EXPECTING: &'static str = "struct CostReportAiVirtualCluster";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "flavor" => __f8 = Some(__map.next_value()?),
                "last_name" => __f9 = Some(__map.next_value()?),
                "last_seen" => __f10 = Some(__map.next_value()?),
                "project_id" => __f11 = Some(__map.next_value()?),
                "region" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "tags" => __f14 = __map.next_value()?,
                "uuid" => __f15 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f8.ok_or_else(|| __missing("flavor"))?,
            last_name: __f9.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f10.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f11.ok_or_else(|| __missing("project_id"))?,
            region: __f12.ok_or_else(|| __missing("region"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            tags: __f14,
            uuid: __f15.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportAiVirtualCluster {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportAiVirtualClusterBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for a volume backup (`type: backup`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportBackup {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportBackupBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// Size of the backup when it was last seen; Gcore documents it in bytes.
    pub last_size: i64,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the backup schedule that created the backup.
    pub schedule_id: ::uuid::Uuid,
    /// ID of the volume the backup was taken from.
    pub source_volume_uuid: ::uuid::Uuid,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportBackup {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportBackup {
    const EXPECTING: &'static str = "struct CostReportBackup";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __f16 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "last_size" => __f10 = Some(__map.next_value()?),
                "project_id" => __f11 = Some(__map.next_value()?),
                "region" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "schedule_id" => __f14 = Some(__map.next_value()?),
                "source_volume_uuid" => __f15 = Some(__map.next_value()?),
                "uuid" => __f16 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            last_size: __f10.ok_or_else(|| __missing("last_size"))?,
            project_id: __f11.ok_or_else(|| __missing("project_id"))?,
            region: __f12.ok_or_else(|| __missing("region"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            schedule_id: __f14.ok_or_else(|| __missing("schedule_id"))?,
            source_volume_uuid: __f15.ok_or_else(|| __missing("source_volume_uuid"))?,
            uuid: __f16.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportBackup {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportBackupBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        last_size: i64,
        project_id: i64,
        region: i64,
        region_id: i64,
        schedule_id: ::uuid::Uuid,
        source_volume_uuid: ::uuid::Uuid,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            last_size,
            project_id,
            region,
            region_id,
            schedule_id,
            source_volume_uuid,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for a bare-metal server (`type: baremetal`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportBaremetal {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportBaremetalBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportBaremetal {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportBaremetal {
    const EXPECTING: &'static str = "struct CostReportBaremetal";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "flavor" => __f8 = Some(__map.next_value()?),
                "last_name" => __f9 = Some(__map.next_value()?),
                "last_seen" => __f10 = Some(__map.next_value()?),
                "project_id" => __f11 = Some(__map.next_value()?),
                "region" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "tags" => __f14 = __map.next_value()?,
                "uuid" => __f15 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f8.ok_or_else(|| __missing("flavor"))?,
            last_name: __f9.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f10.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f11.ok_or_else(|| __missing("project_id"))?,
            region: __f12.ok_or_else(|| __missing("region"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            tags: __f14,
            uuid: __f15.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportBaremetal {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportBaremetalBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for a basic virtual machine (`type: basic_vm`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportBasicVm {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportBasicVmBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportBasicVm {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportBasicVm {
    const EXPECTING: &'static str = "struct CostReportBasicVm";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "flavor" => __f8 = Some(__map.next_value()?),
                "last_name" => __f9 = Some(__map.next_value()?),
                "last_seen" => __f10 = Some(__map.next_value()?),
                "project_id" => __f11 = Some(__map.next_value()?),
                "region" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "tags" => __f14 = __map.next_value()?,
                "uuid" => __f15 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f8.ok_or_else(|| __missing("flavor"))?,
            last_name: __f9.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f10.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f11.ok_or_else(|| __missing("project_id"))?,
            region: __f12.ok_or_else(|| __missing("region"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            tags: __f14,
            uuid: __f15.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportBasicVm {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportBasicVmBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for serverless container usage (`type: containers`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportContainers {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `GBS` for this resource type.
    pub billing_value_unit: CostReportContainersBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportContainers {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportContainers {
    const EXPECTING: &'static str = "struct CostReportContainers";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "project_id" => __f10 = Some(__map.next_value()?),
                "region" => __f11 = Some(__map.next_value()?),
                "region_id" => __f12 = Some(__map.next_value()?),
                "uuid" => __f13 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f10.ok_or_else(|| __missing("project_id"))?,
            region: __f11.ok_or_else(|| __missing("region"))?,
            region_id: __f12.ok_or_else(|| __missing("region_id"))?,
            uuid: __f13.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportContainers {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportContainersBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for a managed PostgreSQL connection pooler (`type: dbaas_postgresql_connection_pooler`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportDbaasPostgresqlConnectionPooler {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportDbaasPostgresqlConnectionPoolerBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportDbaasPostgresqlConnectionPooler {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for CostReportDbaasPostgresqlConnectionPooler {
    const EXPECTING: &'static str = "struct CostReportDbaasPostgresqlConnectionPooler";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "project_id" => __f10 = Some(__map.next_value()?),
                "region" => __f11 = Some(__map.next_value()?),
                "region_id" => __f12 = Some(__map.next_value()?),
                "uuid" => __f13 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f10.ok_or_else(|| __missing("project_id"))?,
            region: __f11.ok_or_else(|| __missing("region"))?,
            region_id: __f12.ok_or_else(|| __missing("region_id"))?,
            uuid: __f13.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportDbaasPostgresqlConnectionPooler {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportDbaasPostgresqlConnectionPoolerBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for managed PostgreSQL CPU usage (`type: dbaas_postgresql_cpu`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportDbaasPostgresqlCpu {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportDbaasPostgresqlCpuBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportDbaasPostgresqlCpu {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportDbaasPostgresqlCpu {
    const EXPECTING: &'static str = "struct CostReportDbaasPostgresqlCpu";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "project_id" => __f10 = Some(__map.next_value()?),
                "region" => __f11 = Some(__map.next_value()?),
                "region_id" => __f12 = Some(__map.next_value()?),
                "uuid" => __f13 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f10.ok_or_else(|| __missing("project_id"))?,
            region: __f11.ok_or_else(|| __missing("region"))?,
            region_id: __f12.ok_or_else(|| __missing("region_id"))?,
            uuid: __f13.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportDbaasPostgresqlCpu {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportDbaasPostgresqlCpuBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for managed PostgreSQL memory usage (`type: dbaas_postgresql_memory`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportDbaasPostgresqlMemory {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportDbaasPostgresqlMemoryBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportDbaasPostgresqlMemory {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportDbaasPostgresqlMemory {
    const EXPECTING: &'static str = "struct CostReportDbaasPostgresqlMemory";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "project_id" => __f10 = Some(__map.next_value()?),
                "region" => __f11 = Some(__map.next_value()?),
                "region_id" => __f12 = Some(__map.next_value()?),
                "uuid" => __f13 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f10.ok_or_else(|| __missing("project_id"))?,
            region: __f11.ok_or_else(|| __missing("region"))?,
            region_id: __f12.ok_or_else(|| __missing("region_id"))?,
            uuid: __f13.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportDbaasPostgresqlMemory {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportDbaasPostgresqlMemoryBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for managed PostgreSQL public network access (`type: dbaas_postgresql_public_network`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportDbaasPostgresqlPublicNetwork {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportDbaasPostgresqlPublicNetworkBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportDbaasPostgresqlPublicNetwork {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for CostReportDbaasPostgresqlPublicNetwork {
    const EXPECTING: &'static str = "struct CostReportDbaasPostgresqlPublicNetwork";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "project_id" => __f10 = Some(__map.next_value()?),
                "region" => __f11 = Some(__map.next_value()?),
                "region_id" => __f12 = Some(__map.next_value()?),
                "uuid" => __f13 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f10.ok_or_else(|| __missing("project_id"))?,
            region: __f11.ok_or_else(|| __missing("region"))?,
            region_id: __f12.ok_or_else(|| __missing("region_id"))?,
            uuid: __f13.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportDbaasPostgresqlPublicNetwork {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportDbaasPostgresqlPublicNetworkBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for a managed PostgreSQL storage volume (`type: dbaas_postgresql_volume`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportDbaasPostgresqlVolume {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportDbaasPostgresqlVolumeBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit in which `last_size` is expressed.
    pub size_unit: String,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Storage class of the volume.
    pub volume_type: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportDbaasPostgresqlVolume {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportDbaasPostgresqlVolume {
    const EXPECTING: &'static str = "struct CostReportDbaasPostgresqlVolume";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "project_id" => __f10 = Some(__map.next_value()?),
                "region" => __f11 = Some(__map.next_value()?),
                "region_id" => __f12 = Some(__map.next_value()?),
                "size_unit" => __f13 = Some(__map.next_value()?),
                "uuid" => __f14 = Some(__map.next_value()?),
                "volume_type" => __f15 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f10.ok_or_else(|| __missing("project_id"))?,
            region: __f11.ok_or_else(|| __missing("region"))?,
            region_id: __f12.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f13.ok_or_else(|| __missing("size_unit"))?,
            uuid: __f14.ok_or_else(|| __missing("uuid"))?,
            volume_type: __f15.ok_or_else(|| __missing("volume_type"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportDbaasPostgresqlVolume {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportDbaasPostgresqlVolumeBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: String,
        uuid: ::uuid::Uuid,
        volume_type: String,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            size_unit,
            uuid,
            volume_type,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for outbound traffic of a server (`type: egress_traffic`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportEgressTraffic {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `bytes` for this resource type.
    pub billing_value_unit: CostReportEgressTrafficBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name of the server that sent the traffic, or null when it is unknown. Servers from 2025 may leave the key out.
    pub instance_name: Option<String>,
    /// Kind of server that sent the traffic.
    pub instance_type: CostReportEgressTrafficInstanceType,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the network port the traffic left through.
    pub port_id: ::uuid::Uuid,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit of the traffic volume.
    pub size_unit: String,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the server that sent the traffic.
    pub vm_id: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportEgressTraffic {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportEgressTraffic {
    const EXPECTING: &'static str = "struct CostReportEgressTraffic";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __f16 = None;
        let mut __f17 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "instance_name" => __f8 = __map.next_value()?,
                "instance_type" => __f9 = Some(__map.next_value()?),
                "last_seen" => __f10 = Some(__map.next_value()?),
                "port_id" => __f11 = Some(__map.next_value()?),
                "project_id" => __f12 = Some(__map.next_value()?),
                "region" => __f13 = Some(__map.next_value()?),
                "region_id" => __f14 = Some(__map.next_value()?),
                "size_unit" => __f15 = Some(__map.next_value()?),
                "tags" => __f16 = __map.next_value()?,
                "vm_id" => __f17 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            instance_name: __f8,
            instance_type: __f9.ok_or_else(|| __missing("instance_type"))?,
            last_seen: __f10.ok_or_else(|| __missing("last_seen"))?,
            port_id: __f11.ok_or_else(|| __missing("port_id"))?,
            project_id: __f12.ok_or_else(|| __missing("project_id"))?,
            region: __f13.ok_or_else(|| __missing("region"))?,
            region_id: __f14.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f15.ok_or_else(|| __missing("size_unit"))?,
            tags: __f16,
            vm_id: __f17.ok_or_else(|| __missing("vm_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportEgressTraffic {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportEgressTrafficBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        instance_type: CostReportEgressTrafficInstanceType,
        last_seen: crate::runtime::Timestamp,
        port_id: ::uuid::Uuid,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: String,
        vm_id: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            instance_name: None,
            instance_type,
            last_seen,
            port_id,
            project_id,
            region,
            region_id,
            size_unit,
            tags: None,
            vm_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Kind of server that sent the traffic.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum CostReportEgressTrafficInstanceType {
    /// `baremetal`
    Baremetal,
    /// `router`
    Router,
    /// `vm`
    Vm,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl CostReportEgressTrafficInstanceType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Baremetal => "baremetal",
            Self::Router => "router",
            Self::Vm => "vm",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for CostReportEgressTrafficInstanceType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "baremetal" => Self::Baremetal,
            "router" => Self::Router,
            "vm" => Self::Vm,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for CostReportEgressTrafficInstanceType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<CostReportEgressTrafficInstanceType> for String {
    fn from(value: CostReportEgressTrafficInstanceType) -> Self {
        match value {
            CostReportEgressTrafficInstanceType::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for CostReportEgressTrafficInstanceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for an external IP address on a port (`type: external_ip`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportExternalIp {
    /// ID of the server the address is attached to, or null when it is detached.
    pub attached_to_vm: Option<::uuid::Uuid>,
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportExternalIpBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// The external IP address (IPv4 or IPv6).
    pub ip_address: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the network the address belongs to.
    pub network_id: ::uuid::Uuid,
    /// ID of the port the address is bound to.
    pub port_id: ::uuid::Uuid,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the subnet the address belongs to.
    pub subnet_id: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportExternalIp {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportExternalIp {
    const EXPECTING: &'static str = "struct CostReportExternalIp";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __f16 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "attached_to_vm" => __f0 = __map.next_value()?,
                "billing_feature_name" => __f1 = __map.next_value()?,
                "billing_metric_name" => __f2 = Some(__map.next_value()?),
                "billing_value" => __f3 = Some(__map.next_value()?),
                "billing_value_unit" => __f4 = Some(__map.next_value()?),
                "cost" => __f5 = __map.next_value()?,
                "currency" => __f6 = __map.next_value()?,
                "err" => __f7 = __map.next_value()?,
                "first_seen" => __f8 = Some(__map.next_value()?),
                "ip_address" => __f9 = Some(__map.next_value()?),
                "last_seen" => __f10 = Some(__map.next_value()?),
                "network_id" => __f11 = Some(__map.next_value()?),
                "port_id" => __f12 = Some(__map.next_value()?),
                "project_id" => __f13 = Some(__map.next_value()?),
                "region" => __f14 = Some(__map.next_value()?),
                "region_id" => __f15 = Some(__map.next_value()?),
                "subnet_id" => __f16 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            attached_to_vm: __f0,
            billing_feature_name: __f1,
            billing_metric_name: __f2.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f3.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f4.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f5,
            currency: __f6,
            err: __f7,
            first_seen: __f8.ok_or_else(|| __missing("first_seen"))?,
            ip_address: __f9.ok_or_else(|| __missing("ip_address"))?,
            last_seen: __f10.ok_or_else(|| __missing("last_seen"))?,
            network_id: __f11.ok_or_else(|| __missing("network_id"))?,
            port_id: __f12.ok_or_else(|| __missing("port_id"))?,
            project_id: __f13.ok_or_else(|| __missing("project_id"))?,
            region: __f14.ok_or_else(|| __missing("region"))?,
            region_id: __f15.ok_or_else(|| __missing("region_id"))?,
            subnet_id: __f16.ok_or_else(|| __missing("subnet_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportExternalIp {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportExternalIpBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        ip_address: String,
        last_seen: crate::runtime::Timestamp,
        network_id: ::uuid::Uuid,
        port_id: ::uuid::Uuid,
        project_id: i64,
        region: i64,
        region_id: i64,
        subnet_id: ::uuid::Uuid,
    ) -> Self {
        Self {
            attached_to_vm: None,
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            ip_address,
            last_seen,
            network_id,
            port_id,
            project_id,
            region,
            region_id,
            subnet_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for a file share (`type: file_share`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportFileShare {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportFileShareBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Kind of file share.
    pub file_share_type: String,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// Size of the resource when it was last seen, in the unit named by `size_unit` (Gcore's field notes say bytes, but its examples follow `size_unit`).
    pub last_size: i64,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit in which `last_size` is expressed; always `GiB` here.
    pub size_unit: CostReportFileShareSizeUnit,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportFileShare {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportFileShare {
    const EXPECTING: &'static str = "struct CostReportFileShare";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __f16 = None;
        let mut __f17 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "file_share_type" => __f7 = Some(__map.next_value()?),
                "first_seen" => __f8 = Some(__map.next_value()?),
                "last_name" => __f9 = Some(__map.next_value()?),
                "last_seen" => __f10 = Some(__map.next_value()?),
                "last_size" => __f11 = Some(__map.next_value()?),
                "project_id" => __f12 = Some(__map.next_value()?),
                "region" => __f13 = Some(__map.next_value()?),
                "region_id" => __f14 = Some(__map.next_value()?),
                "size_unit" => __f15 = Some(__map.next_value()?),
                "tags" => __f16 = __map.next_value()?,
                "uuid" => __f17 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            file_share_type: __f7.ok_or_else(|| __missing("file_share_type"))?,
            first_seen: __f8.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f9.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f10.ok_or_else(|| __missing("last_seen"))?,
            last_size: __f11.ok_or_else(|| __missing("last_size"))?,
            project_id: __f12.ok_or_else(|| __missing("project_id"))?,
            region: __f13.ok_or_else(|| __missing("region"))?,
            region_id: __f14.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f15.ok_or_else(|| __missing("size_unit"))?,
            tags: __f16,
            uuid: __f17.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportFileShare {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportFileShareBillingValueUnit,
        file_share_type: String,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        last_size: i64,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: CostReportFileShareSizeUnit,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            file_share_type,
            first_seen,
            last_name,
            last_seen,
            last_size,
            project_id,
            region,
            region_id,
            size_unit,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for a floating IP address (`type: floatingip`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportFloatingIp {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportFloatingIpBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// The floating IP address (IPv4 or IPv6).
    pub ip_address: String,
    /// Name the address had when it was last seen; usually the address itself.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportFloatingIp {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportFloatingIp {
    const EXPECTING: &'static str = "struct CostReportFloatingIp";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "ip_address" => __f8 = Some(__map.next_value()?),
                "last_name" => __f9 = Some(__map.next_value()?),
                "last_seen" => __f10 = Some(__map.next_value()?),
                "project_id" => __f11 = Some(__map.next_value()?),
                "region" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "tags" => __f14 = __map.next_value()?,
                "uuid" => __f15 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            ip_address: __f8.ok_or_else(|| __missing("ip_address"))?,
            last_name: __f9.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f10.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f11.ok_or_else(|| __missing("project_id"))?,
            region: __f12.ok_or_else(|| __missing("region"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            tags: __f14,
            uuid: __f15.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportFloatingIp {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportFloatingIpBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        ip_address: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            ip_address,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for serverless function runtime (`type: functions`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportFunctions {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `GBS` for this resource type.
    pub billing_value_unit: CostReportFunctionsBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportFunctions {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportFunctions {
    const EXPECTING: &'static str = "struct CostReportFunctions";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "project_id" => __f10 = Some(__map.next_value()?),
                "region" => __f11 = Some(__map.next_value()?),
                "region_id" => __f12 = Some(__map.next_value()?),
                "uuid" => __f13 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f10.ok_or_else(|| __missing("project_id"))?,
            region: __f11.ok_or_else(|| __missing("region"))?,
            region_id: __f12.ok_or_else(|| __missing("region_id"))?,
            uuid: __f13.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportFunctions {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportFunctionsBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for serverless function calls (`type: functions_calls`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportFunctionsCalls {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `MLS` for this resource type.
    pub billing_value_unit: CostReportFunctionsCallsBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportFunctionsCalls {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportFunctionsCalls {
    const EXPECTING: &'static str = "struct CostReportFunctionsCalls";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "project_id" => __f10 = Some(__map.next_value()?),
                "region" => __f11 = Some(__map.next_value()?),
                "region_id" => __f12 = Some(__map.next_value()?),
                "uuid" => __f13 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f10.ok_or_else(|| __missing("project_id"))?,
            region: __f11.ok_or_else(|| __missing("region"))?,
            region_id: __f12.ok_or_else(|| __missing("region_id"))?,
            uuid: __f13.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportFunctionsCalls {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportFunctionsCallsBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for outbound traffic of serverless functions (`type: functions_traffic`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportFunctionsTraffic {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `GB` for this resource type.
    pub billing_value_unit: CostReportFunctionsTrafficBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportFunctionsTraffic {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportFunctionsTraffic {
    const EXPECTING: &'static str = "struct CostReportFunctionsTraffic";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "project_id" => __f10 = Some(__map.next_value()?),
                "region" => __f11 = Some(__map.next_value()?),
                "region_id" => __f12 = Some(__map.next_value()?),
                "uuid" => __f13 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f10.ok_or_else(|| __missing("project_id"))?,
            region: __f11.ok_or_else(|| __missing("region"))?,
            region_id: __f12.ok_or_else(|| __missing("region_id"))?,
            uuid: __f13.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportFunctionsTraffic {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportFunctionsTrafficBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for an image (`type: image`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportImage {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportImageBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// Size of the resource when it was last seen, in the unit named by `size_unit` (Gcore's field notes say bytes, but its examples follow `size_unit`).
    pub last_size: i64,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit in which `last_size` is expressed; always `bytes` here.
    pub size_unit: CostReportImageSizeUnit,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportImage {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportImage {
    const EXPECTING: &'static str = "struct CostReportImage";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __f16 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "last_size" => __f10 = Some(__map.next_value()?),
                "project_id" => __f11 = Some(__map.next_value()?),
                "region" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "size_unit" => __f14 = Some(__map.next_value()?),
                "tags" => __f15 = __map.next_value()?,
                "uuid" => __f16 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            last_size: __f10.ok_or_else(|| __missing("last_size"))?,
            project_id: __f11.ok_or_else(|| __missing("project_id"))?,
            region: __f12.ok_or_else(|| __missing("region"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f14.ok_or_else(|| __missing("size_unit"))?,
            tags: __f15,
            uuid: __f16.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportImage {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportImageBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        last_size: i64,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: CostReportImageSizeUnit,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            last_size,
            project_id,
            region,
            region_id,
            size_unit,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for an AI inference deployment (`type: inference`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportInference {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; free text for this resource type.
    pub billing_value_unit: String,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportInference {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportInference {
    const EXPECTING: &'static str = "struct CostReportInference";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "flavor" => __f8 = Some(__map.next_value()?),
                "last_name" => __f9 = Some(__map.next_value()?),
                "last_seen" => __f10 = Some(__map.next_value()?),
                "project_id" => __f11 = Some(__map.next_value()?),
                "region" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "uuid" => __f14 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f8.ok_or_else(|| __missing("flavor"))?,
            last_name: __f9.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f10.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f11.ok_or_else(|| __missing("project_id"))?,
            region: __f12.ok_or_else(|| __missing("region"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            uuid: __f14.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportInference {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: String,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for a virtual machine instance (`type: instance`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportInstance {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportInstanceBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportInstance {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportInstance {
    const EXPECTING: &'static str = "struct CostReportInstance";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "flavor" => __f8 = Some(__map.next_value()?),
                "last_name" => __f9 = Some(__map.next_value()?),
                "last_seen" => __f10 = Some(__map.next_value()?),
                "project_id" => __f11 = Some(__map.next_value()?),
                "region" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "tags" => __f14 = __map.next_value()?,
                "uuid" => __f15 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f8.ok_or_else(|| __missing("flavor"))?,
            last_name: __f9.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f10.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f11.ok_or_else(|| __missing("project_id"))?,
            region: __f12.ok_or_else(|| __missing("region"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            tags: __f14,
            uuid: __f15.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportInstance {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportInstanceBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for a load balancer (`type: load_balancer`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportLoadBalancer {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportLoadBalancerBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportLoadBalancer {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportLoadBalancer {
    const EXPECTING: &'static str = "struct CostReportLoadBalancer";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "flavor" => __f8 = Some(__map.next_value()?),
                "last_name" => __f9 = Some(__map.next_value()?),
                "last_seen" => __f10 = Some(__map.next_value()?),
                "project_id" => __f11 = Some(__map.next_value()?),
                "region" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "tags" => __f14 = __map.next_value()?,
                "uuid" => __f15 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f8.ok_or_else(|| __missing("flavor"))?,
            last_name: __f9.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f10.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f11.ok_or_else(|| __missing("project_id"))?,
            region: __f12.ok_or_else(|| __missing("region"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            tags: __f14,
            uuid: __f15.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportLoadBalancer {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportLoadBalancerBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for a logging index (`type: log_index`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportLogIndex {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportLogIndexBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// Size of the resource when it was last seen, in the unit named by `size_unit` (Gcore's field notes say bytes, but its examples follow `size_unit`).
    pub last_size: i64,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit in which `last_size` is expressed.
    pub size_unit: String,
    /// ID of the resource, or null when Gcore has none for it.
    pub uuid: Option<::uuid::Uuid>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportLogIndex {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportLogIndex {
    const EXPECTING: &'static str = "struct CostReportLogIndex";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "last_size" => __f10 = Some(__map.next_value()?),
                "project_id" => __f11 = Some(__map.next_value()?),
                "region" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "size_unit" => __f14 = Some(__map.next_value()?),
                "uuid" => __f15 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            last_size: __f10.ok_or_else(|| __missing("last_size"))?,
            project_id: __f11.ok_or_else(|| __missing("project_id"))?,
            region: __f12.ok_or_else(|| __missing("region"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f14.ok_or_else(|| __missing("size_unit"))?,
            uuid: __f15,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportLogIndex {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportLogIndexBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        last_size: i64,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: String,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            last_size,
            project_id,
            region,
            region_id,
            size_unit,
            uuid: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// One sort criterion, written `field.direction`.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum CostReportOrderBy {
    /// `billing_value.asc`
    BillingValueAsc,
    /// `billing_value.desc`
    BillingValueDesc,
    /// `first_seen.asc`
    FirstSeenAsc,
    /// `first_seen.desc`
    FirstSeenDesc,
    /// `last_name.asc`
    LastNameAsc,
    /// `last_name.desc`
    LastNameDesc,
    /// `last_seen.asc`
    LastSeenAsc,
    /// `last_seen.desc`
    LastSeenDesc,
    /// `project.asc`
    ProjectAsc,
    /// `project.desc`
    ProjectDesc,
    /// `region.asc`
    RegionAsc,
    /// `region.desc`
    RegionDesc,
    /// `type.asc`
    TypeAsc,
    /// `type.desc`
    TypeDesc,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl CostReportOrderBy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BillingValueAsc => "billing_value.asc",
            Self::BillingValueDesc => "billing_value.desc",
            Self::FirstSeenAsc => "first_seen.asc",
            Self::FirstSeenDesc => "first_seen.desc",
            Self::LastNameAsc => "last_name.asc",
            Self::LastNameDesc => "last_name.desc",
            Self::LastSeenAsc => "last_seen.asc",
            Self::LastSeenDesc => "last_seen.desc",
            Self::ProjectAsc => "project.asc",
            Self::ProjectDesc => "project.desc",
            Self::RegionAsc => "region.asc",
            Self::RegionDesc => "region.desc",
            Self::TypeAsc => "type.asc",
            Self::TypeDesc => "type.desc",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for CostReportOrderBy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "billing_value.asc" => Self::BillingValueAsc,
            "billing_value.desc" => Self::BillingValueDesc,
            "first_seen.asc" => Self::FirstSeenAsc,
            "first_seen.desc" => Self::FirstSeenDesc,
            "last_name.asc" => Self::LastNameAsc,
            "last_name.desc" => Self::LastNameDesc,
            "last_seen.asc" => Self::LastSeenAsc,
            "last_seen.desc" => Self::LastSeenDesc,
            "project.asc" => Self::ProjectAsc,
            "project.desc" => Self::ProjectDesc,
            "region.asc" => Self::RegionAsc,
            "region.desc" => Self::RegionDesc,
            "type.asc" => Self::TypeAsc,
            "type.desc" => Self::TypeDesc,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for CostReportOrderBy {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<CostReportOrderBy> for String {
    fn from(value: CostReportOrderBy) -> Self {
        match value {
            CostReportOrderBy::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for CostReportOrderBy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Whether prices may be shown for this account (Gcore: the price status for the UI). With `hide` or `error`, `cost` and `currency` of the rows may be null.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum CostReportPriceStatus {
    /// `error`
    Error,
    /// `hide`
    Hide,
    /// `show`
    Show,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl CostReportPriceStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "error",
            Self::Hide => "hide",
            Self::Show => "show",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for CostReportPriceStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "error" => Self::Error,
            "hide" => Self::Hide,
            "show" => Self::Show,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for CostReportPriceStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<CostReportPriceStatus> for String {
    fn from(value: CostReportPriceStatus) -> Self {
        match value {
            CostReportPriceStatus::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for CostReportPriceStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// What to include in the cost report. Unknown keys are rejected by the server, so only the keys listed here may be sent.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportRequest {
    /// Also count the costs of the day given in `time_to`.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_last_day: Option<bool>,
    /// Maximum number of rows to return in one page.
    ///
    /// Default: `10`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Number of rows to skip before this page starts.
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Sort order as an ordered list of `field.direction` criteria; earlier entries take precedence.
    ///
    /// Default: `["project.asc"]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_by: Option<Vec<CostReportOrderBy>>,
    /// Only report resources of these project IDs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projects: Option<Vec<i64>>,
    /// Only report resources in these region IDs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<i64>>,
    /// Shape of the response. Only the `json` shape is documented; ask for `csv_records` only when the raw body will be handled by the caller.
    ///
    /// Default: `"json"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<CostReportRequestResponseFormat>,
    /// Round costs to 5 decimal places. Set to false for full precision.
    ///
    /// Default: `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rounding: Option<bool>,
    /// Narrows the report to rows of one resource type whose `field` equals one of `values`. The allowed fields depend on `type`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_filter: Option<SchemaFilter>,
    /// Deprecated: use `order_by`. Sort order as an ordered list of sorting objects; earlier entries take precedence.
    ///
    /// Default: `[{"project":"asc"}]`.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sorting: Option<Vec<CostReportSorting>>,
    /// Narrows the report to resources whose tags satisfy the conditions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<TagsFilter>,
    /// Start of the report period. The report begins at the start (UTC) of this day.
    pub time_from: crate::runtime::Timestamp,
    /// End of the report period. The report stops just before the start (UTC) of this day, unless `enable_last_day` is set. The period should not be longer than 31 days.
    pub time_to: crate::runtime::Timestamp,
    /// Only report resources of these types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub types: Option<Vec<ResourceType>>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportRequest {
    const EXPECTING: &'static str = "struct CostReportRequest";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "enable_last_day" => __f0 = __map.next_value()?,
                "limit" => __f1 = __map.next_value()?,
                "offset" => __f2 = __map.next_value()?,
                "order_by" => __f3 = __map.next_value()?,
                "projects" => __f4 = __map.next_value()?,
                "regions" => __f5 = __map.next_value()?,
                "response_format" => __f6 = __map.next_value()?,
                "rounding" => __f7 = __map.next_value()?,
                "schema_filter" => __f8 = __map.next_value()?,
                "sorting" => __f9 = __map.next_value()?,
                "tags" => __f10 = __map.next_value()?,
                "time_from" => __f11 = Some(__map.next_value()?),
                "time_to" => __f12 = Some(__map.next_value()?),
                "types" => __f13 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            enable_last_day: __f0,
            limit: __f1,
            offset: __f2,
            order_by: __f3,
            projects: __f4,
            regions: __f5,
            response_format: __f6,
            rounding: __f7,
            schema_filter: __f8,
            sorting: __f9,
            tags: __f10,
            time_from: __f11.ok_or_else(|| __missing("time_from"))?,
            time_to: __f12.ok_or_else(|| __missing("time_to"))?,
            types: __f13,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportRequest {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        time_from: crate::runtime::Timestamp,
        time_to: crate::runtime::Timestamp,
    ) -> Self {
        Self {
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
            time_from,
            time_to,
            types: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// One row of the cost report. The `type` key tells which resource kind the row describes; several kinds have identical fields, so the row must be read by `type` and never by its shape.
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum CostReportResult {
    /// The value when its tag is `ai_cluster`.
    AiCluster(CostReportAiCluster),
    /// The value when its tag is `ai_virtual_cluster`.
    AiVirtualCluster(CostReportAiVirtualCluster),
    /// The value when its tag is `backup`.
    Backup(CostReportBackup),
    /// The value when its tag is `baremetal`.
    Baremetal(CostReportBaremetal),
    /// The value when its tag is `basic_vm`.
    BasicVm(CostReportBasicVm),
    /// The value when its tag is `containers`.
    Containers(CostReportContainers),
    /// The value when its tag is `dbaas_postgresql_connection_pooler`.
    DbaasPostgresqlConnectionPooler(CostReportDbaasPostgresqlConnectionPooler),
    /// The value when its tag is `dbaas_postgresql_cpu`.
    DbaasPostgresqlCpu(CostReportDbaasPostgresqlCpu),
    /// The value when its tag is `dbaas_postgresql_memory`.
    DbaasPostgresqlMemory(CostReportDbaasPostgresqlMemory),
    /// The value when its tag is `dbaas_postgresql_public_network`.
    DbaasPostgresqlPublicNetwork(CostReportDbaasPostgresqlPublicNetwork),
    /// The value when its tag is `dbaas_postgresql_volume`.
    DbaasPostgresqlVolume(CostReportDbaasPostgresqlVolume),
    /// The value when its tag is `egress_traffic`.
    EgressTraffic(CostReportEgressTraffic),
    /// The value when its tag is `external_ip`.
    ExternalIp(CostReportExternalIp),
    /// The value when its tag is `file_share`.
    FileShare(CostReportFileShare),
    /// The value when its tag is `floatingip`.
    Floatingip(CostReportFloatingIp),
    /// The value when its tag is `functions`.
    Functions(CostReportFunctions),
    /// The value when its tag is `functions_calls`.
    FunctionsCalls(CostReportFunctionsCalls),
    /// The value when its tag is `functions_traffic`.
    FunctionsTraffic(CostReportFunctionsTraffic),
    /// The value when its tag is `image`.
    Image(CostReportImage),
    /// The value when its tag is `inference`.
    Inference(CostReportInference),
    /// The value when its tag is `instance`.
    Instance(CostReportInstance),
    /// The value when its tag is `load_balancer`.
    LoadBalancer(CostReportLoadBalancer),
    /// The value when its tag is `log_index`.
    LogIndex(CostReportLogIndex),
    /// The value when its tag is `snapshot`.
    Snapshot(CostReportSnapshot),
    /// The value when its tag is `volume`.
    Volume(CostReportVolume),
    /// A variant this client does not know (yet); the raw JSON.
    Unknown(::serde_json::Value),
}
#[cfg(feature = "cost_reports")]
impl ::serde::Serialize for CostReportResult {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::AiCluster(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "ai_cluster",
                    value,
                )
            }
            Self::AiVirtualCluster(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "ai_virtual_cluster",
                    value,
                )
            }
            Self::Backup(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "backup",
                    value,
                )
            }
            Self::Baremetal(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "baremetal",
                    value,
                )
            }
            Self::BasicVm(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "basic_vm",
                    value,
                )
            }
            Self::Containers(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "containers",
                    value,
                )
            }
            Self::DbaasPostgresqlConnectionPooler(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_connection_pooler",
                    value,
                )
            }
            Self::DbaasPostgresqlCpu(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_cpu",
                    value,
                )
            }
            Self::DbaasPostgresqlMemory(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_memory",
                    value,
                )
            }
            Self::DbaasPostgresqlPublicNetwork(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_public_network",
                    value,
                )
            }
            Self::DbaasPostgresqlVolume(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_volume",
                    value,
                )
            }
            Self::EgressTraffic(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "egress_traffic",
                    value,
                )
            }
            Self::ExternalIp(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "external_ip",
                    value,
                )
            }
            Self::FileShare(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "file_share",
                    value,
                )
            }
            Self::Floatingip(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "floatingip",
                    value,
                )
            }
            Self::Functions(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions",
                    value,
                )
            }
            Self::FunctionsCalls(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions_calls",
                    value,
                )
            }
            Self::FunctionsTraffic(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions_traffic",
                    value,
                )
            }
            Self::Image(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "image",
                    value,
                )
            }
            Self::Inference(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "inference",
                    value,
                )
            }
            Self::Instance(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "instance",
                    value,
                )
            }
            Self::LoadBalancer(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "load_balancer",
                    value,
                )
            }
            Self::LogIndex(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "log_index",
                    value,
                )
            }
            Self::Snapshot(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "snapshot",
                    value,
                )
            }
            Self::Volume(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "volume",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::tagged::Tagged<'de> for CostReportResult {
    const TAG: &'static str = "type";
    fn from_tagged<A: ::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: crate::runtime::tagged::Rest<'de, A>,
    ) -> ::core::result::Result<Self, A::Error> {
        match tag {
            "ai_cluster" => rest.read().map(Self::AiCluster),
            "ai_virtual_cluster" => rest.read().map(Self::AiVirtualCluster),
            "backup" => rest.read().map(Self::Backup),
            "baremetal" => rest.read().map(Self::Baremetal),
            "basic_vm" => rest.read().map(Self::BasicVm),
            "containers" => rest.read().map(Self::Containers),
            "dbaas_postgresql_connection_pooler" => {
                rest.read().map(Self::DbaasPostgresqlConnectionPooler)
            }
            "dbaas_postgresql_cpu" => rest.read().map(Self::DbaasPostgresqlCpu),
            "dbaas_postgresql_memory" => rest.read().map(Self::DbaasPostgresqlMemory),
            "dbaas_postgresql_public_network" => {
                rest.read().map(Self::DbaasPostgresqlPublicNetwork)
            }
            "dbaas_postgresql_volume" => rest.read().map(Self::DbaasPostgresqlVolume),
            "egress_traffic" => rest.read().map(Self::EgressTraffic),
            "external_ip" => rest.read().map(Self::ExternalIp),
            "file_share" => rest.read().map(Self::FileShare),
            "floatingip" => rest.read().map(Self::Floatingip),
            "functions" => rest.read().map(Self::Functions),
            "functions_calls" => rest.read().map(Self::FunctionsCalls),
            "functions_traffic" => rest.read().map(Self::FunctionsTraffic),
            "image" => rest.read().map(Self::Image),
            "inference" => rest.read().map(Self::Inference),
            "instance" => rest.read().map(Self::Instance),
            "load_balancer" => rest.read().map(Self::LoadBalancer),
            "log_index" => rest.read().map(Self::LogIndex),
            "snapshot" => rest.read().map(Self::Snapshot),
            "volume" => rest.read().map(Self::Volume),
            _ => rest.with_tag().read().map(Self::Unknown),
        }
    }
    fn unknown(value: ::serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        crate::runtime::tagged::deserialize_tagged(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for a volume snapshot (`type: snapshot`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportSnapshot {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportSnapshotBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// Size of the resource when it was last seen, in the unit named by `size_unit` (Gcore's field notes say bytes, but its examples follow `size_unit`).
    pub last_size: i64,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit in which `last_size` is expressed.
    pub size_unit: String,
    /// ID of the volume the snapshot was taken from.
    pub source_volume_uuid: ::uuid::Uuid,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Storage class of the volume.
    pub volume_type: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportSnapshot {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportSnapshot {
    const EXPECTING: &'static str = "struct CostReportSnapshot";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __f16 = None;
        let mut __f17 = None;
        let mut __f18 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "first_seen" => __f7 = Some(__map.next_value()?),
                "last_name" => __f8 = Some(__map.next_value()?),
                "last_seen" => __f9 = Some(__map.next_value()?),
                "last_size" => __f10 = Some(__map.next_value()?),
                "project_id" => __f11 = Some(__map.next_value()?),
                "region" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "size_unit" => __f14 = Some(__map.next_value()?),
                "source_volume_uuid" => __f15 = Some(__map.next_value()?),
                "tags" => __f16 = __map.next_value()?,
                "uuid" => __f17 = Some(__map.next_value()?),
                "volume_type" => __f18 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            first_seen: __f7.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f8.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f9.ok_or_else(|| __missing("last_seen"))?,
            last_size: __f10.ok_or_else(|| __missing("last_size"))?,
            project_id: __f11.ok_or_else(|| __missing("project_id"))?,
            region: __f12.ok_or_else(|| __missing("region"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f14.ok_or_else(|| __missing("size_unit"))?,
            source_volume_uuid: __f15.ok_or_else(|| __missing("source_volume_uuid"))?,
            tags: __f16,
            uuid: __f17.ok_or_else(|| __missing("uuid"))?,
            volume_type: __f18.ok_or_else(|| __missing("volume_type"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportSnapshot {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportSnapshotBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        last_size: i64,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: String,
        source_volume_uuid: ::uuid::Uuid,
        uuid: ::uuid::Uuid,
        volume_type: String,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            last_size,
            project_id,
            region,
            region_id,
            size_unit,
            source_volume_uuid,
            tags: None,
            uuid,
            volume_type,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// One entry of the deprecated `sorting` list: each key present sorts the rows by that column in the given direction.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CostReportSorting {
    /// Sort direction: ascending or descending.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_value: Option<SortDirection>,
    /// Sort direction: ascending or descending.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<SortDirection>,
    /// Sort direction: ascending or descending.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<SortDirection>,
    /// Sort direction: ascending or descending.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<SortDirection>,
    /// Sort direction: ascending or descending.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<SortDirection>,
    /// Sort direction: ascending or descending.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<SortDirection>,
    /// Sort direction: ascending or descending.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SortDirection>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportSorting {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportSorting {
    const EXPECTING: &'static str = "struct CostReportSorting";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_value" => __f0 = __map.next_value()?,
                "first_seen" => __f1 = __map.next_value()?,
                "last_name" => __f2 = __map.next_value()?,
                "last_seen" => __f3 = __map.next_value()?,
                "project" => __f4 = __map.next_value()?,
                "region" => __f5 = __map.next_value()?,
                "type" => __f6 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_value: __f0,
            first_seen: __f1,
            last_name: __f2,
            last_seen: __f3,
            project: __f4,
            region: __f5,
            r#type: __f6,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
/// One row of the cost totals: the usage and cost of one resource type and billing metric. The `type` key tells which resource kind the row describes; several kinds have identical fields, so the row must be read by `type` and never by its shape.
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum CostReportTotal {
    /// The value when its tag is `ai_cluster`.
    AiCluster(CostReportTotalAiCluster),
    /// The value when its tag is `ai_virtual_cluster`.
    AiVirtualCluster(CostReportTotalAiVirtualCluster),
    /// The value when its tag is `backup`.
    Backup(CostReportTotalBackup),
    /// The value when its tag is `baremetal`.
    Baremetal(CostReportTotalBaremetal),
    /// The value when its tag is `basic_vm`.
    BasicVm(CostReportTotalBasicVm),
    /// The value when its tag is `containers`.
    Containers(CostReportTotalContainers),
    /// The value when its tag is `dbaas_postgresql_connection_pooler`.
    DbaasPostgresqlConnectionPooler(CostReportTotalDbaasPostgresqlConnectionPooler),
    /// The value when its tag is `dbaas_postgresql_cpu`.
    DbaasPostgresqlCpu(CostReportTotalDbaasPostgresqlCpu),
    /// The value when its tag is `dbaas_postgresql_memory`.
    DbaasPostgresqlMemory(CostReportTotalDbaasPostgresqlMemory),
    /// The value when its tag is `dbaas_postgresql_public_network`.
    DbaasPostgresqlPublicNetwork(CostReportTotalDbaasPostgresqlPublicNetwork),
    /// The value when its tag is `dbaas_postgresql_volume`.
    DbaasPostgresqlVolume(CostReportTotalDbaasPostgresqlVolume),
    /// The value when its tag is `egress_traffic`.
    EgressTraffic(CostReportTotalEgressTraffic),
    /// The value when its tag is `external_ip`.
    ExternalIp(CostReportTotalExternalIp),
    /// The value when its tag is `file_share`.
    FileShare(CostReportTotalFileShare),
    /// The value when its tag is `floatingip`.
    Floatingip(CostReportTotalFloatingIp),
    /// The value when its tag is `functions`.
    Functions(CostReportTotalFunctions),
    /// The value when its tag is `functions_calls`.
    FunctionsCalls(CostReportTotalFunctionsCalls),
    /// The value when its tag is `functions_traffic`.
    FunctionsTraffic(CostReportTotalFunctionsTraffic),
    /// The value when its tag is `image`.
    Image(CostReportTotalImage),
    /// The value when its tag is `inference`.
    Inference(CostReportTotalInference),
    /// The value when its tag is `instance`.
    Instance(CostReportTotalInstance),
    /// The value when its tag is `load_balancer`.
    LoadBalancer(CostReportTotalLoadBalancer),
    /// The value when its tag is `log_index`.
    LogIndex(CostReportTotalLogIndex),
    /// The value when its tag is `snapshot`.
    Snapshot(CostReportTotalSnapshot),
    /// The value when its tag is `volume`.
    Volume(CostReportTotalVolume),
    /// A variant this client does not know (yet); the raw JSON.
    Unknown(::serde_json::Value),
}
#[cfg(feature = "cost_reports")]
impl ::serde::Serialize for CostReportTotal {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::AiCluster(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "ai_cluster",
                    value,
                )
            }
            Self::AiVirtualCluster(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "ai_virtual_cluster",
                    value,
                )
            }
            Self::Backup(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "backup",
                    value,
                )
            }
            Self::Baremetal(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "baremetal",
                    value,
                )
            }
            Self::BasicVm(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "basic_vm",
                    value,
                )
            }
            Self::Containers(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "containers",
                    value,
                )
            }
            Self::DbaasPostgresqlConnectionPooler(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_connection_pooler",
                    value,
                )
            }
            Self::DbaasPostgresqlCpu(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_cpu",
                    value,
                )
            }
            Self::DbaasPostgresqlMemory(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_memory",
                    value,
                )
            }
            Self::DbaasPostgresqlPublicNetwork(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_public_network",
                    value,
                )
            }
            Self::DbaasPostgresqlVolume(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_volume",
                    value,
                )
            }
            Self::EgressTraffic(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "egress_traffic",
                    value,
                )
            }
            Self::ExternalIp(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "external_ip",
                    value,
                )
            }
            Self::FileShare(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "file_share",
                    value,
                )
            }
            Self::Floatingip(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "floatingip",
                    value,
                )
            }
            Self::Functions(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions",
                    value,
                )
            }
            Self::FunctionsCalls(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions_calls",
                    value,
                )
            }
            Self::FunctionsTraffic(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions_traffic",
                    value,
                )
            }
            Self::Image(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "image",
                    value,
                )
            }
            Self::Inference(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "inference",
                    value,
                )
            }
            Self::Instance(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "instance",
                    value,
                )
            }
            Self::LoadBalancer(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "load_balancer",
                    value,
                )
            }
            Self::LogIndex(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "log_index",
                    value,
                )
            }
            Self::Snapshot(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "snapshot",
                    value,
                )
            }
            Self::Volume(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "volume",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::tagged::Tagged<'de> for CostReportTotal {
    const TAG: &'static str = "type";
    fn from_tagged<A: ::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: crate::runtime::tagged::Rest<'de, A>,
    ) -> ::core::result::Result<Self, A::Error> {
        match tag {
            "ai_cluster" => rest.read().map(Self::AiCluster),
            "ai_virtual_cluster" => rest.read().map(Self::AiVirtualCluster),
            "backup" => rest.read().map(Self::Backup),
            "baremetal" => rest.read().map(Self::Baremetal),
            "basic_vm" => rest.read().map(Self::BasicVm),
            "containers" => rest.read().map(Self::Containers),
            "dbaas_postgresql_connection_pooler" => {
                rest.read().map(Self::DbaasPostgresqlConnectionPooler)
            }
            "dbaas_postgresql_cpu" => rest.read().map(Self::DbaasPostgresqlCpu),
            "dbaas_postgresql_memory" => rest.read().map(Self::DbaasPostgresqlMemory),
            "dbaas_postgresql_public_network" => {
                rest.read().map(Self::DbaasPostgresqlPublicNetwork)
            }
            "dbaas_postgresql_volume" => rest.read().map(Self::DbaasPostgresqlVolume),
            "egress_traffic" => rest.read().map(Self::EgressTraffic),
            "external_ip" => rest.read().map(Self::ExternalIp),
            "file_share" => rest.read().map(Self::FileShare),
            "floatingip" => rest.read().map(Self::Floatingip),
            "functions" => rest.read().map(Self::Functions),
            "functions_calls" => rest.read().map(Self::FunctionsCalls),
            "functions_traffic" => rest.read().map(Self::FunctionsTraffic),
            "image" => rest.read().map(Self::Image),
            "inference" => rest.read().map(Self::Inference),
            "instance" => rest.read().map(Self::Instance),
            "load_balancer" => rest.read().map(Self::LoadBalancer),
            "log_index" => rest.read().map(Self::LogIndex),
            "snapshot" => rest.read().map(Self::Snapshot),
            "volume" => rest.read().map(Self::Volume),
            _ => rest.with_tag().read().map(Self::Unknown),
        }
    }
    fn unknown(value: ::serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotal {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        crate::runtime::tagged::deserialize_tagged(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `ai_cluster`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalAiCluster {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportTotalAiClusterBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalAiCluster {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalAiCluster {
    const EXPECTING: &'static str = "struct CostReportTotalAiCluster";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "flavor" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            flavor: __f7.ok_or_else(|| __missing("flavor"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalAiCluster {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalAiClusterBillingValueUnit,
        flavor: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            flavor,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `ai_virtual_cluster`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalAiVirtualCluster {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportTotalAiVirtualClusterBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalAiVirtualCluster {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalAiVirtualCluster {
    const EXPECTING: &'static str = "struct CostReportTotalAiVirtualCluster";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "flavor" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            flavor: __f7.ok_or_else(|| __missing("flavor"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalAiVirtualCluster {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalAiVirtualClusterBillingValueUnit,
        flavor: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            flavor,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `backup`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalBackup {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportTotalBackupBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Size of the backup when it was last seen; Gcore documents it in bytes.
    pub last_size: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalBackup {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalBackup {
    const EXPECTING: &'static str = "struct CostReportTotalBackup";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "last_size" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            last_size: __f7.ok_or_else(|| __missing("last_size"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalBackup {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalBackupBillingValueUnit,
        last_size: i64,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            last_size,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `baremetal`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalBaremetal {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportTotalBaremetalBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalBaremetal {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalBaremetal {
    const EXPECTING: &'static str = "struct CostReportTotalBaremetal";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "flavor" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            flavor: __f7.ok_or_else(|| __missing("flavor"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalBaremetal {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalBaremetalBillingValueUnit,
        flavor: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            flavor,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `basic_vm`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalBasicVm {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportTotalBasicVmBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalBasicVm {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalBasicVm {
    const EXPECTING: &'static str = "struct CostReportTotalBasicVm";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "flavor" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            flavor: __f7.ok_or_else(|| __missing("flavor"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalBasicVm {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalBasicVmBillingValueUnit,
        flavor: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            flavor,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `containers`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalContainers {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `GBS` for this resource type.
    pub billing_value_unit: CostReportTotalContainersBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalContainers {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalContainers {
    const EXPECTING: &'static str = "struct CostReportTotalContainers";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalContainers {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalContainersBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `dbaas_postgresql_connection_pooler`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalDbaasPostgresqlConnectionPooler {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportTotalDbaasPostgresqlConnectionPoolerBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalDbaasPostgresqlConnectionPooler {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for CostReportTotalDbaasPostgresqlConnectionPooler {
    const EXPECTING: &'static str = "struct CostReportTotalDbaasPostgresqlConnectionPooler";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalDbaasPostgresqlConnectionPooler {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalDbaasPostgresqlConnectionPoolerBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `dbaas_postgresql_cpu`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalDbaasPostgresqlCpu {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportTotalDbaasPostgresqlCpuBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalDbaasPostgresqlCpu {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalDbaasPostgresqlCpu {
    const EXPECTING: &'static str = "struct CostReportTotalDbaasPostgresqlCpu";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalDbaasPostgresqlCpu {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalDbaasPostgresqlCpuBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `dbaas_postgresql_memory`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalDbaasPostgresqlMemory {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportTotalDbaasPostgresqlMemoryBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalDbaasPostgresqlMemory {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for CostReportTotalDbaasPostgresqlMemory {
    const EXPECTING: &'static str = "struct CostReportTotalDbaasPostgresqlMemory";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalDbaasPostgresqlMemory {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalDbaasPostgresqlMemoryBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `dbaas_postgresql_public_network`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalDbaasPostgresqlPublicNetwork {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportTotalDbaasPostgresqlPublicNetworkBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalDbaasPostgresqlPublicNetwork {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for CostReportTotalDbaasPostgresqlPublicNetwork {
    const EXPECTING: &'static str = "struct CostReportTotalDbaasPostgresqlPublicNetwork";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalDbaasPostgresqlPublicNetwork {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalDbaasPostgresqlPublicNetworkBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `dbaas_postgresql_volume`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalDbaasPostgresqlVolume {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportTotalDbaasPostgresqlVolumeBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Storage class of the volume.
    pub volume_type: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalDbaasPostgresqlVolume {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for CostReportTotalDbaasPostgresqlVolume {
    const EXPECTING: &'static str = "struct CostReportTotalDbaasPostgresqlVolume";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                "volume_type" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            volume_type: __f9.ok_or_else(|| __missing("volume_type"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalDbaasPostgresqlVolume {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalDbaasPostgresqlVolumeBillingValueUnit,
        region: i64,
        region_id: i64,
        volume_type: String,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            volume_type,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `egress_traffic`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalEgressTraffic {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `bytes` for this resource type.
    pub billing_value_unit: CostReportTotalEgressTrafficBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Kind of server that sent the traffic.
    pub instance_type: CostReportEgressTrafficInstanceType,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalEgressTraffic {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalEgressTraffic {
    const EXPECTING: &'static str = "struct CostReportTotalEgressTraffic";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "instance_type" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            instance_type: __f7.ok_or_else(|| __missing("instance_type"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalEgressTraffic {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalEgressTrafficBillingValueUnit,
        instance_type: CostReportEgressTrafficInstanceType,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            instance_type,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `external_ip`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalExternalIp {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportTotalExternalIpBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalExternalIp {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalExternalIp {
    const EXPECTING: &'static str = "struct CostReportTotalExternalIp";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalExternalIp {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalExternalIpBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `file_share`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalFileShare {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportTotalFileShareBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Kind of file share.
    pub file_share_type: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalFileShare {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalFileShare {
    const EXPECTING: &'static str = "struct CostReportTotalFileShare";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "file_share_type" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            file_share_type: __f7.ok_or_else(|| __missing("file_share_type"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalFileShare {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalFileShareBillingValueUnit,
        file_share_type: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            file_share_type,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `floatingip`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalFloatingIp {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportTotalFloatingIpBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalFloatingIp {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalFloatingIp {
    const EXPECTING: &'static str = "struct CostReportTotalFloatingIp";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalFloatingIp {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalFloatingIpBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `functions`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalFunctions {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `GBS` for this resource type.
    pub billing_value_unit: CostReportTotalFunctionsBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalFunctions {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalFunctions {
    const EXPECTING: &'static str = "struct CostReportTotalFunctions";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalFunctions {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalFunctionsBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `functions_calls`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalFunctionsCalls {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `MLS` for this resource type.
    pub billing_value_unit: CostReportTotalFunctionsCallsBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalFunctionsCalls {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalFunctionsCalls {
    const EXPECTING: &'static str = "struct CostReportTotalFunctionsCalls";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalFunctionsCalls {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalFunctionsCallsBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `functions_traffic`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalFunctionsTraffic {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `GB` for this resource type.
    pub billing_value_unit: CostReportTotalFunctionsTrafficBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalFunctionsTraffic {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalFunctionsTraffic {
    const EXPECTING: &'static str = "struct CostReportTotalFunctionsTraffic";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalFunctionsTraffic {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalFunctionsTrafficBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `image`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalImage {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportTotalImageBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalImage {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalImage {
    const EXPECTING: &'static str = "struct CostReportTotalImage";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalImage {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalImageBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `inference`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalInference {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; free text for this resource type.
    pub billing_value_unit: String,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalInference {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalInference {
    const EXPECTING: &'static str = "struct CostReportTotalInference";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalInference {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `instance`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalInstance {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportTotalInstanceBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalInstance {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalInstance {
    const EXPECTING: &'static str = "struct CostReportTotalInstance";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "flavor" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            flavor: __f7.ok_or_else(|| __missing("flavor"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalInstance {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalInstanceBillingValueUnit,
        flavor: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            flavor,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `load_balancer`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalLoadBalancer {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: CostReportTotalLoadBalancerBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalLoadBalancer {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalLoadBalancer {
    const EXPECTING: &'static str = "struct CostReportTotalLoadBalancer";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "flavor" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            flavor: __f7.ok_or_else(|| __missing("flavor"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalLoadBalancer {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalLoadBalancerBillingValueUnit,
        flavor: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            flavor,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `log_index`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalLogIndex {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportTotalLogIndexBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalLogIndex {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalLogIndex {
    const EXPECTING: &'static str = "struct CostReportTotalLogIndex";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalLogIndex {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalLogIndexBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `snapshot`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalSnapshot {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportTotalSnapshotBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Storage class of the volume.
    pub volume_type: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalSnapshot {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalSnapshot {
    const EXPECTING: &'static str = "struct CostReportTotalSnapshot";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                "volume_type" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            volume_type: __f9.ok_or_else(|| __missing("volume_type"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalSnapshot {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalSnapshotBillingValueUnit,
        region: i64,
        region_id: i64,
        volume_type: String,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            volume_type,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost totals row for resources of type `volume`: their usage and cost, summed per billing metric.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportTotalVolume {
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportTotalVolumeBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Storage class of the volume.
    pub volume_type: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportTotalVolume {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportTotalVolume {
    const EXPECTING: &'static str = "struct CostReportTotalVolume";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_feature_name" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "currency" => __f5 = __map.next_value()?,
                "err" => __f6 = __map.next_value()?,
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                "volume_type" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_feature_name: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f4,
            currency: __f5,
            err: __f6,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            volume_type: __f9.ok_or_else(|| __missing("volume_type"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportTotalVolume {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportTotalVolumeBillingValueUnit,
        region: i64,
        region_id: i64,
        volume_type: String,
    ) -> Self {
        Self {
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            region,
            region_id,
            volume_type,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Cost report row for a block storage volume (`type: volume`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CostReportVolume {
    /// ID of the server the volume is attached to, or null when it is detached. Servers from 2025 may leave the key out.
    pub attached_to_vm: Option<::uuid::Uuid>,
    /// Readable name of the billing feature the usage was charged under, or null.
    pub billing_feature_name: Option<String>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: CostReportVolumeBillingValueUnit,
    /// Cost of the usage in the period, or null when no price is available (see `price_status`). An exact decimal amount, sent as a JSON number.
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// Currency code (ISO 4217) of `cost`, or null.
    pub currency: Option<String>,
    /// Why the cost could not be computed, or null when it could.
    pub err: Option<String>,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// Size of the resource when it was last seen, in the unit named by `size_unit` (Gcore's field notes say bytes, but its examples follow `size_unit`).
    pub last_size: i64,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit in which `last_size` is expressed.
    pub size_unit: String,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Storage class of the volume.
    pub volume_type: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for CostReportVolume {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for CostReportVolume {
    const EXPECTING: &'static str = "struct CostReportVolume";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __f16 = None;
        let mut __f17 = None;
        let mut __f18 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "attached_to_vm" => __f0 = __map.next_value()?,
                "billing_feature_name" => __f1 = __map.next_value()?,
                "billing_metric_name" => __f2 = Some(__map.next_value()?),
                "billing_value" => __f3 = Some(__map.next_value()?),
                "billing_value_unit" => __f4 = Some(__map.next_value()?),
                "cost" => __f5 = __map.next_value()?,
                "currency" => __f6 = __map.next_value()?,
                "err" => __f7 = __map.next_value()?,
                "first_seen" => __f8 = Some(__map.next_value()?),
                "last_name" => __f9 = Some(__map.next_value()?),
                "last_seen" => __f10 = Some(__map.next_value()?),
                "last_size" => __f11 = Some(__map.next_value()?),
                "project_id" => __f12 = Some(__map.next_value()?),
                "region" => __f13 = Some(__map.next_value()?),
                "region_id" => __f14 = Some(__map.next_value()?),
                "size_unit" => __f15 = Some(__map.next_value()?),
                "tags" => __f16 = __map.next_value()?,
                "uuid" => __f17 = Some(__map.next_value()?),
                "volume_type" => __f18 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            attached_to_vm: __f0,
            billing_feature_name: __f1,
            billing_metric_name: __f2.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f3.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f4.ok_or_else(|| __missing("billing_value_unit"))?,
            cost: __f5,
            currency: __f6,
            err: __f7,
            first_seen: __f8.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f9.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f10.ok_or_else(|| __missing("last_seen"))?,
            last_size: __f11.ok_or_else(|| __missing("last_size"))?,
            project_id: __f12.ok_or_else(|| __missing("project_id"))?,
            region: __f13.ok_or_else(|| __missing("region"))?,
            region_id: __f14.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f15.ok_or_else(|| __missing("size_unit"))?,
            tags: __f16,
            uuid: __f17.ok_or_else(|| __missing("uuid"))?,
            volume_type: __f18.ok_or_else(|| __missing("volume_type"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl CostReportVolume {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: CostReportVolumeBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        last_size: i64,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: String,
        uuid: ::uuid::Uuid,
        volume_type: String,
    ) -> Self {
        Self {
            attached_to_vm: None,
            billing_feature_name: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            cost: None,
            currency: None,
            err: None,
            first_seen,
            last_name,
            last_seen,
            last_size,
            project_id,
            region,
            region_id,
            size_unit,
            tags: None,
            uuid,
            volume_type,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "full")]
/// Error body returned by Gcore Cloud. Every key is optional and other keys may appear, since some endpoints answer with a different shape.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ErrorModel {
    /// Kind of error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exception_class: Option<String>,
    /// Human-readable explanation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// ID of the request, useful when contacting support.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "full")]
impl<'de> ::serde::Deserialize<'de> for ErrorModel {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "full")]
impl<'de> crate::runtime::support::FromMap<'de> for ErrorModel {
    const EXPECTING: &'static str = "struct ErrorModel";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "exception_class" => __f0 = __map.next_value()?,
                "message" => __f1 = __map.next_value()?,
                "request_id" => __f2 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            exception_class: __f0,
            message: __f1,
            request_id: __f2,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "reservations")]
/// A commitment reservation of resources in one region.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Reservation {
    /// First day on which the reservation is active.
    pub active_from: ::chrono::NaiveDate,
    /// Day on which the reservation stops being active.
    pub active_to: ::chrono::NaiveDate,
    /// Billing period unit of the reservation.
    pub activity_period: String,
    /// Length of the reservation, counted in `activity_period` units.
    pub activity_period_length: i64,
    /// Total prices of a reservation across all its resources. Prices are decimal strings (Gcore sends eight decimal places) so that no precision is lost; `per_unit` is per hour, `per_month` per month and `total` covers the whole reservation period.
    pub amount_prices: AmountPrices,
    /// ID of the billing plan behind the reservation.
    pub billing_plan_id: i64,
    /// When the reservation was created. Gcore sends this timestamp without a UTC offset (for example `2024-12-02T11:53:33.127371`), which is not strict RFC 3339; clients should accept both forms and read a naive value as UTC.
    pub created_at: crate::runtime::Timestamp,
    /// Error that occurred while reserving, or null.
    pub error: Option<String>,
    /// Expected delivery date when bare-metal stock has run out, or null when the hardware is available.
    pub eta: Option<::chrono::NaiveDate>,
    /// ID of the reservation.
    pub id: i64,
    /// Whether the upcoming-expiry reminder is shown.
    pub is_expiration_message_visible: bool,
    /// Name of the reservation.
    pub name: String,
    /// Statuses the reservation can move to next.
    pub next_statuses: Vec<String>,
    /// ID of the region.
    pub region_id: i64,
    /// Name of the region.
    pub region_name: String,
    /// Day from which the expiry reminder is shown, or null.
    pub remind_expiration_message: Option<::chrono::NaiveDate>,
    /// Resources covered by the reservation.
    pub resources: Vec<ReservationResource>,
    /// Workflow status of the reservation. The known values are those of `ReservationStatus`, but this is left an open string so that new statuses do not break clients.
    pub status: String,
    /// Status as shown to the customer; an open string with the same known values as `status`.
    pub user_status: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "reservations")]
impl<'de> ::serde::Deserialize<'de> for Reservation {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "reservations")]
impl<'de> crate::runtime::support::FromMap<'de> for Reservation {
    const EXPECTING: &'static str = "struct Reservation";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __f16 = None;
        let mut __f17 = None;
        let mut __f18 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "active_from" => __f0 = Some(__map.next_value()?),
                "active_to" => __f1 = Some(__map.next_value()?),
                "activity_period" => __f2 = Some(__map.next_value()?),
                "activity_period_length" => __f3 = Some(__map.next_value()?),
                "amount_prices" => __f4 = Some(__map.next_value()?),
                "billing_plan_id" => __f5 = Some(__map.next_value()?),
                "created_at" => __f6 = Some(__map.next_value()?),
                "error" => __f7 = __map.next_value()?,
                "eta" => __f8 = __map.next_value()?,
                "id" => __f9 = Some(__map.next_value()?),
                "is_expiration_message_visible" => __f10 = Some(__map.next_value()?),
                "name" => __f11 = Some(__map.next_value()?),
                "next_statuses" => __f12 = Some(__map.next_value()?),
                "region_id" => __f13 = Some(__map.next_value()?),
                "region_name" => __f14 = Some(__map.next_value()?),
                "remind_expiration_message" => __f15 = __map.next_value()?,
                "resources" => __f16 = Some(__map.next_value()?),
                "status" => __f17 = Some(__map.next_value()?),
                "user_status" => __f18 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            active_from: __f0.ok_or_else(|| __missing("active_from"))?,
            active_to: __f1.ok_or_else(|| __missing("active_to"))?,
            activity_period: __f2.ok_or_else(|| __missing("activity_period"))?,
            activity_period_length: __f3
                .ok_or_else(|| __missing("activity_period_length"))?,
            amount_prices: __f4.ok_or_else(|| __missing("amount_prices"))?,
            billing_plan_id: __f5.ok_or_else(|| __missing("billing_plan_id"))?,
            created_at: __f6.ok_or_else(|| __missing("created_at"))?,
            error: __f7,
            eta: __f8,
            id: __f9.ok_or_else(|| __missing("id"))?,
            is_expiration_message_visible: __f10
                .ok_or_else(|| __missing("is_expiration_message_visible"))?,
            name: __f11.ok_or_else(|| __missing("name"))?,
            next_statuses: __f12.ok_or_else(|| __missing("next_statuses"))?,
            region_id: __f13.ok_or_else(|| __missing("region_id"))?,
            region_name: __f14.ok_or_else(|| __missing("region_name"))?,
            remind_expiration_message: __f15,
            resources: __f16.ok_or_else(|| __missing("resources"))?,
            status: __f17.ok_or_else(|| __missing("status"))?,
            user_status: __f18.ok_or_else(|| __missing("user_status"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "reservations")]
impl Reservation {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        active_from: ::chrono::NaiveDate,
        active_to: ::chrono::NaiveDate,
        activity_period: String,
        activity_period_length: i64,
        amount_prices: AmountPrices,
        billing_plan_id: i64,
        created_at: crate::runtime::Timestamp,
        id: i64,
        is_expiration_message_visible: bool,
        name: String,
        next_statuses: Vec<String>,
        region_id: i64,
        region_name: String,
        resources: Vec<ReservationResource>,
        status: String,
        user_status: String,
    ) -> Self {
        Self {
            active_from,
            active_to,
            activity_period,
            activity_period_length,
            amount_prices,
            billing_plan_id,
            created_at,
            error: None,
            eta: None,
            id,
            is_expiration_message_visible,
            name,
            next_statuses,
            region_id,
            region_name,
            remind_expiration_message: None,
            resources,
            status,
            user_status,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "reservations")]
/// One page of reservations.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ReservationList {
    /// Total number of reservations that match the filters across all pages.
    pub count: i64,
    /// Reservations of this page.
    pub results: Vec<Reservation>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "reservations")]
impl<'de> ::serde::Deserialize<'de> for ReservationList {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "reservations")]
impl<'de> crate::runtime::support::FromMap<'de> for ReservationList {
    const EXPECTING: &'static str = "struct ReservationList";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "count" => __f0 = Some(__map.next_value()?),
                "results" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            count: __f0.ok_or_else(|| __missing("count"))?,
            results: __f1.ok_or_else(|| __missing("results"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "reservations")]
impl ReservationList {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(count: i64, results: Vec<Reservation>) -> Self {
        Self {
            count,
            results,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "reservations")]
/// One reserved resource (a flavor) with its count and prices. Prices and sizes are decimal strings.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ReservationResource {
    /// Billing period unit.
    pub activity_period: String,
    /// Length in `activity_period` units.
    pub activity_period_length: i64,
    /// ID of the committed billing plan item.
    pub billing_plan_item_id: i64,
    /// Committed price per month.
    pub commit_price_per_month: ::rust_decimal::Decimal,
    /// Committed price per hour.
    pub commit_price_per_unit: ::rust_decimal::Decimal,
    /// Committed price for the whole period.
    pub commit_price_total: ::rust_decimal::Decimal,
    /// CPU: Bare-metal hardware description; absent or null for other resources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    /// Disks: Bare-metal hardware description; absent or null for other resources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disk: Option<String>,
    /// ID of the billing plan item used beyond the commitment.
    pub overcommit_billing_plan_item_id: i64,
    /// Price per month beyond the commitment.
    pub overcommit_price_per_month: ::rust_decimal::Decimal,
    /// Price per hour beyond the commitment.
    pub overcommit_price_per_unit: ::rust_decimal::Decimal,
    /// Price for the whole period beyond the commitment.
    pub overcommit_price_total: ::rust_decimal::Decimal,
    /// Memory: Bare-metal hardware description; absent or null for other resources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ram: Option<String>,
    /// How many units of the resource are reserved.
    pub resource_count: i64,
    /// Billing metric name of the resource.
    pub resource_name: String,
    /// Kind of reserved resource.
    pub resource_type: ReservationResourceResourceType,
    /// Unit in which the resource is billed.
    pub unit_name: String,
    /// Billing units in one month (hours).
    pub unit_size_month: ::rust_decimal::Decimal,
    /// Billing units over the whole reservation period.
    pub unit_size_total: ::rust_decimal::Decimal,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "reservations")]
impl<'de> ::serde::Deserialize<'de> for ReservationResource {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "reservations")]
impl<'de> crate::runtime::support::FromMap<'de> for ReservationResource {
    const EXPECTING: &'static str = "struct ReservationResource";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __f15 = None;
        let mut __f16 = None;
        let mut __f17 = None;
        let mut __f18 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "activity_period" => __f0 = Some(__map.next_value()?),
                "activity_period_length" => __f1 = Some(__map.next_value()?),
                "billing_plan_item_id" => __f2 = Some(__map.next_value()?),
                "commit_price_per_month" => __f3 = Some(__map.next_value()?),
                "commit_price_per_unit" => __f4 = Some(__map.next_value()?),
                "commit_price_total" => __f5 = Some(__map.next_value()?),
                "cpu" => __f6 = __map.next_value()?,
                "disk" => __f7 = __map.next_value()?,
                "overcommit_billing_plan_item_id" => __f8 = Some(__map.next_value()?),
                "overcommit_price_per_month" => __f9 = Some(__map.next_value()?),
                "overcommit_price_per_unit" => __f10 = Some(__map.next_value()?),
                "overcommit_price_total" => __f11 = Some(__map.next_value()?),
                "ram" => __f12 = __map.next_value()?,
                "resource_count" => __f13 = Some(__map.next_value()?),
                "resource_name" => __f14 = Some(__map.next_value()?),
                "resource_type" => __f15 = Some(__map.next_value()?),
                "unit_name" => __f16 = Some(__map.next_value()?),
                "unit_size_month" => __f17 = Some(__map.next_value()?),
                "unit_size_total" => __f18 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            activity_period: __f0.ok_or_else(|| __missing("activity_period"))?,
            activity_period_length: __f1
                .ok_or_else(|| __missing("activity_period_length"))?,
            billing_plan_item_id: __f2.ok_or_else(|| __missing("billing_plan_item_id"))?,
            commit_price_per_month: __f3
                .ok_or_else(|| __missing("commit_price_per_month"))?,
            commit_price_per_unit: __f4
                .ok_or_else(|| __missing("commit_price_per_unit"))?,
            commit_price_total: __f5.ok_or_else(|| __missing("commit_price_total"))?,
            cpu: __f6,
            disk: __f7,
            overcommit_billing_plan_item_id: __f8
                .ok_or_else(|| __missing("overcommit_billing_plan_item_id"))?,
            overcommit_price_per_month: __f9
                .ok_or_else(|| __missing("overcommit_price_per_month"))?,
            overcommit_price_per_unit: __f10
                .ok_or_else(|| __missing("overcommit_price_per_unit"))?,
            overcommit_price_total: __f11
                .ok_or_else(|| __missing("overcommit_price_total"))?,
            ram: __f12,
            resource_count: __f13.ok_or_else(|| __missing("resource_count"))?,
            resource_name: __f14.ok_or_else(|| __missing("resource_name"))?,
            resource_type: __f15.ok_or_else(|| __missing("resource_type"))?,
            unit_name: __f16.ok_or_else(|| __missing("unit_name"))?,
            unit_size_month: __f17.ok_or_else(|| __missing("unit_size_month"))?,
            unit_size_total: __f18.ok_or_else(|| __missing("unit_size_total"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "reservations")]
impl ReservationResource {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        activity_period: String,
        activity_period_length: i64,
        billing_plan_item_id: i64,
        commit_price_per_month: ::rust_decimal::Decimal,
        commit_price_per_unit: ::rust_decimal::Decimal,
        commit_price_total: ::rust_decimal::Decimal,
        overcommit_billing_plan_item_id: i64,
        overcommit_price_per_month: ::rust_decimal::Decimal,
        overcommit_price_per_unit: ::rust_decimal::Decimal,
        overcommit_price_total: ::rust_decimal::Decimal,
        resource_count: i64,
        resource_name: String,
        resource_type: ReservationResourceResourceType,
        unit_name: String,
        unit_size_month: ::rust_decimal::Decimal,
        unit_size_total: ::rust_decimal::Decimal,
    ) -> Self {
        Self {
            activity_period,
            activity_period_length,
            billing_plan_item_id,
            commit_price_per_month,
            commit_price_per_unit,
            commit_price_total,
            cpu: None,
            disk: None,
            overcommit_billing_plan_item_id,
            overcommit_price_per_month,
            overcommit_price_per_unit,
            overcommit_price_total,
            ram: None,
            resource_count,
            resource_name,
            resource_type,
            unit_name,
            unit_size_month,
            unit_size_total,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "reservations")]
/// Step of the reservation workflow.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum ReservationStatus {
    /// `ACTIVATED`
    Activated,
    /// `APPROVED`
    Approved,
    /// `COPIED`
    Copied,
    /// `CREATED`
    Created,
    /// `EXPIRED`
    Expired,
    /// `REJECTED`
    Rejected,
    /// `RESERVED`
    Reserved,
    /// `WAITING_FOR_PAYMENT`
    WaitingForPayment,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "reservations")]
impl ReservationStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Activated => "ACTIVATED",
            Self::Approved => "APPROVED",
            Self::Copied => "COPIED",
            Self::Created => "CREATED",
            Self::Expired => "EXPIRED",
            Self::Rejected => "REJECTED",
            Self::Reserved => "RESERVED",
            Self::WaitingForPayment => "WAITING_FOR_PAYMENT",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "reservations")]
impl From<String> for ReservationStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ACTIVATED" => Self::Activated,
            "APPROVED" => Self::Approved,
            "COPIED" => Self::Copied,
            "CREATED" => Self::Created,
            "EXPIRED" => Self::Expired,
            "REJECTED" => Self::Rejected,
            "RESERVED" => Self::Reserved,
            "WAITING_FOR_PAYMENT" => Self::WaitingForPayment,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "reservations")]
impl From<&str> for ReservationStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "reservations")]
impl From<ReservationStatus> for String {
    fn from(value: ReservationStatus) -> Self {
        match value {
            ReservationStatus::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "reservations")]
impl ::std::fmt::Display for ReservationStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Kind of billed resource, as used in filters and in report rows.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum ResourceType {
    /// `ai_cluster`
    AiCluster,
    /// `ai_virtual_cluster`
    AiVirtualCluster,
    /// `backup`
    Backup,
    /// `baremetal`
    Baremetal,
    /// `basic_vm`
    BasicVm,
    /// `containers`
    Containers,
    /// `dbaas_postgresql_connection_pooler`
    DbaasPostgresqlConnectionPooler,
    /// `dbaas_postgresql_cpu`
    DbaasPostgresqlCpu,
    /// `dbaas_postgresql_memory`
    DbaasPostgresqlMemory,
    /// `dbaas_postgresql_public_network`
    DbaasPostgresqlPublicNetwork,
    /// `dbaas_postgresql_volume`
    DbaasPostgresqlVolume,
    /// `egress_traffic`
    EgressTraffic,
    /// `external_ip`
    ExternalIp,
    /// `file_share`
    FileShare,
    /// `floatingip`
    Floatingip,
    /// `functions`
    Functions,
    /// `functions_calls`
    FunctionsCalls,
    /// `functions_traffic`
    FunctionsTraffic,
    /// `image`
    Image,
    /// `inference`
    Inference,
    /// `instance`
    Instance,
    /// `load_balancer`
    LoadBalancer,
    /// `log_index`
    LogIndex,
    /// `snapshot`
    Snapshot,
    /// `volume`
    Volume,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl ResourceType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AiCluster => "ai_cluster",
            Self::AiVirtualCluster => "ai_virtual_cluster",
            Self::Backup => "backup",
            Self::Baremetal => "baremetal",
            Self::BasicVm => "basic_vm",
            Self::Containers => "containers",
            Self::DbaasPostgresqlConnectionPooler => "dbaas_postgresql_connection_pooler",
            Self::DbaasPostgresqlCpu => "dbaas_postgresql_cpu",
            Self::DbaasPostgresqlMemory => "dbaas_postgresql_memory",
            Self::DbaasPostgresqlPublicNetwork => "dbaas_postgresql_public_network",
            Self::DbaasPostgresqlVolume => "dbaas_postgresql_volume",
            Self::EgressTraffic => "egress_traffic",
            Self::ExternalIp => "external_ip",
            Self::FileShare => "file_share",
            Self::Floatingip => "floatingip",
            Self::Functions => "functions",
            Self::FunctionsCalls => "functions_calls",
            Self::FunctionsTraffic => "functions_traffic",
            Self::Image => "image",
            Self::Inference => "inference",
            Self::Instance => "instance",
            Self::LoadBalancer => "load_balancer",
            Self::LogIndex => "log_index",
            Self::Snapshot => "snapshot",
            Self::Volume => "volume",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for ResourceType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ai_cluster" => Self::AiCluster,
            "ai_virtual_cluster" => Self::AiVirtualCluster,
            "backup" => Self::Backup,
            "baremetal" => Self::Baremetal,
            "basic_vm" => Self::BasicVm,
            "containers" => Self::Containers,
            "dbaas_postgresql_connection_pooler" => Self::DbaasPostgresqlConnectionPooler,
            "dbaas_postgresql_cpu" => Self::DbaasPostgresqlCpu,
            "dbaas_postgresql_memory" => Self::DbaasPostgresqlMemory,
            "dbaas_postgresql_public_network" => Self::DbaasPostgresqlPublicNetwork,
            "dbaas_postgresql_volume" => Self::DbaasPostgresqlVolume,
            "egress_traffic" => Self::EgressTraffic,
            "external_ip" => Self::ExternalIp,
            "file_share" => Self::FileShare,
            "floatingip" => Self::Floatingip,
            "functions" => Self::Functions,
            "functions_calls" => Self::FunctionsCalls,
            "functions_traffic" => Self::FunctionsTraffic,
            "image" => Self::Image,
            "inference" => Self::Inference,
            "instance" => Self::Instance,
            "load_balancer" => Self::LoadBalancer,
            "log_index" => Self::LogIndex,
            "snapshot" => Self::Snapshot,
            "volume" => Self::Volume,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for ResourceType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<ResourceType> for String {
    fn from(value: ResourceType) -> Self {
        match value {
            ResourceType::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for ResourceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Narrows the report to rows of one resource type whose `field` equals one of `values`. The allowed fields depend on `type`.
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum SchemaFilter {
    /// The value when its tag is `ai_cluster`.
    AiCluster(SchemaFilterAiCluster),
    /// The value when its tag is `ai_virtual_cluster`.
    AiVirtualCluster(SchemaFilterAiVirtualCluster),
    /// The value when its tag is `backup`.
    Backup(SchemaFilterBackup),
    /// The value when its tag is `baremetal`.
    Baremetal(SchemaFilterBaremetal),
    /// The value when its tag is `basic_vm`.
    BasicVm(SchemaFilterBasicVm),
    /// The value when its tag is `containers`.
    Containers(SchemaFilterContainers),
    /// The value when its tag is `dbaas_postgresql_connection_pooler`.
    DbaasPostgresqlConnectionPooler(SchemaFilterDbaasPostgresqlConnectionPooler),
    /// The value when its tag is `dbaas_postgresql_cpu`.
    DbaasPostgresqlCpu(SchemaFilterDbaasPostgresqlCpu),
    /// The value when its tag is `dbaas_postgresql_memory`.
    DbaasPostgresqlMemory(SchemaFilterDbaasPostgresqlMemory),
    /// The value when its tag is `dbaas_postgresql_public_network`.
    DbaasPostgresqlPublicNetwork(SchemaFilterDbaasPostgresqlPublicNetwork),
    /// The value when its tag is `dbaas_postgresql_volume`.
    DbaasPostgresqlVolume(SchemaFilterDbaasPostgresqlVolume),
    /// The value when its tag is `egress_traffic`.
    EgressTraffic(SchemaFilterEgressTraffic),
    /// The value when its tag is `external_ip`.
    ExternalIp(SchemaFilterExternalIp),
    /// The value when its tag is `file_share`.
    FileShare(SchemaFilterFileShare),
    /// The value when its tag is `floatingip`.
    Floatingip(SchemaFilterFloatingIp),
    /// The value when its tag is `functions`.
    Functions(SchemaFilterFunctions),
    /// The value when its tag is `functions_calls`.
    FunctionsCalls(SchemaFilterFunctionsCalls),
    /// The value when its tag is `functions_traffic`.
    FunctionsTraffic(SchemaFilterFunctionsTraffic),
    /// The value when its tag is `image`.
    Image(SchemaFilterImage),
    /// The value when its tag is `inference`.
    Inference(SchemaFilterInference),
    /// The value when its tag is `instance`.
    Instance(SchemaFilterInstance),
    /// The value when its tag is `load_balancer`.
    LoadBalancer(SchemaFilterLoadBalancer),
    /// The value when its tag is `log_index`.
    LogIndex(SchemaFilterLogIndex),
    /// The value when its tag is `snapshot`.
    Snapshot(SchemaFilterSnapshot),
    /// The value when its tag is `volume`.
    Volume(SchemaFilterVolume),
    /// A variant this client does not know (yet); the raw JSON.
    Unknown(::serde_json::Value),
}
#[cfg(feature = "cost_reports")]
impl ::serde::Serialize for SchemaFilter {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::AiCluster(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "ai_cluster",
                    value,
                )
            }
            Self::AiVirtualCluster(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "ai_virtual_cluster",
                    value,
                )
            }
            Self::Backup(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "backup",
                    value,
                )
            }
            Self::Baremetal(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "baremetal",
                    value,
                )
            }
            Self::BasicVm(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "basic_vm",
                    value,
                )
            }
            Self::Containers(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "containers",
                    value,
                )
            }
            Self::DbaasPostgresqlConnectionPooler(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_connection_pooler",
                    value,
                )
            }
            Self::DbaasPostgresqlCpu(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_cpu",
                    value,
                )
            }
            Self::DbaasPostgresqlMemory(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_memory",
                    value,
                )
            }
            Self::DbaasPostgresqlPublicNetwork(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_public_network",
                    value,
                )
            }
            Self::DbaasPostgresqlVolume(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_volume",
                    value,
                )
            }
            Self::EgressTraffic(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "egress_traffic",
                    value,
                )
            }
            Self::ExternalIp(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "external_ip",
                    value,
                )
            }
            Self::FileShare(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "file_share",
                    value,
                )
            }
            Self::Floatingip(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "floatingip",
                    value,
                )
            }
            Self::Functions(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions",
                    value,
                )
            }
            Self::FunctionsCalls(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions_calls",
                    value,
                )
            }
            Self::FunctionsTraffic(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions_traffic",
                    value,
                )
            }
            Self::Image(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "image",
                    value,
                )
            }
            Self::Inference(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "inference",
                    value,
                )
            }
            Self::Instance(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "instance",
                    value,
                )
            }
            Self::LoadBalancer(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "load_balancer",
                    value,
                )
            }
            Self::LogIndex(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "log_index",
                    value,
                )
            }
            Self::Snapshot(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "snapshot",
                    value,
                )
            }
            Self::Volume(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "volume",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::tagged::Tagged<'de> for SchemaFilter {
    const TAG: &'static str = "type";
    fn from_tagged<A: ::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: crate::runtime::tagged::Rest<'de, A>,
    ) -> ::core::result::Result<Self, A::Error> {
        match tag {
            "ai_cluster" => rest.read().map(Self::AiCluster),
            "ai_virtual_cluster" => rest.read().map(Self::AiVirtualCluster),
            "backup" => rest.read().map(Self::Backup),
            "baremetal" => rest.read().map(Self::Baremetal),
            "basic_vm" => rest.read().map(Self::BasicVm),
            "containers" => rest.read().map(Self::Containers),
            "dbaas_postgresql_connection_pooler" => {
                rest.read().map(Self::DbaasPostgresqlConnectionPooler)
            }
            "dbaas_postgresql_cpu" => rest.read().map(Self::DbaasPostgresqlCpu),
            "dbaas_postgresql_memory" => rest.read().map(Self::DbaasPostgresqlMemory),
            "dbaas_postgresql_public_network" => {
                rest.read().map(Self::DbaasPostgresqlPublicNetwork)
            }
            "dbaas_postgresql_volume" => rest.read().map(Self::DbaasPostgresqlVolume),
            "egress_traffic" => rest.read().map(Self::EgressTraffic),
            "external_ip" => rest.read().map(Self::ExternalIp),
            "file_share" => rest.read().map(Self::FileShare),
            "floatingip" => rest.read().map(Self::Floatingip),
            "functions" => rest.read().map(Self::Functions),
            "functions_calls" => rest.read().map(Self::FunctionsCalls),
            "functions_traffic" => rest.read().map(Self::FunctionsTraffic),
            "image" => rest.read().map(Self::Image),
            "inference" => rest.read().map(Self::Inference),
            "instance" => rest.read().map(Self::Instance),
            "load_balancer" => rest.read().map(Self::LoadBalancer),
            "log_index" => rest.read().map(Self::LogIndex),
            "snapshot" => rest.read().map(Self::Snapshot),
            "volume" => rest.read().map(Self::Volume),
            _ => rest.with_tag().read().map(Self::Unknown),
        }
    }
    fn unknown(value: ::serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        crate::runtime::tagged::deserialize_tagged(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for an AI cluster (`type: ai_cluster`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterAiCluster {
    /// Resource attribute to match.
    pub field: SchemaFilterAiClusterField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterAiCluster {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterAiCluster {
    const EXPECTING: &'static str = "struct SchemaFilterAiCluster";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterAiCluster {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterAiClusterField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for an AI virtual cluster (`type: ai_virtual_cluster`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterAiVirtualCluster {
    /// Resource attribute to match.
    pub field: SchemaFilterAiVirtualClusterField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterAiVirtualCluster {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterAiVirtualCluster {
    const EXPECTING: &'static str = "struct SchemaFilterAiVirtualCluster";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterAiVirtualCluster {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterAiVirtualClusterField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for a volume backup (`type: backup`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterBackup {
    /// Resource attribute to match.
    pub field: SchemaFilterBackupField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterBackup {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterBackup {
    const EXPECTING: &'static str = "struct SchemaFilterBackup";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterBackup {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterBackupField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for a bare-metal server (`type: baremetal`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterBaremetal {
    /// Resource attribute to match.
    pub field: SchemaFilterBaremetalField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterBaremetal {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterBaremetal {
    const EXPECTING: &'static str = "struct SchemaFilterBaremetal";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterBaremetal {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterBaremetalField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for a basic virtual machine (`type: basic_vm`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterBasicVm {
    /// Resource attribute to match.
    pub field: SchemaFilterBasicVmField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterBasicVm {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterBasicVm {
    const EXPECTING: &'static str = "struct SchemaFilterBasicVm";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterBasicVm {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterBasicVmField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for serverless container usage (`type: containers`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterContainers {
    /// Resource attribute to match.
    pub field: SchemaFilterContainersField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterContainers {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterContainers {
    const EXPECTING: &'static str = "struct SchemaFilterContainers";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterContainers {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterContainersField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for a managed PostgreSQL connection pooler (`type: dbaas_postgresql_connection_pooler`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterDbaasPostgresqlConnectionPooler {
    /// Resource attribute to match.
    pub field: SchemaFilterDbaasPostgresqlConnectionPoolerField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterDbaasPostgresqlConnectionPooler {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for SchemaFilterDbaasPostgresqlConnectionPooler {
    const EXPECTING: &'static str = "struct SchemaFilterDbaasPostgresqlConnectionPooler";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterDbaasPostgresqlConnectionPooler {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        field: SchemaFilterDbaasPostgresqlConnectionPoolerField,
        values: Vec<String>,
    ) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for managed PostgreSQL CPU usage (`type: dbaas_postgresql_cpu`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterDbaasPostgresqlCpu {
    /// Resource attribute to match.
    pub field: SchemaFilterDbaasPostgresqlCpuField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterDbaasPostgresqlCpu {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterDbaasPostgresqlCpu {
    const EXPECTING: &'static str = "struct SchemaFilterDbaasPostgresqlCpu";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterDbaasPostgresqlCpu {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterDbaasPostgresqlCpuField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for managed PostgreSQL memory usage (`type: dbaas_postgresql_memory`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterDbaasPostgresqlMemory {
    /// Resource attribute to match.
    pub field: SchemaFilterDbaasPostgresqlMemoryField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterDbaasPostgresqlMemory {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterDbaasPostgresqlMemory {
    const EXPECTING: &'static str = "struct SchemaFilterDbaasPostgresqlMemory";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterDbaasPostgresqlMemory {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        field: SchemaFilterDbaasPostgresqlMemoryField,
        values: Vec<String>,
    ) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for managed PostgreSQL public network access (`type: dbaas_postgresql_public_network`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterDbaasPostgresqlPublicNetwork {
    /// Resource attribute to match.
    pub field: SchemaFilterDbaasPostgresqlPublicNetworkField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterDbaasPostgresqlPublicNetwork {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for SchemaFilterDbaasPostgresqlPublicNetwork {
    const EXPECTING: &'static str = "struct SchemaFilterDbaasPostgresqlPublicNetwork";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterDbaasPostgresqlPublicNetwork {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        field: SchemaFilterDbaasPostgresqlPublicNetworkField,
        values: Vec<String>,
    ) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for a managed PostgreSQL storage volume (`type: dbaas_postgresql_volume`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterDbaasPostgresqlVolume {
    /// Resource attribute to match.
    pub field: SchemaFilterDbaasPostgresqlVolumeField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterDbaasPostgresqlVolume {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterDbaasPostgresqlVolume {
    const EXPECTING: &'static str = "struct SchemaFilterDbaasPostgresqlVolume";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterDbaasPostgresqlVolume {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        field: SchemaFilterDbaasPostgresqlVolumeField,
        values: Vec<String>,
    ) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for outbound traffic of a server (`type: egress_traffic`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterEgressTraffic {
    /// Resource attribute to match.
    pub field: SchemaFilterEgressTrafficField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterEgressTraffic {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterEgressTraffic {
    const EXPECTING: &'static str = "struct SchemaFilterEgressTraffic";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterEgressTraffic {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterEgressTrafficField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for an external IP address on a port (`type: external_ip`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterExternalIp {
    /// Resource attribute to match.
    pub field: SchemaFilterExternalIpField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterExternalIp {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterExternalIp {
    const EXPECTING: &'static str = "struct SchemaFilterExternalIp";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterExternalIp {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterExternalIpField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for a file share (`type: file_share`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterFileShare {
    /// Resource attribute to match.
    pub field: SchemaFilterFileShareField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterFileShare {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterFileShare {
    const EXPECTING: &'static str = "struct SchemaFilterFileShare";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterFileShare {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterFileShareField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for a floating IP address (`type: floatingip`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterFloatingIp {
    /// Resource attribute to match.
    pub field: SchemaFilterFloatingIpField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterFloatingIp {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterFloatingIp {
    const EXPECTING: &'static str = "struct SchemaFilterFloatingIp";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterFloatingIp {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterFloatingIpField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for serverless function runtime (`type: functions`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterFunctions {
    /// Resource attribute to match.
    pub field: SchemaFilterFunctionsField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterFunctions {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterFunctions {
    const EXPECTING: &'static str = "struct SchemaFilterFunctions";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterFunctions {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterFunctionsField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for serverless function calls (`type: functions_calls`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterFunctionsCalls {
    /// Resource attribute to match.
    pub field: SchemaFilterFunctionsCallsField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterFunctionsCalls {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterFunctionsCalls {
    const EXPECTING: &'static str = "struct SchemaFilterFunctionsCalls";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterFunctionsCalls {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterFunctionsCallsField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for outbound traffic of serverless functions (`type: functions_traffic`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterFunctionsTraffic {
    /// Resource attribute to match.
    pub field: SchemaFilterFunctionsTrafficField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterFunctionsTraffic {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterFunctionsTraffic {
    const EXPECTING: &'static str = "struct SchemaFilterFunctionsTraffic";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterFunctionsTraffic {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterFunctionsTrafficField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for an image (`type: image`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterImage {
    /// Resource attribute to match.
    pub field: SchemaFilterImageField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterImage {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterImage {
    const EXPECTING: &'static str = "struct SchemaFilterImage";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterImage {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterImageField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for an AI inference deployment (`type: inference`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterInference {
    /// Resource attribute to match.
    pub field: SchemaFilterInferenceField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterInference {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterInference {
    const EXPECTING: &'static str = "struct SchemaFilterInference";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterInference {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterInferenceField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for a virtual machine instance (`type: instance`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterInstance {
    /// Resource attribute to match.
    pub field: SchemaFilterInstanceField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterInstance {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterInstance {
    const EXPECTING: &'static str = "struct SchemaFilterInstance";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterInstance {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterInstanceField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for a load balancer (`type: load_balancer`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterLoadBalancer {
    /// Resource attribute to match.
    pub field: SchemaFilterLoadBalancerField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterLoadBalancer {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterLoadBalancer {
    const EXPECTING: &'static str = "struct SchemaFilterLoadBalancer";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterLoadBalancer {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterLoadBalancerField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for a logging index (`type: log_index`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterLogIndex {
    /// Resource attribute to match.
    pub field: SchemaFilterLogIndexField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterLogIndex {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterLogIndex {
    const EXPECTING: &'static str = "struct SchemaFilterLogIndex";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterLogIndex {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterLogIndexField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for a volume snapshot (`type: snapshot`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterSnapshot {
    /// Resource attribute to match.
    pub field: SchemaFilterSnapshotField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterSnapshot {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterSnapshot {
    const EXPECTING: &'static str = "struct SchemaFilterSnapshot";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterSnapshot {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterSnapshotField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Filter on rows for a block storage volume (`type: volume`).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SchemaFilterVolume {
    /// Resource attribute to match.
    pub field: SchemaFilterVolumeField,
    /// Values to match; numbers are written as strings too.
    pub values: Vec<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for SchemaFilterVolume {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for SchemaFilterVolume {
    const EXPECTING: &'static str = "struct SchemaFilterVolume";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "values" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            values: __f1.ok_or_else(|| __missing("values"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterVolume {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: SchemaFilterVolumeField, values: Vec<String>) -> Self {
        Self {
            field,
            values,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Sort direction: ascending or descending.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum SortDirection {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl SortDirection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for SortDirection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for SortDirection {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<SortDirection> for String {
    fn from(value: SortDirection) -> Self {
        match value {
            SortDirection::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for SortDirection {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Narrows the report to resources whose tags satisfy the conditions.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct TagsFilter {
    /// How the conditions combine: `AND` needs all of them, `OR` any one.
    ///
    /// Default: `"OR"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition_type: Option<TagsFilterConditionType>,
    /// The conditions to check (1 to 10).
    pub conditions: Vec<TagsFilterCondition>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for TagsFilter {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for TagsFilter {
    const EXPECTING: &'static str = "struct TagsFilter";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "condition_type" => __f0 = __map.next_value()?,
                "conditions" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            condition_type: __f0,
            conditions: __f1.ok_or_else(|| __missing("conditions"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl TagsFilter {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(conditions: Vec<TagsFilterCondition>) -> Self {
        Self {
            condition_type: None,
            conditions,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// One tag condition. Gcore documents the lengths below but its own examples break them, so clients should not enforce them.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct TagsFilterCondition {
    /// Tag key to look for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// True for an exact match; false allows a looser match such as a partial or case-insensitive one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strict: Option<bool>,
    /// Tag value to look for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for TagsFilterCondition {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for TagsFilterCondition {
    const EXPECTING: &'static str = "struct TagsFilterCondition";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "key" => __f0 = __map.next_value()?,
                "strict" => __f1 = __map.next_value()?,
                "value" => __f2 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            key: __f0,
            strict: __f1,
            value: __f2,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
/// One page of the usage report.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReport {
    /// Total number of resources that match the request across all pages (not the size of this page); it pages `resources`.
    pub count: i64,
    /// Usage of each resource on this page.
    pub resources: Vec<UsageReportResource>,
    /// Usage totals per resource type and billing metric.
    pub totals: Vec<UsageReportTotal>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReport {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReport {
    const EXPECTING: &'static str = "struct UsageReport";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "count" => __f0 = Some(__map.next_value()?),
                "resources" => __f1 = Some(__map.next_value()?),
                "totals" => __f2 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            count: __f0.ok_or_else(|| __missing("count"))?,
            resources: __f1.ok_or_else(|| __missing("resources"))?,
            totals: __f2.ok_or_else(|| __missing("totals"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReport {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        count: i64,
        resources: Vec<UsageReportResource>,
        totals: Vec<UsageReportTotal>,
    ) -> Self {
        Self {
            count,
            resources,
            totals,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// What to include in the usage report. Unknown keys are rejected by the server, so only the keys listed here may be sent.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportRequest {
    /// Also count the usage of the day given in `time_to`.
    ///
    /// Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_last_day: Option<bool>,
    /// Maximum number of resources to return in one page.
    ///
    /// Default: `10`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Number of resources to skip before this page starts.
    ///
    /// Default: `0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Sort order as an ordered list of `field.direction` criteria; earlier entries take precedence.
    ///
    /// Default: `["project.asc"]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_by: Option<Vec<CostReportOrderBy>>,
    /// Only report resources of these project IDs; null or absent means every project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projects: Option<Vec<i64>>,
    /// Only report resources in these region IDs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<i64>>,
    /// Narrows the report to rows of one resource type whose `field` equals one of `values`. The allowed fields depend on `type`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_filter: Option<SchemaFilter>,
    /// Deprecated: use `order_by`. Sort order as an ordered list of sorting objects; earlier entries take precedence.
    ///
    /// Default: `[{"project":"asc"}]`.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sorting: Option<Vec<CostReportSorting>>,
    /// Narrows the report to resources whose tags satisfy the conditions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<TagsFilter>,
    /// Start of the report period. The report begins at the start (UTC) of this day.
    pub time_from: crate::runtime::Timestamp,
    /// End of the report period. The report stops just before the start (UTC) of this day, unless `enable_last_day` is set.
    pub time_to: crate::runtime::Timestamp,
    /// Only report resources of these types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub types: Option<Vec<ResourceType>>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportRequest {
    const EXPECTING: &'static str = "struct UsageReportRequest";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "enable_last_day" => __f0 = __map.next_value()?,
                "limit" => __f1 = __map.next_value()?,
                "offset" => __f2 = __map.next_value()?,
                "order_by" => __f3 = __map.next_value()?,
                "projects" => __f4 = __map.next_value()?,
                "regions" => __f5 = __map.next_value()?,
                "schema_filter" => __f6 = __map.next_value()?,
                "sorting" => __f7 = __map.next_value()?,
                "tags" => __f8 = __map.next_value()?,
                "time_from" => __f9 = Some(__map.next_value()?),
                "time_to" => __f10 = Some(__map.next_value()?),
                "types" => __f11 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            enable_last_day: __f0,
            limit: __f1,
            offset: __f2,
            order_by: __f3,
            projects: __f4,
            regions: __f5,
            schema_filter: __f6,
            sorting: __f7,
            tags: __f8,
            time_from: __f9.ok_or_else(|| __missing("time_from"))?,
            time_to: __f10.ok_or_else(|| __missing("time_to"))?,
            types: __f11,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportRequest {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        time_from: crate::runtime::Timestamp,
        time_to: crate::runtime::Timestamp,
    ) -> Self {
        Self {
            enable_last_day: None,
            limit: None,
            offset: None,
            order_by: None,
            projects: None,
            regions: None,
            schema_filter: None,
            sorting: None,
            tags: None,
            time_from,
            time_to,
            types: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage of one resource. The `type` key tells which resource kind the row describes; several kinds have identical fields, so the row must be read by `type` and never by its shape.
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum UsageReportResource {
    /// The value when its tag is `ai_cluster`.
    AiCluster(UsageReportResourceAiCluster),
    /// The value when its tag is `ai_virtual_cluster`.
    AiVirtualCluster(UsageReportResourceAiVirtualCluster),
    /// The value when its tag is `backup`.
    Backup(UsageReportResourceBackup),
    /// The value when its tag is `baremetal`.
    Baremetal(UsageReportResourceBaremetal),
    /// The value when its tag is `basic_vm`.
    BasicVm(UsageReportResourceBasicVm),
    /// The value when its tag is `containers`.
    Containers(UsageReportResourceContainers),
    /// The value when its tag is `dbaas_postgresql_connection_pooler`.
    DbaasPostgresqlConnectionPooler(UsageReportResourceDbaasPostgresqlConnectionPooler),
    /// The value when its tag is `dbaas_postgresql_cpu`.
    DbaasPostgresqlCpu(UsageReportResourceDbaasPostgresqlCpu),
    /// The value when its tag is `dbaas_postgresql_memory`.
    DbaasPostgresqlMemory(UsageReportResourceDbaasPostgresqlMemory),
    /// The value when its tag is `dbaas_postgresql_public_network`.
    DbaasPostgresqlPublicNetwork(UsageReportResourceDbaasPostgresqlPublicNetwork),
    /// The value when its tag is `dbaas_postgresql_volume`.
    DbaasPostgresqlVolume(UsageReportResourceDbaasPostgresqlVolume),
    /// The value when its tag is `egress_traffic`.
    EgressTraffic(UsageReportResourceEgressTraffic),
    /// The value when its tag is `external_ip`.
    ExternalIp(UsageReportResourceExternalIp),
    /// The value when its tag is `file_share`.
    FileShare(UsageReportResourceFileShare),
    /// The value when its tag is `floatingip`.
    Floatingip(UsageReportResourceFloatingIp),
    /// The value when its tag is `functions`.
    Functions(UsageReportResourceFunctions),
    /// The value when its tag is `functions_calls`.
    FunctionsCalls(UsageReportResourceFunctionsCalls),
    /// The value when its tag is `functions_traffic`.
    FunctionsTraffic(UsageReportResourceFunctionsTraffic),
    /// The value when its tag is `image`.
    Image(UsageReportResourceImage),
    /// The value when its tag is `inference`.
    Inference(UsageReportResourceInference),
    /// The value when its tag is `instance`.
    Instance(UsageReportResourceInstance),
    /// The value when its tag is `load_balancer`.
    LoadBalancer(UsageReportResourceLoadBalancer),
    /// The value when its tag is `log_index`.
    LogIndex(UsageReportResourceLogIndex),
    /// The value when its tag is `snapshot`.
    Snapshot(UsageReportResourceSnapshot),
    /// The value when its tag is `volume`.
    Volume(UsageReportResourceVolume),
    /// A variant this client does not know (yet); the raw JSON.
    Unknown(::serde_json::Value),
}
#[cfg(feature = "cost_reports")]
impl ::serde::Serialize for UsageReportResource {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::AiCluster(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "ai_cluster",
                    value,
                )
            }
            Self::AiVirtualCluster(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "ai_virtual_cluster",
                    value,
                )
            }
            Self::Backup(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "backup",
                    value,
                )
            }
            Self::Baremetal(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "baremetal",
                    value,
                )
            }
            Self::BasicVm(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "basic_vm",
                    value,
                )
            }
            Self::Containers(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "containers",
                    value,
                )
            }
            Self::DbaasPostgresqlConnectionPooler(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_connection_pooler",
                    value,
                )
            }
            Self::DbaasPostgresqlCpu(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_cpu",
                    value,
                )
            }
            Self::DbaasPostgresqlMemory(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_memory",
                    value,
                )
            }
            Self::DbaasPostgresqlPublicNetwork(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_public_network",
                    value,
                )
            }
            Self::DbaasPostgresqlVolume(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_volume",
                    value,
                )
            }
            Self::EgressTraffic(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "egress_traffic",
                    value,
                )
            }
            Self::ExternalIp(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "external_ip",
                    value,
                )
            }
            Self::FileShare(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "file_share",
                    value,
                )
            }
            Self::Floatingip(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "floatingip",
                    value,
                )
            }
            Self::Functions(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions",
                    value,
                )
            }
            Self::FunctionsCalls(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions_calls",
                    value,
                )
            }
            Self::FunctionsTraffic(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions_traffic",
                    value,
                )
            }
            Self::Image(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "image",
                    value,
                )
            }
            Self::Inference(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "inference",
                    value,
                )
            }
            Self::Instance(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "instance",
                    value,
                )
            }
            Self::LoadBalancer(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "load_balancer",
                    value,
                )
            }
            Self::LogIndex(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "log_index",
                    value,
                )
            }
            Self::Snapshot(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "snapshot",
                    value,
                )
            }
            Self::Volume(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "volume",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::tagged::Tagged<'de> for UsageReportResource {
    const TAG: &'static str = "type";
    fn from_tagged<A: ::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: crate::runtime::tagged::Rest<'de, A>,
    ) -> ::core::result::Result<Self, A::Error> {
        match tag {
            "ai_cluster" => rest.read().map(Self::AiCluster),
            "ai_virtual_cluster" => rest.read().map(Self::AiVirtualCluster),
            "backup" => rest.read().map(Self::Backup),
            "baremetal" => rest.read().map(Self::Baremetal),
            "basic_vm" => rest.read().map(Self::BasicVm),
            "containers" => rest.read().map(Self::Containers),
            "dbaas_postgresql_connection_pooler" => {
                rest.read().map(Self::DbaasPostgresqlConnectionPooler)
            }
            "dbaas_postgresql_cpu" => rest.read().map(Self::DbaasPostgresqlCpu),
            "dbaas_postgresql_memory" => rest.read().map(Self::DbaasPostgresqlMemory),
            "dbaas_postgresql_public_network" => {
                rest.read().map(Self::DbaasPostgresqlPublicNetwork)
            }
            "dbaas_postgresql_volume" => rest.read().map(Self::DbaasPostgresqlVolume),
            "egress_traffic" => rest.read().map(Self::EgressTraffic),
            "external_ip" => rest.read().map(Self::ExternalIp),
            "file_share" => rest.read().map(Self::FileShare),
            "floatingip" => rest.read().map(Self::Floatingip),
            "functions" => rest.read().map(Self::Functions),
            "functions_calls" => rest.read().map(Self::FunctionsCalls),
            "functions_traffic" => rest.read().map(Self::FunctionsTraffic),
            "image" => rest.read().map(Self::Image),
            "inference" => rest.read().map(Self::Inference),
            "instance" => rest.read().map(Self::Instance),
            "load_balancer" => rest.read().map(Self::LoadBalancer),
            "log_index" => rest.read().map(Self::LogIndex),
            "snapshot" => rest.read().map(Self::Snapshot),
            "volume" => rest.read().map(Self::Volume),
            _ => rest.with_tag().read().map(Self::Unknown),
        }
    }
    fn unknown(value: ::serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        crate::runtime::tagged::deserialize_tagged(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for an AI cluster (`type: ai_cluster`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceAiCluster {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportResourceAiClusterBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceAiCluster {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceAiCluster {
    const EXPECTING: &'static str = "struct UsageReportResourceAiCluster";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "flavor" => __f4 = Some(__map.next_value()?),
                "last_name" => __f5 = Some(__map.next_value()?),
                "last_seen" => __f6 = Some(__map.next_value()?),
                "project_id" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                "tags" => __f10 = __map.next_value()?,
                "uuid" => __f11 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f4.ok_or_else(|| __missing("flavor"))?,
            last_name: __f5.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f6.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f7.ok_or_else(|| __missing("project_id"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            tags: __f10,
            uuid: __f11.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceAiCluster {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceAiClusterBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for an AI virtual cluster (`type: ai_virtual_cluster`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceAiVirtualCluster {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportResourceAiVirtualClusterBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceAiVirtualCluster {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceAiVirtualCluster {
    const EXPECTING: &'static str = "struct UsageReportResourceAiVirtualCluster";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "flavor" => __f4 = Some(__map.next_value()?),
                "last_name" => __f5 = Some(__map.next_value()?),
                "last_seen" => __f6 = Some(__map.next_value()?),
                "project_id" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                "tags" => __f10 = __map.next_value()?,
                "uuid" => __f11 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f4.ok_or_else(|| __missing("flavor"))?,
            last_name: __f5.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f6.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f7.ok_or_else(|| __missing("project_id"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            tags: __f10,
            uuid: __f11.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceAiVirtualCluster {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceAiVirtualClusterBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for a volume backup (`type: backup`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceBackup {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportResourceBackupBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// Size of the backup when it was last seen; Gcore documents it in bytes.
    pub last_size: i64,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the backup schedule that created the backup.
    pub schedule_id: ::uuid::Uuid,
    /// ID of the volume the backup was taken from.
    pub source_volume_uuid: ::uuid::Uuid,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceBackup {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceBackup {
    const EXPECTING: &'static str = "struct UsageReportResourceBackup";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "last_size" => __f6 = Some(__map.next_value()?),
                "project_id" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                "schedule_id" => __f10 = Some(__map.next_value()?),
                "source_volume_uuid" => __f11 = Some(__map.next_value()?),
                "uuid" => __f12 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            last_size: __f6.ok_or_else(|| __missing("last_size"))?,
            project_id: __f7.ok_or_else(|| __missing("project_id"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            schedule_id: __f10.ok_or_else(|| __missing("schedule_id"))?,
            source_volume_uuid: __f11.ok_or_else(|| __missing("source_volume_uuid"))?,
            uuid: __f12.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceBackup {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceBackupBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        last_size: i64,
        project_id: i64,
        region: i64,
        region_id: i64,
        schedule_id: ::uuid::Uuid,
        source_volume_uuid: ::uuid::Uuid,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            last_size,
            project_id,
            region,
            region_id,
            schedule_id,
            source_volume_uuid,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for a bare-metal server (`type: baremetal`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceBaremetal {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportResourceBaremetalBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceBaremetal {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceBaremetal {
    const EXPECTING: &'static str = "struct UsageReportResourceBaremetal";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "flavor" => __f4 = Some(__map.next_value()?),
                "last_name" => __f5 = Some(__map.next_value()?),
                "last_seen" => __f6 = Some(__map.next_value()?),
                "project_id" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                "tags" => __f10 = __map.next_value()?,
                "uuid" => __f11 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f4.ok_or_else(|| __missing("flavor"))?,
            last_name: __f5.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f6.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f7.ok_or_else(|| __missing("project_id"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            tags: __f10,
            uuid: __f11.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceBaremetal {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceBaremetalBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for a basic virtual machine (`type: basic_vm`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceBasicVm {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportResourceBasicVmBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceBasicVm {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceBasicVm {
    const EXPECTING: &'static str = "struct UsageReportResourceBasicVm";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "flavor" => __f4 = Some(__map.next_value()?),
                "last_name" => __f5 = Some(__map.next_value()?),
                "last_seen" => __f6 = Some(__map.next_value()?),
                "project_id" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                "tags" => __f10 = __map.next_value()?,
                "uuid" => __f11 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f4.ok_or_else(|| __missing("flavor"))?,
            last_name: __f5.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f6.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f7.ok_or_else(|| __missing("project_id"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            tags: __f10,
            uuid: __f11.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceBasicVm {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceBasicVmBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for serverless container usage (`type: containers`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceContainers {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `GBS` for this resource type.
    pub billing_value_unit: UsageReportResourceContainersBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceContainers {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceContainers {
    const EXPECTING: &'static str = "struct UsageReportResourceContainers";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "project_id" => __f6 = Some(__map.next_value()?),
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                "uuid" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f6.ok_or_else(|| __missing("project_id"))?,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            uuid: __f9.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceContainers {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceContainersBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for a managed PostgreSQL connection pooler (`type: dbaas_postgresql_connection_pooler`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceDbaasPostgresqlConnectionPooler {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportResourceDbaasPostgresqlConnectionPoolerBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de>
for UsageReportResourceDbaasPostgresqlConnectionPooler {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for UsageReportResourceDbaasPostgresqlConnectionPooler {
    const EXPECTING: &'static str = "struct UsageReportResourceDbaasPostgresqlConnectionPooler";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "project_id" => __f6 = Some(__map.next_value()?),
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                "uuid" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f6.ok_or_else(|| __missing("project_id"))?,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            uuid: __f9.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceDbaasPostgresqlConnectionPooler {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceDbaasPostgresqlConnectionPoolerBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for managed PostgreSQL CPU usage (`type: dbaas_postgresql_cpu`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceDbaasPostgresqlCpu {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportResourceDbaasPostgresqlCpuBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceDbaasPostgresqlCpu {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for UsageReportResourceDbaasPostgresqlCpu {
    const EXPECTING: &'static str = "struct UsageReportResourceDbaasPostgresqlCpu";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "project_id" => __f6 = Some(__map.next_value()?),
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                "uuid" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f6.ok_or_else(|| __missing("project_id"))?,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            uuid: __f9.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceDbaasPostgresqlCpu {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceDbaasPostgresqlCpuBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for managed PostgreSQL memory usage (`type: dbaas_postgresql_memory`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceDbaasPostgresqlMemory {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportResourceDbaasPostgresqlMemoryBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceDbaasPostgresqlMemory {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for UsageReportResourceDbaasPostgresqlMemory {
    const EXPECTING: &'static str = "struct UsageReportResourceDbaasPostgresqlMemory";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "project_id" => __f6 = Some(__map.next_value()?),
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                "uuid" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f6.ok_or_else(|| __missing("project_id"))?,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            uuid: __f9.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceDbaasPostgresqlMemory {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceDbaasPostgresqlMemoryBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for managed PostgreSQL public network access (`type: dbaas_postgresql_public_network`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceDbaasPostgresqlPublicNetwork {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportResourceDbaasPostgresqlPublicNetworkBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceDbaasPostgresqlPublicNetwork {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for UsageReportResourceDbaasPostgresqlPublicNetwork {
    const EXPECTING: &'static str = "struct UsageReportResourceDbaasPostgresqlPublicNetwork";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "project_id" => __f6 = Some(__map.next_value()?),
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                "uuid" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f6.ok_or_else(|| __missing("project_id"))?,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            uuid: __f9.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceDbaasPostgresqlPublicNetwork {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceDbaasPostgresqlPublicNetworkBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for a managed PostgreSQL storage volume (`type: dbaas_postgresql_volume`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceDbaasPostgresqlVolume {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportResourceDbaasPostgresqlVolumeBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit in which `last_size` is expressed.
    pub size_unit: String,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Storage class of the volume.
    pub volume_type: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceDbaasPostgresqlVolume {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for UsageReportResourceDbaasPostgresqlVolume {
    const EXPECTING: &'static str = "struct UsageReportResourceDbaasPostgresqlVolume";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "project_id" => __f6 = Some(__map.next_value()?),
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                "size_unit" => __f9 = Some(__map.next_value()?),
                "uuid" => __f10 = Some(__map.next_value()?),
                "volume_type" => __f11 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f6.ok_or_else(|| __missing("project_id"))?,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f9.ok_or_else(|| __missing("size_unit"))?,
            uuid: __f10.ok_or_else(|| __missing("uuid"))?,
            volume_type: __f11.ok_or_else(|| __missing("volume_type"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceDbaasPostgresqlVolume {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceDbaasPostgresqlVolumeBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: String,
        uuid: ::uuid::Uuid,
        volume_type: String,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            size_unit,
            uuid,
            volume_type,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for outbound traffic of a server (`type: egress_traffic`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceEgressTraffic {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `bytes` for this resource type.
    pub billing_value_unit: UsageReportResourceEgressTrafficBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name of the server that sent the traffic, or null when it is unknown. Servers from 2025 may leave the key out.
    pub instance_name: Option<String>,
    /// Kind of server that sent the traffic.
    pub instance_type: CostReportEgressTrafficInstanceType,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the network port the traffic left through.
    pub port_id: ::uuid::Uuid,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit of the traffic volume.
    pub size_unit: String,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the server that sent the traffic.
    pub vm_id: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceEgressTraffic {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceEgressTraffic {
    const EXPECTING: &'static str = "struct UsageReportResourceEgressTraffic";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "instance_name" => __f4 = __map.next_value()?,
                "instance_type" => __f5 = Some(__map.next_value()?),
                "last_seen" => __f6 = Some(__map.next_value()?),
                "port_id" => __f7 = Some(__map.next_value()?),
                "project_id" => __f8 = Some(__map.next_value()?),
                "region" => __f9 = Some(__map.next_value()?),
                "region_id" => __f10 = Some(__map.next_value()?),
                "size_unit" => __f11 = Some(__map.next_value()?),
                "tags" => __f12 = __map.next_value()?,
                "vm_id" => __f13 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            instance_name: __f4,
            instance_type: __f5.ok_or_else(|| __missing("instance_type"))?,
            last_seen: __f6.ok_or_else(|| __missing("last_seen"))?,
            port_id: __f7.ok_or_else(|| __missing("port_id"))?,
            project_id: __f8.ok_or_else(|| __missing("project_id"))?,
            region: __f9.ok_or_else(|| __missing("region"))?,
            region_id: __f10.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f11.ok_or_else(|| __missing("size_unit"))?,
            tags: __f12,
            vm_id: __f13.ok_or_else(|| __missing("vm_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceEgressTraffic {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceEgressTrafficBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        instance_type: CostReportEgressTrafficInstanceType,
        last_seen: crate::runtime::Timestamp,
        port_id: ::uuid::Uuid,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: String,
        vm_id: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            instance_name: None,
            instance_type,
            last_seen,
            port_id,
            project_id,
            region,
            region_id,
            size_unit,
            tags: None,
            vm_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for an external IP address on a port (`type: external_ip`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceExternalIp {
    /// ID of the server the address is attached to, or null when it is detached.
    pub attached_to_vm: Option<::uuid::Uuid>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportResourceExternalIpBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// The external IP address (IPv4 or IPv6).
    pub ip_address: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the network the address belongs to.
    pub network_id: ::uuid::Uuid,
    /// ID of the port the address is bound to.
    pub port_id: ::uuid::Uuid,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the subnet the address belongs to.
    pub subnet_id: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceExternalIp {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceExternalIp {
    const EXPECTING: &'static str = "struct UsageReportResourceExternalIp";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "attached_to_vm" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "first_seen" => __f4 = Some(__map.next_value()?),
                "ip_address" => __f5 = Some(__map.next_value()?),
                "last_seen" => __f6 = Some(__map.next_value()?),
                "network_id" => __f7 = Some(__map.next_value()?),
                "port_id" => __f8 = Some(__map.next_value()?),
                "project_id" => __f9 = Some(__map.next_value()?),
                "region" => __f10 = Some(__map.next_value()?),
                "region_id" => __f11 = Some(__map.next_value()?),
                "subnet_id" => __f12 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            attached_to_vm: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f4.ok_or_else(|| __missing("first_seen"))?,
            ip_address: __f5.ok_or_else(|| __missing("ip_address"))?,
            last_seen: __f6.ok_or_else(|| __missing("last_seen"))?,
            network_id: __f7.ok_or_else(|| __missing("network_id"))?,
            port_id: __f8.ok_or_else(|| __missing("port_id"))?,
            project_id: __f9.ok_or_else(|| __missing("project_id"))?,
            region: __f10.ok_or_else(|| __missing("region"))?,
            region_id: __f11.ok_or_else(|| __missing("region_id"))?,
            subnet_id: __f12.ok_or_else(|| __missing("subnet_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceExternalIp {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceExternalIpBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        ip_address: String,
        last_seen: crate::runtime::Timestamp,
        network_id: ::uuid::Uuid,
        port_id: ::uuid::Uuid,
        project_id: i64,
        region: i64,
        region_id: i64,
        subnet_id: ::uuid::Uuid,
    ) -> Self {
        Self {
            attached_to_vm: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            ip_address,
            last_seen,
            network_id,
            port_id,
            project_id,
            region,
            region_id,
            subnet_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for a file share (`type: file_share`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceFileShare {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportResourceFileShareBillingValueUnit,
    /// Kind of file share.
    pub file_share_type: String,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// Size of the resource when it was last seen, in the unit named by `size_unit` (Gcore's field notes say bytes, but its examples follow `size_unit`).
    pub last_size: i64,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit in which `last_size` is expressed; always `GiB` here.
    pub size_unit: UsageReportResourceFileShareSizeUnit,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceFileShare {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceFileShare {
    const EXPECTING: &'static str = "struct UsageReportResourceFileShare";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "file_share_type" => __f3 = Some(__map.next_value()?),
                "first_seen" => __f4 = Some(__map.next_value()?),
                "last_name" => __f5 = Some(__map.next_value()?),
                "last_seen" => __f6 = Some(__map.next_value()?),
                "last_size" => __f7 = Some(__map.next_value()?),
                "project_id" => __f8 = Some(__map.next_value()?),
                "region" => __f9 = Some(__map.next_value()?),
                "region_id" => __f10 = Some(__map.next_value()?),
                "size_unit" => __f11 = Some(__map.next_value()?),
                "tags" => __f12 = __map.next_value()?,
                "uuid" => __f13 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            file_share_type: __f3.ok_or_else(|| __missing("file_share_type"))?,
            first_seen: __f4.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f5.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f6.ok_or_else(|| __missing("last_seen"))?,
            last_size: __f7.ok_or_else(|| __missing("last_size"))?,
            project_id: __f8.ok_or_else(|| __missing("project_id"))?,
            region: __f9.ok_or_else(|| __missing("region"))?,
            region_id: __f10.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f11.ok_or_else(|| __missing("size_unit"))?,
            tags: __f12,
            uuid: __f13.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceFileShare {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceFileShareBillingValueUnit,
        file_share_type: String,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        last_size: i64,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: UsageReportResourceFileShareSizeUnit,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            file_share_type,
            first_seen,
            last_name,
            last_seen,
            last_size,
            project_id,
            region,
            region_id,
            size_unit,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for a floating IP address (`type: floatingip`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceFloatingIp {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportResourceFloatingIpBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// The floating IP address (IPv4 or IPv6).
    pub ip_address: String,
    /// Name the address had when it was last seen; usually the address itself.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceFloatingIp {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceFloatingIp {
    const EXPECTING: &'static str = "struct UsageReportResourceFloatingIp";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "ip_address" => __f4 = Some(__map.next_value()?),
                "last_name" => __f5 = Some(__map.next_value()?),
                "last_seen" => __f6 = Some(__map.next_value()?),
                "project_id" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                "tags" => __f10 = __map.next_value()?,
                "uuid" => __f11 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            ip_address: __f4.ok_or_else(|| __missing("ip_address"))?,
            last_name: __f5.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f6.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f7.ok_or_else(|| __missing("project_id"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            tags: __f10,
            uuid: __f11.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceFloatingIp {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceFloatingIpBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        ip_address: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            ip_address,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for serverless function runtime (`type: functions`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceFunctions {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `GBS` for this resource type.
    pub billing_value_unit: UsageReportResourceFunctionsBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceFunctions {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceFunctions {
    const EXPECTING: &'static str = "struct UsageReportResourceFunctions";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "project_id" => __f6 = Some(__map.next_value()?),
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                "uuid" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f6.ok_or_else(|| __missing("project_id"))?,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            uuid: __f9.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceFunctions {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceFunctionsBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for serverless function calls (`type: functions_calls`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceFunctionsCalls {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `MLS` for this resource type.
    pub billing_value_unit: UsageReportResourceFunctionsCallsBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceFunctionsCalls {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceFunctionsCalls {
    const EXPECTING: &'static str = "struct UsageReportResourceFunctionsCalls";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "project_id" => __f6 = Some(__map.next_value()?),
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                "uuid" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f6.ok_or_else(|| __missing("project_id"))?,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            uuid: __f9.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceFunctionsCalls {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceFunctionsCallsBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for outbound traffic of serverless functions (`type: functions_traffic`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceFunctionsTraffic {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `GB` for this resource type.
    pub billing_value_unit: UsageReportResourceFunctionsTrafficBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceFunctionsTraffic {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceFunctionsTraffic {
    const EXPECTING: &'static str = "struct UsageReportResourceFunctionsTraffic";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "project_id" => __f6 = Some(__map.next_value()?),
                "region" => __f7 = Some(__map.next_value()?),
                "region_id" => __f8 = Some(__map.next_value()?),
                "uuid" => __f9 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f6.ok_or_else(|| __missing("project_id"))?,
            region: __f7.ok_or_else(|| __missing("region"))?,
            region_id: __f8.ok_or_else(|| __missing("region_id"))?,
            uuid: __f9.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceFunctionsTraffic {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceFunctionsTrafficBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for an image (`type: image`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceImage {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportResourceImageBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// Size of the resource when it was last seen, in the unit named by `size_unit` (Gcore's field notes say bytes, but its examples follow `size_unit`).
    pub last_size: i64,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit in which `last_size` is expressed; always `bytes` here.
    pub size_unit: UsageReportResourceImageSizeUnit,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceImage {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceImage {
    const EXPECTING: &'static str = "struct UsageReportResourceImage";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "last_size" => __f6 = Some(__map.next_value()?),
                "project_id" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                "size_unit" => __f10 = Some(__map.next_value()?),
                "tags" => __f11 = __map.next_value()?,
                "uuid" => __f12 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            last_size: __f6.ok_or_else(|| __missing("last_size"))?,
            project_id: __f7.ok_or_else(|| __missing("project_id"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f10.ok_or_else(|| __missing("size_unit"))?,
            tags: __f11,
            uuid: __f12.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceImage {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceImageBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        last_size: i64,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: UsageReportResourceImageSizeUnit,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            last_size,
            project_id,
            region,
            region_id,
            size_unit,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for an AI inference deployment (`type: inference`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceInference {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; free text for this resource type.
    pub billing_value_unit: String,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceInference {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceInference {
    const EXPECTING: &'static str = "struct UsageReportResourceInference";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "flavor" => __f4 = Some(__map.next_value()?),
                "last_name" => __f5 = Some(__map.next_value()?),
                "last_seen" => __f6 = Some(__map.next_value()?),
                "project_id" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                "uuid" => __f10 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f4.ok_or_else(|| __missing("flavor"))?,
            last_name: __f5.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f6.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f7.ok_or_else(|| __missing("project_id"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            uuid: __f10.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceInference {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: String,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for a virtual machine instance (`type: instance`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceInstance {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportResourceInstanceBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceInstance {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceInstance {
    const EXPECTING: &'static str = "struct UsageReportResourceInstance";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "flavor" => __f4 = Some(__map.next_value()?),
                "last_name" => __f5 = Some(__map.next_value()?),
                "last_seen" => __f6 = Some(__map.next_value()?),
                "project_id" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                "tags" => __f10 = __map.next_value()?,
                "uuid" => __f11 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f4.ok_or_else(|| __missing("flavor"))?,
            last_name: __f5.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f6.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f7.ok_or_else(|| __missing("project_id"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            tags: __f10,
            uuid: __f11.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceInstance {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceInstanceBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for a load balancer (`type: load_balancer`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceLoadBalancer {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportResourceLoadBalancerBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceLoadBalancer {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceLoadBalancer {
    const EXPECTING: &'static str = "struct UsageReportResourceLoadBalancer";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "flavor" => __f4 = Some(__map.next_value()?),
                "last_name" => __f5 = Some(__map.next_value()?),
                "last_seen" => __f6 = Some(__map.next_value()?),
                "project_id" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                "tags" => __f10 = __map.next_value()?,
                "uuid" => __f11 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            flavor: __f4.ok_or_else(|| __missing("flavor"))?,
            last_name: __f5.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f6.ok_or_else(|| __missing("last_seen"))?,
            project_id: __f7.ok_or_else(|| __missing("project_id"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            tags: __f10,
            uuid: __f11.ok_or_else(|| __missing("uuid"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceLoadBalancer {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceLoadBalancerBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        flavor: String,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        project_id: i64,
        region: i64,
        region_id: i64,
        uuid: ::uuid::Uuid,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            flavor,
            last_name,
            last_seen,
            project_id,
            region,
            region_id,
            tags: None,
            uuid,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for a logging index (`type: log_index`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceLogIndex {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportResourceLogIndexBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// Size of the resource when it was last seen, in the unit named by `size_unit` (Gcore's field notes say bytes, but its examples follow `size_unit`).
    pub last_size: i64,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit in which `last_size` is expressed.
    pub size_unit: String,
    /// ID of the resource, or null when Gcore has none for it.
    pub uuid: Option<::uuid::Uuid>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceLogIndex {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceLogIndex {
    const EXPECTING: &'static str = "struct UsageReportResourceLogIndex";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "last_size" => __f6 = Some(__map.next_value()?),
                "project_id" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                "size_unit" => __f10 = Some(__map.next_value()?),
                "uuid" => __f11 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            last_size: __f6.ok_or_else(|| __missing("last_size"))?,
            project_id: __f7.ok_or_else(|| __missing("project_id"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f10.ok_or_else(|| __missing("size_unit"))?,
            uuid: __f11,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceLogIndex {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceLogIndexBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        last_size: i64,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: String,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            last_size,
            project_id,
            region,
            region_id,
            size_unit,
            uuid: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for a volume snapshot (`type: snapshot`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceSnapshot {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportResourceSnapshotBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// Size of the resource when it was last seen, in the unit named by `size_unit` (Gcore's field notes say bytes, but its examples follow `size_unit`).
    pub last_size: i64,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit in which `last_size` is expressed.
    pub size_unit: String,
    /// ID of the volume the snapshot was taken from.
    pub source_volume_uuid: ::uuid::Uuid,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Storage class of the volume.
    pub volume_type: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceSnapshot {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceSnapshot {
    const EXPECTING: &'static str = "struct UsageReportResourceSnapshot";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "first_seen" => __f3 = Some(__map.next_value()?),
                "last_name" => __f4 = Some(__map.next_value()?),
                "last_seen" => __f5 = Some(__map.next_value()?),
                "last_size" => __f6 = Some(__map.next_value()?),
                "project_id" => __f7 = Some(__map.next_value()?),
                "region" => __f8 = Some(__map.next_value()?),
                "region_id" => __f9 = Some(__map.next_value()?),
                "size_unit" => __f10 = Some(__map.next_value()?),
                "source_volume_uuid" => __f11 = Some(__map.next_value()?),
                "tags" => __f12 = __map.next_value()?,
                "uuid" => __f13 = Some(__map.next_value()?),
                "volume_type" => __f14 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f3.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f4.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f5.ok_or_else(|| __missing("last_seen"))?,
            last_size: __f6.ok_or_else(|| __missing("last_size"))?,
            project_id: __f7.ok_or_else(|| __missing("project_id"))?,
            region: __f8.ok_or_else(|| __missing("region"))?,
            region_id: __f9.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f10.ok_or_else(|| __missing("size_unit"))?,
            source_volume_uuid: __f11.ok_or_else(|| __missing("source_volume_uuid"))?,
            tags: __f12,
            uuid: __f13.ok_or_else(|| __missing("uuid"))?,
            volume_type: __f14.ok_or_else(|| __missing("volume_type"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceSnapshot {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceSnapshotBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        last_size: i64,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: String,
        source_volume_uuid: ::uuid::Uuid,
        uuid: ::uuid::Uuid,
        volume_type: String,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            last_size,
            project_id,
            region,
            region_id,
            size_unit,
            source_volume_uuid,
            tags: None,
            uuid,
            volume_type,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage report row for a block storage volume (`type: volume`), without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportResourceVolume {
    /// ID of the server the volume is attached to, or null when it is detached. Servers from 2025 may leave the key out.
    pub attached_to_vm: Option<::uuid::Uuid>,
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportResourceVolumeBillingValueUnit,
    /// First moment in the period at which the resource was billed.
    pub first_seen: crate::runtime::Timestamp,
    /// Name the resource had when it was last seen.
    pub last_name: String,
    /// Last moment in the period at which the resource was billed.
    pub last_seen: crate::runtime::Timestamp,
    /// Size of the resource when it was last seen, in the unit named by `size_unit` (Gcore's field notes say bytes, but its examples follow `size_unit`).
    pub last_size: i64,
    /// ID of the project that owns the resource.
    pub project_id: i64,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Unit in which `last_size` is expressed.
    pub size_unit: String,
    /// Tags of the resource as a list of single-pair objects (tag key to tag value), or null when the resource has no tags.
    pub tags: Option<Vec<::std::collections::BTreeMap<String, String>>>,
    /// ID of the resource.
    pub uuid: ::uuid::Uuid,
    /// Storage class of the volume.
    pub volume_type: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportResourceVolume {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportResourceVolume {
    const EXPECTING: &'static str = "struct UsageReportResourceVolume";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "attached_to_vm" => __f0 = __map.next_value()?,
                "billing_metric_name" => __f1 = Some(__map.next_value()?),
                "billing_value" => __f2 = Some(__map.next_value()?),
                "billing_value_unit" => __f3 = Some(__map.next_value()?),
                "first_seen" => __f4 = Some(__map.next_value()?),
                "last_name" => __f5 = Some(__map.next_value()?),
                "last_seen" => __f6 = Some(__map.next_value()?),
                "last_size" => __f7 = Some(__map.next_value()?),
                "project_id" => __f8 = Some(__map.next_value()?),
                "region" => __f9 = Some(__map.next_value()?),
                "region_id" => __f10 = Some(__map.next_value()?),
                "size_unit" => __f11 = Some(__map.next_value()?),
                "tags" => __f12 = __map.next_value()?,
                "uuid" => __f13 = Some(__map.next_value()?),
                "volume_type" => __f14 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            attached_to_vm: __f0,
            billing_metric_name: __f1.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f2.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f3.ok_or_else(|| __missing("billing_value_unit"))?,
            first_seen: __f4.ok_or_else(|| __missing("first_seen"))?,
            last_name: __f5.ok_or_else(|| __missing("last_name"))?,
            last_seen: __f6.ok_or_else(|| __missing("last_seen"))?,
            last_size: __f7.ok_or_else(|| __missing("last_size"))?,
            project_id: __f8.ok_or_else(|| __missing("project_id"))?,
            region: __f9.ok_or_else(|| __missing("region"))?,
            region_id: __f10.ok_or_else(|| __missing("region_id"))?,
            size_unit: __f11.ok_or_else(|| __missing("size_unit"))?,
            tags: __f12,
            uuid: __f13.ok_or_else(|| __missing("uuid"))?,
            volume_type: __f14.ok_or_else(|| __missing("volume_type"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportResourceVolume {
    /// A value with the required fields set and every optional field `None`.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per path parameter or required field of the API"
    )]
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportResourceVolumeBillingValueUnit,
        first_seen: crate::runtime::Timestamp,
        last_name: String,
        last_seen: crate::runtime::Timestamp,
        last_size: i64,
        project_id: i64,
        region: i64,
        region_id: i64,
        size_unit: String,
        uuid: ::uuid::Uuid,
        volume_type: String,
    ) -> Self {
        Self {
            attached_to_vm: None,
            billing_metric_name,
            billing_value,
            billing_value_unit,
            first_seen,
            last_name,
            last_seen,
            last_size,
            project_id,
            region,
            region_id,
            size_unit,
            tags: None,
            uuid,
            volume_type,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals of one resource type and billing metric. The `type` key tells which resource kind the row describes. Backups have no usage totals, so there is no `backup` variant.
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum UsageReportTotal {
    /// The value when its tag is `ai_cluster`.
    AiCluster(UsageReportTotalAiCluster),
    /// The value when its tag is `ai_virtual_cluster`.
    AiVirtualCluster(UsageReportTotalAiVirtualCluster),
    /// The value when its tag is `baremetal`.
    Baremetal(UsageReportTotalBaremetal),
    /// The value when its tag is `basic_vm`.
    BasicVm(UsageReportTotalBasicVm),
    /// The value when its tag is `containers`.
    Containers(UsageReportTotalContainers),
    /// The value when its tag is `dbaas_postgresql_connection_pooler`.
    DbaasPostgresqlConnectionPooler(UsageReportTotalDbaasPostgresqlConnectionPooler),
    /// The value when its tag is `dbaas_postgresql_cpu`.
    DbaasPostgresqlCpu(UsageReportTotalDbaasPostgresqlCpu),
    /// The value when its tag is `dbaas_postgresql_memory`.
    DbaasPostgresqlMemory(UsageReportTotalDbaasPostgresqlMemory),
    /// The value when its tag is `dbaas_postgresql_public_network`.
    DbaasPostgresqlPublicNetwork(UsageReportTotalDbaasPostgresqlPublicNetwork),
    /// The value when its tag is `dbaas_postgresql_volume`.
    DbaasPostgresqlVolume(UsageReportTotalDbaasPostgresqlVolume),
    /// The value when its tag is `egress_traffic`.
    EgressTraffic(UsageReportTotalEgressTraffic),
    /// The value when its tag is `external_ip`.
    ExternalIp(UsageReportTotalExternalIp),
    /// The value when its tag is `file_share`.
    FileShare(UsageReportTotalFileShare),
    /// The value when its tag is `floatingip`.
    Floatingip(UsageReportTotalFloatingIp),
    /// The value when its tag is `functions`.
    Functions(UsageReportTotalFunctions),
    /// The value when its tag is `functions_calls`.
    FunctionsCalls(UsageReportTotalFunctionsCalls),
    /// The value when its tag is `functions_traffic`.
    FunctionsTraffic(UsageReportTotalFunctionsTraffic),
    /// The value when its tag is `image`.
    Image(UsageReportTotalImage),
    /// The value when its tag is `inference`.
    Inference(UsageReportTotalInference),
    /// The value when its tag is `instance`.
    Instance(UsageReportTotalInstance),
    /// The value when its tag is `load_balancer`.
    LoadBalancer(UsageReportTotalLoadBalancer),
    /// The value when its tag is `log_index`.
    LogIndex(UsageReportTotalLogIndex),
    /// The value when its tag is `snapshot`.
    Snapshot(UsageReportTotalSnapshot),
    /// The value when its tag is `volume`.
    Volume(UsageReportTotalVolume),
    /// A variant this client does not know (yet); the raw JSON.
    Unknown(::serde_json::Value),
}
#[cfg(feature = "cost_reports")]
impl ::serde::Serialize for UsageReportTotal {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::AiCluster(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "ai_cluster",
                    value,
                )
            }
            Self::AiVirtualCluster(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "ai_virtual_cluster",
                    value,
                )
            }
            Self::Baremetal(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "baremetal",
                    value,
                )
            }
            Self::BasicVm(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "basic_vm",
                    value,
                )
            }
            Self::Containers(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "containers",
                    value,
                )
            }
            Self::DbaasPostgresqlConnectionPooler(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_connection_pooler",
                    value,
                )
            }
            Self::DbaasPostgresqlCpu(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_cpu",
                    value,
                )
            }
            Self::DbaasPostgresqlMemory(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_memory",
                    value,
                )
            }
            Self::DbaasPostgresqlPublicNetwork(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_public_network",
                    value,
                )
            }
            Self::DbaasPostgresqlVolume(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "dbaas_postgresql_volume",
                    value,
                )
            }
            Self::EgressTraffic(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "egress_traffic",
                    value,
                )
            }
            Self::ExternalIp(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "external_ip",
                    value,
                )
            }
            Self::FileShare(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "file_share",
                    value,
                )
            }
            Self::Floatingip(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "floatingip",
                    value,
                )
            }
            Self::Functions(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions",
                    value,
                )
            }
            Self::FunctionsCalls(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions_calls",
                    value,
                )
            }
            Self::FunctionsTraffic(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "functions_traffic",
                    value,
                )
            }
            Self::Image(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "image",
                    value,
                )
            }
            Self::Inference(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "inference",
                    value,
                )
            }
            Self::Instance(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "instance",
                    value,
                )
            }
            Self::LoadBalancer(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "load_balancer",
                    value,
                )
            }
            Self::LogIndex(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "log_index",
                    value,
                )
            }
            Self::Snapshot(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "snapshot",
                    value,
                )
            }
            Self::Volume(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "volume",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::tagged::Tagged<'de> for UsageReportTotal {
    const TAG: &'static str = "type";
    fn from_tagged<A: ::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: crate::runtime::tagged::Rest<'de, A>,
    ) -> ::core::result::Result<Self, A::Error> {
        match tag {
            "ai_cluster" => rest.read().map(Self::AiCluster),
            "ai_virtual_cluster" => rest.read().map(Self::AiVirtualCluster),
            "baremetal" => rest.read().map(Self::Baremetal),
            "basic_vm" => rest.read().map(Self::BasicVm),
            "containers" => rest.read().map(Self::Containers),
            "dbaas_postgresql_connection_pooler" => {
                rest.read().map(Self::DbaasPostgresqlConnectionPooler)
            }
            "dbaas_postgresql_cpu" => rest.read().map(Self::DbaasPostgresqlCpu),
            "dbaas_postgresql_memory" => rest.read().map(Self::DbaasPostgresqlMemory),
            "dbaas_postgresql_public_network" => {
                rest.read().map(Self::DbaasPostgresqlPublicNetwork)
            }
            "dbaas_postgresql_volume" => rest.read().map(Self::DbaasPostgresqlVolume),
            "egress_traffic" => rest.read().map(Self::EgressTraffic),
            "external_ip" => rest.read().map(Self::ExternalIp),
            "file_share" => rest.read().map(Self::FileShare),
            "floatingip" => rest.read().map(Self::Floatingip),
            "functions" => rest.read().map(Self::Functions),
            "functions_calls" => rest.read().map(Self::FunctionsCalls),
            "functions_traffic" => rest.read().map(Self::FunctionsTraffic),
            "image" => rest.read().map(Self::Image),
            "inference" => rest.read().map(Self::Inference),
            "instance" => rest.read().map(Self::Instance),
            "load_balancer" => rest.read().map(Self::LoadBalancer),
            "log_index" => rest.read().map(Self::LogIndex),
            "snapshot" => rest.read().map(Self::Snapshot),
            "volume" => rest.read().map(Self::Volume),
            _ => rest.with_tag().read().map(Self::Unknown),
        }
    }
    fn unknown(value: ::serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotal {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        crate::runtime::tagged::deserialize_tagged(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `ai_cluster`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalAiCluster {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportTotalAiClusterBillingValueUnit,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalAiCluster {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalAiCluster {
    const EXPECTING: &'static str = "struct UsageReportTotalAiCluster";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "flavor" => __f3 = Some(__map.next_value()?),
                "region" => __f4 = Some(__map.next_value()?),
                "region_id" => __f5 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            flavor: __f3.ok_or_else(|| __missing("flavor"))?,
            region: __f4.ok_or_else(|| __missing("region"))?,
            region_id: __f5.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalAiCluster {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalAiClusterBillingValueUnit,
        flavor: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            flavor,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `ai_virtual_cluster`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalAiVirtualCluster {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportTotalAiVirtualClusterBillingValueUnit,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalAiVirtualCluster {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalAiVirtualCluster {
    const EXPECTING: &'static str = "struct UsageReportTotalAiVirtualCluster";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "flavor" => __f3 = Some(__map.next_value()?),
                "region" => __f4 = Some(__map.next_value()?),
                "region_id" => __f5 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            flavor: __f3.ok_or_else(|| __missing("flavor"))?,
            region: __f4.ok_or_else(|| __missing("region"))?,
            region_id: __f5.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalAiVirtualCluster {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalAiVirtualClusterBillingValueUnit,
        flavor: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            flavor,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `baremetal`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalBaremetal {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportTotalBaremetalBillingValueUnit,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalBaremetal {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalBaremetal {
    const EXPECTING: &'static str = "struct UsageReportTotalBaremetal";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "flavor" => __f3 = Some(__map.next_value()?),
                "region" => __f4 = Some(__map.next_value()?),
                "region_id" => __f5 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            flavor: __f3.ok_or_else(|| __missing("flavor"))?,
            region: __f4.ok_or_else(|| __missing("region"))?,
            region_id: __f5.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalBaremetal {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalBaremetalBillingValueUnit,
        flavor: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            flavor,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `basic_vm`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalBasicVm {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportTotalBasicVmBillingValueUnit,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalBasicVm {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalBasicVm {
    const EXPECTING: &'static str = "struct UsageReportTotalBasicVm";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "flavor" => __f3 = Some(__map.next_value()?),
                "region" => __f4 = Some(__map.next_value()?),
                "region_id" => __f5 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            flavor: __f3.ok_or_else(|| __missing("flavor"))?,
            region: __f4.ok_or_else(|| __missing("region"))?,
            region_id: __f5.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalBasicVm {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalBasicVmBillingValueUnit,
        flavor: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            flavor,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `containers`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalContainers {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `GBS` for this resource type.
    pub billing_value_unit: UsageReportTotalContainersBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalContainers {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalContainers {
    const EXPECTING: &'static str = "struct UsageReportTotalContainers";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalContainers {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalContainersBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `dbaas_postgresql_connection_pooler`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalDbaasPostgresqlConnectionPooler {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportTotalDbaasPostgresqlConnectionPoolerBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalDbaasPostgresqlConnectionPooler {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for UsageReportTotalDbaasPostgresqlConnectionPooler {
    const EXPECTING: &'static str = "struct UsageReportTotalDbaasPostgresqlConnectionPooler";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalDbaasPostgresqlConnectionPooler {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalDbaasPostgresqlConnectionPoolerBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `dbaas_postgresql_cpu`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalDbaasPostgresqlCpu {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportTotalDbaasPostgresqlCpuBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalDbaasPostgresqlCpu {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalDbaasPostgresqlCpu {
    const EXPECTING: &'static str = "struct UsageReportTotalDbaasPostgresqlCpu";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalDbaasPostgresqlCpu {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalDbaasPostgresqlCpuBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `dbaas_postgresql_memory`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalDbaasPostgresqlMemory {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportTotalDbaasPostgresqlMemoryBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalDbaasPostgresqlMemory {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for UsageReportTotalDbaasPostgresqlMemory {
    const EXPECTING: &'static str = "struct UsageReportTotalDbaasPostgresqlMemory";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalDbaasPostgresqlMemory {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalDbaasPostgresqlMemoryBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `dbaas_postgresql_public_network`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalDbaasPostgresqlPublicNetwork {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportTotalDbaasPostgresqlPublicNetworkBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalDbaasPostgresqlPublicNetwork {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for UsageReportTotalDbaasPostgresqlPublicNetwork {
    const EXPECTING: &'static str = "struct UsageReportTotalDbaasPostgresqlPublicNetwork";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalDbaasPostgresqlPublicNetwork {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalDbaasPostgresqlPublicNetworkBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `dbaas_postgresql_volume`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalDbaasPostgresqlVolume {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportTotalDbaasPostgresqlVolumeBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Storage class of the volume.
    pub volume_type: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalDbaasPostgresqlVolume {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de>
for UsageReportTotalDbaasPostgresqlVolume {
    const EXPECTING: &'static str = "struct UsageReportTotalDbaasPostgresqlVolume";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                "volume_type" => __f5 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            volume_type: __f5.ok_or_else(|| __missing("volume_type"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalDbaasPostgresqlVolume {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalDbaasPostgresqlVolumeBillingValueUnit,
        region: i64,
        region_id: i64,
        volume_type: String,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            volume_type,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `egress_traffic`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalEgressTraffic {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `bytes` for this resource type.
    pub billing_value_unit: UsageReportTotalEgressTrafficBillingValueUnit,
    /// Kind of server that sent the traffic.
    pub instance_type: CostReportEgressTrafficInstanceType,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalEgressTraffic {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalEgressTraffic {
    const EXPECTING: &'static str = "struct UsageReportTotalEgressTraffic";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "instance_type" => __f3 = Some(__map.next_value()?),
                "region" => __f4 = Some(__map.next_value()?),
                "region_id" => __f5 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            instance_type: __f3.ok_or_else(|| __missing("instance_type"))?,
            region: __f4.ok_or_else(|| __missing("region"))?,
            region_id: __f5.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalEgressTraffic {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalEgressTrafficBillingValueUnit,
        instance_type: CostReportEgressTrafficInstanceType,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            instance_type,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `external_ip`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalExternalIp {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportTotalExternalIpBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalExternalIp {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalExternalIp {
    const EXPECTING: &'static str = "struct UsageReportTotalExternalIp";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalExternalIp {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalExternalIpBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `file_share`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalFileShare {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportTotalFileShareBillingValueUnit,
    /// Kind of file share.
    pub file_share_type: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalFileShare {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalFileShare {
    const EXPECTING: &'static str = "struct UsageReportTotalFileShare";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "file_share_type" => __f3 = Some(__map.next_value()?),
                "region" => __f4 = Some(__map.next_value()?),
                "region_id" => __f5 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            file_share_type: __f3.ok_or_else(|| __missing("file_share_type"))?,
            region: __f4.ok_or_else(|| __missing("region"))?,
            region_id: __f5.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalFileShare {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalFileShareBillingValueUnit,
        file_share_type: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            file_share_type,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `floatingip`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalFloatingIp {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportTotalFloatingIpBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalFloatingIp {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalFloatingIp {
    const EXPECTING: &'static str = "struct UsageReportTotalFloatingIp";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalFloatingIp {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalFloatingIpBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `functions`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalFunctions {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `GBS` for this resource type.
    pub billing_value_unit: UsageReportTotalFunctionsBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalFunctions {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalFunctions {
    const EXPECTING: &'static str = "struct UsageReportTotalFunctions";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalFunctions {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalFunctionsBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `functions_calls`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalFunctionsCalls {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `MLS` for this resource type.
    pub billing_value_unit: UsageReportTotalFunctionsCallsBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalFunctionsCalls {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalFunctionsCalls {
    const EXPECTING: &'static str = "struct UsageReportTotalFunctionsCalls";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalFunctionsCalls {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalFunctionsCallsBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `functions_traffic`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalFunctionsTraffic {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `GB` for this resource type.
    pub billing_value_unit: UsageReportTotalFunctionsTrafficBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalFunctionsTraffic {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalFunctionsTraffic {
    const EXPECTING: &'static str = "struct UsageReportTotalFunctionsTraffic";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalFunctionsTraffic {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalFunctionsTrafficBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `image`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalImage {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportTotalImageBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalImage {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalImage {
    const EXPECTING: &'static str = "struct UsageReportTotalImage";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalImage {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalImageBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `inference`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalInference {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; free text for this resource type.
    pub billing_value_unit: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalInference {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalInference {
    const EXPECTING: &'static str = "struct UsageReportTotalInference";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalInference {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `instance`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalInstance {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportTotalInstanceBillingValueUnit,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalInstance {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalInstance {
    const EXPECTING: &'static str = "struct UsageReportTotalInstance";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "flavor" => __f3 = Some(__map.next_value()?),
                "region" => __f4 = Some(__map.next_value()?),
                "region_id" => __f5 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            flavor: __f3.ok_or_else(|| __missing("flavor"))?,
            region: __f4.ok_or_else(|| __missing("region"))?,
            region_id: __f5.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalInstance {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalInstanceBillingValueUnit,
        flavor: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            flavor,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `load_balancer`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalLoadBalancer {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `minutes` for this resource type.
    pub billing_value_unit: UsageReportTotalLoadBalancerBillingValueUnit,
    /// Flavor (hardware configuration) the resource ran on.
    pub flavor: String,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalLoadBalancer {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalLoadBalancer {
    const EXPECTING: &'static str = "struct UsageReportTotalLoadBalancer";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "flavor" => __f3 = Some(__map.next_value()?),
                "region" => __f4 = Some(__map.next_value()?),
                "region_id" => __f5 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            flavor: __f3.ok_or_else(|| __missing("flavor"))?,
            region: __f4.ok_or_else(|| __missing("region"))?,
            region_id: __f5.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalLoadBalancer {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalLoadBalancerBillingValueUnit,
        flavor: String,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            flavor,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `log_index`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalLogIndex {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportTotalLogIndexBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalLogIndex {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalLogIndex {
    const EXPECTING: &'static str = "struct UsageReportTotalLogIndex";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalLogIndex {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalLogIndexBillingValueUnit,
        region: i64,
        region_id: i64,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `snapshot`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalSnapshot {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportTotalSnapshotBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Storage class of the volume.
    pub volume_type: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalSnapshot {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalSnapshot {
    const EXPECTING: &'static str = "struct UsageReportTotalSnapshot";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                "volume_type" => __f5 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            volume_type: __f5.ok_or_else(|| __missing("volume_type"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalSnapshot {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalSnapshotBillingValueUnit,
        region: i64,
        region_id: i64,
        volume_type: String,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            volume_type,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Usage totals row for resources of type `volume`: their usage summed per billing metric, without cost.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UsageReportTotalVolume {
    /// Machine name of the billing metric.
    pub billing_metric_name: String,
    /// Usage consumed in the period, measured in `billing_value_unit`.
    pub billing_value: f64,
    /// Unit of `billing_value`; always `gbminutes` for this resource type.
    pub billing_value_unit: UsageReportTotalVolumeBillingValueUnit,
    /// Region ID; always the same value as `region_id`.
    pub region: i64,
    /// ID of the region the resource lives in.
    pub region_id: i64,
    /// Storage class of the volume.
    pub volume_type: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for UsageReportTotalVolume {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for UsageReportTotalVolume {
    const EXPECTING: &'static str = "struct UsageReportTotalVolume";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "billing_metric_name" => __f0 = Some(__map.next_value()?),
                "billing_value" => __f1 = Some(__map.next_value()?),
                "billing_value_unit" => __f2 = Some(__map.next_value()?),
                "region" => __f3 = Some(__map.next_value()?),
                "region_id" => __f4 = Some(__map.next_value()?),
                "volume_type" => __f5 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            billing_metric_name: __f0.ok_or_else(|| __missing("billing_metric_name"))?,
            billing_value: __f1.ok_or_else(|| __missing("billing_value"))?,
            billing_value_unit: __f2.ok_or_else(|| __missing("billing_value_unit"))?,
            region: __f3.ok_or_else(|| __missing("region"))?,
            region_id: __f4.ok_or_else(|| __missing("region_id"))?,
            volume_type: __f5.ok_or_else(|| __missing("volume_type"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
impl UsageReportTotalVolume {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        billing_metric_name: String,
        billing_value: f64,
        billing_value_unit: UsageReportTotalVolumeBillingValueUnit,
        region: i64,
        region_id: i64,
        volume_type: String,
    ) -> Self {
        Self {
            billing_metric_name,
            billing_value,
            billing_value_unit,
            region,
            region_id,
            volume_type,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "cost_reports")]
/// Shape of the response. Only the `json` shape is documented; ask for `csv_totals` only when the raw body will be handled by the caller.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum AggregatedCostReportRequestResponseFormat {
    /// `csv_totals`
    CsvTotals,
    /// `json`
    Json,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl AggregatedCostReportRequestResponseFormat {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CsvTotals => "csv_totals",
            Self::Json => "json",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for AggregatedCostReportRequestResponseFormat {
    fn from(value: String) -> Self {
        match value.as_str() {
            "csv_totals" => Self::CsvTotals,
            "json" => Self::Json,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for AggregatedCostReportRequestResponseFormat {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<AggregatedCostReportRequestResponseFormat> for String {
    fn from(value: AggregatedCostReportRequestResponseFormat) -> Self {
        match value {
            AggregatedCostReportRequestResponseFormat::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for AggregatedCostReportRequestResponseFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Shape of the response. Only the `json` shape is documented; ask for `csv_totals` only when the raw body will be handled by the caller.
pub type AggregatedMonthlyCostReportRequestResponseFormat = AggregatedCostReportRequestResponseFormat;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum CostReportAiClusterBillingValueUnit {
    /// `minutes`
    Minutes,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl CostReportAiClusterBillingValueUnit {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Minutes => "minutes",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for CostReportAiClusterBillingValueUnit {
    fn from(value: String) -> Self {
        match value.as_str() {
            "minutes" => Self::Minutes,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for CostReportAiClusterBillingValueUnit {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<CostReportAiClusterBillingValueUnit> for String {
    fn from(value: CostReportAiClusterBillingValueUnit) -> Self {
        match value {
            CostReportAiClusterBillingValueUnit::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for CostReportAiClusterBillingValueUnit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportAiVirtualClusterBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum CostReportBackupBillingValueUnit {
    /// `gbminutes`
    Gbminutes,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl CostReportBackupBillingValueUnit {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gbminutes => "gbminutes",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for CostReportBackupBillingValueUnit {
    fn from(value: String) -> Self {
        match value.as_str() {
            "gbminutes" => Self::Gbminutes,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for CostReportBackupBillingValueUnit {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<CostReportBackupBillingValueUnit> for String {
    fn from(value: CostReportBackupBillingValueUnit) -> Self {
        match value {
            CostReportBackupBillingValueUnit::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for CostReportBackupBillingValueUnit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportBaremetalBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportBasicVmBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `GBS` for this resource type.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum CostReportContainersBillingValueUnit {
    /// `GBS`
    Gbs,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl CostReportContainersBillingValueUnit {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gbs => "GBS",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for CostReportContainersBillingValueUnit {
    fn from(value: String) -> Self {
        match value.as_str() {
            "GBS" => Self::Gbs,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for CostReportContainersBillingValueUnit {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<CostReportContainersBillingValueUnit> for String {
    fn from(value: CostReportContainersBillingValueUnit) -> Self {
        match value {
            CostReportContainersBillingValueUnit::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for CostReportContainersBillingValueUnit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportDbaasPostgresqlConnectionPoolerBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportDbaasPostgresqlCpuBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportDbaasPostgresqlMemoryBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportDbaasPostgresqlPublicNetworkBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportDbaasPostgresqlVolumeBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `bytes` for this resource type.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum CostReportEgressTrafficBillingValueUnit {
    /// `bytes`
    Bytes,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl CostReportEgressTrafficBillingValueUnit {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bytes => "bytes",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for CostReportEgressTrafficBillingValueUnit {
    fn from(value: String) -> Self {
        match value.as_str() {
            "bytes" => Self::Bytes,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for CostReportEgressTrafficBillingValueUnit {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<CostReportEgressTrafficBillingValueUnit> for String {
    fn from(value: CostReportEgressTrafficBillingValueUnit) -> Self {
        match value {
            CostReportEgressTrafficBillingValueUnit::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for CostReportEgressTrafficBillingValueUnit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportExternalIpBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportFileShareBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit in which `last_size` is expressed; always `GiB` here.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum CostReportFileShareSizeUnit {
    /// `GiB`
    GiB,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl CostReportFileShareSizeUnit {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GiB => "GiB",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for CostReportFileShareSizeUnit {
    fn from(value: String) -> Self {
        match value.as_str() {
            "GiB" => Self::GiB,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for CostReportFileShareSizeUnit {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<CostReportFileShareSizeUnit> for String {
    fn from(value: CostReportFileShareSizeUnit) -> Self {
        match value {
            CostReportFileShareSizeUnit::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for CostReportFileShareSizeUnit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportFloatingIpBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `GBS` for this resource type.
pub type CostReportFunctionsBillingValueUnit = CostReportContainersBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `MLS` for this resource type.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum CostReportFunctionsCallsBillingValueUnit {
    /// `MLS`
    Mls,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl CostReportFunctionsCallsBillingValueUnit {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mls => "MLS",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for CostReportFunctionsCallsBillingValueUnit {
    fn from(value: String) -> Self {
        match value.as_str() {
            "MLS" => Self::Mls,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for CostReportFunctionsCallsBillingValueUnit {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<CostReportFunctionsCallsBillingValueUnit> for String {
    fn from(value: CostReportFunctionsCallsBillingValueUnit) -> Self {
        match value {
            CostReportFunctionsCallsBillingValueUnit::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for CostReportFunctionsCallsBillingValueUnit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `GB` for this resource type.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum CostReportFunctionsTrafficBillingValueUnit {
    /// `GB`
    Gb,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl CostReportFunctionsTrafficBillingValueUnit {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gb => "GB",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for CostReportFunctionsTrafficBillingValueUnit {
    fn from(value: String) -> Self {
        match value.as_str() {
            "GB" => Self::Gb,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for CostReportFunctionsTrafficBillingValueUnit {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<CostReportFunctionsTrafficBillingValueUnit> for String {
    fn from(value: CostReportFunctionsTrafficBillingValueUnit) -> Self {
        match value {
            CostReportFunctionsTrafficBillingValueUnit::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for CostReportFunctionsTrafficBillingValueUnit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportImageBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit in which `last_size` is expressed; always `bytes` here.
pub type CostReportImageSizeUnit = CostReportEgressTrafficBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportInstanceBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportLoadBalancerBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportLogIndexBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Shape of the response. Only the `json` shape is documented; ask for `csv_records` only when the raw body will be handled by the caller.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum CostReportRequestResponseFormat {
    /// `csv_records`
    CsvRecords,
    /// `json`
    Json,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl CostReportRequestResponseFormat {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CsvRecords => "csv_records",
            Self::Json => "json",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for CostReportRequestResponseFormat {
    fn from(value: String) -> Self {
        match value.as_str() {
            "csv_records" => Self::CsvRecords,
            "json" => Self::Json,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for CostReportRequestResponseFormat {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<CostReportRequestResponseFormat> for String {
    fn from(value: CostReportRequestResponseFormat) -> Self {
        match value {
            CostReportRequestResponseFormat::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for CostReportRequestResponseFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportSnapshotBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportTotalAiClusterBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportTotalAiVirtualClusterBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportTotalBackupBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportTotalBaremetalBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportTotalBasicVmBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `GBS` for this resource type.
pub type CostReportTotalContainersBillingValueUnit = CostReportContainersBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportTotalDbaasPostgresqlConnectionPoolerBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportTotalDbaasPostgresqlCpuBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportTotalDbaasPostgresqlMemoryBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportTotalDbaasPostgresqlPublicNetworkBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportTotalDbaasPostgresqlVolumeBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `bytes` for this resource type.
pub type CostReportTotalEgressTrafficBillingValueUnit = CostReportEgressTrafficBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportTotalExternalIpBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportTotalFileShareBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportTotalFloatingIpBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `GBS` for this resource type.
pub type CostReportTotalFunctionsBillingValueUnit = CostReportContainersBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `MLS` for this resource type.
pub type CostReportTotalFunctionsCallsBillingValueUnit = CostReportFunctionsCallsBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `GB` for this resource type.
pub type CostReportTotalFunctionsTrafficBillingValueUnit = CostReportFunctionsTrafficBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportTotalImageBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportTotalInstanceBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type CostReportTotalLoadBalancerBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportTotalLogIndexBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportTotalSnapshotBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportTotalVolumeBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type CostReportVolumeBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "reservations")]
/// Kind of reserved resource.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum ReservationResourceResourceType {
    /// `flavor`
    Flavor,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "reservations")]
impl ReservationResourceResourceType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Flavor => "flavor",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "reservations")]
impl From<String> for ReservationResourceResourceType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "flavor" => Self::Flavor,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "reservations")]
impl From<&str> for ReservationResourceResourceType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "reservations")]
impl From<ReservationResourceResourceType> for String {
    fn from(value: ReservationResourceResourceType) -> Self {
        match value {
            ReservationResourceResourceType::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "reservations")]
impl ::std::fmt::Display for ReservationResourceResourceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum SchemaFilterAiClusterField {
    /// `flavor`
    Flavor,
    /// `last_name`
    LastName,
    /// `type`
    Type,
    /// `uuid`
    Uuid,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterAiClusterField {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Flavor => "flavor",
            Self::LastName => "last_name",
            Self::Type => "type",
            Self::Uuid => "uuid",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for SchemaFilterAiClusterField {
    fn from(value: String) -> Self {
        match value.as_str() {
            "flavor" => Self::Flavor,
            "last_name" => Self::LastName,
            "type" => Self::Type,
            "uuid" => Self::Uuid,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for SchemaFilterAiClusterField {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<SchemaFilterAiClusterField> for String {
    fn from(value: SchemaFilterAiClusterField) -> Self {
        match value {
            SchemaFilterAiClusterField::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for SchemaFilterAiClusterField {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterAiVirtualClusterField = SchemaFilterAiClusterField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum SchemaFilterBackupField {
    /// `last_name`
    LastName,
    /// `last_size`
    LastSize,
    /// `schedule_id`
    ScheduleId,
    /// `source_volume_uuid`
    SourceVolumeUuid,
    /// `type`
    Type,
    /// `uuid`
    Uuid,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterBackupField {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LastName => "last_name",
            Self::LastSize => "last_size",
            Self::ScheduleId => "schedule_id",
            Self::SourceVolumeUuid => "source_volume_uuid",
            Self::Type => "type",
            Self::Uuid => "uuid",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for SchemaFilterBackupField {
    fn from(value: String) -> Self {
        match value.as_str() {
            "last_name" => Self::LastName,
            "last_size" => Self::LastSize,
            "schedule_id" => Self::ScheduleId,
            "source_volume_uuid" => Self::SourceVolumeUuid,
            "type" => Self::Type,
            "uuid" => Self::Uuid,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for SchemaFilterBackupField {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<SchemaFilterBackupField> for String {
    fn from(value: SchemaFilterBackupField) -> Self {
        match value {
            SchemaFilterBackupField::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for SchemaFilterBackupField {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterBaremetalField = SchemaFilterAiClusterField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterBasicVmField = SchemaFilterAiClusterField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum SchemaFilterContainersField {
    /// `last_name`
    LastName,
    /// `type`
    Type,
    /// `uuid`
    Uuid,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterContainersField {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LastName => "last_name",
            Self::Type => "type",
            Self::Uuid => "uuid",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for SchemaFilterContainersField {
    fn from(value: String) -> Self {
        match value.as_str() {
            "last_name" => Self::LastName,
            "type" => Self::Type,
            "uuid" => Self::Uuid,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for SchemaFilterContainersField {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<SchemaFilterContainersField> for String {
    fn from(value: SchemaFilterContainersField) -> Self {
        match value {
            SchemaFilterContainersField::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for SchemaFilterContainersField {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterDbaasPostgresqlConnectionPoolerField = SchemaFilterContainersField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterDbaasPostgresqlCpuField = SchemaFilterContainersField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterDbaasPostgresqlMemoryField = SchemaFilterContainersField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterDbaasPostgresqlPublicNetworkField = SchemaFilterContainersField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum SchemaFilterDbaasPostgresqlVolumeField {
    /// `last_name`
    LastName,
    /// `type`
    Type,
    /// `uuid`
    Uuid,
    /// `volume_type`
    VolumeType,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterDbaasPostgresqlVolumeField {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LastName => "last_name",
            Self::Type => "type",
            Self::Uuid => "uuid",
            Self::VolumeType => "volume_type",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for SchemaFilterDbaasPostgresqlVolumeField {
    fn from(value: String) -> Self {
        match value.as_str() {
            "last_name" => Self::LastName,
            "type" => Self::Type,
            "uuid" => Self::Uuid,
            "volume_type" => Self::VolumeType,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for SchemaFilterDbaasPostgresqlVolumeField {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<SchemaFilterDbaasPostgresqlVolumeField> for String {
    fn from(value: SchemaFilterDbaasPostgresqlVolumeField) -> Self {
        match value {
            SchemaFilterDbaasPostgresqlVolumeField::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for SchemaFilterDbaasPostgresqlVolumeField {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum SchemaFilterEgressTrafficField {
    /// `instance_name`
    InstanceName,
    /// `instance_type`
    InstanceType,
    /// `port_id`
    PortId,
    /// `type`
    Type,
    /// `vm_id`
    VmId,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterEgressTrafficField {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InstanceName => "instance_name",
            Self::InstanceType => "instance_type",
            Self::PortId => "port_id",
            Self::Type => "type",
            Self::VmId => "vm_id",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for SchemaFilterEgressTrafficField {
    fn from(value: String) -> Self {
        match value.as_str() {
            "instance_name" => Self::InstanceName,
            "instance_type" => Self::InstanceType,
            "port_id" => Self::PortId,
            "type" => Self::Type,
            "vm_id" => Self::VmId,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for SchemaFilterEgressTrafficField {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<SchemaFilterEgressTrafficField> for String {
    fn from(value: SchemaFilterEgressTrafficField) -> Self {
        match value {
            SchemaFilterEgressTrafficField::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for SchemaFilterEgressTrafficField {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum SchemaFilterExternalIpField {
    /// `attached_to_vm`
    AttachedToVm,
    /// `ip_address`
    IpAddress,
    /// `network_id`
    NetworkId,
    /// `port_id`
    PortId,
    /// `subnet_id`
    SubnetId,
    /// `type`
    Type,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterExternalIpField {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AttachedToVm => "attached_to_vm",
            Self::IpAddress => "ip_address",
            Self::NetworkId => "network_id",
            Self::PortId => "port_id",
            Self::SubnetId => "subnet_id",
            Self::Type => "type",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for SchemaFilterExternalIpField {
    fn from(value: String) -> Self {
        match value.as_str() {
            "attached_to_vm" => Self::AttachedToVm,
            "ip_address" => Self::IpAddress,
            "network_id" => Self::NetworkId,
            "port_id" => Self::PortId,
            "subnet_id" => Self::SubnetId,
            "type" => Self::Type,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for SchemaFilterExternalIpField {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<SchemaFilterExternalIpField> for String {
    fn from(value: SchemaFilterExternalIpField) -> Self {
        match value {
            SchemaFilterExternalIpField::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for SchemaFilterExternalIpField {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum SchemaFilterFileShareField {
    /// `file_share_type`
    FileShareType,
    /// `last_name`
    LastName,
    /// `last_size`
    LastSize,
    /// `type`
    Type,
    /// `uuid`
    Uuid,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterFileShareField {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileShareType => "file_share_type",
            Self::LastName => "last_name",
            Self::LastSize => "last_size",
            Self::Type => "type",
            Self::Uuid => "uuid",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for SchemaFilterFileShareField {
    fn from(value: String) -> Self {
        match value.as_str() {
            "file_share_type" => Self::FileShareType,
            "last_name" => Self::LastName,
            "last_size" => Self::LastSize,
            "type" => Self::Type,
            "uuid" => Self::Uuid,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for SchemaFilterFileShareField {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<SchemaFilterFileShareField> for String {
    fn from(value: SchemaFilterFileShareField) -> Self {
        match value {
            SchemaFilterFileShareField::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for SchemaFilterFileShareField {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum SchemaFilterFloatingIpField {
    /// `ip_address`
    IpAddress,
    /// `last_name`
    LastName,
    /// `type`
    Type,
    /// `uuid`
    Uuid,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterFloatingIpField {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IpAddress => "ip_address",
            Self::LastName => "last_name",
            Self::Type => "type",
            Self::Uuid => "uuid",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for SchemaFilterFloatingIpField {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ip_address" => Self::IpAddress,
            "last_name" => Self::LastName,
            "type" => Self::Type,
            "uuid" => Self::Uuid,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for SchemaFilterFloatingIpField {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<SchemaFilterFloatingIpField> for String {
    fn from(value: SchemaFilterFloatingIpField) -> Self {
        match value {
            SchemaFilterFloatingIpField::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for SchemaFilterFloatingIpField {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterFunctionsField = SchemaFilterContainersField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterFunctionsCallsField = SchemaFilterContainersField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterFunctionsTrafficField = SchemaFilterContainersField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum SchemaFilterImageField {
    /// `last_name`
    LastName,
    /// `last_size`
    LastSize,
    /// `type`
    Type,
    /// `uuid`
    Uuid,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterImageField {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LastName => "last_name",
            Self::LastSize => "last_size",
            Self::Type => "type",
            Self::Uuid => "uuid",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for SchemaFilterImageField {
    fn from(value: String) -> Self {
        match value.as_str() {
            "last_name" => Self::LastName,
            "last_size" => Self::LastSize,
            "type" => Self::Type,
            "uuid" => Self::Uuid,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for SchemaFilterImageField {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<SchemaFilterImageField> for String {
    fn from(value: SchemaFilterImageField) -> Self {
        match value {
            SchemaFilterImageField::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for SchemaFilterImageField {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterInferenceField = SchemaFilterAiClusterField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterInstanceField = SchemaFilterAiClusterField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterLoadBalancerField = SchemaFilterAiClusterField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
pub type SchemaFilterLogIndexField = SchemaFilterImageField;
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum SchemaFilterSnapshotField {
    /// `last_name`
    LastName,
    /// `last_size`
    LastSize,
    /// `source_volume_uuid`
    SourceVolumeUuid,
    /// `type`
    Type,
    /// `uuid`
    Uuid,
    /// `volume_type`
    VolumeType,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterSnapshotField {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LastName => "last_name",
            Self::LastSize => "last_size",
            Self::SourceVolumeUuid => "source_volume_uuid",
            Self::Type => "type",
            Self::Uuid => "uuid",
            Self::VolumeType => "volume_type",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for SchemaFilterSnapshotField {
    fn from(value: String) -> Self {
        match value.as_str() {
            "last_name" => Self::LastName,
            "last_size" => Self::LastSize,
            "source_volume_uuid" => Self::SourceVolumeUuid,
            "type" => Self::Type,
            "uuid" => Self::Uuid,
            "volume_type" => Self::VolumeType,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for SchemaFilterSnapshotField {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<SchemaFilterSnapshotField> for String {
    fn from(value: SchemaFilterSnapshotField) -> Self {
        match value {
            SchemaFilterSnapshotField::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for SchemaFilterSnapshotField {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Resource attribute to match.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum SchemaFilterVolumeField {
    /// `attached_to_vm`
    AttachedToVm,
    /// `last_name`
    LastName,
    /// `last_size`
    LastSize,
    /// `type`
    Type,
    /// `uuid`
    Uuid,
    /// `volume_type`
    VolumeType,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl SchemaFilterVolumeField {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AttachedToVm => "attached_to_vm",
            Self::LastName => "last_name",
            Self::LastSize => "last_size",
            Self::Type => "type",
            Self::Uuid => "uuid",
            Self::VolumeType => "volume_type",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for SchemaFilterVolumeField {
    fn from(value: String) -> Self {
        match value.as_str() {
            "attached_to_vm" => Self::AttachedToVm,
            "last_name" => Self::LastName,
            "last_size" => Self::LastSize,
            "type" => Self::Type,
            "uuid" => Self::Uuid,
            "volume_type" => Self::VolumeType,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for SchemaFilterVolumeField {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<SchemaFilterVolumeField> for String {
    fn from(value: SchemaFilterVolumeField) -> Self {
        match value {
            SchemaFilterVolumeField::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for SchemaFilterVolumeField {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// How the conditions combine: `AND` needs all of them, `OR` any one.
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum TagsFilterConditionType {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "cost_reports")]
impl TagsFilterConditionType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<String> for TagsFilterConditionType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "AND" => Self::And,
            "OR" => Self::Or,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl From<&str> for TagsFilterConditionType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "cost_reports")]
impl From<TagsFilterConditionType> for String {
    fn from(value: TagsFilterConditionType) -> Self {
        match value {
            TagsFilterConditionType::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "cost_reports")]
impl ::std::fmt::Display for TagsFilterConditionType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportResourceAiClusterBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportResourceAiVirtualClusterBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportResourceBackupBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportResourceBaremetalBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportResourceBasicVmBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `GBS` for this resource type.
pub type UsageReportResourceContainersBillingValueUnit = CostReportContainersBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportResourceDbaasPostgresqlConnectionPoolerBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportResourceDbaasPostgresqlCpuBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportResourceDbaasPostgresqlMemoryBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportResourceDbaasPostgresqlPublicNetworkBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportResourceDbaasPostgresqlVolumeBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `bytes` for this resource type.
pub type UsageReportResourceEgressTrafficBillingValueUnit = CostReportEgressTrafficBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportResourceExternalIpBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportResourceFileShareBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit in which `last_size` is expressed; always `GiB` here.
pub type UsageReportResourceFileShareSizeUnit = CostReportFileShareSizeUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportResourceFloatingIpBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `GBS` for this resource type.
pub type UsageReportResourceFunctionsBillingValueUnit = CostReportContainersBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `MLS` for this resource type.
pub type UsageReportResourceFunctionsCallsBillingValueUnit = CostReportFunctionsCallsBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `GB` for this resource type.
pub type UsageReportResourceFunctionsTrafficBillingValueUnit = CostReportFunctionsTrafficBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportResourceImageBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit in which `last_size` is expressed; always `bytes` here.
pub type UsageReportResourceImageSizeUnit = CostReportEgressTrafficBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportResourceInstanceBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportResourceLoadBalancerBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportResourceLogIndexBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportResourceSnapshotBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportResourceVolumeBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportTotalAiClusterBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportTotalAiVirtualClusterBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportTotalBaremetalBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportTotalBasicVmBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `GBS` for this resource type.
pub type UsageReportTotalContainersBillingValueUnit = CostReportContainersBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportTotalDbaasPostgresqlConnectionPoolerBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportTotalDbaasPostgresqlCpuBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportTotalDbaasPostgresqlMemoryBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportTotalDbaasPostgresqlPublicNetworkBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportTotalDbaasPostgresqlVolumeBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `bytes` for this resource type.
pub type UsageReportTotalEgressTrafficBillingValueUnit = CostReportEgressTrafficBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportTotalExternalIpBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportTotalFileShareBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportTotalFloatingIpBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `GBS` for this resource type.
pub type UsageReportTotalFunctionsBillingValueUnit = CostReportContainersBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `MLS` for this resource type.
pub type UsageReportTotalFunctionsCallsBillingValueUnit = CostReportFunctionsCallsBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `GB` for this resource type.
pub type UsageReportTotalFunctionsTrafficBillingValueUnit = CostReportFunctionsTrafficBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportTotalImageBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportTotalInstanceBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `minutes` for this resource type.
pub type UsageReportTotalLoadBalancerBillingValueUnit = CostReportAiClusterBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportTotalLogIndexBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportTotalSnapshotBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "cost_reports")]
/// Unit of `billing_value`; always `gbminutes` for this resource type.
pub type UsageReportTotalVolumeBillingValueUnit = CostReportBackupBillingValueUnit;
#[cfg(feature = "reservations")]
/// One of a fixed set of string values (the API document does not describe it).
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum ListBillingReservationsOrderBy {
    /// `active_from.asc`
    ActiveFromAsc,
    /// `active_from.desc`
    ActiveFromDesc,
    /// `active_to.asc`
    ActiveToAsc,
    /// `active_to.desc`
    ActiveToDesc,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "reservations")]
impl ListBillingReservationsOrderBy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ActiveFromAsc => "active_from.asc",
            Self::ActiveFromDesc => "active_from.desc",
            Self::ActiveToAsc => "active_to.asc",
            Self::ActiveToDesc => "active_to.desc",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "reservations")]
impl From<String> for ListBillingReservationsOrderBy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active_from.asc" => Self::ActiveFromAsc,
            "active_from.desc" => Self::ActiveFromDesc,
            "active_to.asc" => Self::ActiveToAsc,
            "active_to.desc" => Self::ActiveToDesc,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "reservations")]
impl From<&str> for ListBillingReservationsOrderBy {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "reservations")]
impl From<ListBillingReservationsOrderBy> for String {
    fn from(value: ListBillingReservationsOrderBy) -> Self {
        match value {
            ListBillingReservationsOrderBy::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "reservations")]
impl ::std::fmt::Display for ListBillingReservationsOrderBy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "reservations")]
/// Query, header and cookie parameters of [`Client::list_billing_reservations`](crate::Client::list_billing_reservations).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListBillingReservationsParams {
    /// Only reservations of the resource with this billing metric name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metric_name: Option<String>,
    /// Sort column and direction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_by: Option<ListBillingReservationsOrderBy>,
    /// Only reservations in this region. No default region is applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region_id: Option<i64>,
    /// Also list inactive commits. True unless set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_inactive: Option<bool>,
}
#[cfg(feature = "reservations")]
impl<'de> ::serde::Deserialize<'de> for ListBillingReservationsParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "reservations")]
impl<'de> crate::runtime::support::FromMap<'de> for ListBillingReservationsParams {
    const EXPECTING: &'static str = "struct ListBillingReservationsParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "metric_name" => __f0 = __map.next_value()?,
                "order_by" => __f1 = __map.next_value()?,
                "region_id" => __f2 = __map.next_value()?,
                "show_inactive" => __f3 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            metric_name: __f0,
            order_by: __f1,
            region_id: __f2,
            show_inactive: __f3,
        })
    }
}
#[cfg(feature = "reservations")]
/// One of a fixed set of string values (the API document does not describe it).
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum ListReservationsOrderBy {
    /// `active_from.asc`
    ActiveFromAsc,
    /// `active_from.desc`
    ActiveFromDesc,
    /// `active_to.asc`
    ActiveToAsc,
    /// `active_to.desc`
    ActiveToDesc,
    /// `created_at.asc`
    CreatedAtAsc,
    /// `created_at.desc`
    CreatedAtDesc,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "reservations")]
impl ListReservationsOrderBy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ActiveFromAsc => "active_from.asc",
            Self::ActiveFromDesc => "active_from.desc",
            Self::ActiveToAsc => "active_to.asc",
            Self::ActiveToDesc => "active_to.desc",
            Self::CreatedAtAsc => "created_at.asc",
            Self::CreatedAtDesc => "created_at.desc",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "reservations")]
impl From<String> for ListReservationsOrderBy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active_from.asc" => Self::ActiveFromAsc,
            "active_from.desc" => Self::ActiveFromDesc,
            "active_to.asc" => Self::ActiveToAsc,
            "active_to.desc" => Self::ActiveToDesc,
            "created_at.asc" => Self::CreatedAtAsc,
            "created_at.desc" => Self::CreatedAtDesc,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "reservations")]
impl From<&str> for ListReservationsOrderBy {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "reservations")]
impl From<ListReservationsOrderBy> for String {
    fn from(value: ListReservationsOrderBy) -> Self {
        match value {
            ListReservationsOrderBy::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "reservations")]
impl ::std::fmt::Display for ListReservationsOrderBy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "reservations")]
/// Query, header and cookie parameters of [`Client::list_reservations`](crate::Client::list_reservations).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListReservationsParams {
    /// Only reservations activated on or after this date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activated_from: Option<::chrono::NaiveDate>,
    /// Only reservations activated before this date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activated_to: Option<::chrono::NaiveDate>,
    /// Only reservations created at or after this moment, in RFC 3339 (for example `2024-12-01T00:00:00Z`); `+` and `:` must be percent-encoded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_from: Option<crate::runtime::Timestamp>,
    /// Only reservations created at or before this moment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_to: Option<crate::runtime::Timestamp>,
    /// Only reservations deactivated on or after this date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deactivated_from: Option<::chrono::NaiveDate>,
    /// Only reservations deactivated before this date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deactivated_to: Option<::chrono::NaiveDate>,
    /// Maximum number of reservations in one page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Only reservations of the resource with this billing metric name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metric_name: Option<String>,
    /// Number of reservations to skip before this page starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Sort column and direction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_by: Option<ListReservationsOrderBy>,
    /// Only reservations in this region. No default region is applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region_id: Option<i64>,
    /// Only reservations in one of these statuses. Repeat the key for each value (`status=ACTIVATED&status=RESERVED`); values are not comma-joined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<ReservationStatus>>,
}
#[cfg(feature = "reservations")]
impl<'de> ::serde::Deserialize<'de> for ListReservationsParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "reservations")]
impl<'de> crate::runtime::support::FromMap<'de> for ListReservationsParams {
    const EXPECTING: &'static str = "struct ListReservationsParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "activated_from" => __f0 = __map.next_value()?,
                "activated_to" => __f1 = __map.next_value()?,
                "created_from" => __f2 = __map.next_value()?,
                "created_to" => __f3 = __map.next_value()?,
                "deactivated_from" => __f4 = __map.next_value()?,
                "deactivated_to" => __f5 = __map.next_value()?,
                "limit" => __f6 = __map.next_value()?,
                "metric_name" => __f7 = __map.next_value()?,
                "offset" => __f8 = __map.next_value()?,
                "order_by" => __f9 = __map.next_value()?,
                "region_id" => __f10 = __map.next_value()?,
                "status" => __f11 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            activated_from: __f0,
            activated_to: __f1,
            created_from: __f2,
            created_to: __f3,
            deactivated_from: __f4,
            deactivated_to: __f5,
            limit: __f6,
            metric_name: __f7,
            offset: __f8,
            order_by: __f9,
            region_id: __f10,
            status: __f11,
        })
    }
}
