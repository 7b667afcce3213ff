// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Formats {
    pub when: crate::runtime::Timestamp,
    pub day: ::chrono::NaiveDate,
    pub id: ::uuid::Uuid,
    pub price: ::rust_decimal::Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub small: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub big: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsigned: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precise: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blob: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
}
impl Formats {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        when: crate::runtime::Timestamp,
        day: ::chrono::NaiveDate,
        id: ::uuid::Uuid,
        price: ::rust_decimal::Decimal,
    ) -> Self {
        Self {
            when,
            day,
            id,
            price,
            small: None,
            big: None,
            unsigned: None,
            ratio: None,
            precise: None,
            blob: None,
            raw: None,
            email: None,
            ip: None,
        }
    }
}
