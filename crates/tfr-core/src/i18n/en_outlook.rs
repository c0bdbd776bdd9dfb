//! English catalogue, outlook texts: sorted by key (a test checks order and completeness).

/// `(key, template)` pairs, sorted by key.
pub static ENTRIES: &[(&str, &str)] = &[
];
