//! Checks an analysis against the format's invariants (docs/FORMAT.md): every span is in bounds,
//! on a character boundary of its unit and slices the text to its own `text`; spans of one layer
//! never cross; every id resolves. The property tests, the hostile-input tests and the fuzzer
//! share this one checker, and a caller can use it on analyses it stores.
//!
//! Every check is O(n log n) in the size of the analysis, so it is usable on big inputs.

use crate::format::{AnalysisOut, SpanOut};
use crate::OffsetUnit;
use std::collections::HashSet;

/// Checks `analysis` (made from `text`) and says what is wrong with it first.
pub fn check(text: &str, analysis: &AnalysisOut) -> Result<(), String> {
    let unit = OffsetUnit::parse(analysis.offsets)
        .ok_or_else(|| format!("unknown offsets unit {:?}", analysis.offsets))?;
    if analysis.schema != 1 {
        return Err(format!("schema is {}, not 1", analysis.schema));
    }
    let bounds = Boundaries::new(text, unit);
    let a = analysis;

    // Spans in bounds, on boundaries, slicing to their text.
    let plain = |what: &str, s: &SpanOut| {
        bounds
            .slice(text, s.start, s.end)
            .map(|_| ())
            .map_err(|e| format!("{what}: {e}"))
    };
    let with_text = |what: &str, start: u32, end: u32, want: &str| -> Result<(), String> {
        let got = bounds
            .slice(text, start, end)
            .map_err(|e| format!("{what}: {e}"))?;
        if got == want {
            Ok(())
        } else {
            Err(format!(
                "{what} {start}..{end} slices to {got:?}, but its text is {want:?}"
            ))
        }
    };
    let art = &a.article;
    for (what, s) in [("article.title", &art.title), ("article.body", &art.body)] {
        if let Some(s) = s {
            plain(what, s)?;
        }
    }
    for s in &art.asides {
        bounds
            .slice(text, s.start, s.end)
            .map_err(|e| format!("article.asides ({}): {e}", s.kind))?;
    }
    for s in &a.paragraphs {
        plain("paragraph", s)?;
    }
    for s in &a.sentences {
        plain("sentence", s)?;
    }
    for m in &a.mentions {
        with_text(&format!("mention {}", m.id), m.start, m.end, m.text)?;
    }
    for q in &a.quotes {
        with_text(&format!("quote {}", q.id), q.start, q.end, q.text)?;
        if let Some(c) = &q.cue {
            with_text(&format!("cue of {}", q.id), c.start, c.end, c.text)?;
        }
        if let Some(s) = &q.speaker {
            with_text(&format!("speaker of {}", q.id), s.start, s.end, s.text)?;
        }
    }
    for t in &a.times {
        with_text(&format!("time {}", t.id), t.start, t.end, t.text)?;
    }
    for ev in &a.timeline {
        plain("timeline sentence", &ev.sentence)?;
    }

    // Ids are unique and resolve.
    let ids = |what: &str, list: Vec<&str>| -> Result<HashSet<String>, String> {
        let mut seen = HashSet::new();
        for id in list {
            if !seen.insert(id.to_string()) {
                return Err(format!("{what} id {id} is used twice"));
            }
        }
        Ok(seen)
    };
    let mention_ids = ids(
        "mention",
        a.mentions.iter().map(|m| m.id.as_str()).collect(),
    )?;
    let entity_ids = ids("entity", a.entities.iter().map(|e| e.id.as_str()).collect())?;
    let quote_ids = ids("quote", a.quotes.iter().map(|q| q.id.as_str()).collect())?;
    let time_ids = ids("time", a.times.iter().map(|t| t.id.as_str()).collect())?;
    let resolve = |kind: &str, set: &HashSet<String>, id: &str, from: &str| {
        if set.contains(id) {
            Ok(())
        } else {
            Err(format!(
                "{from} refers to {kind} {id}, which does not exist"
            ))
        }
    };
    for m in &a.mentions {
        if let Some(e) = &m.entity {
            resolve("entity", &entity_ids, e, &format!("mention {}", m.id))?;
        }
    }
    for e in &a.entities {
        for m in &e.mentions {
            resolve("mention", &mention_ids, m, &format!("entity {}", e.id))?;
        }
    }
    for q in &a.quotes {
        if let Some(e) = q.speaker.as_ref().and_then(|s| s.entity.as_ref()) {
            resolve("entity", &entity_ids, e, &format!("speaker of {}", q.id))?;
        }
    }
    for ev in &a.timeline {
        resolve("time", &time_ids, &ev.time, "a timeline event")?;
        for e in &ev.entities {
            resolve("entity", &entity_ids, e, "a timeline event")?;
        }
        for q in &ev.quotes {
            resolve("quote", &quote_ids, q, "a timeline event")?;
        }
    }

    // Spans of one layer never cross.
    let layer = |spans: Vec<(u32, u32)>, what: &str| -> Result<(), String> {
        match crossing(spans) {
            Some((x, y)) => Err(format!("{what} {x:?} and {y:?} cross")),
            None => Ok(()),
        }
    };
    layer(
        a.paragraphs.iter().map(|s| (s.start, s.end)).collect(),
        "paragraphs",
    )?;
    layer(
        a.sentences.iter().map(|s| (s.start, s.end)).collect(),
        "sentences",
    )?;
    layer(
        a.mentions.iter().map(|s| (s.start, s.end)).collect(),
        "mentions",
    )?;
    layer(
        a.quotes.iter().map(|s| (s.start, s.end)).collect(),
        "quotes",
    )?;
    layer(a.times.iter().map(|s| (s.start, s.end)).collect(), "times")?;
    Ok(())
}

