//! Word-list lookups for attribution. The rules ask many times per token whether a word is in
//! one of the lists (`said` is a cue verb, `the` no clause word), so every list is read once
//! into one hashed table that gives a word's lists as bits, and words are lower-cased without
//! allocating.

use std::borrow::Cow;

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

/// A hash of a short word, eight bytes at a time (FxHash's step, then a final mix): the
/// words are fixed, so no protection against crafted keys is needed.
fn hash(word: &[u8]) -> u64 {
    let mut h = word.len() as u64;
    for chunk in word.chunks(8) {
        // The chunk's bytes as a little-endian number (a byte loop: no call to copy them).
        let w = chunk.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b));
        h = hash_step(h, w);
    }
    hash_end(h)
}

/// One step of [`hash`]: eight bytes more (a short last chunk padded with zeros).
#[inline]
fn hash_step(h: u64, eight: u64) -> u64 {
    (h.rotate_left(5) ^ eight).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The final mix of [`hash`].
#[inline]
fn hash_end(h: u64) -> u64 {
    h ^ h >> 29
}

/// One in every byte of a `u64`.
const ONES: u64 = u64::from_le_bytes([1; 8]);

/// The ASCII capitals among the eight bytes of `w` (little-endian): `0x80` in each byte that
/// is one, zero elsewhere. Per byte, with its top bit cleared (so no sum carries into the next
/// byte), the top bit of `b + 0x3f` is set from `A` up, that of `b + 0x25` above `Z`.
#[inline]
fn capitals(w: u64) -> u64 {
    let low7 = w & (0x7f * ONES);
    let from_a = low7 + (0x80 - u64::from(b'A')) * ONES;
    let past_z = low7 + (0x7f - u64::from(b'Z')) * ONES;
    from_a & !past_z & !w & (0x80 * ONES)
}

/// Fixed words and their values, in an open-addressed table (linear probing, at most half
/// full): a look-up is one hash and usually one comparison. The words are `&'static` bytes,
/// or owned ones (`Box<[u8]>`) for words made when the table is built.
pub struct WordMap<V, K = &'static [u8]> {
    slots: Vec<Option<(K, V)>>,
}

impl<V: Copy, K: AsRef<[u8]> + Clone> WordMap<V, K> {
    /// The map of `entries`; a word given twice gets `merge(old, new)`.
    pub fn new(entries: impl IntoIterator<Item = (K, V)>, merge: impl Fn(V, V) -> V) -> Self {
        let entries: Vec<_> = entries.into_iter().collect();
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![None; size];
        for (word, value) in entries {
            let mut i = hash(word.as_ref()) as usize;
            while let Some(slot) = slots.get_mut(i & (size - 1)) {
                match slot {
                    None => {
                        *slot = Some((word, value));
                        break;
                    }
                    Some((w, v)) if w.as_ref() == word.as_ref() => {
                        *v = merge(*v, value);
                        break;
                    }
                    Some(_) => i += 1,
                }
            }
        }
        WordMap { slots }
    }

    /// The value of `word`, if it is in the map.
    pub fn get(&self, word: &[u8]) -> Option<V> {
        self.get_hashed(word, hash(word))
    }

    /// The value of `word`, whose [`hash`] is `h`.
    fn get_hashed(&self, word: &[u8], h: u64) -> Option<V> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = h as usize;
        loop {
            match self.slots.get(i & mask)? {
                None => return None,
                Some((w, v)) if w.as_ref() == word => return Some(*v),
                Some(_) => i += 1,
            }
        }
    }
}

/// Every word of the lists (as bytes, so a word lower-cased into a buffer is looked up as it
/// is), with the lists it is in.
pub struct Lexicon {
    words: WordMap<u32, Cow<'static, [u8]>>,
}

