//! The words of time expressions: months, weekdays, units, numbers, parts of the day.

use chrono::{Datelike, NaiveDate, Weekday};

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
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// The month a (lower-case) word names: `august`, `aug`, `sept`.
pub fn month(lower: &str) -> Option<u32> {
    // Most words start with a letter no month does: one test, not a search of the list.
    let first = lower.as_bytes().first()?;
    if !matches!(first, b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's') {
        return None;
    }
    MONTHS.iter().find(|(m, _)| *m == lower).map(|&(_, n)| n)
}

/// True for month names that are also common words or short forms needing care.
pub fn ambiguous_month(lower: &str) -> bool {
    one_of!(
        lower,
        "may" | "march" | "mar" | "jan" | "jun" | "jul" | "sep" | "dec" | "aug" | "oct" | "nov"
    )
}

/// The weekday a (lower-case) word names; the short forms only when `short` is allowed.
pub fn weekday(lower: &str, short: bool) -> Option<Weekday> {
    // As in `month`: most words cannot be one.
    if !matches!(lower.as_bytes().first()?, b'f' | b'm' | b's' | b't' | b'w') {
        return None;
    }
    WEEKDAYS
        .iter()
        .take(if short { WEEKDAYS.len() } else { 7 })
        .find(|(d, _)| *d == lower)
        .map(|&(_, d)| d)
}

/// The weekday a plural (`Mondays`) names.
pub fn weekday_plural(lower: &str) -> Option<Weekday> {
    weekday(lower.strip_suffix('s')?, false)
}

/// A unit of calendar time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// Three months.
    Quarter,
    /// A year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

impl Unit {
    /// The TIMEX3 duration value for `n` of this unit (`None`: an unknown number, `PXD`).
    pub fn duration(self, n: Option<u32>) -> String {
        let count = |k: u32| {
            n.and_then(|n| n.checked_mul(k))
                .map_or("X".to_string(), |n| n.to_string())
        };
        match self {
            Unit::Second => format!("PT{}S", count(1)),
            Unit::Minute => format!("PT{}M", count(1)),
            Unit::Hour => format!("PT{}H", count(1)),
            Unit::Day => format!("P{}D", count(1)),
            Unit::Week => format!("P{}W", count(1)),
            Unit::Month => format!("P{}M", count(1)),
            Unit::Quarter => format!("P{}Q", count(1)),
            Unit::Year => format!("P{}Y", count(1)),
            Unit::Decade if n.is_none() => "PXDE".to_string(),
            Unit::Decade => format!("P{}Y", count(10)),
            Unit::Century if n.is_none() => "PXCE".to_string(),
            Unit::Century => format!("P{}Y", count(100)),
        }
    }
}

impl Unit {
    /// The TIMEX3 duration value for `n` and a half of this unit (`P2Y6M`, `PT5H30M`).
    pub fn duration_and_a_half(self, n: u32) -> String {
        match self {
            Unit::Second => format!("PT{n}S"),
            Unit::Minute => format!("PT{n}M30S"),
            Unit::Hour => format!("PT{n}H30M"),
            Unit::Day => format!("P{n}DT12H"),
            Unit::Week => format!("P{}D", n.saturating_mul(7).saturating_add(3)),
            Unit::Month => format!("P{n}M15D"),
            Unit::Quarter => format!("P{}M15D", n.saturating_mul(3).saturating_add(1)),
            Unit::Year => format!("P{n}Y6M"),
            Unit::Decade => format!("P{}Y", n.saturating_mul(10).saturating_add(5)),
            Unit::Century => format!("P{}Y", n.saturating_mul(100).saturating_add(50)),
        }
    }
}

/// The unit a (lower-case) word names, and whether it is plural: `days` → (Day, true).
pub fn unit(lower: &str) -> Option<(Unit, bool)> {
    let (stem, plural) = match lower.strip_suffix('s') {
        Some(s) if !matches!(lower, "hours" | "days") || s.len() > 2 => (s, true),
        _ => (lower, false),
    };
    let u = match stem {
        "second" | "sec" => Unit::Second,
        "minute" | "min" => Unit::Minute,
        "hour" | "hr" => Unit::Hour,
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "quarter" => Unit::Quarter,
        "year" | "yr" => Unit::Year,
        "decade" => Unit::Decade,
        "century" => Unit::Century,
        "centurie" if plural => Unit::Century,
        _ => return None,
    };
    Some((u, plural))
}

/// A number written as a word (`two`, `twelve`, `forty`) or in digits (`14`, `1,000`).
pub fn number(lower: &str) -> Option<u32> {
    const SMALL: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    if let Some(n) = SMALL.iter().position(|w| *w == lower) {
        return u32::try_from(n).ok();
    }
    if let Some(n) = tens(lower) {
        return Some(n);
    }
    match lower {
        "dozen" => return Some(12),
        "hundred" => return Some(100),
        "thousand" => return Some(1000),
        _ => {}
    }
    if lower.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && lower.bytes().next().is_some_and(|b| b.is_ascii_digit())
    {
        return lower.replace(',', "").parse().ok();
    }
    None
}

