//! Timestamps, union tags and tracing output.

mod support;

use chrono::{TimeZone, Timelike, Utc};
use client_runtime::runtime::Timestamp;
use serde_json::json;
use support::{client, LogBuffer, KEY};
use tracing_subscriber::fmt::format::FmtSpan;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

fn parse(s: &str) -> Timestamp {
    s.parse()
        .unwrap_or_else(|e| panic!("{s:?} should parse: {e}"))
}

#[test]
fn timestamps_accept_rfc3339_and_naive_forms() {
    let expected = Utc
        .with_ymd_and_hms(2024, 12, 2, 11, 53, 33)
        .single()
        .expect("valid date");
    assert_eq!(parse("2024-12-02T11:53:33Z").0, expected);
    assert_eq!(parse("2024-12-02T11:53:33z").0, expected);
    assert_eq!(parse("2024-12-02T13:53:33+02:00").0, expected);
    assert_eq!(parse("2024-12-02T08:53:33-03:00").0, expected);
    assert_eq!(parse("2024-12-02T11:53:33").0, expected);
    assert_eq!(parse("2024-12-02 11:53:33").0, expected);

    let micros = parse("2024-12-02T11:53:33.127371");
    assert_eq!(micros.nanosecond(), 127_371_000);
    assert_eq!(parse("2024-12-02 11:53:33.127371"), micros);
    assert_eq!(parse("2024-12-02T11:53:33.127371+00:00"), micros);

    for bad in [
        "2024-12-02",
        "",
        "yesterday",
        "2024-13-02T00:00:00",
        "2024-12-02T25:00:00Z",
    ] {
        assert!(
            bad.parse::<Timestamp>().is_err(),
            "{bad:?} must be rejected"
        );
    }
    let err = "2024-12-02".parse::<Timestamp>().expect_err("date only");
    assert!(err.to_string().contains("2024-12-02"), "{err}");
}

#[test]
fn timestamps_round_trip_through_serde() {
    let micros = parse("2024-12-02T11:53:33.127371");
    let text = serde_json::to_string(&micros).expect("serializes");
    assert_eq!(text, "\"2024-12-02T11:53:33.127371Z\"");
    let back: Timestamp = serde_json::from_str(&text).expect("deserializes");
    assert_eq!(back, micros);

    let whole = parse("2024-07-01T00:00:30+00:00");
    assert_eq!(whole.to_string(), "2024-07-01T00:00:30Z");
    assert_eq!(
        serde_json::to_value(whole).expect("serializes"),
        json!("2024-07-01T00:00:30Z")
    );

    let naive: Timestamp =
        serde_json::from_value(json!("2024-12-02 11:53:33")).expect("naive with space");
    assert_eq!(naive.to_string(), "2024-12-02T11:53:33Z");
    assert!(
        serde_json::from_value::<Timestamp>(json!(1_733_140_413)).is_err(),
        "numbers are rejected"
    );
    assert!(
        serde_json::from_value::<Timestamp>(json!("2024-12-02")).is_err(),
        "dates are rejected"
    );
}

#[tokio::test]
async fn tracing_spans_are_emitted_without_the_key() {
    let logs = LogBuffer::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::CLOSE)
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after-ms", "5"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 1})))
        .mount(&server)
        .await;
    client(&server.uri())
        .get_thing("1")
        .await
        .expect("the retry succeeds");

    let output = logs.contents();
    assert!(output.contains("http_call"), "{output}");
    assert!(output.contains("method=GET"), "{output}");
    assert!(output.contains("path=/things/{thing_id}"), "{output}");
    assert!(output.contains("status=200"), "{output}");
    assert!(output.contains("attempt=1"), "{output}");
    assert!(output.contains("duration_ms="), "{output}");
    assert!(
        output.contains("retrying after an error status"),
        "{output}"
    );
    assert!(!output.contains(KEY), "the key leaked into logs: {output}");
    assert!(
        !output.contains("SECRET"),
        "the key leaked into logs: {output}"
    );
}

#[test]
fn object_keys_borrow_from_the_input_and_accept_escaped_text() {
    use client_runtime::runtime::support::Key;
    let plain: Key<'_> = serde_json::from_str(r#""region_id""#).expect("a string key");
    assert_eq!(plain.as_str(), "region_id");
    // An escaped key cannot be borrowed; it is unescaped into an owned string.
    let escaped: Key<'_> = serde_json::from_str(r#""a\"b""#).expect("an escaped key");
    assert_eq!(escaped.into_string(), "a\"b");
    let error = serde_json::from_str::<Key<'_>>("42").expect_err("a number is no key");
    assert!(error.to_string().contains("an object key"), "{error}");
}

#[test]
fn from_map_types_read_objects_and_name_themselves_in_type_errors() {
    use client_runtime::runtime::support::{deserialize_map, FromMap, Key};
    use serde::de::MapAccess;

    #[derive(Debug, PartialEq)]
    struct Pair {
        left: i64,
        right: Option<String>,
    }
    impl<'de> FromMap<'de> for Pair {
        const EXPECTING: &'static str = "struct Pair";
        fn from_map<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            let mut left = None;
            let mut right = None;
            while let Some(key) = map.next_key::<Key<'de>>()? {
                match key.as_str() {
                    "left" => left = Some(map.next_value()?),
                    "right" => right = map.next_value()?,
                    _ => {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
            }
            let missing = <A::Error as serde::de::Error>::missing_field;
            Ok(Pair {
                left: left.ok_or_else(|| missing("left"))?,
                right,
            })
        }
    }
    let read = |text: &str| {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        deserialize_map::<_, Pair>(&mut deserializer)
    };
    assert_eq!(
        read(r#"{"left": 1, "other": [1, {}], "right": "r"}"#).expect("an object"),
        Pair {
            left: 1,
            right: Some("r".into())
        }
    );
    assert_eq!(
        read(r#"{"left": 2}"#).expect("right is optional"),
        Pair {
            left: 2,
            right: None
        }
    );
    let missing = read(r#"{"right": null}"#).expect_err("left is required");
    assert!(
        missing.to_string().contains("missing field `left`"),
        "{missing}"
    );
    let wrong = read("[1, 2]").expect_err("a list is no object");
    assert!(
        wrong.to_string().contains("expected struct Pair"),
        "{wrong}"
    );
}
