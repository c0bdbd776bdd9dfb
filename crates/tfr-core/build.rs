//! Compiles the text catalogue (`src/i18n/*.rs`, one `key<TAB>template` line per entry) into `catalogue.rs` in
//! `OUT_DIR`: the sorted key names, and per language the templates alone, one per line, in key order.
//!
//! Code names a text with `key!("about.open")`, which the compiler turns into the key's position in the sorted list
//! (an unknown key does not compile). The browser build then carries the templates and small numbers, not the key
//! names: about 7 KB less to download.

use std::fmt::Write as _;
use std::path::Path;

/// The catalogue files of each language, in the same order.
const EN: [&str; 5] = ["en", "en_monitoring", "en_outlook", "en_ui", "en_values"];
const ZH: [&str; 5] = ["zh", "zh_monitoring", "zh_outlook", "zh_ui", "zh_values"];

fn main() {
    println!("cargo::rerun-if-changed=src/i18n");
    println!("cargo::rerun-if-changed=build.rs");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set"));
    let en = read_language(&EN);
    let zh = read_language(&ZH);
    let names: Vec<&str> = en.iter().map(|(k, _)| k.as_str()).collect();
    let zh_names: Vec<&str> = zh.iter().map(|(k, _)| k.as_str()).collect();
    if let Some(k) = names.iter().find(|k| !zh_names.contains(k)) {
        fail(&format!("catalogue key {k} has no Chinese text"));
    }
    if let Some(k) = zh_names.iter().find(|k| !names.contains(k)) {
        fail(&format!("catalogue key {k} has no English text"));
    }
    let mut code = String::new();
    let _ = writeln!(code, "/// How many keys the catalogue has.\npub const COUNT: usize = {};", names.len());
    let _ = writeln!(code, "/// Every key, sorted by its bytes.\npub const NAMES: [&str; COUNT] = [");
    for name in &names {
        let _ = writeln!(code, "    {name:?},");
    }
    code.push_str("];\n");
    for (lang, entries) in [("EN", &en), ("ZH", &zh)] {
        let lines: Vec<&str> = entries.iter().map(|(_, v)| v.as_str()).collect();
        let _ = writeln!(code, "/// The {lang} templates in key order, one per line.");
        let _ = writeln!(code, "pub const {lang}_TEMPLATES: &str = {:?};", lines.join("\n"));
    }
    let path = Path::new(&out).join("catalogue.rs");
    if let Err(e) = std::fs::write(&path, code) {
        fail(&format!("cannot write {}: {e}", path.display()));
    }
}

/// Every `(key, template)` of one language, sorted by key; fails on a duplicate key or a malformed line.
fn read_language(files: &[&str]) -> Vec<(String, String)> {
    let mut all = Vec::new();
    for file in files {
        let path = format!("src/i18n/{file}.rs");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("cannot read {path}: {e}")));
        let body = text
            .split_once("pub static TEXT: &str = \"\n")
            .and_then(|(_, rest)| rest.rsplit_once("\n\";"))
            .map(|(body, _)| body)
            .unwrap_or_else(|| fail(&format!("{path}: no `pub static TEXT: &str = \"` ... `\";`")));
        for line in body.lines().filter(|l| !l.is_empty()) {
            let Some((key, template)) = line.split_once("\\t") else {
                fail(&format!("{path}: a line without a key and a tab: {line}"));
            };
            all.push((key.to_owned(), unescape(template, &path)));
        }
    }
    all.sort();
    if let Some(w) = all.windows(2).find(|w| w[0].0 == w[1].0) {
        fail(&format!("catalogue key {} appears twice", w[0].0));
    }
    all
}

/// The template as the Rust string literal means it: the catalogue uses only `\"` and `\t` escapes.
fn unescape(s: &str, path: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('"') => out.push('"'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            other => fail(&format!("{path}: unsupported escape \\{}", other.unwrap_or(' '))),
        }
    }
    out
}

/// Stops the build with the message (a build script reports by panicking).
fn fail(message: &str) -> ! {
    panic!("text catalogue: {message}")
}
