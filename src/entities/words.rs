//! The document's words, each read once: every token gets the id of its distinct word, and
//! each distinct word what the tagger and the rules ask of it (its features, whether it is
//! capitalised, a title word, a given name …). The tagger and the rules then index tables and
//! test bits instead of slicing, hashing and lower-casing the same words again and again.

use super::features::{self, TokenInfo};
use super::lexicon::{FastHash, Lexicon};
use crate::segment::{Document, Token, TokenBlocks};
use crate::span::Span;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::ops::Range;

// What the rules ask of a word, as bits.
/// Starts with an upper-case letter (`Beijing`, `US`).
pub const CAPITAL: u32 = 1;
/// A capitalised word that only starts sentences (`The`, `However`).
pub const FUNCTION: u32 = 1 << 1;
/// A title or the first word of one (`Major`, `Dr`).
pub const TITLE_WORD: u32 = 1 << 2;
/// The head of an organisation's name (`University`, `FC`).
pub const ORG_HEAD: u32 = 1 << 3;
/// A given name (`Adam`).
pub const GIVEN: u32 = 1 << 4;
/// In one of the word lists ([`features::is_listed`]).
pub const LISTED: u32 = 1 << 5;
/// A nationality (`Iraqi`, `Iraqis`): [`super::is_demonym`] of the word.
pub const DEMONYM: u32 = 1 << 6;
/// A role noun in any case (`analyst`, `Meteorologist`).
pub const ROLE: u32 = 1 << 7;
/// A role noun as written before a name (`analyst`, not `Analyst`).
pub const ROLE_LOWER: u32 = 1 << 8;
/// Two or more characters, all of them letters.
pub const LETTERS: u32 = 1 << 9;
/// Has an upper-case letter.
pub const ANY_UPPER: u32 = 1 << 10;
/// Has a lower-case letter.
pub const ANY_LOWER: u32 = 1 << 11;
/// A lower-case particle inside a person's name (`al`, `van`).
pub const PARTICLE: u32 = 1 << 12;
/// The second half of a compound adjective made from a name (`backed` in `Putin-backed`).
pub const COMPOUND_TAIL: u32 = 1 << 13;
/// A single-word place in the gazetteer (`Lima`).
pub const PLACE: u32 = 1 << 14;
/// The first word, up to its white space, of a gazetteer place that goes on after it (`North`
/// of `North Korea`; not `Lima`).
pub const PLACE_HEAD: u32 = 1 << 15;
/// A legal form that ends a company's name (`Inc`, `AG`: [`super::LEGAL_FORMS`]).
pub const LEGAL_FORM: u32 = 1 << 16;
/// A noun that describes an organisation, in any case (`carmaker`, `Chipmaker`:
/// [`super::ORG_NOUNS`]).
pub const ORG_NOUN: u32 = 1 << 17;
/// The plural of an organisation noun, in any case (`carmakers`, `Start-ups`).
pub const ORG_NOUN_PLURAL: u32 = 1 << 18;
/// The plural of a role noun, in any case (`writers`, `Analysts`).
pub const ROLE_PLURAL: u32 = 1 << 19;
/// A head that opens a body's name in another language (`Universidad`:
/// [`super::FOREIGN_HEADS`]).
pub const FOREIGN_HEAD: u32 = 1 << 20;

/// The document's tokens as distinct words.
pub struct Words<'t> {
    /// The document's text.
    doc_text: &'t str,
    /// The distinct word of each token of the document.
    ids: Vec<u32>,
    /// The distinct word of a text.
    index: Index,
    /// Each distinct word's text.
    text: Vec<&'t str>,
    /// Each distinct word's bits (`CAPITAL` …).
    bits: Vec<u32>,
    /// Each distinct word's tagger information, with the document's evidence about it.
    infos: Vec<TokenInfo>,
    /// The document's tokens.
    tokens: &'t [Token],
    /// The tokens by position.
    blocks: TokenBlocks,
}

