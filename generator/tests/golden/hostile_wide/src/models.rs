// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
/// An object (the API document does not describe it).
#[derive(Debug, Clone)]
pub struct Wide {
    /// The `id` property (the API document does not describe it).
    pub id: String,
    /// The `name` property (the API document does not describe it).
    pub name: Option<String>,
    /// The `note` property (the API document does not describe it).
    pub note: Option<String>,
    /// The `display-name` property (the API document does not describe it).
    pub display_name: Option<String>,
    /// The `small` property (the API document does not describe it).
    pub small: Option<Small>,
    /// The `tags` property (the API document does not describe it).
    pub tags: Vec<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl ::core::cmp::PartialEq for Wide {
    fn eq(&self, other: &Self) -> bool {
        if self.id != other.id {
            return false;
        }
        if self.name != other.name {
            return false;
        }
        if self.note != other.note {
            return false;
        }
        if self.display_name != other.display_name {
            return false;
        }
        if self.small != other.small {
            return false;
        }
        if self.tags != other.tags {
            return false;
        }
        self.additional_properties == other.additional_properties
    }
}
impl ::serde::Serialize for Wide {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        __serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        let mut __state = ::serde::Serializer::serialize_map(__serializer, None)?;
        ::serde::ser::SerializeMap::serialize_entry(&mut __state, "id", &self.id)?;
        if self.name.is_some() {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __state,
                "name",
                &self.name,
            )?;
        }
        ::serde::ser::SerializeMap::serialize_entry(&mut __state, "note", &self.note)?;
        if self.display_name.is_some() {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __state,
                "display-name",
                &self.display_name,
            )?;
        }
        if self.small.is_some() {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __state,
                "small",
                &self.small,
            )?;
        }
        ::serde::ser::SerializeMap::serialize_entry(&mut __state, "tags", &self.tags)?;
        for (__key, __value) in &self.additional_properties {
            ::serde::ser::SerializeMap::serialize_entry(&mut __state, __key, __value)?;
        }
        ::serde::ser::SerializeMap::end(__state)
    }
}
impl<'de> ::serde::Deserialize<'de> for Wide {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Wide {
    const EXPECTING: &'static str = "struct Wide";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0: Option<String> = None;
        let mut __f1: Option<String> = None;
        let mut __f2: Option<String> = None;
        let mut __f3: Option<String> = None;
        let mut __f4: Option<Small> = None;
        let mut __f5: Option<Vec<i64>> = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "id" => __f0 = Some(__map.next_value()?),
                "name" => __f1 = __map.next_value()?,
                "note" => __f2 = __map.next_value()?,
                "display-name" => __f3 = __map.next_value()?,
                "small" => __f4 = __map.next_value()?,
                "tags" => __f5 = Some(__map.next_value()?),
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        let __f0 = __f0.ok_or_else(|| __missing("id"))?;
        let __f5 = __f5.ok_or_else(|| __missing("tags"))?;
        Ok(Self {
            id: __f0,
            name: __f1,
            note: __f2,
            display_name: __f3,
            small: __f4,
            tags: __f5,
            additional_properties: __extra,
        })
    }
}
impl Wide {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(id: String, tags: Vec<i64>) -> Self {
        Self {
            id,
            name: None,
            note: None,
            display_name: None,
            small: None,
            tags,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
/// An object (the API document does not describe it).
#[derive(Debug, Clone)]
pub struct WideExtra {
    /// The `count` property (the API document does not describe it).
    pub count: i64,
    /// The `first` property (the API document does not describe it).
    pub first: Option<String>,
    /// The `second` property (the API document does not describe it).
    pub second: Option<String>,
    /// The `third` property (the API document does not describe it).
    pub third: Option<String>,
    /// The `fourth` property (the API document does not describe it).
    pub fourth: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    pub additional_properties: ::std::collections::BTreeMap<String, i64>,
}
impl ::core::cmp::PartialEq for WideExtra {
    fn eq(&self, other: &Self) -> bool {
        if self.count != other.count {
            return false;
        }
        if self.first != other.first {
            return false;
        }
        if self.second != other.second {
            return false;
        }
        if self.third != other.third {
            return false;
        }
        if self.fourth != other.fourth {
            return false;
        }
        self.additional_properties == other.additional_properties
    }
}
impl ::serde::Serialize for WideExtra {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        __serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        let mut __state = ::serde::Serializer::serialize_map(__serializer, None)?;
        ::serde::ser::SerializeMap::serialize_entry(&mut __state, "count", &self.count)?;
        if self.first.is_some() {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __state,
                "first",
                &self.first,
            )?;
        }
        if self.second.is_some() {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __state,
                "second",
                &self.second,
            )?;
        }
        if self.third.is_some() {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __state,
                "third",
                &self.third,
            )?;
        }
        if self.fourth.is_some() {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __state,
                "fourth",
                &self.fourth,
            )?;
        }
        for (__key, __value) in &self.additional_properties {
            ::serde::ser::SerializeMap::serialize_entry(&mut __state, __key, __value)?;
        }
        ::serde::ser::SerializeMap::end(__state)
    }
}
impl<'de> ::serde::Deserialize<'de> for WideExtra {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for WideExtra {
    const EXPECTING: &'static str = "struct WideExtra";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0: Option<i64> = None;
        let mut __f1: Option<String> = None;
        let mut __f2: Option<String> = None;
        let mut __f3: Option<String> = None;
        let mut __f4: Option<String> = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "count" => __f0 = Some(__map.next_value()?),
                "first" => __f1 = __map.next_value()?,
                "second" => __f2 = __map.next_value()?,
                "third" => __f3 = __map.next_value()?,
                "fourth" => __f4 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        let __f0 = __f0.ok_or_else(|| __missing("count"))?;
        Ok(Self {
            count: __f0,
            first: __f1,
            second: __f2,
            third: __f3,
            fourth: __f4,
            additional_properties: __extra,
        })
    }
}
impl WideExtra {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(count: i64) -> Self {
        Self {
            count,
            first: None,
            second: None,
            third: None,
            fourth: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
#[cfg(feature = "full")]
/// An object (the API document does not describe it).
#[derive(Debug, Clone, Default)]
pub struct AllOptional {
    /// The `one` property (the API document does not describe it).
    pub one: Option<i64>,
    /// The `two` property (the API document does not describe it).
    pub two: Option<i64>,
    /// The `three` property (the API document does not describe it).
    pub three: Option<i64>,
    /// The `four` property (the API document does not describe it).
    pub four: Option<i64>,
    /// The `five` property (the API document does not describe it).
    pub five: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[cfg(feature = "full")]
impl ::core::cmp::PartialEq for AllOptional {
    fn eq(&self, other: &Self) -> bool {
        if self.one != other.one {
            return false;
        }
        if self.two != other.two {
            return false;
        }
        if self.three != other.three {
            return false;
        }
        if self.four != other.four {
            return false;
        }
        if self.five != other.five {
            return false;
        }
        self.additional_properties == other.additional_properties
    }
}
#[cfg(feature = "full")]
impl ::serde::Serialize for AllOptional {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        __serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        let mut __state = ::serde::Serializer::serialize_map(__serializer, None)?;
        if self.one.is_some() {
            ::serde::ser::SerializeMap::serialize_entry(&mut __state, "one", &self.one)?;
        }
        if self.two.is_some() {
            ::serde::ser::SerializeMap::serialize_entry(&mut __state, "two", &self.two)?;
        }
        if self.three.is_some() {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __state,
                "three",
                &self.three,
            )?;
        }
        if self.four.is_some() {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __state,
                "four",
                &self.four,
            )?;
        }
        if self.five.is_some() {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut __state,
                "five",
                &self.five,
            )?;
        }
        for (__key, __value) in &self.additional_properties {
            ::serde::ser::SerializeMap::serialize_entry(&mut __state, __key, __value)?;
        }
        ::serde::ser::SerializeMap::end(__state)
    }
}
#[cfg(feature = "full")]
impl<'de> ::serde::Deserialize<'de> for AllOptional {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
#[cfg(feature = "full")]
impl<'de> crate::runtime::support::FromMap<'de> for AllOptional {
    const EXPECTING: &'static str = "struct AllOptional";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0: Option<i64> = None;
        let mut __f1: Option<i64> = None;
        let mut __f2: Option<i64> = None;
        let mut __f3: Option<i64> = None;
        let mut __f4: Option<i64> = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "one" => __f0 = __map.next_value()?,
                "two" => __f1 = __map.next_value()?,
                "three" => __f2 = __map.next_value()?,
                "four" => __f3 = __map.next_value()?,
                "five" => __f4 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            one: __f0,
            two: __f1,
            three: __f2,
            four: __f3,
            five: __f4,
            additional_properties: __extra,
        })
    }
}
/// An object (the API document does not describe it).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Small {
    /// The `x` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub x: Option<i64>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Small {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Small {
    const EXPECTING: &'static str = "struct Small";
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
/// Another name for the type it stands for (the API document does not describe it).
pub type TooWide = ::serde_json::Map<String, ::serde_json::Value>;
/// Query, header and cookie parameters of [`Client::put_wide`](crate::Client::put_wide).
#[derive(Debug, Clone, Default)]
pub struct PutWideParams {
    /// The `a` parameter (the API document does not describe it).
    pub a: Option<String>,
    /// The `b` parameter (the API document does not describe it).
    pub b: Option<i64>,
    /// The `c` parameter (the API document does not describe it).
    pub c: Option<bool>,
    /// The `d` parameter (the API document does not describe it).
    pub d: Option<String>,
    /// The `e` parameter (the API document does not describe it).
    pub e: Option<String>,
}
impl ::core::cmp::PartialEq for PutWideParams {
    fn eq(&self, other: &Self) -> bool {
        if self.a != other.a {
            return false;
        }
        if self.b != other.b {
            return false;
        }
        if self.c != other.c {
            return false;
        }
        if self.d != other.d {
            return false;
        }
        if self.e != other.e {
            return false;
        }
        true
    }
}
impl ::serde::Serialize for PutWideParams {
    fn serialize<__S: ::serde::Serializer>(
        &self,
        __serializer: __S,
    ) -> ::core::result::Result<__S::Ok, __S::Error> {
        let mut __len: usize = 0;
        if self.a.is_some() {
            __len += 1;
        }
        if self.b.is_some() {
            __len += 1;
        }
        if self.c.is_some() {
            __len += 1;
        }
        if self.d.is_some() {
            __len += 1;
        }
        if self.e.is_some() {
            __len += 1;
        }
        let mut __state = ::serde::Serializer::serialize_struct(
            __serializer,
            "PutWideParams",
            __len,
        )?;
        if self.a.is_some() {
            ::serde::ser::SerializeStruct::serialize_field(&mut __state, "a", &self.a)?;
        } else {
            ::serde::ser::SerializeStruct::skip_field(&mut __state, "a")?;
        }
        if self.b.is_some() {
            ::serde::ser::SerializeStruct::serialize_field(&mut __state, "b", &self.b)?;
        } else {
            ::serde::ser::SerializeStruct::skip_field(&mut __state, "b")?;
        }
        if self.c.is_some() {
            ::serde::ser::SerializeStruct::serialize_field(&mut __state, "c", &self.c)?;
        } else {
            ::serde::ser::SerializeStruct::skip_field(&mut __state, "c")?;
        }
        if self.d.is_some() {
            ::serde::ser::SerializeStruct::serialize_field(&mut __state, "d", &self.d)?;
        } else {
            ::serde::ser::SerializeStruct::skip_field(&mut __state, "d")?;
        }
        if self.e.is_some() {
            ::serde::ser::SerializeStruct::serialize_field(&mut __state, "e", &self.e)?;
        } else {
            ::serde::ser::SerializeStruct::skip_field(&mut __state, "e")?;
        }
        ::serde::ser::SerializeStruct::end(__state)
    }
}
impl<'de> ::serde::Deserialize<'de> for PutWideParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for PutWideParams {
    const EXPECTING: &'static str = "struct PutWideParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0: Option<String> = None;
        let mut __f1: Option<i64> = None;
        let mut __f2: Option<bool> = None;
        let mut __f3: Option<String> = None;
        let mut __f4: Option<String> = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "a" => __f0 = __map.next_value()?,
                "b" => __f1 = __map.next_value()?,
                "c" => __f2 = __map.next_value()?,
                "d" => __f3 = __map.next_value()?,
                "e" => __f4 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            a: __f0,
            b: __f1,
            c: __f2,
            d: __f3,
            e: __f4,
        })
    }
}
