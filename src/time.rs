//! Stage 6: the publication date and every date or time expression, normalised against it to
//! TIMEX3 values (`2017-11-29`, `2017-08`, `T21:34`).

use crate::segment::{Document, Part, Token, TokenKind};
use crate::span::Span;
use chrono::{Datelike, Days, NaiveDate, NaiveTime, Timelike, Weekday};

/// What a time expression denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeKind {
    /// A calendar date or period (`30 November`, `August`, `last year`).
    Date,
    /// A time of day (`9:34pm`).
    Time,
    /// A length of time (`three days`).
    Duration,
    /// A recurring time (`every Monday`).
    Set,
}

impl TimeKind {
    /// The lowercase name used in the analysis format.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeKind::Date => "date",
            TimeKind::Time => "time",
            TimeKind::Duration => "duration",
            TimeKind::Set => "set",
        }
    }
}

/// How exact a normalised value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// `2017`
    Year,
    /// `2017-08`
    Month,
    /// `2017-W48`
    Week,
    /// `2017-11-29`
    Day,
    /// `2017-11-30T21`
    Hour,
    /// `2017-11-30T21:34`
    Minute,
}

impl Precision {
    /// The lowercase name used in the analysis format.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Week => "week",
            Precision::Day => "day",
            Precision::Hour => "hour",
            Precision::Minute => "minute",
        }
    }
}

/// One time expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    /// The words.
    pub span: Span,
    /// What it denotes.
    pub kind: TimeKind,
    /// The TIMEX3 value (`2017-11-29`); `XXXX` stands for what the article does not tell.
    pub value: String,
    /// How exact the value is, when it is a point in time.
    pub precision: Option<Precision>,
}

/// A point in time as precise as the text gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    /// The day.
    pub date: NaiveDate,
    /// The time of day, when given.
    pub time: Option<NaiveTime>,
}

impl Moment {
    /// The TIMEX3 value: `2017-11-30` or `2017-11-30T21:34`.
    pub fn value(&self) -> String {
        match self.time {
            Some(t) => format!("{}T{}", ymd(self.date), hm(t)),
            None => ymd(self.date),
        }
    }

    /// Parses `2017-11-30`, `2017-11-30T21:34` or `2017-11-30 21:34[:ss]`.
    pub fn parse(s: &str) -> Option<Moment> {
        let s = s.trim();
        let (d, t) = match s.split_once(['T', ' ']) {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        let num = |s: Option<&str>, len: usize| {
            s.filter(|s| s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|s| s.parse::<u32>().ok())
        };
        let mut parts = d.split('-');
        let (y, m, day) = (
            num(parts.next(), 4)?,
            num(parts.next(), 2)?,
            num(parts.next(), 2)?,
        );
        if parts.next().is_some() {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, day)?;
        let time = match t {
            Some(t) => {
                let t = t.trim_end_matches('Z');
                let mut parts = t.split(':');
                let (h, min) = (num(parts.next(), 2)?, num(parts.next(), 2)?);
                let sec = match parts.next() {
                    Some(s) => num(Some(s.split('.').next().unwrap_or(s)), 2)?,
                    None => 0,
                };
                Some(NaiveTime::from_hms_opt(h, min, sec)?)
            }
            None => None,
        };
        Some(Moment { date, time })
    }
}

/// `2017-11-30`
fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `21:34`
fn hm(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    MONTHS.iter().find(|(m, _)| *m == w).map(|&(_, n)| n)
}

fn weekday(word: &str) -> Option<Weekday> {
    let w = word.to_ascii_lowercase();
    WEEKDAYS.iter().find(|(d, _)| *d == w).map(|&(_, d)| d)
}

/// The words that lead a publication line.
const DATELINE_LEADS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "last updated",
    "first published",
    "last modified",
];

/// True when `line` is a publication or update line: a lead word (`PUBLISHED :`) and a date,
/// or nothing but a date (`Nov. 30, 2017`).
pub fn is_dateline(line: &str) -> bool {
    dateline_moment(line).is_some()
}

