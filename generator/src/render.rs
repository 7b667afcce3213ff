//! Pieces (tokens and ready trees) -> formatted source text with the `@generated`
//! header.

use crate::emit::{comment_line, FileContent, Piece};
use crate::error::Error;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Formats every file and puts the header on top. `origin` names the input document
/// and `command` the command that regenerates the output; both are escaped so the
/// header stays two comment lines.
///
/// Building and formatting tokens are the most expensive steps for large APIs, so
/// files are built and formatted on all available cores; workers take the next file
/// from a shared counter. The result does not depend on the number of threads: files
/// are keyed by path.
pub fn render(
    files: BTreeMap<String, FileContent<'_>>,
    origin: &str,
    command: &str,
) -> Result<BTreeMap<String, String>, Error> {
    let jobs: Vec<(String, FileContent<'_>)> = files.into_iter().collect();
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let next = AtomicUsize::new(0);
    let results: Vec<Vec<(usize, Result<String, String>)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                let (jobs, next) = (&jobs, &next);
                scope.spawn(move || {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((_, content)) = jobs.get(i) else {
                            break;
                        };
                        done.push((i, format_file(content)));
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().unwrap_or_default())
            .collect()
    });
    let mut formatted: Vec<Option<Result<String, String>>> = vec![None; jobs.len()];
    for (i, result) in results.into_iter().flatten() {
        formatted[i] = Some(result);
    }
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    // The file name and the command come from outside (a file name may hold a newline
    // or `*/`), so each is escaped to one line of visible characters.
    let (origin, command) = (comment_line(origin), comment_line(command));
    for ((path, _), result) in jobs.iter().zip(formatted) {
        let is_toml = path.ends_with(".toml");
        let comment = if is_toml { "#" } else { "//" };
        let header = format!(
            "{comment} @generated from `{origin}` by the OpenAPI client generator. Do not edit by hand.\n\
             {comment} Regenerate with: {command}\n"
        );
        match result {
            Some(Ok(body)) => {
                let separator = if is_toml { "\n" } else { "" };
                out.insert(path.clone(), format!("{header}{separator}{body}"));
            }
            Some(Err(message)) => problems.push(Error::Render {
                file: path.clone(),
                message,
            }),
            None => problems.push(Error::Render {
                file: path.clone(),
                message: String::from("a formatting thread stopped"),
            }),
        }
    }
    match Error::from_many(problems) {
        Some(error) => Err(error),
        None => Ok(out),
    }
}

fn format_file(content: &FileContent<'_>) -> Result<String, String> {
    match content {
        FileContent::Text(text) => Ok(text.clone()),
        FileContent::Rust(build) => build()
            .and_then(assemble)
            .map(|file| prettyplease::unparse(&file)),
    }
}

/// One syntax tree from a file's pieces: runs of tokens are parsed (the first run may
/// open with the file's inner attributes), ready-made items are taken as they are.
fn assemble(pieces: Vec<Piece>) -> Result<syn::File, String> {
    let mut file: Option<syn::File> = None;
    let mut pending = proc_macro2::TokenStream::new();
    let flush = |pending: &mut proc_macro2::TokenStream, file: &mut Option<syn::File>| {
        if pending.is_empty() && file.is_some() {
            return Ok(());
        }
        let parsed =
            syn::parse2::<syn::File>(std::mem::take(pending)).map_err(|e| e.to_string())?;
        match file {
            Some(file) => file.items.extend(parsed.items),
            None => *file = Some(parsed),
        }
        Ok::<(), String>(())
    };
    for piece in pieces {
        match piece {
            Piece::Tokens(tokens) => pending.extend(tokens),
            Piece::Item(item) => {
                flush(&mut pending, &mut file)?;
                if let Some(file) = file.as_mut() {
                    file.items.push(*item);
                }
            }
        }
    }
    flush(&mut pending, &mut file)?;
    file.ok_or_else(|| String::from("a file without content"))
}
