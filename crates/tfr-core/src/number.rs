//! Small decimal reading and writing, so the browser build does not carry the standard library's
//! general float parser and printer (about 25 KB of code and tables for the few numbers the aid
//! shows).
//!
//! [`parse_decimal`] returns the same `f64` as `str::parse::<f64>` for every decimal with at most
//! 19 significant digits whose exponent stays within ±22 after the digits are read (one exact
//! integer, one correctly rounded multiplication or division by an exact power of ten): that
//! covers any %IS value or copy number a laboratory reports. Outside that range it is within a
//! few units in the last place. A property test compares it with the standard parser.

/// Exact powers of ten as `f64` (10^0 to 10^22 are all exactly representable).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// Reads a decimal number: optional sign, digits with at most one `.` (`5`, `0.0021`, `.5`, `5.`),
/// optional exponent (`2.1e-3`, `4.8E4`). No spaces, no `inf` or `nan`. `None` when it is not one.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let mut mantissa: u64 = 0;
    let mut digits = 0u32; // significant digits kept in `mantissa`
    let mut exp10: i64 = 0;
    let mut seen_digit = false;
    let mut seen_point = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                seen_digit = true;
                let d = u64::from(b - b'0');
                if digits < 19 {
                    mantissa = mantissa * 10 + d;
                    if mantissa > 0 {
                        digits += 1;
                    }
                    if seen_point {
                        exp10 -= 1;
                    }
                } else if !seen_point {
                    exp10 += 1; // a digit beyond what we keep, before the point
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        i += 1;
        let exp_negative = match bytes.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut exp: i64 = 0;
        while let Some(&b @ b'0'..=b'9') = bytes.get(i) {
            exp = (exp * 10 + i64::from(b - b'0')).min(1_000_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp10 += if exp_negative { -exp } else { exp };
    }
    if i != bytes.len() {
        return None;
    }
    #[allow(clippy::cast_precision_loss)] // at most 19 digits; exact below 2^53, correctly rounded above
    let m = mantissa as f64;
    let value = if mantissa == 0 {
        0.0
    } else if (0..=22).contains(&exp10) {
        m * POW10.get(usize::try_from(exp10).unwrap_or(0)).copied().unwrap_or(1.0)
    } else if (-22..0).contains(&exp10) {
        m / POW10.get(usize::try_from(-exp10).unwrap_or(0)).copied().unwrap_or(1.0)
    } else {
        // Far outside anything a laboratory reports: scale in steps (saturates to 0 or infinity).
        let mut v = m;
        let mut e = exp10.clamp(-800, 800);
        while e > 22 {
            v *= 1e22;
            e -= 22;
        }
        while e < -22 {
            v /= 1e22;
            e += 22;
        }
        let p = POW10.get(usize::try_from(e.unsigned_abs()).unwrap_or(0)).copied().unwrap_or(1.0);
        if e >= 0 {
            v * p
        } else {
            v / p
        }
    };
    Some(if negative { -value } else { value })
}

/// `value` with exactly `decimals` digits after the point, rounded half away from zero:
/// `fixed(2.345, 1)` is `"2.3"`, `fixed(0.5, 0)` is `"1"`. Non-finite values give `"–"`.
/// Meant for display values (at most 20 decimals; magnitudes and scaled values below 10^18).
pub fn fixed(value: f64, decimals: u32) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let decimals = decimals.min(20);
    let scale = POW10.get(decimals as usize).copied().unwrap_or(1.0);
    let scaled = (value.abs() * scale).round();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped, non-negative
    let units = scaled.min(1e18) as u64;
    let negative = value < 0.0 && units > 0;
    let digits = units.to_string();
    let d = decimals as usize;
    let mut out = String::with_capacity(digits.len() + 3);
    if negative {
        out.push('-');
    }
    if d == 0 {
        out.push_str(&digits);
        return out;
    }
    if digits.len() <= d {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', d - digits.len()));
        out.push_str(&digits);
    } else {
        // `get`, not `split_at`: the digits are ASCII, and a checked split would bring the standard library's
        // string-slicing panic message (and the Unicode escaping it uses) into the download.
        let split = digits.len() - d;
        out.push_str(digits.get(..split).unwrap_or_default());
        out.push('.');
        out.push_str(digits.get(split..).unwrap_or_default());
    }
    out
}

