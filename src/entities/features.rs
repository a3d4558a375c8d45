//! The tagger's features: hashed word shape, affixes, lower-case forms, context words,
//! gazetteer membership, sentence position and document-level evidence. Training and
//! inference call exactly this code.

use super::lexicon::{FastHash, Lexicon, WordSet};
use super::words::{Run, Words};
use crate::segment::{Document, Sentence};
use std::collections::HashMap;
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
pub const fn allowed(prev: u8, next: u8, can_start: bool) -> bool {
    let open = matches!(split(prev), Some((_, Pos::Begin | Pos::Inside)));
    match (split(prev), split(next)) {
        (Some((pk, Pos::Begin | Pos::Inside)), Some((nk, Pos::Inside | Pos::Last))) => pk == nk,
        (_, None) => !open,
        (_, Some((_, Pos::Begin | Pos::Unit))) => !open && can_start,
        _ => false,
    }
}

/// The tags [`allowed`] after each tag, as bit sets (bit `t` for tag `t`), without and with
/// `can_start`: decoding asks for every tag of every scored token.
const NEXT_TAGS: [[u32; 2]; TAGS] = {
    let mut table = [[0; 2]; TAGS];
    let mut prev = 0;
    while prev < TAGS {
        let mut next = 0;
        while next < TAGS {
            if allowed(prev as u8, next as u8, false) {
                table[prev][0] |= 1 << next;
            }
            if allowed(prev as u8, next as u8, true) {
                table[prev][1] |= 1 << next;
            }
            next += 1;
        }
        prev += 1;
    }
    table
};

