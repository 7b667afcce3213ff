// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Pet {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for Pet {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Pet;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct Pet")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<Pet, __A::Error> {
                let mut __f0: Option<i64> = None;
                let mut __f1: ::core::option::Option<String> = None;
                let mut __f2: Option<String> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "id" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "name" => {
                            __f1 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "tag" => __f2 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(Pet {
                    id: __f0,
                    name: crate::runtime::support::required(__f1, "name")?,
                    tag: __f2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
impl Pet {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(name: String) -> Self {
        Self { id: None, name, tag: None }
    }
}
/// Query, header and cookie parameters of [`Client::find_pets`](crate::Client::find_pets).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct FindPetsParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}
impl<'de> ::serde::Deserialize<'de> for FindPetsParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = FindPetsParams;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct FindPetsParams")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<FindPetsParams, __A::Error> {
                let mut __f0: Option<Vec<String>> = None;
                let mut __f1: Option<Vec<String>> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "status" => {
                            __f0 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "tags" => __f1 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(FindPetsParams {
                    status: __f0,
                    tags: __f1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UploadImageBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<crate::runtime::support::FilePart>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for UploadImageBody {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = UploadImageBody;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct UploadImageBody")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<UploadImageBody, __A::Error> {
                let mut __f0: Option<crate::runtime::support::FilePart> = None;
                let mut __f1: Option<String> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "file" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "note" => __f1 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(UploadImageBody {
                    file: __f0,
                    note: __f1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
