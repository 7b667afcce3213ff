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

#[derive(Debug, PartialEq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Colour {
    Red,
    Mixed(Vec<u8>),
}

/// Every kind of JSON value, to be read back from the buffer when it comes before the
/// tag: borrowed and escaped strings, numbers of each sign, nulls, nested objects and
/// arrays, options and enums as serde writes them.
#[derive(Debug, PartialEq, Deserialize)]
struct Everything {
    text: String,
    escaped: String,
    negative: i64,
    large: u64,
    ratio: f64,
    flag: bool,
    missing: Option<u8>,
    present: Option<u8>,
    nested: Vec<Option<Tags>>,
    colour: Colour,
    colours: Vec<Colour>,
    any: serde_json::Value,
}

#[derive(Debug, PartialEq)]
enum Shape {
    Everything(Box<Everything>),
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
            "everything" => rest.read().map(Self::Everything),
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

#[test]
fn buffered_members_of_every_kind_read_back() {
    let members = json!({
        "text": "plain",
        "escaped": "line\nbreak é",
        "negative": -3,
        "large": u64::MAX,
        "ratio": 0.25,
        "flag": true,
        "missing": null,
        "present": 7,
        "nested": [{"name": "a", "tags": [1, 2]}, null],
        "colour": "red",
        "colours": [{"mixed": [1, 2]}, "red"],
        "any": {"deep": [null, {"x": 1.5}]},
    });
    let text = members.to_string();
    // The tag last, so every member above is buffered first.
    let row = format!("{},\"kind\":\"everything\"}}", &text[..text.len() - 1]);
    let Shape::Everything(read) = read(&row).expect("decodes") else {
        panic!("read as another variant");
    };
    assert_eq!(read.text, "plain");
    assert_eq!(read.escaped, "line\nbreak é");
    assert_eq!(
        (read.negative, read.large, read.ratio),
        (-3, u64::MAX, 0.25)
    );
    assert_eq!(
        (read.flag, read.missing, read.present),
        (true, None, Some(7))
    );
    let tags = Tags {
        name: "a".into(),
        tags: vec![1, 2],
    };
    assert_eq!(read.nested, vec![Some(tags), None]);
    assert_eq!(read.colour, Colour::Red);
    assert_eq!(read.colours, vec![Colour::Mixed(vec![1, 2]), Colour::Red]);
    assert_eq!(read.any, json!({"deep": [null, {"x": 1.5}]}));
    // The same row from a `serde_json::Value`, whose strings cannot be borrowed.
    let value: serde_json::Value = serde_json::from_str(&row).expect("valid JSON");
    let from_value: Shape = serde_json::from_value(value).expect("decodes");
    assert_eq!(from_value, Shape::Everything(read));
}
