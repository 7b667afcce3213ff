// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetOrgsByOrgItemsByItemIdFilter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
/// Query, header and cookie parameters of [`Client::get_orgs_by_org_items_by_item_id`](crate::Client::get_orgs_by_org_items_by_item_id).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetOrgsByOrgItemsByItemIdParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<GetOrgsByOrgItemsByItemIdFilter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipes: Option<Vec<String>>,
    #[serde(rename = "X-Request-Id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    pub required_flag: bool,
}
impl GetOrgsByOrgItemsByItemIdParams {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(required_flag: bool) -> Self {
        Self {
            tags: None,
            ids: None,
            filter: None,
            pipes: None,
            x_request_id: None,
            session: None,
            required_flag,
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetOrgsByOrgItemsByItemIdResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
}