/// The date a publication line gives, and whether it is an update line.
pub fn dateline_moment(line: &str) -> Option<(Moment, bool)> {
    let lower = line.trim().to_lowercase();
    let lead = DATELINE_LEADS.iter().find(|l| lower.starts_with(*l));
    let rest = match lead {
        Some(l) => &line.trim()[l.len()..],
        None => line.trim(),
    };
    let (moment, used, total) = parse_loose_date(rest)?;
    // Without a lead word the line must be (almost) nothing but the date.
    if lead.is_none() && used + 1 < total {
        return None;
    }
    Some((
        moment,
        lead.is_some_and(|l| l.contains("updated") || l.contains("modified")),
    ))
}

/// Reads a full date with an optional time from loose text: `Thursday, 30 November, 2017,
/// 9:34pm`, `Nov. 30, 2017`, `9:34 PM EST Nov 30, 2017`, `2017-11-30`. Returns the moment, the
/// number of words that were part of it, and the number of words in all.
fn parse_loose_date(s: &str) -> Option<(Moment, usize, usize)> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '/')
        .map(|w| w.trim_matches(|c: char| matches!(c, ':' | '(' | ')' | '-' | '–' | '—')))
        .filter(|w| !w.is_empty())
        .collect();
    let (mut year, mut mon, mut day, mut time) = (None, None, None, None);
    let mut used = 0;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let lower = w.to_ascii_lowercase();
        if let Some(m) = Moment::parse(w) {
            return Some((m, words.len(), words.len()));
        }
        if weekday(w).is_some()
            || matches!(
                lower.as_str(),
                "at" | "on"
                    | "gmt"
                    | "utc"
                    | "est"
                    | "edt"
                    | "pst"
                    | "pdt"
                    | "cst"
                    | "bst"
                    | "hkt"
                    | "et"
            )
        {
            used += 1;
        } else if let Some(m) = month(w).filter(|_| mon.is_none()) {
            mon = Some(m);
            used += 1;
        } else if let Some((t, n)) = clock(&words[i..]) {
            time = Some(t);
            used += n;
            i += n;
            continue;
        } else if let Ok(n) = w
            .trim_end_matches(|c: char| c.is_alphabetic())
            .parse::<u32>()
        {
            if (1000..3000).contains(&n) && year.is_none() {
                year = Some(n as i32);
            } else if (1..=31).contains(&n) && day.is_none() {
                day = Some(n);
            } else {
                break;
            }
            used += 1;
        } else if year.is_some() && mon.is_some() && day.is_some() {
            break;
        }
        i += 1;
    }
    let date = NaiveDate::from_ymd_opt(year?, mon?, day?)?;
    Some((Moment { date, time }, used, words.len()))
}

/// A clock time at the start of `words`: `9:34pm`, `9:34 PM`, `11am`. Returns it and how many
/// words it took.
fn clock(words: &[&str]) -> Option<(NaiveTime, usize)> {
    let w = words.first()?.to_ascii_lowercase();
    let (digits, suffix) = w.split_at(w.find(|c: char| c.is_alphabetic()).unwrap_or(w.len()));
    let (suffix, n) = if suffix.is_empty() {
        match words
            .get(1)
            .map(|s| s.to_ascii_lowercase().replace('.', ""))
        {
            Some(s) if s == "am" || s == "pm" => (s, 2),
            _ => (String::new(), 1),
        }
    } else {
        (suffix.replace('.', ""), 1)
    };
    let (h, m) = match digits.split_once(':') {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.get(..2)?.parse::<u32>().ok()?),
        None if !suffix.is_empty() => (digits.parse::<u32>().ok()?, 0),
        None => return None,
    };
    let h = match suffix.as_str() {
        "am" if h == 12 => 0,
        "am" => h,
        "pm" if h < 12 => h + 12,
        "pm" => h,
        "" | "h" | "hrs" => h,
        _ => return None,
    };
    Some((NaiveTime::from_hms_opt(h, m, 0)?, n))
}

