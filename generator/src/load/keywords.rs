//! Keyword lists that more than one conversion needs.

/// The schema keywords that Swagger 2.0 writes directly on a parameter or header,
/// where OpenAPI 3.0 wants them inside its `schema`. The Swagger 2.0 conversion moves
/// them, and so does a fix-up for 3.0 documents converted by hand that left them in
/// place. (Nullability is spelled `x-nullable` in 2.0 and `nullable` in 3.0; each
/// caller adds its own.)
pub(crate) const PARAMETER_SCHEMA_KEYS: [&str; 16] = [
    "type",
    "format",
    "items",
    "enum",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
];
