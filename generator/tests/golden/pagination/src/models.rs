// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Thing {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for Thing {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Thing;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct Thing")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<Thing, __A::Error> {
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
                Ok(Thing { name: __f0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
/// Query, header and cookie parameters of [`Client::list_things`](crate::Client::list_things).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListThingsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for ListThingsParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ListThingsParams;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct ListThingsParams")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<ListThingsParams, __A::Error> {
                let mut __f0: Option<i64> = None;
                let mut __f1: Option<i64> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "offset" => {
                            __f0 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "limit" => __f1 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(ListThingsParams {
                    offset: __f0,
                    limit: __f1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ListThingsResponse {
    pub count: i64,
    pub results: Vec<Thing>,
}
impl<'de> ::serde::Deserialize<'de> for ListThingsResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ListThingsResponse;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct ListThingsResponse")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<ListThingsResponse, __A::Error> {
                let mut __f0: ::core::option::Option<i64> = None;
                let mut __f1: ::core::option::Option<Vec<Thing>> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "count" => {
                            __f0 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "results" => {
                            __f1 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(ListThingsResponse {
                    count: crate::runtime::support::required(__f0, "count")?,
                    results: crate::runtime::support::required(__f1, "results")?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
impl ListThingsResponse {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(count: i64, results: Vec<Thing>) -> Self {
        Self { count, results }
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SearchThingsBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i32>,
}
impl<'de> ::serde::Deserialize<'de> for SearchThingsBody {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SearchThingsBody;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct SearchThingsBody")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<SearchThingsBody, __A::Error> {
                let mut __f0: Option<String> = None;
                let mut __f1: Option<i32> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "query" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "offset" => {
                            __f1 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(SearchThingsBody {
                    query: __f0,
                    offset: __f1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SearchThingsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<Thing>>,
}
impl<'de> ::serde::Deserialize<'de> for SearchThingsResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SearchThingsResponse;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct SearchThingsResponse")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<SearchThingsResponse, __A::Error> {
                let mut __f0: Option<i64> = None;
                let mut __f1: Option<Vec<Thing>> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "count" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "results" => {
                            __f1 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(SearchThingsResponse {
                    count: __f0,
                    results: __f1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
