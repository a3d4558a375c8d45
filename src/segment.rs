//! Stage 1: paragraphs, tokens, sentences, and the parts of an article (headline, dateline,
//! credit lines, related-link headlines) that are not its body.

use crate::span::Span;
use crate::time;
use unicode_segmentation::UnicodeSegmentation;

/// One token: a UAX #29 word, number or punctuation mark (white space is dropped).
///
/// Its offsets are kept as `u32` (a text is at most [`crate::MAX_INPUT_BYTES`]), so a token
/// takes 12 bytes: a document has about one token per five bytes of text, and the token list is
/// the largest thing the analysis keeps. [`Token::span`] gives the usual [`Span`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    /// What sort of token it is.
    pub kind: TokenKind,
}

impl Token {
    /// A token of `kind` covering `span` (offsets beyond `u32::MAX` are clamped to it).
    pub fn new(span: Span, kind: TokenKind) -> Token {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Token {
            start: clamp(span.start),
            end: clamp(span.end),
            kind,
        }
    }

    /// Where the token is.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// True when the tokens are a headline in title case (`Pence Says Clinton Foundation Donors Got
/// Special Access`): every word of four letters or more capitalised, at least three of them,
/// and a line short enough to be a headline. Its capitals then tell no name and no title from
/// a plain word.
pub fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    let words = tokens.iter().filter(|t| t.kind == TokenKind::Word);
    // (A long line is no headline; a short one may be a name alone.)
    tokens.len() <= 40 && title_case_words(words.map(|t| t.span().slice(text)))
}

/// Whether the words of four letters or more, three at least, are all capitalised.
fn title_case_words<'t>(words: impl Iterator<Item = &'t str>) -> bool {
    let mut long_words = 0;
    for w in words.filter(|w| w.chars().count() >= 4) {
        if !w.starts_with(char::is_uppercase) || !w.chars().any(char::is_lowercase) {
            return false;
        }
        long_words += 1;
    }
    long_words >= 3
}

/// The sort of a [`Token`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Contains a letter (`Pyongyang`, `it’s`, `Hwasong`).
    Word,
    /// Digits, possibly with separators (`15`, `9:34`, `1,000`).
    Number,
    /// Anything else: punctuation, symbols, emoji.
    Punct,
}

/// What a paragraph is in the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Running text of the story.
    Body,
    /// The headline.
    Title,
    /// The summary under the headline.
    Standfirst,
    /// A section or topic label above the headline (`China-US relations`).
    Section,
    /// A publication or update line (`PUBLISHED : Thursday, 30 November, 2017, 9:34pm`).
    Dateline,
    /// An author line (`By Jane Doe`).
    Byline,
    /// A credit or housekeeping line (`Additional reporting by Sarah Zheng`).
    Credit,
    /// A headline of another story, linked from inside this one.
    Related,
    /// A subheading inside the body.
    Heading,
}

impl Part {
    /// The lowercase name used in the analysis format (`article.asides[].kind`).
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Body => "body",
            Part::Title => "title",
            Part::Standfirst => "standfirst",
            Part::Section => "section",
            Part::Dateline => "dateline",
            Part::Byline => "byline",
            Part::Credit => "credit",
            Part::Related => "related",
            Part::Heading => "heading",
        }
    }
}

/// A paragraph and the part of the article it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph without its surrounding white space.
    pub span: Span,
    /// What it is.
    pub part: Part,
}

/// A sentence, with the range of its tokens in [`Document::tokens`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence without surrounding white space.
    pub span: Span,
    /// Its tokens: `doc.tokens[sentence.tokens.clone()]`.
    pub tokens: std::ops::Range<usize>,
    /// Index of its paragraph in [`Document::paragraphs`].
    pub paragraph: usize,
}

/// The segmented text: what every later stage reads.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order; none crosses a paragraph or a protected span.
    pub sentences: Vec<Sentence>,
    /// Inline dateline prefixes inside body paragraphs (`WASHINGTON (Reuters) -`).
    pub inline_datelines: Vec<Span>,
    /// The date of each [`Part::Dateline`] paragraph, in order, and whether it is an update
    /// line: read once, when the paragraph was found to be one.
    pub dateline_moments: Vec<(time::Moment, bool)>,
    /// The last answer of [`Document::token_at_or_after`], where its next search starts: the
    /// rules ask about nearby places one after another.
    hint: std::cell::Cell<usize>,
}

/// Tokens found by position: for each [`TokenBlocks::BLOCK`] bytes of a text, the first token
/// starting at or after the block's start, so a search reads only one block's tokens. The stages
/// that ask for mentions' tokens in no order (entities, attribution) build one each; it takes a
/// sixteenth of the text's size.
pub struct TokenBlocks(Vec<u32>);

impl TokenBlocks {
    const BLOCK: usize = 64;

    /// The index of `tokens`, a text `len` bytes long.
    pub fn new(len: usize, tokens: &[Token]) -> TokenBlocks {
        // One entry past the last block, so block `b`'s tokens are `out[b]..out[b + 1]`.
        let blocks = len / Self::BLOCK + 2;
        let mut out = Vec::with_capacity(blocks);
        let mut k = 0;
        for b in 0..blocks {
            while tokens
                .get(k)
                .is_some_and(|t| t.span().start < b * Self::BLOCK)
            {
                k += 1;
            }
            out.push(u32::try_from(k).unwrap_or(u32::MAX));
        }
        TokenBlocks(out)
    }

    /// Index of the first of `tokens` (those the index was made of) starting at or after byte
    /// `pos`.
    pub fn token_at_or_after(&self, tokens: &[Token], pos: usize) -> usize {
        let block = pos / Self::BLOCK;
        let bounds = self.0.get(block).zip(self.0.get(block + 1));
        let Some((lo, ts)) = bounds.and_then(|(&lo, &hi)| {
            tokens
                .get(lo as usize..hi as usize)
                .map(|ts| (lo as usize, ts))
        }) else {
            return tokens.partition_point(|t| t.span().start < pos);
        };
        // Tokens are spread about evenly over a block: start where `pos` would be among them
        // and step to the answer, mostly a step or none (a binary search took ~70 instructions
        // a call, and the rules ask ~33,000 times a bench round).
        let before = |k: usize| ts.get(k).is_some_and(|t| (t.start as usize) < pos);
        let mut k = (pos % Self::BLOCK * ts.len()) / Self::BLOCK;
        while k > 0 && !before(k - 1) {
            k -= 1;
        }
        while before(k) {
            k += 1;
        }
        lo + k
    }
}

impl Document {
    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        self.tokens.get(sentence.tokens.clone()).unwrap_or(&[])
    }

    /// Index of the sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        self.sentences
            .get(i)
            .filter(|s| s.span.start <= pos && pos < s.span.end)
            .map(|_| i)
    }

    /// Index of the first token starting at or after byte `pos`. Searched outwards from the
    /// last answer, in steps that double, then by halves: the rules mostly ask about places
    /// near the last one (a mention's start, then its end, then the next mention's start).
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        let tokens = &self.tokens;
        let before = |i: usize| tokens.get(i).is_some_and(|t| (t.start as usize) < pos);
        let hint = self.hint.get().min(tokens.len());
        // Most often the answer is the last one or the token after it.
        let starts_before_hint = before(hint);
        let near = if starts_before_hint {
            (!before(hint + 1)).then_some(hint + 1)
        } else {
            hint.checked_sub(1).is_none_or(before).then_some(hint)
        };
        if let Some(found) = near {
            self.hint.set(found);
            return found;
        }
        // The answer is in `lo..=hi`: every token before `lo` starts before `pos`, and token
        // `hi` (if any) does not.
        let (lo, hi) = if starts_before_hint {
            // Forwards: `hint` starts before `pos`.
            let (mut lo, mut step) = (hint + 1, 1);
            loop {
                let probe = lo.saturating_add(step - 1);
                if probe >= tokens.len() {
                    break (lo, tokens.len());
                }
                if !before(probe) {
                    break (lo, probe);
                }
                lo = probe + 1;
                step *= 2;
            }
        } else {
            // Backwards: `hint` is the end of the list or does not start before `pos`.
            let (mut hi, mut step) = (hint, 1);
            loop {
                let Some(probe) = hi.checked_sub(step) else {
                    break (0, hi);
                };
                if before(probe) {
                    break (probe + 1, hi);
                }
                hi = probe;
                step *= 2;
            }
        };
        let found = lo
            + tokens
                .get(lo..hi)
                .map_or(0, |run| run.partition_point(|t| (t.start as usize) < pos));
        self.hint.set(found);
        found
    }

    /// The span of the article's running text: first to last body paragraph.
    pub fn body(&self) -> Option<Span> {
        let mut body = self
            .paragraphs
            .iter()
            .filter(|p| matches!(p.part, Part::Body | Part::Related | Part::Heading));
        let first = body.next()?;
        let last = body.next_back().unwrap_or(first);
        Some(Span::new(first.span.start, last.span.end))
    }
}

