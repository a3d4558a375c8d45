//! Stage 3: names of people, organisations, places and other things (`misc`), with the titles
//! that stand before people's names kept apart from the name.

use crate::segment::{Document, Token, TokenKind};
use crate::span::Span;
use std::collections::HashSet;
use std::sync::OnceLock;

/// What a mention or an entity names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation: a company, agency, university, party, team.
    Org,
    /// A place: a country, region, city, geographic feature.
    Place,
    /// Anything else with a name: nationalities, products, weapons, events, laws.
    Misc,
}

impl EntityKind {
    /// The lowercase name used in the analysis format.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Org => "org",
            EntityKind::Place => "place",
            EntityKind::Misc => "misc",
        }
    }
}

/// One mention of a named thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The name, without any title (`Shao Yuanming`).
    pub span: Span,
    /// What it names.
    pub kind: EntityKind,
    /// The title just before a person's name (`Major General`), if any.
    pub title: Option<Span>,
}

struct Lexicon {
    places: HashSet<String>,
    demonyms: HashSet<String>,
    /// Titles as token sequences (`Gen.` is `Gen` and `.`), longest first.
    titles: Vec<Vec<String>>,
    /// Title words written with a full stop (`Gen`, `Lt`, `Dr`).
    abbreviated: HashSet<String>,
    org_heads: HashSet<String>,
}

fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut titles: Vec<Vec<String>> = entries(include_str!("../data/titles.txt"))
            .map(|t| {
                t.split_whitespace()
                    .flat_map(|w| match w.strip_suffix('.') {
                        Some(stem) => vec![stem.to_string(), ".".to_string()],
                        None => vec![w.to_string()],
                    })
                    .collect()
            })
            .collect();
        let abbreviated = entries(include_str!("../data/titles.txt"))
            .flat_map(str::split_whitespace)
            .filter_map(|w| w.strip_suffix('.'))
            .map(str::to_string)
            .collect();
        titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
        Lexicon {
            places: entries(include_str!("../data/places.txt"))
                .map(str::to_string)
                .collect(),
            demonyms: entries(include_str!("../data/demonyms.txt"))
                .map(str::to_string)
                .collect(),
            titles,
            abbreviated,
            org_heads: entries(include_str!("../data/org_heads.txt"))
                .map(str::to_string)
                .collect(),
        }
    })
}

/// Words that are capitalised at the start of a sentence but do not begin a name.
const FUNCTION_WORDS: &[&str] = &[
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
];

/// Words that join the capitalised parts of one organisation name.
const CONNECTORS: &[&str] = &["of", "for", "and", "de", "du", "la", "&"];

