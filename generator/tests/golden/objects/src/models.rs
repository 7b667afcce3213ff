// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
/// A widget with every kind of field.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Bag {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Properties not listed above.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, i64>,
}
#[deprecated]
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OldThing {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<String>,
}
/// Has the same inline object as Widget.dimensions, so it shares its type.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Gadget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<WidgetDimensions>,
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WidgetDimensions {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<f64>,
}
