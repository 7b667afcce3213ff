//! Hostile YAML: alias bombs are refused by the loader's expansion budget (see `Budget`
//! in `load/parse.rs`), while large documents without aliases, and documents that use
//! aliases the way real descriptions do, still load.
//!
//! The bombs are built here as text instead of being committed as multi-megabyte
//! fixtures. How fast and how small the refusal is gets measured by `cargo xtask bench`
//! (the `alias-bomb` row), not here: timed tests are flaky on shared machines.

use std::fmt::Write;

use generator::load::load_str;
use generator::Error;

const HEADER: &str = "openapi: 3.0.3\ninfo: {title: bomb, version: '1'}\npaths: {}\n";

/// An anchor on a mapping of about 1.9 MB, then `aliases` keys that alias it: 200
/// aliases would build a value of about 380 MB of text, and used to take more than
/// 4 GB of memory and half a minute.
fn wide_alias_bomb(aliases: usize) -> String {
    let mut text = String::from(HEADER);
    text.push_str("x-big: &big\n");
    let mut entry = 0;
    while text.len() < 1_900_000 {
        let _ = writeln!(text, "  key{entry:07}: value-{entry:07}");
        entry += 1;
    }
    text.push_str("x-copies:\n");
    for copy in 0..aliases {
        let _ = writeln!(text, "  c{copy}: *big");
    }
    text
}

/// A document header plus 50,000 plain nodes. `serde_yaml` refuses to follow more
/// than 100 aliases per event of the document, which stops nested bombs in tiny
/// documents on its own; padding lifts that limit so that these tests see the
/// loader's budget, as a larger bomb would.
fn padded_header() -> String {
    format!("{HEADER}x-padding: [{}~]\n", "~,".repeat(50_000))
}

/// The message of the budget error, or a failure naming what happened instead.
fn budget_error(text: &str, origin: &str) -> String {
    match load_str(text, origin) {
        Ok(_) => panic!("{origin}: the alias bomb loaded"),
        Err(Error::Syntax { message, .. }) => {
            assert!(
                message.contains("YAML aliases (`*name`) expand this document beyond"),
                "{origin}: not the budget error: {message}"
            );
            message
        }
        Err(other) => panic!("{origin}: expected the budget error, got: {other}"),
    }
}

#[test]
fn wide_alias_bomb_is_refused_with_the_limit_and_the_remedy() {
    let text = wide_alias_bomb(200);
    let message = budget_error(&text, "bomb.yaml");
    let limit = text.len() * 4 + (1 << 20);
    assert!(
        message.contains(&format!("beyond {limit} bytes")),
        "{message}"
    );
    assert!(
        message.contains(&format!("the limit for {} bytes of text", text.len())),
        "{message}"
    );
    assert!(message.contains("4 times its size plus 1 MiB"), "{message}");
    assert!(
        message.contains("at \"/x-copies/c"),
        "names where the limit was reached: {message}"
    );
    assert!(
        message.contains("refer to them with `$ref`"),
        "says what to do: {message}"
    );
}

/// Anchors of lists of aliases (a "billion laughs"): nine levels of ten would be a
/// billion leaves from a document of under a kilobyte.
#[test]
fn nested_alias_bomb_is_refused() {
    let mut text = padded_header();
    text.push_str("x-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..9 {
        let below = format!("*l{}", level - 1);
        let _ = writeln!(
            text,
            "x-l{level}: &l{level} [{}]",
            vec![below; 10].join(", ")
        );
    }
    budget_error(&text, "laughs.yaml");
}

/// The same, hidden in merge keys and in a complex key, which the visitor builds
/// separately from the document's values.
#[test]
fn merge_key_and_complex_key_bombs_are_refused() {
    // Each level merges the one below and lists it ten times: eight levels in all.
    let levels = |count: usize| {
        let mut text = padded_header();
        text.push_str("x-m0: &m0 {a: [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]}\n");
        for level in 1..count {
            let below = format!("*m{}", level - 1);
            let list = [below.as_str(); 10].join(", ");
            let _ = writeln!(text, "x-m{level}: &m{level} {{<<: {below}, l: [{list}]}}");
        }
        text
    };
    budget_error(&levels(9), "merge.yaml");

    // Five levels alone are within the budget; the key repeats the last one.
    let mut key = levels(5);
    if let Err(error) = load_str(&key, "five-levels.yaml") {
        panic!("five levels are within the budget: {error}");
    }
    key.push_str("x-key:\n  ? [*m4, *m4, *m4, *m4, *m4, *m4, *m4, *m4, *m4, *m4]\n  : value\n");
    budget_error(&key, "complex-key.yaml");
}

