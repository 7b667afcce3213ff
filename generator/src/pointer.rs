//! JSON pointers (RFC 6901): the one module that builds, escapes, splits and prints
//! them.
//!
//! Every location the generator reports is a JSON pointer into a document, and
//! every `$ref` it follows ends in one. Keeping the escaping rules here means a name
//! with `/` or `~` in it (a path such as `/pets/{id}`, a schema called `a/b`) is
//! written and read the same way in `load`, `lower` and the error messages. This
//! module depends on nothing else in the crate.

use std::borrow::Cow;

/// Appends one reference token to `pointer`, escaping `~` and `/`.
pub fn push(pointer: &mut String, token: &str) {
    pointer.push('/');
    if token.contains(['~', '/']) {
        for c in token.chars() {
            match c {
                '~' => pointer.push_str("~0"),
                '/' => pointer.push_str("~1"),
                c => pointer.push(c),
            }
        }
    } else {
        pointer.push_str(token);
    }
}

/// `pointer` extended by one token: `join("/paths", "/pets")` is `/paths/~1pets`.
pub fn join(pointer: &str, token: &str) -> String {
    let mut joined = String::with_capacity(pointer.len() + token.len() + 1);
    joined.push_str(pointer);
    push(&mut joined, token);
    joined
}

/// A pointer made of `tokens`, each escaped.
pub fn of(tokens: &[&str]) -> String {
    let mut pointer = String::new();
    for token in tokens {
        push(&mut pointer, token);
    }
    pointer
}

/// One token escaped for use inside a pointer (`~` -> `~0`, `/` -> `~1`).
pub fn escape(token: &str) -> Cow<'_, str> {
    if token.contains(['~', '/']) {
        Cow::Owned(token.replace('~', "~0").replace('/', "~1"))
    } else {
        Cow::Borrowed(token)
    }
}

/// One token of a pointer read back (`~1` -> `/`, then `~0` -> `~`, in that order so
/// that `~01` reads as `~1`).
pub fn unescape(token: &str) -> Cow<'_, str> {
    if token.contains('~') {
        Cow::Owned(token.replace("~1", "/").replace("~0", "~"))
    } else {
        Cow::Borrowed(token)
    }
}

/// The unescaped tokens of `pointer`; the root (`""`) has none.
pub fn tokens(pointer: &str) -> impl Iterator<Item = Cow<'_, str>> {
    pointer
        .strip_prefix('/')
        .map(|rest| rest.split('/'))
        .into_iter()
        .flatten()
        .map(unescape)
}

/// The pointer one level up, or `None` for the root.
pub fn parent(pointer: &str) -> Option<&str> {
    pointer.rfind('/').map(|slash| &pointer[..slash])
}

/// How a pointer is shown to people: the root, which is the empty string, as `/`.
pub fn display(pointer: &str) -> &str {
    if pointer.is_empty() {
        "/"
    } else {
        pointer
    }
}

/// The name of a component that a local `$ref` points at, e.g. `Pet` for
/// `#/components/schemas/Pet` in `section` `schemas`. The name is unescaped, and
/// percent-decoded too, since a `$ref` is a URI fragment and some documents write
/// `%20` or `%7B` there.
pub fn component(reference: &str, section: &str) -> Option<String> {
    let rest = reference.strip_prefix("#/components/")?;
    let name = rest.strip_prefix(section)?.strip_prefix('/')?;
    Some(ref_token(name))
}

/// One token of a `$ref` fragment read back: percent-decoded, then unescaped.
pub fn ref_token(token: &str) -> String {
    unescape(&percent_decode(token)).into_owned()
}

fn percent_decode(text: &str) -> Cow<'_, str> {
    if !text.contains('%') {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(byte) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    Cow::Owned(String::from_utf8_lossy(&out).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_through_escaping() {
        let names = ["/pets/{id}", "a~b", "~1", "plain", ""];
        let pointer = of(&names);
        assert_eq!(pointer, "/~1pets~1{id}/a~0b/~01/plain/");
        let back: Vec<String> = tokens(&pointer).map(Cow::into_owned).collect();
        assert_eq!(back, names);
        assert_eq!(join("/paths", "/pets"), "/paths/~1pets");
        assert_eq!(escape("a/b~c"), "a~1b~0c");
        assert_eq!(unescape("~01"), "~1");
    }

    #[test]
    fn parent_and_display() {
        assert_eq!(parent("/a/b~1c"), Some("/a"));
        assert_eq!(parent("/a"), Some(""));
        assert_eq!(parent(""), None);
        assert_eq!(display(""), "/");
        assert_eq!(display("/x"), "/x");
        assert_eq!(tokens("").count(), 0);
    }

    #[test]
    fn component_names_are_unescaped_and_percent_decoded() {
        assert_eq!(
            component("#/components/schemas/a~1b%20c", "schemas").as_deref(),
            Some("a/b c")
        );
        assert_eq!(component("#/components/schemasX/a", "schemas"), None);
        assert_eq!(component("#/definitions/a", "schemas"), None);
        assert_eq!(ref_token("100%"), "100%");
    }
}
