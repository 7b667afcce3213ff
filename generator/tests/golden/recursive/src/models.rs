// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::large_enum_variant, clippy::enum_variant_names)]
//! Request and response types of the API.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct TreeNode {
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<TreeNode>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<TreeNode>>,
}
impl<'de> ::serde::Deserialize<'de> for TreeNode {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TreeNode;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct TreeNode")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<TreeNode, __A::Error> {
                let mut __f0: ::core::option::Option<String> = None;
                let mut __f1: Option<Box<TreeNode>> = None;
                let mut __f2: Option<Vec<TreeNode>> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "value" => {
                            __f0 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        "parent" => {
                            __f1 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        "children" => {
                            __f2 = ::serde::de::MapAccess::next_value(&mut __map)?;
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(TreeNode {
                    value: crate::runtime::support::required(__f0, "value")?,
                    parent: __f1,
                    children: __f2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
impl TreeNode {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(value: String) -> Self {
        Self {
            value,
            parent: None,
            children: None,
        }
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct A {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b: Option<Box<B>>,
}
impl<'de> ::serde::Deserialize<'de> for A {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = A;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct A")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<A, __A::Error> {
                let mut __f0: Option<Box<B>> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "b" => __f0 = ::serde::de::MapAccess::next_value(&mut __map)?,
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(A { b: __f0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct B {
    pub a: Box<A>,
}
impl<'de> ::serde::Deserialize<'de> for B {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = B;
            fn expecting(
                &self,
                __f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                __f.write_str("struct B")
            }
            fn visit_map<__A: ::serde::de::MapAccess<'de>>(
                self,
                mut __map: __A,
            ) -> ::core::result::Result<B, __A::Error> {
                let mut __f0: ::core::option::Option<Box<A>> = None;
                while let Some(__key) = ::serde::de::MapAccess::next_key::<
                    crate::runtime::support::Key<'de>,
                >(&mut __map)? {
                    match __key.as_str() {
                        "a" => {
                            __f0 = Some(::serde::de::MapAccess::next_value(&mut __map)?);
                        }
                        _ => {
                            ::serde::de::MapAccess::next_value::<
                                ::serde::de::IgnoredAny,
                            >(&mut __map)?;
                        }
                    }
                }
                Ok(B {
                    a: crate::runtime::support::required(__f0, "a")?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
impl B {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(a: Box<A>) -> Self {
        Self { a }
    }
}
