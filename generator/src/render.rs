//! Tokens -> formatted source text with the `@generated` header.

use crate::emit::FileContent;
use crate::error::Error;
use std::collections::BTreeMap;

/// Formats every file and puts the header on top. `origin` names the input document
/// and `command` the command that regenerates the output.
///
/// Formatting is the most expensive step for large APIs, so files are formatted on
/// all available cores. Token streams cannot cross threads, so each is turned into
/// text first (cheap) and parsed again inside its worker. The result does not depend
/// on the number of threads: files are keyed by path.
pub fn render(files: BTreeMap<String, FileContent>, origin: &str, command: &str) -> Result<BTreeMap<String, String>, Error> {
    let jobs: Vec<(String, Job)> = files
        .into_iter()
        .map(|(path, content)| {
            let job = match content {
                FileContent::Text(text) => Job::Ready(text),
                FileContent::Rust(tokens) => Job::Format(tokens.to_string()),
            };
            (path, job)
        })
        .collect();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    // Deal the files out largest first, each to the least loaded worker.
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(jobs[i].1.size()));
    let mut shares: Vec<(usize, Vec<usize>)> = vec![(0, Vec::new()); workers];
    for i in order {
        if let Some(share) = shares.iter_mut().min_by_key(|(load, _)| *load) {
            share.0 += jobs[i].1.size();
            share.1.push(i);
        }
    }
    let results: Vec<Vec<(usize, Result<String, String>)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .iter()
            .map(|(_, share)| {
                let jobs = &jobs;
                scope.spawn(move || share.iter().map(|&i| (i, jobs[i].1.run())).collect::<Vec<_>>())
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
            Some(Err(message)) => problems.push(Error::Render { file: path.clone(), message }),
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

/// One file's work for a formatting thread.
enum Job {
    /// Text that is written as it is.
    Ready(String),
    /// Rust source text to parse and pretty-print.
    Format(String),
}

impl Job {
    fn size(&self) -> usize {
        match self {
            Job::Ready(_) => 0,
            Job::Format(text) => text.len(),
        }
    }

    fn run(&self) -> Result<String, String> {
        match self {
            Job::Ready(text) => Ok(text.clone()),
            Job::Format(text) => syn::parse_file(text)
                .map(|file| prettyplease::unparse(&file))
                .map_err(|error| error.to_string()),
        }
    }
}
