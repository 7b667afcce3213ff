//! Cargo features per operation module: users of a large API compile only the tags
//! they call.
//!
//! Each operation module (one per tag, see `tags.rs`) becomes a feature, and each type
//! records the features whose operations reach it through any chain of fields,
//! variants, parameters, bodies, responses or pagination items. A type reached by every
//! feature, or by a webhook payload (the webhooks module is always compiled), is
//! unconditional. A type that no operation reaches (a component schema nothing uses)
//! belongs to `full` only: it is part of the document's vocabulary, so `full` keeps
//! it, but compiling it under every single feature would make a user of one tag pay
//! for every unused schema, which is what the features exist to avoid.

use super::post::{named_ids, visit_operation_refs, visit_type_refs};
use crate::ir::{EventSet, Features, Operation, ResponseShape, SecurityScheme, TypeDef, TypeId};
use std::collections::BTreeMap;

/// Names the manifest already uses, or that Cargo reserves (`default`).
const RESERVED: &[&str] = &["default", "full", "blocking", "middleware"];

/// Chooses the features and records on each type the features that reach it.
pub(super) fn assign(
    types: &mut [TypeDef],
    schemes: &mut [SecurityScheme],
    operations: &[Operation],
    events: &[EventSet],
) -> Features {
    let mut by_module = BTreeMap::new();
    for op in operations {
        by_module.entry(op.module.clone()).or_insert_with(|| feature_name(&op.module));
    }
    let mut names: Vec<String> = by_module.values().cloned().collect();
    names.sort();
    names.dedup();
    let index: BTreeMap<&str, usize> = names.iter().enumerate().map(|(i, name)| (name.as_str(), i)).collect();

    // reached[type][feature], plus one last column for "always compiled".
    let always = names.len();
    let mut reached = vec![vec![false; names.len() + 1]; types.len()];
    let mut roots: Vec<Vec<TypeId>> = vec![Vec::new(); names.len() + 1];
    for op in operations {
        let list = &mut roots[index[by_module[&op.module].as_str()]];
        visit_operation_refs(op, |ty| named_ids(ty, list));
        if let Some(params) = &op.params_struct {
            list.push(params.ty);
        }
        if let ResponseShape::ByStatus { ty, .. } = &op.response {
            list.push(*ty);
        }
    }
    for ty in events.iter().flat_map(|set| &set.events).filter_map(|event| match &event.payload {
        crate::ir::EventPayload::Json(ty) => Some(ty),
        _ => None,
    }) {
        named_ids(ty, &mut roots[always]);
    }
    for (feature, mut pending) in roots.into_iter().enumerate() {
        while let Some(id) = pending.pop() {
            match reached.get_mut(id.0).map(|row| &mut row[feature]) {
                Some(seen) if !*seen => *seen = true,
                _ => continue,
            }
            visit_type_refs(&types[id.0], |ty| named_ids(ty, &mut pending));
        }
    }
    for (def, row) in types.iter_mut().zip(&reached) {
        let (features, flags) = row.split_at(always);
        def.features = if flags[0] || features.iter().all(|r| *r) {
            None
        } else {
            Some(names.iter().zip(features).filter(|(_, r)| **r).map(|(name, _)| name.clone()).collect())
        };
    }
    // A security constant is used only by the methods that accept it, so, unlike a
    // public model, it is always gated: with no feature enabled it would be dead code.
    if !names.is_empty() {
        for scheme in schemes.iter_mut() {
            let mut used: Vec<String> = operations
                .iter()
                .filter(|op| op.security.contains(&scheme.const_name))
                .map(|op| by_module[&op.module].clone())
                .collect();
            used.sort();
            used.dedup();
            scheme.features = Some(used);
        }
    }
    Features { names, by_module }
}

/// The feature of an operation module: its name, unless the manifest already uses it.
fn feature_name(module: &str) -> String {
    if RESERVED.contains(&module) {
        format!("{module}_api")
    } else {
        module.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::feature_name;

    #[test]
    fn reserved_names_get_a_suffix() {
        for (module, feature) in [("repos", "repos"), ("default", "default_api"), ("full", "full_api"), ("blocking", "blocking_api")] {
            assert_eq!(feature_name(module), feature, "{module}");
        }
    }
}
