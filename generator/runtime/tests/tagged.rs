//! Discriminated unions: the tag anywhere in the object, unknown tags kept whole.
use client_runtime::runtime::tagged::{deserialize_tagged, Rest, Tagged};
use serde::de::MapAccess;
use serde::Deserialize;
use serde_json::json;

#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Disk {
    size: u32,
}

#[derive(Debug, PartialEq, Deserialize)]
struct Named {
    kind: String,
    name: String,
}

#[derive(Debug, PartialEq, Deserialize)]
struct Tags {
    name: String,
    tags: Vec<u32>,
}

#[derive(Debug, PartialEq)]
enum Shape {
    Tags(Tags),
    Disk(Disk),
    Named(Named),
    Unknown(serde_json::Value),
}

impl<'de> Tagged<'de> for Shape {
    const TAG: &'static str = "kind";
    fn from_tagged<A: MapAccess<'de>>(tag: &str, rest: Rest<'de, A>) -> Result<Self, A::Error> {
        match tag {
            "disk" => rest.read().map(Self::Disk),
            "tags" => rest.read().map(Self::Tags),
            "named" => rest.with_tag().read().map(Self::Named),
            _ => rest.with_tag().read().map(Self::Unknown),
        }
    }
    fn unknown(value: serde_json::Value) -> Self {
        Self::Unknown(value)
    }
}

impl<'de> Deserialize<'de> for Shape {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_tagged(d)
    }
}

fn read(text: &str) -> Result<Shape, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

#[test]
fn the_tag_may_come_anywhere() {
    let first = read(r#"{"kind":"disk","size":3}"#).expect("decodes");
    let last = read(r#"{"size":3,"kind":"disk"}"#).expect("decodes");
    assert_eq!(first, Shape::Disk(Disk { size: 3 }));
    assert_eq!(last, first);
    let value: Shape = serde_json::from_value(json!({"size": 3, "kind": "disk"})).expect("decodes");
    assert_eq!(value, first);
}

#[test]
fn variants_that_hold_the_tag_get_it_back() {
    let named = read(r#"{"name":"a","kind":"named"}"#).expect("decodes");
    let expected = Named {
        kind: "named".into(),
        name: "a".into(),
    };
    assert_eq!(named, Shape::Named(expected));
}

#[test]
fn unknown_tags_and_untagged_values_are_kept_whole() {
    let text = r#"{"a":1,"kind":"cube","b":[2]}"#;
    let expected = json!({"a": 1, "kind": "cube", "b": [2]});
    assert_eq!(read(text).expect("decodes"), Shape::Unknown(expected));
    assert_eq!(
        read(r#"{"a":1}"#).expect("decodes"),
        Shape::Unknown(json!({"a": 1}))
    );
    let numeric = json!({"kind": 3, "size": 1});
    assert_eq!(
        read(&numeric.to_string()).expect("decodes"),
        Shape::Unknown(numeric)
    );
    assert_eq!(
        read("[1,null]").expect("decodes"),
        Shape::Unknown(json!([1, null]))
    );
    assert_eq!(read("\"x\"").expect("decodes"), Shape::Unknown(json!("x")));
}

#[test]
fn errors_name_the_member_inside_a_buffered_value() {
    let wrong = read(r#"{"size":"big","kind":"disk"}"#).expect_err("decoding fails");
    assert!(wrong.starts_with("size: invalid type"), "{wrong}");
    let inner = read(r#"{"name":"a","tags":[1,"x"],"kind":"tags"}"#).expect_err("decoding fails");
    assert!(inner.starts_with("tags[1]: invalid type"), "{inner}");
    let extra = read(r#"{"kind":"disk","size":1,"colour":2}"#).expect_err("decoding fails");
    assert!(extra.contains("colour"), "{extra}");
}
