// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! API operations as methods on [`Client`](crate::Client), one file per tag.
#[cfg(any(feature = "full", feature = "broken"))]
mod broken;
#[cfg(any(feature = "full", feature = "channels"))]
mod channels;
#[cfg(any(feature = "full", feature = "charges"))]
mod charges;
#[cfg(any(feature = "full", feature = "events"))]
mod events;
#[cfg(any(feature = "full", feature = "files"))]
mod files;
#[cfg(any(feature = "full", feature = "foo"))]
mod foo;
#[cfg(any(feature = "full", feature = "foo_stream"))]
mod foo_stream;
#[cfg(any(feature = "full", feature = "logs"))]
mod logs;
#[cfg(any(feature = "full", feature = "numbered"))]
mod numbered;
#[cfg(any(feature = "full", feature = "pages"))]
mod pages;
#[cfg(any(feature = "full", feature = "repos"))]
mod repos;
#[cfg(any(feature = "full", feature = "search"))]
mod search;
#[cfg(any(feature = "full", feature = "things"))]
mod things;
#[cfg(any(feature = "full", feature = "vaults"))]
mod vaults;
