//! The PCR history as an SVG chart drawn by the app: BCR-ABL1 %IS over time on a log scale, the MMR, MR4 and MR4.5 lines, distinct marks for undetectable and not-evaluable results, and a table as its text equivalent.
//!
//! Everything computed here is geometry for display; the only clinical values are the three lines, taken from the core's constants.

use chrono::{Datelike, NaiveDate};
use tfr_core::assessment::GradedResult;
use tfr_core::dates;
use tfr_core::i18n::Key;
use tfr_core::i18n::{format_date, text, Lang, Msg};
use tfr_core::key;
use tfr_core::number::short;
use tfr_core::response::{Grade, MMR_MAX_PERCENT, MR45_MAX_PERCENT, MR4_MAX_PERCENT};
use yew::prelude::*;

/// Props of [`PcrChart`].
#[derive(Properties, PartialEq, Debug)]
pub struct Props {
    /// The graded results, as the core returns them (any order; drawn by date).
    pub results: Vec<GradedResult>,
    /// Display language.
    pub lang: Lang,
    /// Prefix of the element ids (unique on the page).
    #[prop_or(AttrValue::Static("pcr-chart"))]
    pub id: AttrValue,
}

// The drawing area, in viewBox units. The SVG scales to the width of its container.
const WIDTH: f64 = 540.0;
const HEIGHT: f64 = 340.0;
const LEFT: f64 = 104.0;
const RIGHT: f64 = WIDTH - 80.0;
const TOP: f64 = 36.0;
const BOTTOM: f64 = HEIGHT - 42.0;
/// The top of the scale: 100% (10^2).
const TOP_EXP: i32 = 2;
/// The scale reaches at least down to 0.0001% (10^-4), and at most to 10^-6.
const BOTTOM_EXP_DEFAULT: i32 = -4;
const BOTTOM_EXP_MIN: i32 = -6;

// Colours as presentation attributes, so the chart keeps its meaning without the stylesheet (which sets the
// same colours from its variables). Each is at least 3:1 against white; text colours at least 4.5:1.
const INK: &str = "#1a1a1a";
const MUTED: &str = "#4a4a4a";
const GRID: &str = "#8a94a3";
const PAPER: &str = "#ffffff";
const MEASURED: &str = "#0b5cad";
const UNDETECTABLE: &str = "#1b6e3a";
const NOT_EVALUABLE: &str = "#7a4b00";

/// How a result is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Mark {
    /// A measured %IS value.
    Measured(f64),
    /// Not detected: drawn at the test's limit, 100 / ABL1 copies %, meaning "below this".
    Undetectable(f64),
    /// Not detected with too few ABL1 copies to grade: drawn at that limit too, in another shape.
    NotEvaluable(f64),
}

impl Mark {
    fn of(r: &GradedResult) -> Self {
        // A sample with no ABL1 copies recorded could not see anything: drawn at the top of the scale.
        let limit = match r.abl1_copies {
            Some(copies) if copies > 0 => 100.0 / copies as f64,
            _ => 10f64.powi(TOP_EXP),
        };
        match (r.bcr_abl1_is, r.grade) {
            (Some(v), _) => Mark::Measured(v),
            (None, Grade::NotEvaluable) => Mark::NotEvaluable(limit),
            (None, Grade::Level(_)) => Mark::Undetectable(limit),
        }
    }

    fn value(self) -> f64 {
        match self {
            Mark::Measured(v) | Mark::Undetectable(v) | Mark::NotEvaluable(v) => v,
        }
    }

    fn class(self) -> &'static str {
        match self {
            Mark::Measured(_) => "measured",
            Mark::Undetectable(_) => "undetectable",
            Mark::NotEvaluable(_) => "not-evaluable",
        }
    }
}

/// The log scale of the y axis, from 10^`top` at the top to 10^`bottom` at the bottom.
#[derive(Clone, Copy, Debug)]
struct YScale {
    top: i32,
    bottom: i32,
}

