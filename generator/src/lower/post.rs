//! Whole-IR passes that run after every type exists.

use crate::ir::{
    EventSet, Operation, ResponseShape, StructForm, TypeDef, TypeId, TypeKind, TypeRef, Union,
};
use std::collections::{BTreeMap, BTreeSet};

/// Types per model file before models are split into several files.
const TYPES_PER_MODULE: usize = 300;

/// Structs with more fields than this get the [`StructForm::Wide`] impls, unless the
/// config says otherwise. Below it the compact form's extra cost is a fraction of a
/// second per struct (it grows with the square of the field count: 4.7 s at 1,000
/// fields; see `BENCHMARKS.md`) and its shorter text reads better. The largest structs
/// of GitHub's and Stripe's APIs have about 100 fields, so real APIs stay compact.
pub(crate) const WIDE_STRUCT_FIELDS: usize = 128;

/// rustc's default `recursion_limit`. Checking a type walks its fields' types one
/// query deep per level, so nesting deeper than this fails to compile ("overflow
/// while checking whether `S0` requires drop").
const DEFAULT_RECURSION_LIMIT: usize = 128;

/// Runs the passes in order; returns the model modules when models are split.
/// The first `component_count` types are the document's component schemas.
/// Structs with more than `wide_fields` fields get the wide form.
pub(crate) fn finish(
    types: &mut Vec<TypeDef>,
    operations: &mut [Operation],
    events: &mut [EventSet],
    component_count: usize,
    wide_fields: usize,
) -> Option<Vec<String>> {
    strip_union_tags(types, operations, events);
    prune_unreachable(types, operations, events, component_count);
    break_alias_cycles(types);
    box_recursive_fields(types);
    finish_structs(types, wide_fields);
    document_undocumented(types);
    assign_modules(types)
}

/// Decides what depends on a struct's final fields (union tags are stripped by now):
/// the name of the extras field, clear of them, and the form of the impls, so that
/// structs with many fields get the impls rustc checks in linear time.
fn finish_structs(types: &mut [TypeDef], wide_fields: usize) {
    for def in types {
        if let TypeKind::Struct(s) = &mut def.kind {
            if let Some(extra) = &mut s.additional {
                extra.field = crate::names::extras_field(s.fields.iter().map(|f| &f.name.ident));
            }
            s.form = if s.fields.len() > wide_fields {
                StructForm::Wide
            } else {
                StructForm::Compact
            };
        }
    }
}

/// The `#![recursion_limit]` the generated crate needs, if rustc's default is not
/// enough for its deepest chain of nested types.
///
/// rustc walks nested types one query level per type constructor (`S0` contains
/// `Option<S1>`, which contains `S1`, ...) when it computes layouts, drop glue and
/// drop-check rules. Boxing does not shorten the walk (drop-check looks through
/// `Box` and `Vec`), so a 200-deep `$ref` chain needs about 400 levels; measured,
/// a limit equal to the depth is enough. The limit is twice the depth, rounded up to
/// a power of two, which leaves room for the levels inside standard types; it only
/// bounds a walk the compiler does anyway, so a generous value costs nothing.
pub(crate) fn recursion_limit(types: &[TypeDef]) -> Option<usize> {
    let depth = nesting_depth(types);
    let needed = depth.saturating_mul(2);
    (needed > DEFAULT_RECURSION_LIMIT).then(|| needed.checked_next_power_of_two().unwrap_or(needed))
}

