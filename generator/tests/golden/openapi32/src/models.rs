// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
#[cfg(feature = "pets")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Pet {
    /// The `id` property (the API document does not describe it).
    pub id: i64,
    /// The `name` property (the API document does not describe it).
    pub name: String,
    /// The `kind` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "pets")]
impl<'de> ::serde::Deserialize<'de> for Pet {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "pets")]
impl<'de> crate::runtime::support::FromMap<'de> for Pet {
    const EXPECTING: &'static str = "struct Pet";
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
                "name" => __f1 = Some(__map.next_value()?),
                "kind" => __f2 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0.ok_or_else(|| __missing("id"))?,
            name: __f1.ok_or_else(|| __missing("name"))?,
            kind: __f2,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "pets")]
impl Pet {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: i64, name: String) -> Self {
        Self {
            id,
            name,
            kind: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "pets")]
/// One of several shapes of value (the API document does not describe it).
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// The value when its tag is `Cat`.
    Cat(Cat),
    /// The value when its tag is `Dog`.
    Dog(Dog),
    /// A variant this client does not know (yet); the raw JSON.
    Unknown(::serde_json::Value),
}
#[cfg(feature = "pets")]
impl ::serde::Serialize for Kind {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "Cat",
                    value,
                )
            }
            Self::Dog(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "type",
                    "Dog",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
#[cfg(feature = "pets")]
impl<'de> crate::runtime::tagged::Tagged<'de> for Kind {
    const TAG: &'static str = "type";
    fn from_tagged<A: ::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: crate::runtime::tagged::Rest<'de, A>,
    ) -> ::core::result::Result<Self, A::Error> {
        match tag {
            "Cat" => rest.read().map(Self::Cat),
            "Dog" => rest.read().map(Self::Dog),
            _ => rest.with_tag().read().map(Self::Unknown),
        }
    }
    fn unknown(value: ::serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
#[cfg(feature = "pets")]
impl<'de> ::serde::Deserialize<'de> for Kind {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        crate::runtime::tagged::deserialize_tagged(deserializer)
    }
}
#[cfg(feature = "pets")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Cat {
    /// The `indoor` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indoor: Option<bool>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "pets")]
impl<'de> ::serde::Deserialize<'de> for Cat {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "pets")]
impl<'de> crate::runtime::support::FromMap<'de> for Cat {
    const EXPECTING: &'static str = "struct Cat";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "indoor" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            indoor: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "pets")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Dog {
    /// The `breed` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breed: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "pets")]
impl<'de> ::serde::Deserialize<'de> for Dog {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "pets")]
impl<'de> crate::runtime::support::FromMap<'de> for Dog {
    const EXPECTING: &'static str = "struct Dog";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "breed" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            breed: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "pets")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PetQuery {
    /// The `text` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The `limit` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "pets")]
impl<'de> ::serde::Deserialize<'de> for PetQuery {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "pets")]
impl<'de> crate::runtime::support::FromMap<'de> for PetQuery {
    const EXPECTING: &'static str = "struct PetQuery";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "text" => __f0 = __map.next_value()?,
                "limit" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            text: __f0,
            limit: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "pets")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PetFilter {
    /// The `status` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<String>>,
    /// The `name` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "pets")]
impl<'de> ::serde::Deserialize<'de> for PetFilter {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "pets")]
impl<'de> crate::runtime::support::FromMap<'de> for PetFilter {
    const EXPECTING: &'static str = "struct PetFilter";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "status" => __f0 = __map.next_value()?,
                "name" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            status: __f0,
            name: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "pets")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct PetChange {
    /// The `field` property (the API document does not describe it).
    pub field: String,
    /// The `value` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<::serde_json::Value>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "pets")]
impl<'de> ::serde::Deserialize<'de> for PetChange {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "pets")]
impl<'de> crate::runtime::support::FromMap<'de> for PetChange {
    const EXPECTING: &'static str = "struct PetChange";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "field" => __f0 = Some(__map.next_value()?),
                "value" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            field: __f0.ok_or_else(|| __missing("field"))?,
            value: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "pets")]
impl PetChange {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(field: String) -> Self {
        Self {
            field,
            value: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "pets")]
/// Query, header and cookie parameters of [`Client::list_pets`](crate::Client::list_pets).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListPetsParams {
    /// The `filter` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<PetFilter>,
    /// The `session` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
}
#[cfg(feature = "pets")]
impl<'de> ::serde::Deserialize<'de> for ListPetsParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "pets")]
impl<'de> crate::runtime::support::FromMap<'de> for ListPetsParams {
    const EXPECTING: &'static str = "struct ListPetsParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "filter" => __f0 = __map.next_value()?,
                "session" => __f1 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            filter: __f0,
            session: __f1,
        })
    }
}
#[cfg(feature = "admin")]
/// Query, header and cookie parameters of [`Client::link_pets`](crate::Client::link_pets).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct LinkPetsParams {
    /// The `Link` parameter (the API document does not describe it).
    #[serde(rename = "Link")]
    pub link: String,
}
#[cfg(feature = "admin")]
impl<'de> ::serde::Deserialize<'de> for LinkPetsParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "admin")]
impl<'de> crate::runtime::support::FromMap<'de> for LinkPetsParams {
    const EXPECTING: &'static str = "struct LinkPetsParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "Link" => __f0 = Some(__map.next_value()?),
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            link: __f0.ok_or_else(|| __missing("Link"))?,
        })
    }
}
#[cfg(feature = "admin")]
impl LinkPetsParams {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(link: String) -> Self {
        Self { link }
    }
}
