//! Command-line interface: a thin wrapper over the library.

use anyhow::Context;
use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

// Generation allocates millions of small token trees on two threads; glibc's allocator
// spent about 40% of GitHub's generation time in malloc and free (perf), mimalloc a
// fraction of that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generate a Rust client crate from an OpenAPI 3.0/3.1 or Swagger 2.0 document.
#[derive(Debug, Parser)]
#[command(name = "generator", version)]
struct Cli {
    /// The API description (YAML or JSON).
    #[arg(long, value_name = "FILE")]
    spec: PathBuf,
    /// Directory to write the crate to (Cargo.toml and src/); created if missing.
    /// Files that the previous run listed in DIR/.generated-files and this run no
    /// longer writes are deleted; nothing else is.
    #[arg(long, value_name = "DIR", required_unless_present = "parse_only")]
    out: Option<PathBuf>,
    /// Cargo package name of the generated crate.
    #[arg(long, value_name = "NAME")]
    crate_name: Option<String>,
    /// Generator config file (TOML); see README.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Also write `tests/conformance.rs`: every operation called with values from the
    /// document against the mock server in `CONFORMANCE_BASE_URL`, and every example
    /// decoded and re-encoded (the config key `conformance = true` does the same).
    #[arg(long)]
    conformance: bool,
    /// Only load and validate the document (for benchmarks); write nothing.
    #[arg(long)]
    parse_only: bool,
    /// Do not print warnings.
    #[arg(long, short)]
    quiet: bool,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    if cli.parse_only {
        let doc = generator::load::load_path(&cli.spec)?;
        if !cli.quiet {
            for warning in &doc.warnings {
                eprintln!("{warning}");
            }
        }
        return Ok(());
    }
    let mut config = match &cli.config {
        Some(path) => generator::Config::from_path(path)?,
        None => generator::Config::default(),
    };
    config.conformance |= cli.conformance;
    let out = cli.out.context("--out is required")?;
    let options = generator::Options {
        crate_name: cli.crate_name,
        config,
        workspace_member: false,
        regenerate_command: None,
    };
    let output = generator::generate(&cli.spec, &options)?;
    if !cli.quiet {
        for warning in &output.warnings {
            eprintln!("{warning}");
        }
    }
    output
        .write_to(&out)
        .with_context(|| format!("cannot write the crate to {}", out.display()))?;
    eprintln!(
        "wrote {} files to {} ({} warnings)",
        output.files.len(),
        out.display(),
        output.warnings.len()
    );
    Ok(())
}
