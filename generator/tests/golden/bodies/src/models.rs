// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitFormBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadFileBody {
    pub file: crate::runtime::support::FilePart,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<crate::runtime::support::FilePart>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<UploadFileBodyMeta>,
}
impl UploadFileBody {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(file: crate::runtime::support::FilePart) -> Self {
        Self {
            file,
            attachments: None,
            title: None,
            meta: None,
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadFileBodyMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub k: Option<String>,
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PostNoteResponse200 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PostNoteResponse202 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<String>,
}
/// Success responses of `PostNote`, by status.
#[derive(Debug, Clone, PartialEq)]
pub enum PostNoteResponse {
    /// Status 200.
    Status200(PostNoteResponse200),
    /// Status 202.
    Status202(PostNoteResponse202),
    /// Status 204.
    Status204,
}
