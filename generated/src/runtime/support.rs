// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
//! Helpers that generated model and operation code calls: reading structs from JSON
//! objects, decimals sent as numbers and multipart file parts.
//!
//! They live here, in tested runtime code, so the generator prints short calls
//! instead of repeating the same logic in every generated type.

use crate::runtime::MultipartField;
use serde::{Deserialize, Serialize, Serializer};

/// A file to upload in a multipart request.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilePart {
    /// File name announced to the server, if any.
    pub file_name: Option<String>,
    /// Media type of the content; the server's default applies when `None`.
    pub content_type: Option<String>,
    /// The content.
    pub data: Vec<u8>,
}

impl FilePart {
    /// A part with the given content and file name.
    pub fn new(file_name: impl Into<String>, data: impl Into<Vec<u8>>) -> Self {
        Self {
            file_name: Some(file_name.into()),
            content_type: None,
            data: data.into(),
        }
    }

    /// Sets the media type.
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The multipart field for this file under `name`.
    pub fn to_field(&self, name: &str) -> MultipartField {
        MultipartField::File {
            name: name.to_string(),
            file_name: self.file_name.clone(),
            content_type: self.content_type.clone(),
            data: bytes::Bytes::from(self.data.clone()),
        }
    }
}

impl MultipartField {
    /// A text field from anything printable (numbers, enums, dates, strings).
    pub fn text(name: &str, value: &impl std::fmt::Display) -> Self {
        MultipartField::Text {
            name: name.to_string(),
            value: value.to_string(),
        }
    }

    /// A text field holding the JSON form of a structured value.
    pub fn json(name: &str, value: &impl Serialize) -> Self {
        MultipartField::Text {
            name: name.to_string(),
            value: serde_json::to_string(value).unwrap_or_default(),
        }
    }
}

/// A type read from an object's entries; generated structs implement it.
///
/// Generated structs deserialize through this instead of serde's derive. The derive
/// also accepts structs as sequences and matches every field name three times (as
/// text, bytes and index); none of that is used for JSON objects, and on APIs with
/// thousands of models it costs about a third of the crate's `cargo check` time.
pub trait FromMap<'de>: Sized {
    /// What the value is, for "invalid type: ..., expected ..." messages.
    const EXPECTING: &'static str;

    /// Reads the value from the entries of an object.
    fn from_map<A: serde::de::MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// `Deserialize::deserialize` for a [`FromMap`] type: one generic visitor for every
/// generated struct.
pub fn deserialize_map<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: FromMap<'de>,
{
    struct MapVisitor<T>(std::marker::PhantomData<T>);
    impl<'de, T: FromMap<'de>> serde::de::Visitor<'de> for MapVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(T::EXPECTING)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::from_map(map)
        }
    }
    deserializer.deserialize_map(MapVisitor(std::marker::PhantomData))
}

/// An object key as [`FromMap`] impls read it: borrowed from the input when the format
/// allows, owned otherwise.
#[derive(Debug)]
pub struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> Key<'de> {
    /// The key's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key as an owned string (for maps of extra properties).
    pub fn into_string(self) -> String {
        self.0.into_owned()
    }

    pub(crate) fn into_cow(self) -> std::borrow::Cow<'de, str> {
        self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(v)))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Exact decimals that the API sends as JSON numbers (`type: number, format: decimal`)
/// are written back as numbers, while [`rust_decimal::Decimal`] itself serialises as a
/// string. Implemented for a decimal, and for options, lists and boxes of them.
pub trait DecimalNumber {
    /// Serialises the value with every decimal as a JSON number.
    fn serialize_number<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
}

impl DecimalNumber for rust_decimal::Decimal {
    fn serialize_number<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use rust_decimal::prelude::ToPrimitive;
        if self.fract().is_zero() {
            if let Some(integer) = self.to_i64() {
                return serializer.serialize_i64(integer);
            }
        }
        // Parsing the decimal's text gives the double nearest to it, which JSON writers
        // print with the shortest digits that read back the same: the decimal's own
        // digits whenever it has at most 15 significant ones.
        let number: f64 = self
            .to_string()
            .parse()
            .map_err(serde::ser::Error::custom)?;
        serializer.serialize_f64(number)
    }
}

impl<T: DecimalNumber> DecimalNumber for Option<T> {
    fn serialize_number<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => serializer.serialize_some(&AsNumber(value)),
            None => serializer.serialize_none(),
        }
    }
}

impl<T: DecimalNumber> DecimalNumber for Vec<T> {
    fn serialize_number<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(AsNumber))
    }
}

impl<T: DecimalNumber> DecimalNumber for Box<T> {
    fn serialize_number<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize_number(serializer)
    }
}

/// A borrowed value serialised with its decimals as JSON numbers.
#[derive(Debug)]
pub struct AsNumber<'a, T>(pub &'a T);

impl<T: DecimalNumber> Serialize for AsNumber<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_number(serializer)
    }
}

/// `#[serde(serialize_with)]` target for fields holding decimals sent as numbers.
pub fn decimal_number<T: DecimalNumber, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    value.serialize_number(serializer)
}
