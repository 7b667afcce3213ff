// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
#[cfg(feature = "full")]
/// Only error responses use it, and the client returns those as `ErrorBody`: no operation's types reach it, so only `full` compiles it.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ErrorModel {
    /// The `message` property (the API document does not describe it).
    pub message: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "full")]
impl<'de> ::serde::Deserialize<'de> for ErrorModel {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "full")]
impl<'de> crate::runtime::support::FromMap<'de> for ErrorModel {
    const EXPECTING: &'static str = "struct ErrorModel";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "message" => __f0 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            message: __f0.ok_or_else(|| __missing("message"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "full")]
impl ErrorModel {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(message: String) -> Self {
        Self {
            message,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "_types_126e48c9618a")]
/// Reached by `pets` and, through `Store`, by `stores`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Pet {
    /// The `id` property (the API document does not describe it).
    pub id: i64,
    /// The `name` property (the API document does not describe it).
    pub name: String,
    /// The `size` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<Size>,
    /// Reached by every feature, so compiled unconditionally.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "_types_126e48c9618a")]
impl<'de> ::serde::Deserialize<'de> for Pet {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "_types_126e48c9618a")]
impl<'de> crate::runtime::support::FromMap<'de> for Pet {
    const EXPECTING: &'static str = "struct Pet";
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
                "name" => __f1 = Some(__map.next_value()?),
                "size" => __f2 = __map.next_value()?,
                "meta" => __f3 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0.ok_or_else(|| __missing("id"))?,
            name: __f1.ok_or_else(|| __missing("name"))?,
            size: __f2,
            meta: __f3,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "_types_126e48c9618a")]
impl Pet {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: i64, name: String) -> Self {
        Self {
            id,
            name,
            size: None,
            meta: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
/// Reached by every feature, so compiled unconditionally.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Meta {
    /// The `created` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::runtime::Timestamp>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Meta {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Meta {
    const EXPECTING: &'static str = "struct Meta";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "created" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            created: __f0,
            additional_properties: __extra,
        })
    }
}
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
pub enum Size {
    /// `small`
    Small,
    /// `large`
    Large,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
impl Size {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Small => "small",
            Self::Large => "large",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for Size {
    fn from(value: String) -> Self {
        match value.as_str() {
            "small" => Self::Small,
            "large" => Self::Large,
            _ => Self::Unknown(value),
        }
    }
}
impl From<&str> for Size {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl From<Size> for String {
    fn from(value: Size) -> Self {
        match value {
            Size::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
impl ::std::fmt::Display for Size {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "stores")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Store {
    /// The `name` property (the API document does not describe it).
    pub name: String,
    /// The `pets` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pets: Option<Vec<Pet>>,
    /// The `kind` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<StoreKind>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "stores")]
impl<'de> ::serde::Deserialize<'de> for Store {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "stores")]
impl<'de> crate::runtime::support::FromMap<'de> for Store {
    const EXPECTING: &'static str = "struct Store";
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
                "name" => __f0 = Some(__map.next_value()?),
                "pets" => __f1 = __map.next_value()?,
                "kind" => __f2 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            name: __f0.ok_or_else(|| __missing("name"))?,
            pets: __f1,
            kind: __f2,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "stores")]
impl Store {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(name: String) -> Self {
        Self {
            name,
            pets: None,
            kind: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "stores")]
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
pub enum StoreKind {
    /// `shop`
    Shop,
    /// `market`
    Market,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "stores")]
impl StoreKind {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Shop => "shop",
            Self::Market => "market",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "stores")]
impl From<String> for StoreKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "shop" => Self::Shop,
            "market" => Self::Market,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "stores")]
impl From<&str> for StoreKind {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "stores")]
impl From<StoreKind> for String {
    fn from(value: StoreKind) -> Self {
        match value {
            StoreKind::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "stores")]
impl ::std::fmt::Display for StoreKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "stores")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Pending {
    /// The `eta` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eta: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "stores")]
impl<'de> ::serde::Deserialize<'de> for Pending {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "stores")]
impl<'de> crate::runtime::support::FromMap<'de> for Pending {
    const EXPECTING: &'static str = "struct Pending";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "eta" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            eta: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "users")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct User {
    /// The `email` property (the API document does not describe it).
    pub email: String,
    /// Reached by every feature, so compiled unconditionally.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// The `favorite` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub favorite: Option<UserFavorite>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "users")]
impl<'de> ::serde::Deserialize<'de> for User {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "users")]
impl<'de> crate::runtime::support::FromMap<'de> for User {
    const EXPECTING: &'static str = "struct User";
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
                "email" => __f0 = Some(__map.next_value()?),
                "meta" => __f1 = __map.next_value()?,
                "favorite" => __f2 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            email: __f0.ok_or_else(|| __missing("email"))?,
            meta: __f1,
            favorite: __f2,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "users")]
impl User {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(email: String) -> Self {
        Self {
            email,
            meta: None,
            favorite: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "full")]
/// Reached by no operation, so only `full` compiles it.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Unused {
    /// The `note` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "full")]
impl<'de> ::serde::Deserialize<'de> for Unused {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "full")]
impl<'de> crate::runtime::support::FromMap<'de> for Unused {
    const EXPECTING: &'static str = "struct Unused";
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
#[cfg(feature = "users")]
/// One of several shapes of value (the API document does not describe it).
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum UserFavorite {
    /// The value when it has this shape (shapes are tried in order).
    Size(Size),
    /// The value when it has this shape (shapes are tried in order).
    Integer(i64),
    /// A value that matches none of the variants above; the raw JSON.
    Unknown(::serde_json::Value),
}
#[cfg(feature = "stores")]
/// Query, header and cookie parameters of [`Client::list_stores`](crate::Client::list_stores).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListStoresParams {
    /// The `kind` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<StoreKind>,
}
#[cfg(feature = "stores")]
impl<'de> ::serde::Deserialize<'de> for ListStoresParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "stores")]
impl<'de> crate::runtime::support::FromMap<'de> for ListStoresParams {
    const EXPECTING: &'static str = "struct ListStoresParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "kind" => __f0 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { kind: __f0 })
    }
}
#[cfg(feature = "stores")]
/// Success responses of `ListStores`, by status.
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum ListStoresResponse {
    /// Status 200.
    Status200(Vec<Store>),
    /// Status 202.
    Status202(Pending),
}
