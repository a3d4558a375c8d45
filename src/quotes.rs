//! Stage 2: direct quotations, found from their marks.
//!
//! Every style is read: “ ” ‘ ’ « » „ and the straight " and '. Apostrophes and primes are told
//! apart from quote marks by what stands on either side (`it’s`, `the ’90s`, `6'2"`), nested
//! quotes are matched but only the outermost is returned, and an unbalanced mark is recovered
//! within its paragraph so it can never swallow the rest of the article.

use crate::span::Span;

/// One direct quotation piece: the content between its marks, within one paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteMarks {
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the paragraph ends first (a quote that runs on into the
    /// next paragraph, or one whose closing mark is missing).
    pub close: Option<Span>,
    /// The quoted text between the marks.
    pub content: Span,
    /// Index of the paragraph the piece is in.
    pub paragraph: usize,
}

impl QuoteMarks {
    /// The piece with its marks.
    pub fn outer(&self) -> Span {
        Span::new(
            self.open.start,
            self.close.map_or(self.content.end, |c| c.end),
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    /// `»…«`, the German and Danish order.
    ReverseGuillemet,
    /// `‹…›` and `›…‹`.
    SingleGuillemet,
    LowDouble,
    /// `‚…‘`, the German single marks.
    LowSingle,
    StraightDouble,
    StraightSingle,
    /// `''`, two apostrophes standing for a double mark, opened by them too or by two
    /// backticks (``` ``Q,'' he said ```, as news archives and the Penn Treebank write it).
    DoubleApos,
}

impl Family {
    fn closes(self, c: char) -> bool {
        match self {
            Family::Double => c == '”' || c == '"',
            Family::Single => c == '’',
            Family::Guillemet => c == '»',
            Family::ReverseGuillemet => c == '«',
            Family::SingleGuillemet => c == '›' || c == '‹',
            Family::LowDouble => c == '“' || c == '”',
            Family::LowSingle => c == '‘' || c == '’',
            Family::StraightDouble => c == '"' || c == '”',
            Family::StraightSingle => c == '\'',
            Family::DoubleApos => false,
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Mark {
    Open(Family),
    Close,
    Neither,
}

/// Finds the direct quotation pieces in each paragraph, in text order.
pub fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<QuoteMarks> {
    let mut out = Vec::new();
    // The open marks of the paragraph being read (at most 16), one list for all of them.
    let mut stack = Vec::with_capacity(16);
    for (pi, para) in paragraphs.iter().enumerate() {
        let next_opens = paragraphs
            .get(pi + 1)
            .and_then(|p| p.slice(text).chars().next())
            .is_some_and(is_opening_char);
        stack.clear();
        scan_paragraph(text, *para, pi, next_opens, &mut stack, &mut out);
    }
    // Attribution reads the list at the end of the pipeline: keep it no larger than it is.
    out.shrink_to_fit();
    out
}

fn is_opening_char(c: char) -> bool {
    matches!(
        c,
        '“' | '‘' | '«' | '„' | '"' | '\'' | '»' | '‚' | '‹' | '›' | '`'
    )
}

/// Open marks: (family, byte offset in the paragraph, char length).
type Stack = Vec<(Family, usize, usize)>;

fn scan_paragraph(
    text: &str,
    para: Span,
    pi: usize,
    next_opens: bool,
    stack: &mut Stack,
    out: &mut Vec<QuoteMarks>,
) {
    let p = para.slice(text);
    let char_at = |k: usize| p.get(k..).and_then(|r| r.chars().next());
    let bytes = p.as_bytes();
    let mut pos = 0;
    while let Some(k) = bytes.get(pos..).and_then(next_mark_byte) {
        let i = pos + k;
        let Some(c) = char_at(i) else {
            break;
        };
        pos = i + c.len_utf8();
        let prev = p.get(..i).and_then(|before| before.chars().next_back());
        let next = char_at(pos);
        // `''Q,'' he said`: two apostrophes for a double mark (news archives), or two
        // backticks that open one.
        if (c == '\'' || c == '`') && next == Some(c) {
            pos += 1;
            let after = char_at(pos);
            let open_at = stack.iter().rposition(|(f, ..)| *f == Family::DoubleApos);
            let word_after = after.is_some_and(char::is_alphanumeric);
            let space_before = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
            match open_at {
                Some(depth) if !word_after && c == '\'' => {
                    let (_, at, len) = stack[depth];
                    stack.truncate(depth);
                    if depth == 0 {
                        let start = para.start + at;
                        let close = Span::new(para.start + i, para.start + i + 2);
                        out.push(QuoteMarks {
                            open: Span::new(start, start + len),
                            close: Some(close),
                            content: inside(p, para.start, start + len, close.start),
                            paragraph: pi,
                        });
                    }
                }
                None if space_before
                    && after.is_some_and(|a| !a.is_whitespace())
                    && stack.len() < 16 =>
                {
                    stack.push((Family::DoubleApos, i, 2));
                }
                _ => {}
            }
            continue;
        }
        let mut mark = classify(c, prev, next, stack);
        // `‘The analysts’ view,’`, `'the players' decision,'`: a plural possessive when a
        // word follows it and another closing mark of the same kind comes later (but
        // `'relieved but cautious'. 'I've heard …'` closes at the full stop).
        if (c == '’' || c == '\'') && prev == Some('s') && matches!(mark, Mark::Close) {
            let rest = &p[i + c.len_utf8()..];
            let word_next = rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_alphanumeric));
            let later = word_next
                && rest.char_indices().any(|(k, r)| {
                    r == c && !rest[k + r.len_utf8()..].starts_with(char::is_alphanumeric)
                });
            if later {
                mark = Mark::Neither;
            }
        }
        // `rock ’n’ roll`: both marks of the elided `and`.
        let rest = &p[i + c.len_utf8()..];
        if (c == '’' || c == '\'')
            && prev == Some(' ')
            && (rest.starts_with("n’ ") || rest.starts_with("n' "))
        {
            mark = Mark::Neither;
        }
        if (c == '’' || c == '\'') && prev == Some('n') && next == Some(' ') {
            let before = &p[..i];
            let elided = before.strip_suffix('n').is_some_and(|b| {
                b.ends_with([' ', '’', '\'']) && b.trim_end().ends_with(['’', '\''])
            });
            if elided {
                mark = Mark::Neither;
            }
        }
        // A ” that opens is one of a pair only when the next mark of its kind closes it, with
        // no “ opened first: otherwise it is a stray mark and would run to the paragraph's end.
        // Each look stops at the next ”, so together they read the paragraph once.
        if c == '”' && matches!(mark, Mark::Open(_)) {
            let paired = rest.find('”').is_some_and(|end| !rest[..end].contains('“'));
            if !paired {
                mark = Mark::Neither;
            }
        }
        match mark {
            Mark::Neither => {}
            Mark::Open(family) => {
                if stack.len() < 16 {
                    stack.push((family, i, c.len_utf8()));
                }
            }
            Mark::Close => {
                // Close the nearest open mark of this style; inner marks left open are dropped.
                let Some(depth) = stack.iter().rposition(|(f, ..)| f.closes(c)) else {
                    continue;
                };
                let (_, at, len) = stack[depth];
                stack.truncate(depth);
                if depth == 0 {
                    let start = para.start + at;
                    let close = Span::new(para.start + i, para.start + i + c.len_utf8());
                    out.push(QuoteMarks {
                        open: Span::new(start, start + len),
                        close: Some(close),
                        content: inside(p, para.start, start + len, close.start),
                        paragraph: pi,
                    });
                }
            }
        }
    }
    // An outermost mark left open: a quote running on into the next paragraph, or one whose
    // closing mark was forgotten at the end of a sentence. Anything else is a stray mark.
    if let Some(&(_, at, len)) = stack.first() {
        let start = para.start + at;
        let content = Span::new(start + len, para.end);
        let rest = content.slice(text).trim_end();
        let ends_sentence = rest.ends_with(['.', '!', '?', '…']);
        if (next_opens || ends_sentence) && rest.split_whitespace().count() >= 2 {
            out.push(QuoteMarks {
                open: Span::new(start, start + len),
                close: None,
                content,
                paragraph: pi,
            });
        }
    }
}

/// Where the first byte that may start a mark is in `bytes`: only `'`, `"`, `` ` `` and
/// characters outside ASCII can be marks (the first byte of a character outside ASCII is 0xC0 or more).
/// Eight bytes are tested at once; the lowest top bit set in a word is its first such byte.
fn next_mark_byte(bytes: &[u8]) -> Option<usize> {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // The top bit of each byte of `w` that is `b` (ASCII): adding 0x7f to the low seven bits
    // sets the top bit of every byte but a zero one, and never carries into the next byte.
    let equal = |w: u64, b: u8| {
        let x = w ^ (ONES * u64::from(b));
        !((x & LOW7) + LOW7) & !x & HIGH
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let w = u64::from_le_bytes(w);
        // Bytes with their two top bits set are 0xC0 or more.
        let found = equal(w, b'\'') | equal(w, b'"') | equal(w, b'`') | (w & (w << 1) & HIGH);
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let rest = chunks.remainder();
    rest.iter()
        .position(|&b| matches!(b, b'\'' | b'"' | b'`') || b >= 0xC0)
        .map(|k| at + k)
}

/// The content between two marks without the spaces next to them (`« Non »`, the French
/// spacing); `p` is the paragraph's text, which starts at byte `base`.
fn inside(p: &str, base: usize, start: usize, end: usize) -> Span {
    let Some(between) = p.get(start.saturating_sub(base)..end.saturating_sub(base)) else {
        return Span::new(start, end);
    };
    let lead = between.len() - between.trim_start().len();
    let kept = between.trim().len();
    if kept == 0 {
        return Span::new(start, end);
    }
    Span::new(start + lead, start + lead + kept)
}

fn classify(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    stack: &[(Family, usize, usize)],
) -> Mark {
    let open_in = |f: Family| stack.iter().any(|(g, ..)| *g == f);
    let word_before = prev.is_some_and(char::is_alphanumeric);
    let word_after = next.is_some_and(char::is_alphanumeric);
    let space_before = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    match c {
        '“' if open_in(Family::LowDouble) => Mark::Close,
        '“' => Mark::Open(Family::Double),
        '„' => Mark::Open(Family::LowDouble),
        '”' if open_in(Family::Double) || open_in(Family::LowDouble) => Mark::Close,
        '”' if open_in(Family::StraightDouble) && !space_before => Mark::Close,
        // Some typesetting opens with ” too (`”Vi vann”, sa hon.`), but only outside any other
        // quote; `scan_paragraph` then wants its partner in the same paragraph.
        '”' if stack.is_empty() && space_before && next.is_some_and(|n| !n.is_whitespace()) => {
            Mark::Open(Family::Double)
        }
        '«' if open_in(Family::ReverseGuillemet) => Mark::Close,
        '«' => Mark::Open(Family::Guillemet),
        '»' if open_in(Family::Guillemet) => Mark::Close,
        // `»Wir haben gewonnen«`: the German order opens with », glued to its first word.
        '»' if space_before && word_after => Mark::Open(Family::ReverseGuillemet),
        '›' | '‹' if open_in(Family::SingleGuillemet) && !space_before => Mark::Close,
        '‹' | '›' if space_before && word_after => Mark::Open(Family::SingleGuillemet),
        // `‚Nein‘`: a low single mark opening a word (not a comma-like mark after one).
        '‚' if space_before && word_after => Mark::Open(Family::LowSingle),
        '‘' if open_in(Family::LowSingle) && !space_before => Mark::Close,
        // ‘90s is an elision, not a quote.
        '‘' if next.is_some_and(|n| n.is_ascii_digit()) => Mark::Neither,
        '‘' => Mark::Open(Family::Single),
        // it’s, Pyongyang’s: an apostrophe inside a word.
        '’' if word_before && word_after => Mark::Neither,
        '’' if (open_in(Family::Single) || open_in(Family::LowSingle)) && !space_before => {
            Mark::Close
        }
        '"' if open_in(Family::StraightDouble) => Mark::Close,
        // “Mixed marks," closed by the other style.
        '"' if open_in(Family::Double) && !space_before => Mark::Close,
        // 6'2": a prime after a digit.
        '"' if prev.is_some_and(|p| p.is_ascii_digit() || p == '\'') => Mark::Neither,
        // `<tweet author="x">`: markup, not a quotation.
        '"' if prev == Some('=') => Mark::Neither,
        // An opening mark is not glued to the word before it (`author="x"`).
        '"' if word_before || next == Some('>') => Mark::Neither,
        '"' => Mark::Open(Family::StraightDouble),
        '\'' if word_before && word_after => Mark::Neither,
        '\'' if space_before && next.is_some_and(|n| n.is_ascii_digit()) => Mark::Neither,
        '\'' if space_before && word_after => Mark::Open(Family::StraightSingle),
        '\'' if open_in(Family::StraightSingle) && !space_before => Mark::Close,
        _ => Mark::Neither,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::split_paragraphs;

    fn quoted(text: &str) -> Vec<String> {
        find_quotes(text, &split_paragraphs(text))
            .iter()
            .map(|q| q.content.slice(text).to_string())
            .collect()
    }

    macro_rules! t {
        ($($name:ident: $input:expr => [$($want:expr),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let want: Vec<&str> = vec![$($want),*];
                assert_eq!(quoted($input), want, "in {:?}", $input);
            }
        )*};
    }

    t! {
        curly_double: "“We won,” she said." => ["We won,"];
        curly_single: "‘We won,’ she said." => ["We won,"];
        straight_double: "\"We won,\" she said. \"Again.\"" => ["We won,", "Again."];
        straight_single: "'We won,' she said." => ["We won,"];
        guillemets: "«Nous avons gagné», dit-elle." => ["Nous avons gagné"];
        low_double: "„Wir haben gewonnen“, sagte sie." => ["Wir haben gewonnen"];
        apostrophes_are_not_quotes: "It’s Pyongyang’s test, the ’90s and ‘90s style, rock ’n’ roll." => [];
        straight_apostrophes: "It's the analysts' view, and '90s music." => [];
        closing_after_s_before_a_stop: "She was 'relieved but cautious'. 'I've heard it before,' she said." => ["relieved but cautious", "I've heard it before,"];
        nested_returns_outer: "“He told me ‘no’ twice,” she said." => ["He told me ‘no’ twice,"];
        possessive_inside_single: "‘The analysts’ view is clear,’ he said." => ["The analysts’ view is clear,"];
        prime_is_not_a_quote: "He is 6'2\" tall and \"fast.\"" => ["fast."];
        scare_quote: "a missile that could strike “the whole mainland of the United States”." => ["the whole mainland of the United States"];
        stray_mark_stays_local: "He said “no to it\n\nThe next paragraph has “a quote” in it." => ["a quote"];
        unclosed_at_sentence_end: "He said: “We will go home.\n\nOther text." => ["We will go home."];
        multi_paragraph: "“First part of it.\n\n“Second part,” he said." => ["First part of it.", "Second part,"];
        interrupted: "“A,” he said, “B.”" => ["A,", "B."];
        double_apostrophes: "''This isn't reform,'' he said. ''It's 'anti-reform.' ''" => ["This isn't reform,", "It's 'anti-reform.'"];
        double_backticks_open: "``The time for excuses is over,'' he said, calling it ``dead.'' A `single' stays." => ["The time for excuses is over,", "dead."];
        mixed_marks_straight_then_curly: "\"We won,” she said." => ["We won,"];
        mixed_marks_curly_then_straight: "“We won,\" she said." => ["We won,"];
        straight_single_plural_possessive: "'It's the players' decision,' he said. 'We move on.'" => ["It's the players' decision,", "We move on."];
        rock_n_roll_is_no_quote: "‘Rock ’n’ roll is back,’ said the singer. 'Rock 'n' roll,' she said." => ["Rock ’n’ roll is back,", "Rock 'n' roll,"];
        reverse_guillemets: "»Wir brauchen eine Reform«, sagte sie." => ["Wir brauchen eine Reform"];
        single_guillemets: "›Nein‹, sagte er. ‹Non›, dit-il." => ["Nein", "Non"];
        low_single: "Er sagte: ‚Das ist nicht akzeptabel‘. Sie sagte ‚Nein’." => ["Das ist nicht akzeptabel", "Nein"];
        french_spacing_trimmed: "« Ce n'est pas acceptable », a-t-il dit. «\u{a0}Jamais\u{a0}»" => ["Ce n'est pas acceptable", "Jamais"];
        reversed_pair: "”Vi vann”, sa hon." => ["Vi vann"];
        reversed_pull_quote: "”We need more buses.” ― Tom Lind\n“Fine.” ― Ana Ruiz" => ["We need more buses.", "Fine."];
        stray_reversed_mark_stays_local: "He wrote ”hello and then more. She said “fine” later." => ["fine"];
        reversed_mark_without_partner: "Readers were ”upset about it all." => [];
        reversed_mark_inside_a_quote_closes_it: "“It is over, ”done,” she said." => ["It is over,"];
        markup_attributes_are_not_quotes: "<tweet author=\"x\" id=\"7\">Hi</tweet> and \"a real quote\" here." => ["a real quote"];
    }

    #[test]
    fn mark_bytes_found_eight_at_a_time_as_one_by_one() {
        let pieces: [&[u8]; 13] = [
            b"a",
            b"`",
            b"'",
            b"\"",
            b" ",
            b"\x7f",
            b"\xc2\xa0",
            b"\xe2\x80\x9c",
            b"\xf0\x9f\x8e\x89",
            b"&",
            b"\x07",
            b"g",
            b"\x22\x27",
        ];
        let mut seed: u32 = 0x2545_f491;
        for _ in 0..5_000 {
            let mut bytes = Vec::new();
            while bytes.len() < 40 {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                bytes.extend_from_slice(pieces[seed as usize % pieces.len()]);
            }
            for start in 0..bytes.len() {
                let rest = &bytes[start..];
                let want = rest
                    .iter()
                    .position(|&b| matches!(b, b'\'' | b'"' | b'`') || b >= 0xC0);
                assert_eq!(next_mark_byte(rest), want, "in {rest:?}");
            }
        }
    }

    #[test]
    fn spans_are_exact() {
        let text = "Zhou said: “I expect it.” 🎉 “Yes.”";
        for q in find_quotes(text, &split_paragraphs(text)) {
            assert_eq!(q.outer().slice(text).chars().next(), Some('“'));
            assert!(q.outer().contains(q.content));
        }
    }
}
