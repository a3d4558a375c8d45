//! Word-list lookups for attribution. The rules ask many times per token whether a word is in
//! one of the lists (`said` is a cue verb, `the` no clause word), so every list is read once
//! into one hashed table that gives a word's lists as bits, and words are lower-cased without
//! allocating.

use std::cell::Cell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The lists a word is in, one bit per list (bit `n` for the list numbered `n`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lists(u32);

impl Lists {
    /// True when list number `list` (below 32) holds the word.
    #[inline]
    pub const fn has(self, list: u32) -> bool {
        self.0 & (1 << list) != 0
    }
}

/// A hash of short words eight bytes at a time (FxHash's step): the lists are fixed, so no
/// protection against crafted keys is needed, and most words fit in one or two steps.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let word = chunk.iter().rev().fold(0, |w, &b| w << 8 | u64::from(b));
            self.add(word);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// Every word of the lists (as bytes, so a word lower-cased into a buffer is looked up as it
/// is), with the lists it is in.
pub struct Lexicon {
    words: HashMap<&'static [u8], u32, BuildHasherDefault<WordHasher>>,
}

impl Lexicon {
    /// Reads `lists`, each with its number (below 32) and lower-case words.
    pub fn new<'l>(lists: impl IntoIterator<Item = (u32, &'l [&'static str])>) -> Lexicon {
        let mut words: HashMap<&'static [u8], u32, BuildHasherDefault<WordHasher>> =
            HashMap::default();
        for (n, list) in lists {
            for &w in list {
                *words.entry(w.as_bytes()).or_insert(0) |= 1 << n;
            }
        }
        Lexicon { words }
    }

    /// The lists that hold `word` exactly as written.
    pub fn lists(&self, word: &str) -> Lists {
        self.lists_of(word.as_bytes())
    }

    fn lists_of(&self, word: &[u8]) -> Lists {
        Lists(self.words.get(word).copied().unwrap_or(0))
    }

    /// What the lists say about `word`.
    pub fn word(&self, word: &str) -> Word {
        let bytes = word.as_bytes();
        // The common case, a short ASCII word, without building a `str`.
        if word.is_ascii() {
            if !bytes.iter().any(u8::is_ascii_uppercase) {
                return Word {
                    lists: self.lists_of(bytes),
                    lower_case: true,
                };
            }
            let mut buf = [0; SHORT];
            if let Some(dst) = buf.get_mut(..bytes.len()) {
                dst.copy_from_slice(bytes);
                dst.make_ascii_lowercase();
                return Word {
                    lists: self.lists_of(dst),
                    lower_case: false,
                };
            }
        }
        let lower = lower(word);
        Word {
            lists: self.lists(&lower),
            lower_case: matches!(lower, Lower::Same(_)),
        }
    }
}

/// What the rules ask of a word: the lists its lower case is in, and whether it is written in
/// lower case (so is in them as written).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Word {
    pub lists: Lists,
    pub lower_case: bool,
}

impl Word {
    /// True when the word, exactly as written, is in list number `list`.
    #[inline]
    pub const fn is(self, list: u32) -> bool {
        self.lower_case && self.lists.has(list)
    }

    /// True when the word in lower case is in list number `list`.
    #[inline]
    pub const fn lower_is(self, list: u32) -> bool {
        self.lists.has(list)
    }
}

/// How many tokens [`Recent`] remembers.
const RECENT: usize = 128;

/// A token looked up: its text and what the word lists say about it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Lookup<'t> {
    pub text: &'t str,
    pub word: Word,
}

impl<'t> Lookup<'t> {
    /// The text in lower case.
    pub fn lower(self) -> Lower<'t> {
        if self.word.lower_case {
            Lower::Same(self.text)
        } else {
            lower(self.text)
        }
    }
}

/// The tokens read last, by index (slot `index % 128`): the rules read each token many times,
/// from tokens nearby, so a small cache answers most reads without slicing or hashing again.
pub struct Recent<'t> {
    slots: [Cell<(u32, Lookup<'t>)>; RECENT],
}

impl<'t> Recent<'t> {
    pub fn new() -> Recent<'t> {
        Recent {
            slots: std::array::from_fn(|_| Cell::new((u32::MAX, Lookup::default()))),
        }
    }

    /// Token `index`, from `read` unless remembered.
    #[inline]
    pub fn get(&self, index: usize, read: impl FnOnce() -> Lookup<'t>) -> Lookup<'t> {
        let Some(slot) = self.slots.get(index % RECENT) else {
            return read();
        };
        let key = u32::try_from(index).unwrap_or(u32::MAX);
        let (seen, token) = slot.get();
        if seen == key && key != u32::MAX {
            return token;
        }
        let token = read();
        slot.set((key, token));
        token
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
        assert!(lex.word("said").is(3) && lex.word("Said").lower_is(3) && !lex.word("Said").is(3));
    }
}
