//! Tags: operations are grouped into modules by their first tag, or by the top-level
//! ancestor of that tag when the document nests tags with OpenAPI 3.2's `parent`.

use super::Lowerer;

impl<'a> Lowerer<'a> {
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
