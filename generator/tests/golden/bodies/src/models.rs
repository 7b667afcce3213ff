// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
#[cfg(feature = "form")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SubmitFormBody {
    /// The `name` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `age` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "form")]
impl<'de> ::serde::Deserialize<'de> for SubmitFormBody {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "form")]
impl<'de> crate::runtime::support::FromMap<'de> for SubmitFormBody {
    const EXPECTING: &'static str = "struct SubmitFormBody";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "name" => __f0 = __map.next_value()?,
                "age" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            name: __f0,
            age: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "upload")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UploadFileBody {
    /// The `file` property (the API document does not describe it).
    pub file: crate::runtime::support::FilePart,
    /// The `attachments` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<crate::runtime::support::FilePart>>,
    /// The `title` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `meta` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<UploadFileBodyMeta>,
    /// The `visibility` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<UploadFileBodyVisibility>,
    /// The `audience` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audience: Option<UploadFileBodyAudience>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "upload")]
impl<'de> ::serde::Deserialize<'de> for UploadFileBody {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "upload")]
impl<'de> crate::runtime::support::FromMap<'de> for UploadFileBody {
    const EXPECTING: &'static str = "struct UploadFileBody";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "file" => __f0 = Some(__map.next_value()?),
                "attachments" => __f1 = __map.next_value()?,
                "title" => __f2 = __map.next_value()?,
                "meta" => __f3 = __map.next_value()?,
                "visibility" => __f4 = __map.next_value()?,
                "audience" => __f5 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            file: __f0.ok_or_else(|| __missing("file"))?,
            attachments: __f1,
            title: __f2,
            meta: __f3,
            visibility: __f4,
            audience: __f5,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "upload")]
impl UploadFileBody {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(file: crate::runtime::support::FilePart) -> Self {
        Self {
            file,
            attachments: None,
            title: None,
            meta: None,
            visibility: None,
            audience: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "upload")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UploadFileBodyMeta {
    /// The `k` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub k: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "upload")]
impl<'de> ::serde::Deserialize<'de> for UploadFileBodyMeta {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "upload")]
impl<'de> crate::runtime::support::FromMap<'de> for UploadFileBodyMeta {
    const EXPECTING: &'static str = "struct UploadFileBodyMeta";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "k" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            k: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "upload")]
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
pub enum UploadFileBodyVisibility {
    /// `public`
    Public,
    /// `private`
    Private,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
#[cfg(feature = "upload")]
impl UploadFileBodyVisibility {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Private => "private",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "upload")]
impl From<String> for UploadFileBodyVisibility {
    fn from(value: String) -> Self {
        match value.as_str() {
            "public" => Self::Public,
            "private" => Self::Private,
            _ => Self::Unknown(value),
        }
    }
}
#[cfg(feature = "upload")]
impl From<&str> for UploadFileBodyVisibility {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
#[cfg(feature = "upload")]
impl From<UploadFileBodyVisibility> for String {
    fn from(value: UploadFileBodyVisibility) -> Self {
        match value {
            UploadFileBodyVisibility::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
#[cfg(feature = "upload")]
impl ::std::fmt::Display for UploadFileBodyVisibility {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "upload")]
/// Another name for the type it stands for (the API document does not describe it).
pub type UploadFileBodyAudience = UploadFileBodyVisibility;
#[cfg(feature = "note")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PostNoteResponse200 {
    /// The `id` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "note")]
impl<'de> ::serde::Deserialize<'de> for PostNoteResponse200 {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "note")]
impl<'de> crate::runtime::support::FromMap<'de> for PostNoteResponse200 {
    const EXPECTING: &'static str = "struct PostNoteResponse200";
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
#[cfg(feature = "note")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PostNoteResponse202 {
    /// The `ticket` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "note")]
impl<'de> ::serde::Deserialize<'de> for PostNoteResponse202 {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "note")]
impl<'de> crate::runtime::support::FromMap<'de> for PostNoteResponse202 {
    const EXPECTING: &'static str = "struct PostNoteResponse202";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "ticket" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            ticket: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "note")]
/// Success responses of `PostNote`, by status.
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum PostNoteResponse {
    /// Status 200.
    Status200(PostNoteResponse200),
    /// Status 202.
    Status202(PostNoteResponse202),
    /// Status 204.
    Status204,
}
