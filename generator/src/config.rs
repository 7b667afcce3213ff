//! The generator's configuration file: what a spec cannot say.
//!
//! Everything here is optional; the generator works on any spec without a config.
//! The Gcore client's config lives in `spec/generator.toml`.

use crate::error::Error;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Settings read from a TOML file.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Cargo package name of the generated crate (the CLI's `--crate-name` wins).
    pub crate_name: Option<String>,
    /// Version written into the generated `Cargo.toml` (default `0.1.0`).
    pub crate_version: Option<String>,
    /// Prefix of the environment variables `<PREFIX>_API_KEY` and `<PREFIX>_BASE_URL`
    /// read by `from_env()`; defaults to the crate name in upper snake case.
    pub env_prefix: Option<String>,
    /// Base URL used when the caller sets none; defaults to the first server.
    pub base_url: Option<String>,
    /// Emit `tests/conformance.rs`: one call per operation against the validating mock
    /// server in `CONFORMANCE_BASE_URL`, and a round trip of every document example
    /// (the CLI's `--conformance` sets it too).
    #[serde(default)]
    pub conformance: bool,
    /// Per security scheme (by its name in `components.securitySchemes`): a prefix put
    /// before the API key in the header value, e.g. `"APIKey "`.
    #[serde(default)]
    pub api_key_prefix: BTreeMap<String, String>,
    /// Offset pagination by `operationId`, for operations the detector does not find.
    #[serde(default)]
    pub pagination: BTreeMap<String, PaginationConfig>,
    /// Operations (by `operationId`) that must not get a pagination stream even though
    /// they look paginated.
    #[serde(default)]
    pub no_pagination: Vec<String>,
    /// Operations (by `operationId`) whose method is not idempotent but which are safe
    /// to repeat (e.g. a report computed by a POST): the runtime retries them like a
    /// GET instead of only when the request was never processed.
    #[serde(default)]
    pub retry_safe: Vec<String>,
    /// Extra `[dev-dependencies]` of the generated crate, as TOML values.
    #[serde(default)]
    pub dev_dependencies: BTreeMap<String, toml::Value>,
}

/// Names (on the wire) of the fields that drive offset pagination.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PaginationConfig {
    #[serde(default = "default_offset")]
    pub offset: String,
    #[serde(default = "default_items")]
    pub items: String,
    #[serde(default = "default_total")]
    pub total: Option<String>,
}

fn default_offset() -> String {
    String::from("offset")
}

fn default_items() -> String {
    String::from("results")
}

fn default_total() -> Option<String> {
    Some(String::from("count"))
}

impl Config {
    /// Reads and validates a config file.
    pub fn from_path(path: &Path) -> Result<Config, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Config::from_toml(&text).map_err(|message| Error::Config {
            path: path.to_path_buf(),
            message,
        })
    }

    /// Parses config text; the error is a message for [`Error::Config`].
    pub fn from_toml(text: &str) -> Result<Config, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_full_config() {
        let config = Config::from_toml(
            r#"
            crate-name = "gcore-billing"
            env-prefix = "GCORE"
            api-key-prefix = { APIKey = "APIKey " }
            no-pagination = ["x"]
            [pagination.listThings]
            items = "items"
            [dev-dependencies]
            wiremock = "0.6"
            "#,
        )
        .expect("valid config");
        assert_eq!(config.crate_name.as_deref(), Some("gcore-billing"));
        assert_eq!(config.api_key_prefix["APIKey"], "APIKey ");
        let page = &config.pagination["listThings"];
        assert_eq!((page.offset.as_str(), page.items.as_str()), ("offset", "items"));
        assert_eq!(page.total.as_deref(), Some("count"));
        assert!(config.dev_dependencies.contains_key("wiremock"));
    }

    #[test]
    fn rejects_unknown_keys() {
        let err = Config::from_toml("crate_nam = 1").expect_err("unknown key");
        assert!(err.contains("unknown field"), "{err}");
    }
}