/// Splits `text` into paragraphs. A blank line always ends a paragraph; a single line break
/// ends one too, unless it looks like a hard wrap inside a sentence (the line does not end a
/// sentence and the next one starts in lower case).
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    // About one paragraph per 200 bytes of news: mostly no growing (the list lives only until
    // the document is segmented).
    let mut paragraphs = Vec::with_capacity(text.len() / 128 + 4);
    let mut current: Option<Span> = None;
    let mut pos = 0;
    for line in lines(text) {
        let span = trim_line(text, pos, pos + line.len());
        pos += line.len();
        if span.is_empty() {
            // An empty piece between `\r` and `\n` is not a blank line.
            if line != "\n" || !text[..pos - 1].ends_with('\r') {
                if let Some(open) = current.take() {
                    paragraphs.push(open);
                }
            }
            continue;
        }
        current = Some(match current {
            Some(open) if is_soft_break(span.slice(text), open.slice(text)) => {
                Span::new(open.start, span.end)
            }
            Some(open) => {
                paragraphs.push(open);
                span
            }
            None => span,
        });
    }
    paragraphs.extend(current);
    paragraphs
}

/// `Span::new(start, end).trim(text)`: ASCII white space cut by bytes, and the general trim
/// only when a character outside ASCII is left at either end (one might be white space).
fn trim_line(text: &str, mut start: usize, mut end: usize) -> Span {
    let bytes = text.as_bytes();
    while end > start && bytes.get(end - 1).is_some_and(|&b| is_space(b)) {
        end -= 1;
    }
    while start < end && bytes.get(start).is_some_and(|&b| is_space(b)) {
        start += 1;
    }
    let ascii_ends = |i: usize| bytes.get(i).is_some_and(u8::is_ascii);
    if start == end || ascii_ends(start) && ascii_ends(end - 1) {
        return Span::new(start, end);
    }
    Span::new(start, end).trim(text)
}

/// Whether `bytes` (UTF-8) has U+2028 or U+2029 (`E2 80 A8`, `E2 80 A9`).
fn has_line_separator(bytes: &[u8]) -> bool {
    let mut i = 0;
    while let Some(rest) = bytes.get(i..) {
        // Past the ASCII eight bytes at a time (a byte-by-byte search for 0xE2 read every
        // byte of the text on its own).
        i += ascii_run(rest);
        match bytes.get(i..i + 3) {
            Some([0xE2, 0x80, 0xA8 | 0xA9]) => return true,
            Some(_) => i += 1,
            None => return false,
        }
    }
    false
}

/// The lines of `text`, each with its line break (`\n`, `\r`, U+2028 or U+2029) as
/// `text.split_inclusive(['\n', '\r', '\u{2028}', '\u{2029}'])` gives them, found by a byte scan.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    // Most texts break lines with `\n` alone: those are cut with the fast one-byte search.
    // (Looked for by bytes: `str::contains` of a non-ASCII `char` runs the general substring
    // search, which in wasm costs ~1% of the whole analysis on articles.)
    let bytes = text.as_bytes();
    let only_newlines = !bytes.contains(&b'\r') && !has_line_separator(bytes);
    let mut start = 0;
    std::iter::from_fn(move || {
        let rest = text.get(start..).filter(|r| !r.is_empty())?;
        let end = if only_newlines {
            rest.find('\n').map_or(text.len(), |k| start + k + 1)
        } else {
            let mut i = start;
            loop {
                let rest = bytes.get(i..).unwrap_or(&[]);
                // `\n`, `\r`, or the first byte of U+2028 and U+2029.
                let Some(k) = rest.iter().position(|&b| matches!(b, b'\n' | b'\r' | 0xE2)) else {
                    break bytes.len();
                };
                i += k;
                match bytes.get(i..i + 3) {
                    Some([0xE2, 0x80, 0xA8 | 0xA9]) => break i + 3,
                    _ if bytes.get(i) == Some(&0xE2) => i += 1,
                    _ => break i + 1,
                }
            }
        };
        let line = text.get(start..end);
        start = end;
        line
    })
}

fn is_soft_break(next_line: &str, open: &str) -> bool {
    let ends_sentence = open.chars().last().is_some_and(is_terminal_char);
    let next_lower = next_line.chars().next().is_some_and(char::is_lowercase);
    !ends_sentence && next_lower
}

fn is_terminal_char(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | ':' | ';' | '"' | '”' | '’' | '\'' | ')' | ']' | '»'
    )
}

/// Tokenises every paragraph with UAX #29 word boundaries. Runs of ASCII text take a fast path
/// ([`ascii_tokens`]) that gives the same tokens as `unicode-segmentation`, which only sees the
/// stretches around non-ASCII characters.
pub fn tokenize(text: &str, paragraphs: &[Span]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    for para in paragraphs {
        let p = para.slice(text);
        let bytes = p.as_bytes();
        if p.is_ascii() {
            ascii_tokens(p, 0..bytes.len(), para.start, &mut tokens);
            continue;
        }
        let mut pos = 0;
        while pos < bytes.len() {
            let rest = bytes.get(pos..).unwrap_or(&[]);
            let k = ascii_run(rest);
            if k == rest.len() {
                ascii_tokens(p, pos..bytes.len(), para.start, &mut tokens);
                break;
            }
            if let Some(len) = lone_mark(bytes, pos + k) {
                ascii_tokens(p, pos..pos + k, para.start, &mut tokens);
                let at = para.start + pos + k;
                tokens.push(Token::new(Span::new(at, at + len), TokenKind::Punct));
                pos += k + len;
                continue;
            }
            // The stretch from the last cut before the non-ASCII character to the first cut
            // after it goes through the full algorithm.
            let mut start = pos + k;
            while start > pos && !is_cut(bytes, start) {
                start -= 1;
            }
            let mut end = pos + k + 1;
            while end < bytes.len() && !is_cut(bytes, end) {
                end += 1;
            }
            ascii_tokens(p, pos..start, para.start, &mut tokens);
            uax29_tokens(p, start..end, para.start, &mut tokens);
            pos = end;
        }
    }
    tokens
}

