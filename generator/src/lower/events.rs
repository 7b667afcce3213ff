//! Webhooks and callbacks -> event enums: requests the API sends to its users.
//!
//! Each webhook (`webhooks`, or `x-webhooks` in 3.0 documents) and each callback of an
//! operation is one event. Its payload is the request body of the operation that
//! delivers it (the `POST` when there is one, else the first with a body), lowered
//! like any body: a component schema is its model, an inline schema becomes a model
//! named after the event (`{Webhook}Payload`, `{Operation}{Callback}Payload`). The
//! webhooks form one enum, `WebhookEvent`; the callbacks of an operation form
//! `{Operation}Callback`. Parameters of these operations (GitHub's `X-GitHub-Event`
//! headers, say) describe the delivery, not the payload, and are not read.
//!
//! An event whose payload schema cannot be lowered (a `$ref` to nothing) is left out
//! with a warning instead of failing the document: the client works without it.

use super::media::{pick_media, MediaKind};
use super::schema::Binary;
use super::{refs, Lowerer};
use crate::error::Error;
use crate::ir::{Event, EventPayload, EventSet, Ident, TypeRef};
use crate::names::{self, NameSet};
use crate::pointer::escape as esc;
use openapiv3::{Operation as OpenApiOperation, PathItem};

/// Name of the enum of all webhooks.
const WEBHOOK_ENUM: &str = "WebhookEvent";

/// Callbacks of one operation, lowered while the operation is; the enum gets its final
/// name once every event set is known.
#[derive(Clone, Debug)]
pub(crate) struct PendingCallbacks {
    /// The enum name wanted, `{Operation}Callback`.
    pub(crate) wanted: String,
    pub(crate) set: EventSet,
}

impl<'a> Lowerer<'a> {
    /// The callbacks of `op` (lowered as `method_name`, `camel` in type names), if any.
    pub(crate) fn lower_callbacks(
        &mut self,
        op: &'a OpenApiOperation,
        method_name: &Ident,
        camel: &str,
        pointer: &str,
    ) {
        if op.callbacks.is_empty() {
            return;
        }
        let mut variants = variant_names();
        let mut events = Vec::new();
        for (key, callback) in &op.callbacks {
            let callback_pointer = format!("{pointer}/callbacks/{}", esc(key));
            let hint = format!("{camel}{}Payload", names::type_part(key));
            let delivery = callback.iter().find_map(|(expression, item)| {
                delivering(item).map(|(method, op)| (expression, method, op))
            });
            let Some((expression, method, delivery)) = delivery else {
                self.warn(
                    &callback_pointer,
                    format!("callback `{key}` has no operation; it is not in the callback enum"),
                );
                continue;
            };
            let op_pointer = format!("{callback_pointer}/{}/{method}", esc(expression));
            let request = format!("{} {expression}", method.to_ascii_uppercase());
            if let Some(event) =
                self.event(key, &request, delivery, &hint, &op_pointer, &mut variants)
            {
                events.push(event);
            }
        }
        if events.is_empty() {
            return;
        }
        let plain = method_name.plain();
        let docs = format!(
            "The callbacks of [`Client::{plain}`](crate::Client::{plain}): requests the API sends to \
             the URLs given in that call, one variant per callback. Decode a received request with \
             `decode`, given the callback's name and the body."
        );
        self.pending_callbacks.push(PendingCallbacks {
            wanted: format!("{camel}Callback"),
            set: EventSet {
                name: String::new(),
                docs,
                events,
            },
        });
    }

