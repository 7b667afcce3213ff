//! Whole-IR passes that run after every type exists.

use crate::ir::{Operation, ResponseShape, TypeDef, TypeId, TypeKind, TypeRef};
use std::collections::{BTreeMap, BTreeSet};

/// Types per model file before models are split into several files.
const TYPES_PER_MODULE: usize = 300;

/// Runs the passes in order; returns the model modules when models are split.
pub(crate) fn finish(types: &mut [TypeDef], operations: &[Operation]) -> Option<Vec<String>> {
    strip_union_tags(types, operations);
    break_alias_cycles(types);
    box_recursive_fields(types);
    assign_modules(types)
}

/// Calls `f` for every type reference in the IR, with where it occurs.
fn visit_refs(types: &[TypeDef], operations: &[Operation], mut f: impl FnMut(Use, &TypeRef)) {
    for def in types {
        match &def.kind {
            TypeKind::Struct(s) => {
                for field in &s.fields {
                    f(Use::Plain, &field.ty);
                }
                if let Some(extra) = &s.additional {
                    f(Use::Plain, extra);
                }
            }
            TypeKind::Union(u) => {
                for variant in &u.variants {
                    match &u.tag {
                        Some(tag) => f(Use::Tagged(tag), &variant.ty),
                        None => f(Use::Plain, &variant.ty),
                    }
                }
            }
            TypeKind::StatusEnum(variants) => variants.iter().for_each(|v| f(Use::Plain, &v.ty)),
            TypeKind::Alias(ty) => f(Use::Plain, ty),
            TypeKind::StringEnum(_) => {}
        }
    }
    for op in operations {
        for param in &op.path_params {
            f(Use::Operation, &param.ty);
        }
        if let Some(body) = &op.body {
            f(Use::Operation, &body.ty);
        }
        if let ResponseShape::Single { ty, .. } = &op.response {
            f(Use::Operation, ty);
        }
    }
}

#[derive(Clone, Copy)]
enum Use<'a> {
    Plain,
    Tagged(&'a str),
    Operation,
}

fn named_ids(ty: &TypeRef, out: &mut Vec<TypeId>) {
    match ty {
        TypeRef::Named(id) => out.push(*id),
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) | TypeRef::Box(inner) => named_ids(inner, out),
        _ => {}
    }
}

/// A struct used only as a variant of tagged unions with the same tag does not need
/// the tag field: the union writes and reads it. Keeping it would make callers repeat
/// the variant's name and would serialize the key twice.
fn strip_union_tags(types: &mut [TypeDef], operations: &[Operation]) {
    let mut tags: BTreeMap<TypeId, BTreeSet<String>> = BTreeMap::new();
    let mut plain: BTreeSet<TypeId> = BTreeSet::new();
    visit_refs(types, operations, |usage, ty| match (usage, ty) {
        (Use::Tagged(tag), TypeRef::Named(id)) => {
            tags.entry(*id).or_default().insert(tag.to_string());
        }
        _ => {
            let mut ids = Vec::new();
            named_ids(ty, &mut ids);
            plain.extend(ids);
        }
    });
    for (id, tag_set) in tags {
        if plain.contains(&id) || tag_set.len() != 1 {
            continue;
        }
        let Some(tag) = tag_set.into_iter().next() else { continue };
        if let Some(TypeKind::Struct(s)) = types.get_mut(id.0).map(|t| &mut t.kind) {
            s.fields.retain(|f| f.wire_name != tag);
            s.derive_default = s.fields.iter().all(|f| f.ty.is_option());
        }
    }
}

/// `type A = B; type B = Vec<A>;` does not compile; such aliases become JSON values.
fn break_alias_cycles(types: &mut [TypeDef]) {
    let alias_targets = |types: &[TypeDef], id: TypeId| -> Vec<TypeId> {
        match types.get(id.0).map(|t| &t.kind) {
            Some(TypeKind::Alias(ty)) => {
                let mut ids = Vec::new();
                named_ids(ty, &mut ids);
                ids.into_iter()
                    .filter(|t| matches!(types.get(t.0).map(|d| &d.kind), Some(TypeKind::Alias(_))))
                    .collect()
            }
            _ => Vec::new(),
        }
    };
    for start in 0..types.len() {
        let start = TypeId(start);
        let mut stack = alias_targets(types, start);
        let mut seen = BTreeSet::new();
        while let Some(next) = stack.pop() {
            if next == start {
                types[start.0].kind = TypeKind::Alias(TypeRef::Json);
                break;
            }
            if seen.insert(next) {
                stack.extend(alias_targets(types, next));
            }
        }
    }
}