/// The number of ASCII bytes `bytes` starts with: eight at a time.
pub(crate) fn ascii_run(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut run = 0;
    for chunk in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let high = u64::from_le_bytes(w) & 0x8080_8080_8080_8080;
        if high != 0 {
            // The lowest top bit set is the first byte outside ASCII.
            return run + (high.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    let rest = chunks.remainder();
    run + rest
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(rest.len())
}

/// The length of the quotation mark, dash or ellipsis (`“` `”` `„` `–` `—` `…`) at byte `at` of
/// `bytes` when ASCII stands on either side of it (`“We`, `ready,”`): such a mark is a token
/// of its own, with a boundary on both sides that no UAX #29 rule moves (its word-break class
/// is Other, and no Extend or Format character follows), so the text around it needs no stretch
/// of the full algorithm. Most characters outside ASCII in English news are these.
fn lone_mark(bytes: &[u8], at: usize) -> Option<usize> {
    let Some(&[0xE2, 0x80, 0x93 | 0x94 | 0x9C | 0x9D | 0x9E | 0xA6]) = bytes.get(at..at + 3) else {
        return None;
    };
    let before = at.checked_sub(1).and_then(|b| bytes.get(b));
    let after = bytes.get(at + 3);
    (before.is_none_or(u8::is_ascii) && after.is_none_or(u8::is_ascii)).then_some(3)
}

/// The UAX #29 tokens of `para[range]` (`para` starts at byte `offset` of the text).
fn uax29_tokens(para: &str, range: std::ops::Range<usize>, offset: usize, out: &mut Vec<Token>) {
    let Some(piece) = para.get(range.clone()) else {
        return;
    };
    for (at, word) in piece.split_word_bound_indices() {
        push_token(out, offset + range.start + at, word);
    }
}

/// True when a word boundary at byte `i` is certain and the boundaries on either side of it do
/// not depend on the other side: an ASCII white-space character meets an ASCII character that is
/// not white space. No UAX #29 rule joins across such a pair or looks past it.
fn is_cut(bytes: &[u8], i: usize) -> bool {
    match (i.checked_sub(1).and_then(|p| bytes.get(p)), bytes.get(i)) {
        (Some(&a), Some(&b)) => a.is_ascii() && b.is_ascii() && is_space(a) != is_space(b),
        _ => false,
    }
}

/// ASCII white space as `char::is_whitespace` has it (which, unlike `u8::is_ascii_whitespace`,
/// includes the vertical tab).
fn is_space(b: u8) -> bool {
    // `\t`, `\n`, `\x0b`, `\x0c`, `\r` or the space.
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// The UAX #29 tokens of `para[range]`, which is all ASCII: letters, digits and `_` join, and so
/// do `.` `'` `:` between letters (WB6, WB7) and `.` `'` `,` `;` between digits (WB11, WB12);
/// any other character is a token of its own. White space is dropped. Kinds and possessive
/// endings as in [`push_token`].
fn ascii_tokens(para: &str, range: std::ops::Range<usize>, offset: usize, out: &mut Vec<Token>) {
    let Some(bytes) = para.as_bytes().get(range.clone()) else {
        return;
    };
    let offset = offset + range.start;
    let mut i = 0;
    while let Some(&first) = bytes.get(i) {
        let mut j = i + 1;
        let class = ascii_class(first);
        if class == SPACE {
            i = j;
            continue;
        }
        let mut kind = TokenKind::Punct;
        if class & JOINS != 0 {
            // The classes of the word's letters and digits, to tell its kind.
            let mut seen = class;
            while let Some(&b) = bytes.get(j) {
                let class = ascii_class(b);
                if class & JOINS != 0 {
                    seen |= class;
                    j += 1;
                    continue;
                }
                // Only these join (most words end at a space).
                if !matches!(b, b'.' | b'\'' | b',' | b';' | b':') {
                    break;
                }
                let prev = ascii_class(bytes.get(j - 1).copied().unwrap_or(0));
                let next = ascii_class(bytes.get(j + 1).copied().unwrap_or(0));
                let digits = prev == DIGIT && next == DIGIT;
                let letters_around = prev == LETTER && next == LETTER;
                let joins = match b {
                    b'.' | b'\'' => digits || letters_around,
                    b',' | b';' => digits,
                    b':' => letters_around,
                    _ => false,
                };
                if !joins {
                    break;
                }
                seen |= next;
                j += 2;
            }
            kind = if seen & LETTER != 0 {
                TokenKind::Word
            } else if class == DIGIT {
                TokenKind::Number
            } else {
                TokenKind::Punct
            };
        }
        // A possessive ending is a token of its own: `Pyongyang` + `'s`.
        let possessive = j - i > 3
            && bytes.get(j - 2) == Some(&b'\'')
            && matches!(bytes.get(j - 1), Some(b's' | b'S'));
        let stem = if possessive { j - 2 } else { j };
        out.push(Token::new(Span::new(offset + i, offset + stem), kind));
        if possessive {
            out.push(Token::new(
                Span::new(offset + stem, offset + j),
                TokenKind::Word,
            ));
        }
        i = j;
    }
}

/// The classes of ASCII bytes for [`ascii_tokens`], one table look-up per byte.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const UNDERSCORE: u8 = 4;
const SPACE: u8 = 8;
/// Letters, digits and `_`: the bytes that join into a word.
const JOINS: u8 = LETTER | DIGIT | UNDERSCORE;

/// Every byte has an entry (0 outside ASCII), so the compiler drops the bounds test of a
/// look-up.
const ASCII_CLASSES: [u8; 256] = {
    let mut table = [0; 256];
    let mut b: u8 = 0;
    while b < 128 {
        table[b as usize] = if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b == b'_' {
            UNDERSCORE
        } else if b == b' ' || b >= b'\t' && b <= b'\r' {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The class of byte `b` (0 for punctuation and for bytes outside ASCII).
#[inline]
fn ascii_class(b: u8) -> u8 {
    ASCII_CLASSES.get(usize::from(b)).copied().unwrap_or(0)
}

/// Adds the token `word` found at byte `start` of the text, unless it is white space.
fn push_token(out: &mut Vec<Token>, start: usize, word: &str) {
    let Some(first) = word.chars().next() else {
        return;
    };
    if first.is_whitespace() {
        return;
    }
    let kind = if word.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if first.is_ascii_digit() {
        TokenKind::Number
    } else {
        TokenKind::Punct
    };
    // A possessive ending is a token of its own: `Pyongyang` + `’s`.
    let stem = ["’s", "'s", "’S", "'S"]
        .iter()
        .find(|e| word.len() > e.len() + 1 && word.ends_with(*e))
        .map_or(word.len(), |e| word.len() - e.len());
    out.push(Token::new(Span::new(start, start + stem), kind));
    if stem < word.len() {
        out.push(Token::new(
            Span::new(start + stem, start + word.len()),
            TokenKind::Word,
        ));
    }
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "cmdr",
    "sen", "rep", "gov", "pres", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    "est", "approx", "dept", "univ", "fig", "vol", "ave", "blvd", "hon", "messrs",
];

/// A word of at most seven bytes as a number: its bytes, ASCII letters lowered, little-endian,
/// and its length in the top byte (`None` for a longer word).
const fn abbreviation_key(word: &[u8]) -> Option<u64> {
    if word.len() > 7 {
        return None;
    }
    let mut key = (word.len() as u64) << 56;
    let mut i = 0;
    while i < word.len() {
        key |= (word[i].to_ascii_lowercase() as u64) << (8 * i);
        i += 1;
    }
    Some(key)
}

/// [`ABBREVIATIONS`]' keys, sorted: every dot asks whether the word before it is one, and a
/// search of these numbers is a few comparisons where the list took fifty.
const ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    let mut keys = [0; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = match abbreviation_key(ABBREVIATIONS[i].as_bytes()) {
            Some(k) => k,
            None => panic!("an abbreviation longer than seven bytes"),
        };
        // Insertion sort.
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let k = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = k;
            j -= 1;
        }
        i += 1;
    }
    keys
};

/// Splits each paragraph into sentences. A sentence ends after `.`, `!`, `?` or `…` (and any
/// closing marks) when the next token starts a sentence; never after an abbreviation or an
/// initial, and never strictly inside one of the `protected` spans (direct quotes).
pub fn split_sentences(
    text: &str,
    paragraphs: &[Span],
    tokens: &[Token],
    protected: &[Span],
) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    // The protected spans in order of start, each ending at the furthest end so far.
    let mut guard = protected.to_vec();
    crate::sort::sort_mostly_sorted(&mut guard);
    let mut reach = 0;
    for g in &mut guard {
        reach = reach.max(g.end);
        g.end = reach;
    }
    let mut ti = 0;
    for (pi, para) in paragraphs.iter().enumerate() {
        while ti < tokens.len() && tokens[ti].span().start < para.start {
            ti += 1;
        }
        let first = ti;
        while ti < tokens.len() && tokens[ti].span().end <= para.end {
            ti += 1;
        }
        let para_tokens = &tokens[first..ti];
        let mut start = 0;
        let mut i = 0;
        while i < para_tokens.len() {
            let span = para_tokens[i].span();
            // Every sentence end starts with `.`, `!`, `?` or the first byte of `…`.
            if !matches!(
                text.as_bytes().get(span.start),
                Some(b'.' | b'!' | b'?' | 0xE2)
            ) {
                i += 1;
                continue;
            }
            let t = span.slice(text);
            if is_sentence_end(t) && !(t == "." && i > 0 && is_abbreviation(para_tokens, i, text)) {
                let mut end = i + 1;
                // A straight mark after a space opens the next quote (`said. "This`).
                let closes = |k: usize| {
                    para_tokens.get(k).is_some_and(|c| {
                        let mark = c.span().slice(text);
                        is_closer(mark)
                            && (c.span().start == para_tokens[k - 1].span().end
                                || !matches!(mark, "\"" | "'"))
                    })
                };
                while closes(end) {
                    end += 1;
                }
                let boundary = para_tokens[end - 1].span().end;
                let starts_next = para_tokens
                    .get(end)
                    .is_some_and(|n| starts_sentence(n.span().slice(text)));
                // The protected span starting last before the boundary, or any earlier one
                // reaching past it (a binary search: many quotes stay linear).
                let k = guard.partition_point(|g| g.start < boundary);
                let inside = k > 0 && guard.get(k - 1).is_some_and(|g| boundary < g.end);
                if starts_next && !inside {
                    push_sentence(&mut sentences, para_tokens, first, start..end, pi);
                    start = end;
                }
                i = end;
                continue;
            }
            i += 1;
        }
        if start < para_tokens.len() {
            push_sentence(
                &mut sentences,
                para_tokens,
                first,
                start..para_tokens.len(),
                pi,
            );
        }
    }
    // Every later stage reads the list: keep it no larger than it is.
    sentences.shrink_to_fit();
    sentences
}

fn push_sentence(
    out: &mut Vec<Sentence>,
    para_tokens: &[Token],
    offset: usize,
    range: std::ops::Range<usize>,
    paragraph: usize,
) {
    if let (Some(a), Some(b)) = (para_tokens.get(range.start), para_tokens.get(range.end - 1)) {
        out.push(Sentence {
            span: Span::new(a.span().start, b.span().end),
            tokens: offset + range.start..offset + range.end,
            paragraph,
        });
    }
}

fn is_sentence_end(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | "…") || t.len() > 1 && t.bytes().all(|b| b == b'.')
}

fn is_closer(t: &str) -> bool {
    matches!(
        t,
        "”" | "’" | "\"" | "'" | ")" | "]" | "»" | "." | "!" | "?"
    )
}

fn starts_sentence(t: &str) -> bool {
    t.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_numeric()
            || matches!(
                c,
                '“' | '‘' | '"' | '\'' | '(' | '[' | '«' | '„' | '—' | '–' | '-'
            )
    })
}

