//! JSON pointer to line number, for messages.
//!
//! The parsers that build values (`serde_json`, `serde_yaml`) forget positions, so
//! the first time a line is asked for, the original text is scanned once more and a
//! compact tree of (key, line) edges is built: a hand-written scanner for JSON (fast
//! and simple, since the text already parsed) and the `yaml-rust2` event parser for
//! YAML, which handles block and flow style, block scalars, anchors and aliases.
//! Lookups then walk the tree, one binary search per pointer token.
//!
//! Everything here is best effort: when the scanner disagrees with the parser that
//! produced the value, lookups simply find less. Nothing here may panic.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use super::parse::Format;

/// Edges of the tree: the key (a range in `keys`; empty for array elements), the
/// child node and the line where the key (or the array element) starts.
#[derive(Debug, Clone, Copy)]
struct Edge {
    key_start: u32,
    key_len: u32,
    child: u32,
    line: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Object,
    Array,
    Scalar,
}

/// A node's children are `edges[first..first + len]`, sorted by key for objects
/// and in order for arrays.
#[derive(Debug, Clone, Copy)]
struct Node {
    first: u32,
    len: u32,
    kind: Kind,
}

/// Result of a lookup: the line of the deepest node found on the pointer's path,
/// and whether that node is the one the whole pointer names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) line: usize,
    pub(crate) exact: bool,
    /// How many pointer tokens were matched.
    pub(crate) depth: usize,
}

#[derive(Debug, Default)]
pub(crate) struct LineIndex {
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    keys: String,
    root: Option<(u32, u32)>,
}

/// How many `<<` merge keys a lookup follows at one level before giving up; merges
/// of merges are legal YAML but rare, and this bounds the work on odd input.
const MAX_MERGE_DEPTH: usize = 8;

impl LineIndex {
    /// Builds the index; `None` when the text cannot be scanned (then no lines).
    pub(crate) fn build(text: &str, format: Format) -> Option<LineIndex> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // The YAML parser is third-party code with internal assertions; a bug there
        // must cost us line numbers, not the whole run.
        std::panic::catch_unwind(|| match format {
            Format::Json => Some(scan_json(text)),
            Format::Yaml => scan_yaml(text),
        })
        .ok()
        .flatten()
    }

    /// Finds the line of the node at `pointer` (RFC 6901, optionally with a leading
    /// `#`), or of its nearest ancestor that exists in the text.
    pub(crate) fn lookup(&self, pointer: &str) -> Option<Found> {
        let (mut node, root_line) = self.root?;
        let mut found = Found {
            line: root_line as usize,
            exact: true,
            depth: 0,
        };
        let pointer = pointer.strip_prefix('#').unwrap_or(pointer);
        if pointer.is_empty() {
            return Some(found);
        }
        if !pointer.starts_with('/') {
            return Some(Found {
                exact: false,
                ..found
            });
        }
        for token in crate::pointer::tokens(pointer) {
            match self.child(node, &token, 0) {
                Some(edge) => {
                    node = edge.child;
                    found.line = edge.line as usize;
                    found.depth += 1;
                }
                None => {
                    return Some(Found {
                        exact: false,
                        ..found
                    })
                }
            }
        }
        Some(found)
    }

    fn child(&self, node: u32, token: &str, depth: usize) -> Option<Edge> {
        let info = *self.nodes.get(node as usize)?;
        let edges = self
            .edges
            .get(info.first as usize..(info.first + info.len) as usize)?;
        match info.kind {
            Kind::Scalar => None,
            Kind::Array => {
                let index: usize = token.parse().ok()?;
                if token.len() > 1 && token.starts_with('0') {
                    return None;
                }
                edges.get(index).copied()
            }
            Kind::Object => {
                if let Ok(at) = edges.binary_search_by(|e| self.key(e).cmp(token)) {
                    return edges.get(at).copied();
                }
                if depth >= MAX_MERGE_DEPTH {
                    return None;
                }
                // A YAML `<<` merge key: look in the merged mapping(s).
                let merge = edges.binary_search_by(|e| self.key(e).cmp("<<")).ok()?;
                let source = edges.get(merge)?.child;
                let source_info = *self.nodes.get(source as usize)?;
                match source_info.kind {
                    Kind::Object => self.child(source, token, depth + 1),
                    Kind::Array => {
                        let start = source_info.first as usize;
                        let end = start + source_info.len as usize;
                        self.edges
                            .get(start..end)?
                            .iter()
                            .find_map(|e| self.child(e.child, token, depth + 1))
                    }
                    Kind::Scalar => None,
                }
            }
        }
    }

    fn key(&self, edge: &Edge) -> &str {
        let start = edge.key_start as usize;
        self.keys
            .get(start..start + edge.key_len as usize)
            .unwrap_or("")
    }
}

