//! The tagger's features: hashed word shape, affixes, lower-case forms, context words,
//! gazetteer membership, sentence position and document-level evidence. Training and
//! inference call exactly this code.

use super::lexicon::{Fnv, Lexicon, WordSet};
use crate::segment::{Document, Sentence, Token};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// Number of tags: `O`, then `B`, `I`, `L`, `U` for each of person, org, place, misc.
pub const TAGS: usize = 17;
/// The `O` tag.
pub const O: u8 = 0;

/// Position of a token in a name under the BILOU scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    /// First token of a name of two or more.
    Begin,
    /// Inside a name.
    Inside,
    /// Last token of a name of two or more.
    Last,
    /// A one-token name.
    Unit,
}

/// The tag for a kind (0 person, 1 org, 2 place, 3 misc) and a position.
pub const fn tag(kind: u8, pos: Pos) -> u8 {
    1 + kind * 4
        + match pos {
            Pos::Begin => 0,
            Pos::Inside => 1,
            Pos::Last => 2,
            Pos::Unit => 3,
        }
}

/// The kind index and position of a tag other than `O`.
pub const fn split(tag: u8) -> Option<(u8, Pos)> {
    if tag == O || tag as usize >= TAGS {
        return None;
    }
    let k = (tag - 1) / 4;
    let pos = match (tag - 1) % 4 {
        0 => Pos::Begin,
        1 => Pos::Inside,
        2 => Pos::Last,
        _ => Pos::Unit,
    };
    Some((k, pos))
}

/// True when `next` may follow `prev`; names start only at a token with a capital letter
/// (`can_start`), which is also what makes tagging fast: most tokens need no scoring.
pub fn allowed(prev: u8, next: u8, can_start: bool) -> bool {
    let open = matches!(split(prev), Some((_, Pos::Begin | Pos::Inside)));
    match (split(prev), split(next)) {
        (Some((pk, Pos::Begin | Pos::Inside)), Some((nk, Pos::Inside | Pos::Last))) => pk == nk,
        (_, None) => !open,
        (_, Some((_, Pos::Begin | Pos::Unit))) => !open && can_start,
        _ => false,
    }
}

// Flag bits of a token.
const CAP: u32 = 1;
const ALL_CAPS: u32 = 1 << 1;
const DIGIT: u32 = 1 << 2;
const HYPHEN: u32 = 1 << 3;
const FIRST: u32 = 1 << 4;
const TITLE: u32 = 1 << 5;
const GIVEN: u32 = 1 << 6;
const PLACE: u32 = 1 << 7;
const DEMONYM: u32 = 1 << 8;
const ORG_HEAD: u32 = 1 << 9;
const FUNCTION: u32 = 1 << 10;
const CAP_ELSEWHERE: u32 = 1 << 11;
const LOWER_ELSEWHERE: u32 = 1 << 12;
const PLACE_BEGIN: u32 = 1 << 13;
const PLACE_INSIDE: u32 = 1 << 14;
const PUNCT: u32 = 1 << 15;
const GLUED_PREV: u32 = 1 << 16;
const LAST: u32 = 1 << 17;
const FLAG_COUNT: u32 = 18;

/// What the features need to know about one token, computed once per document.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokenInfo {
    lower: u64,
    shape: u64,
    prefix: u64,
    suffix2: u64,
    suffix3: u64,
    suffix4: u64,
    flags: u32,
    /// True when a name may start here (the token has a capital letter).
    pub can_start: bool,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

fn fnv_char(h: u64, c: char) -> u64 {
    let mut buf = [0u8; 4];
    fnv(h, c.encode_utf8(&mut buf).as_bytes())
}

/// A strong final mix (splitmix64), so that nearby values land in distant buckets.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Hash of the lower-case form of a word, of its last `n` characters when `n > 0`.
fn lower_hash(word: &str, skip: usize, take: usize) -> u64 {
    let mut h = FNV_OFFSET;
    if word.is_ascii() {
        let end = skip.saturating_add(take).min(word.len());
        for &b in word.as_bytes().get(skip.min(end)..end).unwrap_or(&[]) {
            h ^= u64::from(b.to_ascii_lowercase());
            h = h.wrapping_mul(FNV_PRIME);
        }
        return h;
    }
    for c in word.chars().skip(skip).take(take) {
        for l in c.to_lowercase() {
            h = fnv_char(h, l);
        }
    }
    h
}

fn shape_hash(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let mut last = '\0';
    let mut n = 0;
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if s != last {
            h = fnv_char(h, s);
            last = s;
            n += 1;
            if n >= 6 {
                break;
            }
        }
    }
    h
}