fn is_abbreviation(tokens: &[Token], dot: usize, text: &str) -> bool {
    let prev = tokens[dot - 1];
    if prev.span().end != tokens[dot].span().start {
        return false;
    }
    let word = prev.span().slice(text);
    // An initial (`J.`), a dotted abbreviation (`U.S.`, `p.m.`) or a listed one (`Gen.`).
    // `No.` abbreviates "number" only before one (`No. 10`); otherwise it is the word (`was no.`).
    let number = word.eq_ignore_ascii_case("no")
        && tokens
            .get(dot + 1)
            .is_some_and(|n| n.kind == TokenKind::Number);
    is_initial(tokens, dot, text) || number || word.contains('.') || listed_abbreviation(word)
}

/// True when the full stop at token `dot` ends an initial (`J.`, `Robert C. “Bobby” Scott`): a
/// capital letter alone, glued to it; `on X.` is the platform (`he wrote on X. “The …`).
pub(crate) fn is_initial(tokens: &[Token], dot: usize, text: &str) -> bool {
    let Some((prev, stop)) = dot
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .zip(tokens.get(dot))
    else {
        return false;
    };
    let word = prev.span().slice(text);
    prev.span().end == stop.span().start
        && word.chars().count() == 1
        && word.chars().all(char::is_uppercase)
        && !(word == "X"
            && dot >= 2
            && tokens
                .get(dot - 2)
                .is_some_and(|t| t.span().slice(text) == "on"))
}

/// True when `word` is one of [`ABBREVIATIONS`] in any case.
fn listed_abbreviation(word: &str) -> bool {
    abbreviation_key(word.as_bytes()).is_some_and(|k| ABBREVIATION_KEYS.binary_search(&k).is_ok())
}

/// Gives each paragraph its [`Part`]: the head of the article (section label, headline,
/// standfirst, byline and dateline lines), the body, and the non-body lines inside or after it.
pub fn classify(text: &str, paragraphs: &[Span]) -> Vec<Paragraph> {
    classify_dated(text, paragraphs).0
}

/// [`classify`], with the dates of the dateline paragraphs in order.
fn classify_dated(text: &str, paragraphs: &[Span]) -> (Vec<Paragraph>, Vec<(time::Moment, bool)>) {
    let info: Vec<LineInfo> = paragraphs
        .iter()
        .map(|p| LineInfo::new(p.slice(text)))
        .collect();
    // The head ends after the last dateline or byline near the top; without one, the body starts
    // at the first paragraph that reads like running text.
    let head_end = info
        .iter()
        .take(8)
        .rposition(|l| l.dateline.is_some() || l.byline)
        .map(|i| i + 1)
        .unwrap_or_else(|| {
            info.iter()
                .zip(paragraphs)
                .position(|(l, p)| {
                    // (A headline in title case even with a full stop: `Pence Says Trump Was
                    // Mocking.`)
                    let title_case = || {
                        // (Words as the tokens' words: `‘The` is `The`; `9/11` is none.)
                        let words = p.slice(text).split_whitespace();
                        let words = words.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
                        title_case_words(words.filter(|w| w.starts_with(char::is_alphabetic)))
                    };
                    l.is_running_text() && !(l.words <= 16 && title_case()) || l.wire
                })
                .unwrap_or(0)
        });
    let mut parts = vec![Part::Body; paragraphs.len()];
    let head: Vec<usize> = (0..head_end)
        .filter(|&i| info[i].dateline.is_none() && !info[i].byline)
        .collect();
    // (A byline with its date, `By Ann Lee | Sept. 14, 2016`, stays a byline: its author is no
    // one in the story. Its date was read with the others.)
    for i in 0..head_end {
        if info[i].byline {
            parts[i] = Part::Byline;
        } else if info[i].dateline.is_some() {
            parts[i] = Part::Dateline;
        }
    }
    let mut rest = head.as_slice();
    if let [first, second, ..] = rest {
        let short = info[*first].words <= 5 && !info[*first].terminal;
        if short && (rest.len() >= 3 || info[*second].words > info[*first].words) {
            parts[*first] = Part::Section;
            rest = &rest[1..];
        }
    }
    if let Some((title, standfirst)) = rest.split_first() {
        parts[*title] = Part::Title;
        for &i in standfirst {
            parts[i] = Part::Standfirst;
        }
    }
    for i in head_end..paragraphs.len() {
        let l = &info[i];
        parts[i] = if l.dateline.is_some() {
            Part::Dateline
        } else if l.credit {
            Part::Credit
        } else if l.byline {
            Part::Byline
        } else if l.wire {
            Part::Body
        } else if !l.terminal && l.words >= 5 {
            Part::Related
        } else if !l.terminal && l.words >= 1 && i + 1 < paragraphs.len() {
            Part::Heading
        } else {
            Part::Body
        };
    }
    let moments = info.iter().filter_map(|l| l.dateline).collect();
    let paragraphs = paragraphs
        .iter()
        .zip(parts)
        .map(|(&span, part)| Paragraph { span, part })
        .collect();
    (paragraphs, moments)
}

