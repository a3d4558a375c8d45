//! Which people the article calls `he` and which `she`, so a pronoun speaker skips a person
//! of the other gender (`Simon Walker spoke first. … Asked again, she replied: “Yes.”`).
//!
//! Evidence, read in one pass: an honorific before a name (`Mr.`, `Ms`, `Dame`), a gendered
//! noun in the person's role (`spokeswoman`, `father of three`), a pronoun after the name in a
//! sentence that names only that person (`When Anna Berg woke up, she …`), and a given name
//! only women or only men have (`Jane`, `Tom`: `data/gazetteer/given_name_genders.txt`). Each
//! is a vote; a person whose votes do not clearly lean either way stays unknown and is never
//! skipped.

use crate::coref::Entity;
use crate::entities::lexicon::lexicon;
use crate::entities::{EntityKind, Mention};
use crate::quotes::QuoteMarks;
use crate::segment::{Document, TokenKind};
use crate::span::Span;

/// What the article says a person is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    /// `he`
    Male,
    /// `she`
    Female,
    /// No clear evidence.
    Unknown,
}

fn word_gender(w: &str) -> Option<Gender> {
    let lower = super::words::ascii_lower(w);
    let l = lower.trim_end_matches('.');
    match l {
        "he" | "him" | "his" | "himself" | "mr" | "sir" | "lord" | "king" | "prince" | "duke"
        | "spokesman" | "chairman" | "congressman" | "businessman" | "father" | "husband"
        | "son" | "brother" | "widower" | "grandfather" | "uncle" | "nephew" | "boyfriend"
        | "actor" | "sportsman" | "councilman" | "alderman" | "policeman" | "fireman" => {
            Some(Gender::Male)
        }
        "she" | "her" | "hers" | "herself" | "mrs" | "ms" | "miss" | "dame" | "lady" | "queen"
        | "princess" | "duchess" | "spokeswoman" | "chairwoman" | "congresswoman"
        | "businesswoman" | "mother" | "wife" | "daughter" | "sister" | "widow" | "grandmother"
        | "aunt" | "niece" | "girlfriend" | "actress" | "sportswoman" | "councilwoman"
        | "policewoman" => Some(Gender::Female),
        _ => None,
    }
}

