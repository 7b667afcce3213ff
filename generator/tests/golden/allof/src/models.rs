// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Base {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::runtime::Timestamp>,
}
impl Base {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: String) -> Self {
        Self { id, created: None }
    }
}
/// A single-member allOf is just another name.
pub type Wrapper = Base;
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Extended {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::runtime::Timestamp>,
    pub extra: i64,
}
impl Extended {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: String, extra: i64) -> Self {
        Self { id, created: None, extra }
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Deeper {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::runtime::Timestamp>,
    pub extra: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deepest: Option<bool>,
}
impl Deeper {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: String, extra: i64) -> Self {
        Self {
            id,
            created: None,
            extra,
            deepest: None,
        }
    }
}
