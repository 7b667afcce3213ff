//! IR -> Rust tokens and file texts. Prints; decides nothing.
//!
//! Each submodule prints one kind of item. This module assembles them into the files
//! of a crate. Nothing here looks at `openapiv3`: everything comes from the IR.

mod blocking;
mod cargo;
mod client;
mod conformance;
mod docs;
mod enums;
mod events;
mod features;
mod from_map;
mod lints;
mod models;
mod operations;
mod pagination;
mod runtime;
mod streams;
mod syntax;
mod types;

use crate::ir::Api;
use proc_macro2::TokenStream;
use std::collections::BTreeMap;

pub(crate) use docs::comment_line;
pub use runtime::RUNTIME_FILES;

/// Part of a Rust file: tokens, which `render` parses, or an item `emit` built as a
/// syntax tree, which `render` formats without parsing it.
///
/// Parsing our own tokens back into `syn` trees is most of the cost of rendering a
/// large API (see BENCHMARKS.md); the items that dominate it are built directly.
#[derive(Debug)]
pub enum Piece {
    Tokens(TokenStream),
    Item(Box<syn::Item>),
}

/// Builds one file's pieces, in order. Files are built lazily, inside `render`'s worker
/// threads, because token streams and trees cannot cross threads and building them is
/// a large part of the work for big APIs. The error says which part of the file `emit`
/// could not build; `render` reports it for the file.
pub type PieceBuilder<'a> = Box<dyn Fn() -> Result<Vec<Piece>, String> + Send + Sync + 'a>;

/// A file of the generated crate before rendering.
pub enum FileContent<'a> {
    /// Rust tokens and ready-made items, formatted by `render`.
    Rust(PieceBuilder<'a>),
    /// Text written as it is (Cargo.toml, copied runtime sources).
    Text(String),
}

impl<'a> FileContent<'a> {
    /// A Rust file printed as tokens only (the small fixed files).
    pub fn tokens(build: impl Fn() -> TokenStream + Send + Sync + 'a) -> FileContent<'a> {
        FileContent::Rust(Box::new(move || Ok(vec![Piece::Tokens(build())])))
    }
}

impl std::fmt::Debug for FileContent<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileContent::Rust(_) => f.write_str("Rust(..)"),
            FileContent::Text(text) => f.debug_tuple("Text").field(&text.len()).finish(),
        }
    }
}

/// All files of the generated crate, keyed by their path relative to the crate root.
pub fn emit(api: &Api) -> BTreeMap<String, FileContent<'_>> {
    let mut files: BTreeMap<String, FileContent<'_>> = BTreeMap::new();
    files.insert(
        String::from("Cargo.toml"),
        FileContent::Text(cargo::manifest(api)),
    );
    files.insert(
        String::from("src/lib.rs"),
        FileContent::tokens(move || client::lib_rs(api)),
    );
    files.insert(
        String::from("src/client.rs"),
        FileContent::tokens(move || client::client_rs(api)),
    );
    for (path, build) in models::model_files(api) {
        files.insert(path, FileContent::Rust(build));
    }
    files.extend(operations::operation_files(api));
    files.extend(blocking::blocking_files(api));
    if !api.events.is_empty() {
        files.insert(
            String::from("src/webhooks.rs"),
            FileContent::tokens(move || events::webhooks_rs(api)),
        );
    }
    if let Some(checks) = &api.conformance {
        files.insert(
            String::from("tests/conformance.rs"),
            conformance::conformance_file(api, checks),
        );
        files.insert(
            String::from("tests/conformance/support.rs"),
            FileContent::Text(conformance::SUPPORT.to_string()),
        );
    }
    for (path, text) in RUNTIME_FILES {
        files.insert(
            format!("src/runtime/{path}"),
            FileContent::Text((*text).to_string()),
        );
    }
    files
}