/// The set of tags allowed after `prev` (bit `t` for tag `t`).
pub fn next_tags(prev: u8, can_start: bool) -> u32 {
    NEXT_TAGS
        .get(prev as usize)
        .map_or(0, |t| t[usize::from(can_start)])
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
/// Not a feature (the features read the bits below `FLAG_COUNT` only): a legal form that ends
/// a company's name (`Inc`), which the look-up of the word lists' flags finds at no cost.
const LEGAL_FORM: u32 = 1 << FLAG_COUNT;
/// Not a feature either: the first word of a gazetteer place that goes on after it (`North`),
/// found by the same look-up.
const PLACE_HEAD: u32 = 1 << (FLAG_COUNT + 1);
/// Not a feature: every character of the word is a letter (`Beijing`; not `F-16`, not ``).
const ALL_LETTERS: u32 = 1 << (FLAG_COUNT + 2);
/// Not a feature: the word has a lower-case letter.
const HAS_LOWER: u32 = 1 << (FLAG_COUNT + 3);
/// Not a feature: every byte of the word is ASCII.
const ASCII: u32 = 1 << (FLAG_COUNT + 4);
/// Not a feature: a head that opens a body's name in another language (`Universidad`).
const FOREIGN_HEAD: u32 = 1 << (FLAG_COUNT + 5);
/// The flags of the word lists' map that are no list of [`is_listed`].
const NOT_LISTS: u32 = LEGAL_FORM | PLACE_HEAD | FOREIGN_HEAD;

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
pub(super) fn lower_hash(word: &str, skip: usize, take: usize) -> u64 {
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
        for l in crate::case::lower_char(c) {
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

/// The per-token information of a whole document (for training; tagging goes sentence by
/// sentence with [`sentence_infos`], which makes the same information). Tokens outside every
/// sentence get the default.
pub fn token_infos(text: &str, doc: &Document, lex: &Lexicon) -> Vec<TokenInfo> {
    let words = Words::new(text, doc, lex);
    let mut all = vec![TokenInfo::default(); doc.tokens.len()];
    let mut sentence = Vec::new();
    for s in &doc.sentences {
        sentence_infos(text, doc, &words, lex, s, &mut sentence);
        if let Some(slot) = all.get_mut(s.tokens.clone()) {
            if slot.len() == sentence.len() {
                slot.copy_from_slice(&sentence);
            }
        }
    }
    all
}

/// The document-evidence flags.
const ELSEWHERE: u32 = CAP_ELSEWHERE | LOWER_ELSEWHERE;

/// Adds the document's evidence about each distinct word's lower-case form (written
/// capitalised inside a sentence, or in lower case, somewhere in the text) to `infos`, the
/// information of the distinct words; `ids` are the document tokens' words.
pub(super) fn add_evidence(doc: &Document, ids: &[u32], infos: &mut [TokenInfo]) {
    for s in &doc.sentences {
        for (k, &id) in ids.get(s.tokens.clone()).unwrap_or(&[]).iter().enumerate() {
            let Some(info) = infos.get_mut(id as usize) else {
                continue;
            };
            if k > 0 && info.flags & CAP != 0 {
                info.flags |= CAP_ELSEWHERE;
            } else if info.flags & (CAP | PUNCT | DIGIT) == 0 {
                info.flags |= LOWER_ELSEWHERE;
            }
        }
    }
    // The evidence is about the lower-case form: `Trade` and `trade` share it. Each form's
    // first word holds the form's evidence: the forms in a table of those words (open
    // addressing, four bytes a slot; the forms' hashes are hashes already), each word's
    // first word kept, so that the words take the shared evidence without a second look-up.
    let size = (2 * infos.len()).next_power_of_two().max(16);
    let shift = 64 - size.trailing_zeros();
    let mut table: Vec<u32> = vec![0; size];
    let mut first: Vec<u32> = Vec::with_capacity(infos.len());
    let mut shared: Vec<u32> = vec![0; infos.len()];
    for (k, info) in infos.iter().enumerate() {
        let mut at = (info.lower.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> shift) as usize;
        let f = loop {
            match table.get(at) {
                Some(&0) | None => {
                    if let Some(slot) = table.get_mut(at) {
                        *slot = k as u32 + 1;
                    }
                    break k;
                }
                Some(&w) => {
                    let w = w as usize - 1;
                    if infos.get(w).is_some_and(|x| x.lower == info.lower) {
                        break w;
                    }
                }
            }
            at = (at + 1) & (size - 1);
        };
        if let Some(e) = shared.get_mut(f) {
            *e |= info.flags & ELSEWHERE;
        }
        first.push(f as u32);
    }
    for (info, &f) in infos.iter_mut().zip(&first) {
        info.flags |= shared.get(f as usize).copied().unwrap_or(0);
    }
}

/// The infos of sentence `s`'s tokens, in `out`: their words' with the positions and places.
pub fn sentence_infos(
    text: &str,
    doc: &Document,
    words: &Words,
    lex: &Lexicon,
    s: &Sentence,
    out: &mut Vec<TokenInfo>,
) {
    out.clear();
    let tokens = doc.sentence_tokens(s);
    let ids = words.ids(s.tokens.clone());
    let mut prev_end = s
        .tokens
        .start
        .checked_sub(1)
        .and_then(|p| doc.tokens.get(p))
        .map(|p| p.span().end);
    // One `extend` of a zip of slices: no capacity check a token.
    out.extend(tokens.iter().zip(ids).map(|(t, &id)| {
        let mut info = words.info_of(id);
        if prev_end == Some(t.span().start) {
            info.flags |= GLUED_PREV;
        }
        prev_end = Some(t.span().end);
        info
    }));
    if let Some(first) = out.first_mut() {
        first.flags |= FIRST;
    }
    if let Some(last) = out.last_mut() {
        last.flags |= LAST;
    }
    mark_places(text, words.run(tokens, s.tokens.start), lex, out);
}

/// Marks the tokens inside a multi-word gazetteer place (`North Korea`, `Hong Kong`).
fn mark_places(text: &str, run: Run, lex: &Lexicon, infos: &mut [TokenInfo]) {
    let tokens = run.tokens;
    let mut i = 0;
    while i < tokens.len() {
        if infos.get(i).is_none_or(|x| x.flags & CAP == 0) || !run.place_may_go_on(i) {
            i += 1;
            continue;
        }
        let start = tokens[i].span().start;
        let last = tokens.len().min(i + 4) - 1;
        let probe = lex.place_start(text, start, tokens[last].span().end);
        let longest = (i + 1..=last).rev().find(|&j| {
            let end = tokens[j].span().end;
            probe.may_end_at(end) && text.get(start..end).is_some_and(|s| lex.places.contains(s))
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
    listed(lex).get(word).is_some_and(|&f| f & !NOT_LISTS != 0)
}

/// The word-list flags of every listed word, in one map (one look-up per capitalised token).
fn listed(lex: &Lexicon) -> &'static HashMap<&'static str, u32, FastHash> {
    static LISTED: OnceLock<HashMap<&'static str, u32, FastHash>> = OnceLock::new();
    LISTED.get_or_init(|| {
        let lists: [(&WordSet, u32); 5] = [
            (&lex.title_words, TITLE),
            (&lex.given_names, GIVEN),
            (&lex.places, PLACE),
            (&lex.demonyms, DEMONYM),
            (&lex.org_heads, ORG_HEAD),
        ];
        // Sized at once, not rehashed as it grows.
        let most = lists.iter().map(|(set, _)| set.len()).sum::<usize>()
            + FUNCTION_WORDS.len()
            + super::LEGAL_FORMS.len()
            + super::FOREIGN_HEADS.len();
        let mut map: HashMap<&'static str, u32, FastHash> =
            HashMap::with_capacity_and_hasher(most, FastHash::default());
        for (set, flag) in lists {
            for w in set {
                *map.entry(w).or_default() |= flag;
            }
        }
        for w in FUNCTION_WORDS {
            *map.entry(w).or_default() |= FUNCTION;
        }
        for w in super::LEGAL_FORMS {
            *map.entry(w).or_default() |= LEGAL_FORM;
        }
        for w in super::FOREIGN_HEADS {
            *map.entry(w).or_default() |= FOREIGN_HEAD;
        }
        for w in lex.place_heads() {
            *map.entry(w).or_default() |= PLACE_HEAD;
        }
        map
    })
}

/// What the word lists say of a word, as its [`word_info`] found it.
pub(super) struct ListFlags {
    /// Starts with an upper-case letter (the lists are read only then, and for `plc`).
    pub capital: bool,
    /// In any list.
    pub any: bool,
    /// A sentence-initial function word.
    pub function: bool,
    /// A title word.
    pub title: bool,
    /// An organisation head.
    pub org_head: bool,
    /// A given name.
    pub given: bool,
    /// A one-word place.
    pub place: bool,
    /// A legal form (`Inc`).
    pub legal_form: bool,
    /// A head of a body's name in another language (`Universidad`).
    pub foreign_head: bool,
    /// In the demonyms list as written (`Chinese`).
    pub demonym: bool,
    /// The first word of a gazetteer place that goes on after it (`North`).
    pub place_head: bool,
}

impl TokenInfo {
    /// The hash of the word's lower-case form.
    pub fn lower(&self) -> u64 {
        self.lower
    }

    /// Whether the document writes the word capitalised inside a sentence, and in lower case
    /// (`Trade` and `trade` share it).
    pub fn elsewhere(&self) -> (bool, bool) {
        (
            self.flags & CAP_ELSEWHERE != 0,
            self.flags & LOWER_ELSEWHERE != 0,
        )
    }
}

/// Whether every character of the word is a letter, whether it has a lower-case one, and
/// whether it is all ASCII, as [`word_info`] found them.
pub(super) fn letter_flags(info: &TokenInfo) -> (bool, bool, bool) {
    (
        info.flags & ALL_LETTERS != 0,
        info.flags & HAS_LOWER != 0,
        info.flags & ASCII != 0,
    )
}

/// The word-list flags of a word's information (looked up only for capitalised words and `plc`).
pub(super) fn list_flags(info: &TokenInfo) -> ListFlags {
    let f = info.flags;
    ListFlags {
        capital: f & CAP != 0,
        any: f & (FUNCTION | TITLE | ORG_HEAD | GIVEN | PLACE | DEMONYM) != 0,
        function: f & FUNCTION != 0,
        title: f & TITLE != 0,
        org_head: f & ORG_HEAD != 0,
        given: f & GIVEN != 0,
        place: f & PLACE != 0,
        legal_form: f & LEGAL_FORM != 0,
        foreign_head: f & FOREIGN_HEAD != 0,
        demonym: f & DEMONYM != 0,
        place_head: f & PLACE_HEAD != 0,
    }
}

// What [`ASCII_KIND`] says of a byte.
const UPPER_BYTE: u8 = 1;
const LOWER_BYTE: u8 = 2;
const DIGIT_BYTE: u8 = 4;
const HYPHEN_BYTE: u8 = 8;

/// Each byte's kind: an upper-case or a lower-case ASCII letter, a digit, a hyphen (or none).
const ASCII_KIND: [u8; 256] = {
    let mut kind = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        kind[b] = match b as u8 {
            b'A'..=b'Z' => UPPER_BYTE,
            b'a'..=b'z' => LOWER_BYTE,
            b'0'..=b'9' => DIGIT_BYTE,
            b'-' => HYPHEN_BYTE,
            _ => 0,
        };
        b += 1;
    }
    kind
};

/// Each byte's class in a word's shape: `X`, `x`, `d` or the byte itself.
const SHAPE_CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        class[b] = match b as u8 {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            other => other,
        };
        b += 1;
    }
    class
};

/// An ASCII byte in lower case: an upper-case letter plus 32.
fn ascii_lower(b: u8) -> u8 {
    b | (ASCII_KIND[usize::from(b)] & UPPER_BYTE) << 5
}

/// The prefix and the last two, three and four characters' hashes of an ASCII word whose
/// lower-case hash is `whole`: straight from the word's ends, as `lower_hash` would make them
/// (a word no longer than an affix is its own affix).
fn ascii_affixes(bytes: &[u8], whole: u64) -> (u64, u64, u64, u64) {
    let step = |h: u64, b: u8| (h ^ u64::from(ascii_lower(b))).wrapping_mul(FNV_PRIME);
    match *bytes {
        [a, b, c, ..] => {
            let prefix = step(step(step(FNV_OFFSET, a), b), c);
            let n = bytes.len();
            let (w, [x, y, z]) = match bytes.get(n.saturating_sub(4)..) {
                Some(&[w, x, y, z]) => (Some(w), [x, y, z]),
                _ => (None, [a, b, c]),
            };
            let suffix2 = step(step(FNV_OFFSET, y), z);
            let suffix3 = step(step(step(FNV_OFFSET, x), y), z);
            let suffix4 = w.map_or(whole, |w| step(step(step(step(FNV_OFFSET, w), x), y), z));
            (prefix, suffix2, suffix3, suffix4)
        }
        _ => (whole, whole, whole, whole),
    }
}

/// The word with the accents of Latin-1 letters taken off (`María` as `Maria`: each is two
/// bytes, the first 0xC3), in `buf`; `None` when it does not fit.
fn unaccented<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    const PLAIN: &[u8; 64] = b"AAAAAA*CEEEEIIIIDNOOOOO*OUUUUY**aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";
    let mut n = 0;
    let mut bytes = word.bytes();
    while let Some(b) = bytes.next() {
        let plain = if b == 0xC3 {
            *PLAIN.get(usize::from(bytes.next()?.wrapping_sub(0x80)))?
        } else {
            b
        };
        *buf.get_mut(n)? = plain;
        n += 1;
    }
    std::str::from_utf8(buf.get(..n)?).ok()
}

/// What the features need to know about a word, wherever it stands.
pub(super) fn word_info(word: &str, lex: &Lexicon) -> TokenInfo {
    let mut flags = 0;
    let (letters, any_lower, any_upper, n);
    let (lower, prefix, suffix2, suffix3, suffix4, shape);
    let bytes = word.as_bytes();
    let mut hyphen = false;
    let ascii = word.is_ascii();
    let capital;
    if ascii {
        // Two passes over the bytes, each classed by a table; the hashes equal the general
        // path's. The shape's pass stops at its sixth run: both loops stay short enough for
        // their state to live in registers (one loop doing both took 40 instructions a byte).
        let (mut l, mut seen) = (0, 0u8);
        let mut low_hash = FNV_OFFSET;
        for &b in bytes {
            let kind = ASCII_KIND[usize::from(b)];
            seen |= kind;
            l += usize::from(kind & (UPPER_BYTE | LOWER_BYTE) != 0);
            low_hash = (low_hash ^ u64::from(ascii_lower(b))).wrapping_mul(FNV_PRIME);
        }
        let (mut sh, mut last, mut runs) = (FNV_OFFSET, 0u8, 0);
        for &b in bytes {
            let class = SHAPE_CLASS[usize::from(b)];
            if class != last {
                // `fnv` of one byte.
                sh = (sh ^ u64::from(class)).wrapping_mul(FNV_PRIME);
                last = class;
                runs += 1;
                if runs == 6 {
                    break;
                }
            }
        }
        if seen & DIGIT_BYTE != 0 {
            flags |= DIGIT;
        }
        hyphen = seen & HYPHEN_BYTE != 0;
        n = bytes.len();
        lower = low_hash;
        (prefix, suffix2, suffix3, suffix4) = ascii_affixes(bytes, low_hash);
        shape = sh;
        (letters, any_lower, any_upper) = (l, seen & LOWER_BYTE != 0, seen & UPPER_BYTE != 0);
        capital = bytes.first().is_some_and(u8::is_ascii_uppercase);
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
        shape = shape_hash(word);
        capital = word.chars().next().is_some_and(char::is_uppercase);
    }
    if capital {
        flags |= CAP;
    }
    if letters >= 2 && !any_lower {
        flags |= ALL_CAPS;
    }
    if word.len() > 1 && (hyphen || !ascii && word.contains('-')) {
        flags |= HYPHEN;
    }
    if letters == 0 && flags & DIGIT == 0 {
        flags |= PUNCT;
    }
    if letters == n {
        flags |= ALL_LETTERS;
    }
    if any_lower {
        flags |= HAS_LOWER;
    }
    if ascii {
        flags |= ASCII;
    }
    // Every entry of the word lists starts with a capital (`plc` aside).
    if flags & CAP != 0 || word == "plc" {
        flags |= listed(lex).get(word).copied().unwrap_or(0);
        // The given names are listed without accents (`Jose`); news writes `José`, `María`
        // (not `Lô`, of places).
        if !ascii && flags & GIVEN == 0 && word.len() > 3 {
            let plain = unaccented(word, &mut [0; 24]).and_then(|w| listed(lex).get(w).copied());
            flags |= plain.unwrap_or(0) & GIVEN;
        }
    }
    TokenInfo {
        lower,
        shape,
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
    each_feature(infos, i, prev, prev2, |f| out.push(f));
}

/// The most features [`each_feature`] makes for a token: 20 templates, the token's flags and
/// its neighbours' (at most 18 + 7 + 5) and 3 combinations.
pub const MAX_FEATURES: usize = 64;

/// Hands the features of [`features`] to `sink` one by one, in the same order; returns how
/// many.
pub fn each_feature(
    infos: &[TokenInfo],
    i: usize,
    prev: u8,
    prev2: u8,
    mut sink: impl FnMut(u64),
) -> usize {
    let mut keys = [0u64; MAX_FEATURES];
    let n = feature_keys(infos, i, prev, prev2, &mut keys);
    let keys = keys.get(..n).unwrap_or(&[]);
    // One call of `sink` in a loop, where it is inlined, rather than one per template.
    for &key in keys {
        sink(mix(key));
    }
    keys.len()
}

/// The features of token `i` before the final [`mix`], in `keys`; returns how many.
fn feature_keys(
    infos: &[TokenInfo],
    i: usize,
    prev: u8,
    prev2: u8,
    keys: &mut [u64; MAX_FEATURES],
) -> usize {
    let mut n = 0;
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
    let mut f = |template: u64, value: u64| {
        if let Some(k) = keys.get_mut(n) {
            *k = value ^ template.wrapping_mul(FNV_PRIME);
            n += 1;
        }
    };
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
    // Set flags in ascending order (training sums the weights in this order). Generic, not a
    // `dyn` closure: the sink's sums then stay in registers.
    fn set_flags(x: u32, base: u64, f: &mut impl FnMut(u64, u64)) {
        let mut x = x & ((1 << FLAG_COUNT) - 1);
        while x != 0 {
            f(base + u64::from(x.trailing_zeros()), 0);
            x &= x - 1;
        }
    }
    set_flags(w.flags, 32, &mut f);
    // Neighbours' flags, only those that matter to a name's edges.
    set_flags(
        p1.flags & (CAP | TITLE | GIVEN | ORG_HEAD | PLACE_BEGIN | PLACE_INSIDE | PUNCT),
        96,
        &mut f,
    );
    set_flags(
        n1.flags & (CAP | ORG_HEAD | PUNCT | DIGIT | GIVEN),
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
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::lexicon::lexicon;

    /// The information of `word` as the general (Unicode) path works it out.
    fn by_chars(word: &str) -> (u64, u64, u64, u64, u64, u64, u32, bool) {
        let n = word.chars().count();
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let mut flags = 0;
        if word.chars().any(|c| c.is_ascii_digit()) {
            flags |= DIGIT;
        }
        if word.chars().next().is_some_and(char::is_uppercase) {
            flags |= CAP;
        }
        if letters >= 2 && !word.chars().any(char::is_lowercase) {
            flags |= ALL_CAPS;
        }
        if word.len() > 1 && word.contains('-') {
            flags |= HYPHEN;
        }
        if letters == 0 && flags & DIGIT == 0 {
            flags |= PUNCT;
        }
        (
            lower_hash(word, 0, usize::MAX),
            shape_hash(word),
            lower_hash(word, 0, 3),
            lower_hash(word, n.saturating_sub(2), 2),
            lower_hash(word, n.saturating_sub(3), 3),
            lower_hash(word, n.saturating_sub(4), 4),
            flags,
            word.chars().any(char::is_uppercase),
        )
    }

    #[test]
    fn ascii_words_get_the_general_paths_information() {
        let lex = lexicon();
        let long = "Abcdefghij".repeat(7);
        let words = [
            "",
            "a",
            "I",
            "US",
            "Abc",
            "Beijing",
            "F-16",
            "e-mail",
            "-",
            "--",
            "2024",
            "9:30",
            "x2",
            "McDonald's",
            "ABC-123x",
            "AAAAAAA",
            "aBcDeFgHiJ",
            "Hello!!!",
            "`~",
            "\u{0}A",
            &long[..64],
            &long[..65],
            &long,
        ];
        for w in words {
            let info = word_info(w, lex);
            let list = |f: u32| f & !(TITLE | GIVEN | PLACE | DEMONYM | ORG_HEAD | FUNCTION);
            let got = (
                info.lower,
                info.shape,
                info.prefix,
                info.suffix2,
                info.suffix3,
                info.suffix4,
                list(info.flags) & !(NOT_LISTS | ALL_LETTERS | HAS_LOWER | ASCII),
                info.can_start,
            );
            assert_eq!(got, by_chars(w), "{w:?}");
            let letters = (
                w.chars().all(char::is_alphabetic),
                w.chars().any(char::is_lowercase),
                w.is_ascii(),
            );
            assert_eq!(letter_flags(&info), letters, "{w:?}");
        }
    }
}
