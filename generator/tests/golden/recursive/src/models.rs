// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TreeNode {
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<TreeNode>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<TreeNode>>,
}
impl TreeNode {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(value: String) -> Self {
        Self {
            value,
            parent: None,
            children: None,
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct A {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b: Option<Box<B>>,
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct B {
    pub a: Box<A>,
}
impl B {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(a: Box<A>) -> Self {
        Self { a }
    }
}
