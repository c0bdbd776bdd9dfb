//! The text catalogue: every user-visible string, clinical text included, looked up by key in one table per language.

mod en;
mod en_monitoring;
mod en_outlook;
mod en_ui;
mod en_values;
mod zh;
mod zh_monitoring;
mod zh_outlook;
mod zh_ui;
mod zh_values;

/// English tables: each sorted by key; keys unique across tables. They are the source the build reads (see
/// `build.rs`); the program itself looks texts up through [`Key`] in the compiled catalogue.
const EN_TABLES: &[&str] = &[en::TEXT, en_monitoring::TEXT, en_outlook::TEXT, en_ui::TEXT, en_values::TEXT];
/// Chinese tables, parallel to [`EN_TABLES`].
const ZH_TABLES: &[&str] = &[zh::TEXT, zh_monitoring::TEXT, zh_outlook::TEXT, zh_ui::TEXT, zh_values::TEXT];

/// The `(key, template)` pairs of one table text, in the table's order.
pub fn table_entries(table: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    table.lines().filter_map(|line| line.split_once('\t'))
}

/// The catalogue compiled by `build.rs`: `COUNT`, the sorted key `NAMES`, and `EN_TEMPLATES` / `ZH_TEMPLATES`
/// (the templates alone, one per line, in key order).
mod compiled {
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

/// A text of the catalogue, written `key!("about.open")`: the compiler checks that the key exists and keeps only
/// its position among the sorted keys, so the browser build carries no key names.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key(u16);

// Every position fits a `Key`.
const _: () = assert!(compiled::COUNT <= u16::MAX as usize);

/// The catalogue key named by a string literal, checked when the program is compiled:
/// `text(lang, key!("about.open"))`. A name that is not in the catalogue is a compile error.
#[macro_export]
macro_rules! key {
    ($name:literal) => {{
        // Evaluated by the compiler: an unknown name stops the build with the name as the message, and nothing here
        // can fail at run time.
        const KEY: $crate::i18n::Key = match $crate::i18n::Key::lookup($name) {
            Some(key) => key,
            None => panic!("{}", $name),
        };
        KEY
    }};
}

impl Key {
    /// The key called `name`, if the catalogue has one: a binary search over the sorted names, usable at compile
    /// time (by [`key!`]) and at run time (names read by tests and tools).
    #[allow(clippy::indexing_slicing)]
    pub const fn lookup(name: &str) -> Option<Key> {
        let (mut lo, mut hi) = (0, compiled::COUNT);
        while lo < hi {
            let mid = (lo + hi) / 2;
            // `mid < COUNT`, so the index is in bounds, and `COUNT` fits a `u16` (checked above).
            match compare(compiled::NAMES[mid].as_bytes(), name.as_bytes()) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(Key(mid as u16)),
            }
        }
        None
    }

    /// The key called `name`, if the catalogue has one (for names read at run time, such as in tests and tools).
    pub fn from_name(name: &str) -> Option<Key> {
        Key::lookup(name)
    }

    /// The key's name, `about.open`. For JSON output, tests and tools: the browser build never calls it, so the
    /// names stay out of its download.
    pub fn name(self) -> &'static str {
        compiled::NAMES.get(usize::from(self.0)).copied().unwrap_or("")
    }

    /// Every key, in order.
    pub fn all() -> impl Iterator<Item = Key> {
        (0..compiled::COUNT).filter_map(|i| u16::try_from(i).ok()).map(Key)
    }
}

/// Byte-wise comparison usable at compile time.
#[allow(clippy::indexing_slicing)]
const fn compare(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return if a[i] < b[i] { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater };
        }
        i += 1;
    }
    if a.len() < b.len() {
        std::cmp::Ordering::Less
    } else if a.len() > b.len() {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "key!({:?})", self.name())
    }
}

