//! Stage 6: the publication date and every time expression, normalised against it to TIMEX3
//! values (`2017-11-29`, `2017-08`, `2017-W48`, `P3D`, `PRESENT_REF`).
//!
//! [`dateline`] reads the publication date; `scan` finds expressions and what they mean;
//! `resolve` turns that meaning into a value, using the tense of the clause around the
//! expression and the last date the story named.

mod dateline;
pub(crate) mod lexicon;
mod resolve;
mod scan;
#[cfg(test)]
mod tests;

pub use dateline::{dateline_moment, is_dateline, publication};
pub(crate) use lexicon::month;

use crate::attribution::is_cue_verb;
use crate::segment::{Document, Part};
use crate::span::Span;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use lexicon::Unit;
use resolve::{Context, Reference, Tense};
use scan::{Scanner, Word, WordSlots};

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
            Some(t) => {
                let mut out = ymd(self.date);
                out.push('T');
                push_digits(&mut out, t.hour(), 2);
                out.push(':');
                push_digits(&mut out, t.minute(), 2);
                out
            }
            None => ymd(self.date),
        }
    }

    /// Parses `2017-11-30`, `2017-11-30T21:34` or `2017-11-30 21:34[:ss]`.
    pub fn parse(s: &str) -> Option<Moment> {
        let s = s.trim();
        // Every form starts with a year of four digits: most words are out at a glance.
        if !s.as_bytes().get(..4)?.iter().all(u8::is_ascii_digit) {
            return None;
        }
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

/// `2017-11-30` (written by hand: `format!` costs several times as much, and every date and
/// every publication moment is written).
fn ymd(d: NaiveDate) -> String {
    let y = d.year();
    let Ok(year @ 0..=9999) = u32::try_from(y) else {
        return format!("{y:04}-{:02}-{:02}", d.month(), d.day());
    };
    // Room for `T21:34` after it.
    let mut out = String::with_capacity(16);
    push_digits(&mut out, year, 4);
    out.push('-');
    push_digits(&mut out, d.month(), 2);
    out.push('-');
    push_digits(&mut out, d.day(), 2);
    out
}

/// The last `width` decimal digits of `n`, with leading zeros.
fn push_digits(out: &mut String, n: u32, width: u32) {
    for k in (0..width).rev() {
        let digit = n / 10u32.pow(k) % 10;
        out.push(char::from(b'0' + digit as u8));
    }
}

/// True when `text` tells a game of quarters and halves: words only such stories use.
fn is_game_story(text: &str) -> bool {
    [
        "halftime",
        "half-time",
        "touchdown",
        "quarterback",
        "3-pointer",
        "three-pointer",
        "free throw",
        "field goal",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// Finds and normalises the time expressions of the article against `anchor` (the publication
/// moment); without an anchor, what depends on it stays unknown (`XXXX-WXX-3`, `XXXX-08`).
pub fn find_times(
    text: &str,
    doc: &Document,
    mut anchor: Option<Moment>,
    updated: Option<Moment>,
) -> Vec<TimeExpr> {
    // A wire dateline without a year (`BRUSSELS, March 3 (Reuters) -`) and no publication date:
    // the story is read against March 3 of a year no article names, whose year is then written
    // unknown (`last month` → `XXXX-02`); weekdays and movable feasts need the year.
    let mut no_year = false;
    if anchor.is_none() {
        // Read before the headline above it, whose `overnight` is the night before it.
        anchor = doc
            .inline_datelines
            .first()
            .and_then(|d| dateline::parse_loose_date(d.slice(text), Some(NO_YEAR)))
            .map(|(m, _, _)| m);
        no_year = anchor.is_some();
    }
    // The month the company's fiscal year ends in, when the story tells it and it is not
    // December (`its fiscal year ends in June`, `the financial year ending March 31`); a
    // quarter's end alone (`the fourth quarter ended Aug. 26`) keeps its number, as TimeML
    // annotates it.
    let mut fiscal: Option<u32> = None;
    // Whether the story is a game's, asked when it first names a quarter or a half.
    let mut game: Option<bool> = None;
    loop {
        let mut out = Vec::new();
        let mut reference: Option<Reference> = None;
        // Where the sentence that set `reference` starts.
        let mut reference_from = 0;
        // The number of that sentence when that date was told as the one before it (`That
        // spring`, `that year`): the story stays in its own past (`the following year` may move on
        // to the present).
        let mut narrating: Option<usize> = None;
        // The sentence in lower case where it is ASCII, then the lower case of each word that is
        // not: an ASCII word's lower case is at its own offset in the sentence (one copy and one
        // pass over the sentence rather than one per word), another's after it.
        let mut lowered = String::new();
        // Each word that is not ASCII (its index in the sentence) and where its lower case is in
        // `lowered`, in order.
        let mut others: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
        // The list of words, emptied and kept for the next sentence.
        let mut spare: Vec<Word<'static>> = Vec::new();
        // The year the story gave each day of the year (by [`day_slot`]; 0: none yet).
        let mut named = [0i32; 12 * 32];
        // The day of the election the story names, for `election day`.
        let mut election = None;
        // The sentence that last named a quarter: `a year ago` is that quarter a year before in a
        // results story, but `four years ago` only in that sentence and the next (`the third
        // quarter` … `Four years ago` a page on is a year).
        let mut quarter_at = 0;
        // The start of the date whose year the story last wrote out, while it is a past one (`On
        // this day in 1989`): a feature set in that year comes back to it after `a decade ago` and
        // `this year`.
        let mut story: Option<NaiveDate> = None;
        // A quarter was told: a fiscal year told after it reads the story again.
        let mut quarter_told = false;
        let mut again = false;
        for (n, sentence) in doc.sentences.iter().enumerate() {
            let part = doc.paragraphs.get(sentence.paragraph).map(|p| p.part);
            let dateline = part == Some(Part::Dateline);
            let tokens = doc.sentence_tokens(sentence);
            let from = sentence.span.start;
            lowered.clear();
            let whole = sentence.span.slice(text);
            lowered.push_str(whole);
            lower_ascii(&mut lowered);
            // An ASCII sentence has ASCII words: no word to look at one by one.
            let ascii = whole.is_ascii();
            others.clear();
            if !ascii {
                for (i, t) in tokens.iter().enumerate() {
                    let s = t.span().slice(text);
                    if s.is_ascii() {
                        continue;
                    }
                    let start = lowered.len();
                    if s.contains('Σ') {
                        // A final sigma has a lower case of its own in a word (`ς`).
                        lowered.push_str(&crate::case::lower_str(s));
                    } else {
                        // Mostly quotation marks and dashes: no new string for each.
                        lowered.extend(s.chars().flat_map(crate::case::lower_char));
                    }
                    others.push((i, start..lowered.len()));
                }
            }
            let mut words = recycle(spare);
            let mut other = others.iter().peekable();
            words.extend(tokens.iter().enumerate().map(|(i, t)| {
                let span = t.span();
                // (The words are not read again: those that are not ASCII were listed above.)
                let lower = match other.next_if(|o| o.0 == i) {
                    Some((_, r)) => lowered.get(r.clone()),
                    None => {
                        let at = span.start.wrapping_sub(from);
                        lowered.get(at..at + span.len())
                    }
                };
                Word {
                    lower: lower.unwrap_or(""),
                    span,
                    kind: t.kind,
                }
            }));
            let title_case =
                part == Some(Part::Title) && crate::segment::is_title_case(text, tokens);
            let scanner = Scanner::new(&words, text, title_case);
            // The year the sentence opens with (`In 2019,`, `Last year,`).
            let mut opening = None;
            // A set told in the sentence (`open every day between 8 a.m. and 8 p.m.`): its clock
            // times are on no one day.
            let mut set_told = false;
            let mut i = 0;
            while i < words.len() {
                let Some((end, mut sem)) =
                    scanner.scan(i).filter(|(e, _)| *e > i && *e <= words.len())
                else {
                    i += 1;
                    continue;
                };
                if inside_compound(&words, i) {
                    i = end;
                    continue;
                }
                let before = i.checked_sub(1).and_then(|p| words.get(p));
                // `until at least the spring`: the preposition before the hedge.
                let hedged = before.is_some_and(|w| matches!(w.lower, "least" | "most"))
                    && i.checked_sub(2)
                        .and_then(|p| words.get(p))
                        .is_some_and(|w| w.lower == "at");
                let at = if hedged { i - 2 } else { i };
                let prep = at.checked_sub(1).and_then(|p| words.get(p));
                let tense = match prep.map_or("", |w| w.lower) {
                    _ if dateline => Tense::Present,
                    // `Wednesday's ruling` names the nearest Wednesday, whatever the verb around
                    // (`would look for ways to get around Wednesday's ruling`) — unless one was
                    // there: `was at Monday's ceremony` is past.
                    p if !matches!(p, "at" | "after" | "during")
                        && words
                            .get(end)
                            .is_some_and(|w| matches!(w.lower, "'s" | "’s")) =>
                    {
                        Tense::Present
                    }
                    // `will remain closed until Monday` looks ahead, whatever the participle.
                    "until" | "till" | "through" if future_in_clause_before(text, &words, at) => {
                        Tense::Future
                    }
                    // `postponed the trial to Sept. 14`, `delayed it until March`: a date put off to.
                    "to" | "until" | "till" if put_off_before(&words, at) => Tense::Future,
                    // A date used as an adjective (`the November election`): the nearest one,
                    // whatever the tense.
                    "the" => Tense::Present,
                    // `for the first time since October` looks back, whatever the verb.
                    "since" => Tense::Past,
                    "effective" | "payable" => Tense::Future,
                    // `markets now price in cuts by the end of June`: a deadline is ahead, as is the
                    // end of a state in the present (`have until Oct. 1 to register`); else `until`
                    // is the nearest one, whatever the tense.
                    p => match tense_at(text, &words, i, end) {
                        Tense::Present if matches!(p, "by" | "until" | "till") => Tense::Future,
                        _ if matches!(p, "until" | "till") => Tense::Present,
                        t => t,
                    },
                };
                let (Some(first), Some(last)) = (words.get(i), words.get(end - 1)) else {
                    break;
                };
                if let scan::Sem::Date {
                    year: Some(y),
                    month,
                    day,
                    ..
                }
                | scan::Sem::DateTime {
                    year: Some(y),
                    month,
                    day,
                    ..
                } = sem
                {
                    if let Some(slot) = named.get_mut(day_slot(month, day)) {
                        *slot = y;
                    }
                }
                // A past opening year does not reach a clause about what is to come (`In 2019, sales
                // fell; the plant will open in March`).
                let past = |y: &i32| anchor.is_some_and(|a| *y < a.date.year());
                let opening_here = opening.filter(|y| tense != Tense::Future || !past(y));
                // (`8 p.m. on Election Day`: the clock's day.)
                let day_sem = match &mut sem {
                    scan::Sem::Clock { on: Some(day), .. } => &mut **day,
                    s => s,
                };
                if matches!(day_sem, scan::Sem::Movable(lexicon::Movable::ElectionDay)) {
                    // The story's election, unless the sentence opens with another year.
                    match election
                        .filter(|d: &NaiveDate| opening_here.is_none_or(|y| y == d.year()))
                    {
                        Some(d) => {
                            *day_sem = scan::Sem::Date {
                                year: Some(d.year()),
                                month: d.month(),
                                day: d.day(),
                                weekday: None,
                            };
                        }
                        // Which election, a reader cannot tell.
                        None if first.span.slice(text).starts_with('e') => {
                            i = end;
                            continue;
                        }
                        None => {}
                    }
                }
                // A game's quarters and halves are no calendar's (`14 points in the fourth
                // quarter`, `led at the end of the first half`).
                if matches!(
                    sem,
                    scan::Sem::Quarter {
                        year: None,
                        years_back: 0,
                        ..
                    } | scan::Sem::Half(_, None)
                ) && *game.get_or_insert_with(|| is_game_story(text))
                {
                    i = end;
                    continue;
                }
                // Not what a speaker is reported to have said of today's world (`The board said
                // entries close on Dec. 5`).
                let after_cue = || {
                    words
                        .get(i.saturating_sub(TENSE_REACH)..i)
                        .is_some_and(|ws| ws.iter().any(|w| is_cue_verb(w.lower)))
                };
                // `In 1919 … That spring, the river flooded. Two workers drowned. Work stopped for
                // the summer and resumed in October`: a story that went on in a year long past, a
                // sentence or two back, is still in it (after a year only told, news comes back to
                // the present).
                let narrated = reference
                    .filter(|r| {
                        narrating.is_some_and(|k| n <= k + 2)
                            && tense == Tense::Past
                            && r.unit == Unit::Year
                            && anchor.is_some_and(|a| r.date.year() + 1 < a.date.year())
                            && !after_cue()
                    })
                    .map(|r| r.date.year());
                give_year(&mut sem, opening_here.or(narrated), &named);
                // `storms overnight brought relief`: the night before, as in a headline's present
                // (`Oil slips overnight`).
                let told = match tense {
                    Tense::Present if part == Some(Part::Title) => Tense::Past,
                    t => t,
                };
                // (Its night runs into the publication day: `at 4 a.m.` after it is not the day
                // before.)
                let overnight = first.lower == "overnight" && told == Tense::Past;
                if overnight {
                    sem = scan::Sem::Day(-1, Some("NI"));
                }
                // `moved from the Saturday`: the day of the week the story is in, nearest its last
                // day; a day moved from is no day the story goes on in.
                let the_day = matches!(sem, scan::Sem::Weekday(_, scan::Shift::Bare, _))
                    && before.is_some_and(|w| w.lower == "the");
                let moved_from =
                    the_day && i >= 2 && words.get(i - 2).is_some_and(|w| w.lower == "from");
                let any_day = set_told && matches!(sem, scan::Sem::Clock { on: None, .. });
                let mut cx = Context {
                    anchor: anchor.filter(|_| {
                        !(any_day
                            || no_year
                                && matches!(
                                    sem,
                                    scan::Sem::Weekday(..)
                                        | scan::Sem::Weekend(_)
                                        | scan::Sem::Movable(_)
                                        | scan::Sem::Clock { on: Some(_), .. }
                                ))
                    }),
                    tense,
                    updated: updated.map(|u| u.date),
                    reference: reference.filter(|r| {
                        // `next Saturday`, `this past Friday` count from the publication date,
                        // `the next Saturday` from the story's last date.
                        let from_now = matches!(sem, scan::Sem::Weekday(..))
                            && matches!(first.lower, "next" | "last" | "this")
                            && before.is_none_or(|w| w.lower != "the");
                        // `… since Friday evening. A man died at about 11:20, police said` in a
                        // story published at 16:40: a bare past time before the publication time
                        // is that day, unless its own sentence named another or the story went
                        // back further (`on Feb. 2 …. He said at 5:33pm`).
                        let today = reference_from != from
                            && tense == Tense::Past
                            && matches!(sem, scan::Sem::Clock { on: None, hour, minute }
                            if anchor.is_some_and(|a| {
                                a.time.is_some_and(|t| (hour, minute) <= (t.hour(), t.minute()))
                                    && a.date.pred_opt().is_some_and(|d| r.date >= d)
                            }));
                        !(any_day || from_now || today)
                    }),
                    reference_here: reference_from == from,
                    story: story.filter(|_| tense == Tense::Past && !after_cue()),
                };
                // `was 19 that autumn` points away from the present: after `this year`, to the
                // year the story is set in.
                if let (Some(y), Some(a), Some(r)) = (story, anchor, cx.reference) {
                    if first.lower == "that"
                        && tense == Tense::Past
                        && r.unit == Unit::Year
                        && r.date.year() == a.date.year()
                    {
                        cx.reference =
                            NaiveDate::from_ymd_opt(y.year(), 1, 1).map(|date| Reference {
                                date,
                                unit: Unit::Year,
                                quarter: None,
                            });
                    }
                }
                if let Some(r) = cx
                    .reference
                    .filter(|r| the_day && r.unit == Unit::Day && cx.anchor.is_some())
                {
                    cx.anchor = Some(Moment {
                        date: r.date,
                        time: None,
                    });
                }
                let stale = matches!(
                    sem,
                    scan::Sem::Offset {
                        unit: Unit::Year,
                        n: Some(2..),
                        ..
                    }
                ) && n > quarter_at;
                let quarter = reference.and_then(|r| r.quarter);
                if stale {
                    cx.reference = cx.reference.map(|r| Reference { quarter: None, ..r });
                }
                if matches!(sem, scan::Sem::Quarter { .. } | scan::Sem::QuarterOf(..)) {
                    quarter_at = n;
                }
                // A fiscal quarter is resolved as the calendar quarter as many months on as the
                // fiscal year ends before December (`ends in June`: six), then brought back:
                // told in November 2024, `the fiscal first quarter` is July to September 2024.
                let quarterly = matches!(
                    sem,
                    scan::Sem::Quarter { .. }
                        | scan::Sem::QuarterOf(..)
                        | scan::Sem::Relative(Unit::Quarter, _)
                );
                // `the end of the fiscal year`, not `for the fiscal year`, which results stories
                // tell of the year just ended as often as of the one under way.
                let fiscal_year = matches!(sem, scan::Sem::Relative(Unit::Year, 0))
                    && first.lower == "the"
                    && words.get(i + 1).is_some_and(|w| w.lower == "end")
                    && words
                        .get(i..end)
                        .is_some_and(|ws| ws.iter().any(|w| w.lower == "fiscal"));
                // `its fiscal year ends in June`, `the financial year, which ended March 31`.
                if let scan::Sem::Month(m, _) | scan::Sem::Date { month: m, .. } = sem {
                    let back = |k: usize| {
                        i.checked_sub(k)
                            .and_then(|p| words.get(p))
                            .map_or("", |w| w.lower)
                    };
                    let k = if matches!(back(1), "in" | "on") { 2 } else { 1 };
                    if fiscal.is_none()
                        && m != 12
                        && matches!(back(k), "ends" | "ended" | "ending")
                        && (1..4).any(|d| {
                            back(k + d) == "year"
                                && matches!(back(k + d + 1), "fiscal" | "financial")
                        })
                    {
                        fiscal = Some(m);
                        again = quarter_told;
                    }
                }
                quarter_told |= quarterly;
                // (How many months the fiscal year ends before December.)
                let lead = fiscal.filter(|_| quarterly || fiscal_year).map(|m| 12 - m);
                if let Some(s) = lead {
                    cx.anchor = cx.anchor.map(|a| Moment {
                        date: months_on(a.date, s.into()),
                        time: None,
                    });
                }
                let (mut r, mut new_ref) = resolve::resolve(&sem, &cx);
                if let Some(s) = lead {
                    if let Some(nr) = new_ref.as_mut().filter(|_| quarterly) {
                        nr.date = months_on(nr.date, -i64::from(s));
                    }
                    // `the end of the fiscal year` is the month it ends in.
                    if fiscal_year {
                        r.value.push('-');
                        push_digits(&mut r.value, 12 - s, 2);
                        r.precision = Some(Precision::Month);
                    }
                }
                // (`a year earlier` after a fiscal quarter is one too.)
                if let Some(m) = fiscal {
                    calendar_quarter(&mut r.value, 12 - m);
                }
                if let Some(nr) = new_ref.as_mut().filter(|_| stale) {
                    nr.quarter = quarter;
                }
                if writes_year(&sem) {
                    // (A year written out that is not the quarter's ends the talk of that
                    // quarter: `the second quarter` … `in fiscal 2023, down from a year earlier`.)
                    if let Some(nr) = new_ref.as_mut() {
                        if nr.quarter.is_some_and(|(y, _)| y != nr.date.year()) {
                            nr.quarter = None;
                        }
                    }
                    story = new_ref
                        .map(|r| r.date)
                        .filter(|d| !no_year && anchor.is_some_and(|a| d.year() < a.date.year()));
                }
                set_told |= r.kind == TimeKind::Set;
                if no_year {
                    r.value = without_year(r.value);
                }
                // (`the steepest fall since February 2020. Imports fell from a year earlier`: a
                // month or year something runs since is no time the story moves to; `since Friday
                // night … at about 18:15` is.)
                let since = before.is_some_and(|w| w.lower == "since");
                if let Some(nr) =
                    new_ref.filter(|r| !(since && r.unit > Unit::Week || overnight || moved_from))
                {
                    reference = Some(nr);
                    reference_from = from;
                    narrating = (narrated.is_some()
                        || matches!(
                            sem,
                            scan::Sem::Anaphor(_, 0) | scan::Sem::MonthFrom { shift: 0, .. }
                        ))
                    .then_some(n);
                    // `the Nov. 3 election`, `elections on May 7`: the day `election day` names.
                    let is_election = |w: Option<&Word>| {
                        w.is_some_and(|w| matches!(w.lower, "election" | "elections"))
                    };
                    if nr.unit == Unit::Day
                        && (is_election(words.get(end))
                            || before.is_some_and(|w| w.lower == "on")
                                && is_election(i.checked_sub(2).and_then(|p| words.get(p))))
                    {
                        election = Some(nr.date);
                    }
                }
                // `Since 2019, … in March` is no March of 2019.
                let span_from =
                    before.is_some_and(|w| matches!(w.lower, "since" | "from" | "until"));
                if i <= 2
                    && !span_from
                    && r.kind == TimeKind::Date
                    && r.precision == Some(Precision::Year)
                {
                    opening = opening.or(r.value.parse().ok().filter(|_| r.value.len() == 4));
                }
                out.push(TimeExpr {
                    span: Span::new(first.span.start, last.span.end),
                    kind: r.kind,
                    value: r.value,
                    precision: r.precision,
                });
                i = end;
            }
            spare = recycle(words);
        }
        if !again {
            return out;
        }
    }
}

/// `date` moved `months` on (back when negative), for a fiscal calendar.
#[inline(never)]
fn months_on(date: NaiveDate, months: i64) -> NaiveDate {
    resolve::shift(date, Unit::Month, months).unwrap_or(date)
}

/// Moves a quarter's value (`2025-Q1`), of the fiscal year `lead` months on, back to the
/// calendar quarter most of it falls in; leaves any other value.
#[inline(never)]
fn calendar_quarter(value: &mut String, lead: u32) {
    let &[y0, y1, y2, y3, b'-', b'Q', q @ b'1'..=b'4'] = value.as_bytes() else {
        return;
    };
    let digits = [y0, y1, y2, y3];
    if !digits.iter().all(u8::is_ascii_digit) {
        return;
    }
    let y = digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'));
    // Its middle month, counted from year 0.
    let middle = (y * 12 + u32::from(q - b'0') * 3 - 2).saturating_sub(lead);
    value.clear();
    push_digits(value, middle / 12, 4);
    value.push_str("-Q");
    push_digits(value, middle % 12 / 3 + 1, 1);
}

/// True when an expression writes out its year (`Nov. 9, 1989`, `in 1989`, `the summer of
/// 1989`).
fn writes_year(sem: &scan::Sem) -> bool {
    use scan::Sem;
    match *sem {
        Sem::Date { year, .. } | Sem::DateTime { year, .. } | Sem::Season(_, _, year) => {
            year.is_some()
        }
        Sem::Half(_, year) | Sem::Quarter { year, .. } => year.is_some(),
        Sem::YearMonth(..) | Sem::Year(_) | Sem::DayIn(_) => true,
        _ => false,
    }
}

/// Where `named` in [`find_times`] keeps a day of the year.
fn day_slot(month: u32, day: u32) -> usize {
    (month as usize % 12) * 32 + day as usize % 32
}

/// Gives a year to a date, month or season told without one when the text gives it: the year
/// its sentence opens with (`In 2019, … in March` → `2019-03`; `Last year, … in July`) or, for a
/// day, the year the story gave that same day before (`Nov. 9, 1989` … `the evening of Nov. 9`).
fn give_year(sem: &mut scan::Sem, opening: Option<i32>, named: &[i32]) {
    use scan::{Sem, Shift};
    match sem {
        Sem::Date {
            year: year @ None,
            month,
            day,
            ..
        }
        | Sem::DateTime {
            year: year @ None,
            month,
            day,
            ..
        } => {
            let told = named
                .get(day_slot(*month, *day))
                .copied()
                .filter(|y| *y != 0);
            *year = opening.or(told);
        }
        Sem::Season(_, Shift::Bare, year @ None) => *year = opening,
        Sem::Month(m, Shift::Bare) => {
            if let Some(y) = opening {
                *sem = Sem::YearMonth(y, *m);
            }
        }
        _ => {}
    }
}

/// True when the expression at word `i` is the tail of a hyphenated compound that opens with
/// other words (`a-century` of `once-in-a-century`, `a-lifetime`): a manner of speaking, no
/// time. `mid-March` and `two-week` open their compounds and stay times.
fn inside_compound(words: &[Word], i: usize) -> bool {
    let glued = |a: &Word, b: &Word| a.span.end == b.span.start;
    match i.checked_sub(2).and_then(|p| words.get(p..=i)) {
        Some([w, dash, first]) => {
            dash.lower == "-"
                && glued(w, dash)
                && glued(dash, first)
                && matches!(first.lower, "a" | "an")
        }
        _ => false,
    }
}

/// `words` emptied, as a list of words of any lifetime: the allocation is kept (collecting a
/// list's own items into one of the same size reuses it), so each sentence needs none.
fn recycle<'a>(mut words: Vec<Word<'_>>) -> Vec<Word<'a>> {
    words.clear();
    words
        .into_iter()
        .map(|w| Word {
            lower: "",
            span: w.span,
            kind: w.kind,
        })
        .collect()
}

/// The top bit of each byte of `w` that is ASCII from `lo` to `hi` (both ASCII): eight bytes
/// tested at once. A byte outside ASCII is never in the range.
pub(super) fn bytes_between(w: u64, lo: u8, hi: u8) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low = w & LOW7;
    // Adding 0x80 - lo sets a byte's top bit from `lo` up, adding 0x7f - hi from above `hi`.
    let at_least_lo = low.wrapping_add(ONES * u64::from(0x80 - lo.min(0x7f)));
    let above_hi = low.wrapping_add(ONES * u64::from(0x7f - hi.min(0x7f)));
    at_least_lo & !above_hi & !w & HIGH
}