impl<'t> Words<'t> {
    /// Reads every token of `doc` once.
    pub fn new(text: &'t str, doc: &'t Document, lex: &Lexicon) -> Words<'t> {
        // News repeats its words: a few hundred distinct ones in an article.
        let guess = (doc.tokens.len() / 2).min(1 << 14);
        let mut words = Words {
            doc_text: text,
            ids: Vec::with_capacity(doc.tokens.len()),
            index: Index::with_room_for(guess),
            text: Vec::with_capacity(guess),
            bits: Vec::with_capacity(guess),
            infos: Vec::with_capacity(guess),
            tokens: &doc.tokens,
            blocks: TokenBlocks::new(text.len(), &doc.tokens),
        };
        for t in &doc.tokens {
            let w = text.get(t.span().range()).unwrap_or("");
            let hash = word_hash(w.as_bytes());
            let id = match words.index.find(hash, w, &words.text) {
                Ok(id) => id,
                Err(slot) => {
                    let info = features::word_info(w, lex);
                    words.bits.push(rule_bits(w, &info, lex));
                    words.infos.push(info);
                    words.text.push(w);
                    let id = (words.text.len() - 1) as u32;
                    words.index.insert(slot, hash, id);
                    id
                }
            };
            words.ids.push(id);
        }
        features::add_evidence(doc, &words.ids, &mut words.infos);
        words
    }

    /// Index of the first token starting at or after byte `pos` (as
    /// [`Document::token_at_or_after`]): the rules ask it of every mention's start and end,
    /// in no order that a search from the last answer would suit.
    #[inline(never)]
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.blocks.token_at_or_after(self.tokens, pos)
    }

    /// The tokens of `span`, which starts and ends at token boundaries (a mention's).
    pub fn tokens_of(&self, span: Span) -> std::ops::Range<usize> {
        self.token_at_or_after(span.start)..self.token_at_or_after(span.end)
    }

    /// The distinct word whose text is `w`, if the document has it.
    pub fn id_of(&self, w: &str) -> Option<u32> {
        self.index.find(word_hash(w.as_bytes()), w, &self.text).ok()
    }

    /// The marks of the distinct words that have any of `bits` or are in `lists`, by word id: a
    /// rule that starts only at some words finds them once (one look-up a listed word), then
    /// reads a mark a token, not a text.
    pub fn marks(&self, bits: u32, lists: &[&[&str]]) -> Marks {
        let mut marks: Vec<bool> = self.bits.iter().map(|&b| b & bits != 0).collect();
        for id in lists
            .iter()
            .copied()
            .flatten()
            .filter_map(|w| self.id_of(w))
        {
            if let Some(m) = marks.get_mut(id as usize) {
                *m = true;
            }
        }
        Marks(marks)
    }

    /// The distinct word of token `i` of the document.
    pub fn id(&self, i: usize) -> Option<u32> {
        self.ids.get(i).copied()
    }

    /// The ids of the document's tokens `range`.
    pub fn ids(&self, range: std::ops::Range<usize>) -> &[u32] {
        self.ids.get(range).unwrap_or(&[])
    }

    /// The text of a distinct word.
    pub fn text_of(&self, id: u32) -> &'t str {
        self.text.get(id as usize).copied().unwrap_or("")
    }

    /// The bits of a distinct word.
    pub fn bits_of(&self, id: u32) -> u32 {
        self.bits.get(id as usize).copied().unwrap_or(0)
    }

    /// The tagger's information about a distinct word.
    pub fn info_of(&self, id: u32) -> TokenInfo {
        self.infos.get(id as usize).copied().unwrap_or_default()
    }

    /// How many distinct words there are.
    pub fn distinct(&self) -> usize {
        self.text.len()
    }

    /// The text of token `i` of the document (`""` outside it).
    pub fn word(&self, i: usize) -> &'t str {
        self.id(i).map_or("", |id| self.text_of(id))
    }

    /// True when token `i` of the document has any of `bits`.
    pub fn any(&self, i: usize, bits: u32) -> bool {
        self.bits(i) & bits != 0
    }

    /// The bits of token `i` of the document (none outside it).
    pub fn bits(&self, i: usize) -> u32 {
        self.id(i).map_or(0, |id| self.bits_of(id))
    }

    /// The tokens `range` of the document (a sentence) seen through their words.
    pub fn run<'w>(&'w self, tokens: &'w [Token], start: usize) -> Run<'w, 't> {
        Run {
            tokens,
            ids: self.ids(start..start + tokens.len()),
            words: self,
        }
    }
}

/// Some of a document's distinct words ([`Words::marks`]).
pub struct Marks(Vec<bool>);