/// `twenty` … `ninety`.
pub fn tens(lower: &str) -> Option<u32> {
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    TENS.iter()
        .position(|w| *w == lower)
        .and_then(|n| u32::try_from(n * 10 + 20).ok())
}

/// An ordinal as a word or in digits: `third` → 3, `30th` → 30.
pub fn ordinal(lower: &str) -> Option<u32> {
    const WORDS: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    if let Some(n) = WORDS.iter().position(|w| *w == lower) {
        return u32::try_from(n + 1).ok();
    }
    let digits = lower
        .strip_suffix("st")
        .or_else(|| lower.strip_suffix("nd"))
        .or_else(|| lower.strip_suffix("rd"))
        .or_else(|| lower.strip_suffix("th"))?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The TIMEX3 code of a part of the day: `morning` → `MO`.
pub fn part_of_day(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "overnight" => "NI",
        _ => return None,
    })
}

/// The TIMEX3 code of a season: `summer` → `SU`.
pub fn season(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// The first month of a season, for ordering.
pub fn season_month(code: &str) -> u32 {
    match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

/// Decades written as words: `nineties` → 9.
pub fn decade_word(lower: &str) -> Option<u32> {
    Some(match lower {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    })
}

/// Time-zone abbreviations that may follow a clock time.
pub fn time_zone(lower: &str) -> bool {
    one_of!(
        lower,
        "gmt"
            | "utc"
            | "est"
            | "edt"
            | "et"
            | "pst"
            | "pdt"
            | "pt"
            | "cst"
            | "cdt"
            | "ct"
            | "mst"
            | "mdt"
            | "bst"
            | "cet"
            | "cest"
            | "hkt"
            | "jst"
            | "kst"
            | "ist"
            | "aest"
    )
}

/// A holiday whose date moves from year to year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Movable {
    /// The fourth Thursday of November.
    Thanksgiving,
    /// The day after Thanksgiving.
    BlackFriday,
    /// The Tuesday after the first Monday of November (United States).
    ElectionDay,
    /// The last Monday of May (United States).
    MemorialDay,
    /// The first Monday of September (United States).
    LaborDay,
    /// Easter Sunday (Western churches).
    Easter,
    /// The Friday before Easter.
    GoodFriday,
}

impl Movable {
    /// Its day in `year`.
    pub fn date(self, year: i32) -> Option<NaiveDate> {
        let nth = |m: u32, d: Weekday, n: u8| NaiveDate::from_weekday_of_month_opt(year, m, d, n);
        match self {
            Movable::Thanksgiving => nth(11, Weekday::Thu, 4),
            Movable::BlackFriday => nth(11, Weekday::Thu, 4)?.succ_opt(),
            Movable::ElectionDay => nth(11, Weekday::Mon, 1)?.succ_opt(),
            Movable::MemorialDay => {
                let last = NaiveDate::from_ymd_opt(year, 5, 31)?;
                let back = last.weekday().num_days_from_monday();
                last.checked_sub_days(chrono::Days::new(u64::from(back)))
            }
            Movable::LaborDay => nth(9, Weekday::Mon, 1),
            Movable::Easter => easter(year),
            Movable::GoodFriday => easter(year)?.checked_sub_days(chrono::Days::new(2)),
        }
    }

    /// Its month, when the year is unknown (`XXXX-11-XX`).
    pub fn month(self) -> Option<u32> {
        match self {
            Movable::Thanksgiving | Movable::BlackFriday | Movable::ElectionDay => Some(11),
            Movable::MemorialDay => Some(5),
            Movable::LaborDay => Some(9),
            Movable::Easter | Movable::GoodFriday => None,
        }
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm).
fn easter(year: i32) -> Option<NaiveDate> {
    let y = year;
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Words of sentences about money: results, the economy, markets.
const MONEY_WORDS: &[&str] = &[
    "%",
    "bank",
    "banks",
    "billion",
    "budget",
    "company",
    "deficit",
    "demand",
    "deliveries",
    "dividend",
    "earnings",
    "economy",
    "exports",
    "firm",
    "growth",
    "imports",
    "income",
    "inflation",
    "investment",
    "loss",
    "losses",
    "margin",
    "margins",
    "market",
    "markets",
    "million",
    "orders",
    "output",
    "percent",
    "prices",
    "production",
    "profit",
    "profits",
    "results",
    "revenue",
    "revenues",
    "sales",
    "shares",
    "shipments",
    "spending",
    "turnover",
];

/// True for a word of [`MONEY_WORDS`].
pub fn is_money_word(lower: &str) -> bool {
    MONEY_WORDS.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_month_and_weekday_is_found() {
        // The first-letter tests must let every name through.
        for &(name, n) in MONTHS {
            assert_eq!(month(name), Some(n), "{name}");
        }
        for &(name, d) in WEEKDAYS {
            assert_eq!(weekday(name, true), Some(d), "{name}");
        }
        assert_eq!(month("said"), None);
        assert_eq!(weekday("", true), None);
    }
}