/// `s.make_ascii_lowercase()`, eight bytes at a time: every sentence is lowered, and the
/// size-optimised build lowers byte by byte. The capitals are found eight bytes at a time and
/// lowered one by one, in place (a capital is a character of its own: no check of the text
/// again). Bytes outside ASCII stay as they are.
fn lower_ascii(s: &mut String) {
    let lower_at = |s: &mut String, k: usize| {
        if let Some(c) = s.get_mut(k..k + 1) {
            c.make_ascii_lowercase();
        }
    };
    let mut at = 0;
    while let Some(chunk) = s.as_bytes().get(at..at + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let mut upper = bytes_between(u64::from_le_bytes(w), b'A', b'Z');
        while upper != 0 {
            lower_at(s, at + (upper.trailing_zeros() / 8) as usize);
            upper &= upper - 1;
        }
        at += 8;
    }
    for k in at..s.len() {
        if s.as_bytes().get(k).is_some_and(u8::is_ascii_uppercase) {
            lower_at(s, k);
        }
    }
}

/// The year a dateline without one is read in: far from any year an article names, so that
/// [`without_year`] knows what came from it, and no leap year, as three years in four are
/// (`eight days earlier` than March 3 is Feb. 23).
const NO_YEAR: i32 = 9001;

/// A value computed in [`NO_YEAR`] with its year unknown: `9001-03-03` → `XXXX-03-03`,
/// `9000` → `XXXX`, `9001-W10` → `XXXX-WXX`, the decade `900` → `XXX`; a season keeps its
/// code (`9001-WI` → `XXXX-WI`).
fn without_year(v: String) -> String {
    let digits = v.bytes().take_while(u8::is_ascii_digit).count();
    if !v.starts_with(['8', '9']) || digits < 2 {
        return v;
    }
    let rest = v.get(digits..).unwrap_or("");
    let week = rest.starts_with("-W") && rest.as_bytes().get(2).is_some_and(u8::is_ascii_digit);
    let rest = if week {
        rest.get(4..).unwrap_or("")
    } else {
        rest
    };
    format!(
        "{}{}{rest}",
        "XXXX".get(..digits).unwrap_or("XXXX"),
        if week { "-WXX" } else { "" }
    )
}