    /// All event enums: `WebhookEvent` first (when the document has webhooks), then
    /// the callback enums in operation order, with unique names.
    pub(crate) fn lower_events(&mut self) -> Vec<EventSet> {
        let mut enum_names = NameSet::new();
        // The generated `webhooks` module re-exports the runtime's payload error.
        enum_names.reserve("PayloadError");
        let mut sets = Vec::new();
        let mut variants = variant_names();
        let mut events = Vec::new();
        let doc = self.doc;
        for webhook in &doc.webhooks {
            let Some((method, delivery)) = delivering(&webhook.item) else {
                self.warn(
                    &webhook.pointer,
                    format!(
                        "webhook `{}` has no operation; it is not in {WEBHOOK_ENUM}",
                        webhook.name
                    ),
                );
                continue;
            };
            let others = webhook
                .item
                .iter()
                .filter(|(m, op)| *m != method && op.request_body.is_some())
                .count();
            if others > 0 {
                self.warn(
                    &webhook.pointer,
                    format!("webhook `{}` has requests with a body besides its {}; only that one is decoded", webhook.name, method.to_ascii_uppercase()),
                );
            }
            let hint = format!("{}Payload", names::type_part(&webhook.name));
            let pointer = format!("{}/{method}", webhook.pointer);
            let request = method.to_ascii_uppercase();
            if let Some(event) = self.event(
                &webhook.name,
                &request,
                delivery,
                &hint,
                &pointer,
                &mut variants,
            ) {
                events.push(event);
            }
        }
        if !events.is_empty() {
            let docs = String::from(
                "The webhooks of the API: requests it sends to URLs you register with it, one variant \
                 per webhook. Decode a received request with `decode`, given the webhook's name and \
                 the body.",
            );
            sets.push(EventSet {
                name: enum_names.claim(WEBHOOK_ENUM),
                docs,
                events,
            });
        }
        for pending in std::mem::take(&mut self.pending_callbacks) {
            let mut set = pending.set;
            set.name = enum_names.claim(&names::type_name(&pending.wanted));
            sets.push(set);
        }
        sets
    }

    /// One event delivered by `op`; `None` (with a warning) when its payload cannot
    /// be lowered.
    fn event(
        &mut self,
        key: &str,
        request: &str,
        op: &'a OpenApiOperation,
        hint: &str,
        pointer: &str,
        variants: &mut NameSet,
    ) -> Option<Event> {
        let errors_before = self.errors.len();
        let payload = match &op.request_body {
            None => EventPayload::None,
            Some(body) => self.payload(body, hint, &format!("{pointer}/requestBody")),
        };
        if self.errors.len() > errors_before {
            let errors: Vec<Error> = self.errors.drain(errors_before..).collect();
            for error in errors {
                let reason = match error {
                    Error::DanglingRef { reference, .. } => {
                        format!("$ref `{reference}` points to nothing in the document")
                    }
                    other => other.to_string(),
                };
                self.warn(pointer, format!("the payload of event `{key}` cannot be read ({reason}); the event is left out"));
            }
            return None;
        }
        Some(Event {
            key: key.to_string(),
            variant: variants.claim(&names::type_name(key)),
            request: request.to_string(),
            summary: op.summary.clone(),
            description: op.description.clone(),
            deprecated: op.deprecated,
            payload,
        })
    }

    fn payload(
        &mut self,
        body: &'a openapiv3::ReferenceOr<openapiv3::RequestBody>,
        hint: &str,
        pointer: &str,
    ) -> EventPayload {
        let Some(body) =
            self.resolve_component(body, |c| &c.request_bodies, &refs::REQUEST_BODY, pointer)
        else {
            return EventPayload::Json(TypeRef::Json);
        };
        let Some((media_name, media, kind)) = pick_media(&body.content) else {
            return EventPayload::None;
        };
        match kind {
            MediaKind::Json => EventPayload::Json(match &media.schema {
                Some(schema) => {
                    let schema_pointer = format!("{pointer}/content/{}/schema", esc(media_name));
                    self.schema_type(schema, hint, &schema_pointer, Binary::AsString)
                }
                None => TypeRef::Json,
            }),
            MediaKind::Text => EventPayload::Text(media_name.clone()),
            MediaKind::Form | MediaKind::Multipart | MediaKind::Binary => {
                EventPayload::Bytes(media_name.clone())
            }
        }
    }
}

/// The operation of a path item that delivers its event: the `POST`, else the first
/// with a request body, else the first.
fn delivering(item: &PathItem) -> Option<(&str, &OpenApiOperation)> {
    let mut operations = item.iter();
    item.post
        .as_ref()
        .map(|op| ("post", op))
        .or_else(|| item.iter().find(|(_, op)| op.request_body.is_some()))
        .or_else(|| operations.next())
}

/// Variant names of one event enum; `Unknown` holds events the client does not know.
fn variant_names() -> NameSet {
    let mut variants = NameSet::new();
    variants.reserve("Unknown");
    variants
}
