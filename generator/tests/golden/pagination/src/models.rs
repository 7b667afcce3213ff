// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
#[cfg(feature = "_types_99a65bc47067")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Thing {
    /// The `name` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "_types_99a65bc47067")]
impl<'de> ::serde::Deserialize<'de> for Thing {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "_types_99a65bc47067")]
impl<'de> crate::runtime::support::FromMap<'de> for Thing {
    const EXPECTING: &'static str = "struct Thing";
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
#[cfg(feature = "charges")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Charge {
    /// The `id` property (the API document does not describe it).
    pub id: String,
    /// The `amount` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "charges")]
impl<'de> ::serde::Deserialize<'de> for Charge {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "charges")]
impl<'de> crate::runtime::support::FromMap<'de> for Charge {
    const EXPECTING: &'static str = "struct Charge";
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
                "amount" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0.ok_or_else(|| __missing("id"))?,
            amount: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "charges")]
impl Charge {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: String) -> Self {
        Self {
            id,
            amount: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "things")]
/// Query, header and cookie parameters of [`Client::list_things`](crate::Client::list_things).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListThingsParams {
    /// The `offset` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// The `limit` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}
#[cfg(feature = "things")]
impl<'de> ::serde::Deserialize<'de> for ListThingsParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "things")]
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
#[cfg(feature = "things")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ListThingsResponse {
    /// The `count` property (the API document does not describe it).
    pub count: i64,
    /// The `results` property (the API document does not describe it).
    pub results: Vec<Thing>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "things")]
impl<'de> ::serde::Deserialize<'de> for ListThingsResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "things")]
impl<'de> crate::runtime::support::FromMap<'de> for ListThingsResponse {
    const EXPECTING: &'static str = "struct ListThingsResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "count" => __f0 = Some(__map.next_value()?),
                "results" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            count: __f0.ok_or_else(|| __missing("count"))?,
            results: __f1.ok_or_else(|| __missing("results"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "things")]
impl ListThingsResponse {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(count: i64, results: Vec<Thing>) -> Self {
        Self {
            count,
            results,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "search")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SearchThingsBody {
    /// The `query` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// The `offset` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i32>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "search")]
impl<'de> ::serde::Deserialize<'de> for SearchThingsBody {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "search")]
impl<'de> crate::runtime::support::FromMap<'de> for SearchThingsBody {
    const EXPECTING: &'static str = "struct SearchThingsBody";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "query" => __f0 = __map.next_value()?,
                "offset" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            query: __f0,
            offset: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "search")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SearchThingsResponse {
    /// The `count` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// The `results` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<Thing>>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "search")]
impl<'de> ::serde::Deserialize<'de> for SearchThingsResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "search")]
impl<'de> crate::runtime::support::FromMap<'de> for SearchThingsResponse {
    const EXPECTING: &'static str = "struct SearchThingsResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "count" => __f0 = __map.next_value()?,
                "results" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            count: __f0,
            results: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "repos")]
/// Query, header and cookie parameters of [`Client::list_repos`](crate::Client::list_repos).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListReposParams {
    /// The `per_page` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<i64>,
    /// The `page` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
}
#[cfg(feature = "repos")]
impl<'de> ::serde::Deserialize<'de> for ListReposParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "repos")]
impl<'de> crate::runtime::support::FromMap<'de> for ListReposParams {
    const EXPECTING: &'static str = "struct ListReposParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "per_page" => __f0 = __map.next_value()?,
                "page" => __f1 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { per_page: __f0, page: __f1 })
    }
}
#[cfg(feature = "charges")]
/// Query, header and cookie parameters of [`Client::list_charges`](crate::Client::list_charges).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListChargesParams {
    /// The `starting_after` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
    /// The `limit` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}
#[cfg(feature = "charges")]
impl<'de> ::serde::Deserialize<'de> for ListChargesParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "charges")]
impl<'de> crate::runtime::support::FromMap<'de> for ListChargesParams {
    const EXPECTING: &'static str = "struct ListChargesParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "starting_after" => __f0 = __map.next_value()?,
                "limit" => __f1 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            starting_after: __f0,
            limit: __f1,
        })
    }
}
#[cfg(feature = "charges")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ListChargesResponse {
    /// The `object` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The `data` property (the API document does not describe it).
    pub data: Vec<Charge>,
    /// The `has_more` property (the API document does not describe it).
    pub has_more: bool,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "charges")]