fn is_capitalised(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word
        && t.span
            .slice(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// Finds the named mentions of every sentence. Later mentions of a person's surname alone
/// (`Ni` after `Adam Ni`) are tagged too.
pub fn find_mentions(text: &str, doc: &Document) -> Vec<Mention> {
    let lex = lexicon();
    let mut mentions = Vec::new();
    for sentence in &doc.sentences {
        let tokens = doc.sentence_tokens(sentence);
        let mut i = 0;
        while i < tokens.len() {
            let Some(run) = capitalised_run(text, tokens, i, &lex.abbreviated) else {
                i += 1;
                continue;
            };
            // A gazetteer name may end in a lower-case word (`Korean peninsula`).
            let run = match tokens.get(run.end) {
                Some(t)
                    if lex
                        .places
                        .contains(Span::new(tokens[i].span.start, t.span.end).slice(text)) =>
                {
                    run.start..run.end + 1
                }
                _ => run,
            };
            let next = run.end;
            classify_run(text, tokens, run, i == 0, lex, &mut mentions);
            i = next.max(i + 1);
        }
    }
    tag_surnames(text, doc, &mut mentions);
    mentions.sort_by_key(|m| m.span);
    mentions
}

/// The run of capitalised words (and the hyphens, numbers and connectors inside a name)
/// starting at `i`.
fn capitalised_run(
    text: &str,
    tokens: &[Token],
    i: usize,
    abbreviated: &HashSet<String>,
) -> Option<std::ops::Range<usize>> {
    if !is_capitalised(text, &tokens[i]) {
        return None;
    }
    let mut end = i + 1;
    while end < tokens.len() {
        let t = &tokens[end];
        let s = t.span.slice(text);
        let glued = t.span.start == tokens[end - 1].span.end;
        if is_capitalised(text, t) {
            end += 1;
        } else if glued
            && s == "-"
            && tokens.get(end + 1).is_some_and(|n| {
                n.span.start == t.span.end
                    && (is_capitalised(text, n) || n.kind == TokenKind::Number)
            })
            || CONNECTORS.contains(&s)
                && tokens.get(end + 1).is_some_and(|n| is_capitalised(text, n))
        {
            end += 2;
        } else if s == "."
            && glued
            && (tokens[end - 1].span.len() <= 2
                || abbreviated.contains(tokens[end - 1].span.slice(text)))
        {
            end += 1;
        } else {
            break;
        }
    }
    Some(i..end)
}

fn classify_run(
    text: &str,
    tokens: &[Token],
    run: std::ops::Range<usize>,
    _sentence_start: bool,
    lex: &Lexicon,
    out: &mut Vec<Mention>,
) {
    let words: Vec<&str> = tokens[run.clone()]
        .iter()
        .map(|t| t.span.slice(text))
        .collect();
    let span_of = |a: usize, b: usize| Span::new(tokens[a].span.start, tokens[b - 1].span.end);
    // A title before a person's name.
    let title_len = lex
        .titles
        .iter()
        .find(|t| t.len() < words.len() && words.iter().zip(t.iter()).all(|(w, t)| w == t))
        .map_or(0, Vec::len);
    let mut start = run.start + title_len;
    let end = run.end;
    if title_len == 0 && words.first().is_some_and(|w| FUNCTION_WORDS.contains(w)) {
        start += 1;
    }
    if start >= end {
        return;
    }
    let name: Vec<&str> = words[start - run.start..].to_vec();
    let joined = span_of(start, end).slice(text);
    let last = name.last().copied().unwrap_or("");
    let head_first = name.len() > 2 && lex.org_heads.contains(name[0]) && name[1] == "of";
    let kind = if (lex.org_heads.contains(last) || head_first) && name.len() > 1 {
        Some(EntityKind::Org)
    } else if lex.places.contains(joined) {
        Some(EntityKind::Place)
    } else if lex.demonyms.contains(joined) {
        Some(EntityKind::Misc)
    } else if title_len > 0 && name.len() <= 3
        || (2..=3).contains(&name.len())
            && name
                .iter()
                .all(|w| w.chars().count() > 1 && !lex.places.contains(*w))
            && (is_said_or_apposed(text, tokens, end) || is_credited(text, tokens, run.start, end))
    {
        Some(EntityKind::Person)
    } else {
        None
    };
    if let Some(kind) = kind {
        let title = (title_len > 0).then(|| span_of(run.start, run.start + title_len));
        out.push(Mention {
            span: span_of(start, end),
            kind,
            title,
        });
        return;
    }
    // Read the parts on either side of a connector on their own (`Japan and South Korea`).
    if let Some(c) = (start + 1..end).find(|&k| CONNECTORS.contains(&tokens[k].span.slice(text))) {
        classify_run(text, tokens, run.start..c, _sentence_start, lex, out);
        classify_run(text, tokens, c + 1..end, false, lex, out);
        return;
    }
    // A product or weapon: `Hwasong-15`, `F-35`.
    if tokens[end - 1].kind == TokenKind::Number && end - start >= 3 {
        out.push(Mention {
            span: span_of(start, end),
            kind: EntityKind::Misc,
            title: None,
        });
        return;
    }
    // No whole-run reading: tag the longest places and nationalities inside it.
    let mut k = start;
    while k < end {
        let found = (k + 1..=end).rev().find_map(|j| {
            let s = span_of(k, j).slice(text);
            if lex.places.contains(s) {
                Some((j, EntityKind::Place))
            } else if lex.demonyms.contains(s) {
                Some((j, EntityKind::Misc))
            } else {
                None
            }
        });
        match found {
            Some((j, kind)) => {
                out.push(Mention {
                    span: span_of(k, j),
                    kind,
                    title: None,
                });
                k = j;
            }
            None => k += 1,
        }
    }
}

/// True when the capitalised run ending before `end` is followed by a speech verb or an
/// apposition (`Su Hao, a …`), as people's names in news usually are.
fn is_said_or_apposed(text: &str, tokens: &[Token], end: usize) -> bool {
    let next = |k: usize| tokens.get(end + k).map_or("", |t| t.span.slice(text));
    let verb = |w: &str| crate::attribution::is_cue_verb(w);
    verb(next(0))
        || next(0) == ","
            && (matches!(next(1), "a" | "an" | "the" | "who" | "whose")
                || tokens.get(end + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word && t.span.slice(text).chars().all(char::is_lowercase)
                }))
}

/// True for `by Jane Doe` closing a sentence, as in credit lines.
fn is_credited(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    let by = start > 0 && tokens[start - 1].span.slice(text) == "by";
    by && tokens.get(end).is_none_or(|t| t.kind == TokenKind::Punct)
}

/// Tags a known person's surname standing alone (`Ni said`), and a surname as part of a
/// capitalised run that was not itself tagged.
fn tag_surnames(text: &str, doc: &Document, mentions: &mut Vec<Mention>) {
    let surnames: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| m.span.slice(text).split_whitespace().last())
        .filter(|s| s.chars().count() > 1)
        .collect();
    if surnames.is_empty() {
        return;
    }
    let taken: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    let mut extra = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word || !surnames.contains(t.span.slice(text)) {
            continue;
        }
        if taken.iter().any(|s| s.overlaps(t.span)) {
            continue;
        }
        // Not part of an untagged longer name.
        let name_word =
            |t: &Token| is_capitalised(text, t) && !FUNCTION_WORDS.contains(&t.span.slice(text));
        let glued_next = doc.tokens.get(i + 1).is_some_and(name_word);
        let glued_prev = i > 0 && name_word(&doc.tokens[i - 1]);
        if glued_next || glued_prev {
            continue;
        }
        extra.push(Mention {
            span: t.span,
            kind: EntityKind::Person,
            title: None,
        });
    }
    mentions.extend(extra);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{segment, split_paragraphs};

    fn tagged(text: &str) -> Vec<(EntityKind, String)> {
        let doc = segment(text, &split_paragraphs(text), &[]);
        find_mentions(text, &doc)
            .iter()
            .map(|m| (m.kind, m.span.slice(text).to_string()))
            .collect()
    }

    macro_rules! t {
        ($($name:ident: $input:expr => [$(($kind:ident, $surface:expr)),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let want: Vec<(EntityKind, String)> = vec![$((EntityKind::$kind, $surface.to_string())),*];
                assert_eq!(tagged($input), want, "in {:?}", $input);
            }
        )*};
    }

    t! {
        title_is_not_in_the_name: "The meeting was chaired by Major General Shao Yuanming on Monday." => [(Person, "Shao Yuanming")];
        speaker_before_said: "Mary Jones said the plan would work." => [(Person, "Mary Jones")];
        apposition_marks_a_person: "Su Hao, a relations expert at the China Foreign Affairs University, said so." => [(Person, "Su Hao"), (Org, "China Foreign Affairs University")];
        places_and_nationalities: "Chinese officials met in Washington and Beijing." => [(Misc, "Chinese"), (Place, "Washington"), (Place, "Beijing")];
        multiword_place: "Tension on the Korean peninsula worried North Korea." => [(Place, "Korean peninsula"), (Place, "North Korea")];
        org_with_connector: "He is dean of the School of International Studies at Peking University." => [(Org, "School of International Studies"), (Org, "Peking University")];
        abbreviated_title: "Gen. Joseph Dunford visited China." => [(Person, "Joseph Dunford"), (Place, "China")];
        surname_alone: "Adam Ni, a researcher, spoke. Later Ni said more." => [(Person, "Adam Ni"), (Person, "Ni")];
        sentence_initial_word_is_not_a_name: "Observers said it was over." => [];
    }
}
