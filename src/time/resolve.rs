//! Normalising what an expression means ([`Sem`]) to a TIMEX3 value against the publication
//! date, the tense of its sentence and the last date the story named.

use super::lexicon::{self, Unit};
use super::scan::{Sem, Shift};
use super::{ymd, Moment, Precision, TimeKind};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// Whether a clause speaks of the past or the future, for resolving `on Wednesday`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// `said`, `met`, `was`
    Past,
    /// `is`, `says`: nothing either way.
    Present,
    /// `will`, `plans to`
    Future,
}

/// The last date the story named, for `that day`, `a year earlier`, `the quarter`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The day (the first of a month or year when only those are known).
    pub date: NaiveDate,
    /// How exact it is.
    pub unit: Unit,
    /// The quarter under discussion, if the story named one.
    pub quarter: Option<(i32, u32)>,
}

/// What resolving gives.
pub struct Resolved {
    /// Date, time, duration or set.
    pub kind: TimeKind,
    /// The TIMEX3 value.
    pub value: String,
    /// How exact a point in time is.
    pub precision: Option<Precision>,
}

/// Everything a value depends on besides the expression.
pub struct Context {
    /// The publication moment, if known.
    pub anchor: Option<Moment>,
    /// The tense of the clause around the expression.
    pub tense: Tense,
    /// The last date the story named.
    pub reference: Option<Reference>,
    /// True when the expression's own sentence named that date.
    pub reference_here: bool,
    /// The start of the date whose past year the story last wrote out (`On this day in
    /// 1989`), when nothing in the expression's sentence before it tells of speech.
    pub story: Option<NaiveDate>,
    /// The day the story was last updated, if its header says.
    pub updated: Option<NaiveDate>,
}

fn shift_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

fn shift_months(date: NaiveDate, months: i64) -> Option<NaiveDate> {
    let n = u32::try_from(months.unsigned_abs()).ok()?;
    if months >= 0 {
        date.checked_add_months(Months::new(n))
    } else {
        date.checked_sub_months(Months::new(n))
    }
}

/// `date` moved by `n` units (weeks as 7 days, quarters as 3 months …).
pub fn shift(date: NaiveDate, unit: Unit, n: i64) -> Option<NaiveDate> {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => Some(date),
        Unit::Day => shift_days(date, n),
        Unit::Week => shift_days(date, n.checked_mul(7)?),
        Unit::Month => shift_months(date, n),
        Unit::Quarter => shift_months(date, n.checked_mul(3)?),
        Unit::Year => shift_months(date, n.checked_mul(12)?),
        Unit::Decade => shift_months(date, n.checked_mul(120)?),
        Unit::Century => shift_months(date, n.checked_mul(1200)?),
    }
}

fn quarter_of(date: NaiveDate) -> (i32, u32) {
    (date.year(), (date.month() - 1) / 3 + 1)
}

/// `date` written at the granularity of `unit`: `2017`, `2017-11`, `2017-W48`, `2017-11-29`.
pub fn at_unit(date: NaiveDate, unit: Unit) -> (String, Precision) {
    match unit {
        Unit::Century => (
            format!("{:02}", date.year().div_euclid(100)),
            Precision::Year,
        ),
        Unit::Decade => (
            format!("{:03}", date.year().div_euclid(10)),
            Precision::Year,
        ),
        Unit::Year => (format!("{:04}", date.year()), Precision::Year),
        Unit::Quarter => {
            let (y, q) = quarter_of(date);
            (format!("{y:04}-Q{q}"), Precision::Year)
        }
        Unit::Month => (
            format!("{:04}-{:02}", date.year(), date.month()),
            Precision::Month,
        ),
        Unit::Week => {
            let w = date.iso_week();
            (format!("{:04}-W{:02}", w.year(), w.week()), Precision::Week)
        }
        _ => (ymd(date), Precision::Day),
    }
}

/// The unknown value at the granularity of `unit`.
fn unknown_at(unit: Unit) -> (String, Precision) {
    match unit {
        Unit::Century | Unit::Decade | Unit::Year => ("XXXX".into(), Precision::Year),
        Unit::Quarter => ("XXXX-QX".into(), Precision::Year),
        Unit::Month => ("XXXX-XX".into(), Precision::Month),
        Unit::Week => ("XXXX-WXX".into(), Precision::Week),
        _ => ("XXXX-XX-XX".into(), Precision::Day),
    }
}