/// Words that look ahead.
#[rustfmt::skip]
const FUTURE_WORDS: &[&str] = &[
    "due", "expect", "expected", "expects", "likely", "might", "must", "scheduled", "shall", "should", "slated",
    "soon", "tomorrow",
    "upcoming", "will", "won't", "won’t", "would",
];

/// Words that look ahead before `to` (`plans to`, `hope to`) or `for` (`set for`, `rain was
/// forecast for Tuesday`; `the firm forecast on Tuesday` reports).
#[rustfmt::skip]
const FUTURE_BEFORE_TO: &[&str] = &[
    "aim", "aiming", "aims", "forecast", "going", "hope", "hopes", "hoping", "intend", "intends",
    "plan", "planned", "planning", "plans", "seek", "seeks", "set",
];

/// Words of the present tense.
#[rustfmt::skip]
const PRESENT_WORDS: &[&str] = &[
    "am", "are", "do", "does", "has", "have", "is", "say", "says",
];

/// Irregular past forms and words that look back.
#[rustfmt::skip]
const PAST_WORDS: &[&str] = &[
    "ago", "ate", "beat", "became", "began", "bought", "broke", "brought", "built", "came", "chose",
    "did", "drew", "drove", "fell", "flew", "fought", "found", "gave", "got", "grew", "had", "held",
    "hit", "kept", "killed", "knew", "led", "left", "lost", "made", "met", "paid", "ran", "rang",
    "rose", "said", "sank", "sat", "saw", "sent", "shot", "sold", "spoke", "stood", "struck",
    "swore", "threw", "told", "took", "understood", "was", "went", "were", "woke", "won", "wore",
    "wrote", "yesterday",
];

