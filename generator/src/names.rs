//! Every Rust name the generator prints is made here.
//!
//! This is the only module that calls `heck`. It turns wire names (schema names,
//! property names, enum values, operation ids, paths) into Rust identifiers that are
//! valid, not keywords, and not names that would shadow the prelude inside generated
//! code. Collision handling (two wire names that map to the same Rust name) lives in
//! [`NameSet`], so `lower` can make every such decision in one place.

use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::BTreeSet;

/// Words that cannot be used as identifiers even as raw identifiers (`r#self` is invalid).
const NON_RAW_KEYWORDS: &[&str] = &["self", "Self", "super", "crate", "extern"];

/// Strict and reserved keywords of Rust 2021; these get a raw identifier or a suffix.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while",
    "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "try",
    "typeof", "unsized", "virtual", "yield", "union",
];

/// Type names that generated code uses unqualified (the prelude and the few items every
/// generated module refers to). A schema with one of these names gets a suffix so that
/// it never shadows them.
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Vec",
    "String",
    "Box",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "Into",
    "TryFrom",
    "TryInto",
    "AsRef",
    "AsMut",
    "Iterator",
    "IntoIterator",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Extend",
    "FromIterator",
    "ToOwned",
    "ToString",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Debug",
    "Display",
    "Client",
    "Error",
    "Call",
    "Response",
    "Self",
];

/// A `snake_case` Rust identifier made by this module: a field, parameter, method or
/// module name. It is valid where it is printed, possibly as a raw identifier
/// (`r#type`); [`Ident::plain`] is the same name without the `r#`, for text built
/// from it (docs, a `check_` prefix) and for serde, which sees raw identifiers
/// without their prefix. Only this module makes one, so no other module ever adds or
/// strips `r#`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ident(String);

impl Ident {
    /// The identifier as printed, e.g. `r#type`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The identifier without a raw prefix, e.g. `type`.
    pub fn plain(&self) -> &str {
        self.0.strip_prefix("r#").unwrap_or(&self.0)
    }

    /// Whether it must be printed as a raw identifier.
    pub fn is_raw(&self) -> bool {
        self.0.starts_with("r#")
    }

    /// Whether clippy's naming conventions would read a method of this name as
    /// something it is not: a std trait method (`next`, `from_str`, `default`), or a
    /// conversion (`into_*`, `from_*`, `to_*`, `as_*`, `is_*`) expected to take
    /// `self` differently from a client method's `&self`.
    pub fn looks_like_std_method(&self) -> bool {
        const TRAIT_METHODS: &[&str] = &[
            "add",
            "as_mut",
            "as_ref",
            "bitand",
            "bitor",
            "bitxor",
            "borrow",
            "borrow_mut",
            "clone",
            "cmp",
            "default",
            "deref",
            "deref_mut",
            "div",
            "drop",
            "eq",
            "from_iter",
            "from_str",
            "hash",
            "index",
            "index_mut",
            "into_iter",
            "mul",
            "neg",
            "next",
            "not",
            "rem",
            "shl",
            "shr",
            "sub",
        ];
        let plain = self.plain();
        TRAIT_METHODS.contains(&plain)
            || ["into_", "from_", "to_", "as_", "is_"]
                .iter()
                .any(|prefix| plain.starts_with(prefix))
    }

    /// This name followed by `_suffix`, e.g. `list_pets` -> `list_pets_stream`: a
    /// derived method name, made valid again (`type` + `_2` needs no `r#`).
    pub fn with_suffix(&self, suffix: &str) -> Ident {
        snake_ident(&format!("{}_{suffix}", self.plain()))
    }

    /// `prefix_` + this name, e.g. `check_list_pets` for an operation's conformance
    /// test.
    pub fn with_prefix(&self, prefix: &str) -> Ident {
        snake_ident(&format!("{prefix}_{}", self.plain()))
    }
}

