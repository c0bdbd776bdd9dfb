//! Reading and writing JSON text (profile files, the remembered profile) to and from
//! `serde_json::Value`, without serde_json's generic parser and serializer.
//!
//! The browser build uses only these two functions for JSON text; serde_json's own reader and writer
//! (about 8 KB of the compressed download) stay out of it. The command line and the tests still use
//! serde_json for the assessment output. Both readers agree on what is JSON and report the same line
//! and column when it is not; numbers agree exactly within the range `tfr_core::number` reads exactly
//! (any laboratory value) and to within rounding outside it. A property test in `tests/properties.rs`
//! compares the two on arbitrary text and documents.

use serde_json::{Map, Number, Value};

/// Where text stops being JSON: line and column (1-based; the column counts bytes), as serde_json
/// reports them: the byte that could not be read, or the last byte when the text ends too early.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1 (0 for empty text).
    pub column: usize,
}

/// Nesting deeper than this is refused (serde_json's limit too), so no input can exhaust the stack.
pub const MAX_DEPTH: usize = 128;

/// Reads one JSON document; anything after it other than white space is an error.
pub fn parse(text: &str) -> Result<Value, Position> {
    let mut p = Parser { text, bytes: text.as_bytes(), pos: 0, depth: 0 };
    p.ws();
    let value = p.value()?;
    p.ws();
    if p.pos < p.bytes.len() {
        return Err(p.here());
    }
    Ok(value)
}

/// A JSON object from `(key, value)` pairs. Built directly rather than with `serde_json::json!`, which goes through
/// serde's generic serializer, and by insertion rather than `collect()`, which would compile the map's
/// sort-and-bulk-build path (both are code the browser would otherwise download).
pub fn object<const N: usize>(pairs: [(&str, Value); N]) -> Value {
    let mut map = Map::new();
    for (k, v) in pairs {
        map.insert(k.to_owned(), v);
    }
    Value::Object(map)
}