impl YScale {
    fn fitting(values: impl Iterator<Item = f64>) -> Self {
        let lowest = values
            .filter(|v| v.is_finite() && *v > 0.0)
            .map(|v| v.log10().floor() as i32)
            .min()
            .unwrap_or(BOTTOM_EXP_DEFAULT);
        YScale { top: TOP_EXP, bottom: lowest.clamp(BOTTOM_EXP_MIN, BOTTOM_EXP_DEFAULT) }
    }

    /// The y position of a %IS value; values off the scale (or zero) sit on its edge.
    fn y(self, percent: f64) -> f64 {
        let exp = if percent.is_finite() && percent > 0.0 { percent.log10() } else { f64::from(self.bottom) };
        // max/min rather than f64::clamp: clamp's check of its bounds formats floats in its panic message, which
        // kept the standard float printer (about 5 KB compressed) in the download.
        let exp = exp.max(f64::from(self.bottom)).min(f64::from(self.top));
        TOP + (f64::from(self.top) - exp) / f64::from(self.top - self.bottom) * (BOTTOM - TOP)
    }
}

/// The time scale of the x axis, in days.
#[derive(Clone, Copy, Debug)]
struct XScale {
    first: i64,
    last: i64,
}

impl XScale {
    fn fitting(first: NaiveDate, last: NaiveDate) -> Self {
        let (a, b) = (day(first), day(last));
        let pad = if b > a { ((b - a) / 25).max(20) } else { 200 };
        XScale { first: a - pad, last: b + pad }
    }

    fn x(self, date: NaiveDate) -> f64 {
        LEFT + (day(date) - self.first) as f64 / (self.last - self.first).max(1) as f64 * (RIGHT - LEFT)
    }

    /// 1 January of the years to label, at most about 6 of them.
    fn year_ticks(self) -> Vec<NaiveDate> {
        let from = date_of(self.first).year() + 1;
        let to = date_of(self.last).year();
        let count = (to - from + 1).max(0);
        let step = [1, 2, 5, 10, 20].into_iter().find(|s| count / s <= 6).unwrap_or(50);
        (from..=to).filter(|y| y % step == 0).filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1)).collect()
    }
}

fn day(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce())
}

fn date_of(day: i64) -> NaiveDate {
    i32::try_from(day).ok().and_then(NaiveDate::from_num_days_from_ce_opt).unwrap_or_default()
}

/// A power of ten as a percentage: `100%`, `1%`, `0.001%`.
fn decade_label(exp: i32) -> String {
    match usize::try_from(-exp) {
        Ok(zeros) if zeros > 0 => format!("0.{}1%", "0".repeat(zeros - 1)),
        _ => format!("1{}%", "0".repeat(usize::try_from(exp).unwrap_or(0))),
    }
}

/// A whole number with thousands separators: `52,000`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A result in words: `0.0021%`, or `Not detected (52,000 ABL1 copies)`.
fn result_text(r: &GradedResult, lang: Lang) -> String {
    match (r.bcr_abl1_is, r.abl1_copies) {
        (Some(v), _) => format!("{}%", short(v)),
        (None, Some(copies)) => {
            Msg::new(key!("chart.result.undetectable")).with("copies", grouped(copies)).render(lang)
        }
        (None, None) => text(lang, key!("chart.result.undetectable_plain")).to_owned(),
    }
}

fn level_text(r: &GradedResult, lang: Lang) -> &'static str {
    text(lang, r.grade.key())
}

/// The lines drawn across the chart: catalogue key of the label, and the %IS value from the core.
const LINES: [(&str, Key, f64); 3] = [
    ("mmr", key!("chart.line.mmr"), MMR_MAX_PERCENT),
    ("mr4", key!("chart.line.mr4"), MR4_MAX_PERCENT),
    ("mr45", key!("chart.line.mr45"), MR45_MAX_PERCENT),
];