/// The key's name (for tests and tools; the browser build never formats a key).
impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Key {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// The templates of a language in key order, split into lines on first use.
fn index(lang: Lang) -> &'static [&'static str] {
    static EN: std::sync::OnceLock<Vec<&str>> = std::sync::OnceLock::new();
    static ZH: std::sync::OnceLock<Vec<&str>> = std::sync::OnceLock::new();
    let (cell, templates) = match lang {
        Lang::En => (&EN, compiled::EN_TEMPLATES),
        Lang::Zh => (&ZH, compiled::ZH_TEMPLATES),
    };
    cell.get_or_init(|| templates.split('\n').collect())
}

use serde::{Deserialize, Serialize};

/// A language of the aid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    #[serde(rename = "en")]
    En,
    /// Simplified Chinese.
    #[serde(rename = "zh-CN")]
    Zh,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The BCP 47 tag for the page's `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// The catalogue's tables for this language (texts of `key\ttemplate` lines), each sorted by key.
    pub fn tables(self) -> &'static [&'static str] {
        match self {
            Lang::En => EN_TABLES,
            Lang::Zh => ZH_TABLES,
        }
    }

    /// Every `(key name, template)` pair of this language, sorted by key.
    pub fn entries(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        Key::all().map(move |k| (k.name(), text(self, k)))
    }
}

/// The template for `key` in `lang`.
pub fn text(lang: Lang, key: Key) -> &'static str {
    index(lang).get(usize::from(key.0)).copied().unwrap_or("")
}

/// A date as people read it: `15 March 2027` in English, `2027年3月15日` in Chinese.
pub fn format_date(lang: Lang, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::En => {
            let month = MONTHS.get(date.month0() as usize).copied().unwrap_or("");
            format!("{} {} {}", date.day(), month, date.year())
        }
        Lang::Zh => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
    }
}

/// One argument of a message: plain text (a number, a date) or another catalogue key.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Arg {
    /// Shown as it is.
    Text(String),
    /// Looked up in the catalogue of the language being shown.
    Key(Key),
    /// A date, written the way each language writes dates (15 March 2027, 2027年3月15日).
    Date(chrono::NaiveDate),
}

/// A message: a catalogue key and the values for its `{placeholders}`.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    /// Catalogue key.
    pub key: Key,
    /// Values for the placeholders, by name.
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A message without placeholders.
    pub fn new(key: Key) -> Self {
        Self { key, args: Vec::new() }
    }

    /// Adds a plain-text argument.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// Adds a date argument.
    #[must_use]
    pub fn with_date(mut self, name: &'static str, date: chrono::NaiveDate) -> Self {
        self.args.push((name, Arg::Date(date)));
        self
    }

    /// Adds an argument that is itself a catalogue key.
    #[must_use]
    pub fn with_key(mut self, name: &'static str, key: Key) -> Self {
        self.args.push((name, Arg::Key(key)));
        self
    }

    /// The message in `lang`, placeholders filled.
    pub fn render(&self, lang: Lang) -> String {
        fill(text(lang, self.key), &self.args, lang, true)
    }
}