/// JSON text of `value`: compact, or indented by two spaces like `serde_json::to_string_pretty`.
pub fn write(value: &Value, pretty: bool) -> String {
    let mut out = String::new();
    write_value(&mut out, value, pretty, 0);
    out
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    /// Where the byte at `index` is reported, as serde_json reports it: just after it, so a newline counts as the
    /// start of the next line (column 0), and the end of the text as just after its last byte (`" \n"` ends at line
    /// 2, column 0; `"{"` at line 1, column 1; `""` at line 1, column 0).
    fn position_of(&self, index: usize) -> Position {
        let before = self.bytes.get(..index.saturating_add(1)).unwrap_or(self.bytes);
        let line = 1 + before.iter().filter(|b| **b == b'\n').count();
        let line_start = before.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        Position { line, column: before.len() - line_start }
    }

    /// The byte being read, or the end of the text.
    fn here(&self) -> Position {
        self.position_of(self.pos)
    }

    /// The byte just read: where serde_json reports a bad `\u` escape or a number out of range (at its last digit).
    fn just_read(&self) -> Position {
        self.position_of(self.pos.saturating_sub(1))
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// Consumes `byte`, or reports where it was missing.
    fn eat(&mut self, byte: u8) -> Result<(), Position> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.here())
        }
    }

    fn value(&mut self) -> Result<Value, Position> {
        match self.peek() {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.here()),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Result<Value, Position>) -> Result<Value, Position> {
        if self.depth >= MAX_DEPTH {
            return Err(self.here());
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Position> {
        for expected in word.bytes() {
            self.eat(expected)?;
        }
        Ok(value)
    }

    /// Consumes `open` and the space after it; `true` when `close` follows at once (an empty object or array).
    fn empty(&mut self, open: u8, close: u8) -> Result<bool, Position> {
        self.eat(open)?;
        self.ws();
        let empty = self.peek() == Some(close);
        if empty {
            self.pos += 1;
        }
        Ok(empty)
    }

    fn object(&mut self) -> Result<Value, Position> {
        let mut map = Map::new();
        if self.empty(b'{', b'}')? {
            return Ok(Value::Object(map));
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.here());
            }
            let key = self.string()?;
            self.ws();
            self.eat(b':')?;
            self.ws();
            let value = self.value()?;
            map.insert(key, value);
            if !self.another(b'}')? {
                return Ok(Value::Object(map));
            }
        }
    }

    /// After a member or item: `true` past a comma (another follows), `false` past `close` (the end).
    fn another(&mut self, close: u8) -> Result<bool, Position> {
        self.ws();
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(true)
            }
            Some(b) if b == close => {
                self.pos += 1;
                Ok(false)
            }
            _ => Err(self.here()),
        }
    }

    fn array(&mut self) -> Result<Value, Position> {
        let mut items = Vec::new();
        if self.empty(b'[', b']')? {
            return Ok(Value::Array(items));
        }
        loop {
            self.ws();
            items.push(self.value()?);
            if !self.another(b']')? {
                return Ok(Value::Array(items));
            }
        }
    }

    /// Four hex digits, read as serde_json reads them: all four at once, so fewer than four left is the end of the
    /// text, and a bad digit is reported at the fourth.
    fn hex4(&mut self) -> Result<u32, Position> {
        let Some(four) = self.bytes.get(self.pos..self.pos + 4) else {
            self.pos = self.bytes.len();
            return Err(self.here());
        };
        let n = four.iter().try_fold(0, |n, b| char::from(*b).to_digit(16).map(|d| n * 16 + d));
        self.pos += 4;
        n.ok_or_else(|| self.just_read())
    }

    fn string(&mut self) -> Result<String, Position> {
        self.eat(b'"')?;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // The text is UTF-8 and the run stops only at ASCII bytes, so it is whole characters.
            out.push_str(self.text.get(start..self.pos).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                // A high surrogate must be followed by `\u` and a low one.
                                if self.peek() != Some(b'\\') {
                                    return Err(self.here());
                                }
                                self.pos += 1;
                                if self.peek() != Some(b'u') {
                                    return Err(self.here());
                                }
                                self.pos += 1;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return Err(self.just_read());
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            // A lone low surrogate is no character: reported at its last digit.
                            out.push(char::from_u32(code).ok_or_else(|| self.just_read())?);
                            continue;
                        }
                        _ => return Err(self.here()),
                    };
                    self.pos += 1;
                    out.push(escaped);
                }
                _ => return Err(self.here()), // a control character, or the end of the text
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Value, Position> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.here()),
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.here());
            }
            integer = false;
        }
        if let Some(b'e' | b'E') = self.peek() {
            let nonzero = self.bytes.get(start..self.pos).is_some_and(|m| m.iter().any(|b| matches!(b, b'1'..=b'9')));
            self.pos += 1;
            let negative = self.peek() == Some(b'-');
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            let exponent_start = self.pos;
            if self.digits() == 0 {
                return Err(self.here());
            }
            integer = false;
            // serde_json reads the exponent into an i32: for a nonzero number and a positive exponent it stops with
            // "out of range" at the digit that would overflow it (otherwise the number is 0).
            if nonzero && !negative {
                let mut exponent: i32 = 0;
                for (i, b) in self.bytes.get(exponent_start..self.pos).unwrap_or_default().iter().enumerate() {
                    match exponent.checked_mul(10).and_then(|e| e.checked_add(i32::from(b - b'0'))) {
                        Some(e) => exponent = e,
                        None => return Err(self.position_of(exponent_start + i)),
                    }
                }
            }
        }
        let text = self.text.get(start..self.pos).unwrap_or_default();
        if integer {
            if let Ok(n) = text.parse::<u64>() {
                return Ok(Value::Number(Number::from(n)));
            }
            if let Ok(n) = text.parse::<i64>() {
                return Ok(Value::Number(Number::from(n)));
            }
        }
        crate::number::parse_decimal(text).and_then(Number::from_f64).map(Value::Number).ok_or_else(|| self.just_read())
        // out of range: at its last digit
    }
}

