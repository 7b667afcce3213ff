// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Base {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::runtime::Timestamp>,
}
impl<'de> ::serde::Deserialize<'de> for Base {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Base;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct Base")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<Base, __A::Error> {
                let mut __f0: ::core::option::Option<String> = None;
                let mut __f1: Option<crate::runtime::Timestamp> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "id" => {
                            __f0 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "created" => {
                            __f1 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(Base {
                    id: crate::runtime::support::required(__f0, "id")?,
                    created: __f1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
impl Base {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: String) -> Self {
        Self { id, created: None }
    }
}
/// A single-member allOf is just another name.
pub type Wrapper = Base;
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Extended {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::runtime::Timestamp>,
    pub extra: i64,
}
impl<'de> ::serde::Deserialize<'de> for Extended {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Extended;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct Extended")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<Extended, __A::Error> {
                let mut __f0: ::core::option::Option<String> = None;
                let mut __f1: Option<crate::runtime::Timestamp> = None;
                let mut __f2: ::core::option::Option<i64> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "id" => {
                            __f0 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "created" => {
                            __f1 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "extra" => {
                            __f2 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(Extended {
                    id: crate::runtime::support::required(__f0, "id")?,
                    created: __f1,
                    extra: crate::runtime::support::required(__f2, "extra")?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
impl Extended {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: String, extra: i64) -> Self {
        Self { id, created: None, extra }
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Deeper {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::runtime::Timestamp>,
    pub extra: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deepest: Option<bool>,
}
impl<'de> ::serde::Deserialize<'de> for Deeper {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Deeper;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct Deeper")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<Deeper, __A::Error> {
                let mut __f0: ::core::option::Option<String> = None;
                let mut __f1: Option<crate::runtime::Timestamp> = None;
                let mut __f2: ::core::option::Option<i64> = None;
                let mut __f3: Option<bool> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "id" => {
                            __f0 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "created" => {
                            __f1 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "extra" => {
                            __f2 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "deepest" => {
                            __f3 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(Deeper {
                    id: crate::runtime::support::required(__f0, "id")?,
                    created: __f1,
                    extra: crate::runtime::support::required(__f2, "extra")?,
                    deepest: __f3,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
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
