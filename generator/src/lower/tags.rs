//! Which module (file, and cargo feature) an operation belongs to.
//!
//! Operations are grouped by their first tag, or by the top-level ancestor of that
//! tag when the document nests tags with OpenAPI 3.2's `parent`. A document that tags
//! no operation at all is grouped by path instead: each operation goes to the module
//! of its first path segment that is neither a parameter nor a version or `api`
//! prefix (`/v1/pets/{id}` is in `pets`), so that such documents, too, get a feature
//! per group and users compile only the groups they call. Untagged operations of a
//! document that tags others go to `default`, as do paths with no such segment.

use super::Lowerer;
use crate::load::Document;
use crate::names;

/// Whether some operation of the document has a tag.
pub(super) fn any_operation_tagged(doc: &Document) -> bool {
    let paths = doc
        .openapi
        .paths
        .paths
        .values()
        .filter_map(|item| item.as_item());
    paths
        .flat_map(|item| item.iter().map(|(_, op)| op))
        .chain(
            doc.additions
                .operations
                .iter()
                .map(|extra| &extra.operation),
        )
        .any(|op| !op.tags.is_empty())
}

/// The module of an untagged operation in a document without tags: its first path
/// segment that names a group, if any.
fn path_group(path: &str) -> Option<&str> {
    path.split('/').find(|segment| {
        let lower = segment.to_ascii_lowercase();
        !segment.is_empty()
            && !segment.contains(['{', '}'])
            && lower != "api"
            && !is_version(&lower)
    })
}

/// `v1`, `v2.1`, `1.0`, `v1beta2`: segments that version an API rather than group it.
fn is_version(segment: &str) -> bool {
    let digits = segment.strip_prefix('v').unwrap_or(segment);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .chars()
            .all(|c| c.is_ascii_alphanumeric())
        && segment.len() <= 12
}

impl<'a> Lowerer<'a> {
    /// The module of an operation with these tags at this path.
    pub(super) fn module_of(&self, tags: &[String], path: &str) -> String {
        let wanted = match tags.first() {
            Some(tag) => Some(self.top_tag(tag)),
            None if self.group_by_path => path_group(path),
            None => None,
        };
        wanted
            .map(names::module_name)
            .filter(|module| !module.is_empty())
            .unwrap_or_else(|| String::from("default"))
    }

    /// The tag at the top of `tag`'s `parent` chain (`tag` itself without a parent).
    /// `load` keeps only parents that name a tag and form no cycle; the bound is a
    /// second guard.
    pub(super) fn top_tag<'t>(&self, tag: &'t str) -> &'t str
    where
        'a: 't,
    {
        let parents = &self.doc.additions.tag_parents;
        let mut current = tag;
        for _ in 0..=parents.len() {
            match parents.get(current) {
                Some(parent) => current = parent.as_str(),
                None => break,
            }
        }
        current
    }
}

#[cfg(test)]
mod tests {
    use super::{is_version, path_group};

    #[test]
    fn path_groups_skip_parameters_versions_and_api_prefixes() {
        assert_eq!(path_group("/v1/pets/{id}"), Some("pets"));
        assert_eq!(
            path_group("/api/v2.1/stores/{store}/orders"),
            Some("stores")
        );
        assert_eq!(path_group("/{tenant}/users"), Some("users"));
        assert_eq!(path_group("/"), None);
        assert_eq!(path_group("/v3/{id}"), None);
        assert!(is_version("v1") && is_version("v1beta2") && is_version("2.0"));
        assert!(!is_version("vendors") && !is_version("videos") && !is_version("3d-models"));
    }
}