fn write_value(out: &mut String, value: &Value, pretty: bool, indent: usize) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => write_string(out, s),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, pretty, indent + 1);
                write_value(out, item, pretty, indent + 1);
            }
            newline(out, pretty, indent);
            out.push(']');
        }
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, pretty, indent + 1);
                write_string(out, key);
                out.push_str(if pretty { ": " } else { ":" });
                write_value(out, item, pretty, indent + 1);
            }
            newline(out, pretty, indent);
            out.push('}');
        }
    }
}

fn newline(out: &mut String, pretty: bool, indent: usize) {
    if pretty {
        out.push('\n');
        for _ in 0..indent {
            out.push_str("  ");
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let n = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX.get(n >> 4).copied().unwrap_or(b'0')));
                out.push(char::from(HEX.get(n & 15).copied().unwrap_or(b'0')));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_what_serde_json_reads() {
        for text in [
            r#"{"a": [1, -2, 3.5, 1e3, -0.0021, 18446744073709551615, -9223372036854775808], "b": null, "c": true}"#,
            r#"  "\u00e9\ud83d\ude00 \n\t\"\\/ 阴性"  "#,
            "[]",
            "{}",
            "[[[]]]",
            r#"{"k": 1, "k": 2}"#,
            "0",
            "123456789012345678901234567890",
            "1E-7",
            "0e40018446744073709551616",
            "1e-40018446744073709551616",
            "0.000e2147483648",
        ] {
            let ours = parse(text).unwrap();
            let theirs: Value = serde_json::from_str(text).unwrap();
            assert_eq!(ours, theirs, "{text}");
        }
    }

    #[test]
    fn refuses_what_serde_json_refuses_at_the_same_place() {
        let mut mismatches = Vec::new();
        for text in [
            "",
            "{",
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{\n  \"a\": 1\n  \"b\": 2\n}",
            "01",
            "1.",
            "-",
            "1e",
            "tru",
            "nul",
            "\"abc",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"a\u{1}b\"",
            "[1] 2",
            "{\"a\":}",
            "1e400",
            " \n",
            "\"\\u A",
            "\"\\u12",
            "\"\\uZZZZ\"",
            "\"\\u12\nZ\"",
            "\"\\udc00\"",
            "\"\\ud800\\n\"",
            "\"\\ud800\\",
            "\"\\ud800\\u0041\"",
            "\"\\ud800\\u00\"",
            "\"\\ud800x\"",
            "1e40018446744073709551616",
            "-2.5E+2147483648",
            "[1,\n",
            "{\"a\":\r\n",
            "\n\n",
            "\"abc\n",
        ] {
            let ours = parse(text).expect_err(text);
            let theirs = serde_json::from_str::<Value>(text).expect_err(text);
            if (ours.line, ours.column) != (theirs.line(), theirs.column()) {
                mismatches.push(format!("{text:?}: ours {ours:?}, serde_json {theirs}"));
            }
        }
        assert!(mismatches.is_empty(), "{mismatches:#?}");
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse(&deep).is_err());
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let value = json!({
            "format": "tfr-profile/1",
            "pcr": [{"date": "2024-01-10", "bcr_abl1_is": 0.0021}, {"abl1_copies": 52000, "undetectable": true}],
            "empty": [], "none": {}, "text": "a \"quoted\" \\ line\nand\ttab \u{1} 阴性", "n": -3, "x": null
        });
        assert_eq!(write(&value, true), serde_json::to_string_pretty(&value).unwrap());
        assert_eq!(write(&value, false), serde_json::to_string(&value).unwrap());
        assert_eq!(parse(&write(&value, true)).unwrap(), value);
    }
}
