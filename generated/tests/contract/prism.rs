//! Installs Stoplight Prism from npm and runs it as a mock of `spec/openapi.yaml` on
//! 127.0.0.1, so that the contract test talks to a validator we did not write.
//!
//! The install goes to `<target>/prism` and happens only when the pinned version is not
//! there yet. A server lives as long as its [`Prism`] value: dropping it (also while a
//! failing test unwinds) kills the process.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::{Child, Command};
use tokio::task::JoinHandle;

/// The Prism release the test runs; bump it on purpose, since its validation rules can
/// change between releases.
pub const PRISM_VERSION: &str = "5.14.2";

/// How long `npm install` may take; a registry that stalls must not hang the test run.
const INSTALL_TIMEOUT: Duration = Duration::from_secs(600);

/// How long Prism may take to start listening before the test gives up.
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// How many free ports are tried when another process grabs the chosen one first.
const PORT_ATTEMPTS: usize = 5;

/// The most log text kept per stream; older text is dropped first.
const LOG_LIMIT: usize = 256 * 1024;

/// How much of each log a failure message shows.
const SHOWN_LOG: usize = 16 * 1024;

/// The workspace root: the parent of this crate's manifest directory.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the generated crate lives inside the workspace")
        .to_path_buf()
}

/// The API description Prism serves.
pub fn spec_path() -> PathBuf {
    workspace_root().join("spec").join("openapi.yaml")
}

/// Cargo's target directory: `CARGO_TARGET_DIR` when set (relative paths are taken from
/// the workspace root), otherwise `<workspace>/target`.
fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                workspace_root().join(dir)
            }
        }
        _ => workspace_root().join("target"),
    }
}

/// The version recorded in an installed Prism's `package.json`, if there is one.
fn installed_version(prefix: &Path) -> Option<String> {
    let manifest = prefix
        .join("node_modules")
        .join("@stoplight")
        .join("prism-cli")
        .join("package.json");
    let text = std::fs::read_to_string(manifest).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json.get("version")?.as_str().map(str::to_owned)
}

/// The `prism` launcher inside an npm prefix.
fn launcher(prefix: &Path) -> PathBuf {
    prefix.join("node_modules").join(".bin").join("prism")
}

/// Makes sure the pinned Prism is installed and returns the path of its launcher.
///
/// npm installs into a staging directory private to this process, which is then renamed
/// into place. A rename is atomic, so a concurrent test process either sees no install
/// or a complete one, and the loser of a race simply uses the winner's copy.
pub async fn ensure_installed() -> PathBuf {
    let prefix = target_dir().join("prism");
    let bin = launcher(&prefix);
    let found = installed_version(&prefix);
    if bin.exists() && found.as_deref() == Some(PRISM_VERSION) {
        return bin;
    }
    if prefix.exists() {
        // An install of another version, or one left unfinished by hand, is replaced.
        std::fs::remove_dir_all(&prefix).unwrap_or_else(|e| {
            panic!(
                "cannot remove the stale Prism install at {} (version {found:?}): {e}",
                prefix.display()
            )
        });
    }
    let staging = target_dir().join(format!("prism.staging-{}", std::process::id()));
    // A directory left by an earlier process with the same id is garbage.
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", staging.display()));
    let package = format!("@stoplight/prism-cli@{PRISM_VERSION}");
    eprintln!("installing {package} into {} with npm", prefix.display());
    let install = Command::new("npm")
        .arg("install")
        .arg("--prefix")
        .arg(&staging)
        .args(["--no-audit", "--no-fund", "--no-update-notifier"])
        .arg(&package)
        // Prism pulls in an install-analytics package; it must not try to phone home.
        .env("SCARF_ANALYTICS", "false")
        .stdin(Stdio::null())
        .kill_on_drop(true)
        .output();
    let output = match tokio::time::timeout(INSTALL_TIMEOUT, install).await {
        Ok(output) => output,
        Err(_) => {
            let _ = std::fs::remove_dir_all(&staging);
            panic!(
                "`npm install {package}` did not finish within {INSTALL_TIMEOUT:?}; \
                 is the npm registry reachable?"
            );
        }
    };
    if output.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    let output = match output {
        Ok(output) => output,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "`npm` was not found on PATH. The contract test installs Prism ({package}) with \
             npm, so install Node.js (18 or later) with npm and run the test again"
        ),
        Err(e) => panic!("cannot run `npm install {package}`: {e}"),
    };
    if !output.status.success() || !launcher(&staging).exists() {
        let _ = std::fs::remove_dir_all(&staging);
        panic!(
            "`npm install {package}` failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    if let Err(e) = std::fs::rename(&staging, &prefix) {
        let _ = std::fs::remove_dir_all(&staging);
        if installed_version(&prefix).as_deref() != Some(PRISM_VERSION) {
            panic!(
                "cannot move the Prism install into {}: {e}",
                prefix.display()
            );
        }
    }
    bin
}

/// Text a child process printed, shared with the tasks that read its pipes.
type Log = Arc<Mutex<String>>;

/// A running Prism mock server; dropping it kills the process.
#[derive(Debug)]
pub struct Prism {
    child: Child,
    port: u16,
    stdout: Log,
    stderr: Log,
    readers: Vec<JoinHandle<()>>,
}

/// Why one start attempt failed.
enum StartError {
    /// Another process took the port between choosing it and Prism binding it.
    PortTaken,
    /// Anything else; the text explains it and includes Prism's output.
    Fatal(String),
}

