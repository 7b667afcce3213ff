//! Cargo features per tag: the `features` golden crate must build without warnings
//! under each tag's feature alone (with and without `blocking`), under no feature and
//! under `full`, since a model or helper that only some feature uses would otherwise be
//! dead code or a missing type. The same check for GitHub's crate is documented in
//! `BENCHMARKS.md`.
//!
//! It runs `cargo check` in this workspace's own target directory, where the golden
//! crate's dependencies are already checked, so each run only checks the small crate.

use std::path::{Path, PathBuf};
use std::process::Command;

const CRATE: &str = "golden-features";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("generator is inside the workspace")
        .to_path_buf()
}

/// The tag features the `features` golden manifest declares: `full`'s list.
fn tag_features() -> Vec<String> {
    group_features("features")
}

/// The group features the manifest of golden crate `name` declares: `full`'s list.
fn group_features(name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
        .join("Cargo.toml");
    let manifest: toml::Table = std::fs::read_to_string(&path)
        .expect("golden manifest")
        .parse()
        .expect("manifest is TOML");
    let features = manifest["features"].as_table().expect("a [features] table");
    assert_eq!(
        features["default"].as_array().map(Vec::len),
        Some(1),
        "default is [\"full\"]"
    );
    features["full"]
        .as_array()
        .expect("full lists the tags")
        .iter()
        .map(|f| f.as_str().expect("feature names are strings").to_string())
        .collect()
}

/// Problems `cargo check` reports for the golden `krate` under `features`.
fn check(krate: &str, features: &str) -> Option<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| String::from("cargo"));
    let output = Command::new(cargo)
        .current_dir(workspace_root())
        .args([
            "check",
            "--quiet",
            "--message-format",
            "short",
            "-p",
            krate,
            "--no-default-features",
            "--features",
            features,
        ])
        .output()
        .expect("run cargo check");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let problems: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains("warning") || line.contains("error"))
        .collect();
    (!output.status.success() || !problems.is_empty())
        .then(|| format!("{krate} --features '{features}':\n{stderr}"))
}

#[test]
fn every_tag_builds_alone_without_warnings() {
    let tags = tag_features();
    assert_eq!(tags, ["pets", "stores", "users"]);
    let mut runs = vec![String::new(), String::from("full")];
    for tag in &tags {
        runs.push(tag.clone());
        runs.push(format!("{tag},blocking"));
    }
    let failures: Vec<String> = runs
        .iter()
        .filter_map(|features| check(CRATE, features))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Webhook and callback payloads are the `webhooks` feature: the crate builds
/// without warnings with and without it.
#[test]
fn webhooks_are_a_feature_of_their_own() {
    let failures: Vec<String> = ["", "webhooks", "subscriptions"]
        .iter()
        .filter_map(|features| check("golden-webhooks", features))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A document that tags no operation gets a feature per top-level path group (the
/// `bodies` golden: `/form`, `/note`, ...), and each builds alone without warnings.
#[test]
fn untagged_documents_get_a_feature_per_path_group() {
    let groups = group_features("bodies");
    assert!(groups.len() > 2, "path groups become features: {groups:?}");
    assert!(!groups.iter().any(|g| g == "default_api"), "{groups:?}");
    let failures: Vec<String> = groups
        .iter()
        .filter_map(|group| check("golden-bodies", group))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