/// Sentence-initial words that are capitalised only because they start the sentence.
pub const FUNCTION_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "But",
    "And",
    "Or",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "By",
    "Of",
    "To",
    "Both",
    "Some",
    "Many",
    "Most",
    "All",
    "No",
    "Not",
    "There",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Meanwhile",
    "However",
    "Also",
    "Still",
    "Yet",
    "So",
    "Then",
    "Now",
    "Last",
    "Next",
    "Earlier",
    "Later",
    "Since",
    "Under",
    "Over",
    "Despite",
    "According",
    "Although",
    "Because",
    "Mr",
    "Mrs",
    "Ms",
    "My",
    "Its",
    "Your",
    "Is",
    "Was",
    "Are",
    "Do",
    "Does",
    "Did",
    "Will",
    "Would",
    "Can",
    "Could",
    "Should",
    "Just",
    "Even",
    "Only",
    "Here",
    "Each",
    "Every",
    "Other",
    "Another",
    "Such",
    "Until",
    "During",
    "About",
    "Than",
    "Thus",
];

/// The per-token information of a whole document. Document-level flags record whether the
/// word is also written capitalised inside a sentence, or in lower case, elsewhere in the text.
pub fn token_infos(text: &str, doc: &Document, lex: &Lexicon) -> Vec<TokenInfo> {
    // News repeats its words: each distinct word is read once.
    let mut known: HashMap<&str, TokenInfo, BuildHasherDefault<Fnv>> = HashMap::default();
    let mut infos: Vec<TokenInfo> = doc
        .tokens
        .iter()
        .map(|t| {
            let w = t.span.slice(text);
            *known.entry(w).or_insert_with(|| word_info(w, lex))
        })
        .collect();
    // Document evidence, keyed by the lower-case form.
    let mut seen: HashMap<u64, u32, BuildHasherDefault<Fnv>> = HashMap::default();
    for s in &doc.sentences {
        for (k, i) in s.tokens.clone().enumerate() {
            let Some(info) = infos.get_mut(i) else {
                continue;
            };
            if k == 0 {
                info.flags |= FIRST;
            }
            if k + 1 == s.tokens.len() {
                info.flags |= LAST;
            }
            if k > 0 && info.flags & CAP != 0 {
                *seen.entry(info.lower).or_default() |= CAP_ELSEWHERE;
            } else if info.flags & (CAP | PUNCT | DIGIT) == 0 {
                *seen.entry(info.lower).or_default() |= LOWER_ELSEWHERE;
            }
        }
        let tokens = doc.sentence_tokens(s);
        mark_places(
            text,
            tokens,
            lex,
            infos.get_mut(s.tokens.clone()).unwrap_or(&mut []),
        );
    }
    for (i, t) in doc.tokens.iter().enumerate() {
        let glued = i > 0 && doc.tokens[i - 1].span.end == t.span.start;
        if let Some(info) = infos.get_mut(i) {
            if glued {
                info.flags |= GLUED_PREV;
            }
            if let Some(f) = seen.get(&info.lower) {
                info.flags |= f;
            }
        }
    }
    infos
}

/// The same per-token information as [`token_infos`], made one sentence at a time: the
/// document evidence is gathered first, and each sentence's infos only when it is tagged, so
/// the tagger's memory is per sentence, not 56 bytes for every token of the document.
pub struct SentenceInfos<'t> {
    text: &'t str,
    doc: &'t Document,
    lex: &'t Lexicon,
    known: HashMap<&'t str, TokenInfo, BuildHasherDefault<Fnv>>,
    seen: HashMap<u64, u32, BuildHasherDefault<Fnv>>,
}

