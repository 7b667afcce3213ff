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
pub struct Formats {
    /// The `when` property (the API document does not describe it).
    pub when: crate::runtime::Timestamp,
    /// The `day` property (the API document does not describe it).
    pub day: ::chrono::NaiveDate,
    /// The `id` property (the API document does not describe it).
    pub id: ::uuid::Uuid,
    /// The `price` property (the API document does not describe it).
    pub price: ::rust_decimal::Decimal,
    /// The `cost` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub cost: Option<::rust_decimal::Decimal>,
    /// The `costs` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::runtime::support::decimal_number")]
    pub costs: Option<Vec<::rust_decimal::Decimal>>,
    /// The `small` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub small: Option<i32>,
    /// The `big` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub big: Option<i64>,
    /// The `unsigned` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unsigned: Option<u64>,
    /// The `ratio` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratio: Option<f64>,
    /// The `precise` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub precise: Option<f64>,
    /// The `blob` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blob: Option<String>,
    /// The `raw` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    /// The `email` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `ip` property (the API document does not describe it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// Properties not listed above: kept as received and written back when the value
    /// is serialised.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl<'de> ::serde::Deserialize<'de> for Formats {
    fn deserialize<__D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> ::core::result::Result<Self, __D::Error> {
        crate::runtime::support::deserialize_map(deserializer)
    }
}
impl<'de> crate::runtime::support::FromMap<'de> for Formats {
    const EXPECTING: &'static str = "struct Formats";
    fn from_map<__A: ::serde::de::MapAccess<'de>>(
        mut __map: __A,
    ) -> ::core::result::Result<Self, __A::Error> {
        let __missing = <__A::Error as ::serde::de::Error>::missing_field;
        let mut __f0 = None;
        let mut __f1 = None;
        let mut __f2 = None;
        let mut __f3 = None;
        let mut __f4 = None;
        let mut __f5 = None;
        let mut __f6 = None;
        let mut __f7 = None;
        let mut __f8 = None;
        let mut __f9 = None;
        let mut __f10 = None;
        let mut __f11 = None;
        let mut __f12 = None;
        let mut __f13 = None;
        let mut __f14 = None;
        let mut __extra = ::std::collections::BTreeMap::new();
        while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
            match __key.as_str() {
                "when" => __f0 = Some(__map.next_value()?),
                "day" => __f1 = Some(__map.next_value()?),
                "id" => __f2 = Some(__map.next_value()?),
                "price" => __f3 = Some(__map.next_value()?),
                "cost" => __f4 = __map.next_value()?,
                "costs" => __f5 = __map.next_value()?,
                "small" => __f6 = __map.next_value()?,
                "big" => __f7 = __map.next_value()?,
                "unsigned" => __f8 = __map.next_value()?,
                "ratio" => __f9 = __map.next_value()?,
                "precise" => __f10 = __map.next_value()?,
                "blob" => __f11 = __map.next_value()?,
                "raw" => __f12 = __map.next_value()?,
                "email" => __f13 = __map.next_value()?,
                "ip" => __f14 = __map.next_value()?,
                _ => {
                    __extra.insert(__key.into_string(), __map.next_value()?);
                }
            }
        }
        Ok(Self {
            when: __f0.ok_or_else(|| __missing("when"))?,
            day: __f1.ok_or_else(|| __missing("day"))?,
            id: __f2.ok_or_else(|| __missing("id"))?,
            price: __f3.ok_or_else(|| __missing("price"))?,
            cost: __f4,
            costs: __f5,
            small: __f6,
            big: __f7,
            unsigned: __f8,
            ratio: __f9,
            precise: __f10,
            blob: __f11,
            raw: __f12,
            email: __f13,
            ip: __f14,
            additional_properties: __extra,
        })
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
            cost: None,
            costs: None,
            small: None,
            big: None,
            unsigned: None,
            ratio: None,
            precise: None,
            blob: None,
            raw: None,
            email: None,
            ip: None,
            additional_properties: ::std::collections::BTreeMap::new(),
        }
    }
}