struct LineInfo {
    words: usize,
    terminal: bool,
    /// The date of a publication or update line, and whether it is an update.
    dateline: Option<(time::Moment, bool)>,
    byline: bool,
    credit: bool,
    /// A wire dateline on a line of its own (`LONDON, May 4, 2023 (Reuters) -`): the body's
    /// first paragraph, its dateline read as one that opens a paragraph.
    wire: bool,
}

impl LineInfo {
    fn new(line: &str) -> LineInfo {
        // Counted up to 17: every test of the count is against a smaller number.
        let words = count_words(line, 17);
        // Only the start of the line is compared, with prefixes of at most 24 characters.
        // Most lines start with a letter no credit or byline starts with: no lower case
        // needed. (Only ASCII letters and `©` start them, and no other character's lower
        // case starts with one of those letters and goes on as they do.)
        let first = line.as_bytes().first().map(u8::to_ascii_lowercase);
        let may_credit = matches!(
            first,
            Some(b'a' | b'r' | b'w' | b'e' | b'(' | b'c' | b's' | 0xC2)
        );
        let may_byline =
            words <= 8 && !line.ends_with('.') && matches!(first, Some(b'b' | b'r' | b'i'));
        let mut buf = [0; 24];
        let lower = if may_credit || may_byline {
            lower_head(line, &mut buf)
        } else {
            std::borrow::Cow::Borrowed("")
        };
        let credit = may_credit && CREDIT_STARTS.iter().any(|s| lower.starts_with(s));
        let byline = may_byline
            && (lower.starts_with("by ")
                || lower.starts_with("reporting by")
                || lower.starts_with("interview by")
                || lower.starts_with("interviewed by"));
        LineInfo {
            words,
            // (A closing quotation mark counts only after a full stop or the like: `… said
            // “we will.”`, not a headline's `Singh says ties ‘key to stability’`.)
            terminal: line
                .trim_end_matches(['"', '”', '’', '\'', '»'])
                .ends_with(is_terminal_char),
            dateline: if words <= 16 {
                time::dateline_moment(line)
            } else {
                None
            },
            byline,
            credit,
            wire: words <= 10
                && line.trim_end().ends_with(['-', '—', '–'])
                && inline_dateline(line, Span::new(0, line.len())).is_some(),
        }
    }

    fn is_running_text(&self) -> bool {
        self.terminal && self.words >= 8 && self.dateline.is_none() && !self.credit
    }
}

/// The first 24 characters of `line` in lower case: in `buf` when they are ASCII (most lines).
fn lower_head<'b>(line: &str, buf: &'b mut [u8; 24]) -> std::borrow::Cow<'b, str> {
    let head = line.get(..line.len().min(24)).filter(|h| h.is_ascii());
    if let Some((head, out)) = head.zip(buf.get_mut(..line.len().min(24))) {
        out.copy_from_slice(head.as_bytes());
        out.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(out) {
            return lower.into();
        }
    }
    line.chars()
        .take(24)
        .flat_map(crate::case::lower_char)
        .collect::<String>()
        .into()
}

/// The number of white-space separated words in `line`, up to `most`: what
/// `line.split_whitespace().take(most).count()` gives, reading eight bytes at a time where the
/// text is ASCII, and bytes elsewhere.
fn count_words(line: &str, most: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = line.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    // One byte: false when the count is reached.
    let byte = |i: usize, b: u8, words: &mut usize, in_word: &mut bool| {
        let space = match b {
            0..=0x7f => ascii_class(b) == SPACE,
            // Inside a character: its first byte decided.
            0x80..=0xbf => return true,
            _ => line
                .get(i..)
                .and_then(|r| r.chars().next())
                .is_none_or(char::is_whitespace),
        };
        if !space && !*in_word {
            *words += 1;
            if *words == most {
                return false;
            }
        }
        *in_word = !space;
        true
    };
    let mut at = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let w = u64::from_le_bytes(w);
        if w & HIGH == 0 {
            // A word starts at each byte that is not white space after one that is.
            let solid = !ascii_spaces(w) & HIGH;
            let after_space = ((!solid & HIGH) << 8) | if in_word { 0 } else { 0x80 };
            words += (solid & after_space).count_ones() as usize;
            in_word = solid >> 56 != 0;
            if most > 0 && words >= most {
                return most;
            }
        } else {
            for (k, &b) in chunk.iter().enumerate() {
                if !byte(at + k, b, &mut words, &mut in_word) {
                    return words;
                }
            }
        }
        at += 8;
    }
    for (k, &b) in bytes.get(at..).unwrap_or_default().iter().enumerate() {
        if !byte(at + k, b, &mut words, &mut in_word) {
            break;
        }
    }
    words
}

/// The top bit of each byte of `w` (eight ASCII bytes) that is white space: `\t` to `\r`
/// (adding 0x77 to a byte sets its top bit from 0x09 up, adding 0x72 from 0x0e up; no sum
/// carries into the next byte) or the space (the byte that XOR 0x20 makes zero).
fn ascii_spaces(w: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let tab_to_cr = w.wrapping_add(ONES * 0x77) & !w.wrapping_add(ONES * 0x72);
    let x = w ^ (ONES * 0x20);
    let space = !x.wrapping_add(ONES * 0x7f);
    (tab_to_cr | space) & HIGH
}

const CREDIT_STARTS: &[&str] = &[
    "additional reporting",
    "reporting by",
    "writing by",
    "editing by",
    "(reporting by",
    "(additional reporting",
    "(editing by",
    "copyright",
    "©",
    "all rights reserved",
    "contact the author",
    "read more:",
    "related:",
    "see also:",
];

/// The inline dateline that opens a wire story's first body paragraph, such as
/// `WASHINGTON (Reuters) -`, `BEIJING, Nov 30 (Reuters) —` or `Islamabad, Pakistan –`, if there
/// is one (the paragraph may be the dateline alone, its dash last).
pub fn inline_dateline(text: &str, paragraph: Span) -> Option<Span> {
    let p = paragraph.slice(text);
    // `NEW DELHI: The …`, as Indian papers write it: a listed place in capitals before a colon
    // (not a rubric, `BREAKING:`, nor a transcript's speaker, `WALLACE:`).
    if let Some((head, _)) = p.get(..40).unwrap_or(p).split_once(": ") {
        if head.len() > 2 && head.bytes().all(|b| b.is_ascii_uppercase() || b == b' ') {
            let words: Vec<String> = head
                .split(' ')
                .map(crate::entities::ascii_title_case)
                .collect();
            let name = words.join(" ");
            if crate::entities::lexicon::lexicon()
                .places
                .contains(name.as_str())
            {
                return Some(Span::new(paragraph.start, paragraph.start + head.len() + 1));
            }
        }
    }
    let dash = p
        .char_indices()
        .take_while(|&(i, _)| i < 80)
        .find(|&(i, c)| {
            // (Or two hyphens, as AP and Xinhua write it: `BEIJING, Aug. 14 (Xinhua) --`.)
            let rest = p[i + c.len_utf8()..].strip_prefix('-').filter(|_| c == '-');
            // (Or an underscore, as AP wrote it in the 1990s: `NAIROBI, Kenya (AP) _`.)
            matches!(c, '-' | '—' | '–' | '_')
                && p[..i].ends_with(' ')
                && matches!(
                    rest.unwrap_or(&p[i + c.len_utf8()..]).bytes().next(),
                    None | Some(b' ')
                )
        })
        .map(|(i, _)| i)
        .or_else(|| bracketed_wire_end(p))?;
    let head = p[..dash].trim_end();
    // The place comes first, in capitals: `WASHINGTON`, `HONG KONG`, `ST. LOUIS` (or a town and
    // its country in title case, both listed).
    let place: String = head
        .chars()
        .take_while(|c| !matches!(c, ',' | '('))
        .collect();
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2
        || letters.iter().any(|c| c.is_lowercase()) && !place_and_country(head) && !dated_wire(head)
    {
        return None;
    }
    Some(Span::new(paragraph.start, paragraph.start + head.len()))
}

