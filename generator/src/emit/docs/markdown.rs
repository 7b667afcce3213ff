//! The Markdown side of doc sanitising: rewriting and verifying with `pulldown-cmark`,
//! the parser rustdoc uses, with the extensions rustdoc enables.

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// Rewriting stops after this many rounds; whatever is left is caught by [`verify`].
/// One round handles everything a parse reveals; a second is needed only when escaping
/// HTML uncovers Markdown that the HTML hid.
const MAX_ROUNDS: usize = 6;

/// The extensions rustdoc turns on for doc comments (`main_body_opts` in rustdoc).
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
}

/// True when `text` is safe as rustdoc input: every code block is fenced with the info
/// string `text`, there is no raw HTML, every link goes to an allowed destination, no
/// list item or block quote has a line break inside a paragraph (clippy's lazy
/// continuation lints), and no character is hidden, a CR or a tab.
pub(super) fn verify(text: &str) -> bool {
    if text
        .chars()
        .any(|c| c == '\t' || c == '\r' || super::is_hidden(c))
    {
        return false;
    }
    let mut depth = 0usize;
    for event in Parser::new_ext(text, options()) {
        let safe = match event {
            Event::Start(Tag::Item | Tag::BlockQuote(_)) => {
                depth += 1;
                true
            }
            Event::End(TagEnd::Item | TagEnd::BlockQuote(_)) => {
                depth = depth.saturating_sub(1);
                true
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => info.as_ref() == "text",
            Event::Start(Tag::CodeBlock(CodeBlockKind::Indented) | Tag::HtmlBlock) => false,
            Event::Html(_)
            | Event::InlineHtml(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_) => false,
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => safe_link(link_type, &dest_url),
            Event::Start(Tag::Image { dest_url, .. }) => safe_url(&dest_url),
            Event::SoftBreak | Event::HardBreak => depth == 0,
            _ => true,
        };
        if !safe {
            return false;
        }
    }
    true
}

/// Fixes what a parse of `text` reveals, round after round: info strings of fenced
/// code blocks become `text`, an unterminated top-level fence is closed, `<` opening
/// HTML or a non-HTTP autolink becomes `&lt;`, a link to a disallowed destination gets
/// its `[` escaped, and line breaks inside list items and block quotes are joined.
pub(super) fn rewrite(text: &str) -> String {
    let mut text = text.to_string();
    for _ in 0..MAX_ROUNDS {
        let edits = edits(&text);
        if edits.is_empty() {
            break;
        }
        text = apply(&text, edits);
    }
    text
}

/// Leading whitespace removed from every line outside fenced code blocks, which turns
/// indented code blocks into paragraphs (the previous rendering of such text). Lines
/// inside a fence lose only the indentation its opening line lost, so the code keeps
/// its shape and the closing fence still closes.
pub(super) fn trim_outside_fences(text: &str) -> String {
    // Each fence as (start of its opening line, end of the block).
    let fences: Vec<Range<usize>> = Parser::new_ext(text, options())
        .into_offset_iter()
        .filter(|(event, _)| {
            matches!(
                event,
                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_)))
            )
        })
        .map(|(_, range)| {
            text[..range.start]
                .rfind('\n')
                .map_or(0, |newline| newline + 1)..range.end
        })
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    for line in text.split('\n') {
        let trimmed = line.trim_start();
        match fences
            .iter()
            .find(|fence| fence.start < start && start < fence.end)
        {
            Some(fence) => {
                let opening = &text[fence.start..];
                let shift = opening.len() - opening.trim_start_matches(' ').len();
                let indent = line.len() - line.trim_start_matches(' ').len();
                out.push_str(&line[shift.min(indent)..]);
            }
            None => out.push_str(trimmed),
        }
        out.push('\n');
        start += line.len() + 1;
    }
    out
}

struct Edit {
    range: Range<usize>,
    replacement: String,
}

impl Edit {
    fn new(range: Range<usize>, replacement: &str) -> Self {
        Edit {
            range,
            replacement: replacement.to_string(),
        }
    }
}