/// Words in `-ed` that are no past forms.
const NOT_PAST_ED: &[&str] = &[
    "dated", "indeed", "instead", "need", "proceed", "speed", "succeed",
];

/// Words before an `-ed` form that make it an adjective (`the reduced dividend`) or a passive
/// whose auxiliary already set the tense.
#[rustfmt::skip]
const BEFORE_ED_NOT_PAST: &[&str] = &[
    "a", "an", "are", "be", "been", "being", "her", "his", "is", "its", "our", "the", "their",
    "to", "was", "were", "will", "would",
];

/// The word lists of [`tense_of`] in one table: a word's bit `k` is set when list `k` holds it
/// (most words are in none: one hash, no string search).
const TENSE_WORDS: WordSlots<256> = WordSlots::new(&[
    FUTURE_WORDS,
    FUTURE_BEFORE_TO,
    PRESENT_WORDS,
    PAST_WORDS,
    NOT_PAST_ED,
    BEFORE_ED_NOT_PAST,
]);
const IS_FUTURE: u32 = 1;
const IS_FUTURE_BEFORE_TO: u32 = 1 << 1;
const IS_PRESENT: u32 = 1 << 2;
const IS_PAST: u32 = 1 << 3;
const IS_NOT_PAST_ED: u32 = 1 << 4;
const IS_BEFORE_ED_NOT_PAST: u32 = 1 << 5;