/// Sequences of the document's words (the names found so far, as the tokens of one
/// occurrence), each kept once and numbered in the order kept, found by a hash of their
/// words; with, for each word, the most tokens a sequence starting with it has. What starts
/// at a token is then one look-up per length, however many sequences share its first word
/// (`Ann Cole0`, `Ann Cole1` …: read one by one, quadratic in a long document).
pub struct Phrases<'w, 't> {
    words: &'w Words<'t>,
    /// Each sequence's tokens, and the number of the next in its chain (`NO_PHRASE` ends it).
    kept: Vec<(Range<usize>, u32)>,
    /// The number of the first sequence of each chain, by hash.
    heads: Vec<u32>,
    /// The most tokens a sequence starting with each distinct word has.
    longest: Vec<usize>,
}

const NO_PHRASE: u32 = u32::MAX;

impl<'w, 't> Phrases<'w, 't> {
    /// The most tokens a sequence kept has: a capitalised run of thousands of words is no
    /// name to look for at each of its words.
    pub const LONGEST: usize = 16;

    /// An empty set with room for about `n` sequences.
    pub fn with_room_for(words: &'w Words<'t>, n: usize) -> Self {
        Phrases {
            words,
            kept: Vec::with_capacity(n),
            heads: vec![NO_PHRASE; (2 * n).next_power_of_two()],
            longest: vec![0; words.distinct()],
        }
    }

    fn chain(&self, ids: &[u32]) -> usize {
        FastHash::default().hash_one(ids) as usize & (self.heads.len() - 1)
    }

    /// The number of the sequence of words `ids`, if kept.
    pub fn find(&self, ids: &[u32]) -> Option<usize> {
        let mut at = self.heads.get(self.chain(ids)).copied()?;
        while let Some((tokens, next)) = self.kept.get(at as usize) {
            if self.words.ids(tokens.clone()) == ids {
                return Some(at as usize);
            }
            at = *next;
        }
        None
    }

    /// Keeps the words of the document's `tokens` and returns their number, unless they are
    /// none, more than [`Phrases::LONGEST`] or kept already.
    pub fn insert(&mut self, tokens: Range<usize>) -> Option<usize> {
        let ids = self.words.ids(tokens.clone());
        let first = *ids.first()?;
        if ids.len() > Self::LONGEST || self.find(ids).is_some() {
            return None;
        }
        let (n, len, chain) = (self.kept.len(), ids.len(), self.chain(ids));
        let head = self.heads.get_mut(chain)?;
        self.kept.push((tokens, std::mem::replace(head, n as u32)));
        if let Some(most) = self.longest.get_mut(first as usize) {
            *most = (*most).max(len);
        }
        Some(n)
    }

    /// True when no sequence is kept.
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    /// The sequences kept that the words `ids` start with, the longest first: (their length,
    /// their number).
    pub fn starting<'a>(&'a self, ids: &'a [u32]) -> impl Iterator<Item = (usize, usize)> + 'a {
        let most = ids
            .first()
            .and_then(|&id| self.longest.get(id as usize))
            .map_or(0, |&n| n.min(ids.len()));
        (1..=most)
            .rev()
            .filter_map(move |len| Some((len, self.find(ids.get(..len)?)?)))
    }
}

/// A run of tokens (a sentence) with their words, indexed from 0.
#[derive(Clone, Copy)]
pub struct Run<'w, 't> {
    /// The tokens.
    pub tokens: &'w [Token],
    ids: &'w [u32],
    words: &'w Words<'t>,
}

