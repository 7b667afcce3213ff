//! Each test names one way spec text could become a doctest, raw HTML, a bad link or a
//! build error, and fails if the protection against it is removed. `assert_safe` is
//! an independent check (not the sanitiser's own verifier) of what rustdoc will see.

use super::{code_span, comment_line, fenced, sanitize, sanitize_parts};
use proptest::prelude::*;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};

/// What rustdoc will parse: the lines joined. Fails on any code block that is not a
/// fenced `text` block, on raw HTML, on a `javascript:` link and on characters rustc
/// rejects in doc comments.
fn assert_safe(lines: &[String]) {
    let text = lines.join("\n");
    for c in text.chars() {
        assert!(
            !matches!(c, '\r' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'),
            "forbidden character {c:?} in {text:?}"
        );
        assert!(
            !c.is_control() || c == '\n',
            "control character {c:?} in {text:?}"
        );
    }
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION;
    for event in Parser::new_ext(&text, options) {
        let forbidden = matches!(
            event,
            Event::Start(Tag::CodeBlock(CodeBlockKind::Indented))
                | Event::Html(_)
                | Event::InlineHtml(_)
        );
        assert!(
            !forbidden,
            "an indented code block or raw HTML ({event:?}) in {text:?}"
        );
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                assert_eq!(
                    info.as_ref(),
                    "text",
                    "a fenced block that is not `text` in {text:?}"
                );
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                assert!(!is_script_url(&dest_url), "script link in {text:?}");
            }
            _ => {}
        }
    }
}

fn check(text: &str, expected: &[&str]) {
    let lines = sanitize(text);
    assert_eq!(lines, expected, "sanitising {text:?}");
    assert_safe(&lines);
}

#[test]
fn plain_text_lines_are_trimmed() {
    check(
        "  Returns the `id`.  \n\n  Second   paragraph.\n",
        &["Returns the `id`.", "", "Second   paragraph."],
    );
}

#[test]
fn top_level_fences_become_text() {
    check(
        "```\ncompile_error!(\"x\");\n```",
        &["```text", "compile_error!(\"x\");", "```"],
    );
    check(
        "```rust\ncompile_error!(\"x\");\n```",
        &["```text", "compile_error!(\"x\");", "```"],
    );
    check("````rust,ignore\nx\n````", &["````text", "x", "````"]);
    check(
        "  ```\n  x\n  ```\nafter",
        &["  ```text", "  x", "  ```", "after"],
    );
}

#[test]
fn tilde_fences_become_text() {
    check(
        "~~~\ncompile_error!(\"x\");\n~~~",
        &["~~~text", "compile_error!(\"x\");", "~~~"],
    );
    check("~~~rust\nx\n~~~", &["~~~text", "x", "~~~"]);
}

#[test]
fn fences_in_block_quotes_become_text() {
    check(
        "> ```\n> compile_error!(\"x\");\n> ```",
        &["> ```text", "> compile_error!(\"x\");", "> ```"],
    );
    check(
        "> > ```rust\n> > x\n> > ```",
        &["> > ```text", "> > x", "> > ```"],
    );
}

#[test]
fn fences_in_list_items_become_text() {
    check(
        "- ```\n  compile_error!(\"x\");\n  ```",
        &["- ```text", "  compile_error!(\"x\");", "  ```"],
    );
    check("* ```rust\n  x\n  ```", &["* ```text", "  x", "  ```"]);
    check("1. ```\n   x\n   ```", &["1. ```text", "   x", "   ```"]);
    check(
        "- outer\n  - inner\n    ```\n    x\n    ```",
        &["- outer", "  - inner", "    ```text", "    x", "    ```"],
    );
}

#[test]
fn list_indentation_is_kept_and_lazy_lines_are_joined() {
    check("- a\n  - b\n- c", &["- a", "  - b", "- c"]);
    check("- a\ncontinued", &["- a continued"]);
    check("- a\n  continued", &["- a continued"]);
    check("> quoted\nlazy", &["> quoted lazy"]);
    check("- a\\\n  b", &["- a b"]);
}

#[test]
fn indented_code_becomes_prose() {
    check(
        "Intro:\n\n    compile_error!(\"x\");\n\nend",
        &["Intro:", "", "compile_error!(\"x\");", "", "end"],
    );
    check(
        "Intro:\n\n\tcompile_error!(\"x\");",
        &["Intro:", "", "compile_error!(\"x\");"],
    );
    check(
        "- item\n\n      compile_error!(\"x\");",
        &["- item", "", "compile_error!(\"x\");"],
    );
    check(
        ">     compile_error!(\"x\");",
        &["> compile_error!(\"x\");"],
    );
    // Indentation after a list marker survives trimming, so only the strict rendering helps.
    check(
        "-     compile_error!(\"x\");",
        &["- compile_error!(\"x\");"],
    );
}