/// True for an irregular past form or a word that looks back (`made`, `beat`, `ago`): a lower-case
/// word that opens no noun phrase.
pub(crate) fn is_past_word(w: &str) -> bool {
    TENSE_WORDS.lists_of(w) & IS_PAST != 0
}

/// The tense word `i` sets, if it is a tense marker.
#[inline(never)]
fn tense_of(text: &str, words: &[Word], i: usize) -> Option<Tense> {
    let lw = words.get(i)?.lower;
    let lists = TENSE_WORDS.lists_of(lw);
    // A capitalised word inside a sentence is a name (`Westbrook United`), no verb.
    let name = || {
        let w = words.get(i).map_or("", |w| w.span.slice(text));
        w.starts_with(|c: char| c.is_uppercase())
            && i.checked_sub(1)
                .and_then(|p| words.get(p))
                .is_some_and(|p| p.kind == crate::segment::TokenKind::Word || p.lower == ",")
    };
    let ed = lw.len() > 4 && lw.ends_with("ed") && !name();
    // `who turns 30 on Saturday`, `which opens on Monday`: a relative clause in the present.
    let relative_present = lw.ends_with('s')
        && lists & IS_PAST == 0
        && !matches!(lw, "always" | "sometimes" | "perhaps")
        && i.checked_sub(1)
            .and_then(|p| words.get(p))
            .is_some_and(|p| matches!(p.lower, "who" | "which"));
    if relative_present {
        return Some(Tense::Present);
    }
    if lists == 0 && !ed && !lw.ends_with("ll") {
        return None;
    }
    let next = words.get(i + 1).map_or("", |w| w.lower);
    let copula = matches!(lw, "is" | "are");
    // A participle after an auxiliary or a determiner (`the draw is made`, `will be held`, `the
    // reduced dividend`) sets no tense: the auxiliary does.
    let before_ed_not_past = || {
        TENSE_WORDS.lists_of(
            i.checked_sub(1)
                .and_then(|p| words.get(p))
                .map_or("", |w| w.lower),
        ) & IS_BEFORE_ED_NOT_PAST
            != 0
    };
    let tense = if lists & IS_FUTURE != 0
        || (lists & IS_FUTURE_BEFORE_TO != 0 || copula)
            && (next == "to" || next == "for" && !copula)
        || lw.ends_with("’ll")
        || lw.ends_with("'ll")
    {
        Tense::Future
    } else if lists & IS_PRESENT != 0 {
        Tense::Present
    } else if lists & IS_PAST != 0 && (!before_ed_not_past() || matches!(lw, "was" | "were"))
        || ed && lists & IS_NOT_PAST_ED == 0 && !before_ed_not_past()
    {
        Tense::Past
    } else {
        return None;
    };
    Some(tense)
}

