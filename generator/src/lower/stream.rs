//! Streamed responses: which success response is read as a sequence of items (Server-
//! Sent Events, JSON Lines, JSON text sequences), the type of each item, the sentinel
//! that ends the stream, and whether the stream is the operation's response or comes
//! as a second method next to a response in another media type.
//!
//! The item schema is the media type's `schema` (OpenAPI 3.2's `itemSchema` is moved
//! there by `load`; 3.0/3.1 documents describe the items of a stream that way). For
//! an event stream it may describe the whole event, an object with `data` and the
//! other SSE fields; then `data`'s schema is the item type. Otherwise it describes the
//! data itself. Data whose schema is a string is kept as text; anything else is JSON.

use super::refs;
use super::schema::Binary;
use super::Lowerer;
use crate::ir::{Decode, ItemStream, StreamFraming, TypeRef};
use crate::pointer::escape as esc;
use openapiv3::{Operation, ReferenceOr, Response, Schema, SchemaKind, StatusCode, Type};

/// The media type extension that names the data ending a stream, e.g.
/// `x-stream-sentinel: "[DONE]"`.
pub(crate) const SENTINEL_EXTENSION: &str = "x-stream-sentinel";

/// The SSE fields an event schema may describe.
const EVENT_FIELDS: [&str; 4] = ["event", "data", "id", "retry"];

/// How a body of this media type is split into items, if it is a stream.
pub(super) fn framing(media: &str) -> Option<StreamFraming> {
    let essence = super::media::essence(media);
    match essence.as_str() {
        "text/event-stream" => Some(StreamFraming::Events),
        "application/jsonl" | "application/x-ndjson" => Some(StreamFraming::JsonLines),
        "application/json-seq" => Some(StreamFraming::JsonSeq),
        _ => None,
    }
}

/// The end of the name of the method that asks for a stream (`<operation>_<suffix>`).
pub(super) fn variant_suffix(framing: StreamFraming) -> &'static str {
    match framing {
        StreamFraming::Events => "events",
        StreamFraming::JsonLines | StreamFraming::JsonSeq => "items",
    }
}

/// What [`Lowerer::lower_stream`] decides for an operation.
pub(super) enum StreamDecision {
    /// The stream is all the operation returns on success: its method returns it.
    Replace(ItemStream),
    /// The stream is offered next to another media type: a second method asks for it.
    Variant(ItemStream),
}

impl<'a> Lowerer<'a> {
    /// Finds the first streamed media type among the success responses of `op`. A
    /// [`StreamDecision::Variant`]'s method is named later, once every operation has
    /// its name.
    pub(super) fn lower_stream(
        &mut self,
        op: &'a Operation,
        camel: &str,
        pointer: &str,
    ) -> Option<StreamDecision> {
        let responses = &op.responses;
        let mut successes: Vec<(&'a ReferenceOr<Response>, String)> = responses
            .responses
            .iter()
            .filter_map(|(code, response)| match code {
                StatusCode::Code(code @ 200..=299) => {
                    Some((response, format!("{pointer}/responses/{code}")))
                }
                StatusCode::Range(2) => Some((response, format!("{pointer}/responses/2XX"))),
                _ => None,
            })
            .collect();
        if successes.is_empty() {
            if let Some(default) = &responses.default {
                successes.push((default, format!("{pointer}/responses/default")));
            }
        }
        let single = successes.len() == 1;
        for (response, response_pointer) in successes {
            let Some(response) = self.resolve_component(
                response,
                |c| &c.responses,
                &refs::RESPONSE,
                &response_pointer,
            ) else {
                continue;
            };
            let Some((media_name, media, framing)) = response
                .content
                .iter()
                .find_map(|(media_name, media)| Some((media_name, media, framing(media_name)?)))
            else {
                continue;
            };
            let media_pointer = format!("{response_pointer}/content/{}", esc(media_name));
            let (item, decode) = match (&media.schema, framing) {
                (None, StreamFraming::Events) => (TypeRef::String, Decode::Text),
                (None, _) => (TypeRef::Json, Decode::Json),
                (Some(schema), StreamFraming::Events) => self.event_data(
                    schema,
                    &format!("{camel}Event"),
                    &format!("{media_pointer}/schema"),
                ),
                (Some(schema), _) => {
                    let ty = self.schema_type(
                        schema,
                        &format!("{camel}Item"),
                        &format!("{media_pointer}/schema"),
                        Binary::AsString,
                    );
                    (ty, Decode::Json)
                }
            };
            let sentinel = match media.extensions.get(SENTINEL_EXTENSION) {
                Some(serde_json::Value::String(text)) => Some(text.clone()),
                Some(_) => {
                    self.warn(
                        &format!("{media_pointer}/{SENTINEL_EXTENSION}"),
                        "the stream sentinel is not a string; ignored",
                    );
                    self.config.stream_sentinel.clone()
                }
                None => self.config.stream_sentinel.clone(),
            };
            let stream = ItemStream {
                framing,
                media_type: media_name.clone(),
                item,
                decode,
                sentinel,
            };
            let only = single && response.content.keys().all(|m| self::framing(m).is_some());
            if only {
                return Some(StreamDecision::Replace(stream));
            }
            return Some(StreamDecision::Variant(stream));
        }
        None
    }

    /// The type of an event's data: from the `data` property when the schema describes
    /// the whole event, from the schema itself otherwise.
    fn event_data(
        &mut self,
        schema: &ReferenceOr<Schema>,
        hint: &str,
        pointer: &str,
    ) -> (TypeRef, Decode) {
        let resolved = self.resolve_schema(schema);
        let data = resolved.and_then(|s| match &s.schema_kind {
            SchemaKind::Type(Type::Object(object))
                if object.properties.contains_key("data")
                    && object
                        .properties
                        .keys()
                        .all(|k| EVENT_FIELDS.contains(&k.as_str())) =>
            {
                object.properties.get("data")
            }
            _ => None,
        });
        let Some(data) = data else {
            if resolved.is_some_and(is_text) {
                return (TypeRef::String, Decode::Text);
            }
            return (
                self.schema_type(schema, hint, pointer, Binary::AsString),
                Decode::Json,
            );
        };
        let data_pointer = match schema {
            ReferenceOr::Reference { reference } => {
                format!("{}/properties/data", reference.trim_start_matches('#'))
            }
            ReferenceOr::Item(_) => format!("{pointer}/properties/data"),
        };
        let data = data.clone();
        let text = match &data {
            ReferenceOr::Item(schema) => is_text(schema),
            ReferenceOr::Reference { reference } => {
                let target = ReferenceOr::Reference {
                    reference: reference.clone(),
                };
                self.resolve_schema(&target).is_some_and(is_text)
            }
        };
        if text {
            return (TypeRef::String, Decode::Text);
        }
        (
            self.boxed_schema_type(&data, hint, &data_pointer, Binary::AsString),
            Decode::Json,
        )
    }
}

/// A string schema: SSE data that is plain text.
fn is_text(schema: &Schema) -> bool {
    matches!(schema.schema_kind, SchemaKind::Type(Type::String(_)))
}
