// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! API operations as methods on [`Client`](crate::Client), one file per tag.
#[cfg(feature = "broken")]
mod broken;
#[cfg(feature = "channels")]
mod channels;
#[cfg(feature = "charges")]
mod charges;
#[cfg(feature = "events")]
mod events;
#[cfg(feature = "files")]
mod files;
#[cfg(feature = "foo")]
mod foo;
#[cfg(feature = "foo_stream")]
mod foo_stream;
#[cfg(feature = "logs")]
mod logs;
#[cfg(feature = "numbered")]
mod numbered;
#[cfg(feature = "pages")]
mod pages;
#[cfg(feature = "repos")]
mod repos;
#[cfg(feature = "search")]
mod search;
#[cfg(feature = "things")]
mod things;
#[cfg(feature = "vaults")]
mod vaults;
