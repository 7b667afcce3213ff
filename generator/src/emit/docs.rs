//! Doc comments from spec prose, made safe for rustc, rustdoc and clippy.
//!
//! Every string from a document that reaches a doc comment goes through [`sanitize`]
//! (via [`doc_attrs`], [`doc_attrs_parts`], [`inner_doc_attrs`] or their syntax-node
//! forms [`doc_attr_nodes`] and [`doc_nodes_parts`]); text placed inside
//! backticks goes through [`code_span`] first. The promise: no text from a spec runs as
//! code or breaks the build of the generated crate. Concretely, the result
//!
//! - contains no code block that rustdoc would compile or run: every code block is a
//!   fenced block whose info string is exactly `text` (fences in block quotes, list
//!   items, `~~~` fences, indented blocks and code inside `<pre>` included);
//! - contains no raw HTML: a `<` that opens a tag, comment or non-HTTP autolink is
//!   written as `&lt;` (outside code, where rustdoc shows it as `<`), so `<script>`,
//!   `<iframe>` and event-handler attributes render as text; `<https://...>` autolinks
//!   stay links;
//! - contains no link whose destination has a scheme other than `http`, `https` or
//!   `mailto` (such as `javascript:`), except the generator's own `crate::` paths;
//! - contains no character that rustc rejects or that hides text: CRLF and lone CR
//!   become LF, a tab becomes four spaces, and bidirectional controls (U+202A-U+202E,
//!   U+2066-U+2069, U+200E, U+200F, U+061C), other invisible format characters and
//!   control characters are written as visible `{U+XXXX}` text;
//! - has no soft line break inside a list item or block quote, so clippy's
//!   `doc_lazy_continuation` and `doc_overindented_list_items` have nothing to flag
//!   (continuation lines are joined; a soft break renders as a space anyway), and no
//!   bare `http(s)://` URL in prose (they become `<...>` autolinks, as rustdoc's
//!   `bare_urls` lint asks).
//!
//! How: text without any Markdown syntax that could matter takes a fast path (lines
//! trimmed). Other text is rewritten with the help of `pulldown-cmark`, the parser
//! rustdoc itself uses, keeping indentation (so nested lists survive), and the result
//! is parsed again and *verified* against the rules above. If verification fails, the
//! same rewrite runs on the text with leading whitespace removed outside fences (what
//! an indented code block needs); then on a strict rendering (lines trimmed, spaces
//! collapsed, backticks, tildes, brackets and backslashes escaped, every `<` written
//! as `&lt;`), which cannot contain code or links whatever the parser's version; and
//! as a last resort the whole text is shown in one ```` ```text ```` fence longer than
//! any backtick run in it.

mod markdown;
#[cfg(test)]
mod tests;

use proc_macro2::TokenStream;
use quote::quote;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write;

/// `#[doc = "..."]` attributes for a text, made safe for rustdoc and doctests.
pub(crate) fn doc_attrs(text: Option<&str>) -> TokenStream {
    outer(text.map(sanitize).unwrap_or_default())
}

/// `#[doc = "..."]` for one line the generator writes itself from names it made
/// (no text from the document), so it needs no sanitising: printed like every other
/// doc line, as `/// text`.
pub(crate) fn own_doc(line: &str) -> TokenStream {
    outer(vec![line.to_owned()])
}

/// `#[doc = "..."]` attributes for paragraphs that are sanitised one by one, so that
/// an unterminated fence in one of them cannot swallow the next.
pub(crate) fn doc_attrs_parts(parts: &[&str]) -> TokenStream {
    outer(sanitize_parts(parts))
}

