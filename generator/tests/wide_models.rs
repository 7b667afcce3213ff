//! The wide form of generated structs (impls written out one statement per field,
//! which rustc checks in linear time) reads, writes and compares JSON exactly like
//! the derived compact form. Checked on the compiled `hostile_wide` golden crate,
//! whose config lowers the threshold so that five fields make a struct wide.

use golden_hostile_wide::models::{AllOptional, PutWideParams, Small, TooWide, Wide, WideExtra};
use serde_json::json;

#[test]
fn wide_struct_round_trips_like_a_derived_one() {
    let wire = json!({
        "id": "w1", "name": "n", "note": null, "display-name": "Shown",
        "small": {"x": 3}, "tags": [1, 2], "unknown": {"deep": [1]}
    });
    let wide: Wide = serde_json::from_value(wire).expect("a full object");
    assert_eq!(wide.id, "w1");
    assert_eq!(wide.display_name.as_deref(), Some("Shown"));
    assert_eq!(
        wide.small,
        Some(Small {
            x: Some(3),
            ..Default::default()
        })
    );
    assert_eq!(wide.note, None);

    // The unknown key is kept and written back, the renamed field keeps its wire name,
    // and the required but nullable `note` is written as null.
    let text = serde_json::to_string(&wide).expect("serializes");
    assert_eq!(
        text,
        r#"{"id":"w1","name":"n","note":null,"display-name":"Shown","small":{"x":3},"tags":[1,2],"unknown":{"deep":[1]}}"#
    );
    let again: Wide = serde_json::from_str(&text).expect("reads its own output");
    assert_eq!(again, wide);

    // Unset optional fields stay absent.
    let bare = Wide::new("w2".into(), vec![]);
    assert_eq!(
        serde_json::to_string(&bare).expect("serializes"),
        r#"{"id":"w2","note":null,"tags":[]}"#
    );
}

#[test]
fn wide_struct_reports_the_missing_required_field() {
    let error =
        serde_json::from_value::<Wide>(json!({"id": "w", "note": null})).expect_err("tags missing");
    assert_eq!(error.to_string(), "missing field `tags`");
    let error = serde_json::from_value::<Wide>(json!({"tags": []})).expect_err("id missing");
    assert_eq!(error.to_string(), "missing field `id`");
}

#[test]
fn wide_equality_compares_every_field() {
    let base = Wide::new("w".into(), vec![1]);
    let mut other = base.clone();
    assert_eq!(base, other);
    other.tags.push(2);
    assert_ne!(base, other);
    let mut named = base.clone();
    named.display_name = Some("x".into());
    assert_ne!(base, named);
}

/// The length announced to `serialize_struct` must count exactly the fields written:
/// serde_json closes the object at once when it is told zero.
#[test]
fn struct_length_counts_only_the_fields_written() {
    assert_eq!(
        serde_json::to_string(&AllOptional::default()).expect("serializes"),
        "{}"
    );
    let one = AllOptional {
        two: Some(2),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&one).expect("serializes"),
        r#"{"two":2}"#
    );
    let all = AllOptional {
        one: Some(1),
        two: Some(2),
        three: Some(3),
        four: Some(4),
        five: Some(5),
        additional_properties: Default::default(),
    };
    let text = serde_json::to_string(&all).expect("serializes");
    assert_eq!(text, r#"{"one":1,"two":2,"three":3,"four":4,"five":5}"#);
    assert_eq!(
        serde_json::from_str::<AllOptional>(&text).expect("reads back"),
        all
    );
    let params = PutWideParams {
        a: Some("a".into()),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&params).expect("serializes"),
        r#"{"a":"a"}"#
    );
}

#[test]
fn wide_struct_with_extra_properties_flattens_them() {
    let wire = json!({"count": 1, "third": "3", "x": 7, "y": 8});
    let extra: WideExtra = serde_json::from_value(wire.clone()).expect("reads");
    assert_eq!(extra.count, 1);
    assert_eq!(extra.third.as_deref(), Some("3"));
    assert_eq!(extra.additional_properties.len(), 2);
    assert_eq!(serde_json::to_value(&extra).expect("serializes"), wire);

    let mut changed = extra.clone();
    changed.additional_properties.insert("z".into(), 9);
    assert_ne!(extra, changed);
}

#[test]
fn object_over_the_property_limit_is_a_json_map() {
    let wire = json!({"p01": "a", "anything": [1, 2]});
    let map: TooWide = serde_json::from_value(wire.clone()).expect("any object");
    assert_eq!(serde_json::Value::Object(map), wire);
}
