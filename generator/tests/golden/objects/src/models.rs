// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
/// A widget with every kind of field.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Widget {
    /// Assigned by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Display name.
    pub name: String,
    /// Required but may be null.
    #[serde(default)]
    pub note: Option<String>,
    /// Default: `3`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i32>,
    /// A property named like a Rust keyword.
    pub r#type: String,
    #[serde(rename = "self")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    #[serde(rename = "2fa")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub _2fa: Option<bool>,
    #[serde(rename = "$filter")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    #[serde(rename = "fooBar")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foo_bar: Option<String>,
    #[serde(rename = "foo_bar")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foo_bar2: Option<String>,
    /// **Deprecated** by the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<::std::collections::BTreeMap<String, String>>,
    /// Free-form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<::serde_json::Map<String, ::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<WidgetDimensions>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for Widget {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Widget;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct Widget")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<Widget, __A::Error> {
                let mut __f0: Option<i64> = None;
                let mut __f1: ::core::option::Option<String> = None;
                let mut __f2: Option<String> = None;
                let mut __f3: Option<i32> = None;
                let mut __f4: ::core::option::Option<String> = None;
                let mut __f5: Option<String> = None;
                let mut __f6: Option<bool> = None;
                let mut __f7: Option<String> = None;
                let mut __f8: Option<String> = None;
                let mut __f9: Option<String> = None;
                let mut __f10: Option<String> = None;
                let mut __f11: Option<::std::collections::BTreeMap<String, String>> = None;
                let mut __f12: Option<::serde_json::Map<String, ::serde_json::Value>> = None;
                let mut __f13: Option<WidgetDimensions> = None;
                let mut __f14: Option<String> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "id" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "name" => {
                            __f1 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "note" => __f2 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "size" => __f3 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "type" => {
                            __f4 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "self" => __f5 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "2fa" => __f6 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "$filter" => {
                            __f7 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "fooBar" => {
                            __f8 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "foo_bar" => {
                            __f9 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "legacy" => {
                            __f10 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "labels" => {
                            __f11 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "metadata" => {
                            __f12 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "dimensions" => {
                            __f13 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "secret" => {
                            __f14 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(Widget {
                    id: __f0,
                    name: crate::runtime::support::required(__f1, "name")?,
                    note: __f2,
                    size: __f3,
                    r#type: crate::runtime::support::required(__f4, "type")?,
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
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
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
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Bag {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Properties not listed above.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, i64>,
}
impl<'de> ::serde::Deserialize<'de> for Bag {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Bag;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct Bag")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<Bag, __A::Error> {
                let mut __f0: Option<String> = None;
                let mut __extra: ::std::collections::BTreeMap<String, i64> = ::std::collections::BTreeMap::new();
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "kind" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            __extra
                                .insert(
                                    __key.into_string(),
                                    ::serde::de::MapAccess::next_value(&mut __map)?,
                                );
                        }
                    }
                }
                Ok(Bag {
                    kind: __f0,
                    additional_properties: __extra,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
#[deprecated]
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct OldThing {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for OldThing {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = OldThing;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct OldThing")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<OldThing, __A::Error> {
                let mut __f0: Option<String> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "x" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(OldThing { x: __f0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
/// Has the same inline object as Widget.dimensions, so it shares its type.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Gadget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<WidgetDimensions>,
}
impl<'de> ::serde::Deserialize<'de> for Gadget {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Gadget;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct Gadget")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<Gadget, __A::Error> {
                let mut __f0: Option<WidgetDimensions> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "dimensions" => {
                            __f0 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(Gadget { dimensions: __f0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct WidgetDimensions {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<f64>,
}
impl<'de> ::serde::Deserialize<'de> for WidgetDimensions {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = WidgetDimensions;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct WidgetDimensions")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<WidgetDimensions, __A::Error> {
                let mut __f0: Option<f64> = None;
                let mut __f1: Option<f64> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "width" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "height" => {
                            __f1 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(WidgetDimensions {
                    width: __f0,
                    height: __f1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