/// True when `rest`, the words after a name's first, is a Korean or Chinese given name
/// hyphenated in lower case (`Dong-hyun`, `Ing-wen`), so that the first word is a surname.
fn surname_first(rest: &str) -> bool {
    rest.split_once('-')
        .is_some_and(|(a, b)| !a.contains(' ') && b.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// The gender of every entity (by index), from the evidence in `text`.
pub(super) fn genders(
    text: &str,
    doc: &Document,
    pieces: &[QuoteMarks],
    mentions: &[Mention],
    mention_entity: &[usize],
    entities: &[Entity],
) -> Vec<Gender> {
    // Votes per entity: (male, female).
    let mut votes = vec![(0u32, 0u32); entities.len()];
    let mut add = |e: usize, g: Gender, weight: u32| {
        if let Some(v) = votes.get_mut(e) {
            match g {
                Gender::Male => v.0 += weight,
                Gender::Female => v.1 += weight,
                Gender::Unknown => {}
            }
        }
    };
    for (e, entity) in entities.iter().enumerate() {
        if entity.kind != EntityKind::Person {
            continue;
        }
        // (Not the title: an honorific counts below, where the name is written outside quotes;
        // a namesake's quoted `Mrs Bell` may have lent hers to `Marcus Bell`.)
        // (Only its nouns: a pronoun in a role misread from a clause, `Carter described how
        // she …`, is another person's.)
        let role = entity.role.as_deref().unwrap_or_default();
        let noun = |w: &&str| !matches!(*w, "he" | "him" | "his" | "she" | "her" | "hers");
        if let Some(g) = role.split_whitespace().filter(noun).find_map(word_gender) {
            add(e, g, 3);
        }
        // A given name only women or only men have (`Jane Reed`; not `Jordan Reed`), as one
        // vote: what the article says of the person outweighs it. Not a surname written first
        // (`Kim Dong-hyun`, `Lee Min-ji`).
        let first = entity
            .name
            .split_once(' ')
            .filter(|(_, rest)| !surname_first(rest))
            .map(|(first, _)| first);
        if let Some(woman) = first.and_then(|f| lexicon().womans_name(f)) {
            add(e, if woman { Gender::Female } else { Gender::Male }, 1);
        }
    }
    let tokens = &doc.tokens;
    // Whether token `t` is inside a direct quote; asked in text order, so `qi` (the first
    // piece not ending before it) only moves forward. Two walks ask: the pronouns' and the
    // mentions'.
    let quoted = |qi: &mut usize, t: Span| {
        while pieces.get(*qi).is_some_and(|p| p.content.end <= t.start) {
            *qi += 1;
        }
        pieces.get(*qi).is_some_and(|p| p.content.contains(t))
    };
    let (mut mi, mut pronoun_qi, mut mention_qi) = (0, 0, 0);
    for sentence in &doc.sentences {
        let from = sentence.tokens.start.min(tokens.len());
        let sent = tokens
            .get(from..sentence.tokens.end.clamp(from, tokens.len()))
            .unwrap_or_default();
        let (Some(first), Some(last)) = (sent.first(), sent.last()) else {
            continue;
        };
        // The sentence's first pronoun outside quotes (no pronoun below is longer than three
        // letters, and each starts with `h` or `s`): a later one is no evidence.
        let mut pronoun = None;
        for (i, t) in sent.iter().enumerate() {
            let span = t.span();
            if t.kind == TokenKind::Punct
                || span.len() > 3
                || !matches!(
                    text.as_bytes().get(span.start),
                    Some(b'h' | b'H' | b's' | b'S')
                )
            {
                continue;
            }
            let w = span.slice(text);
            // (`said Paul Renard, who worked with her`: after a preposition the pronoun is
            // someone else more often than not.)
            let object = matches!(w, "him" | "her")
                && i.checked_sub(1).and_then(|j| sent.get(j)).is_some_and(|p| {
                    matches!(
                        p.span().slice(text),
                        "with" | "to" | "for" | "about" | "at" | "by" | "from" | "of" | "on"
                    )
                });
            if matches!(
                w,
                "he" | "He" | "she" | "She" | "him" | "his" | "His" | "her" | "Her"
            ) && !object
                && !quoted(&mut pronoun_qi, span)
            {
                pronoun = word_gender(w).map(|g| (from + i, g));
                break;
            }
        }
        // The mentions that start at a token of the sentence, in order; the pronoun reads
        // those that start at or before it.
        while mentions
            .get(mi)
            .is_some_and(|m| m.span.start < first.span().start)
        {
            mi += 1;
        }
        let mut only: Option<Option<usize>> = None;
        // The person the pronoun can only refer to: the one named before it in this sentence
        // (`When Anna Berg woke up, she …`). A pronoun whose antecedent is in an earlier
        // sentence is no evidence: that is the very thing to be resolved.
        let mut antecedent = None;
        let mut read = false;
        while let Some(m) = mentions
            .get(mi)
            .filter(|m| m.span.start <= last.span().start)
        {
            let i = sent.partition_point(|t| t.span().start < m.span.start);
            if !read && pronoun.is_some_and(|(p, _)| from + i > p) {
                antecedent = only.flatten();
                read = true;
            }
            let at = sent.get(i).filter(|t| t.span().start == m.span.start);
            if let Some(t) = at.filter(|_| m.kind == EntityKind::Person) {
                if !quoted(&mut mention_qi, t.span()) {
                    let k = from + i;
                    let e = mention_entity.get(mi).copied();
                    // An honorific right before the name (`Ms. Berg`, `Sir Keir`).
                    let before = |n: usize| {
                        k.checked_sub(n)
                            .and_then(|j| tokens.get(j))
                            .map_or("", |p| p.span().slice(text))
                    };
                    let title = if before(1) == "." {
                        before(2)
                    } else {
                        before(1)
                    };
                    let honorific = matches!(
                        title,
                        "Mr" | "Mrs" | "Ms" | "Miss" | "Sir" | "Dame" | "Lord" | "Lady"
                    )
                    .then(|| word_gender(title))
                    .flatten()
                    // (`Her husband, Michael Ade, …`, `spokeswoman Ann Lee`: a gendered noun
                    // set before the name.)
                    .or_else(|| {
                        let noun = if before(1) == "," {
                            before(2)
                        } else {
                            before(1)
                        };
                        word_gender(noun).filter(|_| noun.len() > 3)
                    });
                    if let (Some(e), Some(g)) = (e, honorific) {
                        add(e, g, 3);
                    }
                    only = match only {
                        None => Some(e),
                        Some(prev) if prev == e => Some(prev),
                        Some(_) => Some(None),
                    };
                }
            }
            mi += 1;
        }
        if !read {
            antecedent = only.flatten();
        }
        if let (Some((_, g)), Some(e)) = (pronoun, antecedent) {
            add(e, g, 1);
        }
    }
    votes
        .iter()
        .map(|&(m, f)| {
            if m > 2 * f {
                Gender::Male
            } else if f > 2 * m {
                Gender::Female
            } else {
                Gender::Unknown
            }
        })
        .collect()
}
