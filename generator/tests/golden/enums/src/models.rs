// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
/// Values that are not identifiers.
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
pub enum Status {
    /// `active`
    Active,
    /// `in-progress`
    InProgress,
    /// `done.ok`
    DoneOk,
    /// ``
    Empty,
    /// `1st`
    V1st,
    /// `+1`
    Plus1,
    /// `-1`
    Minus1,
    /// `>=`
    GtEq,
    /// `a-b`
    AB,
    /// `a_b`
    AB2,
    /// `Self`
    SelfValue,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
impl Status {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::InProgress => "in-progress",
            Self::DoneOk => "done.ok",
            Self::Empty => "",
            Self::V1st => "1st",
            Self::Plus1 => "+1",
            Self::Minus1 => "-1",
            Self::GtEq => ">=",
            Self::AB => "a-b",
            Self::AB2 => "a_b",
            Self::SelfValue => "Self",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for Status {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "in-progress" => Self::InProgress,
            "done.ok" => Self::DoneOk,
            "" => Self::Empty,
            "1st" => Self::V1st,
            "+1" => Self::Plus1,
            "-1" => Self::Minus1,
            ">=" => Self::GtEq,
            "a-b" => Self::AB,
            "a_b" => Self::AB2,
            "Self" => Self::SelfValue,
            _ => Self::Unknown(value),
        }
    }
}
impl From<&str> for Status {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl From<Status> for String {
    fn from(value: Status) -> Self {
        match value {
            Status::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
impl ::std::fmt::Display for Status {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Another name for the type it stands for (the API document does not describe it).
pub type Priority = i64;
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
pub enum MaybeColor {
    /// `red`
    Red,
    /// `green`
    Green,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
impl MaybeColor {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::Green => "green",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for MaybeColor {
    fn from(value: String) -> Self {
        match value.as_str() {
            "red" => Self::Red,
            "green" => Self::Green,
            _ => Self::Unknown(value),
        }
    }
}
impl From<&str> for MaybeColor {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl From<MaybeColor> for String {
    fn from(value: MaybeColor) -> Self {
        match value {
            MaybeColor::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
impl ::std::fmt::Display for MaybeColor {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Holder {
    /// Values that are not identifiers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The `priority` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// The `color` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<MaybeColor>,
    /// The `mode` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<HolderMode>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Holder {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Holder {
    const EXPECTING: &'static str = "struct Holder";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "status" => __f0 = __map.next_value()?,
                "priority" => __f1 = __map.next_value()?,
                "color" => __f2 = __map.next_value()?,
                "mode" => __f3 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            status: __f0,
            priority: __f1,
            color: __f2,
            mode: __f3,
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
pub enum HolderMode {
    /// `fast`
    Fast,
    /// `slow`
    Slow,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
impl HolderMode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fast => "fast",
            Self::Slow => "slow",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for HolderMode {
    fn from(value: String) -> Self {
        match value.as_str() {
            "fast" => Self::Fast,
            "slow" => Self::Slow,
            _ => Self::Unknown(value),
        }
    }
}
impl From<&str> for HolderMode {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl From<HolderMode> for String {
    fn from(value: HolderMode) -> Self {
        match value {
            HolderMode::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
impl ::std::fmt::Display for HolderMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
