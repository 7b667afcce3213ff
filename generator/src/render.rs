//! Tokens -> formatted source text with the `@generated` header.

use crate::emit::FileContent;
use crate::error::Error;
use std::collections::BTreeMap;

/// Formats every file and puts the header on top. `origin` names the input document
/// and `command` the command that regenerates the output.
pub fn render(files: BTreeMap<String, FileContent>, origin: &str, command: &str) -> Result<BTreeMap<String, String>, Error> {
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for (path, content) in files {
        let is_toml = path.ends_with(".toml");
        let comment = if is_toml { "#" } else { "//" };
        let header = format!(
            "{comment} @generated from `{origin}` by the OpenAPI client generator. Do not edit by hand.\n\
             {comment} Regenerate with: {command}\n"
        );
        let body = match content {
            FileContent::Text(text) => text,
            FileContent::Rust(tokens) => match syn::parse2::<syn::File>(tokens) {
                Ok(file) => prettyplease::unparse(&file),
                Err(error) => {
                    problems.push(Error::Render {
                        file: path.clone(),
                        message: error.to_string(),
                    });
                    continue;
                }
            },
        };
        let separator = if is_toml { "\n" } else { "" };
        out.insert(path, format!("{header}{separator}{body}"));
    }
    match Error::from_many(problems) {
        Some(error) => Err(error),
        None => Ok(out),
    }
}
