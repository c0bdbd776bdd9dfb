//! Property tests of what people type, paste and load: the file loader and the paste parser never panic on any input.

use proptest::prelude::*;
use tfr_core::dates;
use tfr_core::entry::{check_pcr_row, load_profile_text, parse_pasted, PcrDraft, ProfileDraft};

fn today() -> chrono::NaiveDate {
    dates::parse_iso("2026-11-21").unwrap()
}

/// Lines that look like lab report lines, with noise.
fn lab_line() -> impl Strategy<Value = String> {
    (
        prop_oneof![Just(String::new()), "[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}", "\\PC{0,12}"],
        prop_oneof![
            Just(String::new()),
            "[0-9.,eE%-]{0,10}",
            Just("undetectable".to_owned()),
            Just("未检测到".to_owned())
        ],
        prop_oneof![Just(String::new()), "[0-9, ]{0,9}", "\\PC{0,8}"],
    )
        .prop_map(|(a, b, c)| format!("{a} {b}\t{c}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_file_loader_never_panics_on_any_text(text in "\\PC{0,400}") {
        let _ = load_profile_text(&text);
    }

    #[test]
    fn the_file_loader_never_panics_on_json_of_any_shape(value in any_json()) {
        let mut v = value;
        if let Some(obj) = v.as_object_mut() {
            obj.insert("format".into(), "tfr-profile/1".into());
        }
        if let Ok(draft) = load_profile_text(&v.to_string()) {
            // Whatever it loaded can be checked and saved again without panicking.
            let _ = draft.check(today());
            let (json, _) = draft.to_json();
            let _ = ProfileDraft::from_json(&json);
        }
    }

    #[test]
    fn pasted_text_never_panics_and_every_row_starts_with_a_readable_date(lines in prop::collection::vec(lab_line(), 0..30)) {
        let text = lines.join("\n");
        let (rows, skipped) = parse_pasted(&text);
        prop_assert!(rows.len() + skipped.len() <= lines.len().max(1));
        for row in &rows {
            prop_assert!(dates::parse_user(&row.date).is_ok());
            let _ = check_pcr_row(row, today());
        }
    }

    #[test]
    fn any_typed_row_is_checked_without_panicking(date in "\\PC{0,14}", value in "\\PC{0,12}", copies in "\\PC{0,12}", ud in any::<bool>()) {
        let _ = check_pcr_row(&PcrDraft { date, value, undetectable: ud, copies }, today());
    }
}

fn any_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        any::<i64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        prop_oneof![Just("2024-02-29"), Just("2023-02-29"), Just("e14a2"), Just("imatinib"), Just("resistance")]
            .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        let keys = prop_oneof![
            Just("pcr".to_owned()),
            Just("tki_courses".to_owned()),
            Just("date".to_owned()),
            Just("bcr_abl1_is".to_owned()),
            Just("undetectable".to_owned()),
            Just("abl1_copies".to_owned()),
            Just("drug".to_owned()),
            Just("start".to_owned()),
            Just("end".to_owned()),
            Just("lab".to_owned()),
            Just("age_years".to_owned()),
            "[a-z_]{1,10}",
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys, inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