#[test]
fn code_in_pre_blocks_is_not_html_and_not_code() {
    check(
        "<pre>\ncompile_error!(\"x\");\n</pre>",
        &["&lt;pre>", "compile_error!(\"x\");", "&lt;/pre>"],
    );
    check(
        "<pre>\n\n    compile_error!(\"x\");\n\n</pre>",
        &["&lt;pre>", "", "compile_error!(\"x\");", "", "&lt;/pre>"],
    );
    check(
        "<pre>\n```\nx\n```\n</pre>",
        &["&lt;pre>", "```text", "x", "```", "&lt;/pre>"],
    );
}

#[test]
fn unterminated_fences_are_closed_before_the_next_part() {
    check("```\ncode", &["```text", "code", "```"]);
    check("~~~~\ncode\n~~~", &["~~~~text", "code", "~~~", "~~~~"]);
    let lines = sanitize_parts(&["Summary", "```\ncode", "`GET /things`"]);
    assert_eq!(
        lines,
        ["Summary", "", "```text", "code", "```", "", "`GET /things`"]
    );
    assert_safe(&lines);
}

#[test]
fn raw_html_is_escaped_outside_code() {
    check(
        "<script>alert(1)</script> <iframe src=x></iframe>",
        &["&lt;script>alert(1)&lt;/script> &lt;iframe src=x>&lt;/iframe>"],
    );
    check(
        "<img src=x onerror=alert(1)>",
        &["&lt;img src=x onerror=alert(1)>"],
    );
    check(
        "a <b onclick=\"x\">b</b> <!-- c -->",
        &["a &lt;b onclick=\"x\">b&lt;/b> &lt;!-- c -->"],
    );
    check("`<b>` and `Vec<T>`, 1 < 2", &["`<b>` and `Vec<T>`, 1 < 2"]);
    check(
        "<https://example.com/docs>",
        &["<https://example.com/docs>"],
    );
}

#[test]
fn bare_urls_become_autolinks() {
    check(
        "See https://example.com/a?b=1&c=2. And http://x.example, too.",
        &["See <https://example.com/a?b=1&c=2>. And <http://x.example>, too."],
    );
    check(
        "<iframe src=\"https://evil.example\">",
        &["&lt;iframe src=\"<https://evil.example>\">"],
    );
    check(
        "[https://a.example](https://a.example) `https://b.example` <https://c.example>",
        &["[https://a.example](https://a.example) `https://b.example` <https://c.example>"],
    );
    check(
        "```\nhttps://a.example\n```",
        &["```text", "https://a.example", "```"],
    );
}

#[test]
fn script_links_are_not_links() {
    check("[x](javascript:alert(1))", &["\\[x](javascript:alert(1))"]);
    check(
        "[x](JavaScript:alert(1) \"t\")",
        &["\\[x](JavaScript:alert(1) \"t\")"],
    );
    check(
        "[x](java&#x09;script:alert(1))",
        &["\\[x](java&#x09;script:alert(1))"],
    );
    check(
        "![x](javascript:alert(1))",
        &["!\\[x](javascript:alert(1))"],
    );
    check("<javascript:alert(1)>", &["&lt;javascript:alert(1)>"]);
    // The definition itself renders as nothing; only its uses are links.
    check(
        "[x]\n\n[x]: javascript:alert(1)",
        &["\\[x]", "", "[x]: javascript:alert(1)"],
    );
    check(
        "[ok](https://example.com) [rel](../x) [p](crate::Client)",
        &["[ok](https://example.com) [rel](../x) [p](crate::Client)"],
    );
}

#[test]
fn hidden_and_control_characters_become_visible() {
    for c in [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ] {
        let expected = format!("a{{U+{:04X}}}b", c as u32);
        check(&format!("a{c}b"), &[expected.as_str()]);
    }
    check(
        "a\u{200E}\u{200F}\u{061C}b",
        &["a{U+200E}{U+200F}{U+061C}b"],
    );
    check(
        "a\u{7}b\u{0}c\u{1b}[31m\u{85}",
        &["a{U+0007}b{U+0000}c{U+001B}[31m{U+0085}"],
    );
    check(
        "> ```\n> \u{202E}x\n> ```",
        &["> ```text", "> {U+202E}x", "> ```"],
    );
}