impl<'t> Run<'_, 't> {
    /// The text of token `i` (`""` outside the run).
    pub fn word(&self, i: usize) -> &'t str {
        self.ids.get(i).map_or("", |&id| self.words.text_of(id))
    }

    /// The distinct word of token `i`.
    pub fn id(&self, i: usize) -> Option<u32> {
        self.ids.get(i).copied()
    }

    /// True when token `i` has any of `bits` (false outside the run).
    pub fn any(&self, i: usize, bits: u32) -> bool {
        self.bits(i) & bits != 0
    }

    /// The bits of token `i` (none outside the run).
    pub fn bits(&self, i: usize) -> u32 {
        self.ids.get(i).map_or(0, |&id| self.words.bits_of(id))
    }

    /// False when no gazetteer place starts with token `i` and goes on after it: white space
    /// follows the token, so such a place's first word would be the token's word, and no place
    /// that goes on after its first word starts with that word.
    pub fn place_may_go_on(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return true;
        };
        let spaced = self
            .words
            .doc_text
            .get(t.span().end..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_whitespace);
        !spaced || self.any(i, PLACE_HEAD)
    }

    /// The first token at or after token `i` that has any of `bits`: the rules that start at
    /// capitalised words go from one to the next.
    pub fn next_with(&self, i: usize, bits: u32) -> Option<usize> {
        // (Through the word ids: a copy of the bits per token would cost four bytes a token,
        // ~0.9× the input at the peak, for ~0.3 M instructions a bench round.)
        let words = self.words;
        let k = self
            .ids
            .get(i..)?
            .iter()
            .position(|&id| words.bits_of(id) & bits != 0)?;
        Some(i + k)
    }

    /// The first token at or after token `i` whose word `marks` has.
    pub fn next_marked(&self, i: usize, marks: &Marks) -> Option<usize> {
        let k = self
            .ids
            .get(i..)?
            .iter()
            .position(|&id| marks.0.get(id as usize).copied().unwrap_or(false))?;
        Some(i + k)
    }

    /// The tokens whose words `marks` has, in order.
    pub fn marked<'m>(&'m self, marks: &'m Marks) -> impl Iterator<Item = usize> + 'm {
        std::iter::successors(self.next_marked(0, marks), |&i| {
            self.next_marked(i + 1, marks)
        })
    }

    /// True when the document writes token `i`'s word in lower case somewhere.
    pub fn lower_elsewhere(&self, i: usize) -> bool {
        self.id(i)
            .is_some_and(|id| self.words.info_of(id).elsewhere().1)
    }

    /// How many tokens the run has.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }
}

/// The distinct words by their text: open addressing over their ids, which keeps four bytes
/// a slot and a hash a word, where a map of the words' texts kept twenty-four bytes an entry,
/// and reads a short word's bytes at once instead of byte by byte.
struct Index {
    /// `id + 1` of the word in each slot, `0` for none; a power of two long, at most half full.
    slots: Vec<u32>,
    /// Each distinct word's hash.
    hashes: Vec<u32>,
}

impl Index {
    /// An empty index with room for about `n` words.
    fn with_room_for(n: usize) -> Index {
        Index {
            slots: vec![0; (2 * n).next_power_of_two().max(16)],
            hashes: Vec::with_capacity(n),
        }
    }

    /// The id of `w` (its `hash` is [`word_hash`]; `texts` are the words' texts), or the empty
    /// slot where it goes.
    #[inline]
    fn find(&self, hash: u32, w: &str, texts: &[&str]) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        loop {
            match self.slots.get(at) {
                Some(&s) if s != 0 => {
                    let id = s - 1;
                    let same = self.hashes.get(id as usize) == Some(&hash)
                        && texts.get(id as usize) == Some(&w);
                    if same {
                        return Ok(id);
                    }
                }
                _ => return Err(at),
            }
            at = (at + 1) & mask;
        }
    }

    /// Puts word `id` (of `hash`) in empty `slot`, as [`Index::find`] found it.
    fn insert(&mut self, slot: usize, hash: u32, id: u32) {
        if let Some(s) = self.slots.get_mut(slot) {
            *s = id + 1;
        }
        self.hashes.push(hash);
        if 2 * self.hashes.len() > self.slots.len() {
            // Twice the slots, every word placed again.
            let mut slots = vec![0u32; 2 * self.slots.len()];
            let mask = slots.len() - 1;
            for (id, &h) in self.hashes.iter().enumerate() {
                let mut at = h as usize & mask;
                while slots.get(at).is_some_and(|&s| s != 0) {
                    at = (at + 1) & mask;
                }
                if let Some(s) = slots.get_mut(at) {
                    *s = id as u32 + 1;
                }
            }
            self.slots = slots;
        }
    }
}

