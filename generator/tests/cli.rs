//! The CLI contract: `generator --spec FILE --out DIR [--crate-name NAME]` writes a
//! self-contained crate that builds on its own.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("generator is inside the workspace").to_path_buf()
}

fn generator() -> Command {
    Command::new(env!("CARGO_BIN_EXE_generator"))
}

#[test]
fn generates_a_crate_that_builds_on_its_own() {
    let root = workspace_root();
    let out = tempfile::tempdir().expect("temp dir");
    let crate_dir = out.path().join("gcore");
    let status = generator()
        .args(["--spec"])
        .arg(root.join("spec/openapi.yaml"))
        .arg("--out")
        .arg(&crate_dir)
        .args(["--crate-name", "gcore-cli-check"])
        .status()
        .expect("run the generator");
    assert!(status.success(), "generator failed");
    let manifest = std::fs::read_to_string(crate_dir.join("Cargo.toml")).expect("Cargo.toml written");
    assert!(manifest.contains("name = \"gcore-cli-check\""), "{manifest}");
    assert!(manifest.contains("[workspace]"), "a standalone crate declares its own workspace: {manifest}");
    for path in ["src/lib.rs", "src/client.rs", "src/models.rs", "src/runtime/mod.rs"] {
        assert!(crate_dir.join(path).is_file(), "{path} missing");
    }

    // Build it the way a user would, reusing this workspace's lock file so the
    // dependency versions are known and no index update is needed.
    std::fs::copy(root.join("Cargo.lock"), crate_dir.join("Cargo.lock")).expect("copy lock file");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| String::from("cargo"));
    let output = Command::new(cargo)
        .arg("build")
        .arg("--manifest-path")
        .arg(crate_dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", root.join("target/cli-check"))
        .env("RUSTFLAGS", "-D warnings")
        .output()
        .expect("run cargo build");
    assert!(
        output.status.success(),
        "the generated crate does not build:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn reports_errors_with_location_and_exit_code() {
    let dir = tempfile::tempdir().expect("temp dir");
    let spec = dir.path().join("broken.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n",
    )
    .expect("write spec");
    let output = generator()
        .arg("--spec")
        .arg(&spec)
        .arg("--out")
        .arg(dir.path().join("out"))
        .output()
        .expect("run the generator");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("error:"), "{stderr}");
    assert!(stderr.contains("/components/schemas/A"), "{stderr}");
    assert!(stderr.contains("#/components/schemas/B"), "{stderr}");
    assert!(!dir.path().join("out").exists(), "nothing is written on error");
}

#[test]
fn parse_only_writes_nothing() {
    let root = workspace_root();
    let status = generator()
        .arg("--spec")
        .arg(root.join("spec/openapi.yaml"))
        .arg("--parse-only")
        .status()
        .expect("run the generator");
    assert!(status.success());
}

#[test]
fn missing_file_is_a_clear_error() {
    let output = generator()
        .args(["--spec", "/nonexistent/spec.yaml", "--out", "/tmp/never"])
        .output()
        .expect("run the generator");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("/nonexistent/spec.yaml"), "{stderr}");
}
