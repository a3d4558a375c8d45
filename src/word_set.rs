//! Fixed word lists kept in the binary's data rather than its code. In the wasm a word of a
//! `matches!` alternation costs ~30 bytes of comparison code (about 10 gzipped) and a word of
//! a `&[&str]` 8 bytes of pointer and length, both hardly shrunk by gzip; a word of a
//! [`word_list!`] string costs its letters, and a [`FixedWordSet`] made from one adds a byte of
//! hash table a word.

/// A word list written as string literals, kept as one string with a word on each line (read
/// with `.lines()`).
macro_rules! word_list {
    ($($word:literal),* $(,)?) => {
        concat!($($word, "\n"),*)
    };
}

/// A table of `(word, value)` pairs kept as a [`word_list!`] string and a slice of the values
/// in the same order, so the words cost no pointers.
macro_rules! word_table {
    ($(($word:literal, $value:expr)),* $(,)?) => {
        (concat!($($word, "\n"),*), &[$($value),*])
    };
}

/// The [`FixedWordSet`] of a [`word_list!`] string, built at compile time.
macro_rules! word_set {
    ($list:expr) => {{
        // (Paths in full and names of their own: `$list` may name anything of the caller's.)
        const WORD_SET_LIST: &str = $list;
        const WORD_SET_COUNT: usize = $crate::word_set::count(WORD_SET_LIST);
        const WORD_SET_BYTES: [u8; WORD_SET_LIST.len() - WORD_SET_COUNT] =
            $crate::word_set::by_length(WORD_SET_LIST);
        const WORD_SET_STARTS: [u16; $crate::word_set::FixedWordSet::STARTS] =
            $crate::word_set::length_starts(WORD_SET_LIST);
        const WORD_SET_SLOTS: [u8; $crate::word_set::slots_for(WORD_SET_COUNT)] =
            $crate::word_set::slots(WORD_SET_LIST);
        $crate::word_set::FixedWordSet::new(&WORD_SET_BYTES, &WORD_SET_STARTS, &WORD_SET_SLOTS)
    }};
}

/// `matches!(word, "a" | "b" | …)` for a `&str` and a long alternation of words, answered by a
/// [`FixedWordSet`]: one hash and, for most words, an empty slot, where the alternation compares
/// lengths and bytes word by word. A call costs ~55 instructions, an alternation's miss a few
/// to a few dozen: the short alternations asked for most words of a text (pronouns,
/// auxiliaries, quotation marks) stay `matches!`.
macro_rules! one_of {
    ($word:expr, $($listed:literal)|+ $(,)?) => {{
        const SET: $crate::word_set::FixedWordSet = word_set!(word_list![$($listed),+]);
        SET.contains($word)
    }};
}

/// A set of words hashed at compile time ([`word_set!`]). The words are stored without
/// separators, grouped by length, so a word is found by its length and its place among the
/// words of that length; the table holds, for each word, that place + 1 in the slot of its
/// hash or the next free one after it (open addressing, at least half the slots empty, so
/// every search ends soon), and 0 in an empty slot.
pub(crate) struct FixedWordSet {
    bytes: &'static [u8],
    starts: &'static [u16; FixedWordSet::STARTS],
    slots: &'static [u8],
}

impl FixedWordSet {
    /// The longest word a set holds, in bytes.
    const LONGEST: usize = 31;
    /// The length of the table of where each length's words start (and the last ends).
    pub const STARTS: usize = FixedWordSet::LONGEST + 2;

    /// The set of `bytes`, `starts` and `slots` as [`by_length`], [`length_starts`] and
    /// [`slots`] make them.
    pub const fn new(
        bytes: &'static [u8],
        starts: &'static [u16; FixedWordSet::STARTS],
        slots: &'static [u8],
    ) -> FixedWordSet {
        FixedWordSet {
            bytes,
            starts,
            slots,
        }
    }

    /// True when the set holds `word`. (Called, not inlined: every set shares its code.)
    #[inline(never)]
    pub fn contains(&self, word: &str) -> bool {
        let word = word.as_bytes();
        let n = word.len();
        let (Some(&from), Some(&to), Some(&first)) =
            (self.starts.get(n), self.starts.get(n + 1), word.first())
        else {
            return false;
        };
        if from == to {
            return false;
        }
        let (from, to) = (usize::from(from), usize::from(to));
        let mask = self.slots.len() - 1;
        let mut slot = word_hash(word);
        loop {
            let Some(&entry) = self.slots.get(slot & mask).filter(|&&e| e != 0) else {
                return false;
            };
            let start = from + (usize::from(entry) - 1) * n;
            // The first byte before the rest: the words met on the way rarely share it.
            if start < to
                && self.bytes.get(start) == Some(&first)
                && self.bytes.get(start..start + n) == Some(word)
            {
                return true;
            }
            slot += 1;
        }
    }
}

