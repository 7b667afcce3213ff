//! Doc comments from spec prose.

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = "..."]` attributes for a text, made safe for rustdoc and doctests.
pub(crate) fn doc_attrs(text: Option<&str>) -> TokenStream {
    let lines = text.map(sanitize).unwrap_or_default();
    let attrs = lines.iter().map(|line| {
        let line = if line.is_empty() { String::new() } else { format!(" {line}") };
        quote! { #[doc = #line] }
    });
    quote! { #(#attrs)* }
}

/// `#![doc = "..."]` attributes (module and crate docs).
pub(crate) fn inner_doc_attrs(text: &str) -> TokenStream {
    let lines = sanitize(text);
    let attrs = lines.iter().map(|line| {
        let line = if line.is_empty() { String::new() } else { format!(" {line}") };
        quote! { #![doc = #line] }
    });
    quote! { #(#attrs)* }
}

/// Spec descriptions are Markdown written for web pages. Rust treats fenced and
/// indented code blocks in docs as doctests, so fences are marked as `text` and
/// leading indentation outside fences is dropped; tabs become spaces.
fn sanitize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for raw in text.replace("\r\n", "\n").replace('\t', "    ").lines() {
        let trimmed = raw.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            let fence = &trimmed[..3];
            if in_fence {
                out.push(fence.to_string());
            } else {
                out.push(format!("{fence}text"));
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(raw.trim_end().to_string());
        } else {
            out.push(trimmed.trim_end().to_string());
        }
    }
    if in_fence {
        out.push(String::from("```"));
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    while out.first().is_some_and(String::is_empty) {
        out.remove(0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn code_blocks_never_become_doctests() {
        let text = "Intro:\n\n    indented code\n```\nfenced\n```\n```json\n{}\n```\nend\t.";
        assert_eq!(
            sanitize(text),
            ["Intro:", "", "indented code", "```text", "fenced", "```", "```text", "{}", "```", "end    ."]
        );
    }

    #[test]
    fn unterminated_fence_is_closed() {
        assert_eq!(sanitize("```\ncode"), ["```text", "code", "```"]);
    }
}
