// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResultModel {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<OptionModel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Type>,
}
pub type OptionModel = String;
pub type Type = i64;
pub type Type2 = bool;
pub type FooBar = String;
pub type FooBar2 = String;
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClientModel {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