/// The publication and update moments of the article: from the caller when given, else from
/// its dateline lines.
pub fn publication(text: &str, doc: &Document) -> (Option<Moment>, Option<Moment>) {
    let mut published = None;
    let mut updated = None;
    for p in doc.paragraphs.iter().filter(|p| p.part == Part::Dateline) {
        if let Some((m, is_update)) = dateline_moment(p.span.slice(text)) {
            if is_update {
                updated = updated.or(Some(m));
            } else {
                published = published.or(Some(m));
            }
        }
    }
    (published.or(updated), updated)
}

/// Whether a sentence speaks of the past or the future, for resolving `on Wednesday`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

fn tense(text: &str, tokens: &[Token]) -> Tense {
    let mut past = false;
    for t in tokens {
        let w = t.span.slice(text);
        match w {
            "will" | "’ll" | "'ll" | "shall" | "next" | "tomorrow" | "upcoming" => {
                return Tense::Future
            }
            "was" | "were" | "had" | "did" | "said" | "told" | "met" | "held" | "took" | "went"
            | "came" | "made" | "gave" | "saw" | "ago" | "last" | "yesterday" => past = true,
            _ if w.len() > 4 && w.ends_with("ed") => past = true,
            _ => {}
        }
    }
    if past {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// Finds and normalises the time expressions of the article against `anchor` (the publication
/// moment); without an anchor, relative expressions keep `XXXX` for what cannot be known.
pub fn find_times(text: &str, doc: &Document, anchor: Option<Moment>) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let tokens = doc.sentence_tokens(sentence);
        let dateline = doc
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| p.part == Part::Dateline);
        let tense = if dateline {
            Tense::Unknown
        } else {
            tense(text, tokens)
        };
        let mut i = 0;
        while i < tokens.len() {
            match scan_at(text, tokens, i, anchor, tense) {
                Some((expr, n)) => {
                    out.push(expr);
                    i += n;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// A time expression starting at token `i`, and the number of tokens it takes.
fn scan_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    anchor: Option<Moment>,
    tense: Tense,
) -> Option<(TimeExpr, usize)> {
    if i >= tokens.len() {
        return None;
    }
    let word = |k: usize| tokens.get(k).map_or("", |t| t.span.slice(text));
    let span = |a: usize, b: usize| Span::new(tokens[a].span.start, tokens[b - 1].span.end);
    let number = |k: usize| {
        word(k)
            .parse::<u32>()
            .ok()
            .filter(|_| tokens[k].kind == TokenKind::Number)
    };
    let w = word(i);
    let lower = w.to_ascii_lowercase();
    let capitalised = w.chars().next().is_some_and(char::is_uppercase);

    // ISO dates: 2017-11-30
    if let Some(m) = Moment::parse(w).filter(|_| w.len() == 10) {
        return Some((date_expr(span(i, i + 1), m.date, Precision::Day), 1));
    }
    // Weekday, with an optional full date after it.
    if let Some(day) = weekday(w).filter(|_| capitalised) {
        let mut k = i + 1;
        if word(k) == "," {
            k += 1;
        }
        if let Some((expr, n)) = scan_at(text, tokens, k, anchor, tense) {
            if expr.precision >= Some(Precision::Day) {
                return Some((
                    TimeExpr {
                        span: Span::new(tokens[i].span.start, expr.span.end),
                        ..expr
                    },
                    k - i + n,
                ));
            }
        }
        let value = anchor.map(|a| resolve_weekday(a.date, day, tense));
        let value = value.map_or_else(|| "XXXX-XX-XX".to_string(), ymd);
        return Some((
            TimeExpr {
                span: span(i, i + 1),
                kind: TimeKind::Date,
                value,
                precision: Some(Precision::Day),
            },
            1,
        ));
    }
    // Day Month [,] [Year] [, time]
    if let (Some(d), Some(m)) = (number(i), month(word(i + 1))) {
        if (1..=31).contains(&d) {
            return full_date(text, tokens, i, i + 2, m, d, anchor);
        }
    }
    // Month [Day] [, Year]
    if let Some(m) = month(w).filter(|_| capitalised) {
        let mut k = i + 1;
        if word(k) == "." {
            k += 1;
        }
        if let Some(d) = number(k).filter(|d| (1..=31).contains(d)) {
            return full_date(text, tokens, i, k + 1, m, d, anchor);
        }
        if let Some(y) = number(k).filter(|y| (1000..3000).contains(y)) {
            let value = format!("{y:04}-{m:02}");
            return Some((
                TimeExpr {
                    span: span(i, k + 1),
                    kind: TimeKind::Date,
                    value,
                    precision: Some(Precision::Month),
                },
                k + 1 - i,
            ));
        }
        // `May` and `March` alone are too often other words.
        let prev = if i > 0 {
            word(i - 1).to_ascii_lowercase()
        } else {
            String::new()
        };
        let ambiguous = matches!(
            lower.as_str(),
            "may" | "march" | "jan" | "mar" | "dec" | "sep" | "sept" | "jun" | "jul"
        );
        let led = matches!(
            prev.as_str(),
            "in" | "since"
                | "until"
                | "by"
                | "last"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "this"
                | "during"
                | "of"
                | "from"
                | "through"
        );
        if ambiguous && !led {
            return None;
        }
        let value = match anchor {
            Some(a) => {
                let y = resolve_month(a.date, m, tense, &prev);
                format!("{y:04}-{m:02}")
            }
            None => format!("XXXX-{m:02}"),
        };
        return Some((
            TimeExpr {
                span: span(i, i + 1),
                kind: TimeKind::Date,
                value,
                precision: Some(Precision::Month),
            },
            1,
        ));
    }
    // A year after a preposition: `in 2016`.
    if let Some(y) = number(i).filter(|y| (1900..2100).contains(y) && word(i).len() == 4) {
        let prev = if i > 0 {
            word(i - 1).to_ascii_lowercase()
        } else {
            String::new()
        };
        if matches!(
            prev.as_str(),
            "in" | "since"
                | "until"
                | "by"
                | "of"
                | "from"
                | "before"
                | "after"
                | "during"
                | "through"
        ) {
            return Some((
                TimeExpr {
                    span: span(i, i + 1),
                    kind: TimeKind::Date,
                    value: format!("{y:04}"),
                    precision: Some(Precision::Year),
                },
                1,
            ));
        }
    }
    // today, yesterday, tomorrow, tonight
    let offset = match lower.as_str() {
        "today" | "tonight" => Some(0i64),
        "yesterday" => Some(-1),
        "tomorrow" => Some(1),
        _ => None,
    };
    if let Some(off) = offset {
        let value = anchor
            .and_then(|a| shift_days(a.date, off))
            .map_or_else(|| "XXXX-XX-XX".to_string(), ymd);
        return Some((
            TimeExpr {
                span: span(i, i + 1),
                kind: TimeKind::Date,
                value,
                precision: Some(Precision::Day),
            },
            1,
        ));
    }
    // Clock times: 9:34pm, 11 a.m.
    if tokens[i].kind == TokenKind::Number {
        let joined = joined_clock(text, tokens, i);
        if let Some((t, n)) = joined {
            let value = match anchor {
                Some(a) => Moment {
                    date: a.date,
                    time: Some(t),
                }
                .value(),
                None => format!("XXXX-XX-XXT{}", hm(t)),
            };
            return Some((
                TimeExpr {
                    span: span(i, i + n),
                    kind: TimeKind::Time,
                    value,
                    precision: Some(Precision::Minute),
                },
                n,
            ));
        }
    }
    None
}

/// A clock time starting at token `i` (`9:34pm`, `9 : 34 pm`, `11 a.m.`), with its token count.
fn joined_clock(text: &str, tokens: &[Token], i: usize) -> Option<(NaiveTime, usize)> {
    // Glue the tokens that touch each other (and a following am/pm word) into one string.
    let mut end = i + 1;
    while end < tokens.len()
        && end < i + 4
        && tokens[end].span.start == tokens[end - 1].span.end
        && !matches!(tokens[end].span.slice(text), "." | "," | ";")
    {
        end += 1;
    }
    let glued = Span::new(tokens[i].span.start, tokens[end - 1].span.end).slice(text);
    let next = tokens.get(end).map(|t| t.span.slice(text)).unwrap_or("");
    if let Some((t, n)) = clock(&[glued, next]) {
        let extra = if n == 2 {
            // `a.m.` is `a.m` + `.`
            let mut e = end + 1;
            if tokens
                .get(e)
                .is_some_and(|t| t.span.slice(text) == "." && t.span.start == tokens[end].span.end)
            {
                e += 1;
            }
            e - end
        } else {
            0
        };
        if glued.contains(':') || n == 2 || glued.to_ascii_lowercase().ends_with('m') {
            return Some((t, end - i + extra));
        }
    }
    None
}

fn full_date(
    text: &str,
    tokens: &[Token],
    start: usize,
    mut k: usize,
    m: u32,
    d: u32,
    anchor: Option<Moment>,
) -> Option<(TimeExpr, usize)> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.span.slice(text));
    let mut end = k;
    let mut year = None;
    let mut j = k;
    if word(j) == "," {
        j += 1;
    }
    if let Some(y) = word(j)
        .parse::<i32>()
        .ok()
        .filter(|y| (1000..3000).contains(y))
    {
        year = Some(y);
        k = j + 1;
        end = k;
    }
    // An optional clock time after the date: `, 9:34pm`.
    let mut time = None;
    let mut j = end;
    if word(j) == "," {
        j += 1;
    }
    if let Some((t, n)) = tokens
        .get(j)
        .filter(|t| t.kind == TokenKind::Number)
        .and_then(|_| joined_clock(text, tokens, j))
    {
        time = Some(t);
        end = j + n;
    }
    let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
    let year = year.or_else(|| anchor.map(|a| nearest_year(a.date, m, d)));
    let Some(date) = year.and_then(|y| NaiveDate::from_ymd_opt(y, m, d)) else {
        let value = format!("XXXX-{m:02}-{d:02}");
        return Some((
            TimeExpr {
                span,
                kind: TimeKind::Date,
                value,
                precision: Some(Precision::Day),
            },
            end - start,
        ));
    };
    let expr = match time {
        Some(t) => TimeExpr {
            span,
            kind: TimeKind::Time,
            value: Moment {
                date,
                time: Some(t),
            }
            .value(),
            precision: Some(Precision::Minute),
        },
        None => date_expr(span, date, Precision::Day),
    };
    Some((expr, end - start))
}

fn date_expr(span: Span, date: NaiveDate, precision: Precision) -> TimeExpr {
    TimeExpr {
        span,
        kind: TimeKind::Date,
        value: ymd(date),
        precision: Some(precision),
    }
}

fn shift_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// The weekday named in a sentence: the latest such day up to the anchor for the past, the next
/// from the anchor for the future, the nearest otherwise.
fn resolve_weekday(anchor: NaiveDate, day: Weekday, tense: Tense) -> NaiveDate {
    let back = (anchor.weekday().num_days_from_monday() + 7 - day.num_days_from_monday()) % 7;
    let ahead = (7 - back) % 7;
    let before = shift_days(anchor, -i64::from(back)).unwrap_or(anchor);
    let after = shift_days(anchor, i64::from(ahead)).unwrap_or(anchor);
    match tense {
        Tense::Past => before,
        Tense::Future => after,
        Tense::Unknown if back <= ahead => before,
        Tense::Unknown => after,
    }
}

/// The year of a month named without one: the latest such month up to the anchor for the past,
/// the next for the future; `last`/`next` before it say so too.
fn resolve_month(anchor: NaiveDate, m: u32, tense: Tense, prev: &str) -> i32 {
    let y = anchor.year();
    let tense = match prev {
        "last" => Tense::Past,
        "next" => Tense::Future,
        "this" => return y,
        _ => tense,
    };
    match tense {
        Tense::Past if m > anchor.month() => y - 1,
        Tense::Future if m < anchor.month() => y + 1,
        _ => y,
    }
}

/// The year that puts month `m`, day `d` nearest to the anchor.
fn nearest_year(anchor: NaiveDate, m: u32, d: u32) -> i32 {
    let y = anchor.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| {
            NaiveDate::from_ymd_opt(y, m, d).map(|date| (y, (date - anchor).num_days().abs()))
        })
        .min_by_key(|&(_, dist)| dist)
        .map_or(y, |(y, _)| y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{segment, split_paragraphs};

    fn times(text: &str, published: &str) -> Vec<(String, String)> {
        let doc = segment(text, &split_paragraphs(text), &[]);
        find_times(text, &doc, Moment::parse(published))
            .into_iter()
            .map(|t| (t.span.slice(text).to_string(), t.value))
            .collect()
    }

    macro_rules! t {
        ($($name:ident: $input:expr, $published:expr => [$(($surface:expr, $value:expr)),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let want: Vec<(String, String)> = vec![$(($surface.to_string(), $value.to_string())),*];
                assert_eq!(times($input, $published), want, "in {:?}", $input);
            }
        )*};
    }

    t! {
        past_weekday_is_before: "They met on Wednesday.", "2017-11-30" => [("Wednesday", "2017-11-29")];
        past_weekday_same_day: "He spoke on Thursday.", "2017-11-30" => [("Thursday", "2017-11-30")];
        future_weekday_is_after: "They will meet on Monday.", "2017-11-30" => [("Monday", "2017-12-04")];
        month_in_the_past: "The talks were agreed in August.", "2017-11-30" => [("August", "2017-08")];
        past_month_crosses_year: "It was signed in December.", "2018-01-05" => [("December", "2017-12")];
        full_dates: "It began on 30 November, 2017 and ended Nov. 3, 2018.", "2019-01-01" => [("30 November, 2017", "2017-11-30"), ("Nov. 3, 2018", "2018-11-03")];
        leap_day: "The vote was on Feb. 29, 2016.", "2016-03-01" => [("Feb. 29, 2016", "2016-02-29")];
        year_boundary_weekday: "They met on Friday.", "2018-01-01" => [("Friday", "2017-12-29")];
        yesterday: "The bill passed yesterday.", "2017-03-01" => [("yesterday", "2017-02-28")];
        may_the_verb: "It may rain, but in May it will not.", "2017-01-10" => [("May", "2017-05")];
        clock: "The blast came at 9:34pm.", "2017-11-30" => [("9:34pm", "2017-11-30T21:34")];
    }

    #[test]
    fn datelines() {
        let (m, update) =
            dateline_moment("PUBLISHED : Thursday, 30 November, 2017, 9:34pm").unwrap();
        assert_eq!((m.value().as_str(), update), ("2017-11-30T21:34", false));
        let (m, update) = dateline_moment("UPDATED : Friday, 01 December, 2017, 11:02am").unwrap();
        assert_eq!((m.value().as_str(), update), ("2017-12-01T11:02", true));
        assert_eq!(
            dateline_moment("Nov. 30, 2017").unwrap().0.value(),
            "2017-11-30"
        );
        assert_eq!(
            dateline_moment("Published 9:34 PM EST Nov 30, 2017")
                .unwrap()
                .0
                .value(),
            "2017-11-30T21:34"
        );
        assert_eq!(
            dateline_moment("2017-11-30").unwrap().0.value(),
            "2017-11-30"
        );
        assert!(dateline_moment("The talks on Nov. 30, 2017 went well.").is_none());
    }

    #[test]
    fn without_anchor_relative_values_stay_unknown() {
        let text = "They met on Wednesday in August.";
        let doc = segment(text, &split_paragraphs(text), &[]);
        let values: Vec<String> = find_times(text, &doc, None)
            .into_iter()
            .map(|t| t.value)
            .collect();
        assert_eq!(values, ["XXXX-XX-XX", "XXXX-08"]);
    }
}
