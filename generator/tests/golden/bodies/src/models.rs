// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct SubmitFormBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for SubmitFormBody {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SubmitFormBody;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct SubmitFormBody")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<SubmitFormBody, __A::Error> {
                let mut __f0: Option<String> = None;
                let mut __f1: Option<i64> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "name" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "age" => __f1 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(SubmitFormBody {
                    name: __f0,
                    age: __f1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UploadFileBody {
    pub file: crate::runtime::support::FilePart,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<crate::runtime::support::FilePart>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<UploadFileBodyMeta>,
}
impl<'de> ::serde::Deserialize<'de> for UploadFileBody {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = UploadFileBody;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct UploadFileBody")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<UploadFileBody, __A::Error> {
                let mut __f0: ::core::option::Option<
                    crate::runtime::support::FilePart,
                > = None;
                let mut __f1: Option<Vec<crate::runtime::support::FilePart>> = None;
                let mut __f2: Option<String> = None;
                let mut __f3: Option<UploadFileBodyMeta> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "file" => {
                            __f0 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "attachments" => {
                            __f1 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "title" => __f2 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        "meta" => __f3 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(UploadFileBody {
                    file: crate::runtime::support::required(__f0, "file")?,
                    attachments: __f1,
                    title: __f2,
                    meta: __f3,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
impl UploadFileBody {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(file: crate::runtime::support::FilePart) -> Self {
        Self {
            file,
            attachments: None,
            title: None,
            meta: None,
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct UploadFileBodyMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub k: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for UploadFileBodyMeta {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = UploadFileBodyMeta;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct UploadFileBodyMeta")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<UploadFileBodyMeta, __A::Error> {
                let mut __f0: Option<String> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "k" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(UploadFileBodyMeta { k: __f0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PostNoteResponse200 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for PostNoteResponse200 {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PostNoteResponse200;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct PostNoteResponse200")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<PostNoteResponse200, __A::Error> {
                let mut __f0: Option<String> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "id" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(PostNoteResponse200 { id: __f0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct PostNoteResponse202 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for PostNoteResponse202 {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = PostNoteResponse202;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct PostNoteResponse202")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<PostNoteResponse202, __A::Error> {
                let mut __f0: Option<String> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "ticket" => {
                            __f0 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(PostNoteResponse202 {
                    ticket: __f0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
/// Success responses of `PostNote`, by status.
#[derive(Debug, Clone, PartialEq)]
pub enum PostNoteResponse {
    /// Status 200.
    Status200(PostNoteResponse200),
    /// Status 202.
    Status202(PostNoteResponse202),
    /// Status 204.
    Status204,
}