/// Boxes every by-value reference (direct or through `Option`) that stays inside a
/// strongly connected component of the by-value graph: that is exactly the set of
/// references that would make a type infinitely large.
fn box_recursive_fields(types: &mut [TypeDef]) {
    let edges: Vec<Vec<TypeId>> = types
        .iter()
        .map(|def| {
            let mut out = Vec::new();
            let mut push = |ty: &TypeRef| {
                if let Some(id) = by_value_target(ty) {
                    out.push(id);
                }
            };
            match &def.kind {
                TypeKind::Struct(s) => s.fields.iter().for_each(|f| push(&f.ty)),
                TypeKind::Union(u) => u.variants.iter().for_each(|v| push(&v.ty)),
                TypeKind::StatusEnum(variants) => variants.iter().for_each(|v| push(&v.ty)),
                TypeKind::Alias(ty) => push(ty),
                TypeKind::StringEnum(_) => {}
            }
            out
        })
        .collect();
    let component = strongly_connected(&edges);
    for (index, def) in types.iter_mut().enumerate() {
        let same = |ty: &TypeRef| by_value_target(ty).is_some_and(|t| component.get(t.0) == component.get(index));
        match &mut def.kind {
            TypeKind::Struct(s) => {
                for field in &mut s.fields {
                    if same(&field.ty) {
                        field.ty = boxed(std::mem::replace(&mut field.ty, TypeRef::Unit));
                    }
                }
            }
            TypeKind::Union(u) => {
                for variant in &mut u.variants {
                    if same(&variant.ty) {
                        variant.ty = boxed(std::mem::replace(&mut variant.ty, TypeRef::Unit));
                    }
                }
            }
            TypeKind::StatusEnum(variants) => {
                for variant in variants {
                    if same(&variant.ty) {
                        variant.ty = boxed(std::mem::replace(&mut variant.ty, TypeRef::Unit));
                    }
                }
            }
            TypeKind::Alias(_) | TypeKind::StringEnum(_) => {}
        }
    }
}

fn by_value_target(ty: &TypeRef) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        TypeRef::Option(inner) => by_value_target(inner),
        _ => None,
    }
}

fn boxed(ty: TypeRef) -> TypeRef {
    match ty {
        TypeRef::Option(inner) => TypeRef::Option(Box::new(boxed(*inner))),
        other => TypeRef::Box(Box::new(other)),
    }
}

/// Tarjan's algorithm, iterative so deep schema graphs cannot overflow the stack.
/// Returns the component number of every node.
fn strongly_connected(edges: &[Vec<TypeId>]) -> Vec<usize> {
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![usize::MAX; n];
    let mut next_index = 0;
    let mut next_component = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (node, ref mut child)) = work.last_mut() {
            if *child == 0 && index[node] == usize::MAX {
                index[node] = next_index;
                low[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(target) = edges[node].get(*child).map(|t| t.0) {
                *child += 1;
                if target >= n {
                    continue;
                }
                if index[target] == usize::MAX {
                    work.push((target, 0));
                } else if on_stack[target] {
                    low[node] = low[node].min(index[target]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

/// Small APIs keep every model in `models.rs`; large ones get one file per initial
/// letter (split further past [`TYPES_PER_MODULE`]), so no single file dominates.
fn assign_modules(types: &mut [TypeDef]) -> Option<Vec<String>> {
    if types.len() <= TYPES_PER_MODULE {
        return None;
    }
    let mut buckets: BTreeMap<char, Vec<usize>> = BTreeMap::new();
    for (index, def) in types.iter().enumerate() {
        let letter = def.name.chars().next().map_or('x', |c| c.to_ascii_lowercase());
        buckets.entry(letter).or_default().push(index);
    }
    let mut modules = Vec::new();
    for (letter, members) in buckets {
        let chunks: Vec<&[usize]> = members.chunks(TYPES_PER_MODULE).collect();
        for (n, chunk) in chunks.iter().enumerate() {
            let module = if chunks.len() == 1 { format!("{letter}") } else { format!("{letter}{}", n + 1) };
            for &index in *chunk {
                types[index].module = module.clone();
            }
            modules.push(module);
        }
    }
    Some(modules)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tarjan_finds_cycles() {
        // 0 -> 1 -> 0 is a cycle, 2 -> 2 a self loop, 3 stands alone.
        let edges = vec![vec![TypeId(1)], vec![TypeId(0)], vec![TypeId(2)], vec![TypeId(0)]];
        let c = strongly_connected(&edges);
        assert_eq!(c[0], c[1]);
        assert_ne!(c[0], c[2]);
        assert_ne!(c[3], c[0]);
    }
}
