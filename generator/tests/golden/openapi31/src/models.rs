// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Item {
    pub kind: ItemKind,
    pub count: i64,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Parent>,
}
impl Item {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(kind: ItemKind, count: i64) -> Self {
        Self {
            kind,
            count,
            label: None,
            tags: None,
            parent: None,
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Parent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
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
pub enum ItemKind {
    /// `item`
    Item,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
impl ItemKind {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Item => "item",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for ItemKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "item" => Self::Item,
            _ => Self::Unknown(value),
        }
    }
}
impl From<&str> for ItemKind {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl From<ItemKind> for String {
    fn from(value: ItemKind) -> Self {
        match value {
            ItemKind::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
impl ::std::fmt::Display for ItemKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