/// The day of the named weekday around `anchor`: back for the past, ahead for the future, the
/// nearer otherwise (a tie goes to the past: news mostly reports).
pub fn resolve_weekday(anchor: NaiveDate, day: Weekday, tense: Tense, shift: Shift) -> NaiveDate {
    let back = (anchor.weekday().num_days_from_monday() + 7 - day.num_days_from_monday()) % 7;
    let ahead = (7 - back) % 7;
    let before = |d: u32| shift_days(anchor, -i64::from(d)).unwrap_or(anchor);
    let after = |d: u32| shift_days(anchor, i64::from(d)).unwrap_or(anchor);
    match shift {
        Shift::Last => before(if back == 0 { 7 } else { back }),
        Shift::Next => after(if ahead == 0 { 7 } else { ahead }),
        Shift::This => {
            if tense == Tense::Past {
                before(back)
            } else {
                after(ahead)
            }
        }
        Shift::Bare => match tense {
            Tense::Past => before(back),
            Tense::Future => after(ahead),
            Tense::Present if back <= ahead => before(back),
            Tense::Present => after(ahead),
        },
    }
}

/// The year of a month (or day of a month) named without one: the latest such one up to the
/// anchor for the past, the next for the future, the anchor's year otherwise.
fn year_for(anchor: NaiveDate, m: u32, d: u32, tense: Tense, shift: Shift) -> i32 {
    let y = anchor.year();
    let key = (m, d);
    let now = (anchor.month(), anchor.day());
    match shift {
        Shift::Last if key >= (now.0, 1) && d == 0 || key >= now && d != 0 => y - 1,
        Shift::Last => y,
        Shift::Next if key <= now => y + 1,
        Shift::Next => y,
        Shift::This => y,
        // The nearest such day or month, with the tense pulling towards its side: a past-tense
        // `Dec. 28` in a January story is last December, `by Jan. 14` a week ahead is this
        // January whatever the tense, `in August` told in November is the August before.
        Shift::Bare => {
            let cost = |y: i32| -> i64 {
                let gap = if d == 0 {
                    (i64::from(y) * 12 + i64::from(m))
                        - (i64::from(anchor.year()) * 12 + i64::from(now.0))
                } else {
                    match NaiveDate::from_ymd_opt(y, m, d) {
                        Some(x) => (x - anchor).num_days(),
                        None => return i64::MAX,
                    }
                };
                // Doubled, so that a tie goes to the past (news mostly reports).
                let penalty = if d == 0 { 3 } else { 45 };
                2 * match tense {
                    Tense::Past if gap > 0 => gap * 3 + penalty,
                    Tense::Future if gap < 0 => -gap * 3 + penalty,
                    _ => gap.abs(),
                } + i64::from(gap > 0)
            };
            [y, y - 1, y + 1]
                .into_iter()
                .min_by_key(|&y| cost(y))
                .unwrap_or(y)
        }
    }
}

/// The year `y` chosen for a past-tense day or month (`d`: 0) that would come after the
/// anchor, when its sentence went back to an earlier year: that date's, if the day is not
/// before it (`The march came on Nov. 17, 1989, and the strike on Nov. 27` in a Nov. 17
/// story; `Last winter, … in early December` in a November one), else the past year the story
/// last wrote out (`On this day in 1989, …` then `The strike came on Nov. 27`, whatever `a
/// decade ago` and `this year` said between), the day again not before that date's. Not after
/// a speech verb: `The firm moved in 2019. The board said entries close on Dec. 5.` is the
/// coming Dec. 5.
fn story_year(y: i32, a: NaiveDate, m: u32, d: u32, cx: &Context) -> i32 {
    let on = |y: i32| NaiveDate::from_ymd_opt(y, m, d.max(1));
    let back = match cx.reference {
        Some(r) if cx.reference_here => Some(r.date),
        _ => cx.story,
    };
    match back {
        Some(b)
            if cx.tense == Tense::Past
                && b.year() < a.year()
                && on(y).is_some_and(|x| x > a)
                && on(b.year()).is_some_and(|x| x >= b) =>
        {
            b.year()
        }
        _ => y,
    }
}

