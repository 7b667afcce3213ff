// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
#[cfg(feature = "cost_reports")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ResultModel {
    /// The `option` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub option: Option<OptionModel>,
    /// The `type` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Type>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "cost_reports")]
impl<'de> ::serde::Deserialize<'de> for ResultModel {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "cost_reports")]
impl<'de> crate::runtime::support::FromMap<'de> for ResultModel {
    const EXPECTING: &'static str = "struct ResultModel";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "option" => __f0 = __map.next_value()?,
                "type" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            option: __f0,
            r#type: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "cost_reports")]
/// Another name for the type it stands for (the API document does not describe it).
pub type OptionModel = String;
#[cfg(feature = "cost_reports")]
/// Another name for the type it stands for (the API document does not describe it).
pub type Type = i64;
#[cfg(feature = "full")]
/// Another name for the type it stands for (the API document does not describe it).
pub type Type2 = bool;
#[cfg(feature = "full")]
/// Another name for the type it stands for (the API document does not describe it).
pub type FooBar = String;
#[cfg(feature = "full")]
/// Another name for the type it stands for (the API document does not describe it).
pub type FooBar2 = String;
#[cfg(feature = "full")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ClientModel {
    /// The `id` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "full")]
impl<'de> ::serde::Deserialize<'de> for ClientModel {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "full")]
impl<'de> crate::runtime::support::FromMap<'de> for ClientModel {
    const EXPECTING: &'static str = "struct ClientModel";
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
#[cfg(feature = "models_api")]
/// Query, header and cookie parameters of [`Client::from_template`](crate::Client::from_template).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct FromTemplateParams {
    /// The `a` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub a: Option<String>,
}
#[cfg(feature = "models_api")]
impl<'de> ::serde::Deserialize<'de> for FromTemplateParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "models_api")]
impl<'de> crate::runtime::support::FromMap<'de> for FromTemplateParams {
    const EXPECTING: &'static str = "struct FromTemplateParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "a" => __f0 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { a: __f0 })
    }
}