/// Long scalars repeated: as values, and as keys of many small mappings.
#[test]
fn long_scalar_alias_bombs_are_refused() {
    let long = "x".repeat(100_000);
    let mut values = format!("{HEADER}x-s: &s {long}\nx-list:\n");
    let mut keys = format!("{HEADER}x-s: &s {long}\nx-maps:\n");
    for _ in 0..2_000 {
        values.push_str("  - *s\n");
        keys.push_str("  - {*s : 1}\n");
    }
    budget_error(&values, "values.yaml");
    budget_error(&keys, "keys.yaml");
}

/// Without aliases nothing can exhaust the budget: a 1.4 MB document of the densest
/// YAML there is (empty values, one-character scalars, short keys in flow mappings,
/// multi-byte escapes) loads, as does an ordinary large description.
#[test]
fn large_documents_without_aliases_load() {
    let mut dense = String::from(HEADER);
    dense.push_str("x-nulls: [");
    dense.push_str(&"~,".repeat(150_000));
    dense.push_str("~]\nx-flow-keys: {");
    for key in 0..75_000 {
        let _ = write!(dense, "{key:x},");
    }
    dense.push_str("end}\nx-escapes: [");
    dense.push_str(&"\"\\L\\P\\L\\P\",".repeat(25_000));
    dense.push_str("\"\"]\nx-block:\n");
    for key in 0..50_000 {
        let _ = writeln!(dense, "- {key:x}: 1");
    }
    assert!(dense.len() > 1_400_000, "{}", dense.len());
    if let Err(error) = load_str(&dense, "dense.yaml") {
        panic!("a dense document without aliases must load: {error}");
    }

    let mut description =
        String::from("openapi: 3.0.3\ninfo: {title: large, version: '1'}\npaths:\n");
    for path in 0..3_000 {
        let _ = write!(
            description,
            "  /items{path}/{{id}}:\n    get:\n      operationId: getItem{path}\n      parameters:\n\
             \x20       - {{name: id, in: path, required: true, schema: {{type: string}}}}\n\
             \x20     responses:\n        '200':\n          description: the item\n\
             \x20         content:\n            application/json:\n              schema:\n\
             \x20               type: object\n                properties:\n\
             \x20                 id: {{type: string, description: 'the id, unique per item'}}\n"
        );
    }
    assert!(description.len() > 1_200_000, "{}", description.len());
    if let Err(error) = load_str(&description, "large.yaml") {
        panic!("a large description without aliases must load: {error}");
    }
}

/// Aliases used the way real descriptions use them (shared responses, `<<` defaults)
/// expand a small document many times over and still load, thanks to the fixed
/// allowance.
#[test]
fn ordinary_alias_use_loads() {
    let mut text = String::from(
        "openapi: 3.0.3\ninfo: {title: shared, version: '1'}\n\
         x-error: &error\n  description: an error\n  content:\n    application/json:\n\
         \x20     schema: {type: object, properties: {code: {type: integer}, message: {type: string}}}\n\
         x-defaults: &defaults {tags: [items], deprecated: false}\npaths:\n",
    );
    for path in 0..400 {
        let _ = write!(
            text,
            "  /items{path}:\n    get:\n      <<: *defaults\n      operationId: list{path}\n\
             \x20     responses:\n        '200': {{description: ok}}\n        '400': *error\n\
             \x20       '404': *error\n        '500': *error\n        default: *error\n"
        );
    }
    match load_str(&text, "shared.yaml") {
        Ok(doc) => assert_eq!(doc.openapi.paths.paths.len(), 400),
        Err(error) => panic!("ordinary aliases must load: {error}"),
    }
}
