// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Item {
    /// The `count` property (the API document does not describe it).
    pub count: i64,
    /// The `label` property (the API document does not describe it).
    pub label: Option<String>,
    /// The `tags` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `parent` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Parent>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Item {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Item {
    const EXPECTING: &'static str = "struct Item";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "count" => __f0 = Some(__map.next_value()?),
                "label" => __f1 = __map.next_value()?,
                "tags" => __f2 = __map.next_value()?,
                "parent" => __f3 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            count: __f0.ok_or_else(|| __missing("count"))?,
            label: __f1,
            tags: __f2,
            parent: __f3,
            additional_properties: __extra,
        })
    }
}
impl Item {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(count: i64) -> Self {
        Self {
            count,
            label: None,
            tags: None,
            parent: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Parent {
    /// The `name` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Parent {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Parent {
    const EXPECTING: &'static str = "struct Parent";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "name" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            name: __f0,
            additional_properties: __extra,
        })
    }
}
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Other {
    /// The `note` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Other {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Other {
    const EXPECTING: &'static str = "struct Other";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "note" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            note: __f0,
            additional_properties: __extra,
        })
    }
}
/// The const tag of each member becomes the enum's tag; the member structs lose it.
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// The value when its tag is `item`.
    Item(Item),
    /// The value when its tag is `other`.
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
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "kind",
                    "item",
                    value,
                )
            }
            Self::Other(value) => {
                crate::runtime::tagged::serialize_tagged(
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
impl<'de> crate::runtime::tagged::Tagged<'de> for Entry {
    const TAG: &'static str = "kind";
    fn from_tagged<A: ::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: crate::runtime::tagged::Rest<'de, A>,
    ) -> ::core::result::Result<Self, A::Error> {
        match tag {
            "item" => rest.read().map(Self::Item),
            "other" => rest.read().map(Self::Other),
            _ => rest.with_tag().read().map(Self::Unknown),
        }
    }
    fn unknown(value: ::serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> ::serde::Deserialize<'de> for Entry {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        crate::runtime::tagged::deserialize_tagged(deserializer)
    }
}