/// `#![doc = "..."]` attributes (module and crate docs), one paragraph per part.
pub(crate) fn inner_doc_attrs(parts: &[&str]) -> TokenStream {
    let attrs = sanitize_parts(parts).into_iter().map(|line| {
        let line = prefix(line);
        quote! { #![doc = #line] }
    });
    quote! { #(#attrs)* }
}

/// The same attributes as [`doc_attrs`], as syntax nodes for items built as trees.
pub(crate) fn doc_attr_nodes(text: Option<&str>) -> Vec<syn::Attribute> {
    nodes(text.map(sanitize).unwrap_or_default())
}

/// The same attributes as [`doc_attrs_parts`], as syntax nodes.
pub(crate) fn doc_nodes_parts(parts: &[&str]) -> Vec<syn::Attribute> {
    nodes(sanitize_parts(parts))
}

/// The same attributes as [`own_doc`], as syntax nodes, one per line.
pub(crate) fn own_doc_nodes(lines: &[&str]) -> Vec<syn::Attribute> {
    nodes(lines.iter().map(|line| (*line).to_owned()).collect())
}

/// Outer doc attributes for sanitised lines: the one place that writes them, as nodes;
/// [`outer`] prints these.
fn nodes(lines: Vec<String>) -> Vec<syn::Attribute> {
    lines
        .into_iter()
        .map(|line| super::syntax::name_value_attr("doc", &prefix(line)))
        .collect()
}

fn outer(lines: Vec<String>) -> TokenStream {
    let attrs = nodes(lines);
    quote! { #(#attrs)* }
}

/// Doc comments read best as `/// text`. The space also keeps a line that starts with
/// `/` or `!` from turning `///` into `////` or `///!`.
fn prefix(line: String) -> String {
    if line.is_empty() {
        line
    } else {
        format!(" {line}")
    }
}

/// Text to show as inline code: one line, control and invisible characters escaped
/// (a newline as `\n`), backticks replaced by `'` so the span cannot end early.
pub(crate) fn code_span(text: &str) -> String {
    let mut out = String::from("`");
    for c in text.chars() {
        match c {
            '`' => out.push('\''),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_hidden(c) => push_escape(&mut out, c),
            c => out.push(c),
        }
    }
    out.push('`');
    out
}

/// One line of text for a `//` or `#` comment (the `@generated` header): every
/// control, bidirectional or invisible character, the line breaks included, becomes a
/// `\u{...}` escape, so the comment stays one line and shows what the text contains.
pub(crate) fn comment_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_hidden(c) || c.is_control() {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters that break the build (rustc denies bidirectional controls in comments
/// and a bare CR in doc comments) or hide or reorder text: C0 and C1 controls other
/// than tab and newline, bidirectional controls, zero-width and other invisible
/// format characters, line and paragraph separators, the byte-order mark.
pub(crate) fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

fn push_escape(out: &mut String, c: char) {
    let _ = write!(out, "{{U+{:04X}}}", c as u32);
}

/// Doc lines (without the leading space) for one text: see the module docs.
pub(crate) fn sanitize(text: &str) -> Vec<String> {
    // APIs repeat their descriptions: GitHub's 52,534 doc lines have 14,164 distinct
    // texts. The memo lives as long as the thread, which for rendering is one call
    // (`render` starts its workers per call); on a thread that lives longer it is
    // emptied when full, so it stays bounded.
    const MEMO_LIMIT: usize = 50_000;
    thread_local! {
        static SEEN: RefCell<HashMap<String, Vec<String>>> = RefCell::new(HashMap::new());
    }
    if let Some(lines) = SEEN.with(|seen| seen.borrow().get(text).cloned()) {
        return lines;
    }
    let lines = sanitize_once(text);
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if seen.len() >= MEMO_LIMIT {
            seen.clear();
        }
        seen.insert(text.to_owned(), lines.clone());
    });
    lines
}

fn sanitize_once(text: &str) -> Vec<String> {
    let text = normalize(text);
    if is_plain(&text) {
        return tidy(text.lines().map(str::trim));
    }
    let kept = tidy(markdown::rewrite(&tidy(text.lines()).join("\n")).lines());
    if markdown::verify(&kept.join("\n")) {
        return kept;
    }
    let trimmed = tidy(markdown::rewrite(&markdown::trim_outside_fences(&kept.join("\n"))).lines());
    if markdown::verify(&trimmed.join("\n")) {
        return trimmed;
    }
    let strict = tidy(markdown::rewrite(&strict(&text)).lines());
    if markdown::verify(&strict.join("\n")) {
        return strict;
    }
    fenced(&text)
}

/// Sanitises each part on its own and joins them with blank lines. The joined text is
/// verified too (a link in one part may use a definition in another); if it fails,
/// the parts are sanitised together.
pub(crate) fn sanitize_parts(parts: &[&str]) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for part in parts {
        let part = sanitize(part);
        if part.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(part);
    }
    if parts.len() > 1 && !markdown::verify(&lines.join("\n")) {
        return sanitize(&parts.join("\n\n"));
    }
    lines
}

/// Line ends as LF, tabs as four spaces, hidden characters as `{U+XXXX}`.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push('\n'),
            '\t' => out.push_str("    "),
            c if is_hidden(c) => push_escape(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

/// True when the text, with its lines trimmed, cannot contain code, HTML, links or
/// containers: no `<` or `[`, and no line that starts like a fence, a block quote or a
/// list item. Backticks and tildes elsewhere only make code spans and strikethrough.
/// Such text (most descriptions) only needs its lines trimmed. A bare URL also takes
/// the Markdown path, which makes it an autolink (rustdoc warns about bare URLs).
fn is_plain(text: &str) -> bool {
    !text.contains(['<', '['])
        && !text.contains("://")
        && text.lines().all(|line| {
            let line = line.trim_start();
            !(line.starts_with(|c: char| matches!(c, '>' | '-' | '*' | '+') || c.is_ascii_digit())
                || line.starts_with("```")
                || line.starts_with("~~~"))
        })
}

/// Lines without trailing whitespace, leading and trailing blank lines, or common
/// indentation (rustdoc removes the common indentation itself, so removing it here
/// means the verified text is exactly the text rustdoc parses).
fn tidy<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<&str> = lines.map(str::trim_end).collect();
    while out.last().is_some_and(|line| line.is_empty()) {
        out.pop();
    }
    let first = out
        .iter()
        .position(|line| !line.is_empty())
        .unwrap_or(out.len());
    let common = out
        .iter()
        .filter(|line| !line.is_empty())
        .map(|line| line.len() - line.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    out[first..]
        .iter()
        .map(|line| line.get(common..).unwrap_or_default().to_string())
        .collect()
}

/// A rendering that no Markdown parser can read as code, HTML or a link: lines
/// trimmed, runs of spaces collapsed (so nothing is indented relative to a list
/// marker), backslashes, backticks, tildes and brackets escaped, `<` as `&lt;`.
fn strict(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.lines() {
        let mut space = false;
        for c in line.trim().chars() {
            if c == ' ' {
                if !space {
                    out.push(' ');
                }
                space = true;
                continue;
            }
            space = false;
            match c {
                '\\' | '`' | '~' | '[' | ']' => {
                    out.push('\\');
                    out.push(c);
                }
                '<' => out.push_str("&lt;"),
                c => out.push(c),
            }
        }
        out.push('\n');
    }
    out
}

/// The last resort: the whole text as one fenced `text` block whose fence is longer
/// than any backtick run inside, so no line of the text can close it.
fn fenced(text: &str) -> Vec<String> {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat((longest + 1).max(3));
    let mut lines = vec![format!("{fence}text")];
    lines.extend(text.lines().map(|line| line.trim_end().to_string()));
    lines.push(fence);
    lines
}
