//! Any bytes (read as UTF-8, invalid sequences replaced) through `analyze` in every offset
//! unit, with and without a publication date; every result must pass `validate::check`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use storylens::{analyze, format, validate, OffsetUnit, Options};

fuzz_target!(|data: &[u8]| {
    let (published, body) = match data.split_first() {
        Some((&flag, rest)) if flag & 1 == 1 => (Some("2017-11-30T21:34"), rest),
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(body);
    let Ok(options) = Options::new(None, published) else {
        panic!("options rejected");
    };
    // One analysis, rendered in every offset unit (what `analyze_to_format` does per unit).
    let analysis = match analyze(&text, &options) {
        Ok(a) => a,
        Err(e) => {
            assert!(e.is_too_large(), "unexpected error: {e}");
            return;
        }
    };
    for unit in [OffsetUnit::Bytes, OffsetUnit::Chars, OffsetUnit::Utf16] {
        let out = format::render(&text, &analysis, unit);
        if let Err(e) = validate::check(&text, &out) {
            panic!("{unit:?}: {e}");
        }
    }
});
