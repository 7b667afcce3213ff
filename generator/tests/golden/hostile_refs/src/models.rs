// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
#[cfg(feature = "cycles")]
/// Query, header and cookie parameters of [`Client::cycles`](crate::Client::cycles).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct CyclesParams {
    /// The `keep` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep: Option<String>,
}
#[cfg(feature = "cycles")]
impl<'de> ::serde::Deserialize<'de> for CyclesParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cycles")]
impl<'de> crate::runtime::support::FromMap<'de> for CyclesParams {
    const EXPECTING: &'static str = "struct CyclesParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "keep" => __f0 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { keep: __f0 })
    }
}
#[cfg(feature = "chains")]
/// Query, header and cookie parameters of [`Client::chains`](crate::Client::chains).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ChainsParams {
    /// The `limit` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i32>,
}
#[cfg(feature = "chains")]
impl<'de> ::serde::Deserialize<'de> for ChainsParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "chains")]
impl<'de> crate::runtime::support::FromMap<'de> for ChainsParams {
    const EXPECTING: &'static str = "struct ChainsParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "limit" => __f0 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { limit: __f0 })
    }
}
#[cfg(feature = "chains")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ChainsBody {
    /// The `name` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "chains")]
impl<'de> ::serde::Deserialize<'de> for ChainsBody {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "chains")]
impl<'de> crate::runtime::support::FromMap<'de> for ChainsBody {
    const EXPECTING: &'static str = "struct ChainsBody";
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
#[cfg(feature = "chains")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ChainsResponse200 {
    /// The `id` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "chains")]
impl<'de> ::serde::Deserialize<'de> for ChainsResponse200 {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "chains")]
impl<'de> crate::runtime::support::FromMap<'de> for ChainsResponse200 {
    const EXPECTING: &'static str = "struct ChainsResponse200";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "id" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "chains")]
/// Success responses of `Chains`, by status.
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum ChainsResponse {
    /// Status 200.
    Status200(ChainsResponse200),
    /// Status 201.
    Status201(::bytes::Bytes),
}
#[cfg(feature = "headers")]
/// Query, header and cookie parameters of [`Client::forbidden_headers`](crate::Client::forbidden_headers).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ForbiddenHeadersParams {
    /// The `X-Request-Id` parameter (the API document does not describe it).
    #[serde(rename = "X-Request-Id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x_request_id: Option<String>,
}
#[cfg(feature = "headers")]
impl<'de> ::serde::Deserialize<'de> for ForbiddenHeadersParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "headers")]
impl<'de> crate::runtime::support::FromMap<'de> for ForbiddenHeadersParams {
    const EXPECTING: &'static str = "struct ForbiddenHeadersParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "X-Request-Id" => __f0 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { x_request_id: __f0 })
    }
}
