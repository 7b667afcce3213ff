//! Turns the lines the conformance tests print into categorised rows and the report.
//!
//! Categories: `ok`; `generator` (our bug: a sample that does not decode into our own
//! types, a request the validator rejects, a response our types cannot read, a crate
//! that does not build); `spec` (the document contradicts itself, e.g. an example
//! that does not match its schema); `validator` (Prism cannot load the document or
//! answers in a way the document does not allow); `untestable` (the values may be
//! invalid for a reason that is not the client's, e.g. a pattern beyond the sample
//! synthesiser or an unsupported security scheme; the caveat says which).

use std::collections::BTreeMap;
use std::time::Duration;

use crate::table::{percent, truncate, Table};

/// What happened to one document.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// The test ran: its output lines, and whether it finished cleanly; and, when
    /// [`wants_schema_answers`] asked for it, the lines of a second run against
    /// answers generated from the response schemas.
    Ran {
        lines: Vec<String>,
        finished: Result<(), String>,
        from_schemas: Option<Vec<String>>,
    },
    /// Prism could not serve the document.
    PrismFailed(String),
    /// No test binary: generation or compilation failed.
    NotBuilt(String),
}

/// One operation's verdict: a line of `results.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub doc: String,
    pub operation: String,
    pub method: String,
    pub path: String,
    pub request_ok: bool,
    pub response_ok: bool,
    pub category: &'static str,
    pub detail: String,
}

/// One example's verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExampleRow {
    pub doc: String,
    pub pointer: String,
    pub category: &'static str,
    pub detail: String,
}

#[derive(Clone, Debug, Default)]
pub struct Verdicts {
    pub rows: Vec<Row>,
    pub examples: Vec<ExampleRow>,
}

pub const CATEGORIES: [&str; 5] = ["ok", "generator", "spec", "validator", "untestable"];

/// One parsed `conformance-call` line.
struct Call<'a> {
    operation: &'a str,
    call: &'a str,
    method: &'a str,
    path: &'a str,
    request_ok: bool,
    response_ok: bool,
    status: &'a str,
    kind: &'a str,
    caveat: &'a str,
    detail: &'a str,
}

fn parse_call(line: &str) -> Option<Call<'_>> {
    let f: Vec<&str> = line.split('\t').collect();
    if f.len() < 11 || f[0] != "conformance-call" {
        return None;
    }
    Some(Call {
        operation: f[1],
        call: f[2],
        method: f[3],
        path: f[4],
        request_ok: f[5] == "true",
        response_ok: f[6] == "true",
        status: f[7],
        kind: f[8],
        caveat: f[9],
        detail: f[10],
    })
}

/// The category and reason of a failed call.
fn classify(call: &Call<'_>) -> (&'static str, String) {
    let which = format!("{} call", call.call);
    match call.kind {
        // A sample the document makes impossible (its caveat says `spec: ...`) does not
        // decode either; any other sample that does not decode is the generator's.
        "sample" if call.caveat.starts_with("spec: ") => {
            ("spec", format!("{which}: {}; the sample does not decode: {}", &call.caveat["spec: ".len()..], call.detail))
        }
        "sample" => ("generator", format!("{which}: sample does not decode into the argument type: {}", call.detail)),
        // The caveat names its category when it is not `untestable`: `spec: ...` for a
        // document that contradicts itself, `validator: ...` for a Prism limitation.
        kind if !call.caveat.is_empty()
            && (matches!(kind, "rejected" | "prism:UNAUTHORIZED" | "prism:UNPROCESSABLE_ENTITY" | "refused")
                || kind.starts_with("prism:NO_PATH")) =>
        {
            let (category, caveat) = match call.caveat.split_once(": ") {
                Some(("spec", rest)) => ("spec", rest),
                Some(("validator", rest)) => ("validator", rest),
                _ => ("untestable", call.caveat),
            };
            (category, format!("{which}: {caveat}; the validator said: {}", call.detail))
        }
        // `filter[app]` is sent as `filter%5Bapp%5D`; Prism looks for the lower-case
        // escape only, though the two are the same (RFC 3986, 2.1).
        "rejected" if call.detail.contains("%5b") || call.detail.contains("%5d") => ("validator", format!("{which}: Prism matches percent-escaped parameter names case-sensitively: {}", call.detail)),
        "rejected" => ("generator", format!("{which}: request rejected by the validator: {}", call.detail)),
        "prism:UNAUTHORIZED" => ("generator", format!("{which}: credentials not accepted: {}", call.detail)),
        // The client asks for the media types the operation documents; a 406 means it
        // named none Prism can serve.
        "prism:NOT_ACCEPTABLE" => ("generator", format!("{which}: the client's Accept header names no media type the operation documents: {}", call.detail)),
        // OpenAPI 3.1 makes `responses` optional; Prism has nothing to answer with.
        "prism:NO_RESPONSE_RESPONSE_DEFINED" => ("validator", format!("{which}: the operation documents no response, so Prism has none to mock: {}", call.detail)),
        // Prism's mock of a string without an example is the text `string`, whatever
        // format the schema names (`decimal`, say); a typed client rightly refuses it.
        "decode" if call.detail.contains("string \"string\"") => ("validator", format!("{which}: Prism mocks a formatted string as the placeholder `string`, which the typed response refuses {}", call.detail)),
        // Prism mocks a `*/*` (or other non-JSON) response as text and gives up on
        // objects and arrays; the request itself passed its checks.
        "prism:NO_COMPLEX_OBJECT_TEXT" => ("validator", format!("{which}: Prism cannot mock an object or array for a non-JSON media type such as `*/*`: {}", call.detail)),
        kind if kind.starts_with("prism:NO_") => ("generator", format!("{which}: Prism found no such route ({kind}): {}", call.detail)),
        "decode" => ("generator", format!("{which}: status {} does not decode into the typed response {}", call.status, call.detail)),
        "refused" => ("untestable", format!("{which}: the client refuses to send these values: {}", call.detail)),
        "mock-invalid" => ("validator", format!("{which}: Prism's mock response breaks the document: {}", call.detail)),
        "undocumented" => ("validator", format!("{which}: Prism answered status {}, which the document does not list", call.status)),
        "transport" => ("validator", format!("{which}: no response: {}", call.detail)),
        kind => ("validator", format!("{which}: Prism reported {kind}: {}", call.detail)),
    }
}