impl Lexicon {
    /// Reads `lists`, each with its number (below 30) and lower-case words, and the words
    /// made when the table is built (`made`), each with the number of its list.
    pub fn new(
        lists: impl IntoIterator<Item = (u32, &'static str)>,
        made: impl IntoIterator<Item = (u32, Vec<u8>)>,
    ) -> Lexicon {
        let listed = lists.into_iter().flat_map(|(n, list)| {
            list.lines()
                .map(move |w| (Cow::Borrowed(w.as_bytes()), 1 << n))
        });
        let made = made.into_iter().map(|(n, w)| (Cow::Owned(w), 1 << n));
        Lexicon {
            words: WordMap::new(listed.chain(made), |a, b| a | b),
        }
    }

    /// The lists that hold `word` exactly as written.
    pub fn lists(&self, word: &str) -> Lists {
        self.lists_of(word.as_bytes())
    }

    fn lists_of(&self, word: &[u8]) -> Lists {
        Lists(self.words.get(word).unwrap_or(0))
    }

    /// What the lists say about `word`.
    pub fn word(&self, word: &str) -> Word {
        let bytes = word.as_bytes();
        // Two or three capitals are an abbreviation, no word of the lists (`US`, `WHO`, `IT`).
        if matches!(bytes.len(), 2 | 3) && bytes.iter().all(u8::is_ascii_uppercase) {
            return Word::new(Lists(0), false).with_ascii(true);
        }
        // The common case, a short ASCII word: lower-cased and hashed in a buffer, eight
        // bytes at a time (the zeros past its end change neither).
        if bytes.len() <= SHORT {
            let mut buf = [0; SHORT];
            if let Some(d) = buf.get_mut(..bytes.len()) {
                d.copy_from_slice(bytes);
            }
            let (mut high, mut upper, mut h) = (0, 0, bytes.len() as u64);
            for chunk in buf.chunks_exact_mut(8).take(bytes.len().div_ceil(8)) {
                let mut eight = [0; 8];
                eight.copy_from_slice(chunk);
                let w = u64::from_le_bytes(eight);
                let capital = capitals(w);
                high |= w;
                upper |= capital;
                let lowered = w | capital >> 2;
                chunk.copy_from_slice(&lowered.to_le_bytes());
                h = hash_step(h, lowered);
            }
            if let Some(lowered) = buf.get(..bytes.len()).filter(|_| high & (0x80 * ONES) == 0) {
                let lists = Lists(self.words.get_hashed(lowered, hash_end(h)).unwrap_or(0));
                return Word::new(lists, upper == 0).with_ascii(true);
            }
        }
        let lower = lower(word);
        Word::new(self.lists(&lower), matches!(lower, Lower::Same(_))).with_ascii(word.is_ascii())
    }
}

/// What the rules ask of a word: the lists its lower case is in, whether it is written in
/// lower case (so is in them as written) and whether it is ASCII, in one number: the lists'
/// bits, [`Word::LOWER`] and [`Word::ASCII`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Word(u32);

impl Word {
    /// The bit of a word written in lower case (the lists are numbered below 30).
    const LOWER: u32 = 1 << 31;
    /// The bit of a word written in ASCII (its lower case is its ASCII letters lowered).
    const ASCII: u32 = 1 << 30;

    pub const fn new(lists: Lists, lower_case: bool) -> Word {
        let lists = lists.0 & !(Word::LOWER | Word::ASCII);
        Word(lists | if lower_case { Word::LOWER } else { 0 })
    }

    /// The word, marked as written in ASCII or not.
    pub const fn with_ascii(self, ascii: bool) -> Word {
        Word(self.0 & !Word::ASCII | if ascii { Word::ASCII } else { 0 })
    }

    /// True when the word is written in ASCII.
    #[inline]
    pub const fn ascii(self) -> bool {
        self.0 & Word::ASCII != 0
    }

    /// True when the word is written in lower case.
    #[inline]
    pub const fn lower_case(self) -> bool {
        self.0 & Word::LOWER != 0
    }

    /// True when the word, exactly as written, is in list number `list`.
    #[inline]
    pub const fn is(self, list: u32) -> bool {
        self.lower_case() && self.lower_is(list)
    }

    /// True when the word in lower case is in list number `list`.
    #[inline]
    pub const fn lower_is(self, list: u32) -> bool {
        self.0 & (1 << list) & !(Word::LOWER | Word::ASCII) != 0
    }