/// The chart's description for screen readers: how many results, the latest, how many undetectable, the lines.
fn description(sorted: &[GradedResult], lang: Lang) -> String {
    let (Some(first), Some(last)) = (sorted.first(), sorted.last()) else {
        return text(lang, key!("chart.empty")).to_owned();
    };
    let mut out = if sorted.len() == 1 {
        Msg::new(key!("chart.desc_single"))
            .with_date("date", last.date)
            .with("result", result_text(last, lang))
            .with("level", level_text(last, lang))
            .render(lang)
    } else {
        Msg::new(key!("chart.desc"))
            .with("count", sorted.len().to_string())
            .with_date("first", first.date)
            .with_date("last", last.date)
            .with_date("date", last.date)
            .with("result", result_text(last, lang))
            .with("level", level_text(last, lang))
            .render(lang)
    };
    let undetected = sorted.iter().filter(|r| r.bcr_abl1_is.is_none()).count();
    if undetected > 0 && sorted.len() > 1 {
        out.push(' ');
        out.push_str(&Msg::new(key!("chart.desc_undetectable")).with("n", undetected.to_string()).render(lang));
    }
    out.push(' ');
    out.push_str(
        &Msg::new(key!("chart.desc_lines"))
            .with("mmr", short(MMR_MAX_PERCENT))
            .with("mr4", short(MR4_MAX_PERCENT))
            .with("mr45", short(MR45_MAX_PERCENT))
            .render(lang),
    );
    out
}

/// The shape of a mark, centred on `(x, y)`.
fn shape(mark: Mark, x: f64, y: f64) -> Html {
    match mark {
        Mark::Measured(_) => {
            html! { <circle cx={fmt(x)} cy={fmt(y)} r="6" fill={MEASURED} stroke={PAPER} stroke-width="1.5" /> }
        }
        // Pointing down: the true value is below this.
        Mark::Undetectable(_) => {
            let points = format!(
                "{},{} {},{} {},{}",
                fmt(x - 7.5),
                fmt(y - 6.0),
                fmt(x + 7.5),
                fmt(y - 6.0),
                fmt(x),
                fmt(y + 7.0)
            );
            html! { <polygon points={points} fill={PAPER} stroke={UNDETECTABLE} stroke-width="2.5" /> }
        }
        Mark::NotEvaluable(_) => {
            let points = format!(
                "{},{} {},{} {},{} {},{}",
                fmt(x),
                fmt(y - 7.5),
                fmt(x + 7.5),
                fmt(y),
                fmt(x),
                fmt(y + 7.5),
                fmt(x - 7.5),
                fmt(y)
            );
            html! { <polygon points={points} fill={PAPER} stroke={NOT_EVALUABLE} stroke-width="2.5" /> }
        }
    }
}

/// The dash pattern of a response line, so the three differ by more than their label.
fn dashes(line_id: &str) -> &'static str {
    match line_id {
        "mmr" => "9 5",
        "mr4" => "3 4",
        _ => "12 4 3 4",
    }
}

/// A coordinate with one decimal, to keep the markup short.
fn fmt(v: f64) -> String {
    tfr_core::number::fixed(v, 1)
}

/// A small picture of a mark or line for the key.
fn legend_swatch(inner: Html, class: &'static str) -> Html {
    html! {
        <svg class={classes!("swatch", class)} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">{ inner }</svg>
    }
}

