//! Lower case as `char::to_lowercase` and `str::to_lowercase` give it, without core's conversion
//! table: that table lists 1,462 characters one by one (11.7 KB of the wasm); `build.rs` writes
//! the same mapping as 184 runs.

/// `(start << 11 | count << 1 | step - 1, offset)`: `count` characters from `start`, `step` apart,
/// whose lower case is the character `offset` from them; by start (`build.rs`, `lower_runs`).
const RUNS: &[(u32, i32)] = &include!(concat!(env!("OUT_DIR"), "/lower_runs.rs"));

/// The lower case of `c` when it is one character (all but `İ`).
fn lower_one(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // Most characters outside ASCII in news are quotation marks and dashes: no run is among
    // them (the first after is `Ω`), and they are asked of for every word that holds one.
    if ('\u{2000}'..'\u{2126}').contains(&c) {
        return c;
    }
    let code = u32::from(c);
    let at = RUNS.partition_point(|&(run, _)| run >> 11 <= code);
    let Some(&(run, offset)) = at.checked_sub(1).and_then(|i| RUNS.get(i)) else {
        return c;
    };
    let (from, step) = (code - (run >> 11), (run & 1) + 1);
    if from % step == 0 && from / step < (run >> 1 & 0x3FF) {
        char::from_u32(code.wrapping_add_signed(offset)).unwrap_or(c)
    } else {
        c
    }
}

/// `c.to_lowercase()`: the same characters for every `c`.
pub fn lower_char(c: char) -> impl Iterator<Item = char> {
    let (first, second) = if c == 'İ' {
        ('i', Some('\u{307}'))
    } else {
        (lower_one(c), None)
    };
    std::iter::once(first).chain(second)
}

/// `s.to_lowercase()`. A capital sigma ending a word lowers to `ς`, as there; the characters a
/// word may have between its letters and that end are those of [`invisible`].
pub fn lower_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        if c == 'Σ' {
            let (before, after) = (s.get(..at).unwrap_or(""), s.get(at + 2..).unwrap_or(""));
            let ends_word =
                cased_past_invisible(before.chars().rev()) && !cased_past_invisible(after.chars());
            out.push(if ends_word { 'ς' } else { 'σ' });
        } else {
            out.extend(lower_char(c));
        }
    }
    out
}

/// Whether the first character of `chars` that is not [`invisible`] has a case (Unicode's
/// `Cased`: lower, upper or title case).
fn cased_past_invisible(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !invisible(c)).is_some_and(|c| {
        c.is_lowercase()
            || c.is_uppercase()
            || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ' | 'ᾼ' | 'ῌ' | 'ῼ')
            || ('ᾈ'..='ᾏ').contains(&c)
            || ('ᾘ'..='ᾟ').contains(&c)
            || ('ᾨ'..='ᾯ').contains(&c)
    })
}

/// Characters that Unicode's final-sigma rule looks past (`Case_Ignorable`) that a Greek word's
/// end can hold: apostrophes, combining accents and the Greek signs. The rest of that class
/// (marks of other scripts, format and modifier characters; 460 ranges) is left out: it would
/// cost about what the runs save, and only a word's own `σ` or `ς` can differ, which no list
/// holds.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '´'
            | '¨'
            | '\u{AD}'
            | '·'
            | '‘'
            | '’'
            | '․'
            | '‧'
            | 'ʹ'
            | '͵'
            | 'ͺ'
            | '΄'
            | '΅'
            | '\u{387}'
    ) || ('\u{300}'..='\u{36F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_char_is_to_lowercase_for_every_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert!(lower_char(c).eq(c.to_lowercase()), "{c:?}");
        }
    }

    #[test]
    fn lower_str_is_to_lowercase() {
        let marks = ["", "'", "’", "\u{301}", "ͺ", "΄", ".", "\u{AD}"];
        let mut cases = vec![
            String::new(),
            "SAID".into(),
            "İstanbul".into(),
            "ΟΔΥΣΣΕΑΣ ΣΑΣ Σ ΑΣ, ΣΑ".into(),
            "ΑΣ1 ΑΣα ΑΣ-Α ǅΣ ᾈΣ ªΣ".into(),
        ];
        for m in marks {
            for n in marks {
                cases.push(format!("Α{m}Σ{n}"));
                cases.push(format!("Α{m}Σ{n}Α"));
                cases.push(format!("1{m}Σ{n} α"));
            }
        }
        for s in cases {
            assert_eq!(lower_str(&s), s.to_lowercase(), "{s:?}");
        }
    }

    #[test]
    fn invisible_is_case_ignorable() {
        // Core looks past `c` to the letter before a sigma exactly when `c` is case-ignorable.
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| invisible(c))
        {
            assert!(format!("a{c}Σ").to_lowercase().ends_with('ς'), "{c:?}");
            assert!(format!("1{c}Σ").to_lowercase().ends_with('σ'), "{c:?}");
        }
    }
}
