// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOrgsByOrgItemsByItemIdFilter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for GetOrgsByOrgItemsByItemIdFilter {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = GetOrgsByOrgItemsByItemIdFilter;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct GetOrgsByOrgItemsByItemIdFilter")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<GetOrgsByOrgItemsByItemIdFilter, __A::Error> {
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
                Ok(GetOrgsByOrgItemsByItemIdFilter {
                    name: __f0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
/// Query, header and cookie parameters of [`Client::get_orgs_by_org_items_by_item_id`](crate::Client::get_orgs_by_org_items_by_item_id).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct GetOrgsByOrgItemsByItemIdParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<GetOrgsByOrgItemsByItemIdFilter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipes: Option<Vec<String>>,
    #[serde(rename = "X-Request-Id")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    pub required_flag: bool,
}
impl<'de> ::serde::Deserialize<'de> for GetOrgsByOrgItemsByItemIdParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = GetOrgsByOrgItemsByItemIdParams;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct GetOrgsByOrgItemsByItemIdParams")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<GetOrgsByOrgItemsByItemIdParams, __A::Error> {
                let mut __f0: Option<Vec<String>> = None;
                let mut __f1: Option<Vec<i64>> = None;
                let mut __f2: Option<GetOrgsByOrgItemsByItemIdFilter> = None;
                let mut __f3: Option<Vec<String>> = None;
                let mut __f4: Option<String> = None;
                let mut __f5: Option<String> = None;
                let mut __f6: ::core::option::Option<bool> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "tags" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "ids" => __f1 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "filter" => {
                            __f2 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "pipes" => __f3 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "X-Request-Id" => {
                            __f4 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "session" => {
                            __f5 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "required_flag" => {
                            __f6 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(GetOrgsByOrgItemsByItemIdParams {
                    tags: __f0,
                    ids: __f1,
                    filter: __f2,
                    pipes: __f3,
                    x_request_id: __f4,
                    session: __f5,
                    required_flag: crate::runtime::support::required(
                        __f6,
                        "required_flag",
                    )?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
impl GetOrgsByOrgItemsByItemIdParams {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(required_flag: bool) -> Self {
        Self {
            tags: None,
            ids: None,
            filter: None,
            pipes: None,
            x_request_id: None,
            session: None,
            required_flag,
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOrgsByOrgItemsByItemIdResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for GetOrgsByOrgItemsByItemIdResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = GetOrgsByOrgItemsByItemIdResponse;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct GetOrgsByOrgItemsByItemIdResponse")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<GetOrgsByOrgItemsByItemIdResponse, __A::Error> {
                let mut __f0: Option<i64> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "id" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(GetOrgsByOrgItemsByItemIdResponse {
                    id: __f0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
