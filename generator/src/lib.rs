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
pub mod pointer;
pub mod render;

pub use config::Config;
pub use error::{Error, Location, Warning};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

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
    generate_document(load::load_path(spec)?, options)
}

/// Generates a crate from document text; `origin` names it in messages.
pub fn generate_str(text: &str, origin: &str, options: &Options) -> Result<Output, Error> {
    generate_document(load::load_str(text, origin)?, options)
}

/// Lowers the document, then renders the IR. The document is dropped before
/// rendering: the IR owns everything `emit` needs, and the parsed model and the text
/// are most of the memory in use after lowering (Microsoft Graph beta: 458 of 549 MB),
/// which rendering can then reuse instead of adding to (BENCHMARKS.md, scaling).
fn generate_document(mut doc: load::Document, options: &Options) -> Result<Output, Error> {
    let lower_options = lower::LowerOptions {
        crate_name: options.crate_name.clone(),
        config: options.config.clone(),
        workspace_member: options.workspace_member,
    };
    let (api, mut warnings) = lower::lower(&doc, &lower_options)?;
    warnings.append(&mut doc.warnings);
    warnings.sort();
    warnings.dedup();
    let origin = Path::new(&doc.origin).file_name().map_or_else(
        || doc.origin.clone(),
        |name| name.to_string_lossy().into_owned(),
    );
    let command = options
        .regenerate_command
        .clone()
        .unwrap_or_else(|| format!("generator --spec {} --out <dir>", doc.origin));
    drop(doc);
    let files = render::render(emit::emit(&api), &origin, &command)?;
    Ok(Output { files, warnings })
}

impl Output {
    /// Writes every file under `dir`, deletes the files that the previous run wrote
    /// (as listed in its manifest, [`MANIFEST`]) and this one did not, and writes the
    /// new manifest last.
    ///
    /// `dir` itself may be a symlink, since the user chose it; nothing inside it is
    /// written, deleted or traversed through a symlink. A file or directory the
    /// output needs that is a symlink is an error, a stale entry that is one is left
    /// alone, and so are manifest entries that would leave `dir`. Hand-written files
    /// are never deleted, whatever they contain, because only the manifest decides.
    pub fn write_to(&self, dir: &Path) -> Result<(), Error> {
        std::fs::create_dir_all(dir).map_err(io_error(dir))?;
        for relative in self.files.keys() {
            if safe_relative(relative).is_none() || relative == MANIFEST {
                return Err(unsafe_path(dir, relative, "is not a plain relative path"));
            }
        }
        for stale in self.stale_files(dir) {
            std::fs::remove_file(&stale).map_err(io_error(&stale))?;
            remove_empty_parents(dir, &stale);
        }
        for (relative, contents) in &self.files {
            write_file(dir, relative, contents)?;
        }
        // Last, so that a run that fails half-way leaves the previous manifest,
        // which still lists every file this run may have left behind.
        write_file(dir, MANIFEST, &self.manifest())
    }

    /// Files that the previous run wrote under `dir` (its manifest lists them) and
    /// this output no longer contains, sorted. Entries that are not plain relative
    /// paths, or that pass through or name a symlink or anything but a regular file,
    /// are left out.
    pub fn stale_files(&self, dir: &Path) -> Vec<PathBuf> {
        let Some(previous) = read_manifest(dir) else {
            return Vec::new();
        };
        let mut stale: Vec<PathBuf> = previous
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .filter(|relative| !self.files.contains_key(*relative) && *relative != MANIFEST)
            .filter_map(|relative| {
                let path = dir.join(safe_relative(relative)?);
                // The file itself must be a regular file, not a link to one.
                let metadata = std::fs::symlink_metadata(&path).ok()?;
                (metadata.file_type().is_file() && parents_are_real_dirs(dir, relative))
                    .then_some(path)
            })
            .collect();
        stale.sort();
        stale.dedup();
        stale
    }

    /// The manifest's text: a comment, then one relative path per line, sorted.
    pub fn manifest(&self) -> String {
        let mut text = String::from(MANIFEST_HEADER);
        for relative in self.files.keys() {
            text.push_str(relative);
            text.push('\n');
        }
        text
    }
}

