//! The publication date: publication and update lines (`PUBLISHED : Thursday, 30 November,
//! 2017, 9:34pm`), bare date lines (`Nov. 30, 2017`) and wire datelines with a year.

use super::lexicon;
use super::Moment;
use crate::segment::{Document, Part};
use chrono::{NaiveDate, NaiveTime};

/// The month a lower-case word names, with or without a full stop (`nov.`).
fn month(lower: &str) -> Option<u32> {
    lexicon::month(lower.trim_end_matches('.'))
}

/// The weekday a lower-case word names, short forms included (`thu.`).
fn weekday(lower: &str) -> Option<chrono::Weekday> {
    lexicon::weekday(lower.trim_end_matches('.'), true)
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
    // Every date this reads has a year of four digits: most lines are out at a glance, most
    // of them having no digit at all.
    if !has_digit(line.as_bytes()) {
        return None;
    }
    let mut digits = 0;
    let four_digits = line.bytes().any(|b| {
        digits = if b.is_ascii_digit() { digits + 1 } else { 0 };
        digits == 4
    });
    if !four_digits {
        return None;
    }
    // The leads are ASCII and hold no `k` or `i` before a combining dot: the line in lower case
    // starts with one exactly when its first bytes are the lead in any case (no copy).
    let line = line.trim();
    let lead = DATELINE_LEADS.iter().find(|l| {
        line.as_bytes()
            .get(..l.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(l.as_bytes()))
    });
    let rest = match lead {
        Some(l) => line.get(l.len()..).unwrap_or(""),
        None => line,
    };
    let (moment, used, total) = parse_loose_date(rest, None)?;
    // Without a lead word the line must be (almost) nothing but the date, or end with one
    // set off from a byline or a section label (`By Ann Lee | Sept. 14, 2016`).
    if lead.is_none() && used + 1 < total {
        return trailing_date(line).map(|m| (m, false));
    }
    Some((
        moment,
        lead.is_some_and(|l| l.contains("updated") || l.contains("modified")),
    ))
}

/// The date that ends `line` after a separator (`|`, `•`, `·`, a dash; in a byline also a
/// comma or a space: `by Alex Swoyer 17 Sep 2016`), when nothing but the date follows it.
fn trailing_date(line: &str) -> Option<Moment> {
    let byline = line
        .get(..3)
        .is_some_and(|head| head.eq_ignore_ascii_case("by "));
    line.char_indices()
        .filter(|&(_, c)| {
            matches!(c, '|' | '•' | '·' | '—' | '–') || byline && (c == ',' || c == ' ')
        })
        .find_map(|(i, c)| {
            let rest = line.get(i + c.len_utf8()..)?;
            let (moment, used, total) = parse_loose_date(rest, None)?;
            (used + 1 >= total).then_some(moment)
        })
}

