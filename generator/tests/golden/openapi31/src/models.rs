// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Item {
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
    pub fn new(count: i64) -> Self {
        Self {
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
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Other {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
/// The const tag of each member becomes the enum's tag; the member structs lose it.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// Tag value `item`.
    Item(Item),
    /// Tag value `other`.
    Other(Other),
    /// A variant this client does not know (yet); the raw JSON.
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for Entry {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::Item(value) => {
                crate::runtime::support::serialize_tagged(
                    serializer,
                    "kind",
                    "item",
                    value,
                )
            }
            Self::Other(value) => {
                crate::runtime::support::serialize_tagged(
                    serializer,
                    "kind",
                    "other",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Entry {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        match crate::runtime::tag_of(&value, "kind") {
            Some("item") => {
                crate::runtime::support::deserialize_tagged(value).map(Self::Item)
            }
            Some("other") => {
                crate::runtime::support::deserialize_tagged(value).map(Self::Other)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
