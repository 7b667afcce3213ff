// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! API operations as methods on [`Client`](crate::Client), one file per tag.
#[cfg(feature = "a")]
mod a;
#[cfg(feature = "b")]
mod b;
#[cfg(feature = "c")]
mod c;
#[cfg(feature = "d")]
mod d;
#[cfg(feature = "e")]
mod e;
#[cfg(feature = "f")]
mod f;
#[cfg(feature = "g")]
mod g;