/// How far, in words, [`tense_at`] looks on each side. A marker further away belongs to another
/// clause; the bound keeps a long sentence of dates without a verb linear.
const TENSE_REACH: usize = 30;

/// Words that open another clause: a tense marker past one of them belongs to that clause
/// (`had opened a ward on Friday and would postpone …`).
fn is_clause_boundary(w: &str) -> bool {
    matches!(
        w,
        "and" | "but" | "or" | ";" | "while" | "whereas" | "although" | "though" | "because"
    )
}

/// True when a marker of the future stands in the few words of the clause before word `i`.
fn future_in_clause_before(text: &str, words: &[Word], i: usize) -> bool {
    (i.saturating_sub(8)..i)
        .rev()
        .take_while(|&p| {
            words
                .get(p)
                .is_some_and(|w| w.lower != "," && !is_clause_boundary(w.lower))
        })
        .any(|p| tense_of(text, words, p) == Some(Tense::Future))
}

/// True when a verb that looks ahead (`postponed`, `delayed`, `pushed back`, `scheduled`) stands
/// in the clause before word `i`.
fn put_off_before(words: &[Word], i: usize) -> bool {
    (i.saturating_sub(12)..i)
        .rev()
        .map_while(|p| {
            words
                .get(p)
                .filter(|w| w.lower != "," && !is_clause_boundary(w.lower))
        })
        .any(|w| looks_ahead(w.lower))
}

