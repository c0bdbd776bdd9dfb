//! The catalogue holds no dead text: every key is named somewhere in the app's or the core's code with `key!`.
//! (The other direction, a key named in code but missing from the catalogue, does not compile.)
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;
use tfr_core::i18n::Lang;

/// Collects `.rs` files under a folder.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The names in `key!("...")` calls of a source text.
fn keys_in(source: &str) -> Vec<String> {
    source
        .match_indices("key!(\"")
        .filter_map(|(i, call)| source[i + call.len()..].split_once('"').map(|(name, _)| name.to_owned()))
        .collect()
}

#[test]
fn every_catalogue_key_is_named_in_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("crates/tfr-core/src"), &mut files);
    let mut named = BTreeSet::new();
    for file in files.iter().filter(|f| !f.to_string_lossy().contains("/i18n/")) {
        named.extend(keys_in(&std::fs::read_to_string(file).unwrap()));
    }
    assert!(named.len() > 500, "found only {} keys: the scan is broken", named.len());
    let unused: Vec<&str> = Lang::En.entries().map(|(k, _)| k).filter(|k| !named.contains(*k)).collect();
    assert!(
        unused.is_empty(),
        "catalogue texts no code shows (remove them from both languages):\n{}",
        unused.join("\n")
    );
}
