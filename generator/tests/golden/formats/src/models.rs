// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Formats {
    pub when: crate::runtime::Timestamp,
    pub day: ::chrono::NaiveDate,
    pub id: ::uuid::Uuid,
    pub price: ::rust_decimal::Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub small: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub big: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsigned: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precise: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blob: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for Formats {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Formats;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct Formats")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<Formats, __A::Error> {
                let mut __f0: ::core::option::Option<crate::runtime::Timestamp> = None;
                let mut __f1: ::core::option::Option<::chrono::NaiveDate> = None;
                let mut __f2: ::core::option::Option<::uuid::Uuid> = None;
                let mut __f3: ::core::option::Option<::rust_decimal::Decimal> = None;
                let mut __f4: Option<i32> = None;
                let mut __f5: Option<i64> = None;
                let mut __f6: Option<u64> = None;
                let mut __f7: Option<f64> = None;
                let mut __f8: Option<f64> = None;
                let mut __f9: Option<String> = None;
                let mut __f10: Option<String> = None;
                let mut __f11: Option<String> = None;
                let mut __f12: Option<String> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "when" => {
                            __f0 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "day" => {
                            __f1 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "id" => {
                            __f2 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "price" => {
                            __f3 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "small" => __f4 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "big" => __f5 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "unsigned" => {
                            __f6 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "ratio" => __f7 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "precise" => {
                            __f8 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "blob" => __f9 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "raw" => __f10 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "email" => {
                            __f11 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "ip" => __f12 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(Formats {
                    when: crate::runtime::support::required(__f0, "when")?,
                    day: crate::runtime::support::required(__f1, "day")?,
                    id: crate::runtime::support::required(__f2, "id")?,
                    price: crate::runtime::support::required(__f3, "price")?,
                    small: __f4,
                    big: __f5,
                    unsigned: __f6,
                    ratio: __f7,
                    precise: __f8,
                    blob: __f9,
                    raw: __f10,
                    email: __f11,
                    ip: __f12,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
impl Formats {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(
        when: crate::runtime::Timestamp,
        day: ::chrono::NaiveDate,
        id: ::uuid::Uuid,
        price: ::rust_decimal::Decimal,
    ) -> Self {
        Self {
            when,
            day,
            id,
            price,
            small: None,
            big: None,
            unsigned: None,
            ratio: None,
            precise: None,
            blob: None,
            raw: None,
            email: None,
            ip: None,
        }
    }
}
