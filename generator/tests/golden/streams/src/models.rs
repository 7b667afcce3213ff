// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
#[cfg(feature = "chat")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ChatRequest {
    /// The `prompt` property (the API document does not describe it).
    pub prompt: String,
    /// The `stream` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "chat")]
impl<'de> ::serde::Deserialize<'de> for ChatRequest {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "chat")]
impl<'de> crate::runtime::support::FromMap<'de> for ChatRequest {
    const EXPECTING: &'static str = "struct ChatRequest";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "prompt" => __f0 = Some(__map.next_value()?),
                "stream" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            prompt: __f0.ok_or_else(|| __missing("prompt"))?,
            stream: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "chat")]
impl ChatRequest {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(prompt: String) -> Self {
        Self {
            prompt,
            stream: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "chat")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Completion {
    /// The `text` property (the API document does not describe it).
    pub text: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "chat")]
impl<'de> ::serde::Deserialize<'de> for Completion {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "chat")]
impl<'de> crate::runtime::support::FromMap<'de> for Completion {
    const EXPECTING: &'static str = "struct Completion";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "text" => __f0 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            text: __f0.ok_or_else(|| __missing("text"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "chat")]
impl Completion {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(text: String) -> Self {
        Self {
            text,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "chat")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Chunk {
    /// The `delta` property (the API document does not describe it).
    pub delta: String,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "chat")]
impl<'de> ::serde::Deserialize<'de> for Chunk {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "chat")]
impl<'de> crate::runtime::support::FromMap<'de> for Chunk {
    const EXPECTING: &'static str = "struct Chunk";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "delta" => __f0 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            delta: __f0.ok_or_else(|| __missing("delta"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "chat")]
impl Chunk {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(delta: String) -> Self {
        Self {
            delta,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "logs")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Change {
    /// The `path` property (the API document does not describe it).
    pub path: String,
    /// The `kind` property (the API document does not describe it).
    pub kind: ChangeKind,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "logs")]
impl<'de> ::serde::Deserialize<'de> for Change {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "logs")]
impl<'de> crate::runtime::support::FromMap<'de> for Change {
    const EXPECTING: &'static str = "struct Change";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "path" => __f0 = Some(__map.next_value()?),
                "kind" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            path: __f0.ok_or_else(|| __missing("path"))?,
            kind: __f1.ok_or_else(|| __missing("kind"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "logs")]
impl Change {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(path: String, kind: ChangeKind) -> Self {
        Self {
            path,
            kind,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "exports")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Record {
    /// The `id` property (the API document does not describe it).
    pub id: i64,
    /// The `line` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "exports")]
impl<'de> ::serde::Deserialize<'de> for Record {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "exports")]
impl<'de> crate::runtime::support::FromMap<'de> for Record {
    const EXPECTING: &'static str = "struct Record";
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
                "line" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0.ok_or_else(|| __missing("id"))?,
            line: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "exports")]
impl Record {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: i64) -> Self {
        Self {
            id,
            line: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "logs")]
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
pub enum ChangeKind {
    /// `created`
    Created,
    /// `deleted`
    Deleted,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "logs")]
impl ChangeKind {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Deleted => "deleted",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "logs")]
impl From<String> for ChangeKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "created" => Self::Created,
            "deleted" => Self::Deleted,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "logs")]
impl From<&str> for ChangeKind {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "logs")]
impl From<ChangeKind> for String {
    fn from(value: ChangeKind) -> Self {
        match value {
            ChangeKind::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "logs")]
impl ::std::fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "chat")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct StreamChatEvent {
    /// The `delta` property (the API document does not describe it).
    pub delta: String,
    /// The `index` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "chat")]
impl<'de> ::serde::Deserialize<'de> for StreamChatEvent {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "chat")]
impl<'de> crate::runtime::support::FromMap<'de> for StreamChatEvent {
    const EXPECTING: &'static str = "struct StreamChatEvent";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "delta" => __f0 = Some(__map.next_value()?),
                "index" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            delta: __f0.ok_or_else(|| __missing("delta"))?,
            index: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "chat")]
impl StreamChatEvent {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(delta: String) -> Self {
        Self {
            delta,
            index: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "logs")]
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
pub enum TailLogsLevel {
    /// `info`
    Info,
    /// `warn`
    Warn,
    /// `error`
    Error,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "logs")]
impl TailLogsLevel {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "info",
            Self::Warn => "warn",
            Self::Error => "error",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "logs")]
impl From<String> for TailLogsLevel {
    fn from(value: String) -> Self {
        match value.as_str() {
            "info" => Self::Info,
            "warn" => Self::Warn,
            "error" => Self::Error,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "logs")]
impl From<&str> for TailLogsLevel {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "logs")]
impl From<TailLogsLevel> for String {
    fn from(value: TailLogsLevel) -> Self {
        match value {
            TailLogsLevel::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "logs")]
impl ::std::fmt::Display for TailLogsLevel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "logs")]
/// Query, header and cookie parameters of [`Client::tail_logs`](crate::Client::tail_logs).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct TailLogsParams {
    /// The `level` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<TailLogsLevel>,
}
#[cfg(feature = "logs")]
impl<'de> ::serde::Deserialize<'de> for TailLogsParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "logs")]
impl<'de> crate::runtime::support::FromMap<'de> for TailLogsParams {
    const EXPECTING: &'static str = "struct TailLogsParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "level" => __f0 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { level: __f0 })
    }
}
