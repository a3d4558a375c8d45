//! Finding time expressions: token patterns that say what an expression means ([`Sem`]), before
//! anything is resolved against the publication date. Spans follow TimeML: determiners and
//! modifiers are inside (`the past two months`, `late November`, `nearly two years ago`),
//! prepositions are not (`on Wednesday` → `Wednesday`).

use super::lexicon::{self, Movable, Unit};
use crate::segment::TokenKind;
use crate::span::Span;
use crate::word_set::word_hash;
use chrono::Weekday;

/// A word of a sentence, lower-cased once. (As written it is `span.slice(text)`, read where a
/// rule asks: few do, and slicing every word cost more than the rules' look-ups.)
#[derive(Clone, Debug)]
pub(super) struct Word<'t> {
    /// The word in lower case.
    pub lower: &'t str,
    /// Where it is.
    pub span: Span,
    /// Its token kind.
    pub kind: TokenKind,
}

/// `last`, `this`, `next` or nothing before a named day, month or season.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shift {
    /// `Wednesday`: resolved by the tense of the sentence.
    Bare,
    /// `last Wednesday`
    Last,
    /// `this Wednesday`
    This,
    /// `next Wednesday`
    Next,
}

/// What an expression means, before it is resolved against the publication date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Sem {
    /// A calendar date; the year may be missing (`Nov. 30`), and then the weekday told with it
    /// (`Tuesday, Nov. 3`) chooses it.
    Date {
        year: Option<i32>,
        month: u32,
        day: u32,
        weekday: Option<Weekday>,
    },
    /// A date with a clock time (`30 November, 2017, 9:34pm`).
    DateTime {
        year: Option<i32>,
        month: u32,
        day: u32,
        hour: u32,
        minute: u32,
    },
    /// A month of a given year (`August 2017`).
    YearMonth(i32, u32),
    /// A month without its year (`in August`, `last March`).
    Month(u32, Shift),
    /// A month, or a day of it (0: the whole month), of a year counted from the publication
    /// (`June last year`, `July 1 next year`).
    MonthOf(u32, u32, i64),
    /// A year (`1998`, `fiscal 1989`).
    Year(i32),
    /// A decade by its first three digits (`the 1990s` → 199).
    Decade(i32),
    /// A century by its first two digits (`the 20th century` → 19).
    Century(i32),
    /// A weekday, with a part of the day (`Friday morning`).
    Weekday(Weekday, Shift, Option<&'static str>),
    /// The publication's day of the year in a year (`on this day in 1989`).
    DayIn(i32),
    /// A day counted from the publication (`yesterday` → -1), with a part of the day.
    Day(i64, Option<&'static str>),
    /// Calendar units counted from the publication (`last week`, `this year`, `next month`).
    Relative(Unit, i64),
    /// A distance before or after the publication (`two years ago`) or, when `anaphoric`, the
    /// last date the story named (`three days later`). `n: None` is an unknown number.
    Offset {
        unit: Unit,
        n: Option<u32>,
        sign: i64,
        anaphoric: bool,
    },
    /// Units counted from the last date the story named (`that day`, `the next day`).
    Anaphor(Unit, i64),
    /// A month, or a season by its code and first month, counted from the last date the story
    /// named: `the following September` (1), `the previous spring` (-1), `that summer` (0).
    MonthFrom {
        month: u32,
        season: Option<&'static str>,
        shift: i64,
    },
    /// A quarter; `q: None` is the quarter under discussion; `years_back` for `year-earlier`.
    Quarter {
        q: Option<u32>,
        year: Option<i32>,
        years_back: i32,
    },
    /// A half year (`the second half of 1989`).
    Half(u32, Option<i32>),
    /// A quarter of a year counted from the publication (`the fourth quarter of last year`,
    /// `next year's first quarter`).
    QuarterOf(u32, i64),
    /// A half of a year counted from the publication (`the second half of the year`).
    HalfOf(u32, i64),
    /// A season (`this summer`, `the winter of 1994`).
    Season(&'static str, Shift, Option<i32>),
    /// A weekend (`this weekend`).
    Weekend(Shift),
    /// The week of a day (`the week ending May 2`, `the week to Friday`).
    WeekOf(Box<Sem>),
    /// A clock time, on a day given with it (`noon Thursday`) or the publication day.
    Clock {
        hour: u32,
        minute: u32,
        on: Option<Box<Sem>>,
    },
    /// A fixed-date holiday (`Christmas` → 12-25).
    Holiday(u32, u32),
    /// A holiday whose date moves from year to year (`Thanksgiving`, `Easter`, `Election Day`).
    Movable(lexicon::Movable),
    /// `year-end`.
    YearEnd,
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(&'static str),
    /// A length of time with its value (`P3D`).
    Duration(String),
    /// A recurring time with its value (`P1W`, `XXXX-WXX-1`).
    Set(String),
}

impl Sem {
    /// True for points and periods of the calendar (which `early`, `late` can modify).
    fn is_point(&self) -> bool {
        !matches!(self, Sem::Duration(_) | Sem::Set(_) | Sem::Ref(_))
    }
}

/// The words (lower case) an expression can start with, apart from numbers: the first words of
/// the patterns below and every word of the lexicon that starts one (months, full weekday names
/// and their plurals, plural units, numbers, ordinals, seasons, decades), sorted.
/// `starters_cover_the_patterns` (tests) checks that every word the scanner names is here or in
/// `FOLLOWERS`.
#[rustfmt::skip]
pub(super) const STARTERS: &[&str] = &[
    "'", "a", "about", "almost", "an", "annually", "approximately", "apr", "april", "around", "at",
    "aug", "august", "autumn", "biweekly", "black", "boxing", "centuries", "centurys", "christmas",
    "coming", "couple", "current", "currently", "daily", "days", "dec", "decades", "december",
    "dozen", "each", "earlier", "early", "easter", "eight", "eighteen", "eighth", "eighties",
    "eighty", "election", "eleven", "every", "fall", "feb", "february", "few", "fewer", "fifteen",
    "fifth", "fifties", "fifty", "first", "fiscal", "five", "forties", "fortnightly", "forty",
    "four", "fourteen", "fourth", "friday", "fridays", "future", "good", "halloween", "hourly",
    "hours", "hrs", "hundred", "jan", "january", "jul", "july", "jun", "june", "labor", "last",
    "late", "lately", "later", "less", "many", "mar", "march", "may", "memorial", "mid", "midday",
    "middle", "midnight", "mins", "minutes", "monday", "mondays", "monthly", "months", "more",
    "nearly", "new", "next", "nightly", "nine", "nineteen", "nineties", "ninety", "ninth", "no",
    "noon", "nov", "november", "now", "nowadays", "numerous", "oct", "october", "once", "one",
    "over", "overnight", "past", "per", "present", "presently", "previous", "quarters", "recent",
    "recently", "right", "roughly", "saturday", "saturdays", "second", "seconds", "secs", "sep",
    "sept", "september", "seven", "seventeen", "seventh", "seventies", "seventy", "several", "six",
    "sixteen", "sixth", "sixties", "sixty", "some", "sometime", "spring", "summer", "sunday",
    "sundays", "ten", "tenth", "thanksgiving", "that", "the", "these", "third", "thirteen",
    "thirties", "thirty", "this", "thousand", "three", "thrice", "thursday", "thursdays", "today",
    "tomorrow", "tonight", "tuesday", "tuesdays", "twelve", "twenties", "twenty", "twice", "two",
    "under", "up", "valentine", "wednesday", "wednesdays", "weekly", "weeks", "winter", "year",
    "yearly", "years", "yesterday", "yrs", "zero", "’",
];

/// True for a number with a decimal point (`5.6`): the tokens keep a point only between
/// digits.
fn is_decimal(w: &str) -> bool {
    let b = w.as_bytes();
    b.first().is_some_and(u8::is_ascii_digit)
        && b.contains(&b'.')
        && b.iter().all(|&c| c == b'.' || c.is_ascii_digit())
}

/// True for a possessive determiner, which owns a `season` (`in his last season`: the final
/// one) or an age in decades (`in their seventies`).
fn possessive(w: &str) -> bool {
    matches!(w, "his" | "her" | "its" | "their" | "my" | "our")
}

/// True for the words of [`STARTERS`]: one hash and, for most words, an empty slot or a
/// length that differs.
fn is_starter(lower: &str) -> bool {
    STARTER_SLOTS.contains(lower)
}

const STARTER_SLOTS: WordSlots<512> = WordSlots::new(&[STARTERS]);

/// Word lists hashed into one table at compile time, for look-ups on every word of a text: a
/// word's slot is `word_hash(w) % N`, or the next free one after it (open addressing; at least
/// half the slots stay empty, so every search ends soon). A slot holds the list (high byte)
/// and 1 + the word's index in it (low byte); a word in several lists takes a slot for each.
pub(super) struct WordSlots<const N: usize> {
    lists: &'static [&'static [&'static str]],
    slots: [u16; N],
}

impl<const N: usize> WordSlots<N> {
    /// The table of `lists` (at most 16 lists of at most 255 words).
    pub const fn new(lists: &'static [&'static [&'static str]]) -> Self {
        assert!(lists.len() <= 16);
        let mut slots = [0; N];
        let mut used = 0;
        let mut l = 0;
        while l < lists.len() {
            let list = lists[l];
            assert!(list.len() <= 255);
            let mut i = 0;
            while i < list.len() {
                let mut slot = word_hash(list[i].as_bytes()) % N;
                while slots[slot] != 0 {
                    slot = (slot + 1) % N;
                }
                slots[slot] = (l as u16) << 8 | (i as u16 + 1);
                used += 1;
                i += 1;
            }
            l += 1;
        }
        assert!(used * 2 <= N);
        WordSlots { lists, slots }
    }

    /// True when a list holds `word`.
    pub fn contains(&self, word: &str) -> bool {
        let mut slot = word_hash(word.as_bytes());
        loop {
            slot %= N;
            let Some(&entry) = self.slots.get(slot).filter(|&&e| e != 0) else {
                return false;
            };
            let list = usize::from(entry >> 8);
            let index = usize::from(entry & 0xff) - 1;
            if self.lists.get(list).and_then(|l| l.get(index)) == Some(&word) {
                return true;
            }
            slot += 1;
        }
    }

    /// Bit `k` set for each list `k` that holds `word`.
    pub fn lists_of(&self, word: &str) -> u32 {
        let mut found = 0;
        let mut slot = word_hash(word.as_bytes());
        loop {
            slot %= N;
            let Some(&entry) = self.slots.get(slot).filter(|&&e| e != 0) else {
                return found;
            };
            let list = usize::from(entry >> 8);
            let index = usize::from(entry & 0xff) - 1;
            let listed = self.lists.get(list).and_then(|l| l.get(index));
            if listed == Some(&word) {
                found |= 1 << list;
            }
            slot += 1;
        }
    }
}

/// Holidays by their words (lower case; every word but a clitic `’s` capitalised in the text),
/// the longer name of two first.
const NAMED_DAYS: &[(&[&str], Sem)] = &[
    (&["election", "day"], Sem::Movable(Movable::ElectionDay)),
    (&["memorial", "day"], Sem::Movable(Movable::MemorialDay)),
    (&["labor", "day"], Sem::Movable(Movable::LaborDay)),
    (&["good", "friday"], Sem::Movable(Movable::GoodFriday)),
    (&["black", "friday"], Sem::Movable(Movable::BlackFriday)),
    (&["easter", "sunday"], Sem::Movable(Movable::Easter)),
    (&["easter"], Sem::Movable(Movable::Easter)),
    (&["halloween"], Sem::Holiday(10, 31)),
    (&["boxing", "day"], Sem::Holiday(12, 26)),
    (&["valentine", "’s", "day"], Sem::Holiday(2, 14)),
    (&["valentine", "'s", "day"], Sem::Holiday(2, 14)),
    (&["christmas", "eve"], Sem::Holiday(12, 24)),
    (&["christmas", "day"], Sem::Holiday(12, 25)),
    (&["christmas"], Sem::Holiday(12, 25)),
    (&["new", "year", "’s", "day"], Sem::Holiday(1, 1)),
    (&["new", "year", "'s", "day"], Sem::Holiday(1, 1)),
    (&["new", "year", "’s", "eve"], Sem::Holiday(12, 31)),
    (&["new", "year", "'s", "eve"], Sem::Holiday(12, 31)),
];

/// Pattern matching over the words of one sentence.
pub(super) struct Scanner<'w, 't> {
    w: &'w [Word<'t>],
    /// The text the words are in.
    text: &'t str,
    /// The sentence is a headline in title case, whose capitals are no titles.
    title_case: bool,
}

type Found = Option<(usize, Sem)>;

impl<'w, 't> Scanner<'w, 't> {
    /// A scanner over the words of one sentence of `text`, which may be a headline in title
    /// case.
    pub fn new(w: &'w [Word<'t>], text: &'t str, title_case: bool) -> Self {
        Scanner {
            w,
            text,
            title_case,
        }
    }

    /// Word `i` as written (`""` past the ends).
    fn text(&self, i: usize) -> &'t str {
        self.w.get(i).map_or("", |w| w.span.slice(self.text))
    }

    #[inline(never)]
    fn lw(&self, i: usize) -> &str {
        self.w.get(i).map_or("", |w| w.lower)
    }

    #[inline(never)]
    fn is(&self, i: usize, s: &str) -> bool {
        self.lw(i) == s
    }

    #[inline(never)]
    fn capitalised(&self, i: usize) -> bool {
        self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// True when the sentence is about money: results, the economy, markets.
    fn money_talk(&self) -> bool {
        self.w.iter().any(|w| lexicon::is_money_word(w.lower))
    }

    /// True when word `i` starts where word `i - 1` ends.
    #[inline(never)]
    fn touches(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|p| self.w.get(p)), self.w.get(i)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// False when no expression can start at word `i`: it is no number (`14`, `30th`, `1990s`,
    /// `Q3`) and none of [`STARTERS`].
    fn may_start(&self, i: usize) -> bool {
        let Some(w) = self.w.get(i) else {
            return false;
        };
        w.kind == TokenKind::Number
            || w.lower.as_bytes().first().is_some_and(u8::is_ascii_digit)
            // (Its lower case first: the written word is read only for `q3`, `fy…`.)
            || matches!(w.lower.as_bytes(), [b'q' | b'h', _] | [b'f', b'y', ..])
                && matches!(self.text(i).as_bytes(), [b'Q' | b'H', _] | [b'F', b'Y', ..])
            || is_starter(w.lower)
    }

    /// A number written in digits.
    #[inline(never)]
    fn digits(&self, i: usize) -> Option<u32> {
        let w = self.w.get(i)?;
        if w.kind != TokenKind::Number || !w.lower.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        w.lower.parse().ok()
    }

    /// A four-digit year.
    #[inline(never)]
    fn year(&self, i: usize) -> Option<i32> {
        self.digits(i)
            .filter(|y| (1000..2200).contains(y) && self.lw(i).len() == 4)
            .and_then(|y| i32::try_from(y).ok())
    }

    /// `, 2017` or `2017` or `of 2017` (`of fiscal 2017`) after a date: the year and the index
    /// after it.
    #[inline(never)]
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let k = if matches!(self.lw(i), "," | "of") {
            i + 1
        } else {
            i
        };
        let k = k + usize::from(k > i && self.is(k, "fiscal"));
        self.year(k).map(|y| (y, k + 1))
    }

    /// `last year`, `this year`, `next year` at `i`: the years from the publication.
    fn year_from_now(&self, i: usize) -> Option<i64> {
        if !self.is(i + 1, "year") {
            return None;
        }
        match self.lw(i) {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        }
    }

    /// `of the year`, `of this year`, `of last year`, `of the prior year`, `of next year` after
    /// a part of a year: the years from the publication and the index after it.
    fn of_relative_year(&self, i: usize) -> Option<(i64, usize)> {
        if !self.is(i, "of") {
            return None;
        }
        let k = i
            + 1
            + usize::from(self.is(i + 1, "the") && matches!(self.lw(i + 2), "prior" | "previous"));
        if !self.is(k + 1, "year") {
            return None;
        }
        let shift = match self.lw(k) {
            "the" | "this" => 0,
            "last" | "prior" | "previous" => -1,
            "next" => 1,
            _ => return None,
        };
        Some((shift, k + 2))
    }

    /// Index after a month abbreviation's full stop (`Nov.`).
    #[inline(never)]
    fn after_month(&self, i: usize) -> usize {
        // `May.`, `June.` and `July.` end a sentence: those names have no abbreviation.
        let full_name = matches!(self.lw(i), "may" | "june" | "july");
        if self.is(i + 1, ".") && self.touches(i + 1) && self.lw(i).len() <= 4 && !full_name {
            i + 2
        } else {
            i + 1
        }
    }

    /// A count before a unit: `two`, `14`, `twenty-five`, `a`, `a few`, `several`, `a couple
    /// of`. Returns the number (`None`: unknown) and the index after it.
    fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let w = self.lw(i);
        match w {
            "a" | "an" | "one" if self.is(i + 1, "few") => return Some((None, i + 2)),
            "a" | "an" if self.is(i + 1, "couple") => {
                let k = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                return Some((Some(2), k));
            }
            "a" | "an" if self.is(i + 1, "dozen") => return Some((Some(12), i + 2)),
            "a" | "an" if self.is(i + 1, "half") => return None,
            "a" | "an" => return Some((Some(1), i + 1)),
            "several" | "few" | "many" | "some" | "numerous" => return Some((None, i + 1)),
            "couple" if self.is(i + 1, "of") => return Some((Some(2), i + 2)),
            _ => {}
        }
        if let Some(t) = lexicon::tens(w) {
            // `twenty-five`, `twenty five`
            let k = if self.is(i + 1, "-") { i + 2 } else { i + 1 };
            if let Some(u) = lexicon::number(self.lw(k)).filter(|u| (1..10).contains(u)) {
                return Some((Some(t + u), k + 1));
            }
            return Some((Some(t), i + 1));
        }
        // `5.6 years`: a count of no whole number, which `counted` writes as it stands.
        if is_decimal(w) {
            return Some((None, i + 1));
        }
        let n = lexicon::number(w)?;
        if matches!(w, "hundred" | "thousand" | "dozen") {
            return None;
        }
        // `12 to 18 months`, `two or three days`: an unknown number.
        if matches!(self.lw(i + 1), "to" | "or" | "-") {
            if let Some(m) = lexicon::number(self.lw(i + 2)).filter(|m| *m > n) {
                let _ = m;
                return Some((None, i + 3));
            }
        }
        if self.is(i + 1, "hundred") {
            return Some((n.checked_mul(100), i + 2));
        }
        if self.is(i + 1, "thousand") {
            return Some((n.checked_mul(1000), i + 2));
        }
        Some((Some(n), i + 1))
    }

    /// The time expression starting at word `i`, with the index after it.
    pub fn scan(&self, i: usize) -> Found {
        let (e, sem) = self.scan_any(i)?;
        // A capitalised time word inside a sentence is a title (`ABC's "This Week"`, `High
        // Noon`, `60 Minutes`), not a time; holidays (`Christmas Day`) are names of days. A
        // headline in title case capitalises every word (`Oil Prices Slip Overnight`).
        if self.title_case {
            return Some((e, sem));
        }
        let last = e.checked_sub(1)?;
        let word = self.lw(last);
        let time_word = lexicon::unit(word).is_some()
            || lexicon::part_of_day(word).is_some()
            || matches!(word, "noon" | "midnight");
        if time_word
            && last > 0
            && self.capitalised(last)
            && !matches!(sem, Sem::Holiday(..) | Sem::Movable(_))
        {
            return None;
        }
        Some((e, sem))
    }

    fn scan_any(&self, i: usize) -> Found {
        if !self.may_start(i) {
            return None;
        }
        if let Some(j) = self.approx(i) {
            if let Some((e, sem)) = self.core(j) {
                if matches!(sem, Sem::Duration(_) | Sem::Offset { .. }) {
                    return Some((e, sem));
                }
                // `around Nov. 1`, `around 7:15 p.m.`, `sometime next year`: TimeML keeps a
                // point's vagueness in its span too (but not `get around Wednesday's ruling`).
                let prev = i.checked_sub(1).map_or("", |p| self.lw(p));
                let vague = matches!(self.lw(i), "around" | "sometime")
                    && !one_of!(
                        prev,
                        "get" | "gets" | "got" | "getting" | "way" | "ways" | "work" | "worked"
                    );
                if vague && sem.is_point() {
                    return Some((e, sem));
                }
            }
        }
        self.core(i)
    }

    /// Index after an approximation that TimeML keeps in the span (`nearly`, `more than`).
    fn approx(&self, i: usize) -> Option<usize> {
        match self.lw(i) {
            "nearly" | "almost" | "about" | "around" | "roughly" | "approximately" | "some"
            | "sometime" => Some(i + 1),
            // `within a week`: TimeML leaves the preposition out.
            "over" | "under" if !self.is(i + 1, "the") => Some(i + 1),
            "more" | "less" | "fewer" if self.is(i + 1, "than") => Some(i + 2),
            "at" if matches!(self.lw(i + 1), "least" | "most") => Some(i + 2),
            "up" if self.is(i + 1, "to") => Some(i + 2),
            "no" if matches!(self.lw(i + 1), "more" | "less") && self.is(i + 2, "than") => {
                Some(i + 3)
            }
            _ => None,
        }
    }

    fn core(&self, i: usize) -> Found {
        let w = self.lw(i);
        if matches!(w, "early" | "late" | "mid" | "earlier" | "later" | "middle") {
            // `arrived three weeks late this year`: an adverb of the length before it (not
            // `Election Day later this week`).
            if i.checked_sub(1)
                .is_some_and(|p| lexicon::unit(self.lw(p)).is_some_and(|(_, plural)| plural))
            {
                return None;
            }
            let j = if self.is(i + 1, "-") { i + 2 } else { i + 1 };
            // `by mid-century`, `the mid-decade slump`: the one under way.
            if let Some((u @ (Unit::Decade | Unit::Century), false)) = lexicon::unit(self.lw(j)) {
                return Some((j + 1, Sem::Relative(u, 0)));
            }
            if let Some((e, sem)) = self.core(j) {
                if sem.is_point() {
                    return Some((e, sem));
                }
            }
            return None;
        }
        if w == "the" {
            return self.after_the(i + 1);
        }
        if w == "that" {
            if self.is(i + 1, "same") {
                return self.unit_anaphor(i + 2, 0);
            }
            return self.unit_anaphor(i + 1, 0);
        }
        self.plain(i)
    }

    /// `that day`, `the same year`: units of the last date named.
    fn unit_anaphor(&self, k: usize, shift: i64) -> Found {
        match lexicon::unit(self.lw(k)) {
            Some((u, false)) if u >= Unit::Day && u != Unit::Decade && u != Unit::Century => {
                Some((k + 1, Sem::Anaphor(u, shift)))
            }
            // `that morning`, `that night`, `the next evening`: the day's; not a noun the part
            // of the day qualifies (`told … that night shifts were understaffed`).
            _ if lexicon::part_of_day(self.lw(k)).is_some() => {
                let compound = one_of!(
                    self.lw(k + 1),
                    "shift"
                        | "shifts"
                        | "flight"
                        | "flights"
                        | "train"
                        | "trains"
                        | "bus"
                        | "buses"
                        | "service"
                        | "services"
                        | "class"
                        | "classes"
                        | "club"
                        | "clubs"
                        | "show"
                        | "shows"
                        | "session"
                        | "sessions"
                        | "worker"
                        | "workers"
                        | "staff"
                        | "duty"
                        | "news"
                        | "prayers"
                );
                (!compound).then_some((k + 1, Sem::Anaphor(Unit::Day, shift)))
            }
            _ => {
                // `that summer`, `the following September` (not `that fall`, nor `said that
                // September was wet`: a month of its own).
                let w = self.lw(k);
                let (month, season) = match lexicon::season(w).filter(|_| w != "fall") {
                    Some(code) => (lexicon::season_month(code), Some(code)),
                    None if shift != 0 && self.capitalised(k) && w.len() > 3 => {
                        (lexicon::month(w)?, None)
                    }
                    None => return None,
                };
                Some((
                    k + 1,
                    Sem::MonthFrom {
                        month,
                        season,
                        shift,
                    },
                ))
            }
        }
    }

    /// Expressions that begin with `the` (word `j` is the one after it).
    fn after_the(&self, j: usize) -> Found {
        let w = self.lw(j);
        // `the end of November`, `the beginning of 2026`, `the end of the month`: TimeML
        // keeps the words in the span and gives the period's value.
        // `the last week of March`, `the first days of the war` too: the period's value.
        let part_of = matches!(w, "first" | "last" | "final")
            && one_of!(
                self.lw(j + 1),
                "week" | "weekend" | "weeks" | "day" | "days" | "month" | "months"
            )
            && self.is(j + 2, "of");
        if part_of
            || matches!(w, "end" | "beginning" | "start" | "middle" | "close")
                && self.is(j + 1, "of")
        {
            let k = if part_of { j + 3 } else { j + 2 };
            if self.is(k, "the") {
                // Not `at the end of the day` (in the end).
                if let Some((
                    u @ (Unit::Week | Unit::Month | Unit::Year | Unit::Decade | Unit::Century),
                    false,
                )) = lexicon::unit(self.lw(k + 1))
                {
                    return Some((k + 2, Sem::Relative(u, 0)));
                }
            }
            return match self.core(k)? {
                (_, Sem::Duration(_) | Sem::Set(_) | Sem::Ref(_)) => None,
                // `the start of third-quarter earnings season` starts the season.
                (e, _)
                    if self.is(k + 1, "-")
                        && self
                            .w
                            .get(e)
                            .is_some_and(|w| w.kind == TokenKind::Word && !self.capitalised(e)) =>
                {
                    None
                }
                found => Some(found),
            };
        }
        // `the week before`, `the day after` at the end of a clause.
        if matches!(self.lw(j + 1), "before" | "after") && self.sentence_ends(j + 2) {
            if let Some((_, Sem::Anaphor(u, _))) = self.unit_anaphor(j, 0) {
                let shift = if self.is(j + 1, "before") { -1 } else { 1 };
                return Some((j + 2, Sem::Anaphor(u, shift)));
            }
        }
        // `the week ahead` is the coming week, `the months ahead` a stretch from now.
        if self.is(j + 1, "ahead") {
            match lexicon::unit(w) {
                Some((u, true)) => return Some((j + 2, Sem::Duration(u.duration(None)))),
                Some((Unit::Week, false)) => return Some((j + 2, Sem::Relative(Unit::Week, 1))),
                _ => {}
            }
        }
        match w {
            "past" | "last" | "recent" if self.is(j + 1, "year") => {
                return Some((j + 2, Sem::Relative(Unit::Year, -1)));
            }
            // `the past three summers` are those summers; `the past two cycles` no time.
            "past" if !self.unit_follows(j + 1) && self.count(j + 1).is_some() => {
                let (_, e) = self.count(j + 1)?;
                let code = lexicon::season(self.lw(e).strip_suffix('s')?)?;
                return Some((e + 1, Sem::Set(format!("XXXX-{code}"))));
            }
            "past" if !self.unit_follows(j + 1) => {
                return Some((j + 1, Sem::Ref("PAST_REF")));
            }
            "future" => return Some((j + 1, Sem::Ref("FUTURE_REF"))),
            "near" | "distant" | "foreseeable" if self.is(j + 1, "future") => {
                return Some((j + 2, Sem::Ref("FUTURE_REF")));
            }
            "next" | "following" | "previous" | "prior" | "same" if self.count(j + 1).is_none() => {
                let shift = match w {
                    "next" | "following" => 1,
                    "same" => 0,
                    _ => -1,
                };
                if let Some(found) = self.unit_anaphor(j + 1, shift) {
                    return Some(found);
                }
                if let Some(d) = lexicon::weekday(self.lw(j + 1), false) {
                    let shift = if shift < 0 { Shift::Last } else { Shift::Next };
                    return Some((j + 2, Sem::Weekday(d, shift, None)));
                }
            }
            "current" | "latest" | "present" | "comparable" => {
                // `the current quarter` is the one under way, not the one reported on.
                if matches!(w, "current" | "present") && self.is(j + 1, "quarter") {
                    return Some((j + 2, Sem::Relative(Unit::Quarter, 0)));
                }
                if matches!(self.lw(j + 1), "quarter" | "period") {
                    return Some((
                        j + 2,
                        Sem::Quarter {
                            q: None,
                            year: None,
                            years_back: 0,
                        },
                    ));
                }
                if w == "current" {
                    // `the current fiscal year`
                    let k = if self.is(j + 1, "fiscal") {
                        j + 2
                    } else {
                        j + 1
                    };
                    if let Some((u, false)) = lexicon::unit(self.lw(k)) {
                        return Some((k + 1, Sem::Relative(u, 0)));
                    }
                }
            }
            // Not `the quarter-finals`.
            "quarter" if !self.is(j + 1, "-") => {
                return Some((
                    j + 1,
                    Sem::Quarter {
                        q: None,
                        year: None,
                        years_back: 0,
                    },
                ))
            }
            "weekend" => return Some((j + 1, Sem::Weekend(Shift::Bare))),
            // Weekly figures and court calendars: `the week ending May 2`, `the week ended
            // Friday`, `set for the week of March 9`.
            "week" if one_of!(self.lw(j + 1), "ending" | "ended" | "to" | "through" | "of") => {
                if let Some((e, day @ (Sem::Date { .. } | Sem::Weekday(..)))) = self.plain(j + 2) {
                    return Some((e, Sem::WeekOf(Box::new(day))));
                }
            }
            // `For the week, the index rose 2%`: the week of the report.
            "week" | "month"
                if matches!(
                    j.checked_sub(2).map_or("", |p| self.lw(p)),
                    "for" | "during"
                ) && self.sentence_ends(j + 1) =>
            {
                let unit = if w == "week" { Unit::Week } else { Unit::Month };
                return Some((j + 1, Sem::Relative(unit, 0)));
            }
            "year" if self.is(j + 1, "-") => {}
            "year" if self.is(j + 1, "two") && self.is(j + 2, "thousand") => {
                return Some((j + 3, Sem::Year(2000)));
            }
            "year" | "fiscal" | "full" => {
                let k = match (w, self.lw(j + 1)) {
                    ("year", _) => j + 1,
                    ("fiscal" | "full", "year") => j + 2,
                    // `the fiscal fourth quarter`, `the fiscal first half`
                    ("fiscal", _) => {
                        return match self.plain(j + 1)? {
                            (e, sem @ (Sem::Quarter { .. } | Sem::Half(..))) => Some((e, sem)),
                            _ => None,
                        }
                    }
                    _ => return None,
                };
                if w == "year" && self.is(k, "to") && self.is(k + 1, "date") {
                    return Some((k + 2, Sem::Relative(Unit::Year, 0)));
                }
                if matches!(self.lw(k), "ended" | "ending" | "earlier" | "before" | "to") {
                    return Some((k, Sem::Duration("P1Y".into())));
                }
                // `for the year`, `of the full year`: the year of the report.
                let prev = j.checked_sub(2).map_or("", |p| self.lw(p));
                if matches!(prev, "for" | "of" | "in" | "throughout" | "during") {
                    return Some((k, Sem::Relative(Unit::Year, 0)));
                }
                return None;
            }
            _ => {}
        }
        // `the first nine months`, `the latest six months`
        if matches!(
            w,
            "first" | "latest" | "final" | "initial" | "last" | "past"
        ) {
            if let Some((n, e)) = self.count(j + 1) {
                if let Some((u, true)) = lexicon::unit(self.lw(e)) {
                    return Some((e + 1, Sem::Duration(u.duration(n))));
                }
            }
        }
        // `the year-earlier quarter`, `the comparable year-ago period`
        let j2 = if w == "comparable" { j + 1 } else { j };
        if let Some(found) = self.year_ago_adjective(j2) {
            return Some(found);
        }
        // `the 1988 third quarter`, `the 1988 quarter`, `the 1989 period`
        if let Some(y) = self.year(j) {
            let k = j + 1;
            if let Some(n) = lexicon::ordinal(self.lw(k)).filter(|n| (1..=4).contains(n)) {
                if self.is(k + 1, "quarter") {
                    let sem = Sem::Quarter {
                        q: Some(n),
                        year: Some(y),
                        years_back: 0,
                    };
                    return Some((k + 2, sem));
                }
            }
            if matches!(self.lw(k), "quarter" | "period") {
                return Some((
                    k + 1,
                    Sem::Quarter {
                        q: None,
                        year: Some(y),
                        years_back: 0,
                    },
                ));
            }
        }
        // `the 20th century`
        if let Some(n) = lexicon::ordinal(w) {
            if self.is(j + 1, "century") {
                let c = i32::try_from(n).ok()? - 1;
                return Some((j + 2, Sem::Century(c)));
            }
        }
        let (e, sem) = self.core(j)?;
        match sem {
            Sem::Decade(_)
            | Sem::Century(_)
            | Sem::Quarter { .. }
            | Sem::Half(..)
            | Sem::QuarterOf(..)
            | Sem::HalfOf(..)
            | Sem::Season(..)
            | Sem::YearEnd
            | Sem::Relative(..)
            | Sem::Weekend(_) => Some((e, sem)),
            // `the two years`, but `the` stays out of an adjective: `the 48-hour strike`.
            Sem::Duration(_) if !self.is(j + 1, "-") => Some((e, sem)),
            // `the five years ago` is not a phrase, but `the past two months` is a duration.
            _ => None,
        }
    }

    fn unit_follows(&self, k: usize) -> bool {
        lexicon::unit(self.lw(k)).is_some()
            || self
                .count(k)
                .is_some_and(|(_, e)| lexicon::unit(self.lw(e)).is_some())
    }

    /// `year-earlier`, `year-ago`, `prior-year` (+ `quarter`, `period`, `third quarter`, `nine
    /// months`).
    fn year_ago_adjective(&self, j: usize) -> Found {
        let ok = match self.lw(j) {
            "year" => matches!(self.lw(j + 2), "earlier" | "ago" | "before"),
            // `the prior-year period`
            "prior" => self.is(j + 2, "year"),
            _ => false,
        };
        if !(ok && self.is(j + 1, "-")) {
            return None;
        }
        let k = j + 3;
        if let Some((e, Sem::Duration(d))) = self.plain(k) {
            return Some((e, Sem::Duration(d)));
        }
        if let Some((e, Sem::Quarter { q, .. })) = self.plain(k) {
            return Some((
                e,
                Sem::Quarter {
                    q,
                    year: None,
                    years_back: 1,
                },
            ));
        }
        let e = if matches!(self.lw(k), "quarter" | "period" | "level" | "results") {
            k + 1
        } else {
            k
        };
        Some((
            e,
            Sem::Quarter {
                q: None,
                year: None,
                years_back: 1,
            },
        ))
    }

    fn plain(&self, i: usize) -> Found {
        if !self.may_start(i) {
            return None;
        }
        let w = self.lw(i);
        let word = self.w.get(i)?;
        // The word as written, read only where a pattern below asks for it (`Q3`, `H1`, `FY…`).
        let text = if word.span.len() == 2 || matches!(w.as_bytes(), [b'f', b'y', ..]) {
            self.text(i)
        } else {
            ""
        };

        // ISO dates: 2017-11-30
        if let (Some(y), Some(m), Some(d)) = (self.year(i), self.digits(i + 2), self.digits(i + 4))
        {
            let joined = (i + 1..=i + 4).all(|k| self.touches(k));
            if joined
                && self.is(i + 1, "-")
                && self.is(i + 3, "-")
                && chrono::NaiveDate::from_ymd_opt(y, m, d).is_some()
            {
                let date = Sem::Date {
                    year: Some(y),
                    month: m,
                    day: d,
                    weekday: None,
                };
                return Some((i + 5, date));
            }
        }
        // Q3, H1 (capital letter as written)
        if text.len() == 2 && matches!(text.as_bytes().first(), Some(b'Q' | b'H')) {
            if let Some(n) = text.get(1..).and_then(|d| d.parse::<u32>().ok()) {
                let year = self.year_after(i + 1);
                let e = year.map_or(i + 1, |(_, e)| e);
                let year = year.map(|(y, _)| y);
                if text.starts_with('Q') && (1..=4).contains(&n) {
                    return Some((
                        e,
                        Sem::Quarter {
                            q: Some(n),
                            year,
                            years_back: 0,
                        },
                    ));
                }
                if text.starts_with('H') && (1..=2).contains(&n) {
                    return Some((e, Sem::Half(n, year)));
                }
            }
        }
        // Weekdays
        if self.capitalised(i) {
            if let Some(d) = lexicon::weekday(w, false) {
                // `the Good Friday Agreement`, `Bloody Sunday Inquiry`: a name.
                if self.capitalised(i + 1) && self.name_goes_on(i + 1) {
                    return None;
                }
                // `on a Tuesday`: any Tuesday, no day of the calendar (not `a Sunday night
                // memorial`).
                // `Oct. 11, a Tuesday`, `It was a Sunday.` too.
                if i > 0
                    && self.is(i - 1, "a")
                    && (self.is(i.wrapping_sub(2), "on")
                        || self.w.get(i + 1).is_none_or(|w| w.kind != TokenKind::Word))
                {
                    const ANY: [&str; 7] = [
                        "XXXX-WXX-1",
                        "XXXX-WXX-2",
                        "XXXX-WXX-3",
                        "XXXX-WXX-4",
                        "XXXX-WXX-5",
                        "XXXX-WXX-6",
                        "XXXX-WXX-7",
                    ];
                    let v = ANY.get(d.num_days_from_monday() as usize)?;
                    return Some((i + 1, Sem::Ref(v)));
                }
                return Some(self.weekday_phrase(i, d, Shift::Bare, i + 1));
            }
            if let Some(d) = lexicon::weekday_plural(w) {
                return Some((
                    i + 1,
                    Sem::Set(format!("XXXX-WXX-{}", d.number_from_monday())),
                ));
            }
            if let Some(found) = self.month_phrase(i) {
                return Some(found);
            }
        }
        // 30 November [, 2017] [, 9:34pm]
        if let Some(d) = self.digits(i).filter(|d| (1..=31).contains(d)) {
            // `April 24 and 25`, `Nov. 3 or 4`: a second day of the month just named.
            let month_at = i
                .checked_sub(3)
                .map(|k| k - usize::from(k > 0 && self.is(k, ".")));
            let second = i >= 3
                && matches!(self.lw(i - 1), "and" | "or")
                && self.digits(i - 2).is_some_and(|d0| d0 < d)
                && lexicon::unit(self.lw(i + 1)).is_none();
            if let Some(m) = month_at
                .filter(|k| second && self.capitalised(*k))
                .and_then(|k| lexicon::month(self.lw(k)))
            {
                return Some(self.date_tail(i + 1, None, m, d));
            }
            if self.capitalised(i + 1) {
                if let Some(m) = lexicon::month(self.lw(i + 1)) {
                    let k = self.after_month(i + 1);
                    return Some(self.date_tail(k, None, m, d));
                }
            }
        }
        // Years and decades: 1998, 1990s, '90s, fiscal 1989
        // `FY2025`, `FY25`, `FY 2025`: a fiscal year, named by the year it ends in.
        if let Some(digits) = text.strip_prefix("FY") {
            if digits.is_empty() {
                if let Some(y) = self.year(i + 1) {
                    return Some((i + 2, Sem::Year(y)));
                }
            } else if digits.bytes().all(|b| b.is_ascii_digit()) {
                let y = digits.parse::<i32>().ok()?;
                return match digits.len() {
                    2 => Some((i + 1, Sem::Year(2000 + y))),
                    4 if (1900..2200).contains(&y) => Some((i + 1, Sem::Year(y))),
                    _ => None,
                };
            }
        }
        if w == "fiscal" {
            if let Some(y) = self.year(i + 1) {
                return Some((i + 2, Sem::Year(y)));
            }
            // `fiscal year 2026`
            if self.is(i + 1, "year") {
                if let Some(y) = self.year(i + 2) {
                    return Some((i + 3, Sem::Year(y)));
                }
            }
            // `fiscal second-quarter profit`
            if let Some(found @ (_, Sem::Quarter { .. } | Sem::Half(..))) = self.plain(i + 1) {
                return Some(found);
            }
        }
        if let Some(found) = self.decade(i) {
            return Some(found);
        }
        if let Some(y) = self.year(i) {
            // `2024-25`, `2024-2025`: a season of two years, from the first.
            let then = self.digits(i + 2).and_then(|n| i32::try_from(n).ok());
            let pair = self.is(i + 1, "-")
                && self.touches(i + 1)
                && self.touches(i + 2)
                && then
                    .is_some_and(|n| n == y + 1 || n == (y + 1) % 100 && self.lw(i + 2).len() == 2);
            if pair {
                return Some((i + 3, Sem::Year(y)));
            }
            if self.plausible_year(i, y) {
                return Some((i + 1, Sem::Year(y)));
            }
        }
        if let Some(found) = self.spoken_year(i) {
            return Some(found);
        }
        // `20th century`
        if let Some(n) = lexicon::ordinal(w).filter(|_| self.is(i + 1, "century")) {
            let c = i32::try_from(n).ok()? - 1;
            return Some((i + 2, Sem::Century(c)));
        }
        // Clock times: 9:34pm, 11 a.m., noon
        if let Some(found) = self.clock(i) {
            return Some(found);
        }
        // Counted units: three days, two years ago, a decade, 10-year
        if let Some(found) = self.counted(i) {
            return Some(found);
        }
        if let Some(found) = self.year_ago_adjective(i) {
            return Some(found);
        }
        // Ordinal quarters and halves: third quarter, third-quarter, first half of 1989
        if let Some(n) = lexicon::ordinal(w) {
            // `the Fourth of July`, `the 5th of November`
            if (1..=31).contains(&n) && self.is(i + 1, "of") && self.capitalised(i + 2) {
                if let Some(m) = lexicon::month(self.lw(i + 2)) {
                    let k = self.after_month(i + 2);
                    return Some(self.date_tail(k, None, m, n));
                }
            }
            let k = if self.is(i + 1, "-") { i + 2 } else { i + 1 };
            let fiscal = usize::from(self.is(k, "fiscal"));
            let k = k + fiscal;
            // `the fourth quarter in a row` counts quarters; it names none.
            if self.is(k + 1, "running") || self.is(k + 2, "a") && self.is(k + 3, "row") {
                return None;
            }
            if self.is(k, "quarter") && (1..=4).contains(&n) {
                if let Some((shift, e)) = self.of_relative_year(k + 1) {
                    return Some((e, Sem::QuarterOf(n, shift)));
                }
                let year = self.year_after(k + 1);
                let e = year.map_or(k + 1, |(_, e)| e);
                return Some((
                    e,
                    Sem::Quarter {
                        q: Some(n),
                        year: year.map(|(y, _)| y),
                        years_back: 0,
                    },
                ));
            }
            if self.is(k, "half") && (1..=2).contains(&n) {
                if let Some((shift, e)) = self.of_relative_year(k + 1) {
                    return Some((e, Sem::HalfOf(n, shift)));
                }
                let year = self.year_after(k + 1);
                // With no year, a half is the year's in results (`first-half profit`) and a
                // match's elsewhere (`a first-half penalty`, `scored in the second half`).
                if year.is_some() || fiscal == 1 || self.money_talk() {
                    let e = year.map_or(k + 1, |(_, e)| e);
                    return Some((e, Sem::Half(n, year.map(|(y, _)| y))));
                }
            }
        }
        if let Some(found) = self.deictic(i) {
            return Some(found);
        }
        if let Some(found) = self.shifted(i) {
            return Some(found);
        }
        if let Some(found) = self.set(i) {
            return Some(found);
        }
        // Bare plural units: hours, years, decades (but not `three-quarters`, nor the end of a
        // compound: `after-hours trading`, `off-hours`)
        let compound = i >= 2 && self.is(i - 1, "-") && self.touches(i) && self.touches(i - 1)
            // `the early hours of Monday` are a time of that day, no duration.
            || i >= 1 && w == "hours" && self.is(i - 1, "early");
        if let Some((u, true)) = lexicon::unit(w).filter(|_| !compound && !self.aged_before(i)) {
            if self.is(i + 1, "ago") {
                return Some((
                    i + 2,
                    Sem::Offset {
                        unit: u,
                        n: None,
                        sign: -1,
                        anaphoric: false,
                    },
                ));
            }
            if !self.is(i + 1, "-") && !self.is(i + 1, "old") {
                return Some((i + 1, Sem::Duration(u.duration(None))));
            }
        }
        // Seasons: summer 1994, the winter of 1994, in spring
        if let Some(code) = lexicon::season(w) {
            if let Some((y, e)) = self.year_after(i + 1) {
                return Some((e, Sem::Season(code, Shift::Bare, Some(y))));
            }
            let prev = i.checked_sub(1).map_or("", |p| self.lw(p));
            // `the fall of the Berlin Wall` is no season (`the fall of 2019` is, above), nor is
            // `The fall showed …`: `the fall` is one after a preposition (`in the fall`).
            let the_fall = prev != "the"
                || i >= 2
                    && one_of!(
                        self.lw(i - 2),
                        "in" | "during" | "by" | "until" | "since" | "through" | "for"
                    );
            if (w != "fall"
                || matches!(prev, "the" | "early" | "late" | "-")
                    && the_fall
                    && !self.is(i + 1, "of"))
                && one_of!(
                    prev,
                    "in" | "during"
                        | "since"
                        | "until"
                        | "by"
                        | "the"
                        | "early"
                        | "late"
                        | "-"
                        | "mid"
                        | "this"
                        | "last"
                        | "next"
                )
            {
                return Some((i + 1, Sem::Season(code, Shift::Bare, None)));
            }
        }
        // Holidays; a fixed one with its year is that date (`Christmas Day 2021`).
        if let Some((e, sem)) = self.named_day(i) {
            return Some(match (sem, self.year_after(e)) {
                (Sem::Holiday(month, day), Some((year, e))) => (
                    e,
                    Sem::Date {
                        year: Some(year),
                        month,
                        day,
                        weekday: None,
                    },
                ),
                (sem, _) => (e, sem),
            });
        }
        match w {
            "thanksgiving" if self.is(i + 1, "day") => {
                return Some((i + 2, Sem::Movable(Movable::Thanksgiving)))
            }
            "thanksgiving" => return Some((i + 1, Sem::Movable(Movable::Thanksgiving))),
            "year" if self.is(i + 1, "-") && self.is(i + 2, "end") => {
                return Some((i + 3, Sem::YearEnd));
            }
            "year" if self.is(i + 1, "end") => return Some((i + 2, Sem::Relative(Unit::Year, 0))),
            // `year to date`, `year-to-date`: this year so far.
            "year" if self.is(i + 1 + usize::from(self.is(i + 1, "-")), "to") => {
                let k = i + 2 + usize::from(self.is(i + 1, "-"));
                let k = k + usize::from(self.is(k, "-"));
                if self.is(k, "date") {
                    return Some((k + 1, Sem::Relative(Unit::Year, 0)));
                }
            }
            "year" if matches!(self.lw(i + 1), "’s" | "'s") && self.is(i + 2, "end") => {
                return Some((i + 3, Sem::Relative(Unit::Year, 0)));
            }
            _ => {}
        }
        None
    }

    /// True when word `k` goes on a name that a day starts: `the Good Friday Agreement`,
    /// `Easter Island`.
    fn name_goes_on(&self, k: usize) -> bool {
        matches!(
            self.lw(k),
            "agreement" | "accord" | "accords" | "island" | "rising" | "inquiry"
        )
    }

    /// Holidays named in capitals: `Election Day`, `Memorial Day`, `Labor Day`, `Easter
    /// (Sunday)`, `Good Friday`, `Black Friday`, `Halloween`, `Valentine's Day`, `Boxing Day`.
    /// `election day` is found in lower case too: [`super::find_times`] gives it the date of
    /// the story's election or drops it.
    fn named_day(&self, i: usize) -> Found {
        let lower = !self.capitalised(i);
        if lower && self.lw(i) != "election" {
            return None;
        }
        let (words, sem) = NAMED_DAYS.iter().find(|(words, _)| {
            words.iter().enumerate().all(|(k, w)| {
                self.is(i + k, w)
                    && (k == 0 || lower || w.starts_with(['\'', '’']) || self.capitalised(i + k))
            })
        })?;
        let e = i + words.len();
        (!self.name_goes_on(e)).then(|| (e, sem.clone()))
    }

    /// A weekday at `i` (already known), with what follows it: a date (`Friday, Oct. 23`) or a
    /// part of the day (`Friday morning`). `k` is the index after the weekday.
    fn weekday_phrase(&self, i: usize, d: Weekday, shift: Shift, k: usize) -> (usize, Sem) {
        let k2 = if self.is(k, ",") { k + 1 } else { k };
        if self.capitalised(k2) {
            match self.month_phrase(k2) {
                Some((
                    e,
                    Sem::Date {
                        year, month, day, ..
                    },
                )) => {
                    let weekday = Some(d).filter(|_| year.is_none());
                    return (
                        e,
                        Sem::Date {
                            year,
                            month,
                            day,
                            weekday,
                        },
                    );
                }
                Some((e, sem @ Sem::DateTime { .. })) => return (e, sem),
                _ => {}
            }
        }
        if let Some(d2) = self.digits(k2).filter(|d| (1..=31).contains(d)) {
            if let Some(m) = lexicon::month(self.lw(k2 + 1)).filter(|_| self.capitalised(k2 + 1)) {
                let k3 = self.after_month(k2 + 1);
                return self.date_tail(k3, None, m, d2);
            }
        }
        let _ = i;
        if let Some(part) = lexicon::part_of_day(self.lw(k)) {
            return (k + 1, Sem::Weekday(d, shift, Some(part)));
        }
        (k, Sem::Weekday(d, shift, None))
    }

    /// A month name at `i`: `Nov. 30[, 2017][, 9:34pm]`, `August 2017`, `August` alone.
    fn month_phrase(&self, i: usize) -> Found {
        let w = self.lw(i);
        let m = lexicon::month(w)?;
        let k = self.after_month(i);
        let dotted = k == i + 2;
        if let Some(d) = self
            .digits(k)
            .or_else(|| lexicon::ordinal(self.lw(k)))
            .filter(|d| (1..=31).contains(d))
        {
            let clock_follows = self.is(k + 1, ":") && self.touches(k + 1) && self.touches(k + 2);
            // `March 3-5`: the span holds the range, the value its first day.
            let range = self.is(k + 1, "-")
                && self.touches(k + 1)
                && self.touches(k + 2)
                && self.digits(k + 2).is_some_and(|d2| d < d2 && d2 <= 31);
            if range {
                return Some(self.date_tail(k + 3, None, m, d));
            }
            if !clock_follows {
                return Some(self.date_tail(k + 1, None, m, d));
            }
        }
        if let Some(d) = lexicon::ordinal(self.lw(k)).filter(|d| (1..=31).contains(d)) {
            return Some(self.date_tail(k + 1, None, m, d));
        }
        if let Some((y, e)) = self.year_after(k) {
            return Some((e, Sem::YearMonth(y, m)));
        }
        // `the December quarter`: the quarter that ends in that month.
        if self.is(k, "quarter") {
            let q = Some(m.div_ceil(3));
            return Some((
                k + 1,
                Sem::Quarter {
                    q,
                    year: None,
                    years_back: 0,
                },
            ));
        }
        // `June last year`, `April next year`, `January this year`
        if let Some(shift) = self.year_from_now(k) {
            return Some((k + 2, Sem::MonthOf(m, 0, shift)));
        }
        // Short forms and words that are also verbs need support: `in May`, `last March`.
        let prev = i.checked_sub(1).map_or("", |p| self.lw(p));
        let led = one_of!(
            prev,
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "last"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "-"
                | "this"
                | "during"
                | "of"
                | "from"
                | "through"
                | "before"
                | "after"
                | "and"
                | "or"
                | "to"
                | "end"
                | "between"
                | "the"
        );
        if lexicon::ambiguous_month(w) && !dotted && !led {
            return None;
        }
        if w.len() <= 4 && !matches!(w, "may" | "june" | "july") && !dotted {
            return None;
        }
        Some((k, Sem::Month(m, Shift::Bare)))
    }

    /// After a day and month: an optional year and an optional clock time.
    fn date_tail(&self, k: usize, year: Option<i32>, month: u32, day: u32) -> (usize, Sem) {
        let (year, e) = match self.year_after(k) {
            Some((y, e)) => (Some(y), e),
            None => (year, k),
        };
        // `July 1 next year`
        if let Some(shift) = self.year_from_now(e).filter(|_| year.is_none()) {
            return (e + 2, Sem::MonthOf(month, day, shift));
        }
        let t = if self.is(e, ",") || self.is(e, "at") {
            e + 1
        } else {
            e
        };
        if let Some((
            te,
            Sem::Clock {
                hour,
                minute,
                on: None,
            },
        )) = self.clock_only(t)
        {
            return (
                te,
                Sem::DateTime {
                    year,
                    month,
                    day,
                    hour,
                    minute,
                },
            );
        }
        (
            e,
            Sem::Date {
                year,
                month,
                day,
                weekday: None,
            },
        )
    }

    /// `1990s`, `'90s`, `the nineties`
    fn decade(&self, i: usize) -> Found {
        let w = self.lw(i);
        if let Some(d) = lexicon::decade_word(w) {
            // `in their seventies`, `in her early sixties`: an age.
            let owner = |k: usize| i.checked_sub(k).is_some_and(|p| possessive(self.lw(p)));
            if owner(1) || owner(2) {
                return None;
            }
            return Some((i + 1, Sem::Decade(190 + i32::try_from(d).ok()?)));
        }
        if matches!(w, "'" | "’") && self.touches(i + 1) {
            let next = self.lw(i + 1);
            if let Some(dd) = next.strip_suffix('s').filter(|d| d.len() == 2) {
                let n: i32 = dd.parse().ok()?;
                if n % 10 == 0 {
                    let century = if n >= 30 { 190 } else { 200 };
                    return Some((i + 2, Sem::Decade(century + n / 10)));
                }
            }
        }
        let digits = w.strip_suffix('s')?;
        if digits.len() == 4 && digits.ends_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
        {
            let y: i32 = digits.parse().ok()?;
            if (1000..2200).contains(&y) {
                return Some((i + 1, Sem::Decade(y / 10)));
            }
        }
        None
    }

    /// The four-digit number `y` at word `i` reads as a year: not money, not a count of things,
    /// not a name's number (before 1500 after a capitalised word: `Rescue 1122`).
    fn plausible_year(&self, i: usize, y: i32) -> bool {
        if y < 1500 && i > 0 && self.capitalised(i - 1) {
            return false;
        }
        let prev = i.checked_sub(1).map_or("", |p| self.lw(p));
        let next = self.lw(i + 1);
        let glued_before = self.touches(i) && matches!(prev, "-" | "/");
        let glued_after = self.touches(i + 1) && matches!(next, "-" | "/" | ":");
        let mid = glued_before && i >= 2 && matches!(self.lw(i - 2), "mid" | "post" | "pre");
        if (glued_before && !mid)
            || glued_after
            || one_of!(
                prev,
                "$" | "£"
                    | "€"
                    | "¥"
                    | "#"
                    | "no"
                    | "number"
                    | "flight"
                    | "route"
                    | "resolution"
                    | "article"
                    | "section"
                    | "chapter"
                    | "paragraph"
                    | "page"
                    | "room"
                    | "suite"
                    | "highway"
                    | "interstate"
                    | "gate"
                    | "platform"
                    | "model"
            )
            || matches!(
                next,
                "%" | "percent" | "per" | "people" | "troops" | "times"
            )
        {
            return false;
        }
        if self.digits(i + 1).is_some()
            || (next == "," && self.digits(i + 2).is_some() && self.lw(i + 2).len() == 3)
        {
            return false;
        }
        lexicon::unit(next).is_none()
    }

    /// Years said in words: `nineteen ninety-six`, `the year two thousand`.
    fn spoken_year(&self, i: usize) -> Found {
        let w = self.lw(i);
        if w == "two" && self.is(i + 1, "thousand") {
            let prev = i.checked_sub(1).map_or("", |p| self.lw(p));
            if prev == "year" {
                return Some((i + 2, Sem::Year(2000)));
            }
            return None;
        }
        let hundreds = match w {
            "nineteen" => 1900,
            "eighteen" => 1800,
            _ => return None,
        };
        let tens = lexicon::tens(self.lw(i + 1))?;
        let (ones, e) = if self.is(i + 2, "-") {
            (
                lexicon::number(self.lw(i + 3)).filter(|n| (1..10).contains(n)),
                i + 4,
            )
        } else {
            (None, i + 2)
        };
        let e = if ones.is_some() { e } else { i + 2 };
        let y = hundreds + i32::try_from(tens + ones.unwrap_or(0)).ok()?;
        Some((e, Sem::Year(y)))
    }

    /// A clock time with what may follow it: a time zone and a day (`noon Thursday`).
    fn clock(&self, i: usize) -> Found {
        let (e, sem) = self.clock_only(i)?;
        let Sem::Clock { hour, minute, .. } = sem else {
            return None;
        };
        let clock = |e, on: Option<Sem>| {
            Some((
                e,
                Sem::Clock {
                    hour,
                    minute,
                    on: on.map(Box::new),
                },
            ))
        };
        if let Some((e, on)) = self.clock_day(e) {
            return clock(e, on);
        }
        // `5 p.m. EST, Nov. 9`, `10:42 AM EST, Tue March 4, 2025`
        let k = if self.is(e, ",") { e + 1 } else { e };
        let k = if self.capitalised(k)
            && lexicon::weekday(self.lw(k).trim_end_matches('.'), true).is_some()
            && self.capitalised(k + 1 + usize::from(self.is(k + 1, ",")))
        {
            k + 1 + usize::from(self.is(k + 1, ","))
        } else {
            k
        };
        if self.capitalised(k) {
            if let Some((
                e2,
                Sem::Date {
                    year, month, day, ..
                },
            )) = self.month_phrase(k)
            {
                return Some((
                    e2,
                    Sem::DateTime {
                        year,
                        month,
                        day,
                        hour,
                        minute,
                    },
                ));
            }
        }
        // `from 03:00 until 11:00 on Saturday`: both ends of a range are on the day after it
        // (not a range through the night: `from 22:00 until 05:00 on Sunday`).
        let on = match matches!(self.lw(e), "until" | "till" | "to" | "and" | "-" | "–")
            .then(|| self.clock_only(e + 1))
            .flatten()
        {
            Some((
                end,
                Sem::Clock {
                    hour: h, minute: m, ..
                },
            )) if (hour, minute) <= (h, m) => self.clock_day(end).and_then(|(_, on)| on),
            _ => None,
        };
        clock(e, on)
    }

    /// The day named right after a clock time that ends before token `e`, and where the clock's
    /// expression then ends: past a day word (`noon Thursday`, `10 p.m. today`), or before
    /// `on DAY` (`5:47 p.m. on Monday`), whose day is an expression of its own. `None` when no
    /// day follows.
    fn clock_day(&self, e: usize) -> Option<(usize, Option<Sem>)> {
        // A weekday with its date (`8 p.m. Tuesday, Nov. 3`).
        let weekday = |k: usize| {
            lexicon::weekday(self.lw(k), false)
                .filter(|_| self.capitalised(k))
                .map(|d| self.weekday_phrase(k, d, Shift::Bare, k + 1))
        };
        let on = match self.lw(e) {
            "today" | "tonight" => Some((e + 1, Sem::Day(0, None))),
            "yesterday" => Some((e + 1, Sem::Day(-1, None))),
            "tomorrow" => Some((e + 1, Sem::Day(1, None))),
            _ => weekday(e),
        };
        if let Some((end, on)) = on {
            return Some((end, Some(on)));
        }
        if !(self.is(e, "on") && self.capitalised(e + 1)) {
            return None;
        }
        // `9 a.m. on June 2`: a date, else a weekday or a holiday (`8 p.m. on Election Day`).
        let day = match self.month_phrase(e + 1) {
            Some((_, sem @ Sem::Date { .. })) => Some(sem),
            _ => weekday(e + 1)
                .or_else(|| self.named_day(e + 1))
                .map(|(_, sem)| sem),
        };
        Some((e, day))
    }

    /// Just the clock time at `i` (`9:34pm`, `9:34 p.m.`, `11 a.m. EST`, `noon`).
    fn clock_only(&self, i: usize) -> Found {
        let w = self.lw(i);
        match w {
            "noon" | "midday" => {
                return Some((
                    i + 1,
                    Sem::Clock {
                        hour: 12,
                        minute: 0,
                        on: None,
                    },
                ))
            }
            "midnight" => {
                return Some((
                    i + 1,
                    Sem::Clock {
                        hour: 24,
                        minute: 0,
                        on: None,
                    },
                ))
            }
            _ => {}
        }
        let word = self.w.get(i)?;
        if word.kind != TokenKind::Number && !w.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        // Glue what touches: `9` `:` `34pm`, `9:34`, `11am`.
        let mut e = i + 1;
        let mut glued = w.to_string();
        while e < i + 4 && self.touches(e) && !matches!(self.lw(e), "." | "," | ";" | "-") {
            glued.push_str(self.lw(e));
            e += 1;
        }
        let (digits, suffix) = glued.split_at(
            glued
                .find(|c: char| c.is_alphabetic())
                .unwrap_or(glued.len()),
        );
        let mut suffix = suffix.replace('.', "");
        if suffix.is_empty() {
            let next = self.lw(e).replace('.', "");
            if matches!(next.as_str(), "am" | "pm") {
                suffix = next;
                e += 1;
                // `a.m.`: the final stop belongs to the time when the sentence goes on.
                if self.is(e, ".") && self.touches(e) && self.w.get(e + 1).is_some() {
                    let next = self.lw(e + 1);
                    if !self.capitalised(e + 1)
                        || lexicon::weekday(next, false).is_some()
                        || lexicon::month(next).is_some()
                        || lexicon::time_zone(next)
                    {
                        e += 1;
                    }
                }
            } else if self.is(e, "o’clock") || self.is(e, "o'clock") {
                suffix = "h".into();
                e += 1;
            }
        }
        let (h, m) = match digits.split_once(':').or_else(|| digits.split_once('.')) {
            Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
            Some(_) => return None,
            None if !suffix.is_empty() => (digits.parse::<u32>().ok()?, 0),
            None => return None,
        };
        if digits.contains('.') && suffix.is_empty() {
            return None;
        }
        let hour = match suffix.as_str() {
            "am" | "a" if h == 12 => 0,
            "am" | "a" if h <= 12 => h,
            "pm" | "p" if h < 12 => h + 12,
            "pm" | "p" if h == 12 => 12,
            "" | "h" | "hrs" | "gmt" | "utc" if h <= 24 => h,
            _ => return None,
        };
        if m > 59 {
            return None;
        }
        if lexicon::time_zone(self.lw(e)) {
            e += 1;
        }
        Some((
            e,
            Sem::Clock {
                hour,
                minute: m,
                on: None,
            },
        ))
    }

    /// A count and a unit at `i`: `three days`, `10-year`, `two years ago`, `a day later`.
    fn counted(&self, i: usize) -> Found {
        let (n, k) = self.count(i)?;
        let w = self.lw(i);
        // `2 1/2 years`, `two and a half years`
        let (mut half, k) = match self.half_at(k) {
            Some(e) if n.is_some() => (true, e),
            _ => (false, k),
        };
        // `a day`: `once a day` and `$5 a year` are sets.
        let (k, hyphen) = if self.is(k, "-") && k == i + 1 && self.touches(k) {
            (k + 1, true)
        } else {
            (k, false)
        };
        let k = if one_of!(
            self.lw(k),
            "more" | "full" | "straight" | "consecutive" | "successive"
        ) {
            k + 1
        } else {
            k
        };
        let (unit, plural) = lexicon::unit(self.lw(k))?;
        // TIMEX3 writes a decimal count as it stands (`P5.6Y`, `PT1.5H`).
        let length = |n| {
            let v = unit.duration(n);
            match v.bytes().position(|c| c == b'X') {
                Some(x) if is_decimal(w) => {
                    format!(
                        "{}{w}{}",
                        v.get(..x).unwrap_or(""),
                        v.get(x + 1..).unwrap_or("")
                    )
                }
                _ => v,
            }
        };
        // `1988 second quarter`: a year, not a count.
        if n.is_some_and(|n| (1000..2200).contains(&n)) && !plural {
            return None;
        }
        if matches!(w, "a" | "an") && plural && n == Some(1) {
            return None;
        }
        if hyphen {
            if plural {
                return None;
            }
            // `10-year-old` is an age, not a time.
            if self.is(k + 1, "-") && self.is(k + 2, "old") {
                return None;
            }
            return Some((k + 1, Sem::Duration(length(n))));
        }
        if n == Some(1) && plural && w != "one" {
            return None;
        }
        let mut e = k + 1;
        // `a year-earlier` is not `a year` + adjective
        if self.is(e, "-") {
            return None;
        }
        // `a year and a half`
        if !half && !plural && self.is(e, "and") {
            if let Some(after) = self.half_at(e) {
                half = true;
                e = after;
            }
        }
        let prev = i.checked_sub(1).map_or("", |p| self.lw(p));
        // An age (`52 years old`, `aged 6 months`, `aged between 6 months and 5 years`) is not
        // a time.
        if self.is(e, "old") || self.aged_before(i) {
            return None;
        }
        if matches!(w, "a" | "an") && !plural {
            if matches!(prev, "once" | "twice" | "thrice" | "times") {
                return Some((e, Sem::Set(unit.duration(Some(1)))));
            }
            // A rate (`$2 million a year`, `four flights a week`, `24 hours a day`) is not
            // marked as a time; nor is `a second` chance.
            let relative = matches!(self.lw(e), "ago" | "earlier" | "later" | "before" | "after");
            let rate = self.amount_before(i);
            // `by as much as a quarter`, `a quarter of its staff`: a fraction, unless a
            // span of time is asked for (`in a quarter`, `for a quarter`).
            let fraction = unit == Unit::Quarter
                && (self.is(e, "of") || !matches!(prev, "in" | "for" | "within" | "over" | "per"));
            if !relative && (rate || fraction) || unit == Unit::Second {
                return None;
            }
        }
        match self.lw(e) {
            "ago" => {
                return Some((
                    e + 1,
                    Sem::Offset {
                        unit,
                        n,
                        sign: -1,
                        anaphoric: false,
                    },
                ));
            }
            "earlier" | "before" if self.lw(e) == "earlier" || self.sentence_ends(e + 1) => {
                return Some((
                    e + 1,
                    Sem::Offset {
                        unit,
                        n,
                        sign: -1,
                        anaphoric: true,
                    },
                ));
            }
            "later" | "after" if self.lw(e) == "later" || self.sentence_ends(e + 1) => {
                return Some((
                    e + 1,
                    Sem::Offset {
                        unit,
                        n,
                        sign: 1,
                        anaphoric: true,
                    },
                ));
            }
            "from" if self.is(e + 1, "now") => {
                return Some((
                    e + 2,
                    Sem::Offset {
                        unit,
                        n,
                        sign: 1,
                        anaphoric: false,
                    },
                ));
            }
            "or" if self.is(e + 1, "so") => e += 2,
            _ => {}
        }
        let value = match n {
            Some(n) if half => unit.duration_and_a_half(n),
            _ => length(n),
        };
        Some((e, Sem::Duration(value)))
    }

    /// True when `aged` stands before the count at `i`, over the words of a range of ages
    /// (`aged between 6 months and 5 years`, `aged 6 months to 5 years`).
    fn aged_before(&self, i: usize) -> bool {
        // The words of such a range are few: the look back is bounded.
        let from = i.saturating_sub(6);
        for k in (from..i).rev() {
            let w = self.lw(k);
            if matches!(w, "aged" | "ages") {
                return true;
            }
            let in_range = one_of!(
                w,
                "between" | "and" | "to" | "from" | "-" | "under" | "over"
            ) || self.digits(k).is_some()
                || lexicon::number(w).is_some()
                || lexicon::unit(w).is_some();
            if !in_range {
                return false;
            }
        }
        false
    }

    /// Index after a half at `k`: `and a half`, `1/2` (written against the number) or `½`.
    fn half_at(&self, k: usize) -> Option<usize> {
        if self.is(k, "and") && self.is(k + 1, "a") && self.is(k + 2, "half") {
            return Some(k + 3);
        }
        if self.is(k, "½") {
            return Some(k + 1);
        }
        let fraction = self.is(k, "1")
            && self.is(k + 1, "/")
            && self.is(k + 2, "2")
            && self.touches(k + 1)
            && self.touches(k + 2);
        fraction.then_some(k + 3)
    }

    #[inline(never)]
    fn sentence_ends(&self, k: usize) -> bool {
        matches!(self.lw(k), "" | "." | "," | ";" | "!" | "?")
    }

    /// Words that point at the publication time: `today`, `yesterday morning`, `now`.
    fn deictic(&self, i: usize) -> Found {
        let w = self.lw(i);
        // Capitalised after a word it is a name: `USA Today`, `the Today programme`.
        let after_word = i
            .checked_sub(1)
            .and_then(|p| self.w.get(p))
            .is_some_and(|p| p.kind == TokenKind::Word);
        if matches!(w, "today" | "tonight") && self.capitalised(i) && after_word {
            return None;
        }
        let day = match w {
            "today" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            "tonight" => return Some((i + 1, Sem::Day(0, Some("NI")))),
            "overnight" => return Some((i + 1, Sem::Day(0, Some("NI")))),
            _ => None,
        };
        if let Some(d) = day {
            if let Some(part) = lexicon::part_of_day(self.lw(i + 1)) {
                return Some((i + 2, Sem::Day(d, Some(part))));
            }
            return Some((i + 1, Sem::Day(d, None)));
        }
        let next_is_unit = lexicon::unit(self.lw(i + 1)).is_some();
        Some(match w {
            "now" | "currently" | "nowadays" | "presently" => (i + 1, Sem::Ref("PRESENT_REF")),
            "right" if self.is(i + 1, "now") => (i + 2, Sem::Ref("PRESENT_REF")),
            "these" if self.is(i + 1, "days") => (i + 2, Sem::Ref("PRESENT_REF")),
            "present" if i > 0 && self.is(i - 1, "at") => (i + 1, Sem::Ref("PRESENT_REF")),
            "current" if next_is_unit => {
                let (u, _) = lexicon::unit(self.lw(i + 1))?;
                (i + 2, Sem::Relative(u, 0))
            }
            "current" => (i + 1, Sem::Ref("PRESENT_REF")),
            "recently" | "lately" => (i + 1, Sem::Ref("PAST_REF")),
            "recent" if self.is(i + 1, "years") => (i + 2, Sem::Ref("PAST_REF")),
            "recent" if next_is_unit => {
                let (u, _) = lexicon::unit(self.lw(i + 1))?;
                (i + 2, Sem::Duration(u.duration(None)))
            }
            "future" if i > 0 && matches!(self.lw(i - 1), "in" | "near") => {
                (i + 1, Sem::Ref("FUTURE_REF"))
            }
            _ => return None,
        })
    }

    /// `last week`, `this year`, `next month`, `last Friday`, `this summer`, `past 20 years`.
    fn shifted(&self, i: usize) -> Found {
        let w = self.lw(i);
        let (shift, k) = match w {
            // `this past spring` is this year's; `last spring` last year's.
            "this" if self.is(i + 1, "past") && lexicon::season(self.lw(i + 2)).is_some() => {
                (Shift::This, i + 2)
            }
            "this" if self.is(i + 1, "past") => (Shift::Last, i + 2),
            "this" if self.is(i + 1, "coming") => (Shift::Next, i + 2),
            "this" => (Shift::This, i + 1),
            // `could last three weeks`: the verb.
            "last"
                if i.checked_sub(1).is_some_and(|p| {
                    one_of!(
                        self.lw(p),
                        "could"
                            | "would"
                            | "will"
                            | "can"
                            | "may"
                            | "might"
                            | "should"
                            | "must"
                            | "to"
                            | "not"
                    )
                }) =>
            {
                return None
            }
            // `open past Friday night`: beyond it (`this past Friday` is above).
            "past" if lexicon::weekday(self.lw(i + 1), false).is_some() => return None,
            "last" | "past" | "previous" => (Shift::Last, i + 1),
            "next" | "coming" => (Shift::Next, i + 1),
            _ => return None,
        };
        let delta = match shift {
            Shift::Last => -1,
            Shift::Next => 1,
            _ => 0,
        };
        let next = self.lw(k);
        // `last three years`, `the next few days`
        if let Some((n, e)) = self.count(k) {
            if let Some((u, plural)) = lexicon::unit(self.lw(e)) {
                if plural || n == Some(1) && !matches!(self.lw(k), "a" | "an") {
                    let e2 = if self.is(e + 1, "or") && self.is(e + 2, "so") {
                        e + 3
                    } else {
                        e + 1
                    };
                    return Some((e2, Sem::Duration(u.duration(n))));
                }
            }
        }
        if w == "this" && matches!(next, "day" | "date") && self.is(k + 1, "in") {
            if let Some(y) = self.year(k + 2) {
                return Some((k + 3, Sem::DayIn(y)));
            }
        }
        if let Some((u, plural)) = lexicon::unit(next) {
            if plural {
                return Some((k + 1, Sem::Duration(u.duration(None))));
            }
            if w == "past" || w == "previous" {
                return Some((k + 1, Sem::Duration(u.duration(Some(1)))));
            }
            // `over the next decade`, `within the coming century`: that long a stretch from
            // now, as TimeML reads `over the past decade` (P10Y), not the calendar decade after
            // this one; `in the last decade` stays the one before (`the 1980s`).
            if matches!(u, Unit::Decade | Unit::Century) && delta != 0 {
                let lead = i.checked_sub(1).filter(|&p| self.is(p, "the")).unwrap_or(i);
                let prep = lead.checked_sub(1).map_or("", |p| self.lw(p));
                if matches!(prep, "over" | "within" | "during" | "throughout" | "for")
                    || prep == "in" && delta > 0
                {
                    return Some((k + 1, Sem::Duration(u.duration(Some(1)))));
                }
            }
            // `this year's third quarter`, `last year's quarter`
            if u == Unit::Year && matches!(self.lw(k + 1), "'s" | "’s") {
                match self.plain(k + 2) {
                    Some((e, Sem::Quarter { q: Some(q), .. })) => {
                        return Some((e, Sem::QuarterOf(q, delta)));
                    }
                    Some((e, Sem::Half(h, _))) => return Some((e, Sem::HalfOf(h, delta))),
                    _ if matches!(self.lw(k + 2), "quarter" | "period") => {
                        let sem = Sem::Quarter {
                            q: None,
                            year: None,
                            years_back: i32::try_from(-delta).unwrap_or(0),
                        };
                        return Some((k + 3, sem));
                    }
                    _ => {}
                }
            }
            if u >= Unit::Day {
                let e = if self.is(k + 1, "or") && self.is(k + 2, "so") {
                    k + 3
                } else {
                    k + 1
                };
                return Some((e, Sem::Relative(u, delta)));
            }
            return None;
        }
        // `last season`, `next season's games`: a year from the publication's, as sports
        // seasons that span two years have no calendar of their own.
        // (Not `the last season of the show`, `in his last season`: the final one.)
        let prev = i.checked_sub(1).map_or("", |p| self.lw(p));
        if next == "season" && !(matches!(prev, "the" | "a") || possessive(prev)) {
            return Some((k + 1, Sem::Relative(Unit::Year, delta)));
        }
        if let Some(d) = lexicon::weekday(next, false) {
            return Some(self.weekday_phrase(i, d, shift, k + 1));
        }
        if let Some(m) = lexicon::month(next).filter(|_| {
            self.capitalised(k) && (next.len() > 3 || matches!(next, "may" | "june" | "july"))
        }) {
            return Some((k + 1, Sem::Month(m, shift)));
        }
        if let Some(code) = lexicon::season(next) {
            return Some((k + 1, Sem::Season(code, shift, None)));
        }
        if next == "weekend" {
            return Some((k + 1, Sem::Weekend(shift)));
        }
        if let Some(part) = lexicon::part_of_day(next) {
            let d = match (shift, part) {
                (Shift::Last, "NI" | "EV") => -1,
                (Shift::This, _) => 0,
                _ => return None,
            };
            return Some((k + 1, Sem::Day(d, Some(part))));
        }
        None
    }

    /// True when an amount stands before token `i`: a number, a plural noun or a unit (`$2
    /// million` + `a year`, `four flights` + `a week`, `185 km` + `per hour`).
    fn amount_before(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let prev = self.lw(p);
        let plural_noun = prev.len() > 3
            && prev.ends_with('s')
            && !one_of!(
                prev,
                "was"
                    | "has"
                    | "does"
                    | "across"
                    | "towards"
                    | "always"
                    | "perhaps"
                    | "this"
                    | "thus"
                    | "plus"
                    | "less"
                    | "unless"
                    | "takes"
                    | "lasts"
                    | "times"
            );
        self.w.get(p).is_some_and(|t| t.kind == TokenKind::Number)
            || plural_noun
            || matches!(
                prev,
                "dollars" | "percent" | "%" | "cents" | "million" | "billion" | "km"
            )
    }

    /// Recurring times: `every Monday`, `each year`, `daily`, `twice a week`, `per year`.
    fn set(&self, i: usize) -> Found {
        let w = self.lw(i);
        let simple = match w {
            "daily" | "nightly" => Some("P1D"),
            "weekly" => Some("P1W"),
            "biweekly" | "fortnightly" => Some("P2W"),
            "monthly" => Some("P1M"),
            "annually" | "yearly" => Some("P1Y"),
            "hourly" => Some("PT1H"),
            _ => None,
        };
        if let Some(v) = simple {
            // (`China Daily`, `Daily Mail`, `The Weekly Standard`: a word of a name.)
            let capital = |k: usize| self.text(k).starts_with(char::is_uppercase);
            if capital(i) && (i > 0 && capital(i - 1) || capital(i + 1)) {
                return None;
            }
            return Some((i + 1, Sem::Set(v.to_string())));
        }
        let k = match w {
            "every" | "each" => i + 1,
            "once" | "twice" | "thrice"
                if matches!(self.lw(i + 1), "a" | "an" | "per" | "every" | "each") =>
            {
                i + 2
            }
            // A speed or a price (`185 kilometres per hour`, `$15 per hour`) is no time.
            "per" if !self.amount_before(i) => i + 1,
            _ => return None,
        };
        let (n, k) = if self.is(k, "other") {
            (Some(2), k + 1)
        } else {
            match self.count(k) {
                Some((n, e)) if !matches!(self.lw(k), "a" | "an") => (n, e),
                _ => (Some(1), k),
            }
        };
        let next = self.lw(k);
        if let Some((u, _)) = lexicon::unit(next) {
            return Some((k + 1, Sem::Set(u.duration(n))));
        }
        if let Some(d) = lexicon::weekday(next, false).or_else(|| lexicon::weekday_plural(next)) {
            return Some((
                k + 1,
                Sem::Set(format!("XXXX-WXX-{}", d.number_from_monday())),
            ));
        }
        if let Some(part) = lexicon::part_of_day(next) {
            return Some((k + 1, Sem::Set(format!("XXXX-XX-XXT{part}"))));
        }
        if next == "weekend" {
            return Some((k + 1, Sem::Set("XXXX-WXX-WE".into())));
        }
        // `each November` (a capital for `May`, `March`)
        if let Some(m) =
            lexicon::month(next).filter(|_| !lexicon::ambiguous_month(next) || self.capitalised(k))
        {
            return Some((k + 1, Sem::Set(format!("XXXX-{m:02}"))));
        }
        // `every summer`
        let code = lexicon::season(next)?;
        Some((k + 1, Sem::Set(format!("XXXX-{code}"))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words the scanner names that only ever come after an expression's first word.
    #[rustfmt::skip]
    const FOLLOWERS: &[&str] = &[
        "'s", "accord", "accords", "across", "after", "aged", "ages", "ago", "agreement", "ahead", "always",
        "am", "and", "article", "before", "beginning", "between", "billion", "by", "can", "cents",
        "century", "chapter", "close", "comparable", "consecutive", "could", "date", "day",
        "distant", "does", "dollars", "during", "end", "ended", "ending", "eve", "final", "flight",
        "following", "for", "foreseeable", "from", "full", "gate", "get", "gets", "getting", "gmt",
        "got", "h", "half", "has", "her", "highway", "his", "in", "initial", "inquiry",
        "interstate", "island", "its", "km", "lasts", "latest", "least", "level", "might",
        "million", "model", "month", "morning", "most", "must", "my", "near", "not", "number",
        "o'clock", "of", "old", "on", "or", "other", "our", "o’clock", "p", "page", "paragraph", "people", "percent",
        "perhaps", "period", "platform", "plus", "pm", "post", "pre", "prior", "quarter",
        "resolution", "results", "rising", "room", "route", "row", "running", "same", "season", "section", "should",
        "since", "so", "start", "straight", "successive", "suite", "takes", "than", "their",
        "through", "throughout", "thus", "till", "times", "to", "towards", "troops", "unless",
        "until", "utc", "was", "way", "ways", "week", "weekend", "will", "within", "work",
        "worked", "would", "’s",
        // (Nouns a part of the day qualifies: `that night shifts`.)
        "shift", "shifts", "flights", "train", "trains", "bus", "buses", "service", "services",
        "class", "classes", "club", "clubs", "show", "shows", "session", "sessions", "worker",
        "workers", "staff", "duty", "news", "prayers",
    ];

    /// The lower-case word literals of a source file (`"twenty"`, `"o’clock"`).
    fn word_literals(source: &str) -> Vec<&str> {
        source
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|w| {
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_lowercase() || "'’".contains(c))
            })
            .collect()
    }

    #[test]
    fn starters_are_sorted() {
        assert!(STARTERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_starter_set_holds_exactly_the_starters() {
        assert!(STARTERS.iter().all(|w| is_starter(w)));
        for w in FOLLOWERS
            .iter()
            .copied()
            .chain(["", "s", "the ", "The", "yearss", "é", "’’"])
        {
            assert!(!is_starter(w), "{w:?}");
        }
    }

    #[test]
    fn starters_cover_the_patterns() {
        // Every word this file names starts an expression or only follows a first word: a new
        // word in a pattern must be put in one of the two lists.
        let source = include_str!("scan.rs");
        let code = source.split("#[cfg(test)]").next().unwrap_or("");
        let named = word_literals(code);
        assert!(named.contains(&"christmas") && named.contains(&"o’clock"));
        for w in named {
            assert!(
                STARTERS.contains(&w) || FOLLOWERS.contains(&w),
                "{w:?} is in neither STARTERS nor FOLLOWERS"
            );
        }
        // Every lexicon word that starts an expression on its own, and its plural.
        for w in word_literals(include_str!("lexicon.rs")) {
            for w in [w.to_string(), format!("{w}s")] {
                let starts = lexicon::month(&w).is_some()
                    || lexicon::weekday(&w, false).is_some()
                    || lexicon::weekday_plural(&w).is_some()
                    || lexicon::unit(&w).is_some_and(|(_, plural)| plural)
                    || lexicon::number(&w).is_some()
                    || lexicon::ordinal(&w).is_some()
                    || lexicon::season(&w).is_some()
                    || lexicon::decade_word(&w).is_some();
                assert!(
                    !starts || STARTERS.contains(&w.as_str()),
                    "{w:?} is no starter"
                );
            }
        }
    }
}
