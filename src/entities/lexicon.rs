//! The word lists of `data/`: gazetteers (places, demonyms, given names), titles and the heads
//! of organisation names, read once.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A fast hasher for short keys (words, word hashes): eight bytes at a time, each mixed in by
/// a multiplication (FxHash's scheme), and a final rotation so that the high bits the
/// multiplications mix best also pick the bucket. Word lists are looked up for every
/// capitalised token, and SipHash's protection against crafted keys buys nothing for fixed
/// lists.
#[derive(Default)]
pub struct WordHasher(u64);

const SEED: u64 = 0xf135_7aea_2e62_a9c5;

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        // The last one to seven bytes in one or two loads, not byte by byte (words are
        // short: most of a word is its rest): two overlapping halves, or the first, middle
        // and last bytes, each way every byte, with the length in the top bits.
        let rest = chunks.remainder();
        let n = rest.len();
        let four = |at: usize| {
            rest.get(at..at + 4)
                .and_then(|b| <[u8; 4]>::try_from(b).ok())
                .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
        };
        let byte = |at: usize| u64::from(rest.get(at).copied().unwrap_or(0));
        let word = if n >= 4 {
            four(0) << 32 | four(n - 4)
        } else {
            byte(0) << 16 | byte(n / 2) << 8 | byte(n.wrapping_sub(1))
        };
        if n > 0 {
            self.add(word ^ (n as u64) << 61);
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// A set of words with the fast hasher.
pub type WordSet = HashSet<&'static str, FastHash>;

/// The fast hasher's `BuildHasher`, for maps keyed by words.
pub type FastHash = BuildHasherDefault<WordHasher>;

/// Every word list the entity stage reads.
pub struct Lexicon {
    /// Countries, regions, capitals and large cities (`North Korea`, `Shenyang`).
    pub places: WordSet,
    /// The first words, up to the first white space, of the places that go on after one
    /// (`North` of `North Korea`; not `Shenyang`): a place read beyond a word that white space
    /// follows starts with one of these.
    place_heads: WordSet,
    /// Nationality adjectives and plural nouns (`Chinese`, `Americans`).
    pub demonyms: WordSet,
    /// Common given names (`Joseph`, `Adam`).
    pub given_names: WordSet,
    /// The given names that are a woman's (0: `Jane`) or a man's (1: `Tom`) only (a map to a
    /// `u32`, as the titles' maps: one hash table's code in the wasm).
    given_genders: HashMap<&'static str, u32, FastHash>,
    /// Titles as token sequences (`Gen.` is `Gen` and `.`), longest first.
    pub titles: Vec<Vec<&'static str>>,
    /// For a first token, the list in `title_lists` of the titles that start with it.
    titles_by_first: HashMap<&'static str, u32, FastHash>,
    /// For a last token, the list in `title_lists` of the titles that end with it.
    titles_by_last: HashMap<&'static str, u32, FastHash>,
    /// Lists of indexes in `titles`, in order. (Maps to a `u32` and lists apart: the wasm has
    /// one hash table's code for every map of words.)
    title_lists: Vec<Vec<usize>>,
    /// Every single word that is a title or starts one (`Major`, `Senior`, `Dr`).
    pub title_words: WordSet,
    /// Title words written with a full stop (`Gen`, `Lt`, `Dr`).
    pub abbreviated: WordSet,
    /// Last words that make a capitalised name an organisation (`University`, `FC`).
    pub org_heads: WordSet,
    /// Capitalised words that only start sentences (`The`, `However`).
    pub function_words: WordSet,
}

/// `s` up to its first white space.
fn first_word(s: &str) -> &str {
    s.find(char::is_whitespace)
        .map_or(s, |k| s.get(..k).unwrap_or(s))
}

impl Lexicon {
    /// The titles that start with token `w`, longest first.
    pub fn titles_starting(&self, w: &str) -> impl Iterator<Item = &[&'static str]> {
        self.titles_from(self.titles_by_first.get(w))
    }

    /// The titles that end with token `w`, longest first.
    pub fn titles_ending(&self, w: &str) -> impl Iterator<Item = &[&'static str]> {
        self.titles_from(self.titles_by_last.get(w))
    }

    fn titles_from(&self, list: Option<&u32>) -> impl Iterator<Item = &[&'static str]> {
        list.and_then(|&i| self.title_lists.get(i as usize))
            .into_iter()
            .flatten()
            .filter_map(|&k| self.titles.get(k).map(Vec::as_slice))
    }

    /// The first words of the places with white space in them (up to the first).
    pub fn place_heads(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.place_heads.iter().copied()
    }

    /// True when some place goes on after its first word (up to its first white space), `w`.
    pub fn is_place_head(&self, w: &str) -> bool {
        self.place_heads.contains(w)
    }

    /// What the gazetteer's first words tell, in one look-up, about every place name that
    /// would start at byte `start` of `text` and end by `max_end`.
    pub fn place_start(&self, text: &str, start: usize, max_end: usize) -> PlaceStart {
        let window = text.get(start..max_end).unwrap_or("");
        match window.find(char::is_whitespace) {
            Some(k) => PlaceStart {
                head_end: start + k,
                known: window
                    .get(..k)
                    .is_some_and(|h| self.place_heads.contains(h)),
            },
            None => PlaceStart {
                head_end: usize::MAX,
                known: false,
            },
        }
    }
}

/// The answer of [`Lexicon::place_start`]: whether a place may end at a given byte.
pub struct PlaceStart {
    /// Where the first word (up to the first white space) of the candidates ends.
    head_end: usize,
    /// Whether some place starts with that word and goes on after it.
    known: bool,
}

impl PlaceStart {
    /// False when no place starts at the probe's start and ends at byte `end`: a name longer
    /// than the first word goes on after it, and no place that does starts with that word.
    pub fn may_end_at(&self, end: usize) -> bool {
        self.known || end <= self.head_end
    }
}

/// The entries of a word list: one a line, `#` starts a comment line.
pub fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A front-coded list (see `build.rs`) as the plain list, one entry a line: read once, for the
/// life of the program.
fn front_decoded(coded: &str) -> &'static str {
    let mut out = String::with_capacity(coded.len() * 2);
    let mut prev = 0..0;
    for line in coded.lines() {
        let mut chars = line.chars();
        let shared = chars
            .next()
            .map_or(0, |c| (c as usize).saturating_sub('0' as usize));
        let start = out.len();
        let kept = prev.start..(prev.start + shared).min(prev.end);
        if let Some(head) = out.get(kept).map(str::to_owned) {
            out.push_str(&head);
        }
        out.push_str(chars.as_str());
        prev = start..out.len();
        out.push('\n');
    }
    out.leak()
}