/// A hash of a word's bytes for [`Index`]: a word of up to eight bytes is read in one or two
/// loads, a longer one eight bytes at a time, each mixed in by a multiplication; the high
/// half, which the multiplications mix best, is the hash.
#[inline]
fn word_hash(w: &[u8]) -> u32 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let n = w.len();
    let eight = |at: usize| {
        w.get(at..at + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map_or(0, u64::from_le_bytes)
    };
    let four = |at: usize| {
        w.get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
    };
    let byte = |at: usize| u64::from(w.get(at).copied().unwrap_or(0));
    let mut h = n as u64;
    if n > 8 {
        let mut at = 0;
        while at + 8 < n {
            h = (h ^ eight(at)).wrapping_mul(K);
            at += 8;
        }
        h = (h ^ eight(n - 8)).wrapping_mul(K);
    } else if n >= 4 {
        h = (h ^ (four(0) << 32 | four(n - 4))).wrapping_mul(K);
    } else if n > 0 {
        h = (h ^ (byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1)) << 8).wrapping_mul(K);
    }
    (h >> 32) as u32
}

/// The bits of one distinct word; `info` is its tagger information.
fn rule_bits(w: &str, info: &TokenInfo, lex: &Lexicon) -> u32 {
    // `info` has looked the word up in the word lists already (capitalised words and `plc`:
    // every entry of the lists starts with a capital, `plc` aside; a test checks it).
    let listed = features::list_flags(info);
    let bit = |on: bool, bit: u32| if on { bit } else { 0 };
    let mut bits = bit(listed.capital, CAPITAL)
        | bit(listed.any, LISTED)
        | bit(listed.function && listed.capital, FUNCTION)
        | bit(listed.title, TITLE_WORD)
        | bit(listed.org_head, ORG_HEAD)
        | bit(listed.given, GIVEN)
        | bit(listed.place, PLACE)
        | bit(listed.legal_form, LEGAL_FORM)
        | bit(listed.foreign_head, FOREIGN_HEAD)
        | bit(info.can_start, ANY_UPPER);
    // Places start with a capital too; the look-up of the lists found their first words.
    if listed.place_head {
        bits |= PLACE_HEAD;
    }
    // Nationalities and the region words before them start with a capital too. As
    // `is_demonym` has it, with the look-up made: a demonym or its plural, no place.
    let demonym = || {
        if w.contains(' ') {
            super::is_demonym(w, lex)
        } else {
            (listed.demonym
                || w.strip_suffix('s')
                    .is_some_and(|stem| lex.demonyms.contains(stem)))
                && !listed.place
        }
    };
    if listed.capital && demonym() {
        bits |= DEMONYM;
    }
    let bytes = w.as_bytes();
    // `info` has read the word's letters already.
    let (letters, any_lower, ascii) = features::letter_flags(info);
    if letters && bytes.len() > 1 && ascii {
        bits |= LETTERS;
    }
    if any_lower && ascii {
        bits |= ANY_LOWER;
    }
    if ascii {
        if letters {
            bits |= small_list_bits(bytes, || info.lower(), info.can_start);
        } else if org_noun_apart(bytes) {
            bits |= ORG_NOUN;
        }
        // A plural of an organisation or role noun (`s` is a letter: the stem is one of
        // letters when the word is; `companies` is of `company`, spelt in a buffer on the
        // stack: this runs for every word, and the nouns of the lists are short).
        let mut buf = [0u8; 24];
        let y_stem = w
            .strip_suffix("ies")
            .filter(|s| s.len() < buf.len())
            .and_then(|s| {
                buf[..s.len()].copy_from_slice(s.as_bytes());
                buf[s.len()] = b'y';
                std::str::from_utf8(&buf[..=s.len()]).ok()
            });
        let stem = y_stem.or_else(|| w.strip_suffix('s'));
        if let Some(stem) = stem.filter(|_| bits & ORG_NOUN == 0) {
            let stem_bits = if letters {
                small_list_bits(stem.as_bytes(), lower_of(stem), info.can_start)
            } else if org_noun_apart(stem.as_bytes()) {
                ORG_NOUN
            } else {
                0
            };
            if stem_bits & ORG_NOUN != 0 {
                bits |= ORG_NOUN_PLURAL;
            }
            if stem_bits & ROLE != 0 {
                bits |= ROLE_PLURAL;
            }
        }
    } else {
        if letters && w.chars().count() > 1 {
            bits |= LETTERS;
        }
        if any_lower {
            bits |= ANY_LOWER;
        }
        // Rare; `is_role_noun` lower-cases by Unicode's rules.
        if super::is_role_noun(w) {
            bits |= ROLE;
        }
    }
    bits
}

