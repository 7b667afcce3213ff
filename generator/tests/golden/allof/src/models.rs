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
pub struct Base {
    /// The `id` property (the API document does not describe it).
    pub id: String,
    /// The `created` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::runtime::Timestamp>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Base {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Base {
    const EXPECTING: &'static str = "struct Base";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "id" => __f0 = Some(__map.next_value()?),
                "created" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0.ok_or_else(|| __missing("id"))?,
            created: __f1,
            additional_properties: __extra,
        })
    }
}
impl Base {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: String) -> Self {
        Self {
            id,
            created: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
/// A single-member allOf is just another name.
pub type Wrapper = Base;
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Extended {
    /// The `id` property (the API document does not describe it).
    pub id: String,
    /// The `created` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::runtime::Timestamp>,
    /// The `extra` property (the API document does not describe it).
    pub extra: i64,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Extended {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Extended {
    const EXPECTING: &'static str = "struct Extended";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "id" => __f0 = Some(__map.next_value()?),
                "created" => __f1 = __map.next_value()?,
                "extra" => __f2 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0.ok_or_else(|| __missing("id"))?,
            created: __f1,
            extra: __f2.ok_or_else(|| __missing("extra"))?,
            additional_properties: __extra,
        })
    }
}
impl Extended {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: String, extra: i64) -> Self {
        Self {
            id,
            created: None,
            extra,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Deeper {
    /// The `id` property (the API document does not describe it).
    pub id: String,
    /// The `created` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::runtime::Timestamp>,
    /// The `extra` property (the API document does not describe it).
    pub extra: i64,
    /// The `deepest` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deepest: Option<bool>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Deeper {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Deeper {
    const EXPECTING: &'static str = "struct Deeper";
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
                "id" => __f0 = Some(__map.next_value()?),
                "created" => __f1 = __map.next_value()?,
                "extra" => __f2 = Some(__map.next_value()?),
                "deepest" => __f3 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0.ok_or_else(|| __missing("id"))?,
            created: __f1,
            extra: __f2.ok_or_else(|| __missing("extra"))?,
            deepest: __f3,
            additional_properties: __extra,
        })
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
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