/// Serde's messages for a value that does not fit its type: when an example gives
/// one, the example does not match the schema the type mirrors.
const SCHEMA_MISMATCHES: [&str; 5] = [
    "missing field",
    "unknown variant",
    "invalid type",
    "invalid value",
    "invalid length",
];

fn classify_example(detail: &str) -> &'static str {
    if detail.starts_with("does not decode") && SCHEMA_MISMATCHES.iter().any(|m| detail.contains(m))
    {
        "spec"
    } else {
        "generator"
    }
}

/// Whether some call's request passed while the answer could not be used (Prism's
/// mock or the document's example breaks the document, or it did not decode): then
/// the calls are worth repeating against answers generated from the schemas.
pub fn wants_schema_answers(lines: &[String]) -> bool {
    lines
        .iter()
        .filter_map(|l| parse_call(l))
        .any(|call| call.request_ok && call.kind != "ok")
}

/// The second opinion's detail prefix, also counted in the report.
const FROM_SCHEMAS: &str = "ok with answers generated from the schemas (prism --dynamic)";

/// Rows for every document, in order.
///
/// A row whose first verdict is `spec` or `validator` becomes `ok` when every call of
/// the operation was `ok` in the second run, against answers generated from the
/// schemas; its detail keeps the first verdict. `generator` rows never change: a
/// client bug must not hide behind a second try.
pub fn categorise(outcomes: &[(String, Outcome)]) -> Verdicts {
    let mut verdicts = Verdicts::default();
    for (doc, outcome) in outcomes {
        let whole = |category: &'static str, detail: &str| Row {
            doc: doc.clone(),
            operation: String::from("*"),
            method: String::from("-"),
            path: String::from("-"),
            request_ok: false,
            response_ok: false,
            category,
            detail: detail.to_string(),
        };
        match outcome {
            Outcome::NotBuilt(reason) => verdicts.rows.push(whole("generator", reason)),
            Outcome::PrismFailed(reason) => verdicts.rows.push(whole("validator", reason)),
            Outcome::Ran {
                lines,
                finished,
                from_schemas,
            } => {
                // Operations whose calls were all `ok` in the second run.
                let mut second: BTreeMap<&str, bool> = BTreeMap::new();
                for call in from_schemas.iter().flatten().filter_map(|l| parse_call(l)) {
                    let all_ok = second.entry(call.operation).or_insert(true);
                    *all_ok &= call.kind == "ok";
                }
                let mut operations: Vec<(&str, Vec<Call<'_>>)> = Vec::new();
                for call in lines.iter().filter_map(|l| parse_call(l)) {
                    match operations
                        .iter_mut()
                        .find(|(name, _)| *name == call.operation)
                    {
                        Some((_, calls)) => calls.push(call),
                        None => operations.push((call.operation, vec![call])),
                    }
                }
                let failed_examples: Vec<(&str, &str)> = lines
                    .iter()
                    .filter_map(|l| {
                        let f: Vec<&str> = l.split('\t').collect();
                        (f.len() >= 4 && f[0] == "conformance-example" && f[2] == "false")
                            .then(|| (f[1], f[3]))
                    })
                    .collect();
                for (name, calls) in &operations {
                    let failed = calls.iter().find(|c| c.kind != "ok");
                    let (mut category, mut detail) = failed.map_or(("ok", String::new()), classify);
                    // A sample taken from a document example that does not fit its own
                    // schema fails the same way in the examples round trip; so does a
                    // response Prism copied from such an example.
                    if let Some(call) = failed.filter(|c| c.kind == "sample" || c.kind == "decode")
                    {
                        let message = call.detail.split_once(": ").map_or(call.detail, |(_, m)| m);
                        let message = message.split(" at line ").next().unwrap_or(message);
                        if let Some((pointer, _)) =
                            failed_examples.iter().find(|(_, d)| d.contains(message))
                        {
                            category = "spec";
                            detail = format!(
                                "the example at {pointer} does not match its schema: {message}"
                            );
                        }
                    }
                    // Prism answers with the document's own example when there is one; a
                    // mock that breaks the document while an example of the operation's
                    // responses fails the round trip is that example.
                    if let Some(call) = failed.filter(|c| c.kind == "mock-invalid") {
                        let responses = format!(
                            "/paths/{}/{}/responses/",
                            call.path.replace('~', "~0").replace('/', "~1"),
                            call.method.to_ascii_lowercase()
                        );
                        if let Some((pointer, _)) = failed_examples
                            .iter()
                            .find(|(pointer, _)| pointer.starts_with(&responses))
                        {
                            category = "spec";
                            detail = format!(
                                "Prism served the example at {pointer}, which does not match its schema: {}",
                                call.detail
                            );
                        }
                    }
                    let mut request_ok = calls.iter().all(|c| c.request_ok);
                    let mut response_ok = calls.iter().all(|c| c.response_ok);
                    if matches!(category, "spec" | "validator")
                        && second.get(name).copied().unwrap_or(false)
                    {
                        category = "ok";
                        detail = format!("{FROM_SCHEMAS}; with the document's examples: {detail}");
                        (request_ok, response_ok) = (true, true);
                    }
                    verdicts.rows.push(Row {
                        doc: doc.clone(),
                        operation: name.to_string(),
                        method: calls[0].method.to_string(),
                        path: calls[0].path.to_string(),
                        request_ok,
                        response_ok,
                        category,
                        detail,
                    });
                }
                for line in lines
                    .iter()
                    .filter(|l| l.starts_with("conformance-example\t"))
                {
                    let f: Vec<&str> = line.split('\t').collect();
                    let (Some(pointer), Some(ok), detail) =
                        (f.get(1), f.get(2), f.get(3).copied().unwrap_or_default())
                    else {
                        continue;
                    };
                    let caveat = f.get(4).copied().unwrap_or_default();
                    let (category, detail) = match caveat.split_once(": ") {
                        _ if *ok == "true" => ("ok", detail.to_string()),
                        Some(("spec", why)) => ("spec", format!("{why}; {detail}")),
                        _ => (classify_example(detail), detail.to_string()),
                    };
                    verdicts.examples.push(ExampleRow {
                        doc: doc.clone(),
                        pointer: pointer.to_string(),
                        category,
                        detail,
                    });
                }
                if let Err(reason) = finished {
                    verdicts.rows.push(whole(
                        "generator",
                        &format!("the conformance test stopped early: {reason}"),
                    ));
                }
            }
        }
    }
    verdicts
}

