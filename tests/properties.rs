//! Invariants of the analysis format on generated text: every span is in bounds, slices to its
//! own `text`, spans of one layer never cross, ids resolve, and the three offset units agree.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::PIECES;
use proptest::prelude::*;
use storylens::format::AnalysisOut;
use storylens::{analyze_to_format, validate, OffsetUnit, Options};

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

/// The format's invariants, checked by the one shared checker (`storylens::validate`).
fn check(text: &str, a: &AnalysisOut) -> Result<(), TestCaseError> {
    validate::check(text, a).map_err(TestCaseError::fail)
}

/// 400 cases by default; `PROPTEST_CASES` asks for more (`make test` runs a longer pass).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), .. ProptestConfig::default() })]

    #[test]
    fn spans_are_exact_in_every_unit(text in article()) {
        let mut by_unit = Vec::new();
        for unit in [OffsetUnit::Bytes, OffsetUnit::Chars, OffsetUnit::Utf16] {
            let a = analyze_to_format(&text, &Options { offsets: unit, published: None }).unwrap();
            check(&text, &a)?;
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