impl Prism {
    /// Starts Prism on a free port of 127.0.0.1 and waits until it accepts connections.
    ///
    /// Prism runs with `--errors`: an invalid request gets 401 or 422 instead of a mock,
    /// and a mock response that breaks the spec becomes a 500.
    pub async fn start(bin: &Path) -> Prism {
        for _ in 0..PORT_ATTEMPTS {
            let port = free_port();
            match Prism::try_start(bin, port).await {
                Ok(prism) => return prism,
                Err(StartError::PortTaken) => continue,
                Err(StartError::Fatal(message)) => panic!("{message}"),
            }
        }
        panic!("Prism could not bind a free port in {PORT_ATTEMPTS} attempts");
    }

    /// One attempt to start Prism on `port`.
    async fn try_start(bin: &Path, port: u16) -> Result<Prism, StartError> {
        let mut command = Command::new(bin);
        command
            .arg("mock")
            .arg(spec_path())
            // Prism must never listen on anything but the loopback address.
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .arg("--errors");
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| StartError::Fatal(format!("cannot run {}: {e}", bin.display())))?;
        let stdout = Log::default();
        let stderr = Log::default();
        // The pipes are drained for the whole life of the server: Prism logs every
        // request, and a full pipe would block it.
        let readers = vec![
            drain(
                child.stdout.take().expect("stdout is piped"),
                stdout.clone(),
            ),
            drain(
                child.stderr.take().expect("stderr is piped"),
                stderr.clone(),
            ),
        ];
        let mut prism = Prism {
            child,
            port,
            stdout,
            stderr,
            readers,
        };
        prism.wait_until_listening().await?;
        Ok(prism)
    }

    /// Polls until Prism says it listens on our port and a connection succeeds.
    ///
    /// Prism's own log line is required besides the connection, so that a different
    /// process that grabbed the port is never mistaken for Prism.
    async fn wait_until_listening(&mut self) -> Result<(), StartError> {
        let started = Instant::now();
        let banner = format!("Prism is listening on http://127.0.0.1:{}", self.port);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                self.finish_reading().await;
                let stderr = text(&self.stderr);
                if stderr.contains("EADDRINUSE") {
                    return Err(StartError::PortTaken);
                }
                return Err(StartError::Fatal(format!(
                    "Prism exited with {status} before listening:\n{}",
                    self.logs()
                )));
            }
            if text(&self.stdout).contains(&banner)
                && tokio::net::TcpStream::connect(("127.0.0.1", self.port))
                    .await
                    .is_ok()
            {
                return Ok(());
            }
            if started.elapsed() > START_TIMEOUT {
                return Err(StartError::Fatal(format!(
                    "Prism did not listen on port {} within {START_TIMEOUT:?}:\n{}",
                    self.port,
                    self.logs()
                )));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits briefly for the pipe readers, so that the output of an exited process is
    /// complete before it is shown.
    async fn finish_reading(&mut self) {
        for reader in self.readers.drain(..) {
            let _ = tokio::time::timeout(Duration::from_secs(2), reader).await;
        }
    }

    /// The base URL of the server, for the client under test.
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The end of what Prism printed, for failure messages: Prism logs each request
    /// and its validation verdict, so the last lines explain a failed case.
    pub fn logs(&self) -> String {
        let mut out = String::new();
        let _ = write!(
            out,
            "--- Prism stdout (last {SHOWN_LOG} bytes)\n{}\n--- Prism stderr (last {SHOWN_LOG} bytes)\n{}",
            tail(&text(&self.stdout), SHOWN_LOG),
            tail(&text(&self.stderr), SHOWN_LOG)
        );
        out
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        // `kill_on_drop` would do this too; killing here first makes the intent explicit
        // and works even if the child handle outlives the runtime.
        let _ = self.child.start_kill();
        for reader in &self.readers {
            reader.abort();
        }
    }
}

/// A port on 127.0.0.1 that was free a moment ago; the caller retries if it is taken.
fn free_port() -> u16 {
    let listener =
        std::net::TcpListener::bind(("127.0.0.1", 0)).expect("can bind an ephemeral port");
    listener
        .local_addr()
        .expect("a bound listener has an address")
        .port()
}

/// Copies lines from a child's pipe into `log`, keeping at most [`LOG_LIMIT`] bytes.
fn drain(pipe: impl AsyncRead + Unpin + Send + 'static, log: Log) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut reader = BufReader::new(pipe);
        let mut line = Vec::new();
        // Bytes rather than `lines()`: one line of invalid UTF-8 must not stop the
        // draining, or Prism would block on a full pipe.
        while matches!(reader.read_until(b'\n', &mut line).await, Ok(n) if n > 0) {
            let mut log = log.lock().expect("log lock is never poisoned");
            log.push_str(&String::from_utf8_lossy(&line));
            line.clear();
            if log.len() > LOG_LIMIT {
                let cut = log.len() - tail(&log, LOG_LIMIT).len();
                log.drain(..cut);
            }
        }
    })
}

/// The last `limit` bytes of `text`, cut on a character boundary.
fn tail(text: &str, limit: usize) -> &str {
    let mut cut = text.len().saturating_sub(limit);
    while !text.is_char_boundary(cut) {
        cut += 1;
    }
    &text[cut..]
}

/// A copy of a log's text.
fn text(log: &Log) -> String {
    log.lock().expect("log lock is never poisoned").clone()
}
