//! The word lists of `data/`: gazetteers (places, demonyms, given names), titles and the heads
//! of organisation names, read once.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: word lists are looked up for every capitalised token, and SipHash's protection
/// against crafted keys buys nothing for fixed lists.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of words with the fast hasher.
pub type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// Every word list the entity stage reads.
pub struct Lexicon {
    /// Countries, regions, capitals and large cities (`North Korea`, `Shenyang`).
    pub places: WordSet,
    /// Nationality adjectives and plural nouns (`Chinese`, `Americans`).
    pub demonyms: WordSet,
    /// Common given names (`Joseph`, `Adam`).
    pub given_names: WordSet,
    /// Titles as token sequences (`Gen.` is `Gen` and `.`), longest first.
    pub titles: Vec<Vec<&'static str>>,
    /// Every single word that is a title or starts one (`Major`, `Senior`, `Dr`).
    pub title_words: WordSet,
    /// Title words written with a full stop (`Gen`, `Lt`, `Dr`).
    pub abbreviated: WordSet,
    /// Last words that make a capitalised name an organisation (`University`, `FC`).
    pub org_heads: WordSet,
    /// Capitalised words that only start sentences (`The`, `However`).
    pub function_words: WordSet,
}

/// The entries of a word list: one a line, `#` starts a comment line.
pub fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The lists, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let title_lines: Vec<&'static str> =
            entries(include_str!("../../data/titles.txt")).collect();
        let mut titles: Vec<Vec<&'static str>> = title_lines
            .iter()
            .map(|t| {
                t.split_whitespace()
                    .flat_map(|w| match w.strip_suffix('.') {
                        Some(stem) => vec![stem, "."],
                        None => vec![w],
                    })
                    .collect()
            })
            .collect();
        titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
        let title_words = title_lines
            .iter()
            .flat_map(|t| t.split_whitespace())
            .map(|w| w.strip_suffix('.').unwrap_or(w))
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        let abbreviated = title_lines
            .iter()
            .flat_map(|t| t.split_whitespace())
            .filter_map(|w| w.strip_suffix('.'))
            .collect();
        Lexicon {
            places: entries(include_str!("../../data/places.txt"))
                .chain(entries(include_str!("../../data/gazetteer/places.txt")))
                .collect(),
            demonyms: entries(include_str!("../../data/demonyms.txt"))
                .chain(entries(include_str!("../../data/gazetteer/demonyms.txt")))
                .collect(),
            given_names: entries(include_str!("../../data/gazetteer/given_names.txt")).collect(),
            titles,
            title_words,
            abbreviated,
            org_heads: entries(include_str!("../../data/org_heads.txt")).collect(),
            function_words: super::features::FUNCTION_WORDS.iter().copied().collect(),
        }
    })
}
