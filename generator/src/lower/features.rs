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
//!
//! Each item carries one `#[cfg(feature = "...")]`: a type that several features reach
//! is gated by an internal group feature (`_types_<hash>`) that each of them enables in
//! the manifest. Listing the features on the item instead (`any(feature = "a", ...)`)
//! repeated the list on the type and each of its impls: Microsoft Graph's shared
//! types are reached by hundreds of features, and those lists were over half of its
//! generated lines.

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
    let mut gates = Gates::default();
    for (def, features) in types.iter_mut().zip(&reached) {
        def.gate = if features.iter().all(|r| *r) {
            None
        } else {
            let set = names
                .iter()
                .zip(features)
                .filter(|(_, r)| **r)
                .map(|(name, _)| name.clone())
                .collect();
            Some(gates.gate(set))
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
            scheme.gate = Some(gates.gate(used));
        }
    }
    let by_model_module = model_module_gates(types, &reached, &names, &mut gates);
    Features {
        by_model_module,
        names,
        by_module,
        events: events_feature,
        groups: gates.groups,
    }
}

/// The gate of each model module: the group of the features that reach any of its
/// types; `None` (unconditional) as soon as one of its types is.
fn model_module_gates(
    types: &[TypeDef],
    reached: &[Vec<bool>],
    names: &[String],
    gates: &mut Gates,
) -> BTreeMap<String, Option<String>> {
    let mut modules: BTreeMap<&str, Option<Vec<bool>>> = BTreeMap::new();
    for (def, features) in types.iter().zip(reached) {
        let entry = modules
            .entry(def.module.as_str())
            .or_insert_with(|| Some(vec![false; names.len()]));
        match (entry.as_mut(), &def.gate) {
            (Some(union), Some(_)) => {
                for (seen, r) in union.iter_mut().zip(features) {
                    *seen |= *r;
                }
            }
            _ => *entry = None,
        }
    }
    modules
        .into_iter()
        .map(|(module, union)| {
            let gate = union.map(|union| {
                let set = names
                    .iter()
                    .zip(&union)
                    .filter(|(_, r)| **r)
                    .map(|(name, _)| name.clone())
                    .collect();
                gates.gate(set)
            });
            (module.to_string(), gate)
        })
        .collect()
}

/// The one feature that gates an item, per set of operation features that reach it.
#[derive(Default)]
struct Gates {
    /// Group feature -> its members, sorted.
    groups: BTreeMap<String, Vec<String>>,
    /// Member set -> group feature, so each set gets one group.
    by_set: std::collections::HashMap<Vec<String>, String>,
}

impl Gates {
    /// `full` for no feature, the feature itself for one, and otherwise an internal
    /// group feature that each member enables. A group is named after a hash of its
    /// members, so regenerating after a spec change renames only the groups whose
    /// members changed and the diff of the generated crate stays small.
    fn gate(&mut self, set: Vec<String>) -> String {
        match set.len() {
            0 => return String::from("full"),
            1 => return set[0].clone(),
            _ => {}
        }
        if let Some(name) = self.by_set.get(&set) {
            return name.clone();
        }
        let hash = fnv1a(set.join(",").as_bytes());
        let mut name = format!("_types_{:012x}", hash >> 16);
        // A clash of two different sets (one in 2^48) takes the next free suffix.
        let mut n = 1;
        while self.groups.contains_key(&name) {
            name = format!("_types_{:012x}_{n}", hash >> 16);
            n += 1;
        }
        self.groups.insert(name.clone(), set.clone());
        self.by_set.insert(set, name.clone());
        name
    }
}

/// The 64-bit FNV-1a hash: stable across runs and platforms, unlike std's hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
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
    use super::{feature_name, Gates};

    #[test]
    fn one_feature_gates_itself_and_several_share_a_group() {
        let mut gates = Gates::default();
        let set = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(gates.gate(set(&[])), "full");
        assert_eq!(gates.gate(set(&["repos"])), "repos");
        let group = gates.gate(set(&["gists", "repos"]));
        assert!(group.starts_with("_types_"), "{group}");
        assert_eq!(gates.gate(set(&["gists", "repos"])), group);
        let other = gates.gate(set(&["gists", "users"]));
        assert_ne!(other, group);
        assert_eq!(gates.groups[&group], set(&["gists", "repos"]));
        assert_eq!(gates.groups.len(), 2);
        // The name depends only on the members, not on what was gated before.
        assert_eq!(Gates::default().gate(set(&["gists", "repos"])), group);
    }

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