/// The end of a wire's name in capitals and brackets that no dash follows but the story's first
/// capitalised word, as PTI writes it (`MUMBAI, July 21 (PTI) Farmers' groups …`).
fn bracketed_wire_end(p: &str) -> Option<usize> {
    let open = p
        .char_indices()
        .take_while(|&(i, _)| i < 60)
        .find(|&(_, c)| c == '(')?
        .0;
    let close = open + p.get(open..)?.find(')')?;
    let wire = p.get(open + 1..close)?;
    let rest = p.get(close + 1..)?.strip_prefix(' ')?;
    (wire.len() >= 2
        && wire.len() <= 12
        && wire.bytes().all(|b| b.is_ascii_uppercase() || b == b'/')
        && rest.starts_with(char::is_uppercase))
    .then_some(close + 1)
}

/// True when `head` is a date and a wire in brackets, as Reuters writes a dateline that names
/// no place (`Oct 11 (Reuters)`).
fn dated_wire(head: &str) -> bool {
    let Some((date, wire)) = head.split_once(" (") else {
        return false;
    };
    let mut words = date.split(' ');
    let month = words
        .next()
        .map(|m| m.trim_end_matches('.').to_ascii_lowercase());
    month.is_some_and(|m| crate::time::lexicon::month(&m).is_some())
        && words
            .next()
            .is_some_and(|d| d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()))
        && words.next().is_none()
        && wire.ends_with(')')
        && wire.starts_with(char::is_uppercase)
}

/// True when `head` is two listed places, a town and its country or region after a comma, as
/// Al Jazeera writes a dateline (`Islamabad, Pakistan –`).
fn place_and_country(head: &str) -> bool {
    let places = &crate::entities::lexicon::lexicon().places;
    head.split_once(", ")
        .is_some_and(|(place, country)| places.contains(place) && places.contains(country))
}

/// Makes an inline dateline and its dash (`CHICAGO, Oct. 14 (Reuters) -`) a sentence of its own,
/// so that the story's first sentence starts after it (a clause reported there does not take
/// the dateline in).
fn split_after_dateline(text: &str, sentences: &mut Vec<Sentence>, tokens: &[Token], d: Span) {
    let Some(i) = sentences
        .iter()
        .position(|s| s.span.start <= d.start && d.end < s.span.end)
    else {
        return;
    };
    let range = sentences[i].tokens.clone();
    let after = |k: &usize| tokens.get(*k).is_some_and(|t| t.span().start >= d.end);
    let Some(mut k) = range.clone().find(after) else {
        return;
    };
    for _ in 0..2 {
        if tokens
            .get(k)
            .is_some_and(|t| matches!(t.span().slice(text), "-" | "—" | "–" | "--"))
        {
            k += 1;
        }
    }
    if k <= range.start || k >= range.end {
        return;
    }
    let (Some(last), Some(first)) = (tokens.get(k - 1), tokens.get(k)) else {
        return;
    };
    let paragraph = sentences[i].paragraph;
    let head = Sentence {
        span: Span::new(sentences[i].span.start, last.span().end),
        tokens: range.start..k,
        paragraph,
    };
    sentences[i] = Sentence {
        span: Span::new(first.span().start, sentences[i].span.end),
        tokens: k..range.end,
        paragraph,
    };
    sentences.insert(i, head);
}

