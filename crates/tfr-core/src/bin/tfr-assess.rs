//! `tfr-assess`: reads a `tfr-profile/1` file (or `-` for stdin) and prints the assessment as JSON.

use std::io::Read;
use std::process::ExitCode;

fn today() -> chrono::NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    tfr_core::dates::add_days(chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default(), days)
}

const USAGE: &str = "usage: tfr-assess FILE | -   (prints a tfr-assessment/1 document; exit 2 on invalid input)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        println!("{}", serde_json::json!({"format": "tfr-errors/1", "errors": [{"field": "", "problem": USAGE, "code": "usage"}]}));
        return ExitCode::from(2);
    };
    let mut bytes = Vec::new();
    let limit = u64::try_from(tfr_core::profile::MAX_INPUT_BYTES + 1).unwrap_or(u64::MAX);
    let read = if path == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    if let Err(e) = read {
        let problem = format!("cannot read {path}: {e}");
        println!("{}", serde_json::json!({"format": "tfr-errors/1", "errors": [{"field": "", "problem": problem, "code": "unreadable"}]}));
        return ExitCode::from(2);
    }
    let text = String::from_utf8_lossy(&bytes);
    match tfr_core::assess_json(&text, today()) {
        Ok(assessment) => match serde_json::to_string_pretty(&assessment) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(_) => ExitCode::from(1),
        },
        Err(errors) => {
            println!("{}", tfr_core::errors_json(&errors));
            ExitCode::from(2)
        }
    }
}
