//! Tests of the corpus command's pure parts: reading the lists, naming crates,
//! catching panics, classifying cargo's verdicts and rendering the report.

use super::*;
use crate::cargo_json::PackageDiagnostics;

fn doc(id: &str) -> Document {
    Document {
        id: id.to_string(),
        path: PathBuf::from(format!("/cache/{id}.json")),
        version: "3.0".to_string(),
    }
}

fn job(name: &str) -> Job {
    Job {
        spec: PathBuf::from("/cache/spec.json"),
        dir: PathBuf::from(format!("/w/work/{name}")),
        crate_name: format!("corpus-{name}"),
        label: name.to_string(),
    }
}

#[test]
fn sanitizes_ids_into_crate_name_fragments() {
    let cases = [
        ("oad-small-openfigi.com", "oad-small-openfigi-com"),
        (
            "oad-small-rapidapi.com__spellcheckpro",
            "oad-small-rapidapi-com-spellcheckpro",
        ),
        ("scale-github", "scale-github"),
        ("AutoRest/Body Complex!", "autorest-body-complex"),
        ("--x--", "x"),
        ("ÿü!", "doc"),
    ];
    for (id, expected) in cases {
        assert_eq!(sanitize_id(id), expected, "id {id}");
    }
}

#[test]
fn the_report_header_names_the_selection() {
    let options = Options {
        filters: vec!["oad".to_string(), "github".to_string()],
        limit: Some(5),
        jobs: Some(2),
        keep: true,
        index: Some(PathBuf::from("/tmp/all.tsv")),
    };
    assert_eq!(
        options.command_line(),
        "cargo xtask corpus --filter oad --filter github --limit 5 --index /tmp/all.tsv"
    );
    assert_eq!(Options::default().command_line(), "cargo xtask corpus");
}

#[test]
fn colliding_names_are_numbered() {
    assert_eq!(
        unique_names(["a.b", "a-b", "a_b", "c"]),
        ["a-b", "a-b-2", "a-b-3", "c"]
    );
}

#[test]
fn reads_the_index_and_the_version_column() -> Result<()> {
    let index = parse_index("one\t/c/one.json\n\ntwo\t/c/two.yaml\n")?;
    assert_eq!(
        index,
        [
            ("one".to_string(), PathBuf::from("/c/one.json")),
            ("two".to_string(), PathBuf::from("/c/two.yaml")),
        ]
    );
    let versions =
        parse_versions("id\tpackage\tpath\topenapi\tnote\none\tnpm:x@1\tone.json\t3.1\tsmall\n");
    let documents = join_index(&index, &versions);
    assert_eq!(documents[0].version, "3.1");
    assert_eq!(
        documents[1].version, "?",
        "ids missing from visible.tsv still run"
    );

    let error = parse_index("no tab here\n").expect_err("malformed line");
    assert_eq!(
        error.to_string(),
        "index.tsv line 1: expected `id<TAB>path`, got `no tab here`"
    );
    Ok(())
}

#[test]
fn filters_match_any_substring_and_limit_applies_after() {
    let all = vec![
        doc("scale-github"),
        doc("oad-a"),
        doc("scale-stripe"),
        doc("oad-b"),
    ];
    let ids = |docs: Vec<Document>| docs.into_iter().map(|d| d.id).collect::<Vec<_>>();
    assert_eq!(ids(select(all.clone(), &[], None)).len(), 4);
    let filters = ["github".to_string(), "stripe".to_string()];
    assert_eq!(
        ids(select(all.clone(), &filters, None)),
        ["scale-github", "scale-stripe"]
    );
    assert_eq!(ids(select(all, &["oad".to_string()], Some(1))), ["oad-a"]);
}

#[test]
fn panics_are_caught_and_reported_with_their_message() -> Result<()> {
    let jobs = [job("fine"), job("broken"), job("boom")];
    let generations = generate_all(&jobs, |job| match job.label.as_str() {
        "fine" => Ok(2),
        "broken" => Err("spec.json at /paths: not an object".to_string()),
        _ => panic!("index out of bounds in {}", job.label),
    })?;
    assert_eq!(generations[0], Generation::Generated { warnings: 2 });
    assert_eq!(
        generations[1],
        Generation::Failed("spec.json at /paths: not an object".to_string())
    );
    let Generation::Panicked(message) = &generations[2] else {
        panic!("expected a panic, got {:?}", generations[2]);
    };
    assert!(
        message.starts_with("index out of bounds in boom at "),
        "{message}"
    );
    assert!(message.contains("corpus_tests.rs:"), "{message}");
    Ok(())
}