fn point(kind: TimeKind, (value, precision): (String, Precision)) -> Resolved {
    Resolved {
        kind,
        value,
        precision: Some(precision),
    }
}

fn plain(kind: TimeKind, value: String) -> Resolved {
    Resolved {
        kind,
        value,
        precision: None,
    }
}

/// True when a count finer than the story's last date `r` (`two days later`, `the following
/// week`) cannot leave it: told no finer, `r` gives no day to count from, and counting from the
/// publication instead would put the event in the present of a story set in another year.
fn stays_in(r: Reference, anchor: Option<NaiveDate>) -> bool {
    anchor.is_some_and(|a| a.year() != r.date.year())
}

/// The value of `sem` in `cx`, and the reference date it sets for later expressions.
pub fn resolve(sem: &Sem, cx: &Context) -> (Resolved, Option<Reference>) {
    let anchor = cx.anchor.map(|a| a.date);
    let reference = |date: NaiveDate, unit: Unit| {
        Some(Reference {
            date,
            unit,
            quarter: cx.reference.and_then(|r| r.quarter),
        })
    };
    let date = TimeKind::Date;
    match sem {
        Sem::Date {
            year, month, day, ..
        }
        | Sem::DateTime {
            year, month, day, ..
        } => {
            let weekday = match sem {
                Sem::Date { weekday, .. } => *weekday,
                _ => None,
            };
            let year = year.or_else(|| {
                anchor.map(|a| {
                    let y = story_year(
                        year_for(a, *month, *day, cx.tense, Shift::Bare),
                        a,
                        *month,
                        *day,
                        cx,
                    );
                    // `Tuesday, Nov. 3` is in the year near the anchor whose Nov. 3 is a Tuesday.
                    let on = |y: i32| {
                        NaiveDate::from_ymd_opt(y, *month, *day)
                            .filter(|d| weekday.is_none_or(|w| d.weekday() == w))
                    };
                    [y, a.year(), a.year() + 1, a.year() - 1]
                        .into_iter()
                        .find(|&y| on(y).is_some())
                        .unwrap_or(y)
                })
            });
            let time = match sem {
                Sem::DateTime { hour, minute, .. } => Some((*hour, *minute)),
                _ => None,
            };
            let Some(d) = year.and_then(|y| NaiveDate::from_ymd_opt(y, *month, *day)) else {
                let base = match year {
                    Some(y) => format!("{y:04}-{month:02}-{day:02}"),
                    None => format!("XXXX-{month:02}-{day:02}"),
                };
                return match time {
                    Some((h, m)) => (
                        point(
                            TimeKind::Time,
                            (format!("{base}T{h:02}:{m:02}"), Precision::Minute),
                        ),
                        None,
                    ),
                    None => (point(date, (base, Precision::Day)), None),
                };
            };
            let r = reference(d, Unit::Day);
            match time {
                Some((h, m)) => (
                    point(
                        TimeKind::Time,
                        (format!("{}T{h:02}:{m:02}", ymd(d)), Precision::Minute),
                    ),
                    r,
                ),
                None => (point(date, (ymd(d), Precision::Day)), r),
            }
        }
        Sem::YearMonth(y, m) => match NaiveDate::from_ymd_opt(*y, *m, 1) {
            Some(d) => (
                point(date, at_unit(d, Unit::Month)),
                reference(d, Unit::Month),
            ),
            None => (
                point(date, (format!("{y:04}-{m:02}"), Precision::Month)),
                None,
            ),
        },
        Sem::Month(m, shift) => match anchor {
            Some(a) => {
                let y = year_for(a, *m, 0, cx.tense, *shift);
                let y = if *shift == Shift::Bare {
                    story_year(y, a, *m, 0, cx)
                } else {
                    y
                };
                match NaiveDate::from_ymd_opt(y, *m, 1) {
                    Some(d) => (
                        point(date, at_unit(d, Unit::Month)),
                        reference(d, Unit::Month),
                    ),
                    None => (
                        point(date, (format!("XXXX-{m:02}"), Precision::Month)),
                        None,
                    ),
                }
            }
            None => (
                point(date, (format!("XXXX-{m:02}"), Precision::Month)),
                None,
            ),
        },
        // A day of it is that day of the year (`July 1 next year`).
        Sem::MonthOf(month, day, k) if *day > 0 => {
            let date = Sem::Date {
                year: anchor.map(|a| a.year() + i32::try_from(*k).unwrap_or(0)),
                month: *month,
                day: *day,
                weekday: None,
            };
            resolve(&date, cx)
        }
        Sem::MonthOf(m, _, k) => {
            let d = anchor.and_then(|a| {
                NaiveDate::from_ymd_opt(a.year() + i32::try_from(*k).unwrap_or(0), *m, 1)
            });
            match d {
                Some(d) => (
                    point(date, at_unit(d, Unit::Month)),
                    reference(d, Unit::Month),
                ),
                None => (
                    point(date, (format!("XXXX-{m:02}"), Precision::Month)),
                    None,
                ),
            }
        }
        Sem::Year(y) => match NaiveDate::from_ymd_opt(*y, 1, 1) {
            Some(d) => (
                point(date, at_unit(d, Unit::Year)),
                reference(d, Unit::Year),
            ),
            None => (point(date, (format!("{y:04}"), Precision::Year)), None),
        },
        Sem::Decade(d) => (
            point(date, (format!("{d:03}"), Precision::Year)),
            NaiveDate::from_ymd_opt(d.saturating_mul(10), 1, 1)
                .and_then(|d| reference(d, Unit::Decade)),
        ),
        Sem::Century(c) => (point(date, (format!("{c:02}"), Precision::Year)), None),
        Sem::Weekday(d, shift, part) => {
            let Some(a) = anchor else {
                let v = format!("XXXX-WXX-{}", d.number_from_monday());
                return (with_part(point(date, (v, Precision::Day)), *part), None);
            };
            let day = match (shift, cx.reference) {
                // `the previous Friday`, `the next Monday` count from the story's last date.
                (Shift::Last | Shift::Next, Some(r)) if r.unit == Unit::Day => {
                    resolve_weekday(r.date, *d, cx.tense, *shift)
                }
                // `next Thursday` is a day of next week (weeks start on Monday): written on a
                // Wednesday, not the next day, which news calls `Thursday`, but the one after.
                (Shift::Next, _) => {
                    let days = 7 - a.weekday().num_days_from_monday() + d.num_days_from_monday();
                    shift_days(a, i64::from(days)).unwrap_or(a)
                }
                // A story updated in the days after it was published names the day of the
                // update by its weekday (`said on Tuesday` in a story of Monday updated Tuesday).
                _ => cx
                    .updated
                    .filter(|&u| {
                        matches!(shift, Shift::Bare | Shift::This)
                            && u.weekday() == *d
                            && u > a
                            && u <= shift_days(a, 6).unwrap_or(a)
                    })
                    .unwrap_or_else(|| resolve_weekday(a, *d, cx.tense, *shift)),
            };
            // `Friday night` keeps the day's value (TimeML annotators mostly mark the day), `Friday
            // evening` its part.
            let part = part.filter(|p| *p == "EV");
            (
                with_part(point(date, (ymd(day), Precision::Day)), part),
                reference(day, Unit::Day),
            )
        }
        Sem::DayIn(y) => match anchor.and_then(|a| NaiveDate::from_ymd_opt(*y, a.month(), a.day()))
        {
            Some(d) => (
                point(date, (ymd(d), Precision::Day)),
                reference(d, Unit::Day),
            ),
            None => (point(date, (format!("{y:04}"), Precision::Year)), None),
        },
        Sem::Day(k, part) => match anchor.and_then(|a| shift_days(a, *k)) {
            Some(d) => (
                with_part(point(date, (ymd(d), Precision::Day)), *part),
                reference(d, Unit::Day),
            ),
            None => (with_part(point(date, unknown_at(Unit::Day)), *part), None),
        },
        Sem::Relative(unit, k) => {
            // `In the 1960s … by the end of the decade, traffic had doubled`: that decade.
            let base = match cx.reference {
                Some(r)
                    if (*unit, *k, r.unit, cx.tense)
                        == (Unit::Decade, 0, Unit::Decade, Tense::Past) =>
                {
                    Some(r.date)
                }
                _ => anchor,
            };
            match base.and_then(|a| shift(a, *unit, *k)) {
                Some(d) => (point(date, at_unit(d, *unit)), reference(d, *unit)),
                None => (point(date, unknown_at(*unit)), None),
            }
        }
        Sem::Offset {
            unit,
            n,
            sign,
            anaphoric,
        } => {
            let Some(n) = n else {
                let v = if *sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
                return (plain(date, v.into()), None);
            };
            // `a year ago` in a story about a quarter's results is that quarter a year before.
            if *unit == Unit::Year {
                if let Some((y, q)) = cx.reference.and_then(|r| r.quarter) {
                    let back = i32::try_from(*n).unwrap_or(i32::MAX);
                    let y = if *sign < 0 {
                        y.saturating_sub(back)
                    } else {
                        y.saturating_add(back)
                    };
                    return (point(date, (format!("{y:04}-Q{q}"), Precision::Year)), None);
                }
            }
            let base = match cx.reference {
                Some(r) if *anaphoric && r.unit <= *unit => Some(r.date),
                // `In 1989 … that autumn … Two days later`: a time of 1989, not two days after
                // the publication.
                Some(r) if *anaphoric && stays_in(r, anchor) => {
                    return (point(date, at_unit(r.date, r.unit)), None);
                }
                _ => anchor,
            };
            // `a decade ago` is a year, not the decade it fell in.
            let unit_shown = match unit {
                Unit::Second | Unit::Minute | Unit::Hour => Unit::Day,
                Unit::Decade | Unit::Century => Unit::Year,
                u => *u,
            };
            match base.and_then(|b| shift(b, *unit, i64::from(*n) * sign)) {
                Some(d) => (
                    point(date, at_unit(d, unit_shown)),
                    reference(d, unit_shown),
                ),
                None => (point(date, unknown_at(unit_shown)), None),
            }
        }
        Sem::WeekOf(day) => match resolve(day, cx) {
            (_, Some(r)) => (
                point(date, at_unit(r.date, Unit::Week)),
                reference(r.date, Unit::Week),
            ),
            found => found,
        },
        Sem::Anaphor(unit, k) => {
            let base = match cx.reference {
                Some(r) if r.unit <= *unit => Some(r.date),
                // `In November, … talks broke down that night`: a night of that November; `Last
                // winter, … in early December, … the following week`: a week of that December,
                // not of this year. A year named for something else is too far to say which
                // night (`She started in 2019. … that night`): none.
                Some(r) if *k == 0 && r.unit > Unit::Month && *unit <= Unit::Day => {
                    return (point(date, unknown_at(*unit)), None);
                }
                Some(r) if *k == 0 || stays_in(r, anchor) => {
                    return (point(date, at_unit(r.date, r.unit)), None);
                }
                _ => anchor,
            };
            match base.and_then(|b| shift(b, *unit, *k)) {
                Some(d) => (point(date, at_unit(d, *unit)), reference(d, *unit)),
                None => (point(date, unknown_at(*unit)), None),
            }
        }
        Sem::MonthFrom {
            month,
            season,
            shift,
        } => {
            let base = cx
                .reference
                .map(|r| (r.date, r.unit))
                .or(anchor.map(|a| (a, Unit::Day)));
            let y = base.map(|(d, unit)| {
                // After a year (`In 1968 … the following spring`) the next one's; after a day
                // or a month, the first such month past it.
                let within = unit < Unit::Year;
                match shift {
                    1 if within && *month > d.month() => d.year(),
                    -1 if within && *month < d.month() => d.year(),
                    k => d.year().saturating_add(i32::try_from(*k).unwrap_or(0)),
                }
            });
            let sem = match (y, season) {
                (Some(y), None) => Sem::YearMonth(y, *month),
                (None, None) => Sem::Month(*month, Shift::Bare),
                (y, Some(code)) => Sem::Season(code, Shift::Bare, y),
            };
            resolve(&sem, cx)
        }
        Sem::Quarter {
            q,
            year,
            years_back,
        } => {
            let current = cx.reference.and_then(|r| r.quarter).or_else(|| {
                // Without one named, the quarter under discussion is the last one ended.
                anchor
                    .and_then(|a| shift(a, Unit::Quarter, -1))
                    .map(quarter_of)
            });
            let (y, q) = match (q, year) {
                (Some(q), Some(y)) => (Some(*y), *q),
                (Some(q), None) => {
                    let y = anchor.map(|a| {
                        let (ay, aq) = quarter_of(a);
                        // A report early in the year about the third or fourth quarter means
                        // last year's; a quarter still to come that ended more than a
                        // quarter ago this year, next year's (`will ship in the first quarter`
                        // in October; `expects to report third-quarter results` is this year's).
                        // One not yet begun, told in the past, is last year's (`lost money in
                        // the fourth quarter`, in May).
                        if aq == 1 && *q >= 3 || cx.tense == Tense::Past && *q > aq {
                            ay - 1
                        } else if cx.tense == Tense::Future && *q + 1 < aq {
                            ay + 1
                        } else {
                            ay
                        }
                    });
                    (y, *q)
                }
                (None, year) => match current {
                    Some((cy, cq)) => (Some(year.unwrap_or(cy)), cq),
                    None => (*year, 0),
                },
            };
            let y = y.map(|y| y - years_back);
            let value = match (y, q) {
                (Some(y), 0) => format!("{y:04}-QX"),
                (Some(y), q) => format!("{y:04}-Q{q}"),
                (None, 0) => "XXXX-QX".into(),
                (None, q) => format!("XXXX-Q{q}"),
            };
            let new_ref = match (y, q) {
                // Only a quarter that has ended is one the story reports on, and not an earlier
                // one of its year told for comparison (`the third quarter` … `down from the
                // second quarter` … `the year-ago quarter` is the third).
                (Some(y), q)
                    if q > 0
                        && *years_back == 0
                        && cx
                            .reference
                            .and_then(|r| r.quarter)
                            .is_none_or(|(cy, cq)| cy != y || q >= cq)
                        && (cx.tense == Tense::Past
                            || anchor.is_none_or(|a| (y, q) < quarter_of(a))) =>
                {
                    NaiveDate::from_ymd_opt(y, q * 3 - 2, 1).map(|d| Reference {
                        date: d,
                        unit: Unit::Quarter,
                        quarter: Some((y, q)),
                    })
                }
                _ => None,
            };
            (point(date, (value, Precision::Year)), new_ref)
        }
        Sem::QuarterOf(q, k) | Sem::HalfOf(q, k) => {
            let part = match sem {
                Sem::QuarterOf(..) => 'Q',
                _ => 'H',
            };
            let y = anchor.map(|a| a.year().saturating_add(i32::try_from(*k).unwrap_or(0)));
            let v = match y {
                Some(y) => format!("{y:04}-{part}{q}"),
                None => format!("XXXX-{part}{q}"),
            };
            // A quarter that has ended is one the story reports on, as for `the third quarter`.
            let new_ref = match (y, anchor) {
                (Some(y), Some(a)) if part == 'Q' && (y, *q) < quarter_of(a) => {
                    NaiveDate::from_ymd_opt(y, q * 3 - 2, 1).map(|d| Reference {
                        date: d,
                        unit: Unit::Quarter,
                        quarter: Some((y, *q)),
                    })
                }
                _ => None,
            };
            (point(date, (v, Precision::Year)), new_ref)
        }
        Sem::Half(h, year) => {
            let y = year.or_else(|| anchor.map(|a| a.year()));
            let v = match y {
                Some(y) => format!("{y:04}-H{h}"),
                None => format!("XXXX-H{h}"),
            };
            (point(date, (v, Precision::Year)), None)
        }
        Sem::Season(code, shift, year) => {
            // `last summer` is last year's, even in November (TimeML's reading).
            let y = year.or_else(|| {
                anchor.map(|a| match shift {
                    Shift::Last => a.year() - 1,
                    Shift::Next => a.year() + 1,
                    // A season not yet begun cannot be past: `joined in the summer`, told in
                    // April, is last summer.
                    Shift::Bare
                        if cx.tense == Tense::Past && lexicon::season_month(code) > a.month() =>
                    {
                        a.year() - 1
                    }
                    _ => year_for(a, lexicon::season_month(code), 0, cx.tense, *shift),
                })
            });
            let v = match y {
                Some(y) => format!("{y:04}-{code}"),
                None => format!("XXXX-{code}"),
            };
            // `the autumn of 1989` is the year `that summer` or `the following spring` count from,
            // and `last winter` the year of `in early December` after it.
            let new_ref = year
                .or(y.filter(|_| *shift == Shift::Last))
                .and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1))
                .and_then(|d| reference(d, Unit::Year));
            (point(date, (v, Precision::Year)), new_ref)
        }
        Sem::Weekend(shift) => {
            let Some(a) = anchor else {
                return (point(date, ("XXXX-WXX-WE".into(), Precision::Week)), None);
            };
            let tense = if *shift == Shift::Bare {
                cx.tense
            } else {
                Tense::Present
            };
            let k = match shift {
                Shift::Last => -7,
                Shift::Next => 7,
                _ => 0,
            };
            let sat = resolve_weekday(a, Weekday::Sat, tense, Shift::Bare);
            let sat = shift_days(sat, k).unwrap_or(sat);
            let w = sat.iso_week();
            (
                point(
                    date,
                    (
                        format!("{:04}-W{:02}-WE", w.year(), w.week()),
                        Precision::Week,
                    ),
                ),
                None,
            )
        }
        Sem::Clock { hour, minute, on } => {
            let t = format!("{hour:02}:{minute:02}");
            let day = match on {
                Some(s) => {
                    let (r, _) = resolve(s, cx);
                    r.value
                }
                // A bare clock time is on the day the story last named, else the publication
                // day: `He was shot on Oct. 23 … at 10 p.m.`
                None => match (cx.reference, cx.anchor) {
                    (Some(r), _) if r.unit == Unit::Day => ymd(r.date),
                    (_, Some(a)) => ymd(a.date),
                    _ => "XXXX-XX-XX".into(),
                },
            };
            (
                point(TimeKind::Time, (format!("{day}T{t}"), Precision::Minute)),
                None,
            )
        }
        Sem::Holiday(m, d) => {
            let y = anchor.map(|a| year_for(a, *m, *d, cx.tense, Shift::Bare));
            match y.and_then(|y| NaiveDate::from_ymd_opt(y, *m, *d)) {
                Some(day) => (
                    point(date, (ymd(day), Precision::Day)),
                    reference(day, Unit::Day),
                ),
                None => (
                    point(date, (format!("XXXX-{m:02}-{d:02}"), Precision::Day)),
                    None,
                ),
            }
        }
        Sem::Movable(holiday) => {
            let day = anchor.and_then(|a| {
                let this = holiday.date(a.year())?;
                match cx.tense {
                    Tense::Past if this > a => holiday.date(a.year() - 1),
                    Tense::Future if this < a => holiday.date(a.year() + 1),
                    _ => Some(this),
                }
            });
            match day {
                Some(d) => (
                    point(date, (ymd(d), Precision::Day)),
                    reference(d, Unit::Day),
                ),
                None => {
                    let v = match holiday.month() {
                        Some(m) => format!("XXXX-{m:02}-XX"),
                        None => "XXXX-XX-XX".into(),
                    };
                    (point(date, (v, Precision::Day)), None)
                }
            }
        }
        Sem::YearEnd => match anchor {
            Some(a) => (
                point(date, (format!("{:04}-12-31", a.year()), Precision::Day)),
                None,
            ),
            None => (point(date, ("XXXX-12-31".into(), Precision::Day)), None),
        },
        Sem::Ref(v) => (plain(date, (*v).to_string()), None),
        Sem::Duration(v) => (plain(TimeKind::Duration, v.clone()), None),
        Sem::Set(v) => (plain(TimeKind::Set, v.clone()), None),
    }
}

/// Adds a part of the day (`TMO`) to a day value, which makes it a time.
fn with_part(r: Resolved, part: Option<&'static str>) -> Resolved {
    match part {
        Some(p) => Resolved {
            kind: TimeKind::Time,
            value: format!("{}T{p}", r.value),
            precision: Some(Precision::Hour),
        },
        None => r,
    }
}