/// The longest chain of nested type constructors below any type (named types and
/// `Option`/`Vec`/`Box`/map wrappers count one level each).
///
/// Types that refer to each other in a cycle are one strongly connected component;
/// a walk can pass through each member once, so a component counts the sum of its
/// members' levels: an overestimate for large cycles, which is harmless here.
/// Components are finished by Tarjan's algorithm after everything they reach, so
/// one pass in component order sees every target's depth before its users.
fn nesting_depth(types: &[TypeDef]) -> usize {
    // For each type: every named type it refers to, with the wrappers around the
    // reference, and the deepest wrapper stack of any of its references.
    let mut edges: Vec<Vec<(TypeId, usize)>> = Vec::with_capacity(types.len());
    let mut own_levels = Vec::with_capacity(types.len());
    for def in types {
        let mut out = Vec::new();
        let mut wrappers_max = 0;
        visit_type_refs(def, |ty| {
            let (wrappers, target) = unwrap_levels(ty);
            wrappers_max = wrappers_max.max(wrappers);
            if let Some(target) = target.filter(|t| t.0 < types.len()) {
                out.push((target, wrappers));
            }
        });
        edges.push(out);
        own_levels.push(1 + wrappers_max);
    }
    let targets: Vec<Vec<TypeId>> = edges
        .iter()
        .map(|out| out.iter().map(|(id, _)| *id).collect())
        .collect();
    let component = strongly_connected(&targets);
    let count = component.iter().copied().max().map_or(0, |max| max + 1);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (index, c) in component.iter().enumerate() {
        members[*c].push(index);
    }
    let mut depth = vec![0usize; count];
    for c in 0..count {
        let cyclic = members[c].len() > 1
            || members[c]
                .iter()
                .any(|&m| targets[m].iter().any(|t| t.0 == m));
        let mut below = 0;
        for &m in &members[c] {
            for &(target, wrappers) in &edges[m] {
                if component[target.0] != c {
                    below = below.max(wrappers + depth[component[target.0]]);
                }
            }
        }
        depth[c] = if cyclic {
            members[c].iter().map(|&m| own_levels[m]).sum::<usize>() + below
        } else {
            // One type: its own level plus its deepest reference (or wrapper stack).
            let m = members[c][0];
            1 + below.max(own_levels[m] - 1)
        };
    }
    depth.into_iter().max().unwrap_or(0)
}

/// How many wrappers (`Option`, `Vec`, `Box`, map) surround a reference, and the
/// named type inside them, if any.
fn unwrap_levels(ty: &TypeRef) -> (usize, Option<TypeId>) {
    let mut levels = 0;
    let mut current = ty;
    loop {
        match current {
            TypeRef::Named(id) => return (levels, Some(*id)),
            TypeRef::Vec(inner)
            | TypeRef::Map(inner)
            | TypeRef::Option(inner)
            | TypeRef::Box(inner) => {
                levels += 1;
                current = inner;
            }
            _ => return (levels, None),
        }
    }
}

/// Drops inline types nothing refers to any more (the enum made for a `type: {const}`
/// discriminator whose field `strip_union_tags` removed, say). Component schemas are
/// always kept: they are the document's public vocabulary.
fn prune_unreachable(
    types: &mut Vec<TypeDef>,
    operations: &mut [Operation],
    events: &mut [EventSet],
    component_count: usize,
) {
    let mut reachable = vec![false; types.len()];
    let mut pending: Vec<TypeId> = (0..component_count.min(types.len())).map(TypeId).collect();
    for ty in events.iter_mut().flat_map(EventSet::payload_types_mut) {
        named_ids(ty, &mut pending);
    }
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
    events
        .iter_mut()
        .flat_map(EventSet::payload_types_mut)
        .for_each(remap);
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
        TypeRef::Vec(inner)
        | TypeRef::Map(inner)
        | TypeRef::Option(inner)
        | TypeRef::Box(inner) => remap_ids(inner, new_ids),
        _ => {}
    }
}

/// Every type reference inside one type definition.
pub(super) fn visit_type_refs(def: &TypeDef, mut f: impl FnMut(&TypeRef)) {
    match &def.kind {
        TypeKind::Struct(s) => {
            s.fields.iter().for_each(|field| f(&field.ty));
            if let Some(extra) = &s.additional {
                f(&extra.ty);
            }
        }
        TypeKind::Union(u) => u.variants().for_each(|v| f(&v.ty)),
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
                f(&mut extra.ty);
            }
        }
        TypeKind::Union(u) => u.variants_mut().for_each(|v| f(&mut v.ty)),
        TypeKind::StatusEnum(variants) => variants.iter_mut().for_each(|v| f(&mut v.ty)),
        TypeKind::Alias(ty) => f(ty),
        TypeKind::StringEnum(_) => {}
    }
}