/// The upper case of `c`, a character outside ASCII, when it begins a word of the place or
/// demonym lists (the table is `build.rs`'s); `None` when no word of theirs starts with it.
pub fn upper_first(c: char) -> Option<&'static str> {
    include_str!(concat!(env!("OUT_DIR"), "/upper_first.txt"))
        .lines()
        .find_map(|l| l.strip_prefix(c))
}

impl Lexicon {
    /// Whether `name` is a woman's given name (`Some(true)`: `Jane`), a man's (`Some(false)`:
    /// `Tom`), or either or unknown (`None`: `Jordan`).
    pub fn womans_name(&self, name: &str) -> Option<bool> {
        self.given_genders.get(name).map(|&g| g == 0)
    }
}

/// The lists, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let title_lines: Vec<&'static str> =
            entries(include_str!("../../data/titles.txt")).collect();
        // Each title as the tokens it is written in: a full stop and a hyphen are tokens of
        // their own (`Gen` `.`, `Secretary` `-` `General`).
        let mut titles: Vec<Vec<&'static str>> = title_lines
            .iter()
            .map(|t| {
                let mut tokens = Vec::new();
                for w in t.split_whitespace() {
                    let stem = w.strip_suffix('.');
                    for (k, part) in stem.unwrap_or(w).split('-').enumerate() {
                        if k > 0 {
                            tokens.push("-");
                        }
                        tokens.push(part);
                    }
                    if stem.is_some() {
                        tokens.push(".");
                    }
                }
                tokens
            })
            .collect();
        crate::sort::stable_sort_by_key(&mut titles, |t| std::cmp::Reverse(t.len()));
        let mut titles_by_first: HashMap<&str, u32, FastHash> = HashMap::default();
        let mut titles_by_last: HashMap<&str, u32, FastHash> = HashMap::default();
        let mut title_lists: Vec<Vec<usize>> = Vec::new();
        let mut add = |map: &mut HashMap<&'static str, u32, FastHash>, word, k| {
            let i = *map.entry(word).or_insert_with(|| {
                title_lists.push(Vec::new());
                (title_lists.len() - 1) as u32
            });
            if let Some(list) = title_lists.get_mut(i as usize) {
                list.push(k);
            }
        };
        for (k, t) in titles.iter().enumerate() {
            if let (Some(first), Some(last)) = (t.first(), t.last()) {
                add(&mut titles_by_first, first, k);
                add(&mut titles_by_last, last, k);
            }
        }
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
        let places: WordSet = entries(front_decoded(include_str!(concat!(
            env!("OUT_DIR"),
            "/places.front"
        ))))
        .collect();
        // (Every place read beyond a word that white space follows has the white space: a place
        // of one word, as three in four are, is no head.)
        let place_heads = places
            .iter()
            .filter_map(|p| Some(first_word(p)).filter(|h| h.len() < p.len()))
            .collect();
        // (`build.rs` marks a woman's name with a `<` after it, a man's with a `>`.)
        let mut given_names = WordSet::default();
        let mut given_genders: HashMap<&str, u32, FastHash> = HashMap::default();
        for e in entries(front_decoded(include_str!(concat!(
            env!("OUT_DIR"),
            "/given_names.front"
        )))) {
            let name = e.strip_suffix(['<', '>']);
            if let Some(name) = name {
                given_genders.insert(name, u32::from(e.ends_with('>')));
            }
            given_names.insert(name.unwrap_or(e));
        }
        Lexicon {
            places,
            place_heads,
            demonyms: entries(front_decoded(include_str!(concat!(
                env!("OUT_DIR"),
                "/demonyms.front"
            ))))
            .collect(),
            given_names,
            given_genders,
            titles,
            titles_by_first,
            titles_by_last,
            title_lists,
            title_words,
            abbreviated,
            org_heads: entries(front_decoded(include_str!(concat!(
                env!("OUT_DIR"),
                "/org_heads.front"
            ))))
            .collect(),
            function_words: super::features::FUNCTION_WORDS.iter().copied().collect(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_coded_lists_hold_their_files() {
        let lists = [
            (
                include_str!(concat!(env!("OUT_DIR"), "/given_names.front")),
                vec![
                    include_str!("../../data/given_names.txt"),
                    include_str!("../../data/gazetteer/given_names.txt"),
                ],
            ),
            (
                include_str!(concat!(env!("OUT_DIR"), "/places.front")),
                vec![
                    include_str!("../../data/places.txt"),
                    include_str!("../../data/gazetteer/places.txt"),
                ],
            ),
            (
                include_str!(concat!(env!("OUT_DIR"), "/demonyms.front")),
                vec![
                    include_str!("../../data/demonyms.txt"),
                    include_str!("../../data/gazetteer/demonyms.txt"),
                ],
            ),
            (
                include_str!(concat!(env!("OUT_DIR"), "/org_heads.front")),
                vec![include_str!("../../data/org_heads.txt")],
            ),
        ];
        for (coded, files) in lists {
            // (Less the given names' gender marks.)
            let decoded: HashSet<&str> = entries(front_decoded(coded))
                .map(|e| e.trim_end_matches(['<', '>']))
                .collect();
            let want: HashSet<&str> = files.into_iter().flat_map(entries).collect();
            assert!(want.len() > 100);
            assert_eq!(decoded, want);
        }
    }

    #[test]
    fn given_names_know_their_genders() {
        let lex = lexicon();
        assert_eq!(lex.womans_name("Jane"), Some(true));
        assert_eq!(lex.womans_name("Tom"), Some(false));
        // (Both, in one list or across them; and a name no English list gives.)
        for either in ["Jordan", "Jean", "Kim", "Laurence", "Smith"] {
            assert_eq!(lex.womans_name(either), None, "{either}");
        }
        assert!(["Jane", "Tom", "Jordan"]
            .iter()
            .all(|n| lex.given_names.contains(n)));
        let marked: Vec<&str> =
            entries(include_str!("../../data/gazetteer/given_name_genders.txt")).collect();
        assert!(marked.len() > 1000);
        for line in marked {
            let (name, g) = line.rsplit_once(' ').unwrap();
            assert_eq!(lex.womans_name(name), Some(g == "f"), "{line}");
        }
    }

    #[test]
    fn upper_first_is_to_uppercase_wherever_a_listed_word_can_start() {
        let lex = lexicon();
        let words: Vec<&str> = lex
            .places
            .iter()
            .chain(lex.demonyms.iter())
            .flat_map(|e| e.split(' '))
            .collect();
        let firsts: HashSet<char> = words.iter().filter_map(|w| w.chars().next()).collect();
        let mut found = 0;
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let upper: String = c.to_uppercase().collect();
            match upper_first(c) {
                Some(u) => {
                    assert_eq!(u, upper, "{c:?}");
                    found += 1;
                }
                None => assert!(
                    !upper.starts_with(|f| firsts.contains(&f))
                        || !words.iter().any(|w| w.starts_with(&upper)),
                    "{c:?}"
                ),
            }
        }
        assert!(found > 10, "{found}");
    }

    #[test]
    fn place_start_never_rules_out_a_place() {
        let lex = lexicon();
        let text =
            "From St. Louis to Washington D.C., North Korea and Hong Kong\u{a0}then U.S. ports.";
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let mut places = 0;
        for (k, &start) in bounds.iter().enumerate() {
            for &end in &bounds[k + 1..] {
                if !lex.places.contains(&text[start..end]) {
                    continue;
                }
                places += 1;
                for &max_end in bounds.iter().filter(|&&m| m >= end) {
                    let probe = lex.place_start(text, start, max_end);
                    assert!(probe.may_end_at(end), "{:?}", &text[start..end]);
                }
            }
        }
        assert!(places >= 5, "{places} places found");
        let at = text.find("to Washington").unwrap();
        let probe = lex.place_start(text, at, text.len());
        assert!(!probe.may_end_at(at + "to Washington".len()));
        assert!(
            probe.may_end_at(at + 1),
            "shorter than the first word: looked up"
        );
    }

    #[test]
    fn word_hasher_tells_short_words_apart() {
        use std::hash::BuildHasher;
        let hash = |w: &str| FastHash::default().hash_one(w);
        let words = [
            "",
            "a",
            "b",
            "ab",
            "ba",
            "a\0",
            "abcdefgh",
            "abcdefgh\0",
            "abcdefghi",
        ];
        for (i, a) in words.iter().enumerate() {
            for b in &words[i + 1..] {
                assert_ne!(hash(a), hash(b), "{a:?} {b:?}");
            }
        }
    }
}
