// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! API operations as methods on [`Client`](crate::Client), one file per tag.
#[cfg(any(feature = "full", feature = "a"))]
mod a;
#[cfg(any(feature = "full", feature = "b"))]
mod b;
#[cfg(any(feature = "full", feature = "c"))]
mod c;
#[cfg(any(feature = "full", feature = "d"))]
mod d;
#[cfg(any(feature = "full", feature = "e"))]
mod e;
#[cfg(any(feature = "full", feature = "f"))]
mod f;
#[cfg(any(feature = "full", feature = "g"))]
mod g;
