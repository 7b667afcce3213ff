//! OpenAPI 3.0/3.1 and Swagger 2.0 -> Rust client crate.
//!
//! The pipeline is `load -> lower -> IR -> emit -> render`:
//! [`load`] reads a document and normalises it into the `openapiv3` 3.0 model,
//! [`lower`] decides everything and produces the [`ir`], [`emit`] prints the IR as
//! tokens, and [`render`] formats them and adds the `@generated` header.
//! See `ARCHITECTURE.md` at the repository root for the map and the invariants.

pub mod config;
pub mod emit;
pub mod error;
pub mod ir;
pub mod load;
pub mod lower;
pub mod names;
pub mod render;

pub use config::Config;
pub use error::{Error, Location, Warning};

use std::collections::BTreeMap;
use std::path::Path;

/// What to generate, besides the document itself.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Cargo package name; defaults to the config's, then to `<title>-client`.
    pub crate_name: Option<String>,
    pub config: Config,
    /// True when the crate will be a member of an enclosing workspace, so its
    /// manifest must not declare a `[workspace]` of its own.
    pub workspace_member: bool,
    /// The command named in the `@generated` header; defaults to the CLI invocation.
    pub regenerate_command: Option<String>,
}

/// A generated crate: file path (relative, `/`-separated) -> contents.
#[derive(Clone, Debug)]
pub struct Output {
    pub files: BTreeMap<String, String>,
    pub warnings: Vec<Warning>,
}

/// Generates a crate from the document at `spec`.
pub fn generate(spec: &Path, options: &Options) -> Result<Output, Error> {
    let doc = load::load_path(spec)?;
    generate_document(&doc, options)
}

/// Generates a crate from document text; `origin` names it in messages.
pub fn generate_str(text: &str, origin: &str, options: &Options) -> Result<Output, Error> {
    let doc = load::load_str(text, origin)?;
    generate_document(&doc, options)
}

fn generate_document(doc: &load::Document, options: &Options) -> Result<Output, Error> {
    let lower_options = lower::LowerOptions {
        crate_name: options.crate_name.clone(),
        config: options.config.clone(),
        workspace_member: options.workspace_member,
    };
    let (api, mut warnings) = lower::lower(doc, &lower_options)?;
    warnings.extend(doc.warnings.iter().cloned());
    warnings.sort();
    warnings.dedup();
    let origin = Path::new(&doc.origin)
        .file_name()
        .map_or_else(|| doc.origin.clone(), |name| name.to_string_lossy().into_owned());
    let command = options
        .regenerate_command
        .clone()
        .unwrap_or_else(|| format!("generator --spec {} --out <dir>", doc.origin));
    let files = render::render(emit::emit(&api), &origin, &command)?;
    Ok(Output { files, warnings })
}

impl Output {
    /// Writes every file under `dir` and deletes `.rs` files below `dir/src` that an
    /// earlier run generated (first line says `@generated`) but this one did not.
    pub fn write_to(&self, dir: &Path) -> Result<(), Error> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        for stale in self.stale_files(dir) {
            std::fs::remove_file(&stale).map_err(io(&stale))?;
        }
        for (relative, contents) in &self.files {
            let path = dir.join(relative);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
            }
            let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| &old == contents);
            if !unchanged {
                std::fs::write(&path, contents).map_err(io(&path))?;
            }
        }
        Ok(())
    }

    /// Generated files under `dir/src` that this output no longer contains.
    pub fn stale_files(&self, dir: &Path) -> Vec<std::path::PathBuf> {
        let mut stale = Vec::new();
        let mut pending = vec![dir.join("src")];
        while let Some(current) = pending.pop() {
            let Ok(entries) = std::fs::read_dir(&current) else { continue };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    pending.push(path);
                    continue;
                }
                let relative = path
                    .strip_prefix(dir)
                    .map(|p| p.to_string_lossy().replace('\\', "/"))
                    .unwrap_or_default();
                let generated = path.extension().is_some_and(|e| e == "rs")
                    && std::fs::read_to_string(&path)
                        .is_ok_and(|text| text.lines().next().is_some_and(|l| l.contains("@generated")));
                if generated && !self.files.contains_key(&relative) {
                    stale.push(path);
                }
            }
        }
        stale.sort();
        stale
    }
}
