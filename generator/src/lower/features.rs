//! Cargo features per operation module: users of a large API compile only the tags
//! they call.
//!
//! Each operation module (one per tag, see `tags.rs`) becomes a feature, and each type
//! records the features whose operations reach it through any chain of fields,
//! variants, parameters, bodies, responses or pagination items. A type reached by every
//! feature is unconditional. The webhooks module (webhook and callback payloads) is a
//! feature of its own, `webhooks`: GitHub's 270 webhook payloads reach 1,900 types,
//! which a caller of one tag should not compile. A type that no operation or event
//! reaches (a component schema nothing uses)
//! belongs to `full` only: it is part of the document's vocabulary, so `full` keeps
//! it, but compiling it under every single feature would make a user of one tag pay
//! for every unused schema, which is what the features exist to avoid.

use super::post::{named_ids, visit_operation_refs, visit_type_refs};
use crate::ir::{EventSet, Features, Operation, ResponseShape, SecurityScheme, TypeDef, TypeId};
use std::collections::BTreeMap;

/// Names the manifest already uses, or that Cargo reserves (`default`).
const RESERVED: &[&str] = &["default", "full", "blocking", "middleware", EVENTS];

/// The feature of the webhooks module.
const EVENTS: &str = "webhooks";

/// Chooses the features and records on each type the features that reach it.
pub(super) fn assign(
    types: &mut [TypeDef],
    schemes: &mut [SecurityScheme],
    operations: &[Operation],
    events: &[EventSet],
) -> Features {
    let mut by_module = BTreeMap::new();
    for op in operations {
        by_module
            .entry(op.module.clone())
            .or_insert_with(|| feature_name(&op.module));
    }
    let events_feature = (!events.is_empty()).then(|| EVENTS.to_string());
    let mut names: Vec<String> = by_module
        .values()
        .cloned()
        .chain(events_feature.clone())
        .collect();
    names.sort();
    names.dedup();
    let index: BTreeMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, name)| (name.as_str(), i))
        .collect();

    // reached[type][feature]: whether an operation (or event) of the feature reaches it.
    let mut reached = vec![vec![false; names.len()]; types.len()];
    let mut roots: Vec<Vec<TypeId>> = vec![Vec::new(); names.len()];
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
    for ty in events
        .iter()
        .flat_map(|set| &set.events)
        .filter_map(|event| match &event.payload {
            crate::ir::EventPayload::Json(ty) => Some(ty),
            _ => None,
        })
    {
        named_ids(ty, &mut roots[index[EVENTS]]);
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
    for (def, features) in types.iter_mut().zip(&reached) {
        def.features = if features.iter().all(|r| *r) {
            None
        } else {
            Some(
                names
                    .iter()
                    .zip(features)
                    .filter(|(_, r)| **r)
                    .map(|(name, _)| name.clone())
                    .collect(),
            )
        };
    }
    // A security constant is used only by the methods that accept it, so, unlike a
    // public model, it is always gated: with no feature enabled it would be dead code.
    if !names.is_empty() {
        for scheme in schemes.iter_mut() {
            let mut used: Vec<String> = operations
                .iter()
                .filter(|op| op.uses_scheme(&scheme.const_name))
                .map(|op| by_module[&op.module].clone())
                .collect();
            used.sort();
            used.dedup();
            scheme.features = Some(used);
        }
    }
    Features {
        by_model_module: model_module_features(types),
        names,
        by_module,
        events: events_feature,
    }
}

/// The union of the features of each model module's types; `None` (unconditional)
/// as soon as one of its types is.
fn model_module_features(types: &[TypeDef]) -> BTreeMap<String, Option<Vec<String>>> {
    let mut modules: BTreeMap<String, Option<Vec<String>>> = BTreeMap::new();
    for def in types {
        let entry = modules
            .entry(def.module.clone())
            .or_insert_with(|| Some(Vec::new()));
        match (entry.as_mut(), &def.features) {
            (Some(list), Some(features)) => list.extend(features.iter().cloned()),
            _ => *entry = None,
        }
    }
    for list in modules.values_mut().flatten() {
        list.sort();
        list.dedup();
    }
    modules
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
        let cases = [
            ("repos", "repos"),
            ("default", "default_api"),
            ("full", "full_api"),
            ("blocking", "blocking_api"),
            ("webhooks", "webhooks_api"),
        ];
        for (module, feature) in cases {
            assert_eq!(feature_name(module), feature, "{module}");
        }
    }
}