/// True when `w` is one of the organisation nouns that are no word of letters (`start-up`,
/// `think tank`), in any case: all of them have a hyphen or a space (a test checks it).
fn org_noun_apart(w: &[u8]) -> bool {
    w.iter().any(|&b| b == b'-' || b == b' ')
        && super::ORG_NOUNS
            .iter()
            .any(|n| n.as_bytes().eq_ignore_ascii_case(w))
}

/// The rules' short lists (role nouns, particles, compound tails): lower-case ASCII words of
/// at most 16 letters.
const SMALL_LISTS: [(&[&str], u32); 4] = [
    (super::ROLE_NOUNS, ROLE | ROLE_LOWER),
    (super::PARTICLES, PARTICLE),
    (super::COMPOUND_TAILS, COMPOUND_TAIL),
    (super::ORG_NOUNS, ORG_NOUN),
];

/// The bits of [`SMALL_LISTS`] that a word has in any case.
const ANY_CASE: u32 = ROLE | ORG_NOUN;

/// For each first letter, the lengths (bit `n`) of the short lists' words that start with it:
/// most words are ruled out before a look-up.
const SMALL_SHAPES: [u32; 26] = {
    let mut shapes = [0u32; 26];
    let mut l = 0;
    while l < SMALL_LISTS.len() {
        let list = SMALL_LISTS[l].0;
        let mut k = 0;
        while k < list.len() {
            let w = list[k].as_bytes();
            if !w.is_empty() && w.len() < 32 && w[0].is_ascii_lowercase() {
                shapes[(w[0] - b'a') as usize] |= 1 << w.len();
            }
            k += 1;
        }
        l += 1;
    }
    shapes
};

/// The short lists' bits of an ASCII word of letters, `lower` its lower-case hash (looked up
/// only when the word may be listed) and `upper` whether it has an upper-case letter: the role
/// and organisation nouns match in any case, the others only as written.
fn small_list_bits(w: &[u8], lower: impl FnOnce() -> u64, upper: bool) -> u32 {
    let Some(first) = w.first().map(u8::to_ascii_lowercase) else {
        return 0;
    };
    let shapes = SMALL_SHAPES
        .get(usize::from(first.wrapping_sub(b'a')))
        .copied()
        .unwrap_or(0);
    if w.len() >= 32 || shapes & 1 << w.len() == 0 {
        return 0;
    }
    match small_lists().get(&lower()) {
        Some(&(listed, bits)) if listed.eq_ignore_ascii_case(w) => {
            if upper {
                bits & ANY_CASE
            } else {
                bits
            }
        }
        _ => 0,
    }
}

/// True when ASCII word `w` is a role noun in any case ([`super::is_role_noun`]): the role
/// nouns are words of lower-case letters (a test checks it), found in the short lists.
pub(super) fn ascii_role_noun(w: &str) -> bool {
    let b = w.as_bytes();
    b.iter().all(u8::is_ascii_alphabetic) && small_list_bits(b, lower_of(w), true) & ROLE != 0
}

/// The lower-case hash of `w` when asked: one type of closure for the callers of
/// [`small_list_bits`] that have no hash at hand (each type would be a copy of it in the wasm).
fn lower_of(w: &str) -> impl FnOnce() -> u64 + '_ {
    move || features::lower_hash(w, 0, usize::MAX)
}

