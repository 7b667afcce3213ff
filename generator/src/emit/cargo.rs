//! The generated crate's `Cargo.toml`.

use super::comment_line;
use crate::ir::Api;
use std::fmt::Write;

/// Dependencies of every generated crate: exactly what the runtime and the models
/// use. Kept equal to `generator/runtime/Cargo.toml` by a test.
pub const DEPENDENCIES: &[(&str, &str)] = &[
    ("bytes", r#""1""#),
    (
        "chrono",
        r#"{ version = "0.4", default-features = false, features = ["std", "clock", "serde"] }"#,
    ),
    ("fastrand", r#""2""#),
    ("futures-util", r#""0.3""#),
    ("httpdate", r#""1""#),
    ("percent-encoding", r#""2""#),
    (
        "reqwest",
        r#"{ version = "0.12", default-features = false, features = ["json", "rustls-tls", "stream", "multipart"] }"#,
    ),
    (
        "rust_decimal",
        r#"{ version = "1", features = ["serde-with-str"] }"#,
    ),
    ("serde", r#"{ version = "1", features = ["derive"] }"#),
    ("serde_json", r#""1""#),
    ("serde_path_to_error", r#""0.1""#),
    (
        "tokio",
        r#"{ version = "1", features = ["macros", "rt-multi-thread", "time", "net", "io-util", "sync"] }"#,
    ),
    ("tracing", r#""0.1""#),
    ("uuid", r#"{ version = "1", features = ["serde"] }"#),
    (
        "reqwest-middleware",
        r#"{ version = "0.4", optional = true }"#,
    ),
];

/// Cargo features of every generated crate, the same as the runtime crate's: a
/// synchronous client, and requests through a reqwest-middleware stack.
pub const FEATURES: &[(&str, &str)] = &[
    ("blocking", "[]"),
    ("middleware", r#"["dep:reqwest-middleware"]"#),
];

pub(crate) fn manifest(api: &Api) -> String {
    let krate = &api.krate;
    let mut out = String::new();
    // The title comes from the document: line breaks become spaces (a description is
    // one line), hidden characters visible escapes, and TOML escaping does the rest.
    let title: String = api
        .title
        .trim()
        .split(['\r', '\n'])
        .collect::<Vec<_>>()
        .join(" ");
    let description = toml_string(&format!("Client for {}", comment_line(&title)));
    let _ = writeln!(out, "[package]");
    let _ = writeln!(out, "name = {}", toml_string(&krate.package));
    let _ = writeln!(out, "version = {}", toml_string(&krate.version));
    let _ = writeln!(out, "edition = \"2021\"");
    let _ = writeln!(out, "description = {description}");
    let _ = writeln!(out, "publish = false");
    let _ = writeln!(out);
    let _ = writeln!(out, "[lib]");
    let _ = writeln!(out, "name = {}", toml_string(&krate.lib));
    let _ = writeln!(out, "path = \"src/lib.rs\"");
    let _ = writeln!(out);
    let _ = writeln!(out, "[dependencies]");
    for (name, spec) in DEPENDENCIES {
        let _ = writeln!(out, "{name} = {spec}");
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "[features]");
    for (name, spec) in FEATURES {
        let _ = writeln!(out, "{name} = {spec}");
    }
    // One feature per operation module (tag); `full` enables them all and is the
    // default, so a plain dependency gets the whole API.
    let quoted: Vec<String> = api
        .features
        .names
        .iter()
        .map(|name| toml_string(name))
        .collect();
    let _ = writeln!(out, "default = [\"full\"]");
    let _ = writeln!(out, "full = [{}]", quoted.join(", "));
    // Each feature enables the internal groups it belongs to (see `Features::groups`).
    let mut implies: std::collections::BTreeMap<&str, Vec<String>> = api
        .features
        .names
        .iter()
        .map(|name| (name.as_str(), Vec::new()))
        .collect();
    for (group, members) in &api.features.groups {
        for member in members {
            if let Some(list) = implies.get_mut(member.as_str()) {
                list.push(toml_string(group));
            }
        }
    }
    for (name, groups) in &implies {
        let _ = writeln!(out, "{} = [{}]", toml_key(name), groups.join(", "));
    }
    for group in api.features.groups.keys() {
        let _ = writeln!(out, "{} = []", toml_key(group));
    }
    if !krate.dev_dependencies.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "[dev-dependencies]");
        for (name, spec) in &krate.dev_dependencies {
            let _ = writeln!(out, "{name} = {spec}");
        }
    }
    if krate.standalone {
        // An empty workspace table makes the crate its own workspace, so it builds even
        // when written below another workspace's directory.
        let _ = writeln!(out);
        let _ = writeln!(out, "[workspace]");
    }
    out
}

/// A TOML key: bare when it can be (feature names are module names, so always).
fn toml_key(text: &str) -> String {
    if !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        text.to_string()
    } else {
        toml_string(text)
    }
}

/// A TOML string literal for any text.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::{toml_string, DEPENDENCIES, FEATURES};

    #[test]
    fn strings_are_toml_escaped() {
        for text in [
            "plain",
            "quote \" and backslash \\",
            "it's",
            "new\nline\r",
            "bell \u{7} nul \u{0}",
            "\u{202E}",
        ] {
            let line = format!("key = {}", toml_string(text));
            let parsed = line.parse::<toml::Table>();
            let value = parsed.as_ref().ok().and_then(|table| table["key"].as_str());
            assert_eq!(value, Some(text), "{line}: {parsed:?}");
        }
    }

    #[test]
    fn dependencies_match_the_runtime_crate() {
        let manifest = include_str!("../../runtime/Cargo.toml");
        let section = manifest
            .split("[dependencies]")
            .nth(1)
            .and_then(|rest| rest.split("\n[").next())
            .expect("runtime Cargo.toml has a [dependencies] section");
        let runtime: Vec<&str> = section
            .lines()
            .filter_map(|line| line.split(['.', '=']).next())
            .map(str::trim)
            .filter(|name| !name.is_empty() && !name.starts_with('#'))
            .collect();
        let generated: Vec<&str> = DEPENDENCIES.iter().map(|(name, _)| *name).collect();
        assert_eq!(generated, runtime);
    }

    #[test]
    fn features_match_the_runtime_crate() {
        let manifest: toml::Table = include_str!("../../runtime/Cargo.toml")
            .parse()
            .expect("runtime Cargo.toml parses");
        let runtime = manifest["features"]
            .as_table()
            .expect("runtime Cargo.toml has features");
        let generated: toml::Table = FEATURES
            .iter()
            .map(|(name, spec)| format!("{name} = {spec}"))
            .collect::<Vec<_>>()
            .join("\n")
            .parse()
            .expect("FEATURES are TOML");
        assert_eq!(&generated, runtime);
    }
}