/// The PCR history: chart, key and table.
#[component]
pub fn PcrChart(p: &Props) -> Html {
    let lang = p.lang;
    let t = |k: Key| text(lang, k);
    let mut sorted = p.results.clone();
    tfr_core::order::sort_by_key(&mut sorted, |r| r.date);
    let (Some(first), Some(last)) = (sorted.first(), sorted.last()) else {
        return html! {
            <figure class="pcr-chart" id={p.id.clone()}>
                <figcaption>{ t(key!("chart.heading")) }</figcaption>
                <p class="chart-empty">{ t(key!("chart.empty")) }</p>
            </figure>
        };
    };
    let marks: Vec<Mark> = sorted.iter().map(Mark::of).collect();
    let ys = YScale::fitting(marks.iter().map(|m| m.value()).chain(LINES.iter().map(|l| l.2)));
    let xs = XScale::fitting(first.date, last.date);
    let title_id = format!("{}-title", p.id);
    let desc_id = format!("{}-desc", p.id);
    let points: Vec<(f64, f64, Mark)> =
        sorted.iter().zip(&marks).map(|(r, m)| (xs.x(r.date), ys.y(m.value()), *m)).collect();
    // Only measured neighbours are joined: a line to an undetectable mark would suggest a value that was not measured.
    let segments: Vec<(f64, f64, f64, f64)> = points
        .windows(2)
        .filter_map(|w| match w {
            [(x1, y1, Mark::Measured(_)), (x2, y2, Mark::Measured(_))] => Some((*x1, *y1, *x2, *y2)),
            _ => None,
        })
        .collect();
    let ticks = xs.year_ticks();

    html! {
        <figure class="pcr-chart" id={p.id.clone()}>
            <figcaption>{ t(key!("chart.heading")) }</figcaption>
            <svg viewBox={format!("0 0 {} {}", tfr_core::number::trimmed(WIDTH, 1), tfr_core::number::trimmed(HEIGHT, 1))} width="100%" preserveAspectRatio="xMidYMid meet"
                role="img" aria-labelledby={format!("{title_id} {desc_id}")} focusable="false">
                <title id={title_id}>{ t(key!("chart.title")) }</title>
                <desc id={desc_id}>{ description(&sorted, lang) }</desc>
                <text class="axis-title" fill={INK} x={fmt(LEFT)} y="18">{ t(key!("chart.axis_y")) }</text>
                // Decades of the log scale.
                <g class="grid">
                { for (ys.bottom..=ys.top).map(|e| {
                    let y = fmt(ys.y(10f64.powi(e)));
                    html! {
                        <g>
                            <line x1={fmt(LEFT)} x2={fmt(RIGHT)} y1={y.clone()} y2={y.clone()} stroke={GRID} />
                            <text class="tick" fill={MUTED} x={fmt(LEFT - 8.0)} y={fmt(ys.y(10f64.powi(e)) + 5.0)} text-anchor="end">{ decade_label(e) }</text>
                        </g>
                    }
                }) }
                </g>
                // Years on the time axis.
                <g class="years">
                    <line class="axis" x1={fmt(LEFT)} x2={fmt(RIGHT)} y1={fmt(BOTTOM)} y2={fmt(BOTTOM)} stroke={INK} />
                    if ticks.is_empty() {
                        <text class="tick" fill={MUTED} x={fmt((LEFT + RIGHT) / 2.0)} y={fmt(BOTTOM + 24.0)} text-anchor="middle">{ first.date.year() }</text>
                    }
                    { for ticks.iter().map(|d| {
                        let x = fmt(xs.x(*d));
                        html! {
                            <g>
                                <line x1={x.clone()} x2={x.clone()} y1={fmt(BOTTOM)} y2={fmt(BOTTOM + 6.0)} stroke={INK} />
                                <text class="tick" fill={MUTED} x={x} y={fmt(BOTTOM + 24.0)} text-anchor="middle">{ d.year() }</text>
                            </g>
                        }
                    }) }
                </g>
                // The response lines, labelled at the right.
                <g class="levels">
                { for LINES.iter().map(|(id, key, value)| {
                    let y = ys.y(*value);
                    html! {
                        <g class={classes!("chart-line", *id)}>
                            <line x1={fmt(LEFT)} x2={fmt(RIGHT)} y1={fmt(y)} y2={fmt(y)} stroke={INK} stroke-width="2" stroke-dasharray={dashes(id)} />
                            <text class="line-label" fill={INK} font-weight="700" x={fmt(RIGHT + 6.0)} y={fmt(y + 5.0)}>{ t(*key) }</text>
                        </g>
                    }
                }) }
                </g>
                <g class="trend">
                { for segments.iter().map(|(x1, y1, x2, y2)| html! {
                    <line x1={fmt(*x1)} y1={fmt(*y1)} x2={fmt(*x2)} y2={fmt(*y2)} stroke={GRID} stroke-width="1.5" />
                }) }
                </g>
                <g class="marks">
                { for sorted.iter().zip(&marks).map(|(r, m)| {
                    let label = Msg::new(key!("chart.mark")).with_date("date", r.date).with("result", result_text(r, lang)).render(lang);
                    html! {
                        <g class={classes!("mark", m.class())} data-date={dates::iso(r.date)}>
                            <title>{ label }</title>
                            { shape(*m, xs.x(r.date), ys.y(m.value())) }
                        </g>
                    }
                }) }
                </g>
            </svg>
            <ul class="chart-legend" aria-label={t(key!("chart.legend.label"))}>
                <li>{ legend_swatch(html! { <circle cx="12" cy="12" r="6" fill={MEASURED} /> }, "measured") }{ t(key!("chart.legend.measured")) }</li>
                <li>{ legend_swatch(html! { <polygon points="4.5,6 19.5,6 12,19" fill={PAPER} stroke={UNDETECTABLE} stroke-width="2.5" /> }, "undetectable") }{ t(key!("chart.legend.undetectable")) }</li>
                <li>{ legend_swatch(html! { <polygon points="12,4.5 19.5,12 12,19.5 4.5,12" fill={PAPER} stroke={NOT_EVALUABLE} stroke-width="2.5" /> }, "not-evaluable") }{ t(key!("chart.legend.not_evaluable")) }</li>
                { for LINES.iter().map(|(id, key, value)| html! {
                    <li>{ legend_swatch(html! { <line x1="1" x2="23" y1="12" y2="12" stroke={INK} stroke-width="2" stroke-dasharray={dashes(id)} />}, id) }
                        { Msg::new(key!("chart.legend.line")).with_key("name", *key).with("percent", short(*value)).render(lang) }</li>
                }) }
            </ul>
            <details class="chart-table">
                <summary>{ t(key!("chart.table.show")) }</summary>
                <table>
                    <caption>{ t(key!("chart.table.caption")) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(key!("chart.col.date")) }</th>
                            <th scope="col">{ t(key!("chart.col.result")) }</th>
                            <th scope="col">{ t(key!("chart.col.level")) }</th>
                        </tr>
                    </thead>
                    <tbody>
                    { for sorted.iter().map(|r| html! {
                        <tr class={classes!(r.bcr_abl1_is.is_none().then_some("undetectable"))}>
                            <td><time datetime={dates::iso(r.date)}>{ format_date(lang, r.date) }</time></td>
                            <td>{ result_text(r, lang) }</td>
                            <td>{ level_text(r, lang) }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tfr_core::ResponseLevel;

    fn result(date: &str, value: Option<f64>, copies: Option<u64>, grade: Grade) -> GradedResult {
        GradedResult { date: date.parse().unwrap_or_default(), bcr_abl1_is: value, abl1_copies: copies, grade }
    }

    #[test]
    fn the_scale_runs_from_100_percent_down_to_at_least_0_0001_percent() {
        let ys = YScale::fitting([0.5, 0.01].into_iter());
        assert_eq!((ys.top, ys.bottom), (2, -4));
        assert_eq!(ys.y(100.0), TOP);
        assert_eq!(ys.y(0.0001), BOTTOM);
        assert!(ys.y(MMR_MAX_PERCENT) < ys.y(MR4_MAX_PERCENT) && ys.y(MR4_MAX_PERCENT) < ys.y(MR45_MAX_PERCENT));
        // Deeper values widen the scale, within limits; zero and off-scale values sit on the edge.
        assert_eq!(YScale::fitting([0.000_02].into_iter()).bottom, -5);
        assert_eq!(YScale::fitting([1e-9].into_iter()).bottom, BOTTOM_EXP_MIN);
        assert_eq!(ys.y(0.0), BOTTOM);
        assert_eq!(ys.y(500.0), TOP);
    }

    #[test]
    fn undetectable_results_sit_at_the_test_limit_and_keep_their_own_shape() {
        let ud = result("2024-01-01", None, Some(50_000), Grade::Level(ResponseLevel::Mr45));
        let ne = result("2024-01-01", None, Some(8_000), Grade::NotEvaluable);
        let measured = result("2024-01-01", Some(0.02), None, Grade::Level(ResponseLevel::Mmr));
        assert_eq!(Mark::of(&ud), Mark::Undetectable(0.002));
        assert_eq!(Mark::of(&ne), Mark::NotEvaluable(0.0125));
        assert_eq!(Mark::of(&measured), Mark::Measured(0.02));
        assert_eq!(Mark::of(&result("2024-01-01", None, Some(0), Grade::NotEvaluable)), Mark::NotEvaluable(100.0));
    }

    #[test]
    fn years_are_labelled_without_crowding() {
        let xs = XScale::fitting("2015-06-01".parse().unwrap_or_default(), "2024-06-01".parse().unwrap_or_default());
        let years: Vec<i32> = xs.year_ticks().iter().map(|d| d.year()).collect();
        assert_eq!(years, vec![2016, 2018, 2020, 2022, 2024]);
        let long = XScale::fitting("2005-06-01".parse().unwrap_or_default(), "2024-06-01".parse().unwrap_or_default());
        assert_eq!(long.year_ticks().iter().map(|d| d.year()).collect::<Vec<_>>(), vec![2005, 2010, 2015, 2020, 2025]);
        let short = XScale::fitting("2023-02-01".parse().unwrap_or_default(), "2024-09-01".parse().unwrap_or_default());
        assert_eq!(short.year_ticks().iter().map(|d| d.year()).collect::<Vec<_>>(), vec![2024]);
        let one = XScale::fitting("2024-03-01".parse().unwrap_or_default(), "2024-03-01".parse().unwrap_or_default());
        assert!(one.x("2024-03-01".parse().unwrap_or_default()) > LEFT);
    }

    #[test]
    fn labels_read_as_people_write_them() {
        assert_eq!(decade_label(2), "100%");
        assert_eq!(decade_label(0), "1%");
        assert_eq!(decade_label(-4), "0.0001%");
        assert_eq!(grouped(52_000), "52,000");
        assert_eq!(grouped(100_001), "100,001");
        assert_eq!(grouped(999), "999");
    }

    #[test]
    fn the_description_names_the_latest_result_and_the_lines() {
        let results = vec![
            result("2024-06-01", None, Some(52_000), Grade::Level(ResponseLevel::Mr45)),
            result("2023-03-01", Some(0.0021), None, Grade::Level(ResponseLevel::Mr45)),
        ];
        let mut sorted = results.clone();
        sorted.sort_by_key(|r| r.date);
        let d = description(&sorted, Lang::En);
        assert!(d.starts_with("2 results from 1 March 2023 to 1 June 2024."), "{d}");
        assert!(d.contains("Not detected (52,000 ABL1 copies): MR4.5."), "{d}");
        assert!(d.contains("In 1 of them, BCR-ABL1 was not detected."), "{d}");
        assert!(d.contains("MMR (0.1%), MR4 (0.01%) and MR4.5 (0.0032%)"), "{d}");
        assert!(!description(&sorted, Lang::Zh).contains('{'));
    }
}