/// The short lists as one map from the hash of a lower-case word (as [`TokenInfo`] has it) to
/// the word and its bits: the word's information has the hash already.
type SmallLists = HashMap<u64, (&'static [u8], u32), FastHash>;

/// The [`SmallLists`], made on first use.
fn small_lists() -> &'static SmallLists {
    static LISTS: std::sync::OnceLock<SmallLists> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| {
        let mut map = SmallLists::default();
        for (list, bit) in SMALL_LISTS {
            for w in list {
                let entry = map
                    .entry(features::lower_hash(w, 0, usize::MAX))
                    .or_insert((w.as_bytes(), 0));
                // Another word of the same hash keeps the first word's entry (a test checks
                // that none has).
                if entry.0 == w.as_bytes() {
                    entry.1 |= bit;
                }
            }
        }
        map
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::lexicon::lexicon;

    #[test]
    fn small_lists_are_lower_case_and_short() {
        // Organisation nouns that are no word of letters (`start-up`) are looked up apart.
        for (list, bit) in SMALL_LISTS {
            for w in list {
                let apart = bit == ORG_NOUN && !w.bytes().all(|b| b.is_ascii_alphabetic());
                // `org_noun_apart` looks for these by their hyphen or space.
                assert!(!apart || w.contains('-') || w.contains(' '), "{w:?}");
                assert!(
                    w.len() < 32 && (apart || w.bytes().all(|b| b.is_ascii_lowercase())),
                    "{w:?}"
                );
            }
        }
        for w in super::super::PERSON_TOO {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w:?}");
        }
    }

    #[test]
    fn small_list_words_have_hashes_of_their_own() {
        for (list, _) in SMALL_LISTS {
            for w in list {
                let key = features::lower_hash(w, 0, usize::MAX);
                assert_eq!(small_lists().get(&key).map(|e| e.0), Some(w.as_bytes()));
            }
        }
    }

    #[test]
    fn org_nouns_in_any_case() {
        let lex = lexicon();
        let text = "Carmaker carmaker CARMAKER Start-up start-up startups car-maker Think tank \
                    think tank, Bank bank’s BANK Über producer Producers";
        let paragraphs = crate::segment::split_paragraphs(text);
        let doc = crate::segment::segment(text, &paragraphs, &[]);
        let words = Words::new(text, &doc, lex);
        for (i, t) in doc.tokens.iter().enumerate() {
            let w = t.span().slice(text);
            let listed = super::super::ORG_NOUNS.contains(&w.to_ascii_lowercase().as_str());
            assert_eq!(words.any(i, ORG_NOUN), listed, "{w:?}");
        }
        let found = (0..doc.tokens.len())
            .filter(|&i| words.any(i, ORG_NOUN))
            .count();
        assert_eq!(found, 8);
    }

    #[test]
    fn demonym_and_place_bits_are_the_look_ups() {
        // `tag_by_rules` reads a word alone by its bits.
        let lex = lexicon();
        let text = "Chinese Iraqis Jersey Lima Americans US U.S. chinese lima of plc Plc Inc \
                    Korean Koreans Peru Peruvian Texas Ni Volumes";
        let paragraphs = crate::segment::split_paragraphs(text);
        let doc = crate::segment::segment(text, &paragraphs, &[]);
        let words = Words::new(text, &doc, lex);
        for (i, t) in doc.tokens.iter().enumerate() {
            let w = t.span().slice(text);
            let demonym = super::super::is_demonym(w, lex);
            assert_eq!(words.any(i, DEMONYM), demonym, "{w:?}");
            assert_eq!(words.any(i, PLACE), lex.places.contains(w), "{w:?}");
        }
        let found = |bit| (0..doc.tokens.len()).filter(|&i| words.any(i, bit)).count();
        assert!(found(DEMONYM) >= 4 && found(PLACE) >= 4);
    }

    #[test]
    fn word_lists_start_with_a_capital() {
        // `rule_bits` looks capitalised words up only.
        let lex = lexicon();
        let lists = [
            &lex.places,
            &lex.demonyms,
            &lex.given_names,
            &lex.title_words,
            &lex.org_heads,
            &lex.function_words,
        ];
        for list in lists {
            for w in list.iter() {
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                assert!(capital || *w == "plc", "{w:?}");
            }
        }
        // `tag_titled` looks for titles at capitalised words only.
        assert!(lex
            .title_words
            .iter()
            .all(|w| rule_bits(w, &features::word_info(w, lex), lex) & CAPITAL != 0));
        for w in super::super::REGION_WORDS
            .iter()
            .chain(super::super::FOREIGN_HEADS)
        {
            assert!(w.chars().next().is_some_and(char::is_uppercase), "{w:?}");
        }
        for w in super::super::LEGAL_FORMS {
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            assert!(capital || *w == "plc", "{w:?}");
        }
    }
}

#[cfg(test)]
mod index_tests {
    use super::*;
    use crate::entities::lexicon::lexicon;