/// Verbs whose to-infinitive tells what is to come (`urged residents to get their shots before
/// Thanksgiving`, `vowed to finish by March`), or a date after `to` (`postponed the trial to
/// Sept. 14`), by their stems.
fn looks_ahead(verb: &str) -> bool {
    const STEMS: &[&str] = &[
        "urg",
        "ask",
        "call",
        "order",
        "decid",
        "agree",
        "promis",
        "pledg",
        "vow",
        "plann",
        "hop",
        "want",
        "sought",
        "aim",
        "intend",
        "vot",
        "encourag",
        "advis",
        "warn",
        "told",
        "requir",
        "direct",
        "instruct",
        "invit",
        "prepar",
        "threaten",
        "press",
        "lobb",
        "appeal",
        "demand",
        "schedul",
        "expect",
        "arrang",
        "offer",
        "propos",
        "resolv",
        "postpon",
        "delay",
        "adjourn",
        "reschedul",
        "defer",
        "push",
        "extend",
    ];
    STEMS.iter().any(|s| verb.starts_with(s))
}

/// The tense of the marker nearest to words `start..end` (a tie goes to the one before), read
/// outwards up to [`TENSE_REACH`] words on each side. A marker in the expression's own clause
/// wins over a nearer one past a clause boundary (`and would`). A date in the to-infinitive
/// of a past verb that looks ahead (`urged … to get … before Thanksgiving`) is ahead of it.
fn tense_at(text: &str, words: &[Word], start: usize, end: usize) -> Tense {
    let reach = TENSE_REACH.min(words.len());
    // (distance, tense, position, a boundary lies between)
    let mut before = None;
    let mut crossed = false;
    for d in 1..=reach {
        let Some(p) = start.checked_sub(d) else {
            break;
        };
        if let Some(t) = tense_of(text, words, p) {
            before = Some((d, t, p, crossed));
            break;
        }
        crossed |= words.get(p).is_some_and(|w| is_clause_boundary(w.lower));
    }
    let mut after = None;
    let mut crossed = false;
    let mut comma = false;
    let report = start >= 3
        && words
            .get(start.saturating_sub(reach)..start)
            .is_some_and(|ws| ws.iter().all(|w| w.lower != ","));
    for d in 1..=reach {
        let p = end + d - 1;
        let Some(w) = words.get(p) else {
            break;
        };
        // A quotation ends or begins: its verbs and those of its attribution (`… at the Fed's
        // December meeting," he told analysts`) tell other times.
        // (Marks have no case: as written they are their lower case.)
        if matches!(w.lower, "\"" | "”" | "“") {
            break;
        }
        if let Some(t) = tense_of(text, words, p) {
            // The speech verb after a report (`talks begin on Tuesday, a spokesman said`) is
            // the telling's tense, not the report's; after an opening date and a comma (`On
            // Friday, police said`) it is the sentence's.
            if !(comma && report && matches!(w.lower, "said" | "says" | "told")) {
                after = Some((d, t, p, crossed || comma));
            }
            break;
        }
        comma |= w.lower == ",";
        // (`said in a speech on Tuesday that the country would not …`: the clause after `that`
        // is what was said, in its own tense.)
        crossed |= is_clause_boundary(w.lower) || w.lower == "that";
    }
    let chosen = match (before, after) {
        (Some(b), Some(a)) => {
            let take_before = match (b.3, a.3) {
                (false, true) => true,
                (true, false) => false,
                _ => b.0 <= a.0,
            };
            if take_before {
                b
            } else {
                a
            }
        }
        (Some(b), None) => b,
        (None, Some(a)) => a,
        (None, None) => return Tense::Present,
    };
    let (_, tense, p, _) = chosen;
    if tense == Tense::Past && p < start {
        let verb = words.get(p).map_or("", |w| w.lower);
        // `to` and a verb at most three words after the verb (`urged residents to get`,
        // `called on people to vote`), and no comma or clause boundary before the date.
        let infinitive = (p + 1..start.min(p + 5)).any(|k| {
            words.get(k).is_some_and(|w| w.lower == "to")
                && k + 1 < start
                && words
                    .get(k + 1)
                    .is_some_and(|w| w.kind == crate::segment::TokenKind::Word)
        });
        let one_clause = words.get(p + 1..start).is_some_and(|ws| {
            ws.iter()
                .all(|w| w.lower != "," && !is_clause_boundary(w.lower))
        });
        if infinitive && one_clause && looks_ahead(verb) {
            return Tense::Future;
        }
    }
    tense
}

