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
    /// Pagination by `operationId`, for operations the detector does not find or
    /// reads wrongly.
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
    /// Data that ends every event stream or JSON sequence cleanly when the document
    /// names none with `x-stream-sentinel` (e.g. `"[DONE]"`, as LLM APIs send).
    pub stream_sentinel: Option<String>,
    /// Whether structs keep the properties the document does not list (a flattened
    /// map of JSON values, written back when serialised); default `true`. `false`
    /// ignores them, which makes very large crates a little quicker to compile.
    pub keep_unknown_fields: Option<bool>,
    /// Extra `[dev-dependencies]` of the generated crate, as TOML values.
    #[serde(default)]
    pub dev_dependencies: BTreeMap<String, toml::Value>,
    /// Structs with more fields than this get impls written out one statement per
    /// field, which rustc checks in linear time (default 128; see `StructForm::Wide`).
    /// Mainly for tests, which lower it to exercise that form on small documents.
    pub wide_struct_fields: Option<usize>,
    /// Objects with more properties than this become JSON object maps with a warning
    /// instead of structs (default 10,000): past that, rustc needs minutes and
    /// gigabytes for one struct. Mainly for tests, which lower it.
    pub max_object_properties: Option<usize>,
}

/// How one operation pages (`[pagination.<operationId>]`), for operations the
/// detector does not find or reads wrongly. Field names are wire names; a response
/// field inside a nested object is written with dots (`response_metadata.next_cursor`).
/// Without `style` the entry describes offset pagination, as before styles existed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PaginationConfig {
    /// The pagination style (default `offset`).
    pub style: Option<PageStyleName>,
    /// Response field holding the page's items (default `results` for `offset`;
    /// detected otherwise: `results`, `data`, `items`, `value`, the only array field,
    /// or the response itself when it is an array).
    pub items: Option<String>,
    /// `offset`: request field of the offset (default `offset`).
    pub offset: Option<String>,
    /// `offset`: response field with the total number of items (default `count`).
    pub total: Option<String>,
    /// `page`: request field of the page number (default `page`).
    pub page: Option<String>,
    /// `page`: the number of the first page (default: the parameter's default or
    /// minimum, else 1).
    pub first_page: Option<u64>,
    /// `page`: response field with the number of pages (optional).
    pub total_pages: Option<String>,
    /// `cursor` and `last-item`: request field that takes the cursor (default
    /// `cursor`, or `starting_after` for `last-item`).
    pub cursor: Option<String>,
    /// `cursor`: response field naming the next cursor (default `next_cursor`);
    /// `next-url`: response field with the next page's URL (default `next`).
    pub next: Option<String>,
    /// `cursor` and `last-item`: boolean response field saying whether more pages
    /// follow (optional; default `has_more` for `last-item`).
    pub has_more: Option<String>,
    /// `last-item`: field of an item whose value is the cursor (default `id`).
    pub item_id: Option<String>,
}

/// The pagination styles a config entry can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PageStyleName {
    /// `offset` + items received, until `total`.
    Offset,
    /// Page numbers, until `total-pages`.
    Page,
    /// A cursor from the response (`next`) into the request (`cursor`).
    Cursor,
    /// The last item's id into the request (`cursor`), as Stripe's `starting_after`.
    LastItem,
    /// The `Link` response header with `rel="next"`.
    Link,
    /// A response field with the next page's URL.
    NextUrl,
}

impl PageStyleName {
    /// The name as written in the config.
    pub fn as_str(self) -> &'static str {
        match self {
            PageStyleName::Offset => "offset",
            PageStyleName::Page => "page",
            PageStyleName::Cursor => "cursor",
            PageStyleName::LastItem => "last-item",
            PageStyleName::Link => "link",
            PageStyleName::NextUrl => "next-url",
        }
    }
}

impl PaginationConfig {
    /// The configured style, `offset` when none is named.
    pub fn style(&self) -> PageStyleName {
        self.style.unwrap_or(PageStyleName::Offset)
    }

    /// Keys that are set but mean nothing for the entry's style.
    pub fn unused_keys(&self) -> Vec<&'static str> {
        use PageStyleName::*;
        let style = self.style();
        let keys: [(&str, bool, &[PageStyleName]); 9] = [
            ("offset", self.offset.is_some(), &[Offset]),
            ("total", self.total.is_some(), &[Offset]),
            ("page", self.page.is_some(), &[Page]),
            ("first-page", self.first_page.is_some(), &[Page]),
            ("total-pages", self.total_pages.is_some(), &[Page]),
            ("cursor", self.cursor.is_some(), &[Cursor, LastItem]),
            ("next", self.next.is_some(), &[Cursor, NextUrl]),
            ("has-more", self.has_more.is_some(), &[Cursor, LastItem]),
            ("item-id", self.item_id.is_some(), &[LastItem]),
        ];
        keys.iter()
            .filter(|(_, set, styles)| *set && !styles.contains(&style))
            .map(|(key, _, _)| *key)
            .collect()
    }
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
        assert_eq!(page.style(), PageStyleName::Offset);
        assert_eq!(page.items.as_deref(), Some("items"));
        assert!(page.offset.is_none() && page.total.is_none());
        assert!(config.dev_dependencies.contains_key("wiremock"));
    }

    #[test]
    fn parses_pagination_styles() {
        let config = Config::from_toml(
            r#"
            [pagination.listRepos]
            style = "link"
            [pagination.listChannels]
            style = "cursor"
            cursor = "cursor"
            next = "response_metadata.next_cursor"
            offset = "start"
            [pagination.listCharges]
            style = "last-item"
            "#,
        )
        .expect("valid config");
        assert_eq!(config.pagination["listRepos"].style(), PageStyleName::Link);
        let channels = &config.pagination["listChannels"];
        assert_eq!(channels.style(), PageStyleName::Cursor);
        assert_eq!(
            channels.next.as_deref(),
            Some("response_metadata.next_cursor")
        );
        assert_eq!(channels.unused_keys(), vec!["offset"]);
        assert_eq!(
            config.pagination["listCharges"].style(),
            PageStyleName::LastItem
        );
        let err = Config::from_toml("[pagination.x]\nstyle = \"seek\"").expect_err("unknown style");
        assert!(err.contains("unknown variant"), "{err}");
    }

    #[test]
    fn rejects_unknown_keys() {
        let err = Config::from_toml("crate_nam = 1").expect_err("unknown key");
        assert!(err.contains("unknown field"), "{err}");
    }
}
