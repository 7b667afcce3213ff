// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
/// A widget with every kind of field.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Widget {
    /// Assigned by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Display name.
    pub name: String,
    /// Required but may be null.
    pub note: Option<String>,
    /// Default: `3`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i32>,
    /// A property named like a Rust keyword.
    pub r#type: String,
    /// The `self` property (the API document does not describe it).
    #[serde(rename = "self")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    /// The `2fa` property (the API document does not describe it).
    #[serde(rename = "2fa")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub _2fa: Option<bool>,
    /// The `$filter` property (the API document does not describe it).
    #[serde(rename = "$filter")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    /// The `fooBar` property (the API document does not describe it).
    #[serde(rename = "fooBar")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub foo_bar: Option<String>,
    /// The `foo_bar` property (the API document does not describe it).
    #[serde(rename = "foo_bar")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub foo_bar2: Option<String>,
    /// The `legacy` property (the API document does not describe it).
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legacy: Option<String>,
    /// The `labels` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<::std::collections::BTreeMap<String, String>>,
    /// Free-form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<::serde_json::Map<String, ::serde_json::Value>>,
    /// The `dimensions` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<WidgetDimensions>,
    /// The `secret` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Widget {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Widget {
    const EXPECTING: &'static str = "struct Widget";
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
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "id" => __f0 = __map.next_value()?,
                "name" => __f1 = Some(__map.next_value()?),
                "note" => __f2 = __map.next_value()?,
                "size" => __f3 = __map.next_value()?,
                "type" => __f4 = Some(__map.next_value()?),
                "self" => __f5 = __map.next_value()?,
                "2fa" => __f6 = __map.next_value()?,
                "$filter" => __f7 = __map.next_value()?,
                "fooBar" => __f8 = __map.next_value()?,
                "foo_bar" => __f9 = __map.next_value()?,
                "legacy" => __f10 = __map.next_value()?,
                "labels" => __f11 = __map.next_value()?,
                "metadata" => __f12 = __map.next_value()?,
                "dimensions" => __f13 = __map.next_value()?,
                "secret" => __f14 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0,
            name: __f1.ok_or_else(|| __missing("name"))?,
            note: __f2,
            size: __f3,
            r#type: __f4.ok_or_else(|| __missing("type"))?,
            self_: __f5,
            _2fa: __f6,
            filter: __f7,
            foo_bar: __f8,
            foo_bar2: __f9,
            legacy: __f10,
            labels: __f11,
            metadata: __f12,
            dimensions: __f13,
            secret: __f14,
            additional_properties: __extra,
        })
    }
}
impl Widget {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(name: String, r#type: String) -> Self {
        Self {
            id: None,
            name,
            note: None,
            size: None,
            r#type,
            self_: None,
            _2fa: None,
            filter: None,
            foo_bar: None,
            foo_bar2: None,
            legacy: None,
            labels: None,
            metadata: None,
            dimensions: None,
            secret: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "full")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Bag {
    /// The `kind` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, i64>,
}
#[cfg(feature = "full")]
impl<'de> ::serde::Deserialize<'de> for Bag {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "full")]
impl<'de> crate::runtime::support::FromMap<'de> for Bag {
    const EXPECTING: &'static str = "struct Bag";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "kind" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            kind: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "full")]
/// An object (the API document does not describe it).
#[deprecated]
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OldThing {
    /// The `x` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "full")]
impl<'de> ::serde::Deserialize<'de> for OldThing {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "full")]
impl<'de> crate::runtime::support::FromMap<'de> for OldThing {
    const EXPECTING: &'static str = "struct OldThing";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "x" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            x: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "full")]
/// Has the same inline object as Widget.dimensions, so it shares its type.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Gadget {
    /// The `dimensions` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<WidgetDimensions>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "full")]
impl<'de> ::serde::Deserialize<'de> for Gadget {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "full")]
impl<'de> crate::runtime::support::FromMap<'de> for Gadget {
    const EXPECTING: &'static str = "struct Gadget";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "dimensions" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            dimensions: __f0,
            additional_properties: __extra,
        })
    }
}
#[cfg(feature = "full")]
/// An array that also names properties, which an array cannot have.
pub type WidgetList = Vec<Widget>;
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct WidgetDimensions {
    /// The `width` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<f64>,
    /// The `height` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<f64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for WidgetDimensions {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for WidgetDimensions {
    const EXPECTING: &'static str = "struct WidgetDimensions";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "width" => __f0 = __map.next_value()?,
                "height" => __f1 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            width: __f0,
            height: __f1,
            additional_properties: __extra,
        })
    }
}
