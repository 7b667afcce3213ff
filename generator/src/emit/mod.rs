//! IR -> Rust tokens and file texts. Prints; decides nothing.
//!
//! Each submodule prints one kind of item. This module assembles them into the files
//! of a crate. Nothing here looks at `openapiv3`: everything comes from the IR.

mod cargo;
mod client;
mod docs;
mod models;
mod operations;
mod runtime;
mod types;

use crate::ir::Api;
use proc_macro2::TokenStream;
use std::collections::BTreeMap;

pub use runtime::RUNTIME_FILES;

/// A file of the generated crate before rendering.
#[derive(Debug)]
pub enum FileContent {
    /// Rust tokens, to be formatted by `render`.
    Rust(TokenStream),
    /// Text written as it is (Cargo.toml, copied runtime sources).
    Text(String),
}

/// All files of the generated crate, keyed by their path relative to the crate root.
pub fn emit(api: &Api) -> BTreeMap<String, FileContent> {
    let mut files = BTreeMap::new();
    files.insert(String::from("Cargo.toml"), FileContent::Text(cargo::manifest(api)));
    files.insert(String::from("src/lib.rs"), FileContent::Rust(client::lib_rs(api)));
    files.insert(String::from("src/client.rs"), FileContent::Rust(client::client_rs(api)));
    for (path, tokens) in models::model_files(api) {
        files.insert(path, FileContent::Rust(tokens));
    }
    for (path, tokens) in operations::operation_files(api) {
        files.insert(path, FileContent::Rust(tokens));
    }
    for (path, text) in RUNTIME_FILES {
        files.insert(format!("src/runtime/{path}"), FileContent::Text((*text).to_string()));
    }
    files
}
