// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Pet {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}
impl Pet {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(name: String) -> Self {
        Self { id: None, name, tag: None }
    }
}
/// Query, header and cookie parameters of [`Client::find_pets`](crate::Client::find_pets).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FindPetsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadImageBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<crate::runtime::support::FilePart>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