    #[test]
    fn every_token_gets_its_own_words_id_as_the_index_grows() {
        // Thousands of distinct words (the index doubles several times), short and long,
        // multi-byte, repeated, and words that differ only in case or length.
        let mut text = String::new();
        for k in 0..3000 {
            text.push_str(&format!(
                "w{k} Name{k}-long-compound-word Ünïcode{} a ab abc A ",
                k % 7
            ));
        }
        let paragraphs = crate::segment::split_paragraphs(&text);
        let doc = crate::segment::segment(&text, &paragraphs, &[]);
        let words = Words::new(&text, &doc, lexicon());
        let mut seen = std::collections::HashMap::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            let w = t.span().slice(&text);
            let id = words.id(i).unwrap();
            assert_eq!(words.text_of(id), w);
            assert_eq!(words.id_of(w), Some(id));
            assert_eq!(*seen.entry(w).or_insert(id), id, "{w:?}");
        }
        assert_eq!(words.distinct(), seen.len());
        assert_eq!(words.id_of("w3000"), None);
        assert_eq!(words.id_of(""), None);
    }

    #[test]
    fn token_at_or_after_is_the_documents_everywhere() {
        // Tokens far apart and close together, long and one byte, several blocks, a text
        // ending in white space, and places past the end.
        let mut text = String::from("  A");
        for k in 0..40 {
            text.push_str(&format!(" {}-word, x.y “q” ", "long".repeat(k % 9)));
        }
        text.push_str("\n\n   end.   ");
        let paragraphs = crate::segment::split_paragraphs(&text);
        let doc = crate::segment::segment(&text, &paragraphs, &[]);
        let words = Words::new(&text, &doc, lexicon());
        for pos in 0..text.len() + 64 {
            let want = doc.tokens.partition_point(|t| t.span().start < pos);
            assert_eq!(words.token_at_or_after(pos), want, "{pos}");
        }
        let empty = crate::segment::Document::default();
        assert_eq!(Words::new("", &empty, lexicon()).token_at_or_after(7), 0);
    }

    #[test]
    fn phrases_are_kept_once_and_found_longest_first() {
        let text = "Ann Cole met Ann Cole Jr and Ann . Bob Ann Cole Jr said so in a talk on the \
                    last day of the year";
        let paragraphs = crate::segment::split_paragraphs(text);
        let doc = crate::segment::segment(text, &paragraphs, &[]);
        let words = Words::new(text, &doc, lexicon());
        let at = |w: &str, nth: usize| {
            (0..doc.tokens.len())
                .filter(|&i| words.word(i) == w)
                .nth(nth)
                .unwrap()
        };
        // Room for one only: the chains grow past it and still find everything.
        let mut phrases = Phrases::with_room_for(&words, 1);
        assert!(phrases.is_empty());
        let ann = at("Ann", 0);
        assert_eq!(phrases.insert(ann..ann + 2), Some(0)); // Ann Cole
        assert_eq!(phrases.insert(ann..ann), None); // no words
        assert_eq!(phrases.insert(at("Ann", 1)..at("Ann", 1) + 2), None); // Ann Cole again
        assert_eq!(phrases.insert(at("Ann", 1)..at("Ann", 1) + 3), Some(1)); // Ann Cole Jr
        assert_eq!(phrases.insert(at("Ann", 2)..at("Ann", 2) + 1), Some(2)); // Ann
        assert!(doc.tokens.len() > Phrases::LONGEST + 1);
        assert_eq!(phrases.insert(0..Phrases::LONGEST + 1), None); // too long
        assert_eq!(phrases.insert(1..Phrases::LONGEST + 1), Some(3)); // not too long
        assert_eq!(phrases.find(words.ids(ann..ann + 2)), Some(0));
        assert_eq!(phrases.find(words.ids(ann..ann + 3)), None); // Ann Cole met

        // What the words from the last `Ann` start with: Ann Cole Jr, Ann Cole, Ann.
        let last = at("Ann", 3);
        let here = words.ids(last..last + 5);
        let found: Vec<_> = phrases.starting(here).collect();
        assert_eq!(found, vec![(3, 1), (2, 0), (1, 2)]);
        // Fewer words left than the longest phrase has, and a word no phrase starts with.
        assert_eq!(
            phrases.starting(words.ids(last..last + 2)).next(),
            Some((2, 0))
        );
        assert_eq!(phrases.starting(words.ids(at("Bob", 0)..last)).next(), None);
        assert_eq!(phrases.starting(&[]).next(), None);
    }
}