/// The first two spans that cross (overlap without one containing the other), if any.
/// O(n log n): sorted by start (longest first), each span must end inside every open span.
pub fn crossing(mut spans: Vec<(u32, u32)>) -> Option<((u32, u32), (u32, u32))> {
    spans.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    let mut open: Vec<(u32, u32)> = Vec::new();
    for s in spans {
        while open.last().is_some_and(|o| o.1 <= s.0) {
            open.pop();
        }
        if let Some(&o) = open.last() {
            if s.1 > o.1 {
                return Some((o, s));
            }
        }
        open.push(s);
    }
    None
}

/// The offsets, in one unit, at which characters start (and the text's end), with their bytes.
struct Boundaries {
    /// `(offset in the unit, byte offset)` for every character start and the end, in order.
    starts: Vec<(u32, usize)>,
}

impl Boundaries {
    fn new(text: &str, unit: OffsetUnit) -> Boundaries {
        let mut starts = Vec::with_capacity(text.len() + 1);
        let mut units: u64 = 0;
        for (at, c) in text.char_indices() {
            starts.push((u32::try_from(units).unwrap_or(u32::MAX), at));
            units += match unit {
                OffsetUnit::Bytes => c.len_utf8(),
                OffsetUnit::Chars => 1,
                OffsetUnit::Utf16 => c.len_utf16(),
            } as u64;
        }
        starts.push((u32::try_from(units).unwrap_or(u32::MAX), text.len()));
        Boundaries { starts }
    }

    fn byte(&self, offset: u32) -> Option<usize> {
        let i = self.starts.partition_point(|&(u, _)| u < offset);
        self.starts
            .get(i)
            .filter(|&&(u, _)| u == offset)
            .map(|&(_, b)| b)
    }

    fn slice<'t>(&self, text: &'t str, start: u32, end: u32) -> Result<&'t str, String> {
        let s = self.byte(start);
        let e = self.byte(end);
        match (s, e) {
            (Some(s), Some(e)) if s <= e => text
                .get(s..e)
                .ok_or_else(|| format!("{start}..{end} is not on character boundaries")),
            (Some(_), Some(_)) => Err(format!("{start}..{end} ends before it starts")),
            _ => Err(format!(
                "{start}..{end} is out of bounds or not on a character boundary"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze_to_format, Options};

    #[test]
    fn crossing_spans_are_found() {
        assert_eq!(crossing(vec![(0, 5), (1, 2), (2, 5), (6, 7)]), None);
        assert_eq!(crossing(vec![(0, 5), (3, 8)]), Some(((0, 5), (3, 8))));
        assert_eq!(crossing(vec![(3, 8), (0, 5)]), Some(((0, 5), (3, 8))));
        assert_eq!(crossing(vec![(0, 3), (3, 6), (0, 6)]), None);
    }

    #[test]
    fn a_real_analysis_passes_in_every_unit() {
        let text = "“We will be ready 😀,” Li Na said on Monday.\r\n\r\nLi said 中国 was ready.";
        for unit in ["utf16", "chars", "bytes"] {
            let a = analyze_to_format(text, &Options::new(Some(unit), None).unwrap()).unwrap();
            assert_eq!(check(text, &a), Ok(()), "{unit}");
        }
    }

    #[test]
    fn a_wrong_span_is_caught() {
        let text = "“We will be ready 😀,” Li Na said on Monday.";
        let mut a = analyze_to_format(text, &Options::default()).unwrap();
        a.quotes[0].end += 1;
        assert!(check(text, &a).is_err());
        let mut a = analyze_to_format(text, &Options::default()).unwrap();
        // Inside the emoji's surrogate pair.
        let emoji = text[..text.find('😀').unwrap()].encode_utf16().count() as u32;
        a.paragraphs[0].end = emoji + 1;
        assert!(check(text, &a).unwrap_err().contains("boundary"));
    }
}