#[test]
fn carriage_returns_become_line_feeds() {
    check("one\r\ntwo\rthree", &["one", "two", "three"]);
    // A lone CR must not hide a fence from a line-based reader.
    check(
        "text\r```\rcompile_error!(\"x\");\r```",
        &["text", "```text", "compile_error!(\"x\");", "```"],
    );
}

#[test]
fn the_strict_rendering_and_the_last_resort_are_safe() {
    let lines = fenced("a ```` b\n```\ncompile_error!(\"x\");");
    assert_eq!(
        lines,
        [
            "`````text",
            "a ```` b",
            "```",
            "compile_error!(\"x\");",
            "`````"
        ]
    );
    assert_safe(&lines);
    let strict = super::strict("-     `x` [y](javascript:z) <b> ~~~ \\");
    assert_eq!(
        strict,
        "- \\`x\\` \\[y\\](javascript:z) &lt;b> \\~\\~\\~ \\\\\n"
    );
}

#[test]
fn code_spans_stay_on_one_line() {
    assert_eq!(code_span("a`b\nc\r\u{202E}"), "`a'b\\nc\\r{U+202E}`");
    check(
        &code_span("x\n```\ncompile_error!(\"x\");\n```"),
        &["`x\\n'''\\ncompile_error!(\"x\");\\n'''`"],
    );
}

#[test]
fn comment_lines_have_no_line_breaks_or_hidden_characters() {
    assert_eq!(
        comment_line("a\nb\r*/ \"q\"\u{202E}\t"),
        "a\\u{a}b\\u{d}*/ \"q\"\\u{202e}\\u{9}"
    );
}

/// Pieces of Markdown that matter for code blocks, containers, HTML and characters.
const PIECES: &[&str] = &[
    "```",
    "```rust",
    "~~~",
    "````",
    "`",
    "> ",
    ">",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "    ",
    "  ",
    " ",
    "\t",
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "\u{202E}",
    "\u{2066}",
    "\u{200F}",
    "\u{7}",
    "<pre>",
    "</pre>",
    "<script>",
    "<!--",
    "-->",
    "<https://a.example>",
    "https://b.example/p?q=1&r.",
    "<javascript:x>",
    "[x](javascript:y)",
    "[x]: javascript:y",
    "[x]",
    "![i](javascript:y)",
    "&#x60;",
    "\\",
    "compile_error!(\"ran\");",
    "a",
    "b c",
    "*/",
    "\"#",
    "\\u{202e}",
    "|",
    "#",
    "---",
    "===",
    ":",
];

fn markdownish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..48).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn sanitised_text_never_holds_code_html_or_forbidden_characters(text in markdownish()) {
        assert_safe(&sanitize(&text));
    }

    #[test]
    fn sanitised_parts_are_safe_together(first in markdownish(), second in markdownish()) {
        assert_safe(&sanitize_parts(&[&first, &second, "`GET /x`"]));
    }

    #[test]
    fn arbitrary_strings_are_safe(text in "(?s).{0,200}") {
        assert_safe(&sanitize(&text));
    }
}

/// Whether a browser reads `url` as a `javascript:` URL, the way the WHATWG URL parser
/// finds a scheme: leading and trailing C0 controls and spaces are stripped, tabs and
/// newlines anywhere are removed, and the scheme is what comes before the first `:`
/// when it is made of scheme characters. `*/<javascript:x>` is a relative path.
fn is_script_url(url: &str) -> bool {
    let cleaned: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let Some((scheme, _)) = cleaned.split_once(':') else {
        return false;
    };
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid && scheme.eq_ignore_ascii_case("javascript")
}

#[test]
fn script_urls_are_recognised_as_browsers_read_them() {
    assert!(is_script_url("javascript:x"));
    assert!(is_script_url(" \u{1}JavaScript:x"));
    assert!(is_script_url("java\tscript:x"));
    assert!(!is_script_url("*/<javascript:x>"));
    assert!(!is_script_url("https://example.com/?javascript:x"));
}

/// A definition whose destination only contains `javascript:` after other text, next
/// to a definition the sanitiser neutralised (found by `sanitised_parts_are_safe_together`).
#[test]
fn a_relative_destination_mentioning_a_script_scheme_is_harmless() {
    assert_safe(&sanitize_parts(&[
        "[x]:*/<javascript:x>",
        "\u{202e}[x]: javascript:y",
        "`GET /x`",
    ]));
}