impl std::fmt::Display for Ident {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A field or parameter: its Rust identifier and its name on the wire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireName {
    pub ident: Ident,
    pub wire: String,
}

impl WireName {
    /// Whether `#[serde(rename = "...")]` (or a differing key in hand-written
    /// serialisation) is needed: serde's view of the identifier differs from the wire
    /// name.
    pub fn needs_rename(&self) -> bool {
        self.ident.plain() != self.wire
    }
}

/// Converts a wire name to a `snake_case` field, parameter or method name.
pub fn field_name(wire: &str) -> WireName {
    WireName {
        ident: snake_ident(wire),
        wire: wire.to_string(),
    }
}

/// The identifier for `wire` in `snake_case`: keywords become raw identifiers (or get
/// a `_` suffix where even that is invalid), a leading digit gets a `_` prefix, and
/// text without ASCII letters or digits becomes `value`.
fn snake_ident(wire: &str) -> Ident {
    let base = snake(wire);
    Ident(if base.is_empty() {
        String::from("value")
    } else if NON_RAW_KEYWORDS.contains(&base.as_str()) {
        format!("{base}_")
    } else if KEYWORDS.contains(&base.as_str()) {
        format!("r#{base}")
    } else if base.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{base}")
    } else {
        base
    })
}

/// The field that holds a struct's undeclared properties: `additional_properties`,
/// with `_` appended until no declared field has the name.
pub fn extras_field<'f>(declared: impl Iterator<Item = &'f Ident> + Clone) -> Ident {
    let mut name = String::from("additional_properties");
    while declared.clone().any(|field| field.as_str() == name) {
        name.push('_');
    }
    Ident(name)
}

/// Converts a wire name to an `UpperCamelCase` type or variant name.
pub fn type_name(wire: &str) -> String {
    let base = camel(wire);
    if base.is_empty() {
        return String::from("Unnamed");
    }
    let base = if base.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{base}")
    } else {
        base
    };
    if RESERVED_TYPES.contains(&base.as_str()) {
        format!("{base}Model")
    } else {
        base
    }
}

/// `UpperCamelCase` words for building a longer type name from parts (no keyword or
/// prelude checks: the full name goes through [`type_name`] afterwards).
pub fn type_part(wire: &str) -> String {
    camel(wire)
}

/// Name of a constant, e.g. security scheme `api_key` -> `AUTH_API_KEY`.
pub fn const_name(prefix: &str, wire: &str) -> String {
    let words = snake(wire).to_ascii_uppercase();
    if words.is_empty() {
        prefix.to_string()
    } else {
        format!("{prefix}_{words}")
    }
}

/// Converts an enum value to a variant name, e.g. `created_at.desc` -> `CreatedAtDesc`,
/// `>=` -> `GreaterThanOrEqual`-like spelled symbols, `` -> `Empty`.
pub fn variant_name(wire: &str) -> String {
    if wire.is_empty() {
        return String::from("Empty");
    }
    let spelled = spell_symbols(wire);
    let base = camel(&spelled);
    if base.is_empty() {
        return String::from("Value");
    }
    if base.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{base}")
    } else if base == "Self" {
        String::from("SelfValue")
    } else {
        base
    }
}

/// Name of a variant that holds a number, e.g. `-1` -> `Minus1`, `2.5` -> `V2_5`.
pub fn numeric_variant_name(value: &str) -> String {
    let spelled = value.replace('-', "Minus").replace(['.', '+'], "_");
    if spelled.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{spelled}")
    } else {
        spelled
    }
}

/// Converts a path like `/pets/{petId}/toys` to words for a method name when an
/// operation has no `operationId`: `get` + `/pets/{petId}` -> `get_pets_by_pet_id`.
pub fn operation_name_from_path(method: &str, path: &str) -> Ident {
    let mut words = vec![method.to_ascii_lowercase()];
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        if let Some(param) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            words.push(format!("by_{}", snake(param)));
        } else {
            words.push(snake(segment));
        }
    }
    snake_ident(&words.join("_"))
}

/// The method name for an operation id, e.g. `listPets` -> `list_pets`.
pub fn method_name(operation_id: &str) -> Ident {
    snake_ident(operation_id)
}

/// Module (file) name for a tag or group, e.g. `Cost Reports` -> `cost_reports`.
pub fn module_name(wire: &str) -> String {
    let ident = snake_ident(wire);
    let plain = ident.plain().to_string();
    if KEYWORDS.contains(&plain.as_str()) || plain == "runtime" || plain == "models" {
        format!("{plain}_api")
    } else {
        plain
    }
}