    /// True when the word in lower case is in any of the lists whose bits are set in `lists`.
    #[inline]
    pub const fn lower_is_any(self, lists: u32) -> bool {
        self.0 & lists & !(Word::LOWER | Word::ASCII) != 0
    }
}

/// A token looked up: its text and what the word lists say about it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Lookup<'t> {
    pub text: &'t str,
    pub word: Word,
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

/// Lowers the ASCII capitals of `bytes` in place, eight bytes at a time; every other byte (those
/// of UTF-8 sequences too) stays as it is.
pub fn make_ascii_lower(bytes: &mut [u8]) {
    let mut chunks = bytes.chunks_exact_mut(8);
    for chunk in &mut chunks {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        let w = u64::from_le_bytes(eight);
        chunk.copy_from_slice(&(w | capitals(w) >> 2).to_le_bytes());
    }
    chunks.into_remainder().make_ascii_lowercase();
}

/// `word` with its ASCII letters lowered (`str::to_ascii_lowercase`), on the stack when it is
/// short.
pub fn ascii_lower(word: &str) -> Lower<'_> {
    let mut buf = [0; SHORT];
    if let Some(dst) = buf.get_mut(..word.len()) {
        dst.copy_from_slice(word.as_bytes());
        dst.make_ascii_lowercase();
        return Lower::Short(buf, word.len());
    }
    Lower::Long(word.to_ascii_lowercase())
}

/// `word.to_lowercase()`, without allocating for a word already in lower case or a short ASCII
/// word.
pub fn lower(word: &str) -> Lower<'_> {
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Lower::Same(word);
        }
        return ascii_lower(word);
    }
    // Every character its own lower case: then so is the word (`’`, `—`, `é`).
    let same = word.chars().all(|c| {
        let mut l = crate::case::lower_char(c);
        l.next() == Some(c) && l.next().is_none()
    });
    if same {
        Lower::Same(word)
    } else {
        Lower::Long(crate::case::lower_str(word))
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
    fn make_ascii_lower_agrees_with_the_byte_loop() {
        let all: Vec<u8> = (0..=255).collect();
        for text in [
            &all[..],
            "Mr. ÉLYSÉE said “NO” @[`{ AZaz".as_bytes(),
            b"",
            b"ABC",
        ] {
            for skip in 0..8.min(text.len() + 1) {
                let mut fast = text[skip..].to_vec();
                make_ascii_lower(&mut fast);
                assert_eq!(fast, text[skip..].to_ascii_lowercase());
            }
        }
    }

    #[test]
    fn words_of_every_length_and_case_are_found() {
        let words: Vec<String> = (1..=SHORT + 2)
            .map(|n| "abcdefghijklmnopqrstuvwxyzab"[..n].to_string())
            .collect();
        let list: &'static str = Box::leak(words.join("\n").into_boxed_str());
        let lex = Lexicon::new([(2, list)], []);
        for w in &words {
            for written in [w.clone(), w.to_uppercase(), w.replacen('a', "A", 1)] {
                let word = lex.word(&written);
                // (Two or three capitals are an abbreviation: `US` is no `us`.)
                let abbreviation = matches!(w.len(), 2 | 3) && written == w.to_uppercase();
                assert_eq!(word.lower_is(2), !abbreviation, "{written:?}");
                assert_eq!(word.lower_case(), written == *w, "{written:?}");
                assert!(!lex.word(&format!("{written}0")).lower_is(2), "{written:?}");
            }
        }
        assert!(!lex.word("ABCÉ").lower_is(2) && !lex.word("").lower_is(2));
    }

    #[test]
    fn word_map_finds_every_word_and_nothing_else() {
        let words: Vec<String> = (0..500).map(|i| format!("w{i}")).collect();
        let leaked: Vec<&'static [u8]> = words
            .iter()
            .map(|w| &*Box::leak(w.clone().into_bytes().into_boxed_slice()))
            .collect();
        let map = WordMap::new(leaked.iter().enumerate().map(|(i, &w)| (w, i)), |_, b| b);
        for (i, w) in leaked.iter().enumerate() {
            assert_eq!(map.get(w), Some(i));
        }
        assert_eq!(map.get(b"w500"), None);
        assert_eq!(map.get(b""), None);
    }

    #[test]
    fn words_carry_every_list_they_are_in() {
        let lex = Lexicon::new([(0, "said\ntold"), (3, "said")], []);
        assert!(lex.lists("said").has(0) && lex.lists("said").has(3));
        assert!(lex.lists("told").has(0) && !lex.lists("told").has(3));
        assert_eq!(lex.lists("Said"), Lists::default());
        assert!(lex.word("said").is(3) && lex.word("Said").lower_is(3) && !lex.word("Said").is(3));
    }
}
