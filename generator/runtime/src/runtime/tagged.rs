//! Discriminated unions (`oneOf` with a `discriminator`): writing the tag, and reading
//! the variant it names in one pass over the object.
//!
//! Serde's internally tagged enums cannot keep a variant they do not know, and they
//! buffer every object whole before reading it. Generated unions implement
//! [`Tagged`] instead: [`deserialize_tagged`] reads members until it meets the tag,
//! keeps the few it passed in a buffer, and hands the variant a map that replays those
//! and then reads the rest straight from the input. When the tag comes first, which is
//! how servers usually write it, nothing is buffered at all. Buffered members keep
//! the input's text where they can (`buffer.rs`).

use super::buffer::Buffered;
use serde::de::value::{BorrowedStrDeserializer, MapAccessDeserializer, StringDeserializer};
use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Cow;
use std::collections::VecDeque;

/// Serializes `value` as a JSON object with `tag_field` set to `tag_value`.
///
/// Union variants hold structs without the tag field, so the tag is written here. A
/// variant that does not serialize to an object is written as it is.
pub fn serialize_tagged<S: Serializer, T: Serialize>(
    serializer: S,
    tag_field: &str,
    tag_value: &str,
    value: &T,
) -> Result<S::Ok, S::Error> {
    let mut json = serde_json::to_value(value).map_err(serde::ser::Error::custom)?;
    if let serde_json::Value::Object(map) = &mut json {
        map.insert(
            tag_field.to_string(),
            serde_json::Value::String(tag_value.to_string()),
        );
    }
    json.serialize(serializer)
}

/// A discriminated union; generated unions implement it.
pub trait Tagged<'de>: Sized {
    /// The name of the member that holds the tag.
    const TAG: &'static str;

    /// Reads the variant that `tag` names from the object's other members. Unknown
    /// tags become the union's `Unknown` variant (call [`Rest::with_tag`] first, so the
    /// kept JSON is the object as it was received).
    fn from_tagged<A: MapAccess<'de>>(tag: &str, rest: Rest<'de, A>) -> Result<Self, A::Error>;

    /// The union's `Unknown` variant, for values without a usable tag.
    fn unknown(value: serde_json::Value) -> Self;
}

/// `Deserialize::deserialize` for a [`Tagged`] union.
pub fn deserialize_tagged<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Tagged<'de>,
{
    deserializer.deserialize_any(UnionVisitor(std::marker::PhantomData))
}

/// The members of a tagged object that the variant still has to read: those met before
/// the tag (buffered), then the rest of the input.
pub struct Rest<'de, A> {
    front: VecDeque<(Cow<'de, str>, Buffered<'de>)>,
    pending: Option<(Cow<'de, str>, Buffered<'de>)>,
    tag: Option<(&'static str, Buffered<'de>)>,
    live: A,
}

impl<A> std::fmt::Debug for Rest<'_, A> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rest")
            .field("buffered", &self.front.len())
            .finish_non_exhaustive()
    }
}

impl<'de, A: MapAccess<'de>> Rest<'de, A> {
    /// Puts the tag member back, for variants whose struct holds the tag itself and for
    /// unknown tags.
    pub fn with_tag(mut self) -> Self {
        if let Some(entry) = self.tag.take() {
            self.front.push_back((Cow::Borrowed(entry.0), entry.1));
        }
        self
    }

    /// Reads the members left as a `T` (a variant struct, or `serde_json::Value`).
    pub fn read<T: Deserialize<'de>>(self) -> Result<T, A::Error> {
        T::deserialize(MapAccessDeserializer::new(self))
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Rest<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let Some((key, value)) = self.front.pop_front() else {
            return self.live.next_key_seed(seed);
        };
        let read = match &key {
            Cow::Borrowed(text) => seed.deserialize(BorrowedStrDeserializer::new(text)),
            Cow::Owned(text) => seed.deserialize(StringDeserializer::new(text.clone())),
        };
        self.pending = Some((key, value));
        read.map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.pending.take() {
            Some((key, value)) => replay(seed, &key, value),
            None => self.live.next_value_seed(seed),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        let live = self.live.size_hint()?;
        Some(self.front.len() + live)
    }
}

/// Reads a buffered member. The caller's path tracking saw this member's key when it
/// was buffered, not now, so errors name the member and the place inside it
/// themselves (`schedule_id: UUID ...`, `items[2].id: ...`).
fn replay<'de, V: DeserializeSeed<'de>, E: serde::de::Error>(
    seed: V,
    key: &str,
    value: Buffered<'de>,
) -> Result<V::Value, E> {
    // Only arrays and objects have a path inside them; tracking costs a wrapper around
    // every visitor, so scalars, most of what is buffered, go without.
    if !matches!(value, Buffered::Seq(_) | Buffered::Map(_)) {
        return seed
            .deserialize(value.into_deserializer::<E>())
            .map_err(|error| E::custom(format!("{key}: {error}")));
    }
    let mut track = serde_path_to_error::Track::new();
    let replay = value.into_deserializer::<E>();
    seed.deserialize(serde_path_to_error::Deserializer::new(replay, &mut track))
        .map_err(|error| {
            let inner = track.path().to_string();
            match inner.as_str() {
                "" | "." => E::custom(format!("{key}: {error}")),
                _ if inner.starts_with('[') => E::custom(format!("{key}{inner}: {error}")),
                _ => E::custom(format!("{key}.{inner}: {error}")),
            }
        })
}

struct UnionVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Tagged<'de>> Visitor<'de> for UnionVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "an object with a `{}` member", T::TAG)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut front = VecDeque::new();
        while let Some(key) = map.next_key::<super::support::Key<'de>>()? {
            let value: Buffered<'de> = map.next_value()?;
            let key = key.into_cow();
            if key == T::TAG {
                if let Some(tag) = value.as_str().map(str::to_owned) {
                    let rest = Rest {
                        front,
                        pending: None,
                        tag: Some((T::TAG, value)),
                        live: map,
                    };
                    return T::from_tagged(&tag, rest);
                }
            }
            front.push_back((key, value));
        }
        let mut object = serde_json::Map::new();
        for (key, value) in front {
            let value = serde_json::Value::deserialize(value.into_deserializer::<A::Error>())?;
            object.insert(key.into_owned(), value);
        }
        Ok(T::unknown(serde_json::Value::Object(object)))
    }

    // Anything but an object has no tag: it is kept as it is, as `Unknown`.

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<T, E> {
        Ok(T::unknown(v.into()))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<T, E> {
        Ok(T::unknown(v.into()))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<T, E> {
        Ok(T::unknown(v.into()))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<T, E> {
        Ok(T::unknown(v.into()))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        Ok(T::unknown(v.into()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<T, E> {
        Ok(T::unknown(v.into()))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<T, E> {
        Ok(T::unknown(serde_json::Value::Null))
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<T, E> {
        Ok(T::unknown(serde_json::Value::Null))
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        serde_json::Value::deserialize(deserializer).map(T::unknown)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element::<serde_json::Value>()? {
            items.push(item);
        }
        Ok(T::unknown(serde_json::Value::Array(items)))
    }
}