fn edits(text: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    let mut depth = 0usize;
    // A line break inside a container waits for the next event: the text between
    // the two is the newline plus the next line's container prefix.
    let mut pending_break: Option<usize> = None;
    // Text inside links and code blocks is not prose: no URL there needs wrapping.
    let (mut in_link, mut in_code) = (0usize, false);
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        if let Some(start) = pending_break.take() {
            let gap = text.get(start..range.start).unwrap_or_default();
            if range.start > start && gap.chars().all(|c| matches!(c, ' ' | '\n' | '>' | '\\')) {
                edits.push(Edit::new(start..range.start, " "));
            }
        }
        match &event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => in_link += 1,
            Event::End(TagEnd::Link | TagEnd::Image) => in_link = in_link.saturating_sub(1),
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(_) if in_link == 0 && !in_code => {
                wrap_bare_urls(text, range.clone(), &mut edits)
            }
            _ => {}
        }
        match event {
            Event::Start(Tag::Item | Tag::BlockQuote(_)) => depth += 1,
            Event::End(TagEnd::Item | TagEnd::BlockQuote(_)) => depth = depth.saturating_sub(1),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                if let Some(fence) = Fence::find(text, range.start) {
                    if info.as_ref() != "text" {
                        edits.push(Edit::new(fence.info.clone(), "text"));
                    }
                    if depth == 0
                        && range.end >= text.trim_end().len()
                        && !fence.closed_by(&text[range])
                    {
                        edits.push(Edit::new(
                            text.len()..text.len(),
                            &format!("\n{}", fence.marker),
                        ));
                    }
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                let html = text.get(range.clone()).unwrap_or_default();
                for (offset, _) in html.match_indices('<') {
                    let at = range.start + offset;
                    edits.push(Edit::new(at..at + 1, "&lt;"));
                }
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) if !safe_link(link_type, &dest_url) => {
                if matches!(link_type, LinkType::Autolink | LinkType::Email) {
                    edits.push(Edit::new(range.start..range.start + 1, "&lt;"));
                } else if let Some(at) = text.get(range.clone()).and_then(|link| link.find('[')) {
                    edits.push(Edit::new(range.start + at..range.start + at, "\\"));
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) if !safe_url(&dest_url) => {
                if let Some(at) = text.get(range.clone()).and_then(|image| image.find('[')) {
                    edits.push(Edit::new(range.start + at..range.start + at, "\\"));
                }
            }
            Event::SoftBreak | Event::HardBreak if depth > 0 => pending_break = Some(range.start),
            _ => {}
        }
    }
    edits
}

/// Writes `http(s)://` URLs in prose as `<...>` autolinks, as rustdoc's `bare_urls`
/// lint asks (escaping HTML can leave a URL from an attribute in the open). A URL may
/// run past the end of this text event; trailing sentence punctuation stays outside.
fn wrap_bare_urls(text: &str, range: Range<usize>, edits: &mut Vec<Edit>) {
    let mut from = range.start;
    while from < range.end {
        let Some(found) = text[from..range.end].find("http") else {
            break;
        };
        let start = from + found;
        let rest = &text[start..];
        let length = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || "-@:%._+~#=?&/".contains(c)))
            .unwrap_or(rest.len());
        let url = rest[..length].trim_end_matches(['.', ',', ':', ';', '?', '!']);
        let scheme = if url.starts_with("https://") {
            8
        } else if url.starts_with("http://") {
            7
        } else {
            0
        };
        if scheme > 0 && url.len() > scheme {
            edits.push(Edit::new(start..start, "<"));
            edits.push(Edit::new(start + url.len()..start + url.len(), ">"));
        }
        from = start + url.len().max(4);
    }
}

/// Applies non-overlapping edits (an edit overlapping an earlier one waits for the
/// next round).
fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|edit| (edit.range.start, edit.range.end));
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for edit in edits {
        if edit.range.start < at {
            continue;
        }
        out.push_str(&text[at..edit.range.start]);
        out.push_str(&edit.replacement);
        at = edit.range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// The opening fence of a fenced code block.
struct Fence {
    /// The fence characters, e.g. "```" or "~~~~".
    marker: String,
    /// Where the info string is: from the end of the fence to the end of the line.
    info: Range<usize>,
}

impl Fence {
    fn find(text: &str, start: usize) -> Option<Fence> {
        let line_end = text[start..]
            .find('\n')
            .map_or(text.len(), |end| start + end);
        let line = &text[start..line_end];
        let open = line.find(['`', '~'])?;
        let fence_char = line[open..].chars().next()?;
        let length = line[open..]
            .chars()
            .take_while(|&c| c == fence_char)
            .count();
        let info_start = start + open + length;
        Some(Fence {
            marker: fence_char.to_string().repeat(length),
            info: info_start..line_end,
        })
    }

    /// True when the block's text ends with a line that closes this fence.
    fn closed_by(&self, block: &str) -> bool {
        let block = block.strip_suffix('\n').unwrap_or(block);
        let Some((_, last)) = block.rsplit_once('\n') else {
            return false;
        };
        let last = last.trim();
        let fence_char = self.marker.chars().next().unwrap_or('`');
        last.len() >= self.marker.len() && last.chars().all(|c| c == fence_char)
    }
}

fn safe_link(link_type: LinkType, dest: &str) -> bool {
    match link_type {
        LinkType::Email => true,
        LinkType::Autolink => {
            let lower = dest.to_ascii_lowercase();
            lower.starts_with("http://") || lower.starts_with("https://")
        }
        _ => safe_url(dest),
    }
}

/// Relative URLs and fragments, `http`, `https` and `mailto` URLs, and `crate::` paths
/// (the generator's own intra-doc links). Browsers ignore whitespace and control
/// characters in a scheme, so they are ignored here too before looking for one.
fn safe_url(dest: &str) -> bool {
    let cleaned: String = dest
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    let Some(colon) = cleaned.find(':') else {
        return true;
    };
    let before = &cleaned[..colon];
    if before.contains(['/', '?', '#']) {
        return true;
    }
    let is_crate_path = cleaned.strip_prefix("crate::").is_some_and(|path| {
        path.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
    });
    matches!(
        before.to_ascii_lowercase().as_str(),
        "http" | "https" | "mailto"
    ) || is_crate_path
}