/// Drops the time expressions that cross one of `others` (mentions, quotes, in any order), so
/// that layers nest or are disjoint. `times` are in text order and apart, as [`find_times`]
/// gives them.
pub fn drop_crossing(times: &mut Vec<TimeExpr>, others: impl IntoIterator<Item = Span>) {
    // A crossing span has one end strictly inside a time and the other outside it. The times
    // are apart, so each end of a span is strictly inside at most one: the last time starting
    // before it, found by binary search. One pass over `others`, unsorted: O(o log t).
    let inside = |at: usize| {
        let k = times
            .partition_point(|t| t.span.start < at)
            .checked_sub(1)?;
        let t = times.get(k)?.span;
        (at < t.end).then_some((k, t))
    };
    let mut crossed = vec![false; times.len()];
    for o in others {
        let starts_inside = inside(o.start).filter(|(_, t)| o.end > t.end);
        let ends_inside = inside(o.end).filter(|(_, t)| o.start < t.start);
        for (k, _) in starts_inside.into_iter().chain(ends_inside) {
            if let Some(c) = crossed.get_mut(k) {
                *c = true;
            }
        }
    }
    let mut k = 0;
    times.retain(|_| {
        k += 1;
        !crossed.get(k - 1).copied().unwrap_or(false)
    });
}

/// Where a TIMEX3 value starts on the calendar, for ordering: `2017-Q3` → 2017-07-01,
/// `199` → 1990-01-01. `None` for values that are not points (`P3D`, `PAST_REF`, `XXXX-08`) nor
/// centuries (`20`).
pub fn start_of(value: &str) -> Option<NaiveDate> {
    let (date, _) = value.split_once('T').unwrap_or((value, ""));
    let mut parts = date.split('-');
    let y = parts.next()?;
    if !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // A century (`20`) is no point to place: `mid-century` and `the end of the century` are
    // not its first year.
    let year: i32 = match y.len() {
        4 => y.parse().ok()?,
        3 => y.parse::<i32>().ok()? * 10,
        _ => return None,
    };
    let Some(p) = parts.next() else {
        return NaiveDate::from_ymd_opt(year, 1, 1);
    };
    let month = if let Some(q) = p.strip_prefix('Q') {
        q.parse::<u32>().ok().filter(|q| (1..=4).contains(q))? * 3 - 2
    } else if let Some(h) = p.strip_prefix('H') {
        h.parse::<u32>().ok().filter(|h| (1..=2).contains(h))? * 6 - 5
    } else if p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()) {
        // Before weeks: winter (`WI`) is no week.
        lexicon::season_month(p)
    } else if let Some(w) = p.strip_prefix('W') {
        let week: u32 = w.parse().ok()?;
        // A weekend (`2017-W48-WE`) starts on its Saturday.
        let day = if parts.next() == Some("WE") {
            chrono::Weekday::Sat
        } else {
            chrono::Weekday::Mon
        };
        return NaiveDate::from_isoywd_opt(year, week, day);
    } else {
        p.parse().ok()?
    };
    let day = match parts.next() {
        Some(d) => d.parse().ok()?,
        None => 1,
    };
    NaiveDate::from_ymd_opt(year, month, day)
}
