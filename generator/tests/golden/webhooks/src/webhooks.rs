// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! Requests the API sends to you (webhooks, and callbacks of operations) as typed events.
//!
//! Each enum has `decode(name, body)` for a request your server received: `name` is the event's name as the API description gives it (see `NAMES`), `body` the raw request body. A name the enum does not know decodes to its `Unknown` variant; a body that does not match the event's model is a [`PayloadError`]. Verify the request's signature, if the API signs them, before decoding.
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
pub use crate::runtime::webhooks::PayloadError;
/// The webhooks of the API: requests it sends to URLs you register with it, one variant per webhook. Decode a received request with `decode`, given the webhook's name and the body.
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum WebhookEvent {
    /// A pet was added.
    ///
    /// Event `newPet` (`POST`).
    NewPet(crate::models::Pet),
    /// A pet was removed; the payload is described inline.
    ///
    /// Event `pet.deleted` (`POST`).
    PetDeleted(crate::models::PetDeletedPayload),
    /// Event `ping` (`POST`, no body).
    #[deprecated]
    Ping,
    /// Event `report` (`PUT`, body `text/csv`).
    Report(String),
    /// Event `unknown` (`POST`).
    Unknown2(::serde_json::Map<String, ::serde_json::Value>),
    /// Declared once under components/pathItems.
    ///
    /// Event `shared` (`POST`).
    Shared(crate::models::SharedPayload),
    /// An event this client does not know, with its name and raw body.
    Unknown {
        /// The name it was received with.
        name: String,
        /// The raw request body.
        body: ::bytes::Bytes,
    },
}
impl WebhookEvent {
    /// The names of the events, as [`decode`](Self::decode) takes them.
    pub const NAMES: &'static [&'static str] = &[
        "newPet",
        "pet.deleted",
        "ping",
        "report",
        "unknown",
        "shared",
    ];
    /// Decodes a received request: `name` is the event's name as the API
    /// description gives it (one of [`NAMES`](Self::NAMES)), `body` the raw body.
    pub fn decode(
        name: &str,
        body: &[u8],
    ) -> ::core::result::Result<Self, PayloadError> {
        match name {
            "newPet" => crate::runtime::webhooks::json(name, body).map(Self::NewPet),
            "pet.deleted" => {
                crate::runtime::webhooks::json(name, body).map(Self::PetDeleted)
            }
            "ping" => Ok(Self::Ping),
            "report" => Ok(Self::Report(crate::runtime::webhooks::text(body))),
            "unknown" => crate::runtime::webhooks::json(name, body).map(Self::Unknown2),
            "shared" => crate::runtime::webhooks::json(name, body).map(Self::Shared),
            _ => {
                Ok(Self::Unknown {
                    name: name.to_owned(),
                    body: ::bytes::Bytes::copy_from_slice(body),
                })
            }
        }
    }
    /// The event's name, as the API description gives it.
    pub fn name(&self) -> &str {
        match self {
            Self::NewPet(_) => "newPet",
            Self::PetDeleted(_) => "pet.deleted",
            Self::Ping => "ping",
            Self::Report(_) => "report",
            Self::Unknown2(_) => "unknown",
            Self::Shared(_) => "shared",
            Self::Unknown { name, .. } => name,
        }
    }
}
/// The callbacks of [`Client::create_subscription`](crate::Client::create_subscription): requests the API sends to the URLs given in that call, one variant per callback. Decode a received request with `decode`, given the callback's name and the body.
#[allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    reason = "variants follow the API's schemas"
)]
#[derive(Debug, Clone, PartialEq)]
pub enum CreateSubscriptionCallback {
    /// An event for the subscriber.
    ///
    /// Event `onEvent` (`POST {$request.body#/callbackUrl}`).
    OnEvent(crate::models::CreateSubscriptionOnEventPayload),
    /// Event `onCancel` (`POST {$request.body#/callbackUrl}/cancel`).
    OnCancel(crate::models::Pet),
    /// Event `onPing` (`GET {$request.body#/callbackUrl}`, no body).
    OnPing,
    /// An event this client does not know, with its name and raw body.
    Unknown {
        /// The name it was received with.
        name: String,
        /// The raw request body.
        body: ::bytes::Bytes,
    },
}
impl CreateSubscriptionCallback {
    /// The names of the events, as [`decode`](Self::decode) takes them.
    pub const NAMES: &'static [&'static str] = &["onEvent", "onCancel", "onPing"];
    /// Decodes a received request: `name` is the event's name as the API
    /// description gives it (one of [`NAMES`](Self::NAMES)), `body` the raw body.
    pub fn decode(
        name: &str,
        body: &[u8],
    ) -> ::core::result::Result<Self, PayloadError> {
        match name {
            "onEvent" => crate::runtime::webhooks::json(name, body).map(Self::OnEvent),
            "onCancel" => crate::runtime::webhooks::json(name, body).map(Self::OnCancel),
            "onPing" => Ok(Self::OnPing),
            _ => {
                Ok(Self::Unknown {
                    name: name.to_owned(),
                    body: ::bytes::Bytes::copy_from_slice(body),
                })
            }
        }
    }
    /// The event's name, as the API description gives it.
    pub fn name(&self) -> &str {
        match self {
            Self::OnEvent(_) => "onEvent",
            Self::OnCancel(_) => "onCancel",
            Self::OnPing => "onPing",
            Self::Unknown { name, .. } => name,
        }
    }
}