impl<'t> SentenceInfos<'t> {
    /// Reads the document evidence (how each word is written elsewhere in the text).
    pub fn new(text: &'t str, doc: &'t Document, lex: &'t Lexicon) -> SentenceInfos<'t> {
        let mut this = SentenceInfos {
            text,
            doc,
            lex,
            known: HashMap::default(),
            seen: HashMap::default(),
        };
        for s in &doc.sentences {
            for (k, i) in s.tokens.clone().enumerate() {
                let Some(info) = this.word(i) else {
                    continue;
                };
                if k > 0 && info.flags & CAP != 0 {
                    *this.seen.entry(info.lower).or_default() |= CAP_ELSEWHERE;
                } else if info.flags & (CAP | PUNCT | DIGIT) == 0 {
                    *this.seen.entry(info.lower).or_default() |= LOWER_ELSEWHERE;
                }
            }
        }
        this
    }

    fn word(&mut self, i: usize) -> Option<TokenInfo> {
        let w = self.doc.tokens.get(i)?.span.slice(self.text);
        let lex = self.lex;
        Some(*self.known.entry(w).or_insert_with(|| word_info(w, lex)))
    }

    /// The infos of sentence `s`'s tokens, in `out`.
    pub fn sentence(&mut self, s: &Sentence, out: &mut Vec<TokenInfo>) {
        out.clear();
        let n = s.tokens.len();
        for (k, i) in s.tokens.clone().enumerate() {
            let Some(mut info) = self.word(i) else {
                continue;
            };
            if k == 0 {
                info.flags |= FIRST;
            }
            if k + 1 == n {
                info.flags |= LAST;
            }
            let glued = i > 0
                && self
                    .doc
                    .tokens
                    .get(i - 1)
                    .zip(self.doc.tokens.get(i))
                    .is_some_and(|(p, t)| p.span.end == t.span.start);
            if glued {
                info.flags |= GLUED_PREV;
            }
            if let Some(f) = self.seen.get(&info.lower) {
                info.flags |= f;
            }
            out.push(info);
        }
        let tokens = self.doc.sentence_tokens(s);
        mark_places(self.text, tokens, self.lex, out);
    }
}

/// Marks the tokens inside a multi-word gazetteer place (`North Korea`, `Hong Kong`).
fn mark_places(text: &str, tokens: &[Token], lex: &Lexicon, infos: &mut [TokenInfo]) {
    let mut i = 0;
    while i < tokens.len() {
        if infos.get(i).is_none_or(|x| x.flags & CAP == 0) {
            i += 1;
            continue;
        }
        let longest = (i + 1..tokens.len().min(i + 4)).rev().find(|&j| {
            text.get(tokens[i].span.start..tokens[j].span.end)
                .is_some_and(|s| lex.places.contains(s))
        });
        match longest {
            Some(j) => {
                for (k, info) in infos.iter_mut().enumerate().take(j + 1).skip(i) {
                    info.flags |= if k == i { PLACE_BEGIN } else { PLACE_INSIDE };
                }
                i = j + 1;
            }
            None => i += 1,
        }
    }
}

/// True when the word is in one of the word lists (places, demonyms, given names, titles,
/// organisation heads, sentence-initial function words).
pub fn is_listed(word: &str, lex: &Lexicon) -> bool {
    listed(lex).contains_key(word)
}

/// The word-list flags of every listed word, in one map (one look-up per capitalised token).
fn listed(lex: &Lexicon) -> &'static HashMap<&'static str, u32, BuildHasherDefault<Fnv>> {
    static LISTED: OnceLock<HashMap<&'static str, u32, BuildHasherDefault<Fnv>>> = OnceLock::new();
    LISTED.get_or_init(|| {
        let mut map: HashMap<&'static str, u32, BuildHasherDefault<Fnv>> = HashMap::default();
        let lists: [(&WordSet, u32); 5] = [
            (&lex.title_words, TITLE),
            (&lex.given_names, GIVEN),
            (&lex.places, PLACE),
            (&lex.demonyms, DEMONYM),
            (&lex.org_heads, ORG_HEAD),
        ];
        for (set, flag) in lists {
            for w in set {
                *map.entry(w).or_default() |= flag;
            }
        }
        for w in FUNCTION_WORDS {
            *map.entry(w).or_default() |= FUNCTION;
        }
        map
    })
}

fn word_info(word: &str, lex: &Lexicon) -> TokenInfo {
    let mut flags = 0;
    let (letters, any_lower, any_upper, n);
    let (lower, prefix, suffix2, suffix3, suffix4);
    let bytes = word.as_bytes();
    if word.is_ascii() && bytes.len() <= 64 {
        // One pass over the bytes; the hashes equal the general path's.
        let mut buf = [0u8; 64];
        let (mut l, mut lo, mut up) = (0, false, false);
        for (k, &b) in bytes.iter().enumerate() {
            l += usize::from(b.is_ascii_alphabetic());
            lo |= b.is_ascii_lowercase();
            up |= b.is_ascii_uppercase();
            if b.is_ascii_digit() {
                flags |= DIGIT;
            }
            if let Some(x) = buf.get_mut(k) {
                *x = b.to_ascii_lowercase();
            }
        }
        n = bytes.len();
        let low = buf.get(..n).unwrap_or(&[]);
        let tail = |k: usize| fnv(FNV_OFFSET, low.get(n.saturating_sub(k)..).unwrap_or(&[]));
        lower = fnv(FNV_OFFSET, low);
        prefix = fnv(FNV_OFFSET, low.get(..n.min(3)).unwrap_or(&[]));
        suffix2 = tail(2);
        suffix3 = tail(3);
        suffix4 = tail(4);
        (letters, any_lower, any_upper) = (l, lo, up);
    } else {
        letters = word.chars().filter(|c| c.is_alphabetic()).count();
        any_lower = word.chars().any(char::is_lowercase);
        any_upper = word.chars().any(char::is_uppercase);
        if word.chars().any(|c| c.is_ascii_digit()) {
            flags |= DIGIT;
        }
        n = word.chars().count();
        lower = lower_hash(word, 0, usize::MAX);
        prefix = lower_hash(word, 0, 3);
        suffix2 = lower_hash(word, n.saturating_sub(2), 2);
        suffix3 = lower_hash(word, n.saturating_sub(3), 3);
        suffix4 = lower_hash(word, n.saturating_sub(4), 4);
    }
    if word.chars().next().is_some_and(char::is_uppercase) {
        flags |= CAP;
    }
    if letters >= 2 && !any_lower {
        flags |= ALL_CAPS;
    }
    if word.len() > 1 && word.contains('-') {
        flags |= HYPHEN;
    }
    if letters == 0 && flags & DIGIT == 0 {
        flags |= PUNCT;
    }
    // Every entry of the word lists starts with a capital (`plc` aside).
    if flags & CAP != 0 || word == "plc" {
        flags |= listed(lex).get(word).copied().unwrap_or(0);
    }
    TokenInfo {
        lower,
        shape: shape_hash(word),
        prefix,
        suffix2,
        suffix3,
        suffix4,
        flags,
        can_start: any_upper,
    }
}

/// Pushes the hashed features of token `i` of a sentence (its `infos`), given the two tags
/// before it. Hashes are reduced to buckets by the caller.
pub fn features(infos: &[TokenInfo], i: usize, prev: u8, prev2: u8, out: &mut Vec<u64>) {
    out.clear();
    let none = TokenInfo {
        lower: 1,
        shape: 1,
        ..TokenInfo::default()
    };
    let at = |k: isize| -> &TokenInfo {
        usize::try_from(i as isize + k)
            .ok()
            .and_then(|j| infos.get(j))
            .unwrap_or(&none)
    };
    let (w, p1, p2, n1, n2) = (at(0), at(-1), at(-2), at(1), at(2));
    let mut f = |template: u64, value: u64| out.push(mix(value ^ template.wrapping_mul(FNV_PRIME)));
    f(1, 0);
    f(2, w.lower);
    f(3, p1.lower);
    f(4, n1.lower);
    f(5, p2.lower);
    f(6, n2.lower);
    f(7, w.shape);
    f(8, p1.shape);
    f(9, n1.shape);
    f(10, w.suffix3);
    f(11, w.suffix2);
    f(12, w.prefix);
    f(13, w.suffix4);
    f(14, u64::from(prev));
    f(15, u64::from(prev) * 31 + u64::from(prev2));
    f(16, w.shape ^ u64::from(prev));
    f(17, fnv(p1.lower, &w.lower.to_le_bytes()));
    f(18, fnv(w.lower, &n1.lower.to_le_bytes()));
    f(
        19,
        w.shape ^ n1.shape.rotate_left(7) ^ p1.shape.rotate_left(19),
    );
    f(20, w.lower ^ u64::from(prev).rotate_left(11));
    for b in 0..FLAG_COUNT {
        if w.flags & (1 << b) != 0 {
            f(32 + u64::from(b), 0);
        }
    }
    // Neighbours' flags, only those that matter to a name's edges.
    let near = |x: u32, mask: u32, base: u64, f: &mut dyn FnMut(u64, u64)| {
        for b in 0..FLAG_COUNT {
            if x & mask & (1 << b) != 0 {
                f(base + u64::from(b), 0);
            }
        }
    };
    near(
        p1.flags,
        CAP | TITLE | GIVEN | ORG_HEAD | PLACE_BEGIN | PLACE_INSIDE | PUNCT,
        96,
        &mut f,
    );
    near(
        n1.flags,
        CAP | ORG_HEAD | PUNCT | DIGIT | GIVEN,
        128,
        &mut f,
    );
    f(
        64,
        u64::from(w.flags & (CAP | GIVEN | PLACE | DEMONYM | ORG_HEAD | TITLE)) << 8
            | u64::from(prev),
    );
    f(
        160,
        u64::from(w.flags & (CAP | FIRST | CAP_ELSEWHERE | LOWER_ELSEWHERE)),
    );
    f(
        161,
        u64::from(w.flags & (CAP | GIVEN | PLACE | DEMONYM)) | u64::from(n1.flags & CAP) << 20,
    );
}
