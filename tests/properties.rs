//! Invariants of the analysis format on generated text: every span is in bounds, slices to its
//! own `text`, spans of one layer never cross, ids resolve, and the three offset units agree.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use storylens::format::AnalysisOut;
use storylens::{analyze_to_format, OffsetUnit, Options};

/// Pieces that news text (and hostile text) is made of.
const PIECES: &[&str] = &[
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "„",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    ".",
    ",",
    ":",
    " said",
    " he said.",
    "She told reporters: ",
    "according to",
    "Zhou Chenming",
    "Ni",
    "Beijing",
    "the United States",
    "Major General",
    "Shao Yuanming",
    "on Wednesday",
    "in August",
    "PUBLISHED : Thursday, 30 November, 2017, 9:34pm",
    "😀",
    "中国",
    "–",
    "—",
    "it’s",
    "’90s",
    "Dr.",
    "U.S.",
    "9:34pm",
    "2017",
    "Nov. 30",
    "e\u{301}",
    "\u{200b}",
    "\u{202e}",
    "مرحبا",
    "<script>",
    "Hwasong-15",
    "-",
    "(Reuters)",
    "WASHINGTON",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => "[a-zA-Z ]{1,12}",
            1 => any::<char>().prop_map(|c| c.to_string()),
        ],
        0..80,
    )
    .prop_map(|parts| parts.concat())
}

/// Units of text in [0, end) for each of the three encodings.
fn to_unit(text: &str, unit: OffsetUnit, byte: usize) -> usize {
    match unit {
        OffsetUnit::Bytes => byte,
        OffsetUnit::Chars => text[..byte].chars().count(),
        OffsetUnit::Utf16 => text[..byte].encode_utf16().count(),
    }
}

/// Converts an offset in `unit` back to bytes, failing when it is not on a boundary.
fn to_byte(text: &str, unit: OffsetUnit, off: u32) -> Option<usize> {
    let off = off as usize;
    let mut units = 0;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if units == off {
            return Some(at);
        }
        if units > off {
            return None;
        }
        units += match unit {
            OffsetUnit::Bytes => c.len_utf8(),
            OffsetUnit::Chars => 1,
            OffsetUnit::Utf16 => c.len_utf16(),
        };
    }
    None
}

fn check(text: &str, a: &AnalysisOut, unit: OffsetUnit) -> Result<(), TestCaseError> {
    let slice = |s: u32, e: u32| -> Result<&str, TestCaseError> {
        let (s, e) = (to_byte(text, unit, s), to_byte(text, unit, e));
        match (s, e) {
            (Some(s), Some(e)) if s <= e => Ok(&text[s..e]),
            _ => Err(TestCaseError::fail(format!(
                "span {s:?}..{e:?} not on boundaries"
            ))),
        }
    };
    for m in &a.mentions {
        prop_assert_eq!(slice(m.start, m.end)?, m.text.as_str());
        let e = m.entity.as_ref().unwrap();
        prop_assert!(a.entities.iter().any(|x| &x.id == e));
    }
    for q in &a.quotes {
        prop_assert_eq!(slice(q.start, q.end)?, q.text.as_str());
        if let Some(c) = &q.cue {
            prop_assert_eq!(slice(c.start, c.end)?, c.text.as_str());
        }
        if let Some(s) = &q.speaker {
            prop_assert_eq!(slice(s.start, s.end)?, s.text.as_str());
            if let Some(e) = &s.entity {
                prop_assert!(a.entities.iter().any(|x| &x.id == e));
            }
        }
    }
    for t in &a.times {
        prop_assert_eq!(slice(t.start, t.end)?, t.text.as_str());
    }
    for e in &a.entities {
        for m in &e.mentions {
            prop_assert!(a.mentions.iter().any(|x| &x.id == m));
        }
    }
    for ev in &a.timeline {
        slice(ev.sentence.start, ev.sentence.end)?;
        prop_assert!(a.times.iter().any(|t| t.id == ev.time));
    }
    for p in a.paragraphs.iter().chain(&a.sentences) {
        slice(p.start, p.end)?;
    }
    // Spans of one layer never cross.
    let layers: Vec<Vec<(u32, u32)>> = vec![
        a.paragraphs.iter().map(|s| (s.start, s.end)).collect(),
        a.sentences.iter().map(|s| (s.start, s.end)).collect(),
        a.mentions.iter().map(|s| (s.start, s.end)).collect(),
        a.quotes.iter().map(|s| (s.start, s.end)).collect(),
        a.times.iter().map(|s| (s.start, s.end)).collect(),
    ];
    for layer in &layers {
        for (i, x) in layer.iter().enumerate() {
            for y in &layer[i + 1..] {
                let crosses =
                    x.0 < y.0 && y.0 < x.1 && x.1 < y.1 || y.0 < x.0 && x.0 < y.1 && y.1 < x.1;
                prop_assert!(!crosses, "{:?} crosses {:?}", x, y);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn spans_are_exact_in_every_unit(text in article()) {
        let mut by_unit = Vec::new();
        for unit in [OffsetUnit::Bytes, OffsetUnit::Chars, OffsetUnit::Utf16] {
            let a = analyze_to_format(&text, &Options { offsets: unit, published: None }).unwrap();
            check(&text, &a, unit)?;
            by_unit.push(a);
        }
        // The same spans in all three units.
        let bytes = &by_unit[0];
        for (a, unit) in by_unit[1..].iter().zip([OffsetUnit::Chars, OffsetUnit::Utf16]) {
            prop_assert_eq!(a.quotes.len(), bytes.quotes.len());
            for (q, b) in a.quotes.iter().zip(&bytes.quotes) {
                prop_assert_eq!(q.start as usize, to_unit(&text, unit, b.start as usize));
                prop_assert_eq!(q.end as usize, to_unit(&text, unit, b.end as usize));
            }
            for (m, b) in a.mentions.iter().zip(&bytes.mentions) {
                prop_assert_eq!(m.start as usize, to_unit(&text, unit, b.start as usize));
            }
        }
    }
}
