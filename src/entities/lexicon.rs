//! The word lists of `data/`: gazetteers (places, demonyms, given names), titles and the heads
//! of organisation names, read once.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Every word list the entity stage reads.
pub struct Lexicon {
    /// Countries, regions, capitals and large cities (`North Korea`, `Shenyang`).
    pub places: HashSet<&'static str>,
    /// Nationality adjectives and plural nouns (`Chinese`, `Americans`).
    pub demonyms: HashSet<&'static str>,
    /// Common given names (`Joseph`, `Adam`).
    pub given_names: HashSet<&'static str>,
    /// Titles as token sequences (`Gen.` is `Gen` and `.`), longest first.
    pub titles: Vec<Vec<&'static str>>,
    /// Every single word that is a title or starts one (`Major`, `Senior`, `Dr`).
    pub title_words: HashSet<&'static str>,
    /// Title words written with a full stop (`Gen`, `Lt`, `Dr`).
    pub abbreviated: HashSet<&'static str>,
    /// Last words that make a capitalised name an organisation (`University`, `FC`).
    pub org_heads: HashSet<&'static str>,
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
        }
    })
}
