// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
#[cfg(feature = "orgs")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOrgsByOrgItemsByItemIdFilter {
    /// The `name` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "orgs")]
impl<'de> ::serde::Deserialize<'de> for GetOrgsByOrgItemsByItemIdFilter {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "orgs")]
impl<'de> crate::runtime::support::FromMap<'de> for GetOrgsByOrgItemsByItemIdFilter {
    const EXPECTING: &'static str = "struct GetOrgsByOrgItemsByItemIdFilter";
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
#[cfg(feature = "orgs")]
/// Query, header and cookie parameters of [`Client::get_orgs_by_org_items_by_item_id`](crate::Client::get_orgs_by_org_items_by_item_id).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct GetOrgsByOrgItemsByItemIdParams {
    /// The `tags` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `ids` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<i64>>,
    /// The `filter` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<GetOrgsByOrgItemsByItemIdFilter>,
    /// The `pipes` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pipes: Option<Vec<String>>,
    /// The `X-Request-Id` parameter (the API document does not describe it).
    #[serde(rename = "X-Request-Id")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x_request_id: Option<String>,
    /// The `session` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    /// The `required_flag` parameter (the API document does not describe it).
    pub required_flag: bool,
}
#[cfg(feature = "orgs")]
impl<'de> ::serde::Deserialize<'de> for GetOrgsByOrgItemsByItemIdParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "orgs")]
impl<'de> crate::runtime::support::FromMap<'de> for GetOrgsByOrgItemsByItemIdParams {
    const EXPECTING: &'static str = "struct GetOrgsByOrgItemsByItemIdParams";
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
        let mut __f6 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "tags" => __f0 = __map.next_value()?,
                "ids" => __f1 = __map.next_value()?,
                "filter" => __f2 = __map.next_value()?,
                "pipes" => __f3 = __map.next_value()?,
                "X-Request-Id" => __f4 = __map.next_value()?,
                "session" => __f5 = __map.next_value()?,
                "required_flag" => __f6 = Some(__map.next_value()?),
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            tags: __f0,
            ids: __f1,
            filter: __f2,
            pipes: __f3,
            x_request_id: __f4,
            session: __f5,
            required_flag: __f6.ok_or_else(|| __missing("required_flag"))?,
        })
    }
}
#[cfg(feature = "orgs")]
impl GetOrgsByOrgItemsByItemIdParams {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(required_flag: bool) -> Self {
        Self {
            tags: None,
            ids: None,
            filter: None,
            pipes: None,
            x_request_id: None,
            session: None,
            required_flag,
        }
    }
}
#[cfg(feature = "orgs")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetOrgsByOrgItemsByItemIdResponse {
    /// The `id` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "orgs")]
impl<'de> ::serde::Deserialize<'de> for GetOrgsByOrgItemsByItemIdResponse {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "orgs")]
impl<'de> crate::runtime::support::FromMap<'de> for GetOrgsByOrgItemsByItemIdResponse {
    const EXPECTING: &'static str = "struct GetOrgsByOrgItemsByItemIdResponse";
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
