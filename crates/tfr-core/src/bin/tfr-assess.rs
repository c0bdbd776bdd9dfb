//! `tfr-assess`: reads a `tfr-profile/1` file (or `-` for stdin) and prints the assessment as JSON, or with `--ics` the monitoring calendar.

use std::io::{Read, Write};
use std::process::ExitCode;
use tfr_core::monitoring::GUIDELINE_IDS;
use tfr_core::{FieldError, Lang, Problem};

fn today() -> chrono::NaiveDate {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    tfr_core::dates::add_days(chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default(), days)
}

const USAGE: &str = "usage: tfr-assess [--ics eln2020|nccn] [--lang en|zh-CN] FILE | -   \
(prints a tfr-assessment/1 document, or with --ics the iCalendar file of the PCR tests after the profile's planned_stop, \
texts in the --lang language; exit 2 on invalid input)";

const LANG_TAGS: &[&str] = &["en", "zh-CN"];

/// The command line, read.
struct Args {
    path: String,
    /// Guideline id given with `--ics`.
    ics: Option<String>,
    lang: Lang,
}

/// Why the arguments cannot be used.
enum ArgError {
    /// Not a command line we read.
    Usage,
    /// Well formed, but with values we do not know.
    Invalid(Vec<FieldError>),
}

/// Reads the arguments.
fn parse_args(args: &[String]) -> Result<Args, ArgError> {
    let usage = || ArgError::Usage;
    let mut path = None;
    let mut ics = None;
    let mut lang = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--ics" => ics = Some(it.next().ok_or_else(usage)?.clone()),
            "--lang" => lang = Some(it.next().ok_or_else(usage)?.clone()),
            flag if flag.starts_with("--") => return Err(ArgError::Usage),
            _ if path.is_some() => return Err(ArgError::Usage),
            _ => path = Some(arg.clone()),
        }
    }
    let path = path.ok_or_else(usage)?;
    let mut errors = Vec::new();
    if let Some(id) = &ics {
        if !GUIDELINE_IDS.contains(&id.as_str()) {
            errors
                .push(FieldError { field: "--ics".into(), problem: Problem::UnknownValue { allowed: GUIDELINE_IDS } });
        }
    }
    let lang = match lang.as_deref() {
        None | Some("en") => Lang::En,
        Some("zh-CN" | "zh") => Lang::Zh,
        Some(_) => {
            errors.push(FieldError { field: "--lang".into(), problem: Problem::UnknownValue { allowed: LANG_TAGS } });
            Lang::En
        }
    };
    if errors.is_empty() {
        Ok(Args { path, ics, lang })
    } else {
        Err(ArgError::Invalid(errors))
    }
}

fn fail(errors: &[FieldError]) -> ExitCode {
    println!("{}", tfr_core::errors_json(errors));
    ExitCode::from(2)
}

fn fail_with(code: &str, problem: &str) -> ExitCode {
    println!(
        "{}",
        serde_json::json!({"format": "tfr-errors/1", "errors": [{"field": "", "problem": problem, "code": code}]})
    );
    ExitCode::from(2)
}

fn emit(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(1),
    }
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&raw) {
        Ok(args) => args,
        Err(ArgError::Usage) => return fail_with("usage", USAGE),
        Err(ArgError::Invalid(errors)) => return fail(&errors),
    };
    let mut bytes = Vec::new();
    let limit = u64::try_from(tfr_core::profile::MAX_INPUT_BYTES + 1).unwrap_or(u64::MAX);
    let read = if args.path == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(&args.path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    if let Err(e) = read {
        return fail_with("unreadable", &format!("cannot read {}: {e}", args.path));
    }
    let text = String::from_utf8_lossy(&bytes);
    let profile = match tfr_core::Profile::from_json_str(&text, today()) {
        Ok(profile) => profile,
        Err(errors) => return fail(&errors),
    };
    match args.ics {
        Some(guideline) => {
            let Some(plan) = tfr_core::monitoring::monitoring(&profile) else {
                return fail(&[FieldError { field: "planned_stop".into(), problem: Problem::Missing }]);
            };
            match tfr_core::ics::calendar(&plan, &guideline, args.lang) {
                Some(ics) => emit(&ics),
                None => fail(&[FieldError {
                    field: "--ics".into(),
                    problem: Problem::UnknownValue { allowed: GUIDELINE_IDS },
                }]),
            }
        }
        None => match serde_json::to_string_pretty(&tfr_core::assess(&profile)) {
            Ok(json) => emit(&format!("{json}\n")),
            Err(_) => ExitCode::from(1),
        },
    }
}
