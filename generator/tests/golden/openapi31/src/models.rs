// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Item {
    pub count: i64,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Parent>,
}
impl<'de> ::serde::Deserialize<'de> for Item {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Item;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct Item")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<Item, __A::Error> {
                let mut __f0: ::core::option::Option<i64> = None;
                let mut __f1: Option<String> = None;
                let mut __f2: Option<Vec<String>> = None;
                let mut __f3: Option<Parent> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "count" => {
                            __f0 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "label" => __f1 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "tags" => __f2 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "parent" => {
                            __f3 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(Item {
                    count: crate::runtime::support::required(__f0, "count")?,
                    label: __f1,
                    tags: __f2,
                    parent: __f3,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
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
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Parent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for Parent {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Parent;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct Parent")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<Parent, __A::Error> {
                let mut __f0: Option<String> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "name" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(Parent { name: __f0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Other {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for Other {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Other;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct Other")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<Other, __A::Error> {
                let mut __f0: Option<String> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "note" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(Other { note: __f0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
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
