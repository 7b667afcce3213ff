//! The one rule by which path templates are read.
//!
//! A template is a sequence of literal text and parameters. A parameter is `{`, then
//! one or more characters none of which is `{`, `}` or `/`, then `}`; the template is
//! scanned left to right and the first such match wins. Every other character is
//! literal text, including a `{` without a closing `}` in the same segment, a `}`
//! without an opener, and the braces of `{}` or `{{name}}` (which reads as a literal
//! `{`, the parameter `name` and a literal `}`). A name that appears more than once
//! names one parameter, and every occurrence gets the same value.
//!
//! The runtime's `RequestSpec::render_path` (generator/runtime/src/runtime/encode.rs)
//! reads templates by the same rule and sends literal braces as `%7B` and `%7D`, so a
//! method generated from a template with stray braces sends exactly that literal path
//! instead of failing. `generator/tests/path_templates.rs` drives both readings with
//! one table of cases, so they cannot drift apart.

/// One piece of a path template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathPart {
    /// Text sent as written (braces in it are percent-encoded by the runtime).
    Literal(String),
    /// A `{name}` placeholder, by name.
    Param(String),
}

/// Splits a path template into literal text and parameters (see the module docs).
pub fn parse_path_template(template: &str) -> Vec<PathPart> {
    let mut parts = Vec::new();
    let mut literal = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        // The parameter ends at the first `}`, unless a `{` or a segment break comes
        // first or the name would be empty; then this `{` is literal text.
        let end = after.find(['{', '}', '/']);
        match end {
            Some(close) if close > 0 && after[close..].starts_with('}') => {
                literal.push_str(&rest[..open]);
                if !literal.is_empty() {
                    parts.push(PathPart::Literal(std::mem::take(&mut literal)));
                }
                parts.push(PathPart::Param(after[..close].to_string()));
                rest = &after[close + 1..];
            }
            _ => {
                literal.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    literal.push_str(rest);
    if !literal.is_empty() {
        parts.push(PathPart::Literal(literal));
    }
    parts
}

/// The distinct parameter names of a parsed template, in order of first appearance.
pub fn param_names(parts: &[PathPart]) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for part in parts {
        if let PathPart::Param(name) = part {
            if !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
    }
    names
}

/// True when literal text holds a brace, i.e. the author probably meant a parameter
/// that the rule does not see; the runtime sends such braces percent-encoded.
pub fn has_stray_braces(parts: &[PathPart]) -> bool {
    parts
        .iter()
        .any(|part| matches!(part, PathPart::Literal(text) if text.contains(['{', '}'])))
}
