//! Where a node of the converted document was in the original one.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::pointer;

/// Prefix rewrites from pointers into the converted document to pointers into the
/// original, recorded by the Swagger 2.0 conversion. The longest matching prefix
/// (on token boundaries) wins.
#[derive(Debug, Default)]
pub(crate) struct PointerMap {
    prefixes: HashMap<String, String>,
}

impl PointerMap {
    pub(crate) fn record(&mut self, converted: String, original: String) {
        if converted != original {
            self.prefixes.insert(converted, original);
        }
    }

    pub(crate) fn map_back<'p>(&self, pointer: &'p str) -> Cow<'p, str> {
        if self.prefixes.is_empty() {
            return Cow::Borrowed(pointer);
        }
        let mut end = pointer.len();
        loop {
            let prefix = &pointer[..end];
            if let Some(original) = self.prefixes.get(prefix) {
                return Cow::Owned(format!("{original}{}", &pointer[end..]));
            }
            match pointer::parent(prefix) {
                Some(up) => end = up.len(),
                None => return Cow::Borrowed(pointer),
            }
        }
    }
}