/// An open container while building.
struct Frame {
    node: u32,
    line: u32,
    object: bool,
    edges: Vec<Edge>,
    /// For objects: the key waiting for its value, as (start, len, line).
    key: Option<(u32, u32, u32)>,
}

/// Receives a stream of container/scalar events (from either scanner) and builds
/// the flat tree.
#[derive(Default)]
struct Builder {
    index: LineIndex,
    stack: Vec<Frame>,
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Builder {
    fn expects_key(&self) -> bool {
        self.stack
            .last()
            .is_some_and(|f| f.object && f.key.is_none())
    }

    fn new_node(&mut self, kind: Kind) -> u32 {
        let id = to_u32(self.index.nodes.len());
        self.index.nodes.push(Node {
            first: 0,
            len: 0,
            kind,
        });
        id
    }

    fn begin(&mut self, object: bool, line: usize) -> u32 {
        let node = self.new_node(if object { Kind::Object } else { Kind::Array });
        self.stack.push(Frame {
            node,
            line: to_u32(line),
            object,
            edges: Vec::new(),
            key: None,
        });
        node
    }

    /// A scalar in key position becomes the pending key; elsewhere it is a leaf.
    fn scalar(&mut self, text: &str, line: usize) -> Option<u32> {
        if self.expects_key() {
            self.key(text, line);
            return None;
        }
        let node = self.new_node(Kind::Scalar);
        self.attach(node, line);
        Some(node)
    }

    fn key(&mut self, text: &str, line: usize) {
        let start = to_u32(self.index.keys.len());
        self.index.keys.push_str(text);
        if let Some(frame) = self.stack.last_mut() {
            frame.key = Some((start, to_u32(text.len()), to_u32(line)));
        }
    }

    fn end(&mut self) {
        let Some(mut frame) = self.stack.pop() else {
            return;
        };
        if frame.object {
            let keys = &self.index.keys;
            let key = |e: &Edge| {
                let start = e.key_start as usize;
                keys.get(start..start + e.key_len as usize).unwrap_or("")
            };
            // A stable sort keeps duplicate keys in text order; keeping the last of
            // each run matches the parsers, where the last value wins.
            frame.edges.sort_by(|a, b| key(a).cmp(key(b)));
            let mut deduped: Vec<Edge> = Vec::with_capacity(frame.edges.len());
            for edge in frame.edges.drain(..) {
                match deduped.last_mut() {
                    Some(last) if key(last) == key(&edge) => *last = edge,
                    _ => deduped.push(edge),
                }
            }
            frame.edges = deduped;
        }
        let first = to_u32(self.index.edges.len());
        let len = to_u32(frame.edges.len());
        self.index.edges.append(&mut frame.edges);
        if let Some(node) = self.index.nodes.get_mut(frame.node as usize) {
            node.first = first;
            node.len = len;
        }
        self.attach(frame.node, frame.line as usize);
    }

    fn attach(&mut self, node: u32, line: usize) {
        let Some(frame) = self.stack.last_mut() else {
            if self.index.root.is_none() {
                self.index.root = Some((node, to_u32(line)));
            }
            return;
        };
        if !frame.object {
            frame.edges.push(Edge {
                key_start: 0,
                key_len: 0,
                child: node,
                line: to_u32(line),
            });
            return;
        }
        match frame.key.take() {
            Some((key_start, key_len, key_line)) => {
                frame.edges.push(Edge {
                    key_start,
                    key_len,
                    child: node,
                    line: key_line,
                });
            }
            // A complex (non-scalar) key: it names nothing a pointer can reach, so
            // only remember that the next node is its value.
            None => frame.key = Some((0, 0, to_u32(line))),
        }
    }

    fn finish(mut self) -> LineIndex {
        while !self.stack.is_empty() {
            self.end();
        }
        self.index
    }
}

/// Scans JSON that `serde_json` already accepted, so the grammar can be loose:
/// commas and colons are skipped, and strings are decoded only in key position.
fn scan_json(text: &str) -> LineIndex {
    let bytes = text.as_bytes();
    let mut builder = Builder::default();
    let mut line = 1usize;
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\n' => line += 1,
            b'{' => {
                builder.begin(true, line);
            }
            b'[' => {
                builder.begin(false, line);
            }
            b'}' | b']' => builder.end(),
            b'"' => {
                let start = i + 1;
                let mut j = start;
                let mut escaped = false;
                while let Some(&c) = bytes.get(j) {
                    match c {
                        b'\\' => {
                            escaped = true;
                            j += 1;
                        }
                        b'"' => break,
                        b'\n' => line += 1,
                        _ => {}
                    }
                    j += 1;
                }
                if builder.expects_key() {
                    let raw = text.get(start..j.min(bytes.len())).unwrap_or("");
                    if escaped {
                        let quoted = text.get(i..(j + 1).min(bytes.len())).unwrap_or("\"\"");
                        let decoded = serde_json::from_str::<String>(quoted).unwrap_or_default();
                        builder.key(&decoded, line);
                    } else {
                        builder.key(raw, line);
                    }
                } else {
                    builder.scalar("", line);
                }
                i = j;
            }
            b' ' | b'\t' | b'\r' | b',' | b':' => {}
            _ => {
                // A number, `true`, `false` or `null`: skip to its end.
                while let Some(&c) = bytes.get(i + 1) {
                    if matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n' | b':') {
                        break;
                    }
                    i += 1;
                }
                builder.scalar("", line);
            }
        }
        i += 1;
    }
    builder.finish()
}

