// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
//! Request and response types of the API.
/// Thing &lt;b>title&lt;/b> {U+202E}
///
/// &lt;pre>
/// compile_error!("spec text ran as a doctest");
/// &lt;/pre>
///
/// &lt;script>alert("docs")&lt;/script> &lt;iframe src="<https://evil.example>">&lt;/iframe>
/// &lt;img src=x onerror="alert(1)"> &lt;a href="javascript:alert(1)">a&lt;/a> &lt;!-- comment -->
/// \[inline](javascript:alert(1)) \[reference]\[evil] !\[image](javascript:alert(1))
/// &lt;javascript:alert(1)> <https://fine.example/docs> `<b>in code</b>`
///
/// [evil]: javascript:alert(1)
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Thing {
    /// * ```text
    ///   compile_error!("spec text ran as a doctest");
    ///   ```
    ///   * nested
    ///     ```text
    ///     compile_error!("spec text ran as a doctest");
    ///     ```
    pub text: String,
    /// A list item that starts with indented code, and one after a blank line:
    ///
    /// - compile_error!("spec text ran as a doctest");
    /// - item
    ///
    /// compile_error!("spec text ran as a doctest");
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<String>,
    /// 1. ```text
    ///    compile_error!("spec text ran as a doctest");
    ///    ```
    ///
    /// Default: `"```\ncompile_error!(\"spec text ran as a doctest\");\n``` {U+202E}"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Enum docs {U+202E} with a fence:
    /// ```text
    /// compile_error!("spec text ran as a doctest");
    /// ```
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
    /// The description that follows stays inside the fence: &lt;script>x&lt;/script>
    #[serde(skip_serializing_if = "Option::is_none")]
    pub titled: Option<Titled>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Thing {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Thing {
    const EXPECTING: &'static str = "struct Thing";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "text" => __f0 = Some(__map.next_value()?),
                "list" => __f1 = __map.next_value()?,
                "note" => __f2 = __map.next_value()?,
                "mode" => __f3 = __map.next_value()?,
                "titled" => __f4 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            text: __f0.ok_or_else(|| __missing("text"))?,
            list: __f1,
            note: __f2,
            mode: __f3,
            titled: __f4,
            additional_properties: __extra,
        })
    }
}
impl Thing {
    /// A value with the required fields set and every optional field `None`.
    pub fn new(text: String) -> Self {
        Self {
            text,
            list: None,
            note: None,
            mode: None,
            titled: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
/// An unterminated fence in a title ```
/// ```text
/// compile_error!("spec text ran as a doctest");
///
/// The description that follows stays inside the fence: <script>x</script>
/// ```
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct Titled {
    /// The `id` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Titled {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Titled {
    const EXPECTING: &'static str = "struct Titled";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "id" => __f0 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            id: __f0,
            additional_properties: __extra,
        })
    }
}
/// Enum docs {U+202E} with a fence:
/// ```text
/// compile_error!("spec text ran as a doctest");
/// ```
#[allow(clippy::enum_variant_names, reason = "variants are the API's values")]
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[serde(from = "String", into = "String")]
pub enum Mode {
    /// `plain`
    Plain,
    /// `'''\ncompile_error!("spec text ran as a doctest");\n'''`
    CompileErrorSpecTextRanAsADoctest,
    /// `back'tick`
    BackTick,
    /// `{U+202E}bidi`
    Bidi,
    /// `~~~ tildes\rcr`
    TildesCr,
    /// A value this client does not know (yet); kept as sent by the server.
    Unknown(String),
}
impl Mode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plain => "plain",
            Self::CompileErrorSpecTextRanAsADoctest => {
                "```\ncompile_error!(\"spec text ran as a doctest\");\n```"
            }
            Self::BackTick => "back`tick",
            Self::Bidi => "\u{202e}bidi",
            Self::TildesCr => "~~~ tildes\rcr",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for Mode {
    fn from(value: String) -> Self {
        match value.as_str() {
            "plain" => Self::Plain,
            "```\ncompile_error!(\"spec text ran as a doctest\");\n```" => {
                Self::CompileErrorSpecTextRanAsADoctest
            }
            "back`tick" => Self::BackTick,
            "\u{202e}bidi" => Self::Bidi,
            "~~~ tildes\rcr" => Self::TildesCr,
            _ => Self::Unknown(value),
        }
    }
}
impl From<&str> for Mode {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl From<Mode> for String {
    fn from(value: Mode) -> Self {
        match value {
            Mode::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
impl ::std::fmt::Display for Mode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Query, header and cookie parameters of [`Client::get_thing`](crate::Client::get_thing).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
pub struct GetThingParams {
    /// Indented code after a blank line:
    ///
    /// compile_error!("spec text ran as a doctest");
    ///
    /// And after a tab:
    ///
    /// compile_error!("spec text ran as a doctest");
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// - dash item
    ///   ```text
    ///   compile_error!("spec text ran as a doctest");
    ///   ```
    /// * star item
    ///   ```text
    ///   compile_error!("spec text ran as a doctest");
    ///   ```
    ///
    /// 1. numbered item
    ///    ```text
    ///    compile_error!("spec text ran as a doctest");
    ///    ```
    ///    - nested item
    ///      ~~~text
    ///      compile_error!("spec text ran as a doctest");
    ///      ~~~
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
}
impl<'de> ::serde::Deserialize<'de> for GetThingParams {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for GetThingParams {
    const EXPECTING: &'static str = "struct GetThingParams";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let mut __f0 = None;
        let mut __f1 = None;
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "q" => __f0 = __map.next_value()?,
                "mode" => __f1 = __map.next_value()?,
                _ => {
                    __map.next_value::<::serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { q: __f0, mode: __f1 })
    }
}