/// The number of words of a [`word_list!`] string.
pub(crate) const fn count(list: &str) -> usize {
    let list = list.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < list.len() {
        if list[i] == b'\n' {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The number of slots of a set of `words` words: the power of two at least twice it.
pub(crate) const fn slots_for(words: usize) -> usize {
    (2 * words).next_power_of_two()
}

/// The word of `list` that starts at `start`, and where the next one starts.
const fn word_at(list: &[u8], start: usize) -> (&[u8], usize) {
    let mut end = start;
    while list[end] != b'\n' {
        end += 1;
    }
    let (word, _) = list.split_at(end);
    let (_, word) = word.split_at(start);
    assert!(!word.is_empty() && word.len() <= FixedWordSet::LONGEST);
    (word, end + 1)
}

/// The words of `list`, shortest first (in list order within a length), without separators.
pub(crate) const fn by_length<const B: usize>(list: &str) -> [u8; B] {
    let list = list.as_bytes();
    let mut out = [0; B];
    let mut at = 0;
    let mut n = 1;
    while n <= FixedWordSet::LONGEST {
        let mut start = 0;
        while start < list.len() {
            let (word, next) = word_at(list, start);
            if word.len() == n {
                let mut i = 0;
                while i < n {
                    out[at + i] = word[i];
                    i += 1;
                }
                at += n;
            }
            start = next;
        }
        n += 1;
    }
    assert!(at == B);
    out
}

/// Where the words of each length start in [`by_length`]'s bytes.
pub(crate) const fn length_starts(list: &str) -> [u16; FixedWordSet::STARTS] {
    let list = list.as_bytes();
    let mut bytes_of = [0usize; FixedWordSet::STARTS];
    let mut start = 0;
    while start < list.len() {
        let (word, next) = word_at(list, start);
        bytes_of[word.len()] += word.len();
        start = next;
    }
    let mut starts = [0; FixedWordSet::STARTS];
    let mut sum = 0;
    let mut n = 0;
    while n + 1 < FixedWordSet::STARTS {
        sum += bytes_of[n];
        assert!(sum <= u16::MAX as usize);
        starts[n + 1] = sum as u16;
        n += 1;
    }
    starts
}

/// The hash table of the words of `list`.
pub(crate) const fn slots<const N: usize>(list: &str) -> [u8; N] {
    let list = list.as_bytes();
    let mut slots = [0u8; N];
    let mut place = [0usize; FixedWordSet::STARTS];
    let mut start = 0;
    while start < list.len() {
        let (word, next) = word_at(list, start);
        place[word.len()] += 1;
        assert!(place[word.len()] <= u8::MAX as usize);
        let mut slot = word_hash(word) % N;
        while slots[slot] != 0 {
            slot = (slot + 1) % N;
        }
        slots[slot] = place[word.len()] as u8;
        start = next;
    }
    slots
}

/// The hash of a word for [`FixedWordSet`] (and time's `WordSlots`): its length and its first, middle and last bytes, mixed
/// by a multiplication (Fibonacci hashing). Reading four bytes rather than every byte keeps the
/// look-up made for each word of the text short; the words of a list rarely share all four.
pub(crate) const fn word_hash(bytes: &[u8]) -> usize {
    let n = bytes.len();
    if n == 0 {
        return 0;
    }
    let key = n as u32
        ^ (bytes[0] as u32) << 8
        ^ (bytes[n / 2] as u32) << 16
        ^ (bytes[n - 1] as u32) << 24;
    (key.wrapping_mul(0x9e37_79b9) >> 20) as usize
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_of_answers_as_matches_does() {
        let words = [
            "said", "says", "told", "Said", "sai", "saidx", "", "é", "tells", "a", "ab", "b",
        ];
        for w in words {
            assert_eq!(
                one_of!(w, "said" | "says" | "told" | "é" | "a" | "b"),
                matches!(w, "said" | "says" | "told" | "é" | "a" | "b"),
                "{w:?}"
            );
        }
    }

    #[test]
    fn a_set_holds_exactly_its_words() {
        const LIST: &str = word_list![
            "x",
            "yy",
            "zzz",
            "xy",
            "yx",
            "abcdefghijklmnopqrstuvwxyz01234"
        ];
        let set = word_set!(LIST);
        for w in LIST.lines() {
            assert!(set.contains(w), "{w:?}");
        }
        for w in [
            "",
            "y",
            "xx",
            "zz",
            "zzzz",
            "abcdefghijklmnopqrstuvwxyz012345",
            "X",
        ] {
            assert!(!set.contains(w), "{w:?}");
        }
    }
}