/// Every type reference an operation holds outside its params struct type.
pub(super) fn visit_operation_refs(op: &Operation, mut f: impl FnMut(&TypeRef)) {
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
        ResponseShape::Stream(stream) => f(&stream.item),
    }
    if let Some(variant) = &op.stream_variant {
        f(&variant.stream.item);
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
        ResponseShape::Stream(stream) => f(&mut stream.item),
    }
    if let Some(variant) = &mut op.stream_variant {
        f(&mut variant.stream.item);
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
                    f(Use::Plain, &extra.ty);
                }
            }
            TypeKind::Union(Union::Untagged(variants)) => {
                variants.iter().for_each(|v| f(Use::Plain, &v.ty));
            }
            TypeKind::Union(Union::Tagged { tag, variants }) => {
                variants
                    .iter()
                    .for_each(|v| f(Use::Tagged(tag), &v.variant.ty));
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

pub(super) fn named_ids(ty: &TypeRef, out: &mut Vec<TypeId>) {
    match ty {
        TypeRef::Named(id) => out.push(*id),
        TypeRef::Vec(inner)
        | TypeRef::Map(inner)
        | TypeRef::Option(inner)
        | TypeRef::Box(inner) => named_ids(inner, out),
        _ => {}
    }
}

/// A struct used only as a variant of tagged unions with the same tag does not need
/// the tag field: the union writes and reads it. Keeping it would make callers repeat
/// the variant's name and would serialize the key twice.
fn strip_union_tags(types: &mut [TypeDef], operations: &[Operation], events: &mut [EventSet]) {
    let mut tags: BTreeMap<TypeId, BTreeSet<String>> = BTreeMap::new();
    let mut plain: BTreeSet<TypeId> = BTreeSet::new();
    // An event payload is decoded on its own, with its tag field.
    for ty in events.iter_mut().flat_map(EventSet::payload_types_mut) {
        let mut ids = Vec::new();
        named_ids(ty, &mut ids);
        plain.extend(ids);
    }
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
        let Some(tag) = tag_set.into_iter().next() else {
            continue;
        };
        if let Some(TypeKind::Struct(s)) = types.get_mut(id.0).map(|t| &mut t.kind) {
            s.fields.retain(|f| f.name.wire != tag);
            s.derive_default = s.fields.iter().all(|f| f.ty.is_option());
        }
    }
    // Which variants' structs now lack the tag field (stripped here, or never had one).
    let lacks_tag: Vec<Vec<bool>> = types
        .iter()
        .map(|def| match &def.kind {
            TypeKind::Union(Union::Tagged { tag, variants }) => variants
                .iter()
                .map(|v| match &v.variant.ty {
                    TypeRef::Named(id) => types.get(id.0).is_some_and(|target| {
                        matches!(&target.kind, TypeKind::Struct(s) if !s.fields.iter().any(|f| f.name.wire == *tag))
                    }),
                    _ => false,
                })
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    for (def, lacks) in types.iter_mut().zip(lacks_tag) {
        if let TypeKind::Union(Union::Tagged { variants, .. }) = &mut def.kind {
            for (variant, lacks) in variants.iter_mut().zip(lacks) {
                variant.tag_left_out = lacks;
            }
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
                TypeKind::Union(u) => u.variants().for_each(|v| push(&v.ty)),
                TypeKind::StatusEnum(variants) => variants.iter().for_each(|v| push(&v.ty)),
                TypeKind::Alias(ty) => push(ty),
                TypeKind::StringEnum(_) => {}
            }
            out
        })
        .collect();
    let component = strongly_connected(&edges);
    for (index, def) in types.iter_mut().enumerate() {
        let same = |ty: &TypeRef| {
            by_value_target(ty).is_some_and(|t| component.get(t.0) == component.get(index))
        };
        match &mut def.kind {
            TypeKind::Struct(s) => {
                for field in &mut s.fields {
                    if same(&field.ty) {
                        field.ty = boxed(std::mem::replace(&mut field.ty, TypeRef::Unit));
                    }
                }
            }
            TypeKind::Union(u) => {
                for variant in u.variants_mut() {
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
        let letter = def
            .name
            .chars()
            .next()
            .map_or('x', |c| c.to_ascii_lowercase());
        buckets.entry(letter).or_default().push(index);
    }
    let mut modules = Vec::new();
    for (letter, members) in buckets {
        let chunks: Vec<&[usize]> = members.chunks(TYPES_PER_MODULE).collect();
        for (n, chunk) in chunks.iter().enumerate() {
            let module = if chunks.len() == 1 {
                format!("{letter}")
            } else {
                format!("{letter}{}", n + 1)
            };
            for &index in *chunk {
                types[index].module = module.clone();
            }
            modules.push(module);
        }
    }
    Some(modules)
}

/// Gives every type the document does not describe a line of rustdoc saying what kind
/// of value it is, so that every public item of a generated crate is documented.
fn document_undocumented(types: &mut [TypeDef]) {
    // A description of `""` (or only spaces) documents nothing either.
    let blank = |docs: &Option<String>| docs.as_deref().is_none_or(|d| d.trim().is_empty());
    for def in types.iter_mut().filter(|def| blank(&def.docs)) {
        let what = match &def.kind {
            TypeKind::Struct(_) => "An object",
            TypeKind::StringEnum(_) => "One of a fixed set of string values",
            TypeKind::Union(_) => "One of several shapes of value",
            TypeKind::Alias(_) => "Another name for the type it stands for",
            TypeKind::StatusEnum(_) => "The response, by status",
        };
        def.docs = Some(format!("{what} (the API document does not describe it)."));
    }
    for def in types.iter_mut() {
        if let TypeKind::Struct(object) = &mut def.kind {
            for field in object.fields.iter_mut().filter(|f| blank(&f.docs)) {
                field.docs = Some(format!(
                    "The `{}` property (the API document does not describe it).",
                    field.name.wire
                ));
            }
        }
        match &mut def.kind {
            TypeKind::Union(Union::Tagged { variants, .. }) => {
                for tagged in variants.iter_mut().filter(|v| blank(&v.variant.docs)) {
                    tagged.variant.docs =
                        Some(format!("The value when its tag is `{}`.", tagged.value));
                }
            }
            TypeKind::Union(Union::Untagged(variants)) => {
                for variant in variants.iter_mut().filter(|v| blank(&v.docs)) {
                    variant.docs = Some(
                        "The value when it has this shape (shapes are tried in order).".to_owned(),
                    );
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Field, Struct};

    #[test]
    fn tarjan_finds_cycles() {
        // 0 -> 1 -> 0 is a cycle, 2 -> 2 a self loop, 3 stands alone.
        let edges = vec![
            vec![TypeId(1)],
            vec![TypeId(0)],
            vec![TypeId(2)],
            vec![TypeId(0)],
        ];
        let c = strongly_connected(&edges);
        assert_eq!(c[0], c[1]);
        assert_ne!(c[0], c[2]);
        assert_ne!(c[3], c[0]);
    }

    fn def(name: &str, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: name.to_string(),
            module: String::new(),
            gate: None,
            docs: None,
            deprecated: false,
            kind,
        }
    }

    /// A struct with one field per type reference.
    fn with_fields(name: &str, types: Vec<TypeRef>) -> TypeDef {
        let fields = types
            .into_iter()
            .enumerate()
            .map(|(index, ty)| Field {
                name: crate::names::field_name(&format!("f{index}")),
                ty,
                required: false,
                nullable: false,
                docs: None,
                deprecated: false,
            })
            .collect();
        def(
            name,
            TypeKind::Struct(Struct {
                fields,
                additional: None,
                derive_default: false,
                form: StructForm::Compact,
            }),
        )
    }

    fn option(ty: TypeRef) -> TypeRef {
        TypeRef::Option(Box::new(ty))
    }

    /// `S0 { next: Option<S1> }`, ..., and a last struct with a string.
    fn chain(length: usize) -> Vec<TypeDef> {
        (0..length)
            .map(|i| {
                let field = if i + 1 < length {
                    option(TypeRef::Named(TypeId(i + 1)))
                } else {
                    TypeRef::String
                };
                with_fields(&format!("S{i}"), vec![field])
            })
            .collect()
    }

    #[test]
    fn nesting_depth_counts_types_and_wrappers() {
        // (types, depth): a struct of primitives is one level, each wrapper one more.
        let vec_of = |ty| TypeRef::Vec(Box::new(ty));
        let cases: Vec<(Vec<TypeDef>, usize)> = vec![
            (vec![], 0),
            (vec![with_fields("A", vec![TypeRef::String])], 1),
            (
                vec![with_fields("A", vec![option(vec_of(TypeRef::I64))])],
                3,
            ),
            // A -> Option<B>, B -> Vec<Option<String>>: A, Option, B, Vec, Option.
            (
                vec![
                    with_fields("A", vec![option(TypeRef::Named(TypeId(1)))]),
                    with_fields("B", vec![vec_of(option(TypeRef::String))]),
                ],
                5,
            ),
            (chain(3), 5),
            (chain(200), 399),
            // A cycle (A <-> B, boxed or not) counts each member once: 2 + 2, plus C
            // below it through an Option.
            (
                vec![
                    with_fields("A", vec![option(TypeRef::Named(TypeId(1)))]),
                    with_fields(
                        "B",
                        vec![
                            option(TypeRef::Named(TypeId(0))),
                            option(TypeRef::Named(TypeId(2))),
                        ],
                    ),
                    with_fields("C", vec![TypeRef::Bool]),
                ],
                6,
            ),
            // An alias adds its wrappers and one level for itself.
            (
                vec![
                    def("A", TypeKind::Alias(vec_of(TypeRef::Named(TypeId(1))))),
                    with_fields("B", vec![]),
                ],
                3,
            ),
        ];
        for (index, (types, expected)) in cases.iter().enumerate() {
            assert_eq!(nesting_depth(types), *expected, "case {index}");
        }
    }

    #[test]
    fn recursion_limit_only_when_the_default_is_too_low() {
        assert_eq!(recursion_limit(&chain(10)), None);
        // 32 structs and 31 options are 63 levels; twice that fits in rustc's 128.
        assert_eq!(recursion_limit(&chain(32)), None);
        // 64 structs and 63 options are 127 levels; twice that does not.
        assert_eq!(recursion_limit(&chain(64)), Some(256));
        assert_eq!(recursion_limit(&chain(200)), Some(1024));
    }

    #[test]
    fn structs_over_the_threshold_get_the_wide_form() {
        let mut types = vec![
            with_fields("Small", vec![TypeRef::String; 3]),
            with_fields("Edge", vec![TypeRef::String; 4]),
            with_fields("Wide", vec![TypeRef::String; 5]),
        ];
        finish_structs(&mut types, 4);
        let forms: Vec<StructForm> = types
            .iter()
            .filter_map(|t| match &t.kind {
                TypeKind::Struct(s) => Some(s.form),
                _ => None,
            })
            .collect();
        assert_eq!(
            forms,
            [StructForm::Compact, StructForm::Compact, StructForm::Wide]
        );
    }

    #[test]
    fn the_extras_field_keeps_clear_of_the_final_fields() {
        let extras = |fields: &[&str]| {
            let mut def = with_fields("S", vec![TypeRef::String; fields.len()]);
            let TypeKind::Struct(s) = &mut def.kind else {
                unreachable!("with_fields makes a struct")
            };
            for (field, wire) in s.fields.iter_mut().zip(fields) {
                field.name = crate::names::field_name(wire);
            }
            s.additional = Some(crate::ir::Additional {
                field: crate::names::field_name("stale").ident,
                ty: TypeRef::Json,
            });
            let mut types = vec![def];
            finish_structs(&mut types, 128);
            match &types[0].kind {
                TypeKind::Struct(s) => s.additional.as_ref().map(|a| a.field.to_string()),
                _ => None,
            }
        };
        assert_eq!(extras(&["id"]).as_deref(), Some("additional_properties"));
        assert_eq!(
            extras(&["id", "additional_properties"]).as_deref(),
            Some("additional_properties_")
        );
    }
}