/// True when `bytes` hold an ASCII digit: eight bytes at a time (bytes outside ASCII are none).
pub(super) fn has_digit(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        if super::bytes_between(u64::from_le_bytes(w), b'0', b'9') != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// Reads a full date with an optional time from loose text: `Thursday, 30 November, 2017,
/// 9:34pm`, `Nov. 30, 2017`, `9:34 PM EST Nov 30, 2017`, `2017-11-30`; without a year, in
/// `no_year` when given (`WASHINGTON, Nov 27 (Reuters) -`). Returns the moment, the number of
/// words that were part of it, and the number of words in all.
pub(super) fn parse_loose_date(s: &str, no_year: Option<i32>) -> Option<(Moment, usize, usize)> {
    // Lower-casing ASCII keeps every byte where it is: each word's lower case is at its place.
    let lower = s.to_ascii_lowercase();
    let places = loose_words(s);
    let lowers: Vec<&str> = places.iter().filter_map(|r| lower.get(r.clone())).collect();
    let word = |i: usize| places.get(i).and_then(|r| s.get(r.clone()));
    let (mut year, mut mon, mut day, mut time) = (None, None, None, None);
    let mut used = 0;
    let mut i = 0;
    while let (Some(w), Some(&lw)) = (word(i), lowers.get(i)) {
        if let Some(m) = Moment::parse(w) {
            return Some((m, places.len(), places.len()));
        }
        if weekday(lw).is_some()
            || matches!(
                lw,
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
        } else if let Some(m) = month(lw).filter(|_| mon.is_none()) {
            mon = Some(m);
            used += 1;
        } else if let Some((y, m, d)) = slashed_date(w).filter(|_| mon.is_none()) {
            (year, mon, day) = (Some(y), Some(m), Some(d));
            used += 1;
        } else if let Some((t, n)) = clock(lowers.get(i..).unwrap_or(&[])) {
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
    let date = NaiveDate::from_ymd_opt(year.or(no_year)?, mon?, day?)?;
    Some((Moment { date, time }, used, places.len()))
}

/// A numeric date with slashes, `09/29/2026`: month first, as American sites write it, unless
/// the first number cannot be a month (`29/09/2026`). Returns the year, month and day.
fn slashed_date(w: &str) -> Option<(i32, u32, u32)> {
    // Three numbers and their lengths, read byte by byte.
    let (mut n, mut len, mut i) = ([0u32; 3], [0usize; 3], 0);
    for b in w.bytes() {
        match b {
            b'0'..=b'9' if len[i] < 4 => {
                n[i] = n[i] * 10 + u32::from(b - b'0');
                len[i] += 1;
            }
            b'/' if i < 2 => i += 1,
            _ => return None,
        }
    }
    if !matches!(len, [1 | 2, 1 | 2, 4]) {
        return None;
    }
    let [a, b, y] = n;
    let y = i32::try_from(y).ok()?;
    Some(if a > 12 { (y, b, a) } else { (y, a, b) })
}

/// Where the words of a date line are, without the punctuation around them (a slash between
/// digits stays in its word: `09/29/2026`).
fn loose_words(s: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let digit = |i: usize| s.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
    let ends = s
        .char_indices()
        .filter(|&(i, c)| {
            c.is_whitespace()
                || c == ','
                || c == '|'
                || c == '/' && !(i > 0 && digit(i - 1) && digit(i + 1))
        })
        .map(|(i, c)| (i, i + c.len_utf8()))
        .chain([(s.len(), s.len())]);
    for (end, next) in ends {
        let piece = s.get(start..end).unwrap_or("");
        let punct = |c: char| matches!(c, ':' | '(' | ')' | '-' | '–' | '—');
        let word = piece.trim_matches(punct);
        if !word.is_empty() {
            let at = start + piece.len() - piece.trim_start_matches(punct).len();
            out.push(at..at + word.len());
        }
        start = next;
    }
    out
}

/// A clock time at the start of the lower-case `words`: `9:34pm`, `9:34 pm`, `11am`, and the
/// British `18.02` (`Wed 14 Oct 2026 18.02 BST`). Returns it and how many words it took.
fn clock(words: &[&str]) -> Option<(NaiveTime, usize)> {
    let w = words.first()?;
    // The hour is a number (`u32::from_str` takes a sign too).
    if !w.starts_with(|c: char| c.is_ascii_digit() || c == '+') {
        return None;
    }
    let (digits, suffix) = w.split_at(w.find(|c: char| c.is_alphabetic()).unwrap_or(w.len()));
    // The suffix without its full stops (`p.m.`), found without making that string.
    let undotted = |s: &str| {
        ["am", "pm", "", "h", "hrs"]
            .into_iter()
            .find(|known| s.bytes().filter(|&b| b != b'.').eq(known.bytes()))
    };
    let (suffix, n) = if suffix.is_empty() {
        match words.get(1).and_then(|s| undotted(s)) {
            Some(s @ ("am" | "pm")) => (s, 2),
            _ => ("", 1),
        }
    } else {
        (undotted(suffix)?, 1)
    };
    // (A full stop between the hour and two digits of minutes: in a date line no decimal.)
    let separated = digits
        .split_once(':')
        .or_else(|| digits.split_once('.').filter(|(_, m)| m.len() == 2));
    let (h, m) = match separated {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.get(..2)?.parse::<u32>().ok()?),
        None if !suffix.is_empty() => (digits.parse::<u32>().ok()?, 0),
        None => return None,
    };
    let h = match suffix {
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
    // Segmenting read the dateline paragraphs' dates; a document made otherwise has its
    // dateline paragraphs read here.
    let read;
    let moments = if doc.dateline_moments.is_empty() {
        read = doc
            .paragraphs
            .iter()
            .filter(|p| p.part == Part::Dateline)
            .filter_map(|p| dateline_moment(p.span.slice(text)))
            .collect::<Vec<_>>();
        &read
    } else {
        &doc.dateline_moments
    };
    for &(m, is_update) in moments {
        if is_update {
            updated = updated.or(Some(m));
        } else {
            published = published.or(Some(m));
        }
    }
    if published.is_none() && updated.is_none() {
        // A wire dateline that carries a year: `WASHINGTON, Nov 30, 2017 (Reuters) -`.
        published = doc
            .inline_datelines
            .iter()
            .find_map(|s| parse_loose_date(s.slice(text), None).map(|(m, _, _)| m));
    }
    (published.or(updated), updated)
}