#[test]
fn classifies_cargo_verdicts_per_crate() {
    let mut result = CheckResult::default();
    let mut add = |name: &str, diagnostics: PackageDiagnostics| {
        result
            .messages
            .packages
            .insert(job(name).dir.join("Cargo.toml"), diagnostics);
    };
    add(
        "clean",
        PackageDiagnostics {
            compiled: true,
            ..Default::default()
        },
    );
    add(
        "noisy",
        PackageDiagnostics {
            warnings: 3,
            first_warning: Some("warning: unused import".to_string()),
            compiled: true,
            ..Default::default()
        },
    );
    add(
        "broken",
        PackageDiagnostics {
            errors: 1,
            first_error: Some("error[E0412]: cannot find type `X`".to_string()),
            ..Default::default()
        },
    );
    add("silent", PackageDiagnostics::default());
    result
        .rejected
        .insert(job("unloadable").dir, "TOML parse error".to_string());

    assert_eq!(result.outcome(&job("clean")), Outcome::Clean);
    assert_eq!(
        result.outcome(&job("noisy")),
        Outcome::Warnings {
            count: 3,
            first: "warning: unused import".to_string()
        }
    );
    assert_eq!(
        result.outcome(&job("broken")),
        Outcome::CompileError("error[E0412]: cannot find type `X`".to_string())
    );
    assert_eq!(
        result.outcome(&job("silent")),
        Outcome::CompileError("no library was produced; see cargo's output".to_string())
    );
    assert_eq!(
        result.outcome(&job("unloadable")),
        Outcome::CompileError("TOML parse error".to_string())
    );
    assert_eq!(
        result.outcome(&job("unknown")),
        Outcome::CompileError("cargo reported nothing for this crate".to_string())
    );
}

#[test]
fn finds_the_crate_and_the_cause_in_cargo_errors() {
    let work = Path::new("/w/work");
    let stderr = "\
error: failed to load manifest for workspace member `/w/work/petstore`
referenced by workspace at `/w/work/Cargo.toml`

Caused by:
  failed to parse manifest at `/w/work/petstore/Cargo.toml`

Caused by:
  TOML parse error at line 3, column 8
";
    assert!(mentions(stderr, work, &job("petstore")));
    assert!(
        !mentions(stderr, work, &job("pet")),
        "a name prefix is not a mention"
    );
    assert_eq!(
        cargo_failure_reason(stderr, work),
        "TOML parse error at line 3, column 8"
    );

    let resolution = "error: failed to select a version for `serde`.\n    required by package `corpus-pet v0.1.0 (/w/work/pet)`\n";
    assert!(mentions(resolution, work, &job("pet")));
    assert_eq!(
        cargo_failure_reason(resolution, work),
        "error: failed to select a version for `serde`."
    );
    assert_eq!(
        cargo_failure_reason("", work),
        "cargo failed without an error message"
    );
}

#[test]
fn report_has_a_row_per_document_and_totals() {
    let row = |id: &str, outcome: Outcome, warnings: Option<usize>| Row {
        id: id.to_string(),
        version: "3.0".to_string(),
        outcome,
        generator_warnings: warnings,
    };
    let rows = [
        row("a", Outcome::Clean, Some(0)),
        row(
            "b",
            Outcome::Warnings {
                count: 2,
                first: "warning: x | y".to_string(),
            },
            Some(1),
        ),
        row("c", Outcome::GenerateError("bad $ref".to_string()), None),
        row("d", Outcome::Panic("boom".repeat(40)), None),
    ];
    let report = render_report(&rows);
    let lines: Vec<&str> = report.lines().collect();
    assert!(
        lines[0].starts_with("| id  | version | result "),
        "{report}"
    );
    assert!(
        lines[2].starts_with("| a   | 3.0     | generated+clean "),
        "{report}"
    );
    assert!(
        lines[3].contains("| compiled with 2 warnings | warning: x \\| y "),
        "{report}"
    );
    assert!(lines[4].contains("| generate error "), "{report}");
    assert!(lines[4].ends_with(" - |"), "{report}");
    assert!(lines[5].contains("boomboomb…"), "{report}");
    assert!(
        report.contains("- generated+clean: 1\n- compiled with warnings: 1\n- compile error: 0\n")
    );
    assert!(report.contains("- generate error: 1\n- panic: 1\n"));
    assert!(report.ends_with("**1 of 4 documents (25.0%) generated and compiled warning-free.**\n"));
}

#[test]
fn a_custom_index_replaces_the_visible_corpus() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let index = dir.path().join("all.tsv");
    fs::write(&index, "extra-api\t/elsewhere/extra.yaml\n")?;
    // The root has no `../shared/corpus/visible.tsv`, so the version is unknown.
    let documents = read_index(&dir.path().join("repo"), &index)?;
    assert_eq!(
        documents,
        [Document {
            id: "extra-api".to_string(),
            path: PathBuf::from("/elsewhere/extra.yaml"),
            version: "?".to_string(),
        }]
    );
    assert!(read_index(dir.path(), &dir.path().join("missing.tsv")).is_err());
    Ok(())
}