/// The file in the output directory that lists what the generator wrote there, so
/// that the next run deletes exactly those of its own files that are stale.
pub const MANIFEST: &str = ".generated-files";

const MANIFEST_HEADER: &str = "# Files written by the generator, one per line; the next run deletes those it no longer writes.\n";

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> Error {
    let path = path.to_path_buf();
    move |source| Error::Io { path, source }
}

fn unsafe_path(dir: &Path, relative: &str, why: &str) -> Error {
    Error::Io {
        path: dir.join(relative),
        source: std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("refusing to write `{relative}`: it {why}"),
        ),
    }
}

/// `relative` as a path when it only has normal components (no root, prefix, `.`,
/// `..` or empty part) and no line break, so that it stays inside the directory it
/// is joined to unless a component is a symlink.
fn safe_relative(relative: &str) -> Option<&Path> {
    let path = Path::new(relative);
    let plain = !relative.is_empty()
        && !relative.contains(['\n', '\r', '\\'])
        && relative
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
        && path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
    plain.then_some(path)
}

/// True when every directory between `dir` and the file `relative` exists and is a
/// real directory, not a symlink.
fn parents_are_real_dirs(dir: &Path, relative: &str) -> bool {
    let mut current = dir.to_path_buf();
    let mut parts: Vec<&str> = relative.split('/').collect();
    parts.pop();
    parts.into_iter().all(|part| {
        current.push(part);
        std::fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_dir())
    })
}

/// Creates the directories on the way to `dir/relative` and returns the file's path;
/// fails when one of them, or the file, is a symlink or of the wrong kind, so that
/// nothing is written outside `dir`.
fn prepare_file(dir: &Path, relative: &str) -> Result<PathBuf, Error> {
    let mut current = dir.to_path_buf();
    let mut parts: Vec<&str> = relative.split('/').collect();
    let file = parts.pop().unwrap_or_default();
    for (depth, part) in parts.iter().enumerate() {
        current.push(part);
        let shown = parts[..=depth].join("/");
        match std::fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(unsafe_path(
                    dir,
                    relative,
                    &format!("would go through the symlink `{shown}`"),
                ))
            }
            Ok(m) if m.file_type().is_dir() => {}
            Ok(_) => {
                return Err(unsafe_path(
                    dir,
                    relative,
                    &format!("needs `{shown}` to be a directory"),
                ))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir(&current).map_err(io_error(&current))?
            }
            Err(e) => return Err(io_error(&current)(e)),
        }
    }
    current.push(file);
    match std::fs::symlink_metadata(&current) {
        Ok(m) if m.file_type().is_symlink() => Err(unsafe_path(dir, relative, "is a symlink")),
        Ok(m) if !m.file_type().is_file() => {
            Err(unsafe_path(dir, relative, "exists and is not a file"))
        }
        _ => Ok(current),
    }
}

/// Writes `contents` to `dir/relative` unless the file already holds them, so that
/// unchanged files keep their modification time and cargo does not rebuild them.
fn write_file(dir: &Path, relative: &str, contents: &str) -> Result<(), Error> {
    let path = prepare_file(dir, relative)?;
    let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == contents);
    if !unchanged {
        std::fs::write(&path, contents).map_err(io_error(&path))?;
    }
    Ok(())
}

/// The previous manifest, unless it is missing, unreadable or not a regular file.
fn read_manifest(dir: &Path) -> Option<String> {
    let path = dir.join(MANIFEST);
    let metadata = std::fs::symlink_metadata(&path).ok()?;
    if !metadata.file_type().is_file() {
        return None;
    }
    std::fs::read_to_string(path).ok()
}

/// Removes the directories between `dir` and the deleted file `path` that are now
/// empty, deepest first; `remove_dir` refuses non-empty ones, so nothing else goes.
fn remove_empty_parents(dir: &Path, path: &Path) {
    let mut current = path.parent();
    while let Some(parent) = current {
        if parent == dir || !parent.starts_with(dir) || std::fs::remove_dir(parent).is_err() {
            break;
        }
        current = parent.parent();
    }
}
