// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ResultModel {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<OptionModel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Type>,
}
impl<'de> ::serde::Deserialize<'de> for ResultModel {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ResultModel;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct ResultModel")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<ResultModel, __A::Error> {
                let mut __f0: Option<OptionModel> = None;
                let mut __f1: Option<Type> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "option" => {
                            __f0 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "type" => __f1 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(ResultModel {
                    option: __f0,
                    r#type: __f1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
pub type OptionModel = String;
pub type Type = i64;
pub type Type2 = bool;
pub type FooBar = String;
pub type FooBar2 = String;
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct ClientModel {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl<'de> ::serde::Deserialize<'de> for ClientModel {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ClientModel;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct ClientModel")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<ClientModel, __A::Error> {
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
                Ok(ClientModel { id: __f0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
