//! Word-list lookups for attribution. The rules ask many times per token whether a word is in
//! one of the lists (`said` is a cue verb, `the` no clause word), so every list is read once
//! into one hashed table that gives a word's lists as bits, and words are lower-cased without
//! allocating.

use crate::entities::lexicon::Fnv;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// The lists a word is in, one bit per list (bit `n` for the list numbered `n`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lists(u32);

impl Lists {
    /// True when list number `list` (below 32) holds the word.
    pub const fn has(self, list: u32) -> bool {
        self.0 & (1 << list) != 0
    }
}

/// Every word of the lists, with the lists it is in.
pub struct Lexicon {
    words: HashMap<&'static str, u32, BuildHasherDefault<Fnv>>,
}

impl Lexicon {
    /// Reads `lists`, each with its number (below 32) and lower-case words.
    pub fn new<'l>(lists: impl IntoIterator<Item = (u32, &'l [&'static str])>) -> Lexicon {
        let mut words: HashMap<&'static str, u32, BuildHasherDefault<Fnv>> = HashMap::default();
        for (n, list) in lists {
            for &w in list {
                *words.entry(w).or_insert(0) |= 1 << n;
            }
        }
        Lexicon { words }
    }

    /// The lists that hold `word` exactly as written.
    pub fn lists(&self, word: &str) -> Lists {
        Lists(self.words.get(word).copied().unwrap_or(0))
    }
}

/// Longest word lower-cased in place; longer ones (no list word is) allocate.
const SHORT: usize = 24;

/// A word in lower case (`str::to_lowercase`), borrowed when it already is, on the stack when
/// it is a short ASCII word.
pub enum Lower<'a> {
    Same(&'a str),
    Short([u8; SHORT], usize),
    Long(String),
}

impl Lower<'_> {
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            Lower::Short(buf, len) => buf
                .get(..*len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or(""),
            Lower::Long(s) => s,
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// `word.to_lowercase()`, without allocating for a word already in lower case or a short ASCII
/// word.
pub fn lower(word: &str) -> Lower<'_> {
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Lower::Same(word);
        }
        let mut buf = [0; SHORT];
        if let Some(dst) = buf.get_mut(..word.len()) {
            dst.copy_from_slice(word.as_bytes());
            dst.make_ascii_lowercase();
            return Lower::Short(buf, word.len());
        }
        return Lower::Long(word.to_ascii_lowercase());
    }
    // Every character its own lower case: then so is the word (`’`, `—`, `é`).
    let same = word.chars().all(|c| {
        let mut l = c.to_lowercase();
        l.next() == Some(c) && l.next().is_none()
    });
    if same {
        Lower::Same(word)
    } else {
        Lower::Long(word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_agrees_with_to_lowercase() {
        for w in [
            "",
            "said",
            "Said",
            "SAID",
            "it’s",
            "It’s",
            "—",
            "“",
            "Über",
            "ΣΑΣ",
            "İstanbul",
            "K",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaA",
            "AAAAAAAAAAAAAAAAAAAAAAAA",
            "ǅ",
        ] {
            assert_eq!(lower(w).as_str(), w.to_lowercase(), "{w:?}");
        }
    }

    #[test]
    fn words_carry_every_list_they_are_in() {
        let lex = Lexicon::new([(0, &["said", "told"][..]), (3, &["said"][..])]);
        assert!(lex.lists("said").has(0) && lex.lists("said").has(3));
        assert!(lex.lists("told").has(0) && !lex.lists("told").has(3));
        assert_eq!(lex.lists("Said"), Lists::default());
    }
}