/// Crate name as Cargo wants it (`kebab-case`) and the library name Rust uses.
pub fn crate_names(wire: &str) -> (String, String) {
    let snake_name = snake(wire);
    let snake_name =
        if snake_name.is_empty() || snake_name.starts_with(|c: char| c.is_ascii_digit()) {
            format!("api_{snake_name}")
        } else {
            snake_name
        };
    (snake_name.replace('_', "-"), snake_name)
}

/// Environment-variable prefix derived from a crate name: `gcore-billing` -> `GCORE_BILLING`.
pub fn env_prefix(crate_name: &str) -> String {
    snake(crate_name).to_ascii_uppercase()
}

fn snake(wire: &str) -> String {
    // heck treats every non-alphanumeric character as a word boundary, which is what we
    // want for `$filter`, `x-rate-limit` or `foo.bar`; non-ASCII letters are dropped so the
    // result is always a valid ASCII identifier.
    let cleaned: String = wire
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    cleaned.to_snake_case()
}

fn camel(wire: &str) -> String {
    let cleaned: String = wire
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    cleaned.to_upper_camel_case()
}

/// Spells out symbols that would otherwise vanish, so `+1` and `-1` or `>` and `<`
/// do not collide as enum variants.
fn spell_symbols(wire: &str) -> String {
    if wire.chars().any(|c| c.is_ascii_alphanumeric()) {
        // Symbols inside words (`created_at.desc`, `application/json`) are separators.
        let mut out = String::new();
        for (i, c) in wire.chars().enumerate() {
            match c {
                '-' if i == 0 => out.push_str("Minus "),
                '+' if i == 0 => out.push_str("Plus "),
                _ => out.push(c),
            }
        }
        return out;
    }
    wire.chars()
        .map(|c| match c {
            '<' => " Lt ",
            '>' => " Gt ",
            '=' => " Eq ",
            '!' => " Not ",
            '+' => " Plus ",
            '-' => " Minus ",
            '*' => " Star ",
            '/' => " Slash ",
            '.' => " Dot ",
            ',' => " Comma ",
            ':' => " Colon ",
            '_' => " Underscore ",
            ' ' => " Space ",
            '@' => " At ",
            '#' => " Hash ",
            '$' => " Dollar ",
            '%' => " Percent ",
            '&' => " And ",
            '|' => " Or ",
            '?' => " Question ",
            '~' => " Tilde ",
            _ => " Symbol ",
        })
        .collect()
}

/// Hands out names that are unique within one scope (a module, a struct, an enum),
/// appending `2`, `3`, ... on collision. Deterministic: the first claimant keeps the
/// plain name, so the order of `claim` calls decides, and callers claim in document
/// order.
#[derive(Debug, Default, Clone)]
pub struct NameSet {
    taken: BTreeSet<String>,
}

