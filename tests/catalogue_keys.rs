//! Every catalogue key the app or the core names in code exists in the catalogue (a missing key would show as raw text).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use tfr_core::i18n::{text, Lang};

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

/// String literals that follow a call naming a catalogue key.
fn keys_in(source: &str) -> Vec<String> {
    const CALLS: &[&str] = &["Msg::new(\"", "t(\"", "text(lang, \"", "text(*lang, \"", "_key(\"", ".label()"];
    let mut keys = Vec::new();
    for call in CALLS.iter().filter(|c| c.ends_with('"')) {
        for (i, _) in source.match_indices(call) {
            // Whole call names only: `parse_percent_text("` is not `t("`.
            let before = source[..i].chars().next_back().unwrap_or(' ');
            if call.starts_with(|c: char| c.is_alphabetic()) && (before.is_alphanumeric() || before == '_') {
                continue;
            }
            let rest = &source[i + call.len()..];
            if let Some(end) = rest.find('"') {
                keys.push(rest[..end].to_owned());
            }
        }
    }
    // Second argument of with_key("name", "key").
    for (i, _) in source.match_indices("with_key(\"") {
        let rest = &source[i + "with_key(\"".len()..];
        if let Some((_, after)) = rest.split_once("\", \"") {
            if let Some(end) = after.find('"') {
                keys.push(after[..end].to_owned());
            }
        }
    }
    keys.retain(|k| k.contains('.') && !k.contains(' ') && !k.contains('{'));
    keys
}

#[test]
fn every_key_named_in_code_has_a_text_in_both_languages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("crates/tfr-core/src"), &mut files);
    let mut missing = Vec::new();
    let mut seen = 0;
    for file in files.iter().filter(|f| !f.to_string_lossy().contains("/i18n/")) {
        let source = std::fs::read_to_string(file).unwrap();
        for key in keys_in(&source) {
            seen += 1;
            let key: &'static str = Box::leak(key.into_boxed_str());
            for lang in Lang::ALL {
                if text(lang, key) == key {
                    missing.push(format!("{} ({lang:?}) in {}", key, file.display()));
                }
            }
        }
    }
    assert!(seen > 100, "found only {seen} keys: the scan is broken");
    assert!(missing.is_empty(), "keys without a text:\n{}", missing.join("\n"));
}
