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
pub struct Cat {
    /// The `kind` property (the API document does not describe it).
    pub kind: String,
    /// The `meow` property (the API document does not describe it).
    pub meow: bool,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Cat {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Cat {
    const EXPECTING: &'static str = "struct Cat";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "kind" => __f0 = Some(__map.next_value()?),
                "meow" => __f1 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            kind: __f0.ok_or_else(|| __missing("kind"))?,
            meow: __f1.ok_or_else(|| __missing("meow"))?,
            additional_properties: __extra,
        })
    }
}
impl Cat {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(kind: String, meow: bool) -> Self {
        Self {
            kind,
            meow,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Dog {
    /// The `bark` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bark: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Dog {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Dog {
    const EXPECTING: &'static str = "struct Dog";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "bark" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            bark: __f0,
            additional_properties: __extra,
        })
    }
}
/// One of several shapes of value (the API document does not describe it).
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    /// The value when its tag is `cat`.
    Cat(Cat),
    /// The value when its tag is `dog`.
    Dog(Dog),
    /// A variant this client does not know (yet); the raw JSON.
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for Pet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "kind",
                    "cat",
                    value,
                )
            }
            Self::Dog(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "kind",
                    "dog",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> crate::runtime::tagged::Tagged<'de> for Pet {
    const TAG: &'static str = "kind";
    fn from_tagged<A: ::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: crate::runtime::tagged::Rest<'de, A>,
    ) -> ::core::result::Result<Self, A::Error> {
        match tag {
            "cat" => rest.with_tag().read().map(Self::Cat),
            "dog" => rest.read().map(Self::Dog),
            _ => rest.with_tag().read().map(Self::Unknown),
        }
    }
    fn unknown(value: ::serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> ::serde::Deserialize<'de> for Pet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        crate::runtime::tagged::deserialize_tagged(deserializer)
    }
}
/// One of several shapes of value (the API document does not describe it).
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum PetNoMapping {
    /// The value when its tag is `Cat`.
    Cat(Cat),
    /// The value when its tag is `Dog`.
    Dog(Dog),
    /// A variant this client does not know (yet); the raw JSON.
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for PetNoMapping {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "kind",
                    "Cat",
                    value,
                )
            }
            Self::Dog(value) => {
                crate::runtime::tagged::serialize_tagged(
                    serializer,
                    "kind",
                    "Dog",
                    value,
                )
            }
            Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> crate::runtime::tagged::Tagged<'de> for PetNoMapping {
    const TAG: &'static str = "kind";
    fn from_tagged<A: ::serde::de::MapAccess<'de>>(
        tag: &str,
        rest: crate::runtime::tagged::Rest<'de, A>,
    ) -> ::core::result::Result<Self, A::Error> {
        match tag {
            "Cat" => rest.with_tag().read().map(Self::Cat),
            "Dog" => rest.read().map(Self::Dog),
            _ => rest.with_tag().read().map(Self::Unknown),
        }
    }
    fn unknown(value: ::serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}
impl<'de> ::serde::Deserialize<'de> for PetNoMapping {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        crate::runtime::tagged::deserialize_tagged(deserializer)
    }
}
/// One of several shapes of value (the API document does not describe it).
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum StringOrNumber {
    /// The value when it has this shape (shapes are tried in order).
    String(String),
    /// The value when it has this shape (shapes are tried in order).
    Number(f64),
    /// A value that matches none of the variants above; the raw JSON.
    Unknown(::serde_json::Value),
}
/// Another name for the type it stands for (the API document does not describe it).
pub type MaybeCat = Cat;
/// One of several shapes of value (the API document does not describe it).
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum Shape {
    /// The value when it has this shape (shapes are tried in order).
    Circle(ShapeCircle),
    /// The value when it has this shape (shapes are tried in order).
    Square(ShapeSquare),
    /// A value that matches none of the variants above; the raw JSON.
    Unknown(::serde_json::Value),
}
/// `items` without `type`: a list of strings, or any other value.
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum LooseList {
    /// The value when it has this shape (shapes are tried in order).
    List(Vec<String>),
    /// A value that matches none of the variants above; the raw JSON.
    Unknown(::serde_json::Value),
}
/// circle
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ShapeCircle {
    /// The `radius` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub radius: Option<f64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for ShapeCircle {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for ShapeCircle {
    const EXPECTING: &'static str = "struct ShapeCircle";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "radius" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            radius: __f0,
            additional_properties: __extra,
        })
    }
}
/// square
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ShapeSquare {
    /// The `side` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub side: Option<f64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for ShapeSquare {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for ShapeSquare {
    const EXPECTING: &'static str = "struct ShapeSquare";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "side" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            side: __f0,
            additional_properties: __extra,
        })
    }
}
