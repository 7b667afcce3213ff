//! Whole-IR passes that run after every type exists.

use crate::ir::{Operation, ResponseShape, TypeDef, TypeId, TypeKind, TypeRef};
use std::collections::{BTreeMap, BTreeSet};

/// Types per model file before models are split into several files.
const TYPES_PER_MODULE: usize = 300;

/// Runs the passes in order; returns the model modules when models are split.
/// The first `component_count` types are the document's component schemas.
pub(crate) fn finish(types: &mut Vec<TypeDef>, operations: &mut [Operation], component_count: usize) -> Option<Vec<String>> {
    strip_union_tags(types, operations);
    prune_unreachable(types, operations, component_count);
    break_alias_cycles(types);
    box_recursive_fields(types);
    assign_modules(types)
}

/// Drops inline types nothing refers to any more (the enum made for a `type: {const}`
/// discriminator whose field `strip_union_tags` removed, say). Component schemas are
/// always kept: they are the document's public vocabulary.
fn prune_unreachable(types: &mut Vec<TypeDef>, operations: &mut [Operation], component_count: usize) {
    let mut reachable = vec![false; types.len()];
    let mut pending: Vec<TypeId> = (0..component_count.min(types.len())).map(TypeId).collect();
    for op in operations.iter() {
        visit_operation_refs(op, |ty| named_ids(ty, &mut pending));
        if let Some(params) = &op.params_struct {
            pending.push(params.ty);
        }
        if let ResponseShape::ByStatus { ty, .. } = &op.response {
            pending.push(*ty);
        }
    }
    while let Some(id) = pending.pop() {
        match reachable.get_mut(id.0) {
            Some(seen) if !*seen => *seen = true,
            _ => continue,
        }
        visit_type_refs(&types[id.0], |ty| named_ids(ty, &mut pending));
    }
    if reachable.iter().all(|r| *r) {
        return;
    }
    let mut new_ids = vec![None; types.len()];
    let mut next = 0;
    for (index, keep) in reachable.iter().enumerate() {
        if *keep {
            new_ids[index] = Some(TypeId(next));
            next += 1;
        }
    }
    let old = std::mem::take(types);
    *types = old
        .into_iter()
        .zip(&reachable)
        .filter(|(_, keep)| **keep)
        .map(|(def, _)| def)
        .collect();
    let remap = |ty: &mut TypeRef| remap_ids(ty, &new_ids);
    for def in types.iter_mut() {
        map_type_refs(def, remap);
    }
    for op in operations.iter_mut() {
        map_operation_refs(op, remap);
        if let Some(params) = &mut op.params_struct {
            params.ty = new_ids[params.ty.0].unwrap_or(params.ty);
        }
        if let ResponseShape::ByStatus { ty, .. } = &mut op.response {
            *ty = new_ids[ty.0].unwrap_or(*ty);
        }
    }
}

fn remap_ids(ty: &mut TypeRef, new_ids: &[Option<TypeId>]) {
    match ty {
        TypeRef::Named(id) => {
            if let Some(Some(new)) = new_ids.get(id.0) {
                *id = *new;
            }
        }
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) | TypeRef::Box(inner) => remap_ids(inner, new_ids),
        _ => {}
    }
}

/// Every type reference inside one type definition.
fn visit_type_refs(def: &TypeDef, mut f: impl FnMut(&TypeRef)) {
    match &def.kind {
        TypeKind::Struct(s) => {
            s.fields.iter().for_each(|field| f(&field.ty));
            if let Some(extra) = &s.additional {
                f(extra);
            }
        }
        TypeKind::Union(u) => u.variants.iter().for_each(|v| f(&v.ty)),
        TypeKind::StatusEnum(variants) => variants.iter().for_each(|v| f(&v.ty)),
        TypeKind::Alias(ty) => f(ty),
        TypeKind::StringEnum(_) => {}
    }
}

fn map_type_refs(def: &mut TypeDef, f: impl Fn(&mut TypeRef)) {
    match &mut def.kind {
        TypeKind::Struct(s) => {
            s.fields.iter_mut().for_each(|field| f(&mut field.ty));
            if let Some(extra) = &mut s.additional {
                f(extra);
            }
        }
        TypeKind::Union(u) => u.variants.iter_mut().for_each(|v| f(&mut v.ty)),
        TypeKind::StatusEnum(variants) => variants.iter_mut().for_each(|v| f(&mut v.ty)),
        TypeKind::Alias(ty) => f(ty),
        TypeKind::StringEnum(_) => {}
    }
}

/// Every type reference an operation holds outside its params struct type.
fn visit_operation_refs(op: &Operation, mut f: impl FnMut(&TypeRef)) {
    op.path_params.iter().for_each(|p| f(&p.ty));
    if let Some(params) = &op.params_struct {
        params.params.iter().for_each(|p| f(&p.ty));
    }
    if let Some(body) = &op.body {
        f(&body.ty);
    }
    match &op.response {
        ResponseShape::Single { ty, .. } => f(ty),
        ResponseShape::ByStatus { cases, .. } => cases.iter().for_each(|c| f(&c.ty)),
    }
    if let Some(page) = &op.pagination {
        page.type_refs().iter().for_each(f);
    }
}

fn map_operation_refs(op: &mut Operation, f: impl Fn(&mut TypeRef)) {
    op.path_params.iter_mut().for_each(|p| f(&mut p.ty));
    if let Some(params) = &mut op.params_struct {
        params.params.iter_mut().for_each(|p| f(&mut p.ty));
    }
    if let Some(body) = &mut op.body {
        f(&mut body.ty);
    }
    match &mut op.response {
        ResponseShape::Single { ty, .. } => f(ty),
        ResponseShape::ByStatus { cases, .. } => cases.iter_mut().for_each(|c| f(&mut c.ty)),
    }
    if let Some(page) = &mut op.pagination {
        page.type_refs_mut().into_iter().for_each(f);
    }
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
        visit_operation_refs(op, |ty| f(Use::Operation, ty));
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