impl<'de> ::serde::Deserialize<'de> for ListChargesResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "charges")]
impl<'de> crate::runtime::support::FromMap<'de> for ListChargesResponse {
    const EXPECTING: &'static str = "struct ListChargesResponse";
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
                "object" => __f0 = __map.next_value()?,
                "data" => __f1 = Some(__map.next_value()?),
                "has_more" => __f2 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            object: __f0,
            data: __f1.ok_or_else(|| __missing("data"))?,
            has_more: __f2.ok_or_else(|| __missing("has_more"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "charges")]
impl ListChargesResponse {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(data: Vec<Charge>, has_more: bool) -> Self {
        Self {
            object: None,
            data,
            has_more,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "files")]
/// Query, header and cookie parameters of [`Client::list_files`](crate::Client::list_files).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListFilesParams {
    /// The `pageToken` parameter (the API document does not describe it).
    #[serde(rename = "pageToken")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_token: Option<String>,
}
#[cfg(feature = "files")]
impl<'de> ::serde::Deserialize<'de> for ListFilesParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "files")]
impl<'de> crate::runtime::support::FromMap<'de> for ListFilesParams {
    const EXPECTING: &'static str = "struct ListFilesParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "pageToken" => __f0 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { page_token: __f0 })
    }
}
#[cfg(feature = "files")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListFilesResponse {
    /// The `files` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<Thing>>,
    /// The `nextPageToken` property (the API document does not describe it).
    #[serde(rename = "nextPageToken")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "files")]
impl<'de> ::serde::Deserialize<'de> for ListFilesResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "files")]
impl<'de> crate::runtime::support::FromMap<'de> for ListFilesResponse {
    const EXPECTING: &'static str = "struct ListFilesResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "files" => __f0 = __map.next_value()?,
                "nextPageToken" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            files: __f0,
            next_page_token: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "channels")]
/// Query, header and cookie parameters of [`Client::list_channels`](crate::Client::list_channels).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListChannelsParams {
    /// The `cursor` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}
#[cfg(feature = "channels")]
impl<'de> ::serde::Deserialize<'de> for ListChannelsParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "channels")]
impl<'de> crate::runtime::support::FromMap<'de> for ListChannelsParams {
    const EXPECTING: &'static str = "struct ListChannelsParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "cursor" => __f0 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { cursor: __f0 })
    }
}
#[cfg(feature = "channels")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ListChannelsResponse {
    /// The `channels` property (the API document does not describe it).
    pub channels: Vec<Thing>,
    /// The `response_metadata` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_metadata: Option<ListChannelsResponseResponseMetadata>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "channels")]
impl<'de> ::serde::Deserialize<'de> for ListChannelsResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "channels")]
impl<'de> crate::runtime::support::FromMap<'de> for ListChannelsResponse {
    const EXPECTING: &'static str = "struct ListChannelsResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "channels" => __f0 = Some(__map.next_value()?),
                "response_metadata" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            channels: __f0.ok_or_else(|| __missing("channels"))?,
            response_metadata: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "channels")]
impl ListChannelsResponse {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(channels: Vec<Thing>) -> Self {
        Self {
            channels,
            response_metadata: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "channels")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListChannelsResponseResponseMetadata {
    /// The `next_cursor` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "channels")]
impl<'de> ::serde::Deserialize<'de> for ListChannelsResponseResponseMetadata {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "channels")]
impl<'de> crate::runtime::support::FromMap<'de>
for ListChannelsResponseResponseMetadata {
    const EXPECTING: &'static str = "struct ListChannelsResponseResponseMetadata";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "next_cursor" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            next_cursor: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "events")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListEventsResponse {
    /// The `results` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<Thing>>,
    /// The `next` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "events")]
impl<'de> ::serde::Deserialize<'de> for ListEventsResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "events")]
impl<'de> crate::runtime::support::FromMap<'de> for ListEventsResponse {
    const EXPECTING: &'static str = "struct ListEventsResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "results" => __f0 = __map.next_value()?,
                "next" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            results: __f0,
            next: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "vaults")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListVaultsResponse {
    /// The `value` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Vec<Thing>>,
    /// The `nextLink` property (the API document does not describe it).
    #[serde(rename = "nextLink")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_link: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "vaults")]
impl<'de> ::serde::Deserialize<'de> for ListVaultsResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "vaults")]
impl<'de> crate::runtime::support::FromMap<'de> for ListVaultsResponse {
    const EXPECTING: &'static str = "struct ListVaultsResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "value" => __f0 = __map.next_value()?,
                "nextLink" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            value: __f0,
            next_link: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "numbered")]
/// Query, header and cookie parameters of [`Client::list_numbered`](crate::Client::list_numbered).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListNumberedParams {
    /// The `page` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<i32>,
}
#[cfg(feature = "numbered")]
impl<'de> ::serde::Deserialize<'de> for ListNumberedParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "numbered")]
impl<'de> crate::runtime::support::FromMap<'de> for ListNumberedParams {
    const EXPECTING: &'static str = "struct ListNumberedParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "page" => __f0 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { page: __f0 })
    }
}
#[cfg(feature = "numbered")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListNumberedResponse {
    /// The `items` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Thing>>,
    /// The `total_pages` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "numbered")]
