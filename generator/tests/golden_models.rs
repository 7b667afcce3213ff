//! How generated models read and write JSON, checked on the compiled `objects` golden
//! crate: renamed and keyword fields, required, nullable and optional fields, and a
//! flattened map of extra properties.

use golden_objects::models::{Bag, Widget};
use golden_unions::models::LooseList;
use serde_json::json;

#[test]
fn renamed_keyword_and_optional_fields_round_trip() {
    let wire = json!({
        "id": 7, "name": "w", "note": null, "type": "t", "self": "s", "2fa": true,
        "$filter": "f", "fooBar": "camel", "foo_bar": "snake", "unknown": [1, {"a": 2}]
    });
    let widget: Widget = serde_json::from_value(wire).expect("a full widget");
    assert_eq!(widget.id, Some(7));
    assert_eq!(widget.r#type, "t");
    assert_eq!(widget.self_.as_deref(), Some("s"));
    assert_eq!(widget._2fa, Some(true));
    assert_eq!(widget.filter.as_deref(), Some("f"));
    assert_eq!(widget.foo_bar.as_deref(), Some("camel"));
    assert_eq!(widget.foo_bar2.as_deref(), Some("snake"));
    assert_eq!(widget.note, None);
    assert_eq!(widget.size, None);

    // The unknown key is kept, reachable from the typed value...
    assert_eq!(
        widget.additional_properties["unknown"],
        json!([1, {"a": 2}])
    );

    let written = serde_json::to_value(&widget).expect("serializes");
    // ...and written back; unset optional keys stay absent, and the required but
    // nullable `note` is written as null.
    assert_eq!(
        written,
        json!({
            "id": 7, "name": "w", "note": null, "type": "t", "self": "s", "2fa": true,
            "$filter": "f", "fooBar": "camel", "foo_bar": "snake", "unknown": [1, {"a": 2}]
        })
    );
    let again: Widget = serde_json::from_value(written).expect("reads its own output");
    assert_eq!(again, widget);
}

#[test]
fn required_fields_are_enforced_but_a_nullable_one_may_be_absent() {
    let without_note: Widget =
        serde_json::from_value(json!({"name": "w", "type": "t"})).expect("note may be absent");
    assert_eq!(without_note.note, None);

    let error = serde_json::from_value::<Widget>(json!({"type": "t"})).expect_err("no name");
    assert_eq!(error.to_string(), "missing field `name`");
    let error = serde_json::from_value::<Widget>(json!({"name": 1, "type": "t"}))
        .expect_err("a number is no name");
    assert!(
        error.to_string().contains("invalid type: integer `1`"),
        "{error}"
    );
    let error = serde_json::from_value::<Widget>(json!(["w", "t"])).expect_err("not an object");
    assert!(
        error.to_string().contains("expected struct Widget"),
        "{error}"
    );
}

#[test]
fn extra_properties_are_collected_typed_and_written_back() {
    let bag: Bag =
        serde_json::from_value(json!({"kind": "k", "b": 2, "a": 1})).expect("integer extras");
    assert_eq!(bag.kind.as_deref(), Some("k"));
    assert_eq!(
        bag.additional_properties.into_iter().collect::<Vec<_>>(),
        [("a".to_string(), 1), ("b".to_string(), 2)]
    );

    let bag: Bag = serde_json::from_value(json!({"z": 26})).expect("kind is optional");
    assert_eq!(
        serde_json::to_value(&bag).expect("serializes"),
        json!({"z": 26}),
        "extras are written next to the declared fields"
    );
    let error =
        serde_json::from_value::<Bag>(json!({"a": "one"})).expect_err("extras are integers");
    assert!(
        error.to_string().contains("invalid type: string"),
        "{error}"
    );
}

/// `items` without `type` constrains arrays only: a list decodes as the items, any
/// other value is kept as it came, and both are written back unchanged.
#[test]
fn items_without_type_read_a_list_or_keep_any_other_value() {
    let list: LooseList = serde_json::from_value(json!(["a", "b"])).expect("a list");
    assert_eq!(list, LooseList::List(vec!["a".into(), "b".into()]));
    let other: LooseList = serde_json::from_value(json!({ "id": 7 })).expect("any value");
    assert_eq!(other, LooseList::Unknown(json!({ "id": 7 })));
    assert_eq!(
        serde_json::to_value(&other).expect("encodes"),
        json!({ "id": 7 })
    );
}
