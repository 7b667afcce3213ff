//! Which media type of a content map the client uses: for a request body or a
//! parameter, the document's first of the preferred kind; for a response, the one it
//! can read best (see [`pick_response_media`]).

use indexmap::IndexMap;
use openapiv3::MediaType;

/// Media types in order of preference for bodies and responses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum MediaKind {
    Json,
    Form,
    Multipart,
    Text,
    Binary,
}

/// A media type without parameters, in lower case: `Application/JSON; charset=utf-8`
/// is `application/json`.
pub(super) fn essence(media: &str) -> String {
    media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn media_kind(media: &str) -> MediaKind {
    let essence = essence(media);
    if essence == "application/json"
        || essence.ends_with("+json")
        || essence == "*/*"
        || essence.ends_with("/json")
        || essence == "application/json-patch+json"
    {
        MediaKind::Json
    } else if essence == "application/x-www-form-urlencoded" {
        MediaKind::Form
    } else if essence.starts_with("multipart/") {
        MediaKind::Multipart
    } else if essence.starts_with("text/") || essence.ends_with("+xml") || essence.ends_with("/xml")
    {
        MediaKind::Text
    } else {
        MediaKind::Binary
    }
}

/// Picks the preferred media type of a request body or parameter content map: by
/// [`MediaKind`], the first of equals (the author's order).
pub(super) fn pick_media(
    content: &IndexMap<String, MediaType>,
) -> Option<(&String, &MediaType, MediaKind)> {
    content
        .iter()
        .map(|(name, media)| (name, media, media_kind(name)))
        .min_by_key(|(_, _, kind)| *kind)
}

/// Picks the media type of a response the client reads: by [`MediaKind`]; among
/// equals, one with a schema (the type to read) before one without, then a named
/// type before `*/*`, so that a client that reads JSON asks for JSON by name where it
/// can (a server told `*/*` may answer with anything).
pub(super) fn pick_response_media(
    content: &IndexMap<String, MediaType>,
) -> Option<(&String, &MediaType, MediaKind)> {
    content
        .iter()
        .map(|(name, media)| (name, media, media_kind(name)))
        .min_by_key(|(name, media, kind)| (*kind, media.schema.is_none(), name.trim() == "*/*"))
}