impl<'de> ::serde::Deserialize<'de> for ListNumberedResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "numbered")]
impl<'de> crate::runtime::support::FromMap<'de> for ListNumberedResponse {
    const EXPECTING: &'static str = "struct ListNumberedResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "items" => __f0 = __map.next_value()?,
                "total_pages" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            items: __f0,
            total_pages: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "pages")]
/// Query, header and cookie parameters of [`Client::list_pages`](crate::Client::list_pages).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListPagesParams {
    /// The `p` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p: Option<i64>,
}
#[cfg(feature = "pages")]
impl<'de> ::serde::Deserialize<'de> for ListPagesParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "pages")]
impl<'de> crate::runtime::support::FromMap<'de> for ListPagesParams {
    const EXPECTING: &'static str = "struct ListPagesParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "p" => __f0 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { p: __f0 })
    }
}
#[cfg(feature = "pages")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListPagesResponse {
    /// The `entries` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<Thing>>,
    /// The `meta` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ListPagesResponseMeta>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "pages")]
impl<'de> ::serde::Deserialize<'de> for ListPagesResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "pages")]
impl<'de> crate::runtime::support::FromMap<'de> for ListPagesResponse {
    const EXPECTING: &'static str = "struct ListPagesResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "entries" => __f0 = __map.next_value()?,
                "meta" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            entries: __f0,
            meta: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "pages")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListPagesResponseMeta {
    /// The `pages` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "pages")]
impl<'de> ::serde::Deserialize<'de> for ListPagesResponseMeta {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "pages")]
impl<'de> crate::runtime::support::FromMap<'de> for ListPagesResponseMeta {
    const EXPECTING: &'static str = "struct ListPagesResponseMeta";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "pages" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            pages: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "logs")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListLogsBody {
    /// The `from` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "logs")]
impl<'de> ::serde::Deserialize<'de> for ListLogsBody {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "logs")]
impl<'de> crate::runtime::support::FromMap<'de> for ListLogsBody {
    const EXPECTING: &'static str = "struct ListLogsBody";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "from" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            from: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "logs")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ListLogsResponse {
    /// The `lines` property (the API document does not describe it).
    pub lines: Vec<String>,
    /// The `meta` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ListLogsResponseMeta>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "logs")]
impl<'de> ::serde::Deserialize<'de> for ListLogsResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "logs")]
impl<'de> crate::runtime::support::FromMap<'de> for ListLogsResponse {
    const EXPECTING: &'static str = "struct ListLogsResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "lines" => __f0 = Some(__map.next_value()?),
                "meta" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            lines: __f0.ok_or_else(|| __missing("lines"))?,
            meta: __f1,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "logs")]
impl ListLogsResponse {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(lines: Vec<String>) -> Self {
        Self {
            lines,
            meta: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "logs")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ListLogsResponseMeta {
    /// The `next_from` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_from: Option<i64>,
    /// The `more` property (the API document does not describe it).
    pub more: bool,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "logs")]
impl<'de> ::serde::Deserialize<'de> for ListLogsResponseMeta {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "logs")]
impl<'de> crate::runtime::support::FromMap<'de> for ListLogsResponseMeta {
    const EXPECTING: &'static str = "struct ListLogsResponseMeta";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "next_from" => __f0 = __map.next_value()?,
                "more" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            next_from: __f0,
            more: __f1.ok_or_else(|| __missing("more"))?,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "logs")]
impl ListLogsResponseMeta {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(more: bool) -> Self {
        Self {
            next_from: None,
            more,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "broken")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListBrokenResponse {
    /// The `results` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<String>>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "broken")]
impl<'de> ::serde::Deserialize<'de> for ListBrokenResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "broken")]
impl<'de> crate::runtime::support::FromMap<'de> for ListBrokenResponse {
    const EXPECTING: &'static str = "struct ListBrokenResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "results" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            results: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "foo")]
/// Query, header and cookie parameters of [`Client::list_foo`](crate::Client::list_foo).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListFooParams {
    /// The `offset` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
}
#[cfg(feature = "foo")]
impl<'de> ::serde::Deserialize<'de> for ListFooParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "foo")]
impl<'de> crate::runtime::support::FromMap<'de> for ListFooParams {
    const EXPECTING: &'static str = "struct ListFooParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "offset" => __f0 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { offset: __f0 })
    }
}
#[cfg(feature = "foo")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ListFooResponse {
    /// The `results` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<Thing>>,
    /// The `total` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "foo")]
impl<'de> ::serde::Deserialize<'de> for ListFooResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "foo")]
impl<'de> crate::runtime::support::FromMap<'de> for ListFooResponse {
    const EXPECTING: &'static str = "struct ListFooResponse";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "results" => __f0 = __map.next_value()?,
                "total" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            results: __f0,
            total: __f1,
            additional_properties: __extra,
        })
    }
}