/// Feeds `yaml-rust2` events into the builder; aliases point at the anchored node,
/// so pointers through an alias find the anchor's lines.
struct YamlReceiver {
    builder: Builder,
    anchors: HashMap<usize, u32>,
}

impl YamlReceiver {
    fn anchor(&mut self, id: usize, node: Option<u32>) {
        if let (true, Some(node)) = (id > 0, node) {
            self.anchors.insert(id, node);
        }
    }
}

impl MarkedEventReceiver for YamlReceiver {
    fn on_event(&mut self, event: Event, mark: Marker) {
        let line = mark.line();
        match event {
            Event::MappingStart(anchor, _) => {
                let node = self.builder.begin(true, line);
                self.anchor(anchor, Some(node));
            }
            Event::SequenceStart(anchor, _) => {
                let node = self.builder.begin(false, line);
                self.anchor(anchor, Some(node));
            }
            Event::MappingEnd | Event::SequenceEnd => self.builder.end(),
            Event::Scalar(text, _, anchor, _) => {
                let node = self.builder.scalar(&text, line);
                self.anchor(anchor, node);
            }
            Event::Alias(id) => match self.anchors.get(&id).copied() {
                Some(node) if !self.builder.expects_key() => self.builder.attach(node, line),
                _ => {
                    self.builder.scalar("", line);
                }
            },
            Event::Nothing
            | Event::StreamStart
            | Event::StreamEnd
            | Event::DocumentStart
            | Event::DocumentEnd => {}
        }
    }
}

fn scan_yaml(text: &str) -> Option<LineIndex> {
    let mut receiver = YamlReceiver {
        builder: Builder::default(),
        anchors: HashMap::new(),
    };
    let mut parser = Parser::new_from_str(text);
    // A scan error late in the text (where serde_yaml, which produced the value,
    // was more lenient) still leaves a useful index for everything before it.
    let _ = parser.load(&mut receiver, false);
    Some(receiver.builder.finish())
}