/// `value` with at most `decimals` digits after the point and no trailing zero:
/// `trimmed(51.60, 2)` is `"51.6"`, `trimmed(40.0, 1)` is `"40"`.
pub fn trimmed(value: f64, decimals: u32) -> String {
    let mut text = fixed(value, decimals);
    if text.contains('.') {
        let keep = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(keep);
    }
    if text == "-0" {
        text = "0".to_string();
    }
    text
}

/// `value` with up to six significant digits, no trailing zero: `0.0021`, `0.1`, `48000`,
/// `0.00123457`. For showing a level someone typed or a threshold.
pub fn short(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    if value == 0.0 {
        return "0".to_string();
    }
    let magnitude = value.abs().log10().floor();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped to 0..=20
    let decimals = (5.0 - magnitude).clamp(0.0, 20.0) as u32;
    trimmed(value, decimals)
}

/// A count of tenths as a one-decimal number (`29` → `2.9`), for years from `dates::span_tenths` and
/// `dates::total_tenths`.
pub fn tenths_text(tenths: u64) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_laboratories_write() {
        for (text, want) in [
            ("0.0021", 0.0021),
            ("2.1e-3", 2.1e-3),
            ("4.8E4", 4.8e4),
            ("48000", 48000.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("+0.1", 0.1),
            ("-0.1", -0.1),
            ("0.0032", 0.0032),
            ("0.000000000000000000000000001", 1e-27),
            ("00012", 12.0),
            ("1e400", f64::INFINITY),
            ("1e-400", 0.0),
        ] {
            assert_eq!(parse_decimal(text), Some(want), "{text}");
        }
        for bad in ["", ".", "-", "e5", "1e", "1e+", "1.2.3", "1,5", "abc", "inf", "nan", "1 2", "0x10", "١"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn matches_the_standard_parser_for_realistic_values() {
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let digits = seed % 10_000_000_000;
            let places = (seed >> 40) % 20;
            let text = if places == 0 {
                format!("{digits}")
            } else {
                let s = format!("{digits:0>width$}", width = places as usize + 1);
                let (a, b) = s.split_at(s.len() - places as usize);
                format!("{a}.{b}")
            };
            assert_eq!(parse_decimal(&text), text.parse::<f64>().ok(), "{text}");
            let exp = format!("{digits}e-{places}");
            assert_eq!(parse_decimal(&exp), exp.parse::<f64>().ok(), "{exp}");
        }
    }

    #[test]
    fn fixed_rounds_half_away_from_zero() {
        assert_eq!(fixed(2.345, 1), "2.3");
        assert_eq!(fixed(2.35, 1), "2.4");
        assert_eq!(fixed(0.5, 0), "1");
        assert_eq!(fixed(0.001, 3), "0.001");
        assert_eq!(fixed(100.0, 0), "100");
        assert_eq!(fixed(-1.25, 1), "-1.3");
        assert_eq!(fixed(-0.01, 1), "0.0");
        assert_eq!(fixed(123.456, 2), "123.46");
        assert_eq!(fixed(f64::NAN, 1), "–");
    }

    #[test]
    fn trimmed_and_short_drop_trailing_zeros() {
        assert_eq!(trimmed(51.6, 2), "51.6");
        assert_eq!(trimmed(40.0, 1), "40");
        assert_eq!(trimmed(0.004, 2), "0");
        assert_eq!(trimmed(-0.001, 2), "0");
        assert_eq!(trimmed(12.345, 2), "12.35");
        for (v, want) in [
            (0.0021, "0.0021"),
            (0.1, "0.1"),
            (0.01, "0.01"),
            (0.0032, "0.0032"),
            (48000.0, "48000"),
            (0.00123456789, "0.00123457"),
            (100.0, "100"),
            (0.0, "0"),
            (1e-12, "0.000000000001"),
            (-2.5, "-2.5"),
        ] {
            assert_eq!(short(v), want, "{v}");
        }
        // Every value with up to 6 significant digits reads back as itself.
        for digits in [1_u64, 21, 32, 4_500, 123_456] {
            for places in 0..12 {
                let text = format!("{}", digits as f64 / 10f64.powi(places));
                let v: f64 = text.parse().unwrap();
                assert_eq!(short(v).parse::<f64>().unwrap(), v, "{text}");
            }
        }
    }

    #[test]
    fn tenths_read_as_one_decimal() {
        assert_eq!(tenths_text(0), "0.0");
        assert_eq!(tenths_text(29), "2.9");
        assert_eq!(tenths_text(50), "5.0");
        assert_eq!(tenths_text(u64::MAX), "1844674407370955161.5");
    }
}
