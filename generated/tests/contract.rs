//! Contract test: the generated client against Stoplight Prism serving `spec/openapi.yaml`.
//!
//! Prism validates every request we send against the spec (with `--errors` an invalid
//! request gets 401 or 422 instead of a mock), and it validates its own mock responses
//! too (an example that breaks the spec becomes a 500). So each successful call below
//! proves two things: the request matches the spec, and the client parses a response
//! that matches the spec.
//!
//! Prism is installed by the test itself (see `contract/prism.rs`); the first run needs
//! npm and the registry, later runs reuse `target/prism`.
//!
//! All cases share one Prism process, so they run as tasks inside a single test
//! function: the server is killed when that function returns or unwinds, which a server
//! kept in a `static` would never be. Every case runs even if another fails, and the
//! failure message lists all of them.

#![allow(deprecated)] // `list_reservations` is deprecated in the spec, and tested here on purpose.

#[path = "contract/prism.rs"]
mod prism;

#[path = "contract/cases.rs"]
mod cases;

#[path = "contract/negative.rs"]
mod negative;

#[path = "contract/reports.rs"]
mod reports;

use std::time::Instant;

use prism::Prism;

/// Where the Prism server listens.
#[derive(Clone, Debug)]
pub struct Servers {
    /// Prism with `--errors`: violations become error responses.
    pub strict: String,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generated_client_against_prism() {
    let started = Instant::now();
    let bin = prism::ensure_installed().await;
    let installed = started.elapsed();

    // Every example in the spec validates against its schema, so one strict server
    // serves them all.
    let strict = Prism::start(&bin).await;
    let ready = started.elapsed();
    let servers = Servers {
        strict: strict.base_url(),
    };

    let mut running = Vec::new();
    for (name, case) in cases::all() {
        running.push((name, tokio::spawn(case(servers.clone()))));
    }
    let mut failures = Vec::new();
    for (name, handle) in running {
        match handle.await {
            Ok(()) => eprintln!("contract case passed: {name}"),
            Err(e) => failures.push(format!("- {name}: {}", panic_text(e))),
        }
    }
    eprintln!(
        "Prism {}: install check {installed:?}, server ready after {ready:?}, all cases done after {:?}",
        prism::PRISM_VERSION,
        started.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} contract case(s) failed:\n{}\n\nPrism server:\n{}",
        failures.len(),
        failures.join("\n"),
        strict.logs()
    );
}

/// The message of a panicked case task.
fn panic_text(error: tokio::task::JoinError) -> String {
    if !error.is_panic() {
        return error.to_string();
    }
    let payload = error.into_panic();
    if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else {
        "a panic without a message".to_owned()
    }
}
