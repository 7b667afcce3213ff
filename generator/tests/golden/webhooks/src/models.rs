// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
#[cfg(feature = "webhooks")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Pet {
    /// The `id` property (the API document does not describe it).
    pub id: i64,
    /// The `name` property (the API document does not describe it).
    pub name: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "webhooks")]
impl<'de> ::serde::Deserialize<'de> for Pet {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "webhooks")]
impl<'de> crate::runtime::support::FromMap<'de> for Pet {
    const EXPECTING: &'static str = "struct Pet";
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
                "name" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0.ok_or_else(|| __missing("id"))?,
            name: __f1.ok_or_else(|| __missing("name"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "webhooks")]
impl Pet {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: i64, name: String) -> Self {
        Self {
            id,
            name,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "subscriptions")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CreateSubscriptionBody {
    /// The `callbackUrl` property (the API document does not describe it).
    #[serde(rename = "callbackUrl")]
    pub callback_url: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "subscriptions")]
impl<'de> ::serde::Deserialize<'de> for CreateSubscriptionBody {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "subscriptions")]
impl<'de> crate::runtime::support::FromMap<'de> for CreateSubscriptionBody {
    const EXPECTING: &'static str = "struct CreateSubscriptionBody";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "callbackUrl" => __f0 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            callback_url: __f0.ok_or_else(|| __missing("callbackUrl"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "subscriptions")]
impl CreateSubscriptionBody {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(callback_url: String) -> Self {
        Self {
            callback_url,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "webhooks")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CreateSubscriptionOnEventPayload {
    /// The `id` property (the API document does not describe it).
    pub id: String,
    /// The `kind` property (the API document does not describe it).
    pub kind: CreateSubscriptionOnEventPayloadKind,
    /// The `pet` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pet: Option<Pet>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "webhooks")]
impl<'de> ::serde::Deserialize<'de> for CreateSubscriptionOnEventPayload {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "webhooks")]
impl<'de> crate::runtime::support::FromMap<'de> for CreateSubscriptionOnEventPayload {
    const EXPECTING: &'static str = "struct CreateSubscriptionOnEventPayload";
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
                "kind" => __f1 = Some(__map.next_value()?),
                "pet" => __f2 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0.ok_or_else(|| __missing("id"))?,
            kind: __f1.ok_or_else(|| __missing("kind"))?,
            pet: __f2,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "webhooks")]
impl CreateSubscriptionOnEventPayload {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: String, kind: CreateSubscriptionOnEventPayloadKind) -> Self {
        Self {
            id,
            kind,
            pet: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "webhooks")]
/// One of a fixed set of string values (the API document does not describe it).
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum CreateSubscriptionOnEventPayloadKind {
    /// `created`
    Created,
    /// `deleted`
    Deleted,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "webhooks")]
impl CreateSubscriptionOnEventPayloadKind {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Deleted => "deleted",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "webhooks")]
impl From<String> for CreateSubscriptionOnEventPayloadKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "created" => Self::Created,
            "deleted" => Self::Deleted,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "webhooks")]
impl From<&str> for CreateSubscriptionOnEventPayloadKind {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "webhooks")]
impl From<CreateSubscriptionOnEventPayloadKind> for String {
    fn from(value: CreateSubscriptionOnEventPayloadKind) -> Self {
        match value {
            CreateSubscriptionOnEventPayloadKind::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "webhooks")]
impl ::std::fmt::Display for CreateSubscriptionOnEventPayloadKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "webhooks")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PetDeletedPayload {
    /// The `id` property (the API document does not describe it).
    pub id: Option<i64>,
    /// The `reason` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "webhooks")]
impl<'de> ::serde::Deserialize<'de> for PetDeletedPayload {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "webhooks")]
impl<'de> crate::runtime::support::FromMap<'de> for PetDeletedPayload {
    const EXPECTING: &'static str = "struct PetDeletedPayload";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "id" => __f0 = __map.next_value()?,
                "reason" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0,
            reason: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "webhooks")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SharedPayload {
    /// The `note` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "webhooks")]
impl<'de> ::serde::Deserialize<'de> for SharedPayload {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "webhooks")]
impl<'de> crate::runtime::support::FromMap<'de> for SharedPayload {
    const EXPECTING: &'static str = "struct SharedPayload";
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
