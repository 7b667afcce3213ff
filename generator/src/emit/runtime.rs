//! The runtime module every generated crate carries.
//!
//! The sources are the files of the `client-runtime` crate (`generator/runtime`),
//! compiled and tested there, and embedded here at build time so generated crates get
//! exactly the tested code. A test keeps this list equal to that directory.

/// `(file name under src/runtime/, contents)`, in file-name order.
pub const RUNTIME_FILES: &[(&str, &str)] = &[
    (
        "blocking.rs",
        include_str!("../../runtime/src/runtime/blocking.rs"),
    ),
    (
        "buffer.rs",
        include_str!("../../runtime/src/runtime/buffer.rs"),
    ),
    ("call.rs", include_str!("../../runtime/src/runtime/call.rs")),
    (
        "client.rs",
        include_str!("../../runtime/src/runtime/client.rs"),
    ),
    (
        "config.rs",
        include_str!("../../runtime/src/runtime/config.rs"),
    ),
    (
        "decode.rs",
        include_str!("../../runtime/src/runtime/decode.rs"),
    ),
    (
        "encode.rs",
        include_str!("../../runtime/src/runtime/encode.rs"),
    ),
    (
        "error.rs",
        include_str!("../../runtime/src/runtime/error.rs"),
    ),
    ("mod.rs", include_str!("../../runtime/src/runtime/mod.rs")),
    (
        "pagination.rs",
        include_str!("../../runtime/src/runtime/pagination.rs"),
    ),
    (
        "redirect.rs",
        include_str!("../../runtime/src/runtime/redirect.rs"),
    ),
    (
        "retry.rs",
        include_str!("../../runtime/src/runtime/retry.rs"),
    ),
    ("sse.rs", include_str!("../../runtime/src/runtime/sse.rs")),
    (
        "stream.rs",
        include_str!("../../runtime/src/runtime/stream.rs"),
    ),
    (
        "support.rs",
        include_str!("../../runtime/src/runtime/support.rs"),
    ),
    (
        "tagged.rs",
        include_str!("../../runtime/src/runtime/tagged.rs"),
    ),
    (
        "types.rs",
        include_str!("../../runtime/src/runtime/types.rs"),
    ),
    (
        "webhooks.rs",
        include_str!("../../runtime/src/runtime/webhooks.rs"),
    ),
];

#[cfg(test)]
mod tests {
    use super::RUNTIME_FILES;

    #[test]
    fn list_matches_runtime_directory() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/runtime/src/runtime");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .expect("runtime sources are part of the repository")
            .filter_map(|entry| entry.ok())
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".rs"))
            .collect();
        on_disk.sort();
        let listed: Vec<&str> = RUNTIME_FILES.iter().map(|(name, _)| *name).collect();
        assert_eq!(
            listed, on_disk,
            "update RUNTIME_FILES to match generator/runtime/src/runtime/"
        );
    }
}
