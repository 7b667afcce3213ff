// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Thing {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for Thing {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Thing {
    const EXPECTING: &'static str = "struct Thing";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "name" => __f0 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { name: __f0 })
    }
}
/// Query, header and cookie parameters of [`Client::list_things`](crate::Client::list_things).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListThingsParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for ListThingsParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for ListThingsParams {
    const EXPECTING: &'static str = "struct ListThingsParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "offset" => __f0 = __map.next_value()?,
                "limit" => __f1 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { offset: __f0, limit: __f1 })
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
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for ListThingsResponse {
    const EXPECTING: &'static str = "struct ListThingsResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "count" => __f0 = Some(__map.next_value()?),
                "results" => __f1 = Some(__map.next_value()?),
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            count: __f0.ok_or_else(|| __missing("count"))?,
            results: __f1.ok_or_else(|| __missing("results"))?,
        })
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i32>,
}
impl<'de> ::serde::Deserialize<'de> for SearchThingsBody {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for SearchThingsBody {
    const EXPECTING: &'static str = "struct SearchThingsBody";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "query" => __f0 = __map.next_value()?,
                "offset" => __f1 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { query: __f0, offset: __f1 })
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SearchThingsResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<Thing>>,
}
impl<'de> ::serde::Deserialize<'de> for SearchThingsResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for SearchThingsResponse {
    const EXPECTING: &'static str = "struct SearchThingsResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "count" => __f0 = __map.next_value()?,
                "results" => __f1 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { count: __f0, results: __f1 })
    }
}
