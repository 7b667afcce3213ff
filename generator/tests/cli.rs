//! The CLI contract: `generator --spec FILE --out DIR [--crate-name NAME]` writes a
//! self-contained crate that builds on its own.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("generator is inside the workspace")
        .to_path_buf()
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
    let manifest =
        std::fs::read_to_string(crate_dir.join("Cargo.toml")).expect("Cargo.toml written");
    assert!(
        manifest.contains("name = \"gcore-cli-check\""),
        "{manifest}"
    );
    assert!(
        manifest.contains("[workspace]"),
        "a standalone crate declares its own workspace: {manifest}"
    );
    for path in [
        "src/lib.rs",
        "src/client.rs",
        "src/models.rs",
        "src/runtime/mod.rs",
    ] {
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
    assert!(
        !dir.path().join("out").exists(),
        "nothing is written on error"
    );
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

/// The spec's file name and title are written into comments and the manifest of every
/// generated crate. A name with a newline, quotes or `*/` must stay inside the
/// `@generated` comment, and the manifest must still be valid TOML.
#[test]
fn hostile_file_names_and_titles_stay_inside_headers_and_the_manifest() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A file name cannot contain `/`, so `*/` spans a directory and the file name: the
    // header's first line names the file, its second line the whole path.
    let parent = dir.path().join("dir\n*");
    std::fs::create_dir(&parent).expect("create directory");
    let spec = parent.join("evil\nfn main() {} \"quoted\" '\u{202E}'.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.3\n\
         info: {title: \"T \\\" \\\\ '''\\n[package]\\r\\u0007\\u202E\", version: '1'}\n\
         paths: {}\n",
    )
    .expect("write spec");
    let out = dir.path().join("out");
    let output = generator()
        .arg("--spec")
        .arg(&spec)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("run the generator");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let mut pending = vec![out.clone()];
    let mut checked = 0;
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).expect("read output").flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let comment = match path.extension().and_then(|e| e.to_str()) {
                Some("toml") => "# ",
                Some("rs") => "// ",
                _ => continue,
            };
            let text = std::fs::read_to_string(&path).expect("read generated file");
            let lines: Vec<&str> = text.lines().collect();
            let origin = "evil\\u{a}fn main() {} \"quoted\" '\\u{202e}'.yaml";
            assert_eq!(lines[0], format!("{comment}@generated from `{origin}` by the OpenAPI client generator. Do not edit by hand."));
            assert!(
                lines[1].starts_with(&format!("{comment}Regenerate with: generator --spec ")),
                "{path:?}: {}",
                lines[1]
            );
            assert!(
                lines[1].contains(&format!("dir\\u{{a}}*/{origin} --out <dir>")),
                "{path:?}: {}",
                lines[1]
            );
            assert!(
                !lines[0].contains('\u{202E}') && !lines[1].contains('\u{202E}'),
                "{path:?}"
            );
            if path.extension().is_some_and(|e| e == "rs") {
                syn::parse_file(&text)
                    .unwrap_or_else(|error| panic!("{path:?} does not parse: {error}"));
            }
            checked += 1;
        }
    }
    assert!(checked > 5, "only {checked} files generated");

    let manifest: toml::Table = std::fs::read_to_string(out.join("Cargo.toml"))
        .expect("read Cargo.toml")
        .parse()
        .expect("Cargo.toml is valid TOML");
    let package = manifest["package"].as_table().expect("[package]");
    assert_eq!(
        package["description"].as_str(),
        Some("Client for T \" \\ ''' [package] \\u{7}\\u{202e}")
    );
    // No table was smuggled in through the title.
    assert_eq!(
        manifest.keys().collect::<Vec<_>>(),
        ["dependencies", "features", "lib", "package", "workspace"]
    );
}