impl NameSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reserves `name` up front so that no claim can get it.
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_string());
    }

    /// The field or parameter for `wire`, with a name that is free in this scope.
    pub fn claim_field(&mut self, wire: &str) -> WireName {
        let name = field_name(wire);
        WireName {
            ident: self.claim_ident(&name.ident),
            wire: name.wire,
        }
    }

    /// Returns `candidate`, or `candidate` with the smallest numeric suffix that is free.
    pub fn claim_ident(&mut self, candidate: &Ident) -> Ident {
        Ident(self.claim(candidate.as_str()))
    }

    /// Returns `candidate`, or `candidate` with the smallest numeric suffix that is free.
    pub fn claim(&mut self, candidate: &str) -> String {
        let mut name = candidate.to_string();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = match candidate.strip_prefix("r#") {
                Some(plain) => format!("{plain}_{n}"),
                None if candidate.ends_with(|c: char| c.is_ascii_digit()) => {
                    format!("{candidate}_{n}")
                }
                None => format!("{candidate}{n}"),
            };
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names() {
        let cases = [
            ("type", "r#type", false),
            ("self", "self_", true),
            ("camelCase", "camel_case", true),
            ("$filter", "filter", true),
            ("externalIPs", "external_i_ps", true),
            ("2fa", "_2fa", true),
            ("snake_case", "snake_case", false),
            ("x-rate-limit", "x_rate_limit", true),
            ("", "value", true),
            ("@odata.type", "odata_type", true),
            ("Привет", "value", true),
        ];
        for (wire, rust, rename) in cases {
            let name = field_name(wire);
            assert_eq!(name.ident.as_str(), rust, "field name for {wire:?}");
            assert_eq!(name.needs_rename(), rename, "rename flag for {wire:?}");
        }
    }

    #[test]
    fn type_names() {
        let cases = [
            ("pet", "Pet"),
            ("Result", "ResultModel"),
            ("Option", "OptionModel"),
            ("error", "ErrorModel"),
            ("2FA-config", "V2faConfig"),
            (
                "ResourceDBAASPostgreSQLCPUWithCostSerializer",
                "ResourceDbaasPostgreSqlcpuWithCostSerializer",
            ),
            ("", "Unnamed"),
            ("a.b.c", "ABC"),
        ];
        for (wire, rust) in cases {
            assert_eq!(type_name(wire), rust, "type name for {wire:?}");
        }
    }

    #[test]
    fn variant_names() {
        let cases = [
            ("created_at.desc", "CreatedAtDesc"),
            ("ACTIVATED", "Activated"),
            ("WAITING_FOR_PAYMENT", "WaitingForPayment"),
            ("", "Empty"),
            (">=", "GtEq"),
            ("<", "Lt"),
            ("-1", "Minus1"),
            ("+1", "Plus1"),
            ("1st", "V1st"),
            ("application/json", "ApplicationJson"),
            ("Self", "SelfValue"),
        ];
        for (wire, rust) in cases {
            assert_eq!(variant_name(wire), rust, "variant name for {wire:?}");
        }
    }

    #[test]
    fn operation_names_from_paths() {
        assert_eq!(
            operation_name_from_path("GET", "/pets/{petId}").as_str(),
            "get_pets_by_pet_id"
        );
        assert_eq!(operation_name_from_path("post", "/").as_str(), "post");
        assert_eq!(
            operation_name_from_path("delete", "/v1/{type}").as_str(),
            "delete_v1_by_type"
        );
        assert_eq!(method_name("$$").as_str(), "value");
        let ty = method_name("type");
        assert_eq!(
            (ty.as_str(), ty.plain(), ty.is_raw()),
            ("r#type", "type", true)
        );
        assert_eq!(ty.with_suffix("stream").as_str(), "type_stream");
        assert_eq!(ty.with_prefix("check").as_str(), "check_type");
        assert!(method_name("next").looks_like_std_method());
        assert!(method_name("intoPdf").looks_like_std_method());
        assert!(!method_name("listPets").looks_like_std_method());
        assert!(!method_name("nextPage").looks_like_std_method());
        let mut taken = NameSet::new();
        assert_eq!(taken.claim_ident(&ty).as_str(), "r#type");
        assert_eq!(taken.claim_ident(&ty).as_str(), "type_2");
    }

    #[test]
    fn collisions_get_suffixes() {
        let mut names = NameSet::new();
        assert_eq!(names.claim("FooBar"), "FooBar");
        assert_eq!(names.claim("FooBar"), "FooBar2");
        assert_eq!(names.claim("FooBar"), "FooBar3");
        assert_eq!(names.claim("v1"), "v1");
        assert_eq!(names.claim("v1"), "v1_2");
        assert_eq!(names.claim("r#type"), "r#type");
        assert_eq!(names.claim("r#type"), "type_2");
    }

    #[test]
    fn crate_and_module_names() {
        assert_eq!(
            crate_names("Gcore Billing"),
            ("gcore-billing".into(), "gcore_billing".into())
        );
        assert_eq!(
            crate_names("3scale"),
            ("api-3scale".into(), "api_3scale".into())
        );
        assert_eq!(module_name("Cost Reports"), "cost_reports");
        assert_eq!(module_name("models"), "models_api");
        assert_eq!(env_prefix("gcore-billing"), "GCORE_BILLING");
    }
}
