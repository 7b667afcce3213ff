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
pub struct Pet {
    /// The `id` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `name` property (the API document does not describe it).
    pub name: String,
    /// The `tag` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Pet {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
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
                "id" => __f0 = __map.next_value()?,
                "name" => __f1 = Some(__map.next_value()?),
                "tag" => __f2 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0,
            name: __f1.ok_or_else(|| __missing("name"))?,
            tag: __f2,
            additional_properties: __extra,
        })
    }
}
impl Pet {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(name: String) -> Self {
        Self {
            id: None,
            name,
            tag: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
/// Query, header and cookie parameters of [`Client::find_pets`](crate::Client::find_pets).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct FindPetsParams {
    /// The `status` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<String>>,
    /// The `tags` parameter (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
impl<'de> ::serde::Deserialize<'de> for FindPetsParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for FindPetsParams {
    const EXPECTING: &'static str = "struct FindPetsParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "status" => __f0 = __map.next_value()?,
                "tags" => __f1 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { status: __f0, tags: __f1 })
    }
}
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UploadImageBody {
    /// The `file` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<crate::runtime::support::FilePart>,
    /// The `note` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for UploadImageBody {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for UploadImageBody {
    const EXPECTING: &'static str = "struct UploadImageBody";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "file" => __f0 = __map.next_value()?,
                "note" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            file: __f0,
            note: __f1,
            additional_properties: __extra,
        })
    }
}