/// `results.tsv`: a header, then one line per operation.
pub fn results_tsv(verdicts: &Verdicts) -> String {
    let mut out =
        String::from("doc\toperation\tmethod\tpath\trequest_ok\tresponse_ok\tcategory\tdetail\n");
    let clean = |text: &str| text.replace(['\t', '\n', '\r'], " ");
    for row in &verdicts.rows {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            clean(&row.doc),
            clean(&row.operation),
            row.method,
            clean(&row.path),
            row.request_ok,
            row.response_ok,
            row.category,
            clean(&row.detail)
        ));
    }
    out
}

/// The report: a table per document, the totals per category, every non-ok row,
/// and the two summary lines, last.
pub fn render(verdicts: &Verdicts, command: &str, elapsed: Duration) -> String {
    let mut per_doc: BTreeMap<&str, ([usize; 5], usize, usize)> = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    for row in &verdicts.rows {
        let entry = per_doc.entry(&row.doc).or_insert_with(|| {
            order.push(&row.doc);
            Default::default()
        });
        entry.0[CATEGORIES
            .iter()
            .position(|c| *c == row.category)
            .unwrap_or(1)] += 1;
    }
    for example in &verdicts.examples {
        let entry = per_doc.entry(&example.doc).or_insert_with(|| {
            order.push(&example.doc);
            Default::default()
        });
        entry.1 += 1;
        entry.2 += usize::from(example.category == "ok");
    }
    let mut table = Table::new(
        &[
            "doc",
            "operations",
            "ok",
            "generator",
            "spec",
            "validator",
            "untestable",
            "examples",
            "examples ok",
        ],
        &[1, 2, 3, 4, 5, 6, 7, 8],
    );
    for doc in &order {
        let (counts, examples, examples_ok) = per_doc[doc];
        let mut cells = vec![doc.to_string(), counts.iter().sum::<usize>().to_string()];
        cells.extend(counts.iter().map(usize::to_string));
        cells.extend([examples.to_string(), examples_ok.to_string()]);
        table.row(cells);
    }
    let total = verdicts.rows.len();
    let mut totals = Table::new(&["category", "operations", "share", "examples"], &[1, 2, 3]);
    for category in CATEGORIES {
        let count = verdicts
            .rows
            .iter()
            .filter(|r| r.category == category)
            .count();
        let examples = verdicts
            .examples
            .iter()
            .filter(|e| e.category == category)
            .count();
        totals.row(vec![
            category.to_string(),
            count.to_string(),
            percent(count, total),
            examples.to_string(),
        ]);
    }
    let mut failures = Table::new(&["doc", "operation", "category", "reason"], &[]);
    for row in verdicts.rows.iter().filter(|r| r.category != "ok") {
        failures.row(vec![
            row.doc.clone(),
            row.operation.clone(),
            row.category.to_string(),
            truncate(&row.detail, 300),
        ]);
    }
    let mut bad_examples = Table::new(&["doc", "example", "category", "reason"], &[]);
    for example in verdicts.examples.iter().filter(|e| e.category != "ok") {
        bad_examples.row(vec![
            example.doc.clone(),
            example.pointer.clone(),
            example.category.to_string(),
            truncate(&example.detail, 200),
        ]);
    }
    let ok = verdicts.rows.iter().filter(|r| r.category == "ok").count();
    let second = verdicts
        .rows
        .iter()
        .filter(|r| r.category == "ok" && r.detail.starts_with(FROM_SCHEMAS))
        .count();
    let examples_ok = verdicts
        .examples
        .iter()
        .filter(|e| e.category == "ok")
        .count();
    let mut out = format!(
        "# Conformance report\n\nWritten by `{command}` in {:.0} s.\n\n",
        elapsed.as_secs_f64()
    );
    out.push_str(&table.to_markdown());
    out.push_str("\n## Totals\n\n");
    out.push_str(&totals.to_markdown());
    if second > 0 {
        out.push_str(&format!(
            "\n{second} of the {ok} ok operations are ok with answers generated from the \
             schemas; with the document's examples or Prism's static mock they were `spec` \
             or `validator` (the first verdict is in their detail).\n"
        ));
    }
    if !failures.is_empty() {
        out.push_str("\n## Operations that are not ok\n\n");
        out.push_str(&failures.to_markdown());
    }
    if !bad_examples.is_empty() {
        out.push_str("\n## Examples that do not round-trip\n\n");
        out.push_str(&bad_examples.to_markdown());
    }
    out.push_str(&format!(
        "\nexamples: {} checked, {examples_ok} ok ({})\nconformance: {total} operations, {ok} ok ({})\n",
        verdicts.examples.len(),
        percent(examples_ok, verdicts.examples.len()),
        percent(ok, total)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_are_grouped_and_classified() {
        let lines = [
            "conformance-call\tlistPets\trequired\tGET\t/pets\ttrue\ttrue\t200\tok\t\t",
            "conformance-call\tlistPets\tfull\tGET\t/pets\tfalse\ttrue\t422\trejected\t\tquery.limit: must be <= 10",
            "conformance-call\tgetPet\trequired\tGET\t/pets/{id}\ttrue\ttrue\t200\tok\t\t",
            "conformance-call\tauth\trequired\tGET\t/auth\tfalse\tfalse\t401\tprism:UNAUTHORIZED\trequires digest\t",
            "conformance-call\ttree\trequired\tPOST\t/tree\tfalse\tfalse\t0\tsample\tspec: required property `parent` recurses\tinvalid type: null",
            "conformance-call\tperson\trequired\tGET\t/person\ttrue\tfalse\t500\tprism:NO_COMPLEX_OBJECT_TEXT\t\tCannot serialise complex objects as text",
            "conformance-call\ttrack\trequired\tGET\t/track\ttrue\tfalse\t200\tdecode\t\tat `downloadable` (application/json): invalid type: boolean `false`, expected a string at line 1 column 3",
            "conformance-example\t/paths/~1track/get/responses/200/content/application~1json/example\tfalse\tdoes not decode: invalid type: boolean `false`, expected a string at line 1 column 3",
            "conformance-call\tprops\trequired\tGET\t/props/{id}\ttrue\tfalse\t500\tmock-invalid\t\tresponse.body: Response body must be array",
            "conformance-example\t/paths/~1props~1{id}/get/responses/200/content/application~1json/example\tfalse\tdoes not decode: invalid type: map, expected a sequence at line 1 column 0",
            "conformance-example\t/components/schemas/Pet/example\tfalse\tdoes not decode: missing field `id`",
            "conformance-example\t/components/schemas/Tag/example\tfalse\t/name is lost",
            "conformance-example\t/components/schemas/Tag/properties/id/example\tfalse\tdoes not decode: UUID parsing failed\tspec: the example breaks its format: `/` is not a uuid: \"x\"",
        ]
        .map(String::from)
        .to_vec();
        let verdicts = categorise(&[(
            String::from("doc"),
            Outcome::Ran {
                lines,
                finished: Ok(()),
                from_schemas: None,
            },
        )]);
        let categories: Vec<&str> = verdicts.rows.iter().map(|r| r.category).collect();
        assert_eq!(
            categories,
            [
                "generator",
                "ok",
                "untestable",
                "spec",
                "validator",
                "spec",
                "spec"
            ]
        );
        assert!(!verdicts.rows[0].request_ok && verdicts.rows[0].response_ok);
        let examples: Vec<&str> = verdicts.examples.iter().map(|e| e.category).collect();
        assert_eq!(examples, ["spec", "spec", "spec", "generator", "spec"]);
        let text = render(&verdicts, "cargo xtask conformance", Duration::from_secs(1));
        let last: Vec<&str> = text.lines().rev().take(2).collect();
        assert_eq!(
            last,
            [
                "conformance: 7 operations, 1 ok (14.3%)",
                "examples: 5 checked, 0 ok (0.0%)"
            ]
        );
    }

    #[test]
    fn a_second_run_against_schema_answers_can_only_clear_spec_and_validator_rows() {
        let first = [
            "conformance-call\tprops\trequired\tGET\t/props\ttrue\tfalse\t500\tmock-invalid\t\tresponse.body: must be array",
            "conformance-call\tbroken\trequired\tGET\t/broken\tfalse\ttrue\t422\trejected\t\tquery.limit: must be <= 10",
            "conformance-call\tstill\trequired\tGET\t/still\ttrue\tfalse\t500\tmock-invalid\t\tresponse.body: must be array",
        ]
        .map(String::from)
        .to_vec();
        assert!(wants_schema_answers(&first));
        let second = [
            "conformance-call\tprops\trequired\tGET\t/props\ttrue\ttrue\t200\tok\t\t",
            "conformance-call\tbroken\trequired\tGET\t/broken\ttrue\ttrue\t200\tok\t\t",
            "conformance-call\tstill\trequired\tGET\t/still\ttrue\tfalse\t500\tmock-invalid\t\tresponse.body: must be array",
        ]
        .map(String::from)
        .to_vec();
        assert!(wants_schema_answers(&second));
        let verdicts = categorise(&[(
            String::from("doc"),
            Outcome::Ran {
                lines: first,
                finished: Ok(()),
                from_schemas: Some(second),
            },
        )]);
        let categories: Vec<&str> = verdicts.rows.iter().map(|r| r.category).collect();
        // The rejected request is the client's fault whatever the second run says.
        assert_eq!(categories, ["ok", "generator", "validator"]);
        assert!(verdicts.rows[0].detail.starts_with(FROM_SCHEMAS));
        assert!(verdicts.rows[0].detail.contains("must be array"));
        let text = render(&verdicts, "cargo xtask conformance", Duration::from_secs(1));
        assert!(text.contains("1 of the 1 ok operations are ok with answers generated"));
        let clean = ["conformance-call\tp\trequired\tGET\t/p\ttrue\ttrue\t200\tok\t\t"]
            .map(String::from)
            .to_vec();
        assert!(!wants_schema_answers(&clean));
    }
}