/// `template` with each `{name}` replaced by the argument of that name, in one pass (a `{name}` without an argument
/// stays as it is). A key argument's text is filled from the same arguments, one level deep.
fn fill(template: &str, args: &[(&'static str, Arg)], lang: Lang, nested: bool) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let Some((name, tail)) = after.split_once('}') else {
            out.push('{');
            rest = after;
            break;
        };
        match args.iter().find(|(n, _)| *n == name).map(|(_, arg)| arg) {
            Some(Arg::Text(t)) => out.push_str(t),
            Some(Arg::Key(k)) if nested => out.push_str(&fill(text(lang, *k), args, lang, false)),
            Some(Arg::Key(k)) => out.push_str(text(lang, *k)),
            Some(Arg::Date(d)) => out.push_str(&format_date(lang, *d)),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// JSON output renders messages in English, for the command line and for reviewers.
impl Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.render(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn catalogues_are_sorted_unique_and_complete_in_both_languages() {
        for lang in Lang::ALL {
            for table in lang.tables() {
                let lines = table.lines().filter(|l| !l.is_empty()).count();
                let keys: Vec<&str> = table_entries(table).map(|(k, _)| k).collect();
                assert_eq!(keys.len(), lines, "{lang:?}: every line of a table is `key<TAB>template`");
                assert!(table_entries(table).all(|(k, v)| !k.is_empty() && !v.is_empty() && !k.contains(' ')));
                let mut sorted = keys.clone();
                sorted.sort_unstable();
                sorted.dedup();
                assert_eq!(keys, sorted, "{lang:?} tables must be sorted by key with no duplicates");
            }
            let all: Vec<&str> = lang.entries().map(|(k, _)| k).collect();
            let unique: BTreeSet<&str> = all.iter().copied().collect();
            assert_eq!(all.len(), unique.len(), "{lang:?}: a key appears in two tables");
        }
        let en: BTreeSet<&str> = Lang::En.entries().map(|(k, _)| k).collect();
        let zh: BTreeSet<&str> = Lang::Zh.entries().map(|(k, _)| k).collect();
        let missing_zh: Vec<_> = en.difference(&zh).collect();
        let missing_en: Vec<_> = zh.difference(&en).collect();
        assert!(missing_zh.is_empty(), "keys without a Chinese text: {missing_zh:?}");
        assert!(missing_en.is_empty(), "keys without an English text: {missing_en:?}");
    }

    #[test]
    fn placeholders_match_between_languages() {
        fn names(template: &str) -> BTreeSet<String> {
            template
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
                .collect()
        }
        for key in Key::all() {
            let (en, zh) = (text(Lang::En, key), text(Lang::Zh, key));
            assert_eq!(names(en), names(zh), "placeholders differ for {key:?}");
        }
    }

    #[test]
    fn chinese_texts_are_written_in_chinese() {
        for (key, zh) in Lang::Zh.entries() {
            let has_han = zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            let language_neutral = !zh.chars().any(char::is_lowercase);
            assert!(
                has_han || language_neutral || key.starts_with("term.") || key.starts_with("transcript.e1"),
                "{key} looks untranslated: {zh}"
            );
        }
    }

    #[test]
    fn the_compiled_catalogue_holds_every_source_entry_under_its_key() {
        let mut count = 0;
        for lang in Lang::ALL {
            for table in lang.tables() {
                for (name, template) in table_entries(table) {
                    let key = Key::from_name(name).unwrap_or_else(|| panic!("{name} is not compiled"));
                    assert_eq!(key.name(), name);
                    assert_eq!(Key::lookup(name), Some(key));
                    assert_eq!(text(lang, key), template, "{name} in {lang:?}");
                    count += 1;
                }
            }
        }
        assert_eq!(count, 2 * Key::all().count(), "every key once per language");
        assert!(Key::all().all(|k| !text(Lang::En, k).is_empty() && !text(Lang::Zh, k).is_empty()));
        assert_eq!(Key::from_name("no.such.key"), None);
        assert_eq!(format!("{:?}", key!("about.open")), "key!(\"about.open\")");
    }

    #[test]
    fn an_unknown_key_name_is_refused() {
        // Inside `key!` the refusal is a compile error naming the key.
        assert_eq!(Key::lookup("no.such.key"), None);
        assert_eq!(Key::lookup(""), None);
        assert_eq!(Key::lookup("about.open.x"), None);
    }

    #[test]
    fn messages_fill_placeholders_and_nested_keys() {
        let msg = Msg::new(key!("problem.unknown_value")).with("allowed", "a, b");
        assert!(msg.render(Lang::En).contains("a, b"));
        let args = [("a", Arg::Text("1".into())), ("b", Arg::Text("{a}".into()))];
        assert_eq!(fill("x {a} {b} {c} {a", &args, Lang::En, true), "x 1 {a} {c} {a");
        assert_eq!(fill("{}{a}{{a}}", &args, Lang::En, true), "{}1{{a}}");
        let drug = Msg::new(key!("chart.legend.line")).with_key("name", key!("chart.line.mmr")).with("percent", "0.1");
        assert!(drug.render(Lang::En).contains("0.1"), "{}", drug.render(Lang::En));
    }
}