/// Runs the whole stage: paragraphs with their parts, tokens, inline datelines and sentences
/// (which never end strictly inside one of `protected`).
pub fn segment(text: &str, paragraph_spans: &[Span], protected: &[Span]) -> Document {
    let (paragraphs, dateline_moments) = classify_dated(text, paragraph_spans);
    let tokens = tokenize(text, paragraph_spans);
    let inline_datelines: Vec<Span> = paragraphs
        .iter()
        .find(|p| p.part == Part::Body)
        .and_then(|p| inline_dateline(text, p.span))
        .into_iter()
        .collect();
    // No sentence ends inside a dateline (`CEDAR KEY, Fla. (AP) —`).
    let guard: Vec<Span> = protected.iter().chain(&inline_datelines).copied().collect();
    let mut sentences = split_sentences(text, paragraph_spans, &tokens, &guard);
    for &d in &inline_datelines {
        split_after_dateline(text, &mut sentences, &tokens, d);
    }
    Document {
        paragraphs,
        tokens,
        sentences,
        inline_datelines,
        dateline_moments,
        hint: std::cell::Cell::new(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_keys_find_the_listed_words_in_any_case_and_no_other() {
        let listed = listed_abbreviation;
        for a in ABBREVIATIONS {
            assert!(listed(a), "{a}");
            assert!(listed(&a.to_ascii_uppercase()), "{a}");
        }
        for w in [
            "", "m", "mr\0", "\0mr", "mrss", "messrsx", "Gén", "said", "U.S", "approxim",
        ] {
            assert!(!listed(w), "{w:?}");
        }
    }

    fn texts(text: &str, spans: &[Span]) -> Vec<String> {
        spans.iter().map(|s| s.slice(text).to_string()).collect()
    }

    #[test]
    fn credit_and_byline_lines_in_any_case() {
        for start in CREDIT_STARTS {
            for line in [
                format!("{start} Jane Doe"),
                format!("{start} Jane Doe").to_uppercase(),
            ] {
                assert!(LineInfo::new(&line).credit, "{line:?}");
            }
        }
        for line in [
            "By Jane Doe",
            "reporting by Sam Li",
            "INTERVIEW BY Ana Ruiz",
            "Interviewed by A. B",
        ] {
            assert!(LineInfo::new(line).byline, "{line:?}");
        }
        for line in ["Bystanders said", "The editing by Sam Li", "Kopyright Ltd"] {
            let info = LineInfo::new(line);
            assert!(!info.credit && !info.byline, "{line:?}");
        }
    }

    #[test]
    fn token_at_or_after_answers_from_any_last_answer() {
        let text = "He said: “No.” Then, at 9:34 pm,  the   U.S. team left — fast.\n\nMore. ";
        let doc = segment(text, &split_paragraphs(text), &[]);
        let want = |pos: usize| doc.tokens.partition_point(|t| t.span().start < pos);
        // Every place after every other: forwards, backwards, far and near.
        for a in 0..=text.len() + 2 {
            for b in (0..=text.len() + 2).rev() {
                assert_eq!(doc.token_at_or_after(a), want(a), "{a}");
                assert_eq!(doc.token_at_or_after(b), want(b), "{b} after {a}");
            }
        }
        assert_eq!(Document::default().token_at_or_after(5), 0);
    }

    #[test]
    fn token_blocks_find_tokens_as_a_search_does() {
        // Blocks dense with tokens, blocks with none (a long word, white space), and both ends.
        let long = "x".repeat(150);
        let text = format!(
            "A,b;c.d!e?f:g(h)i[j]k{{l}}m-n+o=p a b c d e f g h i j k l m n o p q r s t u v w \
             {long} — “Quoted,” he said.{}end, 9:34 pm. U.S.-led talks. ",
            " ".repeat(130)
        );
        let doc = segment(&text, &split_paragraphs(&text), &[]);
        let blocks = TokenBlocks::new(text.len(), &doc.tokens);
        for pos in 0..=text.len() + 70 {
            let want = doc.tokens.partition_point(|t| t.span().start < pos);
            assert_eq!(blocks.token_at_or_after(&doc.tokens, pos), want, "{pos}");
        }
    }

    macro_rules! paragraphs {
        ($($name:ident: $input:expr => [$($want:expr),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let got = texts($input, &split_paragraphs($input));
                let want: Vec<&str> = vec![$($want),*];
                assert_eq!(got, want);
            }
        )*};
    }

    paragraphs! {
        paragraphs_blank_lines: "One.\n\nTwo.\n" => ["One.", "Two."];
        paragraphs_single_newlines: "Headline here\nBody starts. It goes on." => ["Headline here", "Body starts. It goes on."];
        paragraphs_hard_wrap_joined: "The talks were held\nin Washington.\n\nNext." => ["The talks were held\nin Washington.", "Next."];
        paragraphs_crlf: "A.\r\n\r\nB.\r\nC." => ["A.", "B.", "C."];
        paragraphs_empty: "  \n \n" => [];
    }

    macro_rules! sentences {
        ($($name:ident: $input:expr => [$($want:expr),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let text = $input;
                let paras = split_paragraphs(text);
                let tokens = tokenize(text, &paras);
                let spans: Vec<Span> = split_sentences(text, &paras, &tokens, &[]).iter().map(|s| s.span).collect();
                let want: Vec<&str> = vec![$($want),*];
                assert_eq!(texts(text, &spans), want);
            }
        )*};
    }

    sentences! {
        sentences_simple: "It rained. Then it stopped!" => ["It rained.", "Then it stopped!"];
        sentences_abbreviations: "Gen. Joseph Dunford met U.S. officials. He left." => ["Gen. Joseph Dunford met U.S. officials.", "He left."];
        sentences_closing_quote: "“We won.” She smiled." => ["“We won.”", "She smiled."];
        sentences_straight_closing_quote: "\"We won.\" She smiled." => ["\"We won.\"", "She smiled."];
        sentences_straight_quote_opens_the_next: "He left. \"We won.\" She smiled." => ["He left.", "\"We won.\"", "She smiled."];
        sentences_initial: "J. R. Smith spoke. Done." => ["J. R. Smith spoke.", "Done."];
        sentences_on_x: "“Yes,” he wrote on X. “No.” It was posted on X. Then he left." => ["“Yes,” he wrote on X.", "“No.”", "It was posted on X.", "Then he left."];
        sentences_no_ends_a_sentence: "The answer was no. The minister left. He lives at No. 10 now." => ["The answer was no.", "The minister left.", "He lives at No. 10 now."];
        sentences_lowercase_after_dot: "It cost 3.5 million. e.g. this." => ["It cost 3.5 million. e.g. this."];
    }

    #[test]
    fn sentences_do_not_end_inside_protected_spans() {
        let text = "“We came. We saw,” he said. Then he left.";
        let paras = split_paragraphs(text);
        let tokens = tokenize(text, &paras);
        let quote = Span::new(0, text.find(" he").unwrap());
        let got: Vec<Span> = split_sentences(text, &paras, &tokens, &[quote])
            .iter()
            .map(|s| s.span)
            .collect();
        assert_eq!(
            texts(text, &got),
            ["“We came. We saw,” he said.", "Then he left."]
        );
    }

    /// The tokens of the full UAX #29 algorithm alone, without the ASCII fast path.
    fn uax29_only(text: &str, paragraphs: &[Span]) -> Vec<Token> {
        let mut out = Vec::new();
        for para in paragraphs {
            uax29_tokens(para.slice(text), 0..para.len(), para.start, &mut out);
        }
        out
    }

    /// Pieces that meet at every kind of UAX #29 boundary: letters, digits and the characters
    /// that join them, white space of every sort, and non-ASCII letters, marks, format
    /// characters, emoji, regional indicators, Hebrew, Katakana and CJK.
    const PIECES: &[&str] = &[
        "a",
        "Z",
        "s",
        "S",
        "7",
        "_",
        ".",
        "'",
        ":",
        ",",
        ";",
        "\"",
        "-",
        "(",
        "$",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\x0b",
        "\x0c",
        "\x00",
        "\x1f",
        "é",
        "É",
        "ß",
        "’",
        "‘",
        "“",
        "”",
        "„",
        "–",
        "—",
        "…",
        "\u{a0}",
        "\u{200b}",
        "\u{200d}",
        "\u{ad}",
        "\u{301}",
        "\u{2060}",
        "\u{2028}",
        "😀",
        "👍🏽",
        "🇺🇸",
        "\u{1f1fa}",
        "א",
        "\u{5f3}",
        "カ",
        "ー",
        "中",
        "文",
        "٣",
        "½",
        "²",
        "K",
        "İ",
        "ǅ",
        "\u{ff0e}",
        "\u{2024}",
        "\u{b7}",
        "\u{3000}",
        "\u{85}",
        "’s",
        "'s",
    ];

    #[test]
    fn ascii_fast_path_gives_the_uax29_tokens() {
        // A fixed pseudo-random walk over every pair and triple of pieces, and longer mixes.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut texts: Vec<String> = Vec::new();
        for a in PIECES {
            for b in PIECES {
                texts.push(format!("{a}{b}"));
                texts.push(format!("x{a}{b}1 {b}{a}y"));
            }
        }
        for _ in 0..20_000 {
            let len = 1 + next(24);
            texts.push((0..len).map(|_| PIECES[next(PIECES.len())]).collect());
        }
        for text in &texts {
            let whole = [Span::new(0, text.len())];
            assert_eq!(
                tokenize(text, &whole),
                uax29_only(text, &whole),
                "in {text:?}"
            );
        }
    }

    #[test]
    fn ascii_fast_path_on_mixed_news_text() {
        let text = "Café owner José Müller’s 1,000.5 e.g. U.S. don't 9:34pm a:b 1:2 x_1 \
                    São Paulo — “Ça va,” said Zoë. 中国 and 日本’s talks; 3;4 ab'cd 2'5 \
                    a.1 1.a __ _a_ 🇺🇸🇺🇸 👍🏽 at\u{ad}tack co\u{301}operate\n\n“\n–PUBLISHED : Thursday, 30 November, 2017, 9:34pm ";
        let paras = split_paragraphs(text);
        assert_eq!(tokenize(text, &paras), uax29_only(text, &paras));
    }

    #[test]
    fn trim_line_is_span_trim() {
        // `split_paragraphs` trims each line by bytes where it can: the same spans as
        // `Span::trim` on every line of every combination of the pieces.
        for a in PIECES {
            for b in PIECES {
                for text in [
                    format!("{a}\n{b}"),
                    format!(" {a}x{b} \n\n{b}\u{a0}{a}\r\n {a}y\n{b}"),
                    format!("{b}{a}\u{2028}\u{3000}{a}\n \u{85}\n{b}z{b}\t"),
                ] {
                    let mut pos = 0;
                    for line in lines(&text) {
                        let (start, end) = (pos, pos + line.len());
                        pos = end;
                        let (fast, full) = (
                            trim_line(&text, start, end),
                            Span::new(start, end).trim(&text),
                        );
                        // A blank line is empty either way (where it is does not matter).
                        assert!(
                            fast == full || fast.is_empty() && full.is_empty(),
                            "line {line:?} in {text:?}: {fast:?}, not {full:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn lines_as_split_inclusive() {
        for text in [
            "",
            "a",
            "\n",
            "a\nb",
            "a\r\nb\r\n",
            "\r\r\n\n",
            "a\u{2028}b\u{2029}",
            "\u{2028}",
            "é\n\u{2027}\u{202a}x",
            "†\n\u{2030}",
            "“Yes,” she said.\nNo.",
            "“Yes,” she said.\u{2029}No.\u{2028}",
            "—\u{2028}",
            // Separators after runs of ASCII longer than eight bytes, and after other marks.
            "a line of plain ASCII text\u{2028}and the next one",
            "“Quoted words,” said the minister’s aide.\u{2029}Then more\u{2027}x",
        ] {
            let want: Vec<&str> = text
                .split_inclusive(['\n', '\r', '\u{2028}', '\u{2029}'])
                .collect();
            assert_eq!(lines(text).collect::<Vec<_>>(), want, "in {text:?}");
        }
    }

    #[test]
    fn count_words_as_split_whitespace() {
        for a in PIECES {
            for b in PIECES {
                for text in [
                    format!("{a}{b}"),
                    format!(" x{a}{b} y{b}{a}z {a} "),
                    format!("ab cd{a}ef gh  ij{b}\tkl mn{a}{a} op qr\nst {b}uv wx yz 12 34 56"),
                ] {
                    for most in [1, 2, 3, 17] {
                        let want = text.split_whitespace().take(most).count();
                        assert_eq!(count_words(&text, most), want, "in {text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn article_parts_of_a_typical_page() {
        let text = "World news\n\nLeaders meet in Paris\n\nTalks planned for months end in a deal\n\nBy Jane Doe\n\nPUBLISHED : Monday, 3 June, 2019, 8:00am\n\nLeaders from ten nations met in Paris on Monday to sign the deal.\n\nWhat the deal means for farmers in the region\n\nThe deal takes effect next year, officials said.\n\nAdditional reporting by John Roe";
        let paras = classify(text, &split_paragraphs(text));
        let parts: Vec<Part> = paras.iter().map(|p| p.part).collect();
        assert_eq!(
            parts,
            [
                Part::Section,
                Part::Title,
                Part::Standfirst,
                Part::Byline,
                Part::Dateline,
                Part::Body,
                Part::Related,
                Part::Body,
                Part::Credit
            ]
        );
    }

    #[test]
    fn plain_body_has_no_title() {
        let text = "Officials said on Monday that the bridge would reopen in May after repairs.";
        let paras = classify(text, &split_paragraphs(text));
        assert_eq!(paras[0].part, Part::Body);
    }

    #[test]
    fn wire_datelines() {
        let text = "WASHINGTON (Reuters) - The Senate voted on Tuesday.";
        let span = inline_dateline(text, Span::new(0, text.len())).unwrap();
        assert_eq!(span.slice(text), "WASHINGTON (Reuters)");
        let text = "BEIJING, Nov 30 (Reuters) — China said.";
        let span = inline_dateline(text, Span::new(0, text.len())).unwrap();
        assert_eq!(span.slice(text), "BEIJING, Nov 30 (Reuters)");
        let text = "The deal - a big one - was signed.";
        assert!(inline_dateline(text, Span::new(0, text.len())).is_none());
        let text = "NEW YORK (AP) -- A judge ruled.";
        let span = inline_dateline(text, Span::new(0, text.len())).unwrap();
        assert_eq!(span.slice(text), "NEW YORK (AP)");
        let text = "The deal -- a big one -- was signed.";
        assert!(inline_dateline(text, Span::new(0, text.len())).is_none());
        // No dash after the wire, as PTI writes it; not a bracket in the story's first words.
        let text = "MUMBAI, July 21 (PTI) Farmers' groups urged relief.";
        let span = inline_dateline(text, Span::new(0, text.len())).unwrap();
        assert_eq!(span.slice(text), "MUMBAI, July 21 (PTI)");
        let text = "The NHS (UK) Trust said so.";
        assert!(inline_dateline(text, Span::new(0, text.len())).is_none());
    }

    #[test]
    fn a_listed_place_without_a_wire_or_a_date_and_a_wire_is_a_dateline() {
        for (text, want) in [
            // In capitals before a colon, as Indian papers write it.
            ("MUMBAI: The bank kept its rate.", Some("MUMBAI:")),
            ("NEW DELHI: The bank kept its rate.", Some("NEW DELHI:")),
            ("WALLACE: Let us start.", None),
            ("BREAKING: The bank kept its rate.", None),
            // A town and its country before a dash, as Al Jazeera writes it.
            (
                "Islamabad, Pakistan – At least 23 people died.",
                Some("Islamabad, Pakistan"),
            ),
            ("Kyiv, Ukraine — Sirens sounded.", Some("Kyiv, Ukraine")),
            // (Not a place the gazetteer lists, nor a name and a clause.)
            ("Ann Lee, Reporter – The vote failed.", None),
            ("Islamabad, it seems – for now – will wait.", None),
            ("Islamabad – and Delhi – will wait.", None),
            (
                "NAIROBI, Kenya (AP) _ Bombs exploded.",
                Some("NAIROBI, Kenya (AP)"),
            ),
            // A date and a wire, as Reuters writes a dateline that names no place.
            (
                "Oct 11 (Reuters) - Boeing will cut jobs.",
                Some("Oct 11 (Reuters)"),
            ),
            (
                "Sept. 3 (Reuters) - Boeing will cut jobs.",
                Some("Sept. 3 (Reuters)"),
            ),
            ("May 2024 (Reuters) - Boeing will cut jobs.", None),
            ("Boeing said (Reuters) - it will cut jobs.", None),
        ] {
            let got = inline_dateline(text, Span::new(0, text.len()));
            assert_eq!(got.map(|s| s.slice(text)), want, "{text:?}");
        }
    }

    #[test]
    fn inline_datelines_with_two_hyphens_or_an_abbreviated_state_are_sentences() {
        for (text, want) in [
            (
                "Judge blocks law\n\nNEW YORK (AP) -- A judge blocked the law, saying it was unfair.",
                ["Judge blocks law", "NEW YORK (AP) --", "A judge blocked the law, saying it was unfair."],
            ),
            // (No sentence ends inside it, after an abbreviated state.)
            (
                "Storm hits coast\n\nCEDAR KEY, Fla. (AP) — The storm hit the coast, officials said.",
                ["Storm hits coast", "CEDAR KEY, Fla. (AP) —", "The storm hit the coast, officials said."],
            ),
        ] {
            let doc = segment(text, &split_paragraphs(text), &[]);
            let sentences: Vec<Span> = doc.sentences.iter().map(|s| s.span).collect();
            assert_eq!(texts(text, &sentences), want, "{text:?}");
        }
    }

    #[test]
    fn a_title_case_line_with_a_full_stop_is_a_headline() {
        let text = "Senator Warren Hammers Bank Chief Over Fake Accounts Scandal.\n\nThe senator \
                    told the bank's chief executive on Tuesday that he should resign at once.\n\n\
                    He did not answer her at the hearing, which lasted three hours in all.";
        let paras = classify(text, &split_paragraphs(text));
        let parts: Vec<Part> = paras.iter().map(|p| p.part).collect();
        assert_eq!(parts, [Part::Title, Part::Body, Part::Body]);
    }

    #[test]
    fn a_headline_ending_in_a_quoted_phrase_is_a_headline() {
        // (A closing mark ends a sentence only after a full stop or the like: `… well.”`.)
        for (text, first) in [
            (
                "India and Japan agree on ties; Singh says partnership ‘key to stability’\n\n\
                 NEW DELHI, Aug 20 (PTI) The two countries agreed on Tuesday to work together.",
                Part::Title,
            ),
            (
                "The two countries agreed on Tuesday that the talks had gone “very well.”\n\n\
                 They will meet again in Tokyo next year, officials said after the talks.",
                Part::Body,
            ),
        ] {
            let paras = classify(text, &split_paragraphs(text));
            assert_eq!(paras.first().map(|p| p.part), Some(first), "{text:?}");
        }
    }

    #[test]
    fn a_wire_dateline_on_a_line_of_its_own_opens_the_body() {
        let text =
            "Rail operator adds trains\n\nLONDON, May 4, 2023 (Reuters) -\n\nThe company said on \
                    Tuesday it would add trains between the cities.";
        let paras = classify(text, &split_paragraphs(text));
        let parts: Vec<Part> = paras.iter().map(|p| p.part).collect();
        assert_eq!(parts, [Part::Title, Part::Body, Part::Body]);
        let doc = segment(text, &split_paragraphs(text), &[]);
        assert_eq!(
            texts(text, &doc.inline_datelines),
            ["LONDON, May 4, 2023 (Reuters)"]
        );
    }

    #[test]
    fn an_inline_dateline_is_a_sentence_of_its_own() {
        let text =
            "Flu cases climb\n\nCHICAGO, Oct. 14 (Reuters) - Wards are full, officials said. \
                    More beds opened.";
        let doc = segment(text, &split_paragraphs(text), &[]);
        let sentences: Vec<Span> = doc.sentences.iter().map(|s| s.span).collect();
        assert_eq!(
            texts(text, &sentences),
            [
                "Flu cases climb",
                "CHICAGO, Oct. 14 (Reuters) -",
                "Wards are full, officials said.",
                "More beds opened."
            ]
        );
        for s in &doc.sentences {
            let tokens = &doc.tokens[s.tokens.clone()];
            assert_eq!(tokens.first().map(|t| t.span().start), Some(s.span.start));
            assert_eq!(tokens.last().map(|t| t.span().end), Some(s.span.end));
        }
    }
}
