//! 简体中文词条（outlook）：按键排序（测试检查顺序与完整性）。

/// `(key, template)` pairs, sorted by key.
pub static ENTRIES: &[(&str, &str)] = &[
];
