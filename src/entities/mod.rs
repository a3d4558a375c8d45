//! Stage 3: names of people, organisations, places and other things (`misc`), with the titles
//! that stand before people's names kept apart from the name.

use crate::segment::{Document, Part, Token, TokenKind};
use crate::span::Span;

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

pub mod features;
pub mod lexicon;
mod orgs;
pub mod tagger;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;
mod words;

use lexicon::{lexicon, FastHash, Lexicon};
pub use orgs::{acronym_definitions, LEGAL_FORMS};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use words::{Phrases, Run, Words};

/// The tagger's names (token ranges and kinds) before any rule: what `storylens eval` can
/// compare the rules against.
pub fn tag_names(text: &str, doc: &Document) -> Vec<(Range<usize>, EntityKind)> {
    tagger::tag_document(text, doc, lexicon(), tagger::Model::committed())
}

/// [`find_mentions`] with another model than the committed one (for evaluation).
pub fn find_mentions_with(text: &str, doc: &Document, model: tagger::Model<'_>) -> Vec<Mention> {
    let lex = lexicon();
    let words = Words::new(text, doc, lex);
    let names = tagger::tag_words(text, doc, &words, lex, model);
    mentions_from(text, doc, &words, names)
}

/// Finds the named mentions of the document: the learned tagger's names, brought to newswire
/// conventions by rules (titles kept apart, `the` left out, organisation heads, nationalities
/// as `misc`), then made consistent over the document (a name tagged once is tagged
/// everywhere; a person's surname alone is the person).
pub fn find_mentions(text: &str, doc: &Document) -> Vec<Mention> {
    find_mentions_with(text, doc, tagger::Model::committed())
}

fn mentions_from(
    text: &str,
    doc: &Document,
    words: &Words,
    names: Vec<(Range<usize>, EntityKind)>,
) -> Vec<Mention> {
    let lex = lexicon();
    let names = hyphenated_names(text, words.run(&doc.tokens, 0), lex, names);
    let names = split_at_titles(text, words.run(&doc.tokens, 0), lex, names);
    let mut mentions: Vec<Mention> = names
        .into_iter()
        .filter_map(|(range, kind)| refine(text, words.run(&doc.tokens, 0), range, kind, lex))
        .collect();
    capitals_only(text, doc, words, lex, &mut mentions);
    tag_titled(doc, words, lex, &mut mentions);
    tag_by_rules(text, doc, words, lex, &mut mentions);
    people_by_context(text, doc, words, &mut mentions);
    leaders_of_administrations(doc, words, &mut mentions);
    names_with_particles(doc, words, &mut mentions);
    surnames_with_particles(doc, words, &mut mentions);
    join_name_parts(text, doc, words, &mut mentions);
    given_names_of_organisations(text, doc, words, lex, &mut mentions);
    names_after_people(doc, words, &mut mentions);
    orgs_of_roles(text, doc, words, lex, &mut mentions);
    orgs_by_apposition(doc, words, &mut mentions);
    orgs_by_descriptor(text, doc, words, &mut mentions);
    companies_opening_sentences(text, doc, words, &mut mentions);
    places_by_descriptor(text, doc, words, &mut mentions);
    towns_before_regions(text, doc, words, &mut mentions);
    towns_before_local_bodies(text, words, &mut mentions);
    extend_orgs_left(text, doc, words, &mut mentions);
    foreign_bodies(doc, words, &mut mentions);
    orgs::bodies_by_head(doc, words, &mut mentions);
    orgs::bodies_named_by_fields(doc, words, &mut mentions);
    orgs::names_with_possessives(doc, words, &mut mentions);
    sports_clubs(text, doc, words, lex, &mut mentions);
    dateline_places(text, doc, &mut mentions);
    titles_with_modifiers(doc, words, lex, &mut mentions);
    orgs::known_bodies(doc, words, &mut mentions);
    orgs::companies(text, doc, words, &mut mentions);
    orgs::bodies_read_as_two(text, words, &mut mentions);
    orgs::names_spelt_by_acronyms(text, doc, words, &mut mentions);
    drop_common_acronyms(text, &mut mentions);
    orgs::defined_acronyms(text, &mut mentions);
    short_names_of_orgs(text, doc, words, &mut mentions);
    coordinated_orgs(doc, words, &mut mentions);
    orgs_saying_it(words, &mut mentions);
    companies_by_context(text, words, &mut mentions);
    make_consistent(text, doc, words, &mut mentions);
    tag_surnames(text, doc, words, &mut mentions);
    places_after_in(text, doc, words, &mut mentions);
    drop_plural_openers(text, doc, words, &mut mentions);
    drop_qualifying_openers(text, doc, words, &mut mentions);
    drop_job_titles(doc, words, &mut mentions);
    programmes_named_care(text, &mut mentions);
    names_in_a_title_case_headline(text, doc, &mut mentions);
    sort_by_span(&mut mentions);
    mentions.dedup_by(|b, a| a.span.overlaps(b.span));
    drop_compound_halves(text, doc, words, &mut mentions);
    // The rules grew the list by doubling; the analysis keeps it to the end.
    mentions.shrink_to_fit();
    mentions
}

/// Sorts mentions by their spans: one sort for every rule (each sort call with a closure of
/// its own would be a copy of the sorting code in the wasm).
#[inline(never)]
fn sort_by_span(mentions: &mut Vec<Mention>) {
    // The rules append to a sorted list: only what follows its sorted start is sorted, then
    // merged in, the sorted start first among equal spans (what a stable sort of the whole
    // list gives).
    let sorted = mentions
        .windows(2)
        .position(|w| matches!(w, [a, b] if a.span > b.span))
        .map_or(mentions.len(), |k| k + 1);
    if sorted == mentions.len() {
        return;
    }
    let mut tail = mentions.split_off(sorted);
    crate::sort::stable_sort_by_key(&mut tail, |m| m.span);
    let head = std::mem::replace(mentions, Vec::with_capacity(sorted + tail.len()));
    let (mut head, mut tail) = (head.into_iter().peekable(), tail.into_iter().peekable());
    loop {
        let next = match (head.peek(), tail.peek()) {
            (Some(h), Some(t)) if t.span < h.span => tail.next(),
            (Some(_), _) => head.next(),
            (None, _) => tail.next(),
        };
        match next {
            Some(m) => mentions.push(m),
            None => break,
        }
    }
}

/// One syllable of a romanised Korean or Chinese name (`Kim`, `Gyu`, `back`, `jeou`): ASCII
/// letters, capitalised or all lower case, consonants around a single run of vowels.
fn is_romanised_syllable(w: &str) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 6 || !b[1..].iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let lower = w.to_ascii_lowercase();
    let vowel = |c: &u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let bytes = lower.as_bytes();
    let onset = bytes.iter().take_while(|c| !vowel(c)).count();
    let nucleus = bytes[onset..].iter().take_while(|c| vowel(c)).count();
    let coda = &bytes[onset + nucleus..];
    b[0].is_ascii_alphabetic()
        && onset <= 3
        && (1..=3).contains(&nucleus)
        && coda.len() <= 2
        && !coda.iter().any(vowel)
}

/// Short English words that follow a hyphen in a compound made from a name (`Wall
/// Street-born`), besides [`COMPOUND_TAILS`].
const ENGLISH_TAILS: &[&str] = &[
    "free", "long", "term", "year", "held", "run", "bound", "class", "born", "built", "up", "down",
    "out", "off", "on", "first", "last", "next", "high", "low", "hit", "struck", "bred", "grown",
    "proof", "lead", "ward", "wards", "ish", "less", "rich", "poor", "wing", "week", "day",
    "night", "old", "new", "plus", "man", "men", "hand", "head", "end", "top", "sized", "scale",
    "wide", "area", "set", "go", "in-law", "led",
];

/// A romanised Korean or Chinese name at tokens `i..i + 4`: a capitalised surname and a given
/// name of two syllables joined by a hyphen, the second in lower case (`Ahn Gyu-back`, `Moon
/// Jae-in`, `Tsai Ing-wen`), not a compound adjective (`Wall Street-led`).
fn romanised_name_at(text: &str, run: Run, i: usize) -> bool {
    let tokens = run.tokens;
    let (Some(s), Some(g), Some(h), Some(t)) = (
        tokens.get(i),
        tokens.get(i + 1),
        tokens.get(i + 2),
        tokens.get(i + 3),
    ) else {
        return false;
    };
    let (sw, gw, tw) = (
        s.span().slice(text),
        g.span().slice(text),
        t.span().slice(text),
    );
    let spaced = text.get(s.span().end..g.span().start) == Some(" ");
    let glued = g.span().end == h.span().start && h.span().end == t.span().start;
    let syllable = |w: &str| {
        w.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && is_romanised_syllable(w)
    };
    let name_part = |k: usize, w: &str| syllable(w) && !run.any(k, words::LISTED);
    // (The surname may be a listed word: `Hong Myung-bo`, though `Hong` starts `Hong Kong`.)
    spaced
        && glued
        && h.span().slice(text) == "-"
        && syllable(sw)
        && (name_part(i + 1, gw) || run.any(i + 1, words::GIVEN))
        && tw.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
        && is_romanised_syllable(tw)
        && !COMPOUND_TAILS.contains(&tw)
        && !ENGLISH_TAILS.contains(&tw)
}

/// Two listed given names joined by a hyphen and a surname at tokens `i..i + 4`
/// (`Jean-Pierre Raffarin`, `Lars-Erik Dahl`, `Marie-Claire Dubois`), not a company named after
/// people (`Harley-Davidson`: `Davidson` is no given name) nor a place's compound.
fn given_names_joined_at(text: &str, run: Run, i: usize) -> bool {
    let (Some(g), Some(h), Some(s)) = (
        run.tokens.get(i),
        run.tokens.get(i + 2),
        run.tokens.get(i + 3),
    ) else {
        return false;
    };
    let word = words::CAPITAL | words::LETTERS | words::ANY_LOWER;
    let given = |k: usize| {
        run.bits(k) & (word | words::GIVEN | words::PLACE | words::ORG_HEAD) == word | words::GIVEN
    };
    let not_a_surname = words::FUNCTION
        | words::TITLE_WORD
        | words::ORG_HEAD
        | words::PLACE
        | words::DEMONYM
        | words::ROLE;
    given(i)
        && given(i + 2)
        && g.span().end + 1 == h.span().start
        && text.get(h.span().end..s.span().start) == Some(" ")
        && run.bits(i + 3) & (word | not_a_surname) == word
}

/// Names with a hyphenated given name that the tagger missed, cut or took for something else
/// become whole names of people: romanised ones (`Choi Min-ji`; `Ahn Gyu` of `Ahn Gyu-back`,
/// or as the end of a place `South Korean Defence Minister Ahn Gyu`) and two given names
/// before a surname (`Lars-Erik Dahl`, read as a place). A tagged name that ran into one keeps
/// its part before, joined to the person when that part ends in a title.
fn hyphenated_names(
    text: &str,
    run: Run,
    lex: &Lexicon,
    names: Vec<(Range<usize>, EntityKind)>,
) -> Vec<(Range<usize>, EntityKind)> {
    let mut found: Vec<Range<usize>> = Vec::new();
    for (k, t) in run.tokens.iter().enumerate() {
        if t.kind != TokenKind::Punct || t.span().slice(text) != "-" {
            continue;
        }
        let at = if k >= 2 && romanised_name_at(text, run, k - 2) {
            k - 2
        } else if k >= 1 && given_names_joined_at(text, run, k - 1) {
            k - 1
        } else {
            continue;
        };
        if found.last().is_none_or(|r| r.end <= at) {
            found.push(at..at + 4);
        }
    }
    if found.is_empty() {
        return names;
    }
    let mut out: Vec<(Range<usize>, EntityKind)> = Vec::with_capacity(names.len() + found.len());
    // A person's name right before one is the same person's, given name first (`Michael Tien
    // Puk-sun`, `Carrie Lam Cheng Yuet-ngor`, as Hong Kong writes names).
    let push_found =
        |out: &mut Vec<(Range<usize>, EntityKind)>, r: &Range<usize>| match out.last_mut() {
            Some((before, kind))
                if before.end == r.start
                    && (*kind == EntityKind::Person || run.any(r.start - 1, words::GIVEN)) =>
            {
                before.end = r.end;
                *kind = EntityKind::Person;
            }
            _ => out.push((r.clone(), EntityKind::Person)),
        };
    let mut rest = found.iter().peekable();
    for (range, kind) in names {
        // The names found before this one.
        while let Some(r) = rest.next_if(|r| r.end <= range.start) {
            push_found(&mut out, r);
        }
        let Some(r) = rest.next_if(|r| r.start < range.end) else {
            out.push((range, kind));
            continue;
        };
        let titled = (range.start..r.start).any(|j| j + title_at(run, j, r.start, lex) == r.start);
        if titled {
            out.push((range.start..r.end, EntityKind::Person));
        } else {
            if range.start < r.start {
                out.push((range.start..r.start, kind));
            }
            push_found(&mut out, r);
        }
        if r.end < range.end {
            out.push((r.end..range.end, kind));
        }
    }
    for r in rest {
        push_found(&mut out, r);
    }
    out
}

/// A tagged name that runs from an organisation into a title and a given name is two: the
/// organisation and the person (`Acme Corp` + `President Brad Holt`); so is one that joins two
/// organisations by `and the`.
fn split_at_titles(
    text: &str,
    run: Run,
    lex: &Lexicon,
    mut names: Vec<(Range<usize>, EntityKind)>,
) -> Vec<(Range<usize>, EntityKind)> {
    let mut parts = Vec::new();
    // The tagger's names, in order (it tags left to right).
    let tagged: Vec<Range<usize>> = names.iter().map(|(r, _)| r.clone()).collect();
    // One-word names that a person's name found here took in as its surname.
    let mut taken: Vec<usize> = Vec::new();
    for (range, kind) in &mut names {
        // An acronym's possessive ends the name: what follows is its journalist, office or
        // programme (`ABC` + `’s Martha Raddatz`, `FBI` + `’s Boston Field Office`, `BBC` + `’s
        // Today`); a company's own possessive (`McDonald’s Corp`) is no acronym's.
        if let Some(k) = (range.start + 1..range.end.saturating_sub(1)).find(|&k| {
            matches!(run.word(k), "’s" | "'s") && crate::coref::is_acronym(run.word(k - 1))
        }) {
            if run.any(k + 1, words::GIVEN) {
                parts.push((k + 1..range.end, EntityKind::Person));
            } else if run.any(range.end - 1, words::ORG_HEAD) {
                parts.push((k + 1..range.end, EntityKind::Org));
            }
            range.end = k;
            *kind = EntityKind::Org;
            continue;
        }
        // So does a listed place's (`Argentina` + `’s Central Bank`), a given name aside
        // (`Jordan’s`).
        if range.len() > 2
            && matches!(run.word(range.start + 1), "’s" | "'s")
            && run.bits(range.start) & (words::PLACE | words::GIVEN) == words::PLACE
        {
            parts.push((range.start + 2..range.end, *kind));
            range.end = range.start + 1;
            *kind = EntityKind::Place;
            continue;
        }
        // A place before a title and a capitalised word is the person's office (`Sao Paulo`
        // + `Governor Tarcisio`), a county or city by its last word too (`Franklin County` +
        // `Prosecutor Shayla Favor`).
        let place = |j: usize| {
            span_of(run.tokens, &(range.start..j))
                .is_some_and(|s| lex.places.contains(s.slice(text)))
                || j > range.start + 1 && matches!(run.word(j - 1), "County" | "City" | "State")
        };
        if *kind == EntityKind::Person {
            // A person "of" a listed place is the person and the place (`Hussein` + `of` +
            // `Jordan`): the tagger may read them as one.
            let of = (range.start + 1..range.end.saturating_sub(1)).find(|&k| {
                run.word(k) == "of"
                    && span_of(run.tokens, &(k + 1..range.end))
                        .is_some_and(|s| lex.places.contains(s.slice(text)))
            });
            if let Some(k) = of {
                parts.push((k + 1..range.end, EntityKind::Place));
                range.end = k;
                continue;
            }
            // Also where the tagger read the whole as a person.
            let office = (range.start + 1..range.end.saturating_sub(2)).find(|&j| {
                let len = title_at(run, j, range.end, lex);
                len > 0 && j + len < range.end && place(j)
            });
            if let Some(j) = office {
                parts.push((j..range.end, EntityKind::Person));
                range.end = j;
                *kind = EntityKind::Place;
            } else if let Some(j) = (range.start + 2..range.end.saturating_sub(2)).find(|&j| {
                let len = title_at(run, j, range.end, lex);
                len > 0 && j + len + 2 <= range.end && run.any(j + len, words::GIVEN)
            }) {
                // A court or office of no listed place, two words or more, before the title and
                // a given name and a surname is the title's (`Franklin County Common Pleas` +
                // `Judge Christian Jenkins`): the name starts at the title.
                range.start = j;
            }
            continue;
        }
        // The whole is a body's name (`Royal Prince Alfred Hospital`, `British Prime Minister's
        // Office`).
        let whole_body = run.any(range.end - 1, words::ORG_HEAD);
        let split = (range.start + 1..range.end).find_map(|j| {
            let len = title_at(run, j, run.tokens.len(), lex);
            let after = j + len;
            // A word inside a longer title is no title's start (`Cabinet Secretary`, not
            // `Interior Cabinet` + `Secretary`).
            if len == 0 || after == range.end || title_at(run, j - 1, after, lex) > 1 {
                return None;
            }
            // A title running on past the name's end (`US Defence` + `Secretary Lloyd
            // Austin`): the name is only the place before it.
            // So is a party or nationality (`Republican Gov` + `. Mike DeWine`), and a body
            // (`Dayton Police Maj` + `. Christopher Malson`).
            if after > range.end {
                let left = if place(j) {
                    EntityKind::Place
                } else if (range.start..j).all(|k| run.any(k, words::DEMONYM)) {
                    EntityKind::Misc
                } else if (range.start..j).any(|k| run.any(k, words::ORG_HEAD)) {
                    EntityKind::Org
                } else {
                    return None;
                };
                return run.any(after, words::CAPITAL).then_some((j, left, false));
            }
            // An office's institution before a title and a given name (`House` + `Speaker
            // Mike Johnson`).
            let institution = *kind == EntityKind::Org
                && !whole_body
                && title_at(run, range.start, range.end, lex) == 0
                && !place(j)
                && (range.start..j).all(|k| {
                    run.bits(k) & (words::CAPITAL | words::TITLE_WORD | words::DEMONYM)
                        == words::CAPITAL
                });
            let name_after = run.any(after, words::CAPITAL)
                && !run.any(after, words::ORG_HEAD | words::PLACE | words::FUNCTION);
            // A nationality before an office and a name is no part of either (`German` +
            // `Chancellor Friedrich Merz`, `Danish` + `Climate Minister Lars Aagaard`).
            let nationality = run.any(range.start, words::DEMONYM)
                && !whole_body
                && (range.start + 1..j).all(|k| {
                    run.bits(k) & (words::CAPITAL | words::GIVEN | words::ORG_HEAD | words::DEMONYM)
                        == words::CAPITAL
                });
            // A body's name before an office (`Bank of Japan` + `Governor Kazuo Ueda`).
            let body = !whole_body && (range.start..j).any(|k| run.any(k, words::ORG_HEAD));
            if (run.any(j - 1, words::ORG_HEAD) || institution) && run.any(after, words::GIVEN)
                || body && name_after
            {
                Some((j, EntityKind::Org, true))
            } else if name_after && place(j) {
                Some((j, EntityKind::Place, true))
            } else if name_after && nationality {
                Some((range.start + 1, EntityKind::Misc, true))
            } else {
                None
            }
        });
        // Only a title's modifiers before it: the whole is a person's title and name
        // (`District` + `Attorney` + `Frank Clark`).
        if let Some((j, ..)) = split {
            if (range.start..j).all(|k| TITLE_MODIFIERS.contains(&run.word(k))) {
                *kind = EntityKind::Person;
                continue;
            }
        }
        // A portfolio before a title and a name that the tagger read as one body (`Health` +
        // `Secretary` + `Wes Streeting`, `District` + `Attorney` + `Hakeem Clark`).
        if split.is_none() && !whole_body && titled_name(run, range.clone(), lex) {
            *kind = EntityKind::Person;
            continue;
        }
        // A place and a person's name read as one (`MP for` + `Manchester Withington` + `Jeff
        // Smith`).
        if split.is_none() && !whole_body && run.any(range.start, words::PLACE) {
            let given = (range.start + 1..range.end.saturating_sub(1))
                .find(|&k| run.any(k, words::GIVEN))
                .filter(|&g| {
                    range.end - g <= 3
                        && (g + 1..range.end).all(|k| {
                            run.bits(k) & (words::CAPITAL | words::ORG_HEAD | words::PLACE)
                                == words::CAPITAL
                        })
                });
            if let Some(g) = given {
                parts.push((g..range.end, EntityKind::Person));
                range.end = g;
                *kind = EntityKind::Place;
                continue;
            }
        }
        if let Some((j, left, person)) = split {
            if person {
                // The tagger's name may end at the given name (`House Speaker Kevin` +
                // `McCarthy`): the surname after it, untagged or tagged alone as something
                // else, goes with it.
                let mut end = range.end;
                let next = tagged.binary_search_by_key(&end, |r| r.start);
                if run.any(end - 1, words::GIVEN)
                    && next.map_or(true, |k| tagged.get(k).is_some_and(|r| r.len() == 1))
                    && run.bits(end) & (words::CAPITAL | words::LETTERS)
                        == words::CAPITAL | words::LETTERS
                    && !run.any(end, words::FUNCTION | words::ORG_HEAD | words::TITLE_WORD)
                {
                    taken.extend(next.ok().map(|_| end));
                    end += 1;
                }
                parts.push((j..end, EntityKind::Person));
            }
            range.end = j;
            *kind = left;
            continue;
        }
        // Two organisations joined by `and the` are two (`the House and the Senate`), also when
        // only the second is named by its head (`Westpac` + `Commonwealth Bank`).
        let two = (range.start + 1..range.end.saturating_sub(2)).find(|&k| {
            run.word(k) == "and"
                && run.word(k + 1) == "the"
                && (run.any(k - 1, words::ORG_HEAD)
                    || *kind == EntityKind::Org && whole_body && range.end >= k + 4)
        });
        if let Some(k) = two {
            parts.push((k + 2..range.end, *kind));
            range.end = k;
        }
    }
    if !parts.is_empty() {
        names.retain(|(r, _)| !taken.contains(&r.start));
        names.extend(parts);
        crate::sort::stable_sort_by_key(&mut names, |(r, _)| r.start);
    }
    names
}

/// True when the name `range` is plain capitalised words, a title and a two- or three-word
/// name after it.
fn titled_name(run: Run, range: Range<usize>, lex: &Lexicon) -> bool {
    let Some((j, len)) = (range.start + 1..range.end)
        .map(|j| (j, title_at(run, j, range.end, lex)))
        .find(|&(_, len)| len > 0)
    else {
        return false;
    };
    let plain = |k: usize, not: u32| run.bits(k) & (words::CAPITAL | not) == words::CAPITAL;
    let not_named = words::ORG_HEAD | words::PLACE | words::FUNCTION;
    (2..=3).contains(&(range.end - (j + len)))
        && (range.start..j).all(|k| plain(k, not_named | words::DEMONYM))
        && (j + len..range.end).all(|k| plain(k, not_named | words::TITLE_WORD))
}

/// Acronyms of common nouns (`PC`, `AI`, `GDP`): before a noun they modify it (`its PC
/// business`, `AI chips`, `the MMR vaccine`), and alone they are no name either.
const COMMON_ACRONYMS: &[&str] = &[
    "PC", "AI", "EV", "GDP", "MMR", "CEO", "CFO", "COO", "CTO", "IPO", "TV", "IT", "GPS", "SUV",
    "LED", "LNG", "VAT", "ATM", "CPU", "GPU", "VR", "HR", "PR", "ID", "RAM", "USB", "SMS", "ESG",
    "ETF", "MRI", "ICU", "PPE", "NFT", "API", "QR", "CCTV", "HGV", "MP3", "PhD", "MBA", "CPI",
    "PMI", "LGBT", "LGBTQ", "COVID", "CO2", "OK",
];

/// Whether each byte ends one of [`COMMON_ACRONYMS`]: most names end in a lower-case letter,
/// which no acronym does, and are ruled out before the list is read.
const ACRONYM_ENDS: [bool; 256] = {
    let mut ends = [false; 256];
    let mut k = 0;
    while k < COMMON_ACRONYMS.len() {
        let w = COMMON_ACRONYMS[k].as_bytes();
        if !w.is_empty() {
            ends[w[w.len() - 1] as usize] = true;
        }
        k += 1;
    }
    ends
};

/// True when `w` is one of [`COMMON_ACRONYMS`].
pub(super) fn is_common_acronym(w: &str) -> bool {
    w.as_bytes()
        .last()
        .is_some_and(|&b| ACRONYM_ENDS[usize::from(b)])
        && COMMON_ACRONYMS.contains(&w)
}

/// Drops one-word mentions that are acronyms of common nouns, in the singular or the plural
/// (`PCs`); an acronym the article defines in brackets comes back with its definition.
fn drop_common_acronyms(text: &str, mentions: &mut Vec<Mention>) {
    mentions.retain(|m| {
        let w = m.span.slice(text);
        let w = w.strip_suffix('s').filter(|s| s.len() >= 2).unwrap_or(w);
        !is_common_acronym(w)
    });
}

/// Drops the second half of a hyphenated compound whose first half is no name (`US` in
/// `Sino-US`; `US` in `China-US` stays).
fn drop_compound_halves(text: &str, doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    let spans: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    mentions.retain(|m| {
        // A compound's second half follows a hyphen; most mentions do not.
        let after_hyphen = m
            .span
            .start
            .checked_sub(1)
            .and_then(|p| text.as_bytes().get(p))
            == Some(&b'-');
        if !after_hyphen {
            return true;
        }
        let i = words.token_at_or_after(m.span.start);
        let (Some(h), Some(p)) = (
            i.checked_sub(1).and_then(|k| doc.tokens.get(k)),
            i.checked_sub(2).and_then(|k| doc.tokens.get(k)),
        ) else {
            return true;
        };
        let compound = h.span().slice(text) == "-"
            && h.span().end == m.span.start
            && p.span().end == h.span().start
            && p.kind == TokenKind::Word;
        !compound || spans.iter().any(|s| s.contains(p.span()))
    });
}

/// True for the capitalised words that only start sentences (`The`, `However`).
fn is_function_word(w: &str) -> bool {
    is_capitalised(w) && lexicon().function_words.contains(w)
}

fn word<'t>(text: &'t str, tokens: &[Token], i: usize) -> &'t str {
    tokens.get(i).map_or("", |t| t.span().slice(text))
}

fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Capitals with full stops between them (`E.U`, `J.P`: the last full stop is a token of its
/// own).
fn is_initialism(w: &str) -> bool {
    w.contains('.') && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
}

/// The length of the longest title at tokens `at..` (within `end`) of `run`, or 0.
#[inline]
fn title_at(run: Run, at: usize, end: usize, lex: &Lexicon) -> usize {
    // Asked at every token: most are no title word, and the answer should cost no call.
    if !run.any(at, words::TITLE_WORD) {
        return 0;
    }
    longest_title_at(run, at, end, lex)
}

/// [`title_at`] of a title word.
#[inline(never)]
fn longest_title_at(run: Run, at: usize, end: usize, lex: &Lexicon) -> usize {
    let listed = lex
        .titles_starting(run.word(at))
        .find(|t| at + t.len() <= end && t.iter().enumerate().all(|(k, w)| run.word(at + k) == *w))
        .map_or(0, <[_]>::len);
    let officer = (at + 2..end.min(at + 5))
        .find(|&k| chief_officer(run, at, k))
        .map_or(0, |k| k + 1 - at);
    listed.max(officer)
}

/// True when tokens `chief..=officer` are `Chief`, one to three capitalised words and
/// `Officer`: an executive's title whatever the portfolio (`Chief Technology Officer`, `Chief
/// Information Security Officer`), which no list can hold all of.
fn chief_officer(run: Run, chief: usize, officer: usize) -> bool {
    let plain = words::CAPITAL | words::LETTERS;
    run.word(chief) == "Chief"
        && run.word(officer) == "Officer"
        && (chief + 1..officer).all(|j| run.bits(j) & plain == plain)
}

/// The title ending just before token `at` (`Major General` before `Shao Yuanming`).
fn title_before(run: Run, at: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let prev = run.word(at.checked_sub(1)?);
    if prev == "." {
        // An abbreviated title's last word before its full stop (`Gen` + `.`).
        let stem = run.word(at.checked_sub(2)?);
        if !lex.abbreviated.contains(stem) {
            return None;
        }
    } else if !run.any(at - 1, words::TITLE_WORD) && run.word(at.checked_sub(2)?) != "-" {
        // A hyphenated title ends in a lower-case word that is no title word (`President` `-`
        // `elect`).
        return None;
    }
    lex.titles_ending(prev)
        .find_map(|t| {
            let start = at.checked_sub(t.len())?;
            let matches = t.iter().enumerate().all(|(k, w)| run.word(start + k) == *w);
            matches.then_some(start..at)
        })
        .or_else(|| {
            // (A portfolio of one or two words: `Chief Technology Officer`.)
            let officer = at - 1;
            let c = if run.word(officer.wrapping_sub(2)) == "Chief" {
                officer - 2
            } else {
                officer.checked_sub(3)?
            };
            chief_officer(run, c, officer).then_some(c..at)
        })
}

/// The span of tokens `r`; `None` when `r` is empty.
fn span_of(tokens: &[Token], r: &Range<usize>) -> Option<Span> {
    if r.is_empty() {
        return None;
    }
    let a = tokens.get(r.start)?;
    let b = tokens.get(r.end.checked_sub(1)?)?;
    Some(Span::new(a.span().start, b.span().end))
}

/// A title that only a person bears: an abbreviated one (`Gen.`, `Sen.`) or a courtesy title
/// written without its full stop (`Mrs Rennie`, `Dr Osei`).
fn personal_title(run: Run, title: Range<usize>) -> bool {
    let last = run.word(title.end.wrapping_sub(1));
    last == "." || title.len() == 1 && matches!(last, "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Mx")
}

/// Applies the newswire conventions to one tagged name.
fn refine(
    text: &str,
    run: Run,
    range: Range<usize>,
    mut kind: EntityKind,
    lex: &Lexicon,
) -> Option<Mention> {
    let tokens = run.tokens;
    let (mut a, mut b) = (range.start, range.end);
    // Extend over a glued model number (`Hwasong` `-` `15`).
    let glued = |i: usize| orgs::glued(run, i);
    let number = |i: usize| tokens.get(i).is_some_and(|n| n.kind == TokenKind::Number);
    // A score is no part of a name (`Orlando City` in `Orlando City 3-1`, `Porto` in `Porto
    // 2-1 Braga`).
    let score = |k: usize| number(k) && run.word(k + 1) == "-" && glued(k + 1);
    if let Some(k) = (a + 1..b).find(|&k| score(k) && number(k + 2) && glued(k + 2)) {
        b = k;
    }
    while run.word(b) == "-" && glued(b) && glued(b + 1) && number(b + 1) {
        b += 2;
    }
    // `the` is not part of a name; nor is punctuation at either end, a possessive `’s`, or a
    // lower-case word at the end (`Beijing-based`), unless the gazetteer has the whole name
    // (`Korean peninsula`).
    while a < b && {
        let w = run.word(a);
        matches!(w, "the" | "The" | "THE") || tokens[a].kind == TokenKind::Punct
    } || matches!(run.word(a), "A" | "An") && b > a + 1 && run.any(a + 1, words::CAPITAL)
    {
        a += 1;
    }
    // A name of one word after the sentence's first word, capitalised, that no list knows and
    // the article never writes in lower case: the tagger, blind to a capital opening a
    // sentence, cut the name's first word (`Lockheed` of `Lockheed Martin builds`, `Mei` of
    // `Mei Moreno said`); not an adverb or a verb (`Finally`, `Injecting Clinton’s`).
    if b == a + 1 && a > 0 && matches!(kind, EntityKind::Person | EntityKind::Org) {
        let p = a - 1;
        let not =
            words::LISTED | words::FUNCTION | words::ROLE | words::ORG_NOUN | words::ROLE_PLURAL;
        let plain = words::CAPITAL | words::LETTERS | words::ANY_LOWER;
        let w = run.word(p);
        let spaced =
            span_of(tokens, &(p..b)).is_some_and(|s| s.slice(text).split(' ').count() == 2);
        if run.bits(p) & (plain | not) == plain
            && spaced
            && opens_sentence(text, run, p)
            && !run.lower_elsewhere(p)
            && run.any(a, words::ANY_LOWER)
            && !w.ends_with("ly")
            && !w.ends_with("ing")
            && !CALENDAR_WORDS.contains(&w)
            && !opens_no_name(w)
        {
            a = p;
        }
    }
    loop {
        if b <= a + 1 {
            break;
        }
        let w = run.word(b - 1);
        // (The name's text only when a gazetteer look-up is needed.)
        let whole = || span_of(tokens, &(a..b)).map_or("", |s| s.slice(text));
        let abbreviation = w == "." && glued(b - 1) && {
            let p = run.word(b - 2);
            p.contains('.') || p.chars().count() <= 3 && is_capitalised(p)
        };
        let strip = matches!(w, "’s" | "'s" | "’" | "'" | "-")
            || tokens[b - 1].kind == TokenKind::Punct && !abbreviation
            || tokens[b - 1].kind == TokenKind::Word
                && !is_capitalised(w)
                && !(run.place_may_go_on(a) && lex.places.contains(whole()));
        if !strip {
            break;
        }
        b -= 1;
    }
    // A capital letter glued to a lower-case word is no name (`U-turn`, `X-ray`, `T-shirt`).
    let after = tokens
        .get(a)
        .and_then(|t| text.get(t.span().end..))
        .unwrap_or("");
    if b == a + 1
        && run.word(a).len() == 1
        && matches!(after.as_bytes(), [b'-', c, ..] if c.is_ascii_lowercase())
    {
        return None;
    }
    // The gazetteer's longer name wins (`Korean` + `peninsula`, `Liaoning` + `province`,
    // `New` + `England`).
    let before = a.checked_sub(1).filter(|&p| {
        let longer = || span_of(tokens, &(p..b)).map_or("", |s| s.slice(text));
        // `p..b` goes on after `p` (`b > a`, or it is empty).
        let may = || b <= a || run.place_may_go_on(p);
        run.any(p, words::CAPITAL) && may() && lex.places.contains(longer())
    });
    if let Some(p) = before {
        a = p;
        kind = EntityKind::Place;
    }
    // (Whether a place may go on after token `a`, asked once.)
    let a_may_go_on = run.place_may_go_on(a);
    for extra in [2, 1] {
        let longer = || span_of(tokens, &(a..b + extra)).map_or("", |s| s.slice(text));
        let may = b + extra < a + 2 || a_may_go_on;
        if b + extra <= tokens.len() && may && lex.places.contains(longer()) {
            b += extra;
            kind = EntityKind::Place;
            break;
        }
    }
    if run.word(b.wrapping_sub(2)) == "-"
        && tokens
            .get(b.wrapping_sub(1))
            .is_some_and(|t| t.kind == TokenKind::Number)
        || b == a + 1 && is_strain_code(run.word(a))
        // One word and a Roman numeral name a mission or a craft (`Artemis II`), not a person
        // (`Abdullah II`) nor a longer name (`NCAA Division II`).
        || b == a + 2
            && kind != EntityKind::Person
            && run.word(a + 1).len() >= 2
            && run.word(a + 1).bytes().all(|c| matches!(c, b'I' | b'V' | b'X'))
    {
        kind = EntityKind::Misc;
    }
    // A title inside a person's name is kept apart (one only a person bears, `Gen.` or `Mrs`, makes any
    // name a person's; `General Motors` stays an organisation). In a person's name the title
    // may follow its modifiers (`German Finance Minister` before `Christian Lindner`): they
    // are part of the title.
    let mut title = None;
    let title_end = (a..b).find_map(|j| {
        // Not inside a name (`Martin Luther King Jr.`): no given name before the title.
        if j > a
            && (kind != EntityKind::Person
                || (a..j).any(|k| run.bits(k) & (words::GIVEN | words::DEMONYM) == words::GIVEN))
        {
            return None;
        }
        let inner = title_at(run, j, b, lex);
        let after = j + inner;
        let personal = inner > 0 && personal_title(run, j..after);
        // A title opening a name before a given name makes it a person's (`Attorney Jenna
        // Moss`).
        let given = j == a && run.any(after, words::GIVEN);
        (inner > 0
            && after < b
            && is_capitalised(run.word(after))
            && (kind == EntityKind::Person || personal || given))
            .then_some(after)
    });
    if let Some(after) = title_end {
        title = Some(a..after);
        a = after;
        kind = EntityKind::Person;
        // Titles in a row are one (`Emir Sheikh`).
        loop {
            let more = title_at(run, a, b, lex);
            if more == 0 || a + more >= b || !is_capitalised(run.word(a + more)) {
                break;
            }
            a += more;
            title = title.map(|t| t.start..a);
        }
    }
    // A role noun opening a sentence is no part of the name (`Meteorologist Dan Ortiz`).
    if kind == EntityKind::Person
        && title.is_none()
        && b >= a + 3
        && occupation_before_name(text, run, a)
    {
        a += 1;
    }
    // Lower-case particles inside a person's name: `Abu Jandal al-Kuwaiti`.
    if kind == EntityKind::Person {
        b = past_particles(run, b);
    }
    // A hyphenated name goes on (`Kim Jong-un`, `Khaled Al-Maeena`), not into a compound
    // adjective (`Putin-backed`).
    while kind == EntityKind::Person
        && run.word(b) == "-"
        && glued(b)
        && glued(b + 1)
        && tokens.get(b + 1).is_some_and(|t| {
            let w = t.span().slice(text);
            t.kind == TokenKind::Word && !COMPOUND_TAILS.contains(&w)
        })
    {
        b += 2;
    }
    // A place on the political spectrum is no name (`Centre-left`, `Far-right`).
    let wing = run.word(b) == "-" && glued(b) && matches!(run.word(b + 1), "left" | "right");
    if a >= b || wing && b == a + 1 {
        return None;
    }
    if title.is_none() && kind == EntityKind::Person {
        title = title_before(run, a, lex);
    } else if title.is_none() && matches!(kind, EntityKind::Place | EntityKind::Org) {
        // After a title only a person bears, or a title before a given name, a name is a person's
        // (`Dr. Sofia Lindqvist`).
        if let Some(t) = title_before(run, a, lex) {
            if personal_title(run, t.clone()) || run.any(a, words::GIVEN) && b > a + 1 {
                title = Some(t);
                kind = EntityKind::Person;
                // The surname the tagger left out of the place it read (`Rep. Alexandria` +
                // `Ocasio-Cortez`).
                let plain = words::CAPITAL | words::LETTERS | words::LISTED;
                if b == a + 1 && run.bits(b) & plain == words::CAPITAL | words::LETTERS {
                    b = past_hyphens(run, b + 1);
                }
            }
        }
    }
    let mut span = span_of(tokens, &(a..b))?;
    let surface = span.slice(text);
    let last = run.word(b - 1);
    let demonym = if b - a == 1 {
        run.any(a, words::DEMONYM)
    } else {
        is_demonym(surface, lex)
    };
    if demonym {
        kind = EntityKind::Misc;
    } else if kind == EntityKind::Place
        && b - a > 1
        && run.any(b - 1, words::DEMONYM)
        && run.any(b - 2, words::LETTERS)
    {
        // A party's member is no part of a place (`a Lakewood` + `Democrat`).
        span = span_of(tokens, &(a..b - 1))?;
    } else if kind == EntityKind::Misc && lex.places.contains(surface) {
        // A gazetteer place is a place, also as a modifier (`in the U.S.`, `a U.S. official`).
        kind = EntityKind::Place;
    } else if b - a > 1
        && (run.any(b - 1, words::ORG_HEAD)
            || run.any(a, words::ORG_HEAD) && matches!(run.word(a + 1), "of" | "for" | "on")
            // (After a modifier too when the tagger saw no place: `U.S. Court of Appeals`.)
            || kind == EntityKind::Misc && has_head_of(run, a + 1, b)
            || kind == EntityKind::Place && named_after_a_place(text, run, a, b, lex)
            // A party named before the word (`the hard-left France Unbowed party`).
            || kind != EntityKind::Person && run.word(b) == "party"
            // A body's head before its place (`Imperial College London`).
            || kind == EntityKind::Place
                && b - a > 2
                && run.any(b - 2, words::ORG_HEAD)
                && run.any(b - 1, words::PLACE))
    {
        kind = EntityKind::Org;
    } else if b - a > 1 && GEOGRAPHIC_HEADS.contains(&last) {
        kind = EntityKind::Place;
    } else if b - a == 1
        && kind == EntityKind::Place
        && (run.any(a, words::ORG_HEAD)
            || (3..=5).contains(&last.len())
                && last.bytes().all(|c| c.is_ascii_uppercase())
                && !lex.places.contains(last)
                && !lex.places.contains(ascii_title_case(last).as_str()))
    {
        // A body's head alone is the body (`the winter session of Parliament`); so is an
        // acronym that is no listed place in any case (`In Geneva, NATO Secretary General …`,
        // but `LIMA`).
        kind = EntityKind::Org;
    }
    // A holiday alone is a time, no name (`a deal by Easter`).
    if b - a == 1
        && (run.any(a, words::FUNCTION | words::TITLE_WORD)
            || matches!(
                last,
                "Easter" | "Christmas" | "Thanksgiving" | "Halloween" | "Hanukkah" | "Passover"
            ))
    {
        return None;
    }
    // `… Chiefs` + `of Staff`, `Ministry` + `of Foreign Affairs`: the `of` part belongs to an
    // organisation that ends in its head, or a place (`Hashemite Kingdom` + `of Jordan`).
    let head = match kind {
        EntityKind::Org => run.any(b - 1, words::ORG_HEAD),
        EntityKind::Place => PLACE_HEADS.contains(&last),
        _ => false,
    };
    // An organisation's head also takes `for` and `on` (`Asan Institute` + `for Policy
    // Studies`, `Council` + `on Foreign Relations`).
    // Not before another organisation, a place, a person or a date (`League` + `for FC
    // Basel`, `Club` + `on May 15`).
    let connector = match run.word(b) {
        "of" => true,
        "for" | "on" => {
            kind == EntityKind::Org
                && !run.any(
                    b + 1,
                    words::ORG_HEAD | words::PLACE | words::GIVEN | words::FUNCTION,
                )
                && !CALENDAR_WORDS.contains(&run.word(b + 1))
        }
        _ => false,
    };
    if head && connector {
        let mut e = b + 1;
        while is_capitalised(run.word(e)) || run.word(e) == "and" && is_capitalised(run.word(e + 1))
        {
            e += 1;
        }
        if e > b + 1 {
            span = span_of(tokens, &(a..e))?;
        }
    } else if kind == EntityKind::Org && run.word(b) == "and" && has_head_of(run, a, b) {
        // A body's field of two goes on after `and` (`Department of Health` + `and Human
        // Services`, `Housing and Urban Development`, `Work and Pensions`, `Forestry and Fire
        // Protection`): two plain capitalised words or more, or one plural (not `Justice and
        // Google`), that end in no title (not `Defence and Home Secretary`).
        let plain = |k: usize| {
            run.bits(k) & (words::CAPITAL | words::LETTERS | words::PLACE)
                == words::CAPITAL | words::LETTERS
        };
        let mut e = b + 1;
        while e < b + 4 && plain(e) {
            e += 1;
        }
        let plural = e == b + 2 && run.word(b + 1).ends_with('s');
        if (e > b + 2 || plural)
            && !run.any(e, words::CAPITAL)
            && !run.any(e - 1, words::TITLE_WORD)
        {
            span = span_of(tokens, &(a..e))?;
        }
    }
    Some(Mention {
        span,
        kind,
        title: title.and_then(|t| span_of(tokens, &t)),
    })
}

/// True when a body's head and `of` or `for` stand inside the name `a..b` (`Court of Appeals`).
fn has_head_of(run: Run, a: usize, b: usize) -> bool {
    (a..b.saturating_sub(1))
        .any(|k| run.any(k, words::ORG_HEAD) && matches!(run.word(k + 1), "of" | "for"))
}

/// `LIMA` as `Lima`.
pub(crate) fn ascii_title_case(w: &str) -> String {
    let mut out = w.to_ascii_lowercase();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// Last words of a place's name that say what sort of place it is (`Los Angeles County`).
const PLACE_TAILS: &[&str] = &[
    "County",
    "City",
    "State",
    "Province",
    "Island",
    "Islands",
    "Bay",
    "River",
    "Valley",
    "Lake",
    "Mountains",
    "Mountain",
    "Sea",
    "Coast",
    "Harbor",
    "Harbour",
    "Peninsula",
    "Region",
    "District",
    "Strait",
    "Gulf",
    "Park",
    "Airport",
    "Square",
    "Street",
    "Avenue",
    "Road",
    "Bridge",
    "Heights",
    "Hills",
    "Springs",
    "Beach",
    "Falls",
    "Canyon",
    "Desert",
    "Basin",
    "Delta",
    "Plains",
    "Prefecture",
    "Oblast",
    "Territory",
    "Area",
    "Metro",
    "Downtown",
    "Township",
    "Borough",
    "Village",
    "Town",
    "Port",
    "Station",
    "Zone",
    "Highlands",
    "Plateau",
    "Forest",
    "Sound",
    "Channel",
    "Creek",
    "Peak",
    "Ridge",
    "Canal",
    "Boulevard",
    "Plaza",
    "Stadium",
    "Arena",
    "Palace",
    "Castle",
    "Tower",
    "Mall",
    "Cathedral",
    "Peninsula",
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Upstate",
    "Proper",
    "Riviera",
    "Corridor",
    "Range",
    "Rink",
    "Railroad",
    "Festival",
    "Hall",
    "Gardens",
    "Garden",
    "Terminal",
    "Base",
    "Camp",
];

/// A code of a capital, a digit, a capital and a digit names a strain or a model, never a body
/// (`H5N1`, `R2D2`; not `G20`, `C2I`).
fn is_strain_code(w: &str) -> bool {
    matches!(w.as_bytes(), [a, b, c, d, ..] if a.is_ascii_uppercase() && b.is_ascii_digit()
        && c.is_ascii_uppercase() && d.is_ascii_digit())
}

/// A name of tokens `a..b` that is a gazetteer place followed by one capitalised word that is
/// no sort of place is an organisation named after the place: a club, a newspaper, a company
/// (`Los Angeles Galaxy`, `Chicago Tribune`, `Texas Instruments`).
fn named_after_a_place(text: &str, run: Run, a: usize, b: usize, lex: &Lexicon) -> bool {
    let tokens = run.tokens;
    let whole = span_of(tokens, &(a..b)).map_or("", |s| s.slice(text));
    if lex.places.contains(whole) {
        return false;
    }
    let j = b - 1;
    if !span_of(tokens, &(a..j)).is_some_and(|s| lex.places.contains(s.slice(text))) {
        return false;
    }
    (j..b).all(|k| {
        let bits = run.bits(k);
        bits & (words::CAPITAL | words::LETTERS | words::ANY_LOWER)
            == words::CAPITAL | words::LETTERS | words::ANY_LOWER
            && bits & (words::PLACE | words::DEMONYM | words::FUNCTION | words::TITLE_WORD) == 0
            && !PLACE_TAILS.contains(&run.word(k))
    })
}

/// Prepositions before a place (`in the U.S.`).
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "to",
    "from",
    "across",
    "throughout",
    "into",
    "inside",
    "outside",
    "within",
    "around",
];

/// Last words of a place's formal name before `of` (`Hashemite Kingdom of Jordan`).
const PLACE_HEADS: &[&str] = &[
    "Kingdom",
    "Republic",
    "Emirate",
    "Sultanate",
    "Principality",
    "Commonwealth",
    "Province",
    "State",
    "Islands",
    "Isle",
    "Gulf",
    "Bay",
    "Sea",
    "Strait",
    "Straits",
    "Firth",
    "Cape",
];

/// Last words that make a name of two words or more a place whatever the tagger thought
/// (`Senkaku Islands`, `Arabian Sea`, `Korean Peninsula`, `Scarborough Shoal`).
const GEOGRAPHIC_HEADS: &[&str] = &[
    "Islands",
    "Island",
    "Isles",
    "Archipelago",
    "Atoll",
    "Reef",
    "Shoal",
    "Sea",
    "Ocean",
    "Strait",
    "Straits",
    "Firth",
    "Peninsula",
    "Mountains",
    "Desert",
    "Glacier",
    "Volcano",
    "Street",
    "Avenue",
    "Boulevard",
    "Square",
    "Prefecture",
];

/// A nationality, in the singular or the plural (`Iraqi`, `Iraqis`), also of a part of the
/// world (`South Korean`, `East Asian`, `Latin Americans`).
fn is_demonym(w: &str, lex: &Lexicon) -> bool {
    let plain = |w: &str| {
        lex.demonyms.contains(w)
            || w.strip_suffix('s')
                .is_some_and(|s| lex.demonyms.contains(s))
    };
    // A place of the gazetteer is a place (`U.S.`, `Jersey`).
    plain(w) && !lex.places.contains(w)
        || w.split_once(' ').is_some_and(|(region, rest)| {
            REGION_WORDS.contains(&region)
                && !rest.contains(' ')
                && plain(rest)
                && !lex.places.contains(rest)
        })
}

/// Words that make a nationality of a part of the world (`South` + `Korean`).
const REGION_WORDS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "Central",
    "Eastern",
    "Western",
    "Northern",
    "Southern",
    "Latin",
];

/// Second halves of compound adjectives made from a name (`Putin-backed`).
const COMPOUND_TAILS: &[&str] = &[
    "based",
    "led",
    "backed",
    "born",
    "style",
    "era",
    "owned",
    "run",
    "like",
    "type",
    "made",
    "linked",
    "funded",
    "sponsored",
    "controlled",
    "allied",
    "friendly",
    "aligned",
    "inspired",
    "esque",
    "ite",
    "ites",
    "ism",
    "ist",
    "ists",
    "related",
    "affiliated",
    "appointed",
];

/// In a sentence written in capitals (`CHINA AND US STEP UP TALKS`) the tagger's cues are gone:
/// its names there are dropped and the gazetteers, read case-blind, name what they know.
fn capitals_only(
    text: &str,
    doc: &Document,
    words: &Words,
    lex: &Lexicon,
    mentions: &mut Vec<Mention>,
) {
    for s in &doc.sentences {
        let tokens = doc.sentence_tokens(s);
        let run = words.run(tokens, s.tokens.start);
        let (mut count, mut caps) = (0, 0);
        for (k, t) in tokens.iter().enumerate() {
            if t.kind == TokenKind::Word {
                count += 1;
                caps += usize::from(!run.any(k, words::ANY_LOWER));
            }
            // Most sentences are soon known to have too many words in lower case: a fifth of
            // the tokens is more than a fifth of the words.
            if (count - caps) * 5 > tokens.len() {
                break;
            }
        }
        if count < 4 || caps * 10 < count * 8 {
            continue;
        }
        mentions.retain(|m| !s.span.contains(m.span));
        // A word title-cased as `char::to_uppercase` would; `None` when its first letter's
        // upper case begins no word of the lists, so that no listed name can hold it.
        let title_case = |w: &str| -> Option<String> {
            let mut out = String::with_capacity(w.len());
            let mut chars = w.chars();
            match chars.next() {
                Some(c) if c.is_ascii() => out.push(c.to_ascii_uppercase()),
                Some(c) => out.push_str(lexicon::upper_first(c)?),
                None => {}
            }
            out.extend(chars.flat_map(crate::case::lower_char));
            Some(out)
        };
        push_longest(tokens, 0..tokens.len(), 3, mentions, |i, j, raw| {
            let cased: Option<Vec<String>> = tokens[i..j]
                .iter()
                .map(|t| title_case(t.span().slice(text)))
                .collect();
            let cased = cased.map(|c| c.join(" "));
            let cased = cased.as_deref();
            if cased.is_some_and(|c| lex.places.contains(c)) || lex.places.contains(raw.slice(text))
            {
                Some(EntityKind::Place)
            } else if cased.is_some_and(|c| lex.demonyms.contains(c)) {
                Some(EntityKind::Misc)
            } else {
                None
            }
        });
    }
}

/// A dateline opens with its place in capitals (`AUSTIN, Texas —`, `HONG KONG (Reuters) -`,
/// `ST. LOUIS`) and a comma, bracket or dash after it: that run is a place, whatever the tagger
/// made of it (`UPDATED:` and `NOV. 30, 2017` are no place).
fn dateline_places(text: &str, doc: &Document, mentions: &mut Vec<Mention>) {
    let datelines = doc.inline_datelines.iter().copied().chain(
        doc.paragraphs
            .iter()
            .filter(|p| p.part == Part::Dateline)
            .map(|p| p.span),
    );
    for line in datelines {
        let first = doc.tokens.partition_point(|t| t.span().start < line.start);
        // (`DUBAI/PARIS, Nov 27 (Reuters) -`: a story filed from two places names both.)
        let mut places = Vec::new();
        let mut start = first;
        let mut end = first;
        loop {
            while let Some(t) = doc.tokens.get(end).filter(|t| t.span().end <= line.end) {
                let w = t.span().slice(text);
                let capitals = t.kind == TokenKind::Word
                    && w.chars().any(char::is_uppercase)
                    && !w.chars().any(char::is_lowercase);
                let abbreviation = w == "." && end > start;
                if !(capitals || abbreviation) {
                    break;
                }
                end += 1;
            }
            while end > start && word(text, &doc.tokens, end - 1) == "." {
                end -= 1;
            }
            if end == start || word(text, &doc.tokens, end) != "/" {
                break;
            }
            places.push(start..end);
            end += 1;
            start = end;
        }
        // (A dateline may name no place: `Oct 11 (Reuters) -`.)
        if end > start && matches!(word(text, &doc.tokens, end), "," | "(" | "-" | "—" | "–") {
            places.push(start..end);
        } else {
            places.clear();
        }
        for place in &places {
            let Some(span) = span_of(&doc.tokens, place) else {
                continue;
            };
            mentions.retain(|m| !m.span.overlaps(span));
            mentions.push(Mention {
                span,
                kind: EntityKind::Place,
                title: None,
            });
        }
        // The wire in brackets after it (`(AP)`, `(Reuters)`), or the wires (`(Xinhua/Reuters)`).
        let name_word = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| {
                t.kind == TokenKind::Word && t.span().slice(text).starts_with(char::is_uppercase)
            })
        };
        // (After the date, if any: `BEIJING, Aug. 3 (Xinhua/Reuters) --`.)
        let Some(open) = (end..end + 8)
            .take_while(|&k| doc.tokens.get(k).is_some_and(|t| t.span().end <= line.end))
            .find(|&k| word(text, &doc.tokens, k) == "(")
        else {
            continue;
        };
        let wires = (open + 1..open + 8)
            .take_while(|&k| name_word(k) || word(text, &doc.tokens, k) == "/")
            .last();
        if let Some(w) = wires.filter(|&w| word(text, &doc.tokens, w + 1) == ")") {
            let mut from = open + 1;
            while from <= w {
                let to = (from..=w).find(|&k| !name_word(k)).unwrap_or(w + 1);
                if let Some(span) = span_of(&doc.tokens, &(from..to)) {
                    mentions.retain(|m| !m.span.overlaps(span));
                    mentions.push(Mention {
                        span,
                        kind: EntityKind::Org,
                        title: None,
                    });
                }
                from = to + 1;
            }
        }
    }
}

/// The end of a person's name that ends before token `b`, after the lower-case particles and
/// the capitalised words that follow it (`da Silva`, `bin Hamad al-Thani`).
fn past_particles(run: Run, mut b: usize) -> usize {
    // (A word's `PARTICLE` bit says whether `PARTICLES` has it as written.)
    while run.any(b, words::PARTICLE) {
        let mut n = b + 1;
        // Particles in a row (`von der Leyen`).
        while run.any(n, words::PARTICLE) {
            n += 1;
        }
        if run.word(n) == "-" {
            n += 1;
        }
        if !is_capitalised(run.word(n)) {
            break;
        }
        b = n + 1;
    }
    b
}

/// Where a surname that ends before token `b` ends when it goes on over glued hyphens to
/// capitalised words (`Sanwo-Olu`, `Jean-Pierre`, `Ocasio-Cortez`).
fn past_hyphens(run: Run, mut b: usize) -> usize {
    while run.word(b) == "-"
        && orgs::glued(run, b)
        && orgs::glued(run, b + 1)
        && run.bits(b + 1) & (words::CAPITAL | words::LETTERS) == words::CAPITAL | words::LETTERS
    {
        b += 2;
    }
    b
}

/// Lower-case particles inside people's names.
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "di", "du", "der", "del",
    "la", "dos", "das", "do", "des",
];

/// The spans of the mentions found so far, in order (they do not overlap).
pub(super) fn taken_spans(mentions: &[Mention]) -> Vec<Span> {
    let mut taken: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    crate::sort::sort_mostly_sorted(&mut taken);
    taken
}

/// The furthest end of `mentions` (in order of their starts) up to each. When the first `k`
/// are those that start before a span ends, one of them overlaps it if reach `k - 1` passes
/// its start; the mentions that contain a span are found walking back from the last that
/// starts by its start, as long as the reach gets to its end.
pub(super) fn reaches(mentions: &[Mention]) -> Vec<usize> {
    mentions
        .iter()
        .scan(0, |end, m| {
            *end = m.span.end.max(*end);
            Some(*end)
        })
        .collect()
}

/// True when `s` overlaps one of the ordered, disjoint `taken` spans.
pub(super) fn overlaps_taken(taken: &[Span], s: Span) -> bool {
    taken
        .get(taken.partition_point(|t| t.end <= s.start))
        .is_some_and(|t| t.overlaps(s))
}

/// A capitalised word after a title is a person's name even where the tagger missed it
/// (`Petty Officer Keating`, `Gen. Coe`).
fn tag_titled(doc: &Document, words: &Words, lex: &Lexicon, mentions: &mut Vec<Mention>) {
    // (In order, for the mentions a title's name starts among to be found by their starts.)
    sort_by_span(mentions);
    let taken = taken_spans(mentions);
    let covered = |s: Span| overlaps_taken(&taken, s);
    let mut extra = Vec::new();
    let mut portfolios: Vec<Span> = Vec::new();
    for s in &doc.sentences {
        let tokens = doc.sentence_tokens(s);
        let run = words.run(tokens, s.tokens.start);
        // Titles start with a title word (a capitalised one: a test checks it).
        let mut i = 0;
        while let Some(c) = run.next_with(i, words::TITLE_WORD) {
            i = c;
            let len = title_at(run, i, tokens.len(), lex);
            if len == 0 || covered(tokens[i].span()) {
                i += 1;
                continue;
            }
            let mut a = i + len;
            // The start of the name, which the tagger may have run into the portfolio
            // (`Finance Eelco Heinen`).
            let mut from = None;
            // After a person's name, `, the` and a title describe that person: no name follows
            // the portfolio (`Ian Byrne, the MP for Liverpool West Derby,`).
            let apposition = i > 1 && run.word(i - 1) == "the" && run.word(i - 2) == ",";
            if let Some(e) = portfolio_end(run, a).filter(|_| !apposition) {
                from = Some(tokens[a].span().start);
                a = e;
            } else if i > 0
                && matches!(run.word(i - 1), "the" | "The")
                && matches!(run.word(a), "of" | "for")
            {
                // After `the` a title and its portfolio name the office (`The Minister of
                // Foreign Affairs said`): a "person" that ends the portfolio is its words.
                let k = a + 1 + usize::from(run.word(a + 1) == "the");
                let capital = |e: usize| {
                    run.bits(e) & (words::CAPITAL | words::FUNCTION | words::GIVEN)
                        == words::CAPITAL
                };
                let e = (k..tokens.len())
                    .find(|&e| !capital(e))
                    .unwrap_or(tokens.len());
                if e > k + 1 {
                    portfolios.extend(span_of(tokens, &(k..e)));
                }
            }
            let mut b = a;
            // A word that only starts a title is a name's where it is none (`Defense Minister`
            // + `Gen Nakatani`: the title is `Gen.`).
            while b < tokens.len().min(a + 3) && {
                let bits = run.bits(b);
                bits & words::CAPITAL != 0
                    && bits & (words::FUNCTION | words::ORG_HEAD) == 0
                    && title_at(run, b, tokens.len(), lex) == 0
            } {
                b += 1;
            }
            // Particles go on (`Luiz Inácio Lula da Silva`, `Tamim bin Hamad al-Thani`), up
            // to a name found already (which `join_name_parts` joins).
            if b > a {
                let e = past_particles(run, b);
                if span_of(tokens, &(b..e)).is_some_and(|s| !covered(s)) {
                    b = e;
                }
                // A hyphenated surname goes on (`Governor Babajide Sanwo-Olu`).
                let e = past_hyphens(run, b);
                if span_of(tokens, &(b..e)).is_some_and(|s| !covered(s)) {
                    b = e;
                }
            }
            match span_of(tokens, &(a..b)) {
                Some(span) if b > a && !covered(span) => {
                    extra.push(Mention {
                        span,
                        kind: EntityKind::Person,
                        title: span_of(tokens, &(i..a)),
                    });
                    i = b;
                }
                // The tagger found the name without its given name (`Rep.` `Marjorie`
                // `Taylor Greene`): the person starts after the title (not after `Miss`, a
                // pageant's title: `Miss Universe Alicia Machado`).
                Some(span) if b > a + 1 && run.word(i) != "Miss" => {
                    // (Or the body of the portfolio run into the name: `House Mike Johnson`.)
                    // A title found in the portfolio is its word (`Secretary for Justice`).
                    let portfolio_title =
                        |t: Option<Span>| t.zip(from).is_some_and(|(t, f)| t.start > f);
                    // (The person starts after `from` up to the name's second word.)
                    let (after, upto) = (from.unwrap_or(span.start), tokens[a + 1].span().start);
                    let first = mentions.partition_point(|m| m.span.start <= after);
                    let mut near = mentions
                        .iter_mut()
                        .skip(first)
                        .take_while(|m| m.span.start <= upto);
                    let person = near.find(|m| {
                        (m.kind == EntityKind::Person
                            || from.is_some() && m.kind == EntityKind::Org)
                            && (m.title.is_none() || portfolio_title(m.title))
                            && m.span.end > span.start
                    });
                    if let Some(m) = person {
                        m.span.start = span.start;
                        m.kind = EntityKind::Person;
                        m.title = span_of(tokens, &(i..a));
                    } else if b == a + 2 {
                        // A given name that is also a place (`Defence Minister Wellington
                        // Koo`).
                        let given = tokens[a].span();
                        let first = mentions.partition_point(|m| m.span.start < given.start);
                        if let Some(m) = mentions
                            .iter_mut()
                            .skip(first)
                            .take_while(|m| m.span.start == given.start)
                            .find(|m| m.kind == EntityKind::Place && m.span == given)
                        {
                            m.span = span;
                            m.kind = EntityKind::Person;
                            m.title = span_of(tokens, &(i..a));
                        }
                    }
                    i = b;
                }
                _ => i += 1,
            }
        }
    }
    if !portfolios.is_empty() {
        // In text order, their ends too (each runs to the first word that is no name's).
        mentions.retain(|m| {
            let k = portfolios.partition_point(|p| p.end < m.span.end);
            m.kind != EntityKind::Person
                || !portfolios
                    .get(k)
                    .is_some_and(|p| p.end == m.span.end && p.start <= m.span.start)
        });
    }
    mentions.extend(extra);
}

/// The end of an office's portfolio after its title at token `a` (`Minister` + `of Finance`,
/// `Speaker` + `of the House`, `Minister` + `for Trade and Industry`): capitalised words up
/// to the two that name the person after it (one before particles: `van der Berg`).
fn portfolio_end(run: Run, a: usize) -> Option<usize> {
    if !matches!(run.word(a), "of" | "for") {
        return None;
    }
    let k = a + 1 + usize::from(run.word(a + 1) == "the");
    let capital = |k: usize| run.bits(k) & (words::CAPITAL | words::FUNCTION) == words::CAPITAL;
    let mut e = k;
    while e < k + 8 && (capital(e) || matches!(run.word(e), "and" | "&") && e > k && capital(e + 1))
    {
        e += 1;
    }
    // `Secretary for Housing Winnie Ho Wan-yee`: a romanised given name (`Wan-yee`) makes the
    // surname the word before its first half, and an English given name may go before that.
    let romanised = run.word(e) == "-"
        && orgs::glued(run, e)
        && orgs::glued(run, e + 1)
        && run.bits(e + 1) & words::CAPITAL == 0
        && e >= k + 3;
    let start = if romanised {
        e - 2 - usize::from(e >= k + 4 && run.any(e - 3, words::GIVEN))
    } else {
        e.checked_sub(if past_particles(run, e) > e { 1 } else { 2 })?
    };
    let name = |k: usize| {
        run.bits(k)
            & (words::CAPITAL
                | words::LETTERS
                | words::FUNCTION
                | words::TITLE_WORD
                | words::ORG_HEAD
                | words::PLACE)
            == words::CAPITAL | words::LETTERS
    };
    (start > k && !matches!(run.word(start - 1), "and" | "&") && (start..e).all(name))
        .then_some(start)
}

/// Capitalised words that open a title without being one (`Assistant` U.S. Attorney).
const TITLE_MODIFIERS: &[&str] = &[
    "Assistant",
    "Deputy",
    "Acting",
    "Associate",
    "Senior",
    "Chief",
    "Vice",
    "Interim",
    "Executive",
    "Special",
    "Principal",
    "Lead",
    "District",
];

/// Days and months: capitalised, and no part of a title (`On Monday President …`).
const CALENDAR_WORDS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A person's title takes the capitalised words before it that say whose or which office it
/// is (`U.S. District` + `Judge`, `South Korean` + `Defence Minister`, `Assistant U.S.` +
/// `Attorney`), as a title the tagger kept whole does (`German Finance Minister`); a place or
/// nationality among them stays a mention of its own, an organisation or a person ends the
/// title (`Microsoft` + `President`). A person found without a title gets the one before it.
fn titles_with_modifiers(
    doc: &Document,
    words: &Words,
    lex: &Lexicon,
    mentions: &mut Vec<Mention>,
) {
    let mut named: Vec<(Span, EntityKind)> = mentions.iter().map(|m| (m.span, m.kind)).collect();
    let mut portfolios = Vec::new();
    let mut bodies = Vec::new();
    crate::sort::stable_sort_by_key(&mut named, |n| n.0);
    let named_at = |s: Span| {
        named
            .get(named.partition_point(|n| n.0.end <= s.start))
            .filter(|n| n.0.overlaps(s))
    };
    let kind_at = |s: Span| named_at(s).map(|n| n.1);
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Person) {
        let Some(sentence) = doc
            .sentence_at(m.span.start)
            .and_then(|s| doc.sentences.get(s))
        else {
            continue;
        };
        let tokens = doc.sentence_tokens(sentence);
        let run = words.run(tokens, sentence.tokens.start);
        let first = sentence.tokens.start;
        let a = words.token_at_or_after(m.span.start).saturating_sub(first);
        let start = match m.title {
            Some(t) => words.token_at_or_after(t.start).saturating_sub(first),
            None => match title_before(run, a, lex) {
                Some(t) => t.start,
                None => continue,
            },
        };
        let mut k = start;
        // A minister's portfolio of several fields, or a second title, joined by `and` or a
        // comma (`Investment, Trade and Industry Minister`, `Deputy Prime Minister and Foreign
        // Minister`): the words before are the title's, a body the tagger found there too.
        let minister = a > 0 && one_of!(run.word(a - 1), "Minister" | "Secretary");
        let mut joined = false;
        while k > 0 && start - k < if joined { 8 } else { 5 } {
            let p = k - 1;
            let w = run.word(p);
            let bits = run.bits(p);
            // (A comma only inside a list that `and` ends: not `NATO, Polish Foreign Minister`.)
            if minister
                && (one_of!(w, "and" | "&") || w == "," && joined)
                && p > 0
                && run.any(p - 1, words::CAPITAL)
                && !run.any(p - 1, words::ORG_HEAD)
                && !matches!(
                    kind_at(tokens[p - 1].span()),
                    Some(EntityKind::Person | EntityKind::Place)
                )
            {
                joined = true;
                k = p;
                continue;
            }
            if let Some(n) = named_at(tokens[p].span()).filter(|n| joined && n.1 == EntityKind::Org)
            {
                portfolios.push(n.0);
                k = p;
                continue;
            }
            // The full stop of an abbreviation (`U.S.`) goes with its word.
            let stop = w == "."
                && p > 0
                && tokens[p - 1].span().end == tokens[p].span().start
                && run.word(p - 1).contains('.');
            let at = if stop { p - 1 } else { p };
            let modifier = match kind_at(tokens[at].span()) {
                Some(EntityKind::Place | EntityKind::Misc) => true,
                // A ministry's field the tagger took for a body (`Energy` + `Secretary Ed
                // Miliband`; not `NATO` + `Secretary General`): the title's.
                Some(EntityKind::Org)
                    if at + 1 == start
                        && one_of!(run.word(start), "Secretary" | "Minister")
                        && !matches!(run.word(start + 1), "General" | "-")
                        && run.any(at, words::ANY_LOWER)
                        && named.iter().any(|n| n.0 == tokens[at].span()) =>
                {
                    portfolios.push(tokens[at].span());
                    true
                }
                Some(_) => false,
                // An acronym no list knows is the body whose office it is (`WHO` +
                // `Director-General`, `IAEA` + `Director General`), no word of the title.
                None if !stop
                    && bits & (words::PLACE | words::DEMONYM | words::TITLE_WORD) == 0
                    && crate::coref::is_acronym(w)
                    && !is_common_acronym(w) =>
                {
                    bodies.push(tokens[at].span());
                    false
                }
                None => {
                    let bits = if stop { run.bits(at) } else { bits };
                    let w = run.word(at);
                    // Another title or a role is no modifier (`Spokesman` + `Senior Colonel`),
                    // unless it names a minister's field (`Justice` + `Minister`).
                    let field =
                        at + 1 == start && one_of!(run.word(start), "Minister" | "Secretary");
                    let office = title_at(run, at, at + 1, lex) == 1
                        && !TITLE_MODIFIERS.contains(&w)
                        && !field
                        && !joined;
                    bits & words::CAPITAL != 0
                        && bits & words::FUNCTION == 0
                        && !office
                        && !CALENDAR_WORDS.contains(&w)
                        && (at > 0
                            || at + 1 == k && opens_an_office(run, w, start..a)
                            || stop
                            || bits & (words::TITLE_WORD | words::PLACE | words::DEMONYM) != 0
                            || TITLE_MODIFIERS.contains(&w))
                        && w.chars().all(|c| c.is_alphabetic() || c == '.')
                }
            };
            if !modifier {
                break;
            }
            k = at;
        }
        while k < a && one_of!(run.word(k), "and" | "," | "&") {
            k += 1;
        }
        if k < a {
            m.title = span_of(tokens, &(k..a));
        }
    }
    let dropped: Vec<bool> = mentions
        .iter()
        .map(|m| m.kind == EntityKind::Org && portfolios.contains(&m.span))
        .collect();
    drop_marked(mentions, &dropped);
    mentions.extend(bodies.into_iter().map(|span| Mention {
        span,
        kind: EntityKind::Org,
        title: None,
    }));
}

/// Whether the word `w` that opens a sentence before the title `title` says which office it is
/// (`Health` + `Secretary`, `Senate` + `Majority Leader`): not before a courtesy title (`Though`
/// + `Mr.`), nor a sentence's opening word that is no name (`Like` + `President`).
fn opens_an_office(run: Run, w: &str, title: Range<usize>) -> bool {
    !personal_title(run, title) && !opens_no_name(w)
}

/// Capitalised words that open sentences and are no part of a name (`Though`, `Unlike`,
/// `Yesterday`).
fn opens_no_name(w: &str) -> bool {
    one_of!(
        w,
        "Though"
            | "Like"
            | "Unlike"
            | "Even"
            | "Only"
            | "Just"
            | "Without"
            | "Including"
            | "Against"
            | "Among"
            | "During"
            | "Once"
            | "Until"
            | "Unless"
            | "Whether"
            | "Instead"
            | "Through"
            | "Thus"
            | "Yesterday"
            | "Today"
            | "Tonight"
            | "Tomorrow"
            | "Asked"
            | "Besides"
            | "Together"
            | "Thanks"
            | "Dear"
            | "Upon"
            | "Within"
            | "Behind"
            | "Beyond"
            | "Following"
            | "Between"
            | "Towards"
            | "Around"
            | "Except"
            | "Neither"
            | "Either"
            | "Whereas"
            | "Please"
            | "Sorry"
            | "Let"
    )
}

/// Legislatures that `the` and their head alone name.
pub const LEGISLATURES: &[&str] = &["House", "Senate", "Congress", "Parliament"];

/// Words that join the capitalised parts of one organisation name.
const CONNECTORS: &[&str] = &["of", "for", "on", "and", "&"];

/// Names the tagger missed that rules are sure of: a capitalised run ending in an
/// organisation head (`… University`, `… FC`) or starting with one before `of` or `for` (`School of
/// International Studies`) is an organisation; a nationality is `misc`; a gazetteer place is
/// a place.
fn tag_by_rules(
    text: &str,
    doc: &Document,
    words: &Words,
    lex: &Lexicon,
    mentions: &mut Vec<Mention>,
) {
    let taken = taken_spans(mentions);
    let covered = |s: Span| overlaps_taken(&taken, s);
    let mut extra = Vec::new();
    for s in &doc.sentences {
        let tokens = doc.sentence_tokens(s);
        let run = words.run(tokens, s.tokens.start);
        let cap = |k: usize| {
            run.any(k, words::CAPITAL) && tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
        };
        let mut i = 0;
        while let Some(c) = run.next_with(i, words::CAPITAL) {
            i = c;
            if !cap(i) || covered(tokens[i].span()) {
                i += 1;
                continue;
            }
            // A model name: `Hwasong-15`, `F-35`.
            let glued = |k: usize| orgs::glued(run, k);
            if run.word(i + 1) == "-"
                && glued(i + 1)
                && glued(i + 2)
                && tokens
                    .get(i + 2)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            {
                if let Some(span) = span_of(tokens, &(i..i + 3)) {
                    if !covered(span) {
                        extra.push(Mention {
                            span,
                            kind: EntityKind::Misc,
                            title: None,
                        });
                    }
                }
                i += 3;
                continue;
            }
            // The capitalised run, with connectors between capitalised words.
            let mut end = i + 1;
            while end < tokens.len() && !covered(tokens[end].span()) {
                if cap(end) {
                    end += 1;
                } else if matches!(run.word(end - 1), "Co" | "Re" | "Non")
                    && run.word(end) == "-"
                    && glued(end)
                    && glued(end + 1)
                {
                    // A word after a prefix (`Economic Co-operation`).
                    end += 2;
                } else if CONNECTORS.contains(&run.word(end))
                    && cap(end + 1)
                    && !covered(tokens[end + 1].span())
                    && !CALENDAR_WORDS.contains(&run.word(end + 1))
                {
                    end += 2;
                } else {
                    break;
                }
            }
            let mut a = i;
            while a < end && run.any(a, words::FUNCTION) {
                a += 1;
            }
            let head_last = end - a > 1 && run.any(end - 1, words::ORG_HEAD);
            // (After a nationality or place: `Dutch Ministry of Finance`.)
            let h = a + usize::from(run.any(a, words::DEMONYM | words::PLACE));
            let head_first = end > h + 2
                && run.any(h, words::ORG_HEAD)
                && matches!(run.word(h + 1), "of" | "for" | "on");
            // `the House`, `the Senate`: a legislature named by its head alone.
            let house = end == a + 1
                && a > 0
                && matches!(run.word(a - 1), "the" | "The")
                && LEGISLATURES.contains(&run.word(a));
            // Parties named for their members (`the Social Democrats`; not `House Democrats`).
            let party = end == a + 2
                && run.word(a + 1) == "Democrats"
                && one_of!(
                    run.word(a),
                    "Social" | "Christian" | "Free" | "Liberal" | "Sweden"
                );
            let kind = if (head_last || head_first || house || party)
                && title_at(run, a, end, lex) == 0
            {
                Some(EntityKind::Org)
            } else if (2..=3).contains(&(end - a)) && GEOGRAPHIC_HEADS.contains(&run.word(end - 1))
                || end == a + 3 && run.word(a + 1) == "of" && PLACE_HEADS.contains(&run.word(a))
            {
                // A reef or an island group the tagger did not know (`Mischief Reef`, `Spratly
                // Islands`), or a water or a state before its name (`Firth of Clyde`); a
                // longer run is more likely a headline in title case.
                Some(EntityKind::Place)
            } else {
                None
            };
            if let Some(kind) = kind {
                if let Some(span) = span_of(tokens, &(a..end)) {
                    extra.push(Mention {
                        span,
                        kind,
                        title: None,
                    });
                }
                i = end;
                continue;
            }
            // Gazetteer names inside the run, longest first.
            push_longest(tokens, a..end, 4, &mut extra, |k, j, span| {
                // A word alone: its bits say what the look-ups would (the lists' words start
                // with a capital, a test checks it).
                if j == k + 1 {
                    let bits = run.bits(k);
                    return if bits & words::DEMONYM != 0 {
                        Some(EntityKind::Misc)
                    } else {
                        // A sentence's first word is a place before its possessive (`Peru's
                        // sol gained`), where a given name may be a person's (`Jordan's`).
                        let owner =
                            bits & words::GIVEN == 0 && matches!(run.word(k + 1), "’s" | "'s");
                        (bits & words::PLACE != 0 && (k > 0 || owner)).then_some(EntityKind::Place)
                    };
                }
                let w = span.slice(text);
                if is_demonym(w, lex) {
                    Some(EntityKind::Misc)
                } else if lex.places.contains(w) && (k > 0 || j - k > 1) {
                    Some(EntityKind::Place)
                } else {
                    None
                }
            });
            i = end;
        }
    }
    mentions.extend(extra);
}

/// An organisation ending in its head (or with its head before `of`) takes the capitalised
/// words before it, a nationality or a place among them (`Korean` + `Central News Agency`,
/// `China` + `Foreign Affairs University`, `Hong Kong` + `Construction Association`), but not a country's short form (`US` + `Joint
/// Chiefs`).
fn extend_orgs_left(text: &str, doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    sort_by_span(mentions);
    let mut dropped = vec![false; mentions.len()];
    for k in 0..mentions.len() {
        let m = mentions[k];
        if m.kind != EntityKind::Org {
            continue;
        }
        // Or a head before `of` (`New` + `England Journal of Medicine`).
        let end = words.tokens_of(m.span).end;
        let head_last = words.any(end.wrapping_sub(1), words::ORG_HEAD);
        if !head_last
            && !words
                .tokens_of(m.span)
                .any(|t| words.any(t, words::ORG_HEAD) && words.word(t + 1) == "of")
        {
            continue;
        }
        let Some(sentence) = doc
            .sentence_at(m.span.start)
            .and_then(|s| doc.sentences.get(s))
        else {
            continue;
        };
        let mut start = m.span.start;
        let mut i = words.token_at_or_after(start);
        let mut j = k;
        let mut joined = false;
        while i > sentence.tokens.start {
            let Some(t) = doc.tokens.get(i - 1) else {
                break;
            };
            let w = t.span().slice(text);
            // One `and` between capitalised words that no other name has (`Food and Drug
            // Administration`), not after the sentence's first word or a day.
            if matches!(w, "and" | "&") && !joined && i >= sentence.tokens.start + 3 {
                let p = i - 2;
                let free = j == 0 || mentions[j - 1].span.end <= doc.tokens[p].span().start;
                // A name opened by a place that the tagger ran into the word is the body's
                // (`U.S. Food` + `and Drug Administration`).
                let before = j.checked_sub(1).and_then(|b| mentions.get(b));
                // So is a given name before `&` (`Bill` + `& Melinda Gates Foundation`).
                let taken = before.filter(|b| {
                    matches!(b.kind, EntityKind::Misc | EntityKind::Place)
                        && b.span.end == doc.tokens[p].span().end
                        && b.span.start < doc.tokens[p].span().start
                        && b.span
                            .slice(text)
                            .split_once(' ')
                            .is_some_and(|(first, _)| lexicon().places.contains(first))
                        || w == "&"
                            && b.kind == EntityKind::Person
                            && b.span == doc.tokens[p].span()
                });
                let pw = words.word(p);
                if (free || taken.is_some())
                    && words.any(p, words::CAPITAL)
                    && !words.any(p, words::FUNCTION)
                    && doc.tokens[p].kind == TokenKind::Word
                    && !CALENDAR_WORDS.contains(&pw)
                {
                    joined = true;
                    start = doc.tokens[p].span().start;
                    i = p;
                    if let Some(b) = taken {
                        start = b.span.start;
                        i = words.token_at_or_after(start);
                        dropped[j - 1] = true;
                        j -= 1;
                    }
                    continue;
                }
                break;
            }
            // A place's compound goes on over its glued hyphen (`Miami-Dade` + `Police
            // Department`).
            let glued = |k: usize| orgs::glued(words.run(&doc.tokens, 0), k);
            if w == "-" && head_last && i >= sentence.tokens.start + 2 && glued(i - 1) && glued(i) {
                // A word of letters, not a party's initial (`D-Newport News`), free or a place or
                // nationality of its own (`Cuban` + `-American National Foundation`).
                let first = doc.tokens[i - 2].span();
                let pw = words.word(i - 2);
                let plain =
                    is_capitalised(pw) && pw.bytes().skip(1).any(|b| b.is_ascii_lowercase());
                let over = j
                    .checked_sub(1)
                    .filter(|&b| mentions[b].span.end > first.start);
                let joins = over.is_none_or(|b| {
                    matches!(mentions[b].kind, EntityKind::Misc | EntityKind::Place)
                        && mentions[b].span == first
                        && !dropped[b]
                });
                if !plain || !joins {
                    break;
                }
                if let Some(b) = over {
                    dropped[b] = true;
                    j = b;
                }
                start = first.start;
                i -= 2;
                continue;
            }
            // (Not a compound before a head and `of`: `All-Time` + `University of Texas team`.)
            if t.kind != TokenKind::Word
                || !is_capitalised(w)
                || is_function_word(w)
                || CALENDAR_WORDS.contains(&w)
                || !head_last
                    && i >= 2
                    && words.word(i - 2) == "-"
                    && doc.tokens[i - 2].span().end == t.span().start
            {
                break;
            }
            // The word before is free, or a nationality mention of its own.
            if j > 0 && mentions[j - 1].span.end > t.span().start {
                let before = mentions[j - 1];
                // A country's short form stays a place of its own (`US` + `Joint Chiefs`).
                let acronym = w.chars().all(|c| c.is_uppercase() || c == '.');
                let joins =
                    before.kind == EntityKind::Misc || before.kind == EntityKind::Place && !acronym;
                if before.span.end != t.span().end || !joins || dropped[j - 1] {
                    break;
                }
                dropped[j - 1] = true;
                j -= 1;
                // A place of several words goes in whole (`Hong Kong` + `Construction
                // Association`).
                start = before.span.start;
                i = words.token_at_or_after(start);
                continue;
            }
            start = t.span().start;
            i -= 1;
        }
        if let Some(m) = mentions.get_mut(k) {
            m.span.start = start;
        }
    }
    drop_marked(mentions, &dropped);
}

/// Removes the mentions marked in `dropped` (one flag per mention, in order).
fn drop_marked(mentions: &mut Vec<Mention>, dropped: &[bool]) {
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        !dropped.get(k - 1).copied().unwrap_or(false)
    });
}

/// Verbs of a match result (`Arsenal beat Chelsea`).
const RESULT_VERBS: &[&str] = &[
    "beat", "beats", "defeated", "defeat", "defeats", "drew", "draw", "draws", "edged", "thrashed",
    "routed", "overcame", "downed", "hammered", "stunned", "trounced",
];

/// Words before a city that only clubs' names have (`Inter Miami`, `Real Madrid`): they make it
/// a club wherever it stands.
const CLUB_ONLY_PREFIXES: &[&str] = &[
    "Inter",
    "Real",
    "Atletico",
    "Atlético",
    "Sporting",
    "Dynamo",
    "Dinamo",
    "Olympique",
    "Deportivo",
    "Borussia",
    "Eintracht",
    "Hertha",
    "Hapoel",
    "Maccabi",
    "Bayern",
    "AC",
    "AS",
    "FC",
    "VfB",
    "VfL",
];

/// Words before a city that are part of a club's name once the context shows a club
/// (`Racing`, `Union`, `Red`), besides [`CLUB_ONLY_PREFIXES`].
const CLUB_CONTEXT_PREFIXES: &[&str] = &["Racing", "Athletic", "Union", "Red", "SC", "SV"];

/// True when `w` before a city is part of a club's name once the context shows a club.
fn is_club_prefix(w: &str) -> bool {
    CLUB_ONLY_PREFIXES.contains(&w) || CLUB_CONTEXT_PREFIXES.contains(&w)
}

/// Words after a club's name that say it is a club (`Liverpool manager`).
const CLUB_NOUNS: &[&str] = &[
    "manager",
    "coach",
    "striker",
    "midfielder",
    "goalkeeper",
    "defender",
    "forward",
    "winger",
    "captain",
    "fans",
    "supporters",
    "squad",
    "boss",
];

/// Last words of clubs' names (`Bristol Rovers`, `Stockport County`): after a place in an
/// article about sport they make a club, and alone they name the club the article named in
/// full (`Rovers equalised`).
pub const CLUB_TAILS: &[&str] = &[
    "Rovers",
    "Athletic",
    "Wanderers",
    "Albion",
    "Argyle",
    "Rangers",
    "United",
    "City",
    "County",
    "Town",
    "Villa",
    "Hotspur",
    "Orient",
    "Alexandra",
    "Thistle",
    "Forest",
    "Steelers",
];

/// Words after a club's name in a report of a transfer (`joined from Lech Poznan`).
const TRANSFER_WORDS: &[(&str, &str)] = &[("joined", "from"), ("signed", "from"), ("loan", "from")];

/// A place that plays is a club (CoNLL: an organisation): `Barcelona drew with Valencia`,
/// `Ajax 2-1 PSV`, `Liverpool manager …`; in an article about sport a place with a club's
/// last word is one (`Stockport County`), and that word alone names it (`Rovers`).
fn sports_clubs(
    text: &str,
    doc: &Document,
    words: &Words,
    lex: &Lexicon,
    mentions: &mut Vec<Mention>,
) {
    let word_at = |i: usize| words.word(i);
    let score_at = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && word_at(i + 1) == "-"
            && doc
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Number)
    };
    // About sport: a score (the first one is where the sides after scores are looked for), or
    // a club's role between names (`Rovers manager Gareth Price`), looked for from each
    // capitalised word to the next (a test of every token's neighbours cost a scan of its own).
    let first_score = (0..doc.tokens.len())
        .find(|&i| score_at(i))
        .unwrap_or(doc.tokens.len());
    let sport = first_score < doc.tokens.len() || {
        let run = words.run(&doc.tokens, 0);
        let mut capital = run.next_with(0, words::CAPITAL);
        while let Some(c) = capital.filter(|&c| {
            !(words.any(c + 2, words::CAPITAL) && CLUB_NOUNS.contains(&word_at(c + 1)))
        }) {
            capital = run.next_with(c + 1, words::CAPITAL);
        }
        capital.is_some()
    };
    // Names no list has as a place, found playing: every mention of them is the club. A word
    // that the tagger left out before a club's role is one too (`Wolves manager Vitor
    // Pereira`), once the tagger names it elsewhere.
    let mut clubs: Vec<&str> = Vec::new();
    if sport {
        let run = words.run(&doc.tokens, 0);
        let mut capital = run.next_with(0, words::CAPITAL);
        while let Some(c) = capital {
            if CLUB_NOUNS.contains(&word_at(c + 1))
                && words.any(c + 2, words::CAPITAL)
                && !words.any(c, words::FUNCTION | words::TITLE_WORD | words::PLACE)
            {
                clubs.extend(doc.tokens.get(c).map(|t| t.span().slice(text)));
            }
            capital = run.next_with(c + 1, words::CAPITAL);
        }
    }
    let taken = if sport {
        taken_spans(mentions)
    } else {
        Vec::new()
    };
    for m in mentions.iter_mut() {
        if !matches!(m.kind, EntityKind::Place | EntityKind::Person) {
            continue;
        }
        let a = words.token_at_or_after(m.span.start);
        let b = words.token_at_or_after(m.span.end);
        let next = word_at(b);
        // `Stockport County`, `Bristol Rovers`: a place, or a "person" with no given name
        // (`Ipswich Town`), and a club's last word that the gazetteer does not know as a place
        // (`Orange County`).
        let club_like =
            sport && (m.kind == EntityKind::Place || !(a..b).any(|k| words.any(k, words::GIVEN)));
        // (Or a word that only opens clubs' names before it: `Real Sociedad`, `Atletico
        // Madrid`.)
        let club_name = club_like
            && b > a + 1
            && (CLUB_TAILS.contains(&word_at(b - 1)) || CLUB_ONLY_PREFIXES.contains(&word_at(a)))
            && !lex.places.contains(m.span.slice(text));
        if club_name {
            m.kind = EntityKind::Org;
            m.title = None;
            continue;
        }
        // The same when the tagger left the club's last word out (`Bristol` + `Rovers`) and no
        // capitalised word goes on after it (`Bristol City Council`).
        let tail = doc.tokens.get(b).map(|t| t.span()).filter(|t| {
            club_like
                && CLUB_TAILS.contains(&next)
                && t.start == m.span.end + 1
                && !words.any(b + 1, words::CAPITAL)
                && !overlaps_taken(&taken, *t)
                && !lex
                    .places
                    .contains(Span::new(m.span.start, t.end).slice(text))
        });
        if let Some(t) = tail {
            m.span.end = t.end;
            m.kind = EntityKind::Org;
            m.title = None;
            continue;
        }
        // A place, or a one-word "person" before a club role and a name (`Orlando coach Oscar
        // Pareja`) or next to a score.
        let one_word_person = m.kind == EntityKind::Person
            && b == a + 1
            && (CLUB_NOUNS.contains(&next) && words.any(b + 1, words::CAPITAL)
                || score_at(b)
                || a >= 3 && score_at(a - 3));
        if m.kind != EntityKind::Place && !one_word_person {
            continue;
        }
        let prev = a.checked_sub(1).map_or("", word_at);
        let prev2 = a.checked_sub(2).map_or("", word_at);
        // `Dortmund, coached by …`.
        let coached =
            |k: usize| matches!(word_at(k), "coached" | "managed") && word_at(k + 1) == "by";
        let plays = RESULT_VERBS.contains(&next)
            || CLUB_NOUNS.contains(&next)
            || coached(b)
            || next == "," && coached(b + 1)
            || RESULT_VERBS.contains(&prev)
            || matches!(
                (prev2, prev),
                ("drew", "with") | ("lost", "to") | ("draw", "with")
            )
            || sport && TRANSFER_WORDS.contains(&(prev2, prev))
            || score_at(b)
            || matches!(next, "lost" | "won") && score_at(b + 1)
            || a >= 3 && score_at(a - 3)
            // `Inter Miami`, `Real Madrid` name clubs wherever they stand.
            || m.kind == EntityKind::Place
                && a > 0
                && CLUB_ONLY_PREFIXES.contains(&prev)
                && doc.tokens[a - 1].span().end + 1 == doc.tokens[a].span().start;
        if plays {
            if !lex.places.contains(m.span.slice(text)) {
                clubs.push(m.span.slice(text));
            }
            m.kind = EntityKind::Org;
            m.title = None;
            // `Inter` + `Miami`, `Real` + `Madrid`.
            let prefix = a.checked_sub(1).filter(|&p| {
                is_club_prefix(word_at(p))
                    && doc.tokens[p].span().end + 1 == doc.tokens[a].span().start
            });
            if let Some(p) = prefix {
                m.span = Span::new(doc.tokens[p].span().start, m.span.end);
            }
        }
    }
    // `Wolves manager X` beside `Wolves went ahead` (a person) and `past Wolves` (a place).
    if !clubs.is_empty() {
        crate::sort::heap_sort(&mut clubs);
        clubs.dedup();
        for m in mentions.iter_mut() {
            if matches!(m.kind, EntityKind::Place | EntityKind::Person)
                && clubs.binary_search(&m.span.slice(text)).is_ok()
            {
                m.kind = EntityKind::Org;
                m.title = None;
            }
        }
    }
    if sport {
        club_tails_alone(doc, words, mentions);
    }
    // The sides of a score that the tagger missed (`Porto 2-1 Braga`): capitalised words after
    // it, and before it when no name stands there.
    if first_score == doc.tokens.len() {
        return;
    }
    let taken = taken_spans(mentions);
    let free = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && words.bits(k) & (words::CAPITAL | words::FUNCTION) == words::CAPITAL
                && !CALENDAR_WORDS.contains(&word_at(k))
                && !overlaps_taken(&taken, t.span())
        })
    };
    let side = |r: Range<usize>| span_of(&doc.tokens, &r).filter(|s| !overlaps_taken(&taken, *s));
    let mut extra = Vec::new();
    for i in first_score..doc.tokens.len() {
        if !score_at(i) || i == 0 {
            continue;
        }
        let club_before = doc
            .tokens
            .get(i - 1)
            .is_some_and(|t| overlaps_taken(&taken, t.span()));
        let mut a = i;
        while a > i.saturating_sub(4) && free(a - 1) {
            a -= 1;
        }
        let mut b = i + 3;
        while doc
            .tokens
            .get(b)
            .is_some_and(|t| t.kind == TokenKind::Word && words.any(b, words::CAPITAL))
        {
            b += 1;
        }
        if b > i + 3 && (club_before || a < i) {
            let sides = [side(a..i), side(i + 3..b)];
            extra.extend(sides.into_iter().flatten().map(|span| Mention {
                span,
                kind: EntityKind::Org,
                title: None,
            }));
        }
    }
    mentions.extend(extra);
}

/// The last word of a club named in full (`Bristol Rovers`), standing alone (`Rovers
/// equalised`), names that club: an organisation, whatever the tagger made of it. So does the
/// place a club of two words is named after, as a place alone (`Newcastle United` …
/// `Newcastle pulled one back`), unless two clubs share it (`Manchester City`, `Manchester
/// United`).
fn club_tails_alone(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    let mut tails: Vec<u32> = Vec::new();
    let mut heads: Vec<(u32, u32)> = Vec::new();
    for m in mentions.iter() {
        let a = words.token_at_or_after(m.span.start);
        let b = words.token_at_or_after(m.span.end);
        if m.kind == EntityKind::Org && b > a + 1 && CLUB_TAILS.contains(&words.word(b - 1)) {
            tails.extend(words.id(b - 1));
            if b == a + 2 {
                heads.extend(words.id(a).zip(words.id(b - 1)));
            }
        }
    }
    if tails.is_empty() {
        return;
    }
    let one_club = |id: u32| {
        let mut clubs = heads.iter().filter(|h| h.0 == id);
        clubs.next().is_some_and(|first| clubs.all(|h| h == first))
    };
    for m in mentions.iter_mut() {
        let a = words.token_at_or_after(m.span.start);
        if m.kind == EntityKind::Place
            && words.token_at_or_after(m.span.end) == a + 1
            && words.id(a).is_some_and(one_club)
        {
            m.kind = EntityKind::Org;
        }
    }
    sort_by_span(mentions);
    let mut extra = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if !words.id(i).is_some_and(|id| tails.contains(&id)) {
            continue;
        }
        // Alone: no capitalised word of a longer name next to it.
        let name_word = |k: usize| words.any(k, words::CAPITAL) && !words.any(k, words::FUNCTION);
        if i > 0 && name_word(i - 1) || name_word(i + 1) {
            continue;
        }
        let at = mentions.partition_point(|m| m.span.end <= t.span().start);
        match mentions.get_mut(at) {
            Some(m) if m.span == t.span() => {
                m.kind = EntityKind::Org;
            }
            Some(m) if m.span.overlaps(t.span()) => {}
            _ => extra.push(Mention {
                span: t.span(),
                kind: EntityKind::Org,
                title: None,
            }),
        }
    }
    mentions.extend(extra);
}

/// Nouns of people's roles, as they stand before a name (`analyst Zhou Chenming`).
const ROLE_NOUNS: &[&str] = &[
    "analyst",
    "expert",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "researcher",
    "official",
    "professor",
    "director",
    "economist",
    "scholar",
    "lawyer",
    "diplomat",
    "editor",
    "critic",
    "author",
    "reporter",
    "correspondent",
    "columnist",
    "adviser",
    "advisor",
    "commentator",
    "activist",
    "executive",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "leader",
    "minister",
    "counterpart",
    "envoy",
    "player",
    "coach",
    "actor",
    "singer",
    "writer",
    "artist",
    "scientist",
    "historian",
    "strategist",
    "meteorologist",
    "officer",
    "manager",
    "president",
    "forecaster",
    "colleague",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "pharmacist",
    "doctor",
    "nurse",
    "surgeon",
    "physician",
    "engineer",
    "teacher",
    "farmer",
    "banker",
    "trader",
    "investor",
    "journalist",
    "photographer",
    "pilot",
    "chef",
    "architect",
    "entrepreneur",
    "epidemiologist",
    "psychologist",
    "lawmaker",
    "legislator",
    "prosecutor",
    "attorney",
    "consultant",
    "pastor",
    "priest",
    "ceo",
    "ambassador",
    "mayor",
    "governor",
    "senator",
    "judge",
    "secretary",
    "commander",
    "chief",
    "captain",
    "striker",
    "goalkeeper",
    "midfielder",
    "defender",
    "winger",
    "negotiator",
    "candidate",
    "fellow",
    "sheriff",
    "chancellor",
];

/// A noun of a person's role in any case (`analyst`, `Meteorologist`).
pub fn is_role_noun(w: &str) -> bool {
    // Asked of many words: an ASCII word is looked up in the rules' short lists by its hash,
    // without allocating.
    if w.is_ascii() {
        return words::ascii_role_noun(w);
    }
    // The role nouns are ASCII: a word with a quotation mark or a dash in it (`it’s`), which
    // lower case leaves as it is, is none.
    let marks = |c: char| matches!(c, '’' | '‘' | '“' | '”' | '—' | '–');
    !w.chars().any(marks) && ROLE_NOUNS.contains(&crate::case::lower_str(w).as_str())
}

/// `Meteorologist` (opening a sentence), and no given name (`Son`): a word's [`words`] bits.
fn is_capitalised_role_noun(bits: u32) -> bool {
    bits & (words::CAPITAL | words::ROLE | words::GIVEN) == words::CAPITAL | words::ROLE
}

/// Endings of nouns of occupations (`Pharmacist`, `Electrician`, `Auctioneer`, `Plumber`).
const OCCUPATION_ENDINGS: &[&str] = &[
    "ist", "ician", "eer", "grapher", "smith", "wright", "er", "or", "ant", "ian", "ive",
];

/// Words with an occupation's ending that open sentences and are none (`However`, `Earlier`).
const NOT_OCCUPATIONS: &[&str] = &[
    "however",
    "whatever",
    "whenever",
    "wherever",
    "together",
    "another",
    "further",
    "never",
    "either",
    "neither",
    "whether",
    "other",
    "rather",
    "under",
    "after",
    "over",
    "former",
    "latter",
    "earlier",
    "later",
    "longer",
    "sooner",
    "better",
    "lower",
    "higher",
    "greater",
    "larger",
    "smaller",
    "bigger",
    "younger",
    "older",
    "meanwhile",
    "instead",
    "elsewhere",
    "furthermore",
    "moreover",
    "christian",
    "ivorian",
    "exist",
];

/// A common noun of an occupation, listed (`analyst`) or by its ending (`pharmacist`), in
/// any case; no given name (`Christian`).
pub fn is_occupation_noun(w: &str) -> bool {
    if is_role_noun(w) {
        return true;
    }
    let lower = w.to_ascii_lowercase();
    lower.len() >= 6
        && lower.bytes().all(|b| b.is_ascii_lowercase())
        && OCCUPATION_ENDINGS.iter().any(|e| lower.ends_with(e))
        && !NOT_OCCUPATIONS.contains(&lower.as_str())
        && !lexicon().given_names.contains(w)
}

/// True when token `i` of `run` opens a sentence (or a quotation, or a line).
fn opens_sentence(text: &str, run: Run, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| run.tokens.get(p)) else {
        return true;
    };
    let between = run
        .tokens
        .get(i)
        .and_then(|t| text.get(prev.span().end..t.span().start))
        .unwrap_or("");
    between.contains('\n')
        || matches!(
            run.word(i - 1),
            "." | "!" | "?" | ":" | "“" | "\"" | "‘" | "(" | "—" | "–"
        )
}

/// A capitalised noun of an occupation before a person's name (`Meteorologist Dan Ortiz`):
/// a listed role noun, or, opening a sentence before a name of exactly two words, a noun with
/// an occupation's ending in no word list (`Pharmacist Lee Chang`).
fn occupation_before_name(text: &str, run: Run, i: usize) -> bool {
    let bits = run.bits(i);
    if is_capitalised_role_noun(bits) {
        return true;
    }
    let name = |k: usize| {
        run.bits(k) & (words::CAPITAL | words::LETTERS | words::FUNCTION)
            == words::CAPITAL | words::LETTERS
    };
    bits & (words::CAPITAL | words::LETTERS | words::LISTED) == words::CAPITAL | words::LETTERS
        && name(i + 1)
        && name(i + 2)
        && !run.any(i + 3, words::CAPITAL)
        && opens_sentence(text, run, i)
        && is_occupation_noun(run.word(i))
}

/// True when a role set off by a comma ends just before token `i` (`Its general manager,` +
/// `Janisse Quiñones,`; `Hezbollah's deputy secretary-general,`): lower-case words with a role
/// noun among them, after a determiner or a possessive.
fn role_set_off_before(run: Run, i: usize) -> bool {
    if i < 3 || run.word(i - 1) != "," {
        return false;
    }
    let mut role = false;
    for k in (i.saturating_sub(8)..i - 1).rev() {
        let w = run.word(k);
        if matches!(
            w,
            "its" | "Its" | "the" | "The" | "his" | "her" | "their" | "’s" | "'s"
        ) {
            return role;
        }
        if w != "-" && run.bits(k) & (words::CAPITAL | words::LETTERS) != words::LETTERS {
            return false;
        }
        role |= run.any(k, words::ROLE_LOWER);
    }
    false
}

/// Nouns of people that are no occupation (`the 6-year-old boy`, `the radio host`), in the
/// singular.
const PERSON_NOUNS: &[&str] = &[
    "boy",
    "girl",
    "man",
    "woman",
    "child",
    "son",
    "wife",
    "husband",
    "widow",
    "baby",
    "host",
    "victim",
    "inmate",
    "chief",
    "student",
    "resident",
    "native",
    "candidate",
    "nominee",
    "veteran",
    "star",
    "friend",
    "colleague",
    "pioneer",
    "founder",
    "heir",
];

/// Two or three capitalised words that no list knows, said to speak (`X said`), described by an
/// apposition (`X, a researcher`, `X, dean of`) or after a role noun (`analyst X`), are a
/// person's name, whatever the tagger thought.
fn people_by_context(text: &str, doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    sort_by_span(mentions);
    let mut extra = Vec::new();
    for s in &doc.sentences {
        let tokens = doc.sentence_tokens(s);
        let run = words.run(tokens, s.tokens.start);
        // The wire's credit inside the body too (`… writers X in Y and Z contributed.`).
        let credit = doc
            .paragraphs
            .get(s.paragraph)
            .is_some_and(|p| matches!(p.part, Part::Credit | Part::Byline))
            || run.word(tokens.len().wrapping_sub(2)) == "contributed"
            || run.word(tokens.len().wrapping_sub(5)) == "contributed";
        // Capitalised, two letters or more and nothing else, in no word list or a given name.
        let plain = |k: usize| {
            let bits = run.bits(k);
            bits & (words::CAPITAL | words::LETTERS) == words::CAPITAL | words::LETTERS
                && (bits & words::LISTED == 0 || bits & words::GIVEN != 0)
        };
        // Both a role noun and a name start with a capital.
        let mut i = 0;
        while let Some(c) = run.next_with(i, words::CAPITAL) {
            i = c;
            // (A title's inner words are no name: `Chief Information Security Officer`.)
            let title = title_at(run, i, tokens.len(), lexicon());
            if title > 1 {
                i += title;
                continue;
            }
            if occupation_before_name(text, run, i) {
                i += 1;
                continue;
            }
            let mut b = i;
            // `spokeswoman He Yadong`: after a role noun, mid-sentence, a capitalised word
            // that is also an English one opens a name.
            if i > 0 && run.any(i - 1, words::ROLE_LOWER) && !opens_sentence(text, run, i) {
                b += 1;
            }
            // In a byline a name in capitals ends where words in title case begin (`By SARAH
            // MILLER Associated Press`).
            let plain = |k: usize| {
                plain(k)
                    && !(credit && run.any(k, words::ANY_LOWER) != run.any(i, words::ANY_LOWER))
            };
            while b < tokens.len() && b < i + 3 && plain(b) {
                b += 1;
            }
            // `spokesman Majed al-Ansari said`, `secretary Karine Jean-Pierre said`
            if b > i {
                b = past_hyphens(run, past_particles(run, b));
            }
            // `Koichi Nakano, a political scientist`: a surname that is also a place, after a
            // first name no list knows.
            let place_surname = |k: usize| {
                run.bits(k) & (words::PLACE | words::FUNCTION | words::DEMONYM) == words::PLACE
                    && run.bits(i) & words::LISTED == 0
                    && !run.word(i).ends_with("ing")
            };
            if b == i + 1 && place_surname(b) {
                b += 1;
            }
            if b < i + 2 || b < tokens.len() && plain(b) {
                i = b.max(i + 1);
                continue;
            }
            let next = run.word(b);
            let after = run.word(b + 1);
            // `Economists at Itau Unibanco said`: the speaker is before the preposition.
            let object = i > 0
                && matches!(
                    run.word(i - 1),
                    "at" | "in" | "from" | "of" | "for" | "with" | "on" | "to"
                );
            // `The Orlando Sentinel reported`: a name after `the` is no person's.
            let the = i > 0 && matches!(run.word(i - 1), "the" | "The");
            let said = crate::attribution::is_cue_verb(next) && !object && !the;
            // `X, a political scientist`, `X, the 6-year-old boy`, not `X, the national anthem`
            // or `X, the Netherlands`: an apposition opened by an article names a person's
            // occupation or a noun of a person before it ends.
            let occupation = || {
                (b + 2..tokens.len())
                    .take(8)
                    .take_while(|&k| !matches!(run.word(k), "," | "." | ";" | ":"))
                    .any(|k| {
                        let w = run.word(k);
                        run.any(k, words::ROLE_LOWER)
                            || PERSON_NOUNS.contains(&w.strip_suffix('s').unwrap_or(w))
                            || is_occupation_noun(w)
                    })
            };
            // (`Margalit Har-Shefi, 22, has pleaded …`: an age set off by commas.)
            let age = (1..=3).contains(&after.len())
                && after.bytes().all(|c| c.is_ascii_digit())
                && run.word(b + 2) == ",";
            let apposed = next == ","
                && (age
                    || matches!(after, "who" | "dean" | "head" | "chief")
                    || matches!(after, "a" | "an" | "the") && occupation()
                    || run.any(b + 1, words::ROLE_LOWER));
            // `Brant Robertson of the University of California`: a body's member, placed by
            // the body's head (a body's own name would have taken the head).
            let head = b + 1 + usize::from(after == "the");
            let placed = next == "of" && !the && run.any(head, words::ORG_HEAD);
            // After a plural role noun too (`writers Bassem Mroue`), and a byline or credit
            // line names its writers (`By Ann Lee and Raj Iyer`).
            let described = i > 0
                && (run.any(i - 1, words::ROLE_LOWER)
                    || run.any(i - 1, words::ROLE_PLURAL)
                    || credit && matches!(run.word(i - 1), "by" | "By" | "and" | ",")
                    || next == "," && role_set_off_before(run, i)
                    || run.any(i - 1, words::ANY_LOWER)
                        && occupation_before_name(text, run, i - 1));
            let Some(span) = span_of(tokens, &(i..b)) else {
                i = b;
                continue;
            };
            // `Madhya Pradesh said`: a place of the gazetteer; `Downing Street said`: a place
            // by its last word; `Ashford Town, who`: a club.
            if (said || apposed || described || placed)
                && !lexicon().places.contains(span.slice(text))
                && !CLUB_TAILS.contains(&run.word(b - 1))
                && !GEOGRAPHIC_HEADS.contains(&run.word(b - 1))
            {
                let at = mentions.partition_point(|m| m.span.end <= span.start);
                let clash: Vec<usize> = (at..mentions.len())
                    .take_while(|&k| mentions[k].span.start < span.end)
                    .collect();
                match clash.as_slice() {
                    [] => extra.push(Mention {
                        span,
                        kind: EntityKind::Person,
                        title: None,
                    }),
                    // A titled name starts after its title (`Minister for Trade and Industry`
                    // + `Grace Fu`).
                    [k] if span.contains(mentions[*k].span) && mentions[*k].title.is_none() => {
                        mentions[*k].span = span;
                        mentions[*k].kind = EntityKind::Person;
                    }
                    // A byline's name and the wire after it read as one body: the wire is the
                    // rest (`By SARAH MILLER` + `Associated Press`).
                    [k] if credit
                        && mentions[*k].span.start == span.start
                        && mentions[*k].span.end > span.end
                        && mentions[*k].kind == EntityKind::Org =>
                    {
                        if let Some(rest) = tokens.get(b) {
                            mentions[*k].span = Span::new(rest.span().start, mentions[*k].span.end);
                            extra.push(Mention {
                                span,
                                kind: EntityKind::Person,
                                title: None,
                            });
                        }
                    }
                    _ => {}
                }
            }
            i = b;
        }
    }
    mentions.extend(extra);
}

/// The name before `administration` is its leader's (`the Biden administration`), where the
/// tagger found nothing there and no list but the given names has the word (`the Carter
/// administration`, not `the Kurdish administration`).
fn leaders_of_administrations(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    // (Most articles have no such word: nothing more is read or sorted for them.)
    let Some(administration) = words.id_of("administration") else {
        return;
    };
    let taken = taken_spans(mentions);
    let run = words.run(&doc.tokens, 0);
    for i in 2..doc.tokens.len() {
        if words.id(i) != Some(administration) {
            continue;
        }
        let bits = run.bits(i - 1);
        let plain = bits & (words::CAPITAL | words::LETTERS) == words::CAPITAL | words::LETTERS
            && (bits & words::LISTED == 0 || bits & words::GIVEN != 0);
        if plain
            && matches!(run.word(i - 2), "the" | "The")
            && !overlaps_taken(&taken, doc.tokens[i - 1].span())
        {
            mentions.push(Mention {
                span: doc.tokens[i - 1].span(),
                kind: EntityKind::Person,
                title: None,
            });
        }
    }
}

/// A surname with a particle that the article also writes alone, capitalised (`Van Dijk was
/// injured`), makes a person of both, the full name (`Virgil van Dijk`, whatever its given
/// name) and the surname alone, where no name was found (not `Tour de France` without a
/// `De France`).
fn surnames_with_particles(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    let run = words.run(&doc.tokens, 0);
    let particle = |k: usize| run.any(k, words::PARTICLE);
    let capital_particle = |k: usize| {
        let w = run.word(k);
        is_capitalised(w) && PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w))
    };
    let name = |k: usize| {
        run.bits(k) & (words::CAPITAL | words::LETTERS | words::LISTED)
            == words::CAPITAL | words::LETTERS
    };
    let n = doc.tokens.len();
    // The surnames written alone: `Van` + `Dijk`, not after another capitalised word.
    let alone: Vec<usize> = (0..n)
        .filter(|&k| {
            name(k + 1)
                && capital_particle(k)
                && (k == 0 || !run.any(k - 1, words::CAPITAL) || run.any(k - 1, words::FUNCTION))
        })
        .collect();
    if alone.is_empty() {
        return;
    }
    let taken = taken_spans(mentions);
    let mut extra = Vec::new();
    let mut used = vec![false; alone.len()];
    for k in 1..n.saturating_sub(1) {
        if !particle(k) || !name(k - 1) || !name(k + 1) || run.any(k - 1, words::FUNCTION) {
            continue;
        }
        let id = words.id(k + 1);
        let written_alone: Vec<usize> = (0..alone.len())
            .filter(|&j| words.id(alone[j] + 1) == id)
            .collect();
        let Some(span) = span_of(&doc.tokens, &(k - 1..k + 2)) else {
            continue;
        };
        if written_alone.is_empty() || overlaps_taken(&taken, span) {
            continue;
        }
        extra.push(Mention {
            span,
            kind: EntityKind::Person,
            title: None,
        });
        for j in written_alone {
            used[j] = true;
        }
    }
    for (j, &k) in alone.iter().enumerate() {
        match span_of(&doc.tokens, &(k..k + 2)) {
            Some(span) if used[j] && !overlaps_taken(&taken, span) => extra.push(Mention {
                span,
                kind: EntityKind::Person,
                title: None,
            }),
            _ => {}
        }
    }
    mentions.extend(extra);
}

/// A given name, a particle and a capitalised word (`Virgil van Dijk`, `Tarcisio de Freitas`,
/// `Mohammed bin Salman`) are a person's name where the tagger found none.
fn names_with_particles(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    let run = words.run(&doc.tokens, 0);
    let taken = taken_spans(mentions);
    let covered = |s: Span| overlaps_taken(&taken, s);
    let mut extra = Vec::new();
    for (k, t) in doc.tokens.iter().enumerate() {
        if !run.any(k, words::PARTICLE) || k == 0 {
            continue;
        }
        let given = run.bits(k - 1) & (words::GIVEN | words::PLACE | words::CAPITAL)
            == words::GIVEN | words::CAPITAL;
        // The given name is no part of a longer capitalised run (`Sao Bernardo do Campo`).
        let alone = k < 2 || !run.any(k - 2, words::CAPITAL) || run.any(k - 2, words::FUNCTION);
        let end = past_particles(run, k);
        let (Some(first), Some(last)) =
            (doc.tokens.get(k - 1), doc.tokens.get(end.wrapping_sub(1)))
        else {
            continue;
        };
        let span = Span::new(first.span().start, last.span().end);
        if given && alone && end > k + 1 && t.kind == TokenKind::Word && !covered(span) {
            extra.push(Mention {
                span,
                kind: EntityKind::Person,
                title: None,
            });
        }
    }
    mentions.extend(extra);
}

/// Two words before a lower-case word, a given name and a capitalised word that no list knows,
/// that the tagger made an organisation are a person (`Alphonso Davies had given …`).
fn given_names_of_organisations(
    text: &str,
    doc: &Document,
    words: &Words,
    lex: &Lexicon,
    mentions: &mut [Mention],
) {
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Org {
            continue;
        }
        let a = words.token_at_or_after(m.span.start);
        if words.token_at_or_after(m.span.end) != a + 2 {
            continue;
        }
        let first = words.bits(a);
        let second = words.bits(a + 1);
        let plain = words::CAPITAL | words::LETTERS | words::ANY_LOWER;
        // Before a verb (`had`), as the subject of a clause.
        let verb = doc
            .tokens
            .get(a + 2)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && words.word(a + 2).starts_with(|c: char| c.is_lowercase());
        // A given name that is also a place is one when only women or only men bear it and no
        // plural or `Tech` follows (`Virginia Welch`; not `Virginia Tech`, `Phoenix Suns`).
        let second_word = words.word(a + 1);
        let given = first & words::GIVEN != 0
            && (first & words::PLACE == 0
                || lex.womans_name(words.word(a)).is_some()
                    && !second_word.ends_with('s')
                    && second_word != "Tech");
        if given
            && verb
            && second & plain == plain
            && second & words::LISTED == 0
            && !lex.places.contains(m.span.slice(text))
            && !PLACE_TAILS.contains(&second_word)
            && !NAMED_THING_TAILS.contains(&second_word)
        {
            m.kind = EntityKind::Person;
        }
    }
}

/// Completes people's names the tagger cut: a particle between two parts joins them (`Lula da
/// Silva`), and a capitalised word before a name that no word list knows and that is no
/// occupation, nor part of a longer capitalised run, is the given name (`Lionel Messi`).
fn join_name_parts(text: &str, doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    sort_by_span(mentions);
    let run = words.run(&doc.tokens, 0);
    // What stands between token `i` and the one before it.
    let gap = |i: usize| {
        let (p, t) = (
            i.checked_sub(1).and_then(|p| doc.tokens.get(p))?,
            doc.tokens.get(i)?,
        );
        text.get(p.span().end..t.span().start)
    };
    let spaced = |i: usize| gap(i) == Some(" ");
    let mut joined: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        if let Some(last) = joined.last_mut().filter(|l| l.kind == EntityKind::Person) {
            let b = words.token_at_or_after(last.span.end);
            // Particles in a row too (`Gutiérrez de la Fuente`).
            let mut n = b;
            while run.any(n, words::PARTICLE) && spaced(n) {
                n += 1;
            }
            let particle = n > b
                && spaced(n)
                && doc.tokens.get(n).map(|t| t.span().start) == Some(m.span.start);
            // The part after the particle may be one word the tagger took for something else
            // (`Silva` of `Lula da Silva's party`).
            let one_word = || words.token_at_or_after(m.span.end) == n + 1;
            // A hyphenated given name found apart from the surname (`General Abdel-Fattah` +
            // `Burhan`).
            let hyphenated = m.kind == EntityKind::Person
                && m.title.is_none()
                && spaced(b)
                && doc.tokens.get(b).map(|t| t.span().start) == Some(m.span.start)
                && last.span.slice(text).contains('-')
                && !last.span.slice(text).contains(' ');
            if particle && (m.kind == EntityKind::Person || one_word()) || hyphenated {
                last.span.end = m.span.end;
                continue;
            }
        }
        joined.push(m);
    }
    *mentions = joined;
    join_initials(doc, words, mentions);
    for k in 0..mentions.len() {
        let m = mentions[k];
        if m.kind != EntityKind::Person || m.title.is_some() {
            continue;
        }
        let a = words.token_at_or_after(m.span.start);
        let Some(mut p) = a.checked_sub(1) else {
            continue;
        };
        // A hyphenated given name is one (`Abdel-Fattah`, `Jean-Pierre`).
        let given_word = |k: usize| {
            run.bits(k)
                & (words::CAPITAL | words::LISTED | words::ROLE | words::ANY_LOWER | words::LETTERS)
                == words::CAPITAL | words::LETTERS | words::ANY_LOWER
        };
        if p >= 2
            && run.word(p - 1) == "-"
            && given_word(p)
            && given_word(p - 2)
            && gap(p) == Some("")
            && gap(p - 1) == Some("")
        {
            p -= 2;
        }
        let bits = run.bits(p);
        let free = k == 0 || mentions[k - 1].span.end <= doc.tokens[p].span().start;
        let given = bits & (words::CAPITAL | words::LETTERS | words::ANY_LOWER)
            == words::CAPITAL | words::LETTERS | words::ANY_LOWER
            && (bits & words::LISTED == 0 || bits & words::GIVEN != 0)
            && bits & words::ROLE == 0
            && !CALENDAR_WORDS.contains(&run.word(p))
            && !is_occupation_noun(run.word(p));
        // A word no list knows may open a sentence (`Apparently Hitzig`) or name a place (`in
        // Bowling Green`, `Hall of Famer`); a given name may not.
        let opens = opens_sentence(text, run, p);
        // Opening a sentence, a word no list knows is a given name before a surname alone
        // when it looks like none of the words that open sentences (`Apparently`, `Seeing`).
        let w = run.word(p);
        let known = bits & words::GIVEN != 0
            || opens
                && a + 1 == words.token_at_or_after(m.span.end)
                && w.len() >= 4
                && !["ly", "ing", "ed", "s"].iter().any(|e| w.ends_with(e));
        let alone = opens
            || !run.any(p - 1, words::CAPITAL)
                && (known || !matches!(run.word(p - 1), "of" | "in" | "at" | "near" | "from"));
        if free && given && alone && (known || !opens) && spaced(a) {
            if let Some(m) = mentions.get_mut(k) {
                m.span.start = doc.tokens[p].span().start;
            }
        }
    }
}

/// A person's name that ends in an initial goes on after its full stop (`Paul D.` + `Ryan`,
/// `Frank C.` + `Clark`), over the surname the tagger found apart or missed; a given name, an
/// initial and a name is a person's whatever the tagger said (`Reporting by Max A. Cherney`),
/// and so is a given name and an initial that the tagger ended before the full stop (`Max A`).
fn join_initials(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    let run = words.run(&doc.tokens, 0);
    for m in mentions.iter_mut() {
        let r = words.tokens_of(m.span);
        let initial = run.word(r.start + 1);
        if matches!(r.len(), 2 | 4)
            && run.any(r.start, words::GIVEN)
            && initial.len() == 1
            && is_capitalised(initial)
            && run.word(r.start + 2) == "."
            && !run.any(r.end - 1, words::ORG_HEAD)
        {
            m.kind = EntityKind::Person;
        }
    }
    let mut k = 0;
    while k < mentions.len() {
        let m = mentions[k];
        k += 1;
        if m.kind != EntityKind::Person {
            continue;
        }
        let b = words.token_at_or_after(m.span.end);
        let initial = run.word(b - 1);
        let glued = doc.tokens.get(b).map(|t| t.span().start) == Some(m.span.end);
        // (Or capitals with full stops: `Justice A.K.` + `Sikri`.)
        if initial.len() != 1 && !is_initialism(initial)
            || !is_capitalised(initial)
            || run.word(b) != "."
            || !glued
            || run.bits(b + 1) & (words::CAPITAL | words::LETTERS | words::FUNCTION)
                != words::CAPITAL | words::LETTERS
        {
            continue;
        }
        let Some(next) = doc.tokens.get(b + 1).map(|t| t.span()) else {
            continue;
        };
        let end = match mentions.get(k) {
            Some(n) if n.span.start == next.start => {
                let one_word = words.token_at_or_after(n.span.end) == b + 2;
                if n.kind != EntityKind::Person && !one_word {
                    continue;
                }
                mentions.remove(k).span.end
            }
            Some(n) if n.span.start < next.end => continue,
            _ => next.end,
        };
        if let Some(m) = mentions.get_mut(k - 1) {
            m.span.end = end;
        }
    }
}

/// A name after a role noun and `at`, `with` or `for` that is no gazetteer place is where the
/// person works: an organisation (`economists at Itau Unibanco`, `an analyst with Capital
/// Economics`, `a spokeswoman for Walmart`), and so is one after `at` a few words after the
/// role (`head of research at Hargreaves Lansdown`, `Analyst Ana Ruiz at Citi`), with the
/// initials that open it (`J.P. Morgan Cazenove`).
fn orgs_of_roles(
    text: &str,
    doc: &Document,
    words: &Words,
    lex: &Lexicon,
    mentions: &mut [Mention],
) {
    let run = words.run(&doc.tokens, 0);
    for m in mentions.iter_mut() {
        if !matches!(m.kind, EntityKind::Place | EntityKind::Person) || m.title.is_some() {
            continue;
        }
        let mut a = words.token_at_or_after(m.span.start);
        // `J.P` + `.`: the full stop of an abbreviation is a token of its own.
        let opened = a > 1 && run.word(a - 1) == "." && is_initialism(run.word(a - 2));
        a -= 2 * usize::from(opened);
        let Some(p) = a.checked_sub(2) else {
            continue;
        };
        // The preposition first: few names follow one.
        if !matches!(run.word(p + 1), "at" | "with" | "for")
            || lex.places.contains(m.span.slice(text))
        {
            continue;
        }
        let role = |k: usize| run.any(k, words::ROLE | words::ROLE_PLURAL) || run.word(k) == "head";
        let near = run.word(p + 1) == "at"
            && (p.saturating_sub(4)..p)
                .rev()
                .take_while(|&k| !matches!(run.word(k), "," | "." | ";" | "“" | "\""))
                .any(role);
        if role(p) || near {
            m.kind = EntityKind::Org;
            if opened {
                m.span.start = run.tokens[a].span().start;
            }
        }
    }
}

/// Last words of things named after people (`James Webb Space Telescope`, `Nobel Prize`).
const NAMED_THING_TAILS: &[&str] = &[
    "Telescope",
    "Prize",
    "Award",
    "Awards",
    "Trophy",
    "Cup",
    "Day",
    "Act",
    "Doctrine",
    "Law",
    "Memorial",
    "Library",
    "Museum",
    "Airport",
    "Bridge",
    "Stadium",
    "Arena",
    "Tunnel",
    "Dam",
    "Highway",
    "Expressway",
    "Boulevard",
    "Avenue",
    "Street",
    "Square",
    "Park",
    "Station",
    "Theatre",
    "Theater",
    "Building",
    "Tower",
    "Mission",
    "Rover",
    "Probe",
    "Effect",
    "Syndrome",
];

/// A person's name followed by capitalised words that end in a thing's or an organisation's
/// last word is that thing's name (`James Webb` + `Space Telescope`, `John F. Kennedy` +
/// `International Airport`, `Nelson Mandela` + `Foundation`): an organisation, a place, or
/// `misc`.
///
/// A place followed by a word for a part of it is that part (`Oregon` + `District`, `Ohio` +
/// `River Valley` is not: one word only).
fn names_after_people(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    sort_by_span(mentions);
    for k in 0..mentions.len() {
        let m = mentions[k];
        let b = words.token_at_or_after(m.span.end);
        let next_start = mentions.get(k + 1).map_or(usize::MAX, |n| n.span.start);
        if m.kind == EntityKind::Place {
            let glued = doc.tokens.get(b).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.span().start < next_start
                    && t.span().start == m.span.end + 1
            });
            // (Not in a longer name: `Texas Hill Country`.)
            if glued
                && PARTS_OF_PLACES.contains(&words.word(b))
                && !words.any(b + 1, words::CAPITAL)
            {
                if let (Some(end), Some(m)) = (doc.tokens.get(b), mentions.get_mut(k)) {
                    m.span.end = end.span().end;
                }
            }
            continue;
        }
        if m.kind != EntityKind::Person {
            continue;
        }
        let mut e = b;
        while e < b + 3
            && words.any(e, words::CAPITAL)
            && !words.any(e, words::FUNCTION)
            && doc
                .tokens
                .get(e)
                .is_some_and(|t| t.kind == TokenKind::Word && t.span().start < next_start)
        {
            e += 1;
        }
        // The tagger may have taken the whole for a person (`James Webb Space Telescope`).
        if e == b && b < words.token_at_or_after(m.span.start) + 3 {
            continue;
        }
        let last = words.word(e - 1);
        let kind = if words.any(e - 1, words::ORG_HEAD) {
            EntityKind::Org
        } else if PLACE_TAILS.contains(&last) {
            EntityKind::Place
        } else if NAMED_THING_TAILS.contains(&last) {
            EntityKind::Misc
        } else {
            continue;
        };
        let Some(end) = doc.tokens.get(e - 1).map(|t| t.span().end) else {
            continue;
        };
        if let Some(m) = mentions.get_mut(k) {
            m.span.end = end;
            m.kind = kind;
            m.title = None;
        }
    }
}

/// Words after a place's name that name a part of it (`the Oregon District`, `Nob Hill`).
const PARTS_OF_PLACES: &[&str] = &["District", "Quarter", "Heights", "Hill", "Hills", "Square"];

/// Nouns that make an apposition describe an organisation (`X, the region's largest utility,`).
const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "utility",
    "group",
    "bank",
    "lender",
    "insurer",
    "agency",
    "carrier",
    "airline",
    "maker",
    "housebuilder",
    "homebuilder",
    "shipbuilder",
    "refiner",
    "manufacturer",
    "automaker",
    "carmaker",
    "chipmaker",
    "drugmaker",
    "retailer",
    "operator",
    "provider",
    "startup",
    "start-up",
    "chain",
    "conglomerate",
    "publisher",
    "broadcaster",
    "network",
    "organization",
    "organisation",
    "nonprofit",
    "charity",
    "union",
    "party",
    "giant",
    "producer",
    "supplier",
    "developer",
    "brand",
    "exchange",
    "fund",
    "newspaper",
    "journal",
    "magazine",
    "tabloid",
    "outlet",
    "website",
    "app",
    "platform",
    "subsidiary",
    "unit",
    "club",
    "team",
    "ministry",
    "department",
    "university",
    "institute",
    "lobby",
    "regulator",
    "watchdog",
    "association",
    "federation",
];

/// One to three capitalised words described by an organisation apposition (`Eversource, the
/// region's largest utility, said`) are an organisation, whatever the tagger thought.
fn orgs_by_apposition(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    sort_by_span(mentions);
    let mut extra = Vec::new();
    // An apposition follows a comma: the other tokens are not read.
    let commas = words.marks(0, &[&[","]]);
    for s in &doc.sentences {
        let tokens = doc.sentence_tokens(s);
        let run = words.run(tokens, s.tokens.start);
        for b in run.marked(&commas).filter(|&b| b > 0) {
            // An apposition opening with an article (`, the region's largest utility`) or a
            // name's possessive (`, Japan's most powerful business lobby`); the article first,
            // the phrase's end only then.
            if !(matches!(run.word(b + 1), "a" | "an" | "the")
                || run.any(b + 1, words::CAPITAL) && matches!(run.word(b + 2), "'s" | "’s"))
            {
                continue;
            }
            // The apposition's noun phrase, up to a preposition or clause (`a senior economist`
            // in `a senior economist at the bank`).
            let phrase = (b + 1..tokens.len())
                .take(9)
                .position(|k| {
                    matches!(
                        run.word(k),
                        "," | "."
                            | ";"
                            | "at"
                            | "of"
                            | "for"
                            | "in"
                            | "on"
                            | "with"
                            | "from"
                            | "to"
                            | "that"
                            | "which"
                            | "who"
                            | "whose"
                    )
                })
                .filter(|&k| k >= 2);
            // `det … head`.
            let Some(k) = phrase else {
                continue;
            };
            // The head may come before a participle of where or by whom (`a startup based in
            // Austin`), not before a verb (`Previously, the company owned …`).
            let head = run.word(b + k);
            let participle = k >= 3
                && matches!(
                    head,
                    "based" | "headquartered" | "founded" | "backed" | "listed"
                );
            // (The article was checked first.)
            let described = ORG_NOUNS.contains(&head)
                || head == "tank" && run.word(b + k - 1) == "think"
                || participle && ORG_NOUNS.contains(&run.word(b + k - 1));
            if !described {
                continue;
            }
            let mut a = b;
            while a > 0
                && b - a < 3
                && run.any(a - 1, words::CAPITAL)
                && !run.any(a - 1, words::FUNCTION)
            {
                a -= 1;
            }
            let Some(span) = span_of(tokens, &(a..b)).filter(|_| a < b) else {
                continue;
            };
            let at = mentions.partition_point(|m| m.span.end <= span.start);
            match mentions.get(at) {
                Some(m) if m.span == span && m.kind == EntityKind::Person => {
                    mentions[at].kind = EntityKind::Org;
                    mentions[at].title = None;
                }
                // A place inside the name is part of it (`Age UK, the charity`).
                Some(m)
                    if m.kind != EntityKind::Person
                        && m.span != span
                        && span.contains(m.span)
                        && mentions
                            .get(at + 1)
                            .is_none_or(|n| n.span.start >= span.end) =>
                {
                    mentions[at].span = span;
                    mentions[at].kind = EntityKind::Org;
                }
                Some(m) if m.span.overlaps(span) => {}
                _ => extra.push(Mention {
                    span,
                    kind: EntityKind::Org,
                    title: None,
                }),
            }
        }
    }
    mentions.extend(extra);
}

/// The end of the name that a descriptor introduces at token `a`: up to three capitalised words
/// of letters, none a function word or a title (`carmaker` + `Stellantis`, `the island of` +
/// `Inchkeld`), and with `no_calendar` none a month or weekday either.
fn name_words_end(run: Run, a: usize, no_calendar: bool) -> usize {
    let name = |k: usize| {
        run.bits(k) & (words::CAPITAL | words::LETTERS | words::FUNCTION | words::TITLE_WORD)
            == words::CAPITAL | words::LETTERS
            && !(no_calendar && CALENDAR_WORDS.contains(&run.word(k)))
    };
    let mut b = a;
    while b < run.tokens.len() && b < a + 3 && name(b) {
        b += 1;
    }
    b
}

/// Organisation nouns that also name people's jobs (`producer Harvey Weinstein`, `publisher
/// Rupert Murdoch`): no descriptor of a company before its name unless it is owned or based
/// somewhere.
const PERSON_TOO: &[&str] = &["producer", "developer", "publisher", "operator"];

/// One to three capitalised words after an organisation noun (`carmaker Stellantis`, `retailer
/// Walmart`, `Chipmaker Nvidia` opening a sentence; `shares of Korvane`) are an organisation, the noun no part of
/// its name, unless a title or a given name and a surname follow (`the party Chairman`); the
/// tagger's people of the same name are the organisation too (`Nvidia said`).
fn orgs_by_descriptor(text: &str, doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    sort_by_span(mentions);
    let mut extra = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    // Only a noun, a company's `-owned` … or `of` and `in` after `shares` open a name here:
    // the other tokens are not read.
    let opens = words.marks(
        words::ORG_NOUN | words::ORG_NOUN_PLURAL,
        &[&["owned", "run", "backed", "based", "listed", "of", "in"]],
    );
    for s in &doc.sentences {
        let tokens = doc.sentence_tokens(s);
        let run = words.run(tokens, s.tokens.start);
        for i in run.marked(&opens) {
            let w = run.word(i);
            // `carmakers Ford and General Motors`: each name after a plural.
            let plural = run.any(i, words::ORG_NOUN_PLURAL);
            let head = if plural {
                w.strip_suffix('s').unwrap_or(w)
            } else {
                w
            };
            // `Athens-based Delta Tankers`, `state-owned operator Caledonian MacBrayne`: what
            // is based, owned or listed is a company, also where the noun may be a person's.
            let made = |k: usize| {
                run.word(k.wrapping_sub(1)) == "-"
                    && match run.word(k) {
                        "owned" | "run" | "backed" => true,
                        // A place's, not `oat-based`; an abbreviated one may end the sentence
                        // before (`Fla.` + `-based`).
                        "based" | "listed" => {
                            run.any(k.wrapping_sub(2), words::CAPITAL)
                                || matches!(run.word(k.wrapping_sub(2)), "." | "")
                        }
                        _ => false,
                    }
            };
            // (Not a verb after a relative pronoun: `Mercosur, which groups Brazil`.)
            let noun = (run.any(i, words::ORG_NOUN) || plural)
                && !matches!(run.word(i.wrapping_sub(1)), "which" | "that" | "who")
                && (!PERSON_TOO.iter().any(|p| p.eq_ignore_ascii_case(head))
                    || made(i.wrapping_sub(1)));
            let made =
                run.bits(i + 1) & (words::CAPITAL | words::LISTED) == words::CAPITAL && made(i);
            // `shares of Korvane`, `shares in Northwind Foods`: a company, no place (`shares of
            // Asian banks`, `shares in London`).
            let shares = (w == "of" || w == "in")
                && i > 0
                && ["shares", "stock"]
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(run.word(i - 1)))
                && !run.any(i + 1, words::LISTED);
            // A noun that also ends bodies' names, capitalised before a name, opens that
            // name (`Network Rail`, `Bank Leumi`): a descriptor would be `Lender` or `Operator`.
            // (Not inside a longer name: `New York Stock Exchange Composite Index`.)
            let own = noun
                && !plural
                && is_capitalised(w)
                && run.any(i, words::ORG_HEAD)
                && !run.any(i.wrapping_sub(1), words::CAPITAL);
            if !(noun || shares || made)
                || (is_capitalised(w) && !opens_sentence(text, run, i) && !own)
            {
                continue;
            }
            let mut a = i;
            // `PC makers including Dell and HP`, `lenders such as HSBC`.
            if plural && run.word(i + 1) == "including" {
                a = i + 1;
            } else if plural && run.word(i + 1) == "such" && run.word(i + 2) == "as" {
                a = i + 2;
            }
            loop {
                let b = name_words_end(run, a + 1, true);
                let person = b > a + 2 && run.any(a + 1, words::GIVEN);
                let Some(span) = span_of(tokens, &(a + 1..b)).and_then(|s| {
                    Some(if own {
                        Span::new(tokens.get(i)?.span().start, s.end)
                    } else {
                        s
                    })
                }) else {
                    break;
                };
                // (Not a name's first part: `Mich.-based First` + `of America`.)
                if person
                    || run.any(b, words::CAPITAL)
                    || run.any(a + 1, words::DEMONYM)
                    || made && run.word(b) == "of"
                {
                    break;
                }
                names.push(span.slice(text));
                let before = tokens.get(a).map_or(span, |t| t.span());
                org_at(mentions, span, before, &mut extra);
                // `Ford and General Motors`, `HSBC, Barclays and Lloyds` after a plural.
                let and = b + usize::from(run.word(b) == "," && run.word(b + 1) == "and");
                if !plural || !matches!(run.word(and), "and" | ",") {
                    break;
                }
                a = and;
            }
        }
    }
    // Sorted once: an article naming many companies is not searched name by name per mention.
    crate::sort::heap_sort(&mut names);
    for m in mentions.iter_mut() {
        if matches!(m.kind, EntityKind::Person | EntityKind::Place)
            && names.binary_search(&m.span.slice(text)).is_ok()
        {
            m.kind = EntityKind::Org;
            m.title = None;
        }
    }
    mentions.extend(extra);
}

/// Makes `span` an organisation among the sorted `mentions`: the tagger's name that ends with
/// it and starts no later becomes it (`Carmaker Stellantis`); a name overlapping it or
/// `before` (the word the reading rests on) stays; else it is added to `extra`.
fn org_at(mentions: &mut [Mention], span: Span, before: Span, extra: &mut Vec<Mention>) {
    let at = mentions.partition_point(|m| m.span.end <= before.start);
    match mentions.get_mut(at) {
        Some(m) if m.span.end == span.end && m.span.start <= span.start => {
            m.span = span;
            m.kind = EntityKind::Org;
            m.title = None;
        }
        Some(m) if m.span.overlaps(span) || m.span.overlaps(before) => {}
        _ => extra.push(Mention {
            span,
            kind: EntityKind::Org,
            title: None,
        }),
    }
}

/// Nouns of places before `of` and a name (`the island of Inchkeld`).
const PLACE_NOUNS: &[&str] = &[
    "island",
    "town",
    "city",
    "village",
    "port",
    "province",
    "region",
    "district",
    "county",
    "suburb",
    "neighborhood",
    "neighbourhood",
];

/// Members of a parliament, before `for` and their constituency.
const MEMBERS: &[&str] = &["MP", "MEP", "MSP", "MLA", "TD"];

/// Words that name a storm before its name (`Typhoon Kalmaegi`, `Tropical Storm Erin`).
const STORM_NOUNS: &[&str] = &["Typhoon", "Hurricane", "Cyclone", "Storm"];

/// Storms before their names (`hurricanes Helene and Milton`).
const STORM_PLURALS: &[&str] = &["hurricanes", "typhoons", "cyclones", "storms"];

/// The last words of the names of laws and treaties (`the Online Safety Bill`, `the Legal
/// Practitioners Ordinance`, `the Paris Agreement`), and of the official lists they keep (`the
/// Entity List`, `the Red List`).
const LAW_WORDS: &[&str] = &[
    "Bill",
    "List",
    "Act",
    "Amendment",
    "Treaty",
    "Ordinance",
    "Directive",
    "Protocol",
    "Accord",
    "Agreement",
    "Convention",
    "Law",
];

/// One to three capitalised words after a noun of places and `of` (`the island of Inchkeld`,
/// `the town of Ardmore`), or each name of a list after the plural (`the towns of Nabatieh and
/// Tyre`), are a place, after a storm's word (`Typhoon Kalmaegi`, `hurricanes Helene and
/// Milton`) a storm (`misc`), wherever the tagger made the same name a person or a place
/// (`Inchkeld has 63 residents`, `Kalmaegi weakened`); before a law's word, a law (`misc`: the
/// Online Safety Bill); after `the MP for`, a constituency (a place).
fn places_by_descriptor(text: &str, doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    sort_by_span(mentions);
    let mut extra = Vec::new();
    let mut places: Vec<&str> = Vec::new();
    let mut storms: Vec<&str> = Vec::new();
    let mut dropped = Vec::new();
    // Only these words start a name here: the other tokens are not read.
    let starts = words.marks(
        0,
        &[
            LAW_WORDS,
            STORM_NOUNS,
            STORM_PLURALS,
            &["stadium", "Stadium", "of", "counties", "provinces"],
            MEMBERS,
        ],
    );
    for s in &doc.sentences {
        let tokens = doc.sentence_tokens(s);
        let run = words.run(tokens, s.tokens.start);
        for i in run.marked(&starts) {
            let capital = run.any(i, words::CAPITAL);
            if capital && LAW_WORDS.contains(&run.word(i)) {
                let Some(span) = law_ending_at(run, i) else {
                    continue;
                };
                let at = mentions.partition_point(|m| m.span.end <= span.start);
                match mentions.get_mut(at) {
                    // The tagger's name of it (`the Clean Air Act of 1970`).
                    Some(m) if m.span.start <= span.start && m.span.end >= span.end => {
                        m.kind = EntityKind::Misc;
                        m.title = None;
                    }
                    // In place of the names found inside it (a person `Bill`).
                    _ => {
                        dropped.resize(mentions.len(), false);
                        for (k, m) in mentions.iter().enumerate().skip(at) {
                            if m.span.start >= span.end {
                                break;
                            }
                            dropped[k] = true;
                        }
                        extra.push(Mention {
                            span,
                            kind: EntityKind::Misc,
                            title: None,
                        });
                    }
                }
                continue;
            }
            // A stadium's name is a place (`the Santiago Bernabeu stadium`, `Wembley
            // Stadium`).
            if i > 0 && matches!(run.word(i), "stadium" | "Stadium") {
                let last = tokens[i - 1].span();
                let at = mentions.partition_point(|m| m.span.end <= last.start);
                let stadium = tokens[i].span();
                if let Some(m) = mentions
                    .get_mut(at)
                    .filter(|m| m.span.end == last.end || m.span.contains(stadium))
                {
                    if m.kind != EntityKind::Misc {
                        m.kind = EntityKind::Place;
                    }
                }
                continue;
            }
            // Names listed before a plural of places (`Levy and Dixie counties`, `Harris, Fort
            // Bend and Galveston counties`).
            if i > 2 && matches!(run.word(i), "counties" | "provinces") {
                let name = |k: usize| {
                    run.bits(k) & (words::CAPITAL | words::LETTERS | words::FUNCTION)
                        == words::CAPITAL | words::LETTERS
                };
                let mut listed = Vec::new();
                let mut b = i;
                loop {
                    let mut a = b;
                    while a > 0 && a + 3 > b && name(a - 1) {
                        a -= 1;
                    }
                    if a == b {
                        break;
                    }
                    let Some(span) = span_of(tokens, &(a..b)) else {
                        break;
                    };
                    listed.push(span);
                    // The list goes on before `,`, `and` or `, and`.
                    b = match (a.checked_sub(2).map(|k| run.word(k)), a.checked_sub(1)) {
                        (Some(","), Some(k)) if run.word(k) == "and" => k - 1,
                        (_, Some(k)) if matches!(run.word(k), "and" | ",") => k,
                        _ => break,
                    };
                }
                if listed.len() > 1 {
                    for span in listed.into_iter().rev() {
                        places.push(span.slice(text));
                        mark_name(mentions, &mut extra, span, EntityKind::Place, false);
                    }
                }
                continue;
            }
            let storm = capital && STORM_NOUNS.contains(&run.word(i));
            // `hurricanes Helene and Milton`.
            let storms_listed =
                run.any(i + 1, words::CAPITAL) && STORM_PLURALS.contains(&run.word(i));
            let storm = storm || storms_listed;
            let noun = if i > 0 && run.word(i) == "of" {
                run.word(i - 1)
            } else {
                ""
            };
            let list = storms_listed
                || noun
                    .strip_suffix('s')
                    .is_some_and(|n| PLACE_NOUNS.contains(&n))
                || matches!(noun, "cities" | "counties");
            // A member's constituency after `the` and maybe a party (`the MP for Liverpool
            // West Derby`, `the Conservative MP for Calder Valley`; with no `the` a name may
            // follow it: `Labour MP for Manchester Jeff Smith`).
            let party = usize::from(i > 1 && run.any(i - 1, words::CAPITAL));
            let member = i > party
                && MEMBERS.contains(&run.word(i))
                && run.word(i + 1) == "for"
                && matches!(run.word(i - 1 - party), "the" | "The");
            if !storm && !list && !member && !PLACE_NOUNS.contains(&noun) {
                continue;
            }
            // The party is a name of its own, the member's title none (`Conservative MP`).
            let title = tokens[i].span();
            let at = mentions.partition_point(|m| m.span.end <= title.start);
            if let Some(m) = mentions.get_mut(at).filter(|m| {
                member && party == 1 && m.span.end == title.end && m.span.start < title.start
            }) {
                m.span = Span::new(m.span.start, tokens[i - 1].span().end);
            }
            let (kind, names) = if storm {
                (EntityKind::Misc, &mut storms)
            } else {
                (EntityKind::Place, &mut places)
            };
            let mut a = i + 1 + usize::from(member);
            loop {
                let mut b = name_words_end(run, a, false);
                // An abbreviation goes on after its full stop (`the suburbs of St. Petersburg`).
                if b > a && run.word(b) == "." && run.any(b + 1, words::CAPITAL) {
                    let glued = tokens
                        .get(b - 1)
                        .zip(tokens.get(b))
                        .is_some_and(|(p, t)| p.span().end == t.span().start);
                    let next = name_words_end(run, b + 1, false);
                    if glued && next > b + 1 {
                        b = next;
                    }
                }
                let Some(span) = span_of(tokens, &(a..b)) else {
                    break;
                };
                if run.any(b, words::CAPITAL) || run.word(b) == "’s" || run.word(b) == "'s" {
                    break;
                }
                // A body named after storms is none (`the National Hurricane Center`).
                if storm && run.any(b - 1, words::ORG_HEAD) {
                    break;
                }
                names.push(span.slice(text));
                mark_name(mentions, &mut extra, span, kind, storm);
                // The list goes on after `,`, `and` or `, and`.
                a = b + usize::from(run.word(b) == ",");
                a += usize::from(run.word(a) == "and");
                if !list || a == b {
                    break;
                }
            }
        }
    }
    crate::sort::heap_sort(&mut places);
    crate::sort::heap_sort(&mut storms);
    let lex = lexicon();
    for m in mentions.iter_mut() {
        let name = m.span.slice(text);
        let untitled = m.title.is_none();
        if untitled && storms.binary_search(&name).is_ok() {
            m.kind = EntityKind::Misc;
        }
        // A gazetteer place of two words or more is a place (`Madhya Pradesh said`).
        let listed = m.kind != EntityKind::Misc && name.contains(' ') && lex.places.contains(name);
        if untitled && m.kind == EntityKind::Person && places.binary_search(&name).is_ok() || listed
        {
            m.kind = EntityKind::Place;
        }
    }
    drop_marked(mentions, &dropped);
    mentions.extend(extra);
}

/// Makes the name at `span` a mention of `kind`: the tagger's of the same span (or a storm's
/// with its word, `Typhoon Kalmaegi`, when `storm`), or a new one in `extra` where no mention
/// overlaps it.
fn mark_name(
    mentions: &mut [Mention],
    extra: &mut Vec<Mention>,
    span: Span,
    kind: EntityKind,
    storm: bool,
) {
    let at = mentions.partition_point(|m| m.span.end <= span.start);
    match mentions.get_mut(at) {
        Some(m) if m.span == span || storm && m.span.end == span.end => {
            m.span = span;
            m.kind = kind;
            m.title = None;
        }
        Some(m) if m.span.overlaps(span) => {}
        _ => extra.push(Mention {
            span,
            kind,
            title: None,
        }),
    }
}

/// The name of a law ending in its word at token `end` (`Bill`, `Act`): the capitalised
/// words before it after `the` or a possessive (`the Online Safety Bill`, `Congress's Inflation
/// Reduction Act`, `the Rivers and Harbors Act`), not a person (`Microsoft co-founder Bill
/// Gates`, `his son Bill`).
fn law_ending_at(run: Run, end: usize) -> Option<Span> {
    if run.any(end + 1, words::CAPITAL) {
        return None;
    }
    let capital = |k: usize| run.bits(k) & (words::CAPITAL | words::FUNCTION) == words::CAPITAL;
    let mut a = end;
    // (`and` between capitalised words too: the Rivers and Harbors Act.)
    while a > 0
        && (capital(a - 1) || a > 1 && a < end && run.word(a - 1) == "and" && capital(a - 2))
    {
        a -= 1;
    }
    // (Or a possessive pronoun: `his Fifth Amendment rights`.)
    let opened = matches!(
        run.word(a.checked_sub(1)?),
        "the" | "The" | "’s" | "'s" | "this" | "This" | "his" | "her" | "their" | "its"
    );
    (opened && a < end)
        .then(|| span_of(run.tokens, &(a..end + 1)))
        .flatten()
}

/// A one-word name before a comma and a listed place is a town in its state or country
/// (`Dayton, Ohio`, `Tema, Ghana`), whatever the tagger thought, unless the place goes on into a
/// possessive or another name (`Brown, Ohio's senator`, `Brown, Ohio Democrat`).
fn towns_before_regions(text: &str, doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    sort_by_span(mentions);
    let lex = lexicon();
    for k in 1..mentions.len() {
        let (town, region) = (mentions[k - 1], mentions[k]);
        // The tests of the mentions first, the tokens' only then.
        if town.kind == EntityKind::Place
            || town.title.is_some()
            || region.kind != EntityKind::Place
            || text.get(town.span.end..region.span.start) != Some(", ")
        {
            continue;
        }
        let after = words.token_at_or_after(region.span.end);
        let goes_on = words.any(after, words::CAPITAL) || matches!(words.word(after), "’s" | "'s");
        let one_word =
            words.token_at_or_after(town.span.start) + 1 == words.token_at_or_after(town.span.end);
        if one_word && lex.places.contains(region.span.slice(text)) && !goes_on {
            mentions[k - 1].kind = EntityKind::Place;
        }
    }
    // A state's initials after a town and a comma are a place with their full stop, whatever
    // the tagger made of them (`Buffalo, N.Y.,`).
    let mut extra = Vec::new();
    for k in 0..mentions.len() {
        let town = mentions[k];
        let i = words.token_at_or_after(town.span.end);
        let state = doc
            .tokens
            .get(i + 1)
            .zip(doc.tokens.get(i + 2))
            .filter(|(t, stop)| {
                town.kind == EntityKind::Place
                    && words.word(i) == ","
                    && is_initialism(words.word(i + 1))
                    && words.word(i + 2) == "."
                    && stop.span().start == t.span().end
            })
            .map(|(t, stop)| Span::new(t.span().start, stop.span().end));
        let Some(state) = state else {
            continue;
        };
        match mentions.get_mut(k + 1) {
            Some(n) if n.span.start == state.start && n.span.end <= state.end => {
                n.span = state;
                n.kind = EntityKind::Place;
                n.title = None;
            }
            Some(n) if n.span.start < state.end => {}
            _ => extra.push(Mention {
                span: state,
                kind: EntityKind::Place,
                title: None,
            }),
        }
    }
    mentions.extend(extra);
}

/// A one-word organisation before a local government's word in lower case is the town it
/// governs (`the Portvale city council`, `Ashby county officials`); not an acronym's meeting
/// (`a CNN town hall`).
fn towns_before_local_bodies(text: &str, words: &Words, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Org) {
        let r = words.tokens_of(m.span);
        let b = r.end;
        if r.len() == 1
            && matches!(
                words.word(b),
                "city" | "town" | "county" | "village" | "municipal" | "district" | "provincial"
            )
            && !matches!(words.word(b + 1), "hall" | "halls")
            && !crate::coref::is_acronym(m.span.slice(text))
        {
            m.kind = EntityKind::Place;
        }
    }
}

/// A lone word that the tagger made a person after `in` is a place (`fled her flat in
/// Ikorodu`) unless it is the surname or given name of a person the article names in full
/// (`faith in Obama`) or a possessive (`in Smith's view`).
fn places_after_in(text: &str, doc: &Document, words: &Words, mentions: &mut [Mention]) {
    let lone_after_in = |m: &Mention| {
        // The text before first: a search of the tokens for each person would cost more.
        let before_in = text.get(..m.span.start).is_some_and(|t| {
            t.ends_with("in ") || t.ends_with("near ") || t.ends_with("to ") || t.ends_with("from ")
        });
        if m.kind != EntityKind::Person || m.title.is_some() || !before_in {
            return false;
        }
        let a = doc.token_at_or_after(m.span.start);
        // `to` and `from` lead to a person too (`spoke to Smith`), but not after a way of
        // travelling (`ferries to Oban`, `flights from Luton`).
        let from_to = || {
            matches!(words.word(a - 1), "to" | "from")
                && a.checked_sub(2).is_some_and(|p| {
                    one_of!(
                        words.word(p),
                        "ferry"
                            | "ferries"
                            | "flight"
                            | "flights"
                            | "train"
                            | "trains"
                            | "bus"
                            | "buses"
                            | "service"
                            | "services"
                            | "route"
                            | "routes"
                            | "sailings"
                            | "Ferries"
                            | "Flights"
                            | "Trains"
                            | "Services"
                    )
                })
        };
        a > 0
            && (matches!(words.word(a - 1), "in" | "near") || from_to())
            && doc
                .tokens
                .get(a)
                .is_some_and(|t| t.span().end == m.span.end)
            && !matches!(words.word(a + 1), "’s" | "'s" | "’")
    };
    if !mentions.iter().any(lone_after_in) {
        return;
    }
    let mut names: Vec<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .map(|m| m.span.slice(text))
        .filter(|s| s.contains(' '))
        .flat_map(str::split_whitespace)
        .collect();
    crate::sort::heap_sort(&mut names);
    for m in mentions.iter_mut() {
        if lone_after_in(m) && names.binary_search(&m.span.slice(text)).is_err() {
            m.kind = EntityKind::Place;
        }
    }
}

/// A plural opening a sentence that the article never writes capitalised inside one is no
/// person (`Prosecutors said`, `Volumes dropped`), whatever the tagger thought; nor is a noun
/// before a plural noun and an auxiliary (`Ferry fares will rise`), which a name is in no
/// list.
fn drop_plural_openers(text: &str, doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    // The sentences' first tokens, made when a mention first needs them.
    let mut firsts: Option<Vec<Span>> = None;
    mentions.retain(|m| {
        let w = m.span.slice(text);
        // The mention's own tests first: few are a plural person's.
        let letters = m.title.is_none() && w.bytes().all(|b| b.is_ascii_alphabetic());
        let plural_person =
            m.kind == EntityKind::Person && letters && w.ends_with('s') && !w.ends_with("ss");
        // Opening a sentence, by the text before: most mentions open none.
        let opener = m.kind != EntityKind::Org
            && letters
            && text
                .get(..m.span.start)
                .map(|t| t.trim_end_matches(' '))
                .is_some_and(|t| t.is_empty() || t.ends_with(['.', '\n', '"', '“']));
        if !plural_person && !opener {
            return true;
        }
        let i = words.token_at_or_after(m.span.start);
        let noun_opener = || {
            opener
                && !words.any(i, words::GIVEN | words::LISTED)
                && words.bits(i + 1) & (words::ANY_UPPER | words::LETTERS) == words::LETTERS
                && words.word(i + 1).ends_with('s')
                && one_of!(
                    words.word(i + 2),
                    "will" | "would" | "are" | "were" | "have" | "had" | "could" | "can" | "may"
                )
        };
        if !plural_person && !noun_opener() {
            return true;
        }
        // Not a surname after an initial the sentence splitter took for a full stop (`Colonel
        // Emmett S. Davis`).
        let before = text.get(..m.span.start).unwrap_or("").trim_end();
        let mut last = before.chars().rev().filter(|c| *c != ' ');
        let initial = last.next() == Some('.')
            && last.next().is_some_and(char::is_uppercase)
            && last.next().is_none_or(|c| !c.is_alphabetic());
        let cap_elsewhere = words.id(i).is_none_or(|id| words.info_of(id).elsewhere().0);
        let firsts = firsts.get_or_insert_with(|| {
            let mut firsts = Vec::with_capacity(doc.sentences.len());
            firsts.extend(
                doc.sentences
                    .iter()
                    .filter_map(|s| doc.sentence_tokens(s).first().map(|t| t.span())),
            );
            firsts
        });
        !(!cap_elsewhere && !initial && firsts.binary_search(&m.span).is_ok())
    });
}

/// A word opening a sentence right before a name, that the article capitalises nowhere else and
/// no list knows, qualifies the name (`Rival Micron Technology said`, `Embattled Boeing`): no
/// name of its own.
fn drop_qualifying_openers(text: &str, doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    sort_by_span(mentions);
    let starts: Vec<usize> = mentions.iter().map(|m| m.span.start).collect();
    let run = words.run(&doc.tokens, 0);
    mentions.retain(|m| {
        let w = m.span.slice(text);
        let before_name = m.title.is_none()
            && w.len() > 1
            && w.bytes().all(|b| b.is_ascii_alphabetic())
            && text.get(m.span.end..=m.span.end) == Some(" ")
            && starts.binary_search(&(m.span.end + 1)).is_ok();
        if !before_name {
            return true;
        }
        let i = words.token_at_or_after(m.span.start);
        let known =
            words::GIVEN | words::LISTED | words::PLACE | words::DEMONYM | words::TITLE_WORD;
        !opens_sentence(text, run, i)
            || words.any(i, known)
            || words.id(i).is_none_or(|id| words.info_of(id).elsewhere().0)
    });
}

/// A capitalised job title the tagger took for a person (`By Ann Lee, Environment
/// Correspondent`, `Senior Political Editor`): several words ending in a role noun of five
/// letters or more, none of them a given name. A surname that is a role noun comes with a
/// given name (`Paul Farmer`), and short ones are surnames too (`Nguyen Van Son`). A listed
/// title of several words alone is dropped whatever its kind.
fn drop_job_titles(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    // In a byline the tagger may call the title a body too (`By Priya Raman, Health
    // Reporter`); elsewhere such a name may be one (`The Hollywood Reporter`).
    let in_byline = |m: &Mention| {
        let p = doc
            .paragraphs
            .partition_point(|p| p.span.end <= m.span.start);
        doc.paragraphs
            .get(p)
            .is_some_and(|p| p.part == Part::Byline)
    };
    let (run, lex) = (words.run(&doc.tokens, 0), lexicon());
    mentions.retain(|m| {
        let a = words.token_at_or_after(m.span.start);
        let b = words.token_at_or_after(m.span.end);
        // (Both rules are about names of several words.)
        if b <= a + 1 {
            return true;
        }
        let last = b - 1;
        // A title of several words alone names no one (`the Fire Chief`, `Attorney General`).
        let title = longest_title_at(run, a, b, lex) == b - a;
        let job = (m.kind == EntityKind::Person || m.kind == EntityKind::Org && in_byline(m))
            && words.any(last, words::ROLE)
            && words.word(last).len() >= 5
            && !(a..b).any(|i| words.any(i, words::GIVEN));
        !title && !job
    });
}

/// One word ending in `care` is a programme (`Obamacare`, `Medicare`), whatever the tagger
/// made of it: no person is named so.
fn programmes_named_care(text: &str, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let name = m.span.slice(text);
        if m.kind == EntityKind::Person && name.len() > 6 && name.ends_with("care") {
            m.kind = EntityKind::Misc;
        }
    }
}

/// A headline in title case (`Pence Says Clinton Foundation Donors Got Special Access`)
/// capitalises every word, so its capitals tell no name from a verb: its names are those the
/// story names elsewhere, and people's surnames, found again in it (the longest first).
fn names_in_a_title_case_headline(text: &str, doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(title) = doc
        .paragraphs
        .iter()
        .take(4)
        .find(|p| p.part == Part::Title)
    else {
        return;
    };
    let first = doc
        .tokens
        .partition_point(|t| t.span().start < title.span.start);
    let end = doc
        .tokens
        .partition_point(|t| t.span().end <= title.span.end);
    let tokens = doc.tokens.get(first..end).unwrap_or(&[]);
    if !crate::segment::is_title_case(text, tokens) {
        return;
    }
    // (Kinds by their index, in a `u32`: the word lists' map type, one hash table's code.)
    let mut known: HashMap<&str, u32, FastHash> = HashMap::default();
    for m in mentions.iter().filter(|m| !title.span.contains(m.span)) {
        let name = m.span.slice(text);
        known
            .entry(name)
            .or_insert(tagger::kind_index(m.kind).into());
        if m.kind == EntityKind::Person {
            if let Some(last) = surname(name) {
                known
                    .entry(last)
                    .or_insert(tagger::kind_index(EntityKind::Person).into());
            }
        }
    }
    // (A place or a people of one word is as likely a name there as anywhere: `Old Hands Help
    // Russia Navigate U.S. Media`.)
    let one_word_places: Vec<Mention> = mentions
        .iter()
        .filter(|m| {
            title.span.contains(m.span)
                && matches!(m.kind, EntityKind::Place | EntityKind::Misc)
                && !m.span.slice(text).contains(char::is_whitespace)
        })
        .copied()
        .collect();
    mentions.retain(|m| !title.span.contains(m.span));
    let from = mentions.len();
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        let found = (i..tokens.len().min(i + 6)).rev().find_map(|j| {
            let span = Span::new(t.span().start, tokens.get(j)?.span().end);
            known
                .get(span.slice(text))
                .map(|&kind| (j, span, tagger::kind_of(kind as u8)))
        });
        match found {
            Some((j, span, kind)) => {
                mentions.push(Mention {
                    span,
                    kind,
                    title: None,
                });
                i = j + 1;
            }
            None => i += 1,
        }
    }
    for m in one_word_places {
        let found = mentions.get(from..).unwrap_or_default();
        if !found.iter().any(|n| n.span.overlaps(m.span)) {
            mentions.push(m);
        }
    }
}

/// One word opening a sentence before a speech verb that no list knows, never written in lower
/// case, is a company when the sentence speaks of `its` (`Intel said its sales rose`), it is an
/// acronym (`RMS said`), or the article writes it capitalised inside a sentence too where
/// the tagger found nothing (`Unisys posted a loss` … `shares of Unisys`); not a common noun
/// (`Recent data showed`, `Officials said`, `Revenue was`).
fn companies_opening_sentences(
    text: &str,
    doc: &Document,
    words: &Words,
    mentions: &mut Vec<Mention>,
) {
    // The mentions' spans and the words of people's names (`Wang` of `Wang Yi`: `Wang told`
    // is the person), made when a sentence first needs them: most open with no such word.
    let mut known: Option<(Vec<Span>, Vec<&str>)> = None;
    let mut extra = Vec::new();
    for s in &doc.sentences {
        let tokens = doc.sentence_tokens(s);
        let run = words.run(tokens, s.tokens.start);
        let Some(first) = tokens.first() else {
            continue;
        };
        let w = run.word(0);
        let plain = run.bits(0)
            & (words::CAPITAL | words::LETTERS | words::LISTED | words::ROLE | words::FUNCTION)
            == words::CAPITAL | words::LETTERS;
        let verb = run.word(1);
        if !plain
            || !(crate::attribution::is_cue_verb(verb)
                || matches!(verb, "posted" | "unveiled" | "launched" | "plans"))
            || CALENDAR_WORDS.contains(&w)
            || is_common_acronym(w)
        {
            continue;
        }
        let (taken, people) = known.get_or_insert_with(|| {
            let mut people: Vec<&str> = mentions
                .iter()
                .filter(|m| m.kind == EntityKind::Person)
                .flat_map(|m| m.span.slice(text).split_whitespace())
                .collect();
            crate::sort::heap_sort(&mut people);
            (taken_spans(mentions), people)
        });
        if overlaps_taken(taken, first.span()) || people.binary_search(&w).is_ok() {
            continue;
        }
        let (cap_elsewhere, lower_elsewhere) = run
            .id(0)
            .map_or((false, true), |id| words.info_of(id).elsewhere());
        let acronym = w.len() <= 5 && w.bytes().all(|b| b.is_ascii_uppercase());
        let its = (2..tokens.len().min(14)).any(|k| run.word(k) == "its");
        // A plural is a common noun (`Analysts said its`) unless written capitalised inside a
        // sentence (`Unisys`).
        let plural = w.ends_with('s') && !w.ends_with("ss") && !cap_elsewhere;
        // `Intel announced a new chip`: what companies do.
        let launch = matches!(verb, "announced" | "unveiled" | "launched" | "posted")
            && matches!(run.word(2), "a" | "an" | "its" | "record");
        if !lower_elsewhere && !plural && (its || acronym || cap_elsewhere || launch) {
            extra.push(Mention {
                span: first.span(),
                kind: EntityKind::Org,
                title: None,
            });
        }
    }
    mentions.extend(extra);
}

/// Heads that open the names of bodies in other languages (`Universidad`, `Banco`).
pub(crate) const FOREIGN_HEADS: &[&str] = &[
    "Universidad",
    "Université",
    "Universidade",
    "Università",
    "Universität",
    "Instituto",
    "Institut",
    "Banco",
    "Banque",
    "Partido",
    "Ministerio",
    "Ministério",
    "Ministère",
    "Fundación",
    "Fundação",
    "Museo",
    "Musée",
    "Consejo",
    "Comisión",
    // Wire copy often drops the accent (`Comision Federal de Electricidad`).
    "Comision",
    "Agencia",
    "Secretaría",
    "Procuraduría",
    "Fiscalía",
];

/// Bodies named in Spanish, Portuguese, French, Italian or German open with their head
/// (`Universidad Mayor de San Andrés`, `Université de Montréal`, `Banco do Brasil`): the head,
/// the capitalised words after it and the particles between them are one organisation,
/// whatever the tagger made of the parts (a place `San Andrés`).
fn foreign_bodies(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    let run = words.run(&doc.tokens, 0);
    let name = |k: usize| {
        run.any(k, words::CAPITAL) && doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
    };
    let mut found: Vec<Span> = Vec::new();
    let mut i = 0;
    while let Some(h) = run.next_with(i, words::FOREIGN_HEAD) {
        i = h + 1;
        // Capitalised words, particles between them (`de`, `del`, `do`, `de la`), and a last
        // field after `e` or `y` (`Desenvolvimento Econômico e Social`).
        let mut e = h + 1;
        loop {
            while name(e) {
                e += 1;
            }
            let p = match past_particles(run, e) {
                p if p == e && matches!(run.word(e), "e" | "y") && name(e + 1) => e + 1,
                p => p,
            };
            if p == e {
                break;
            }
            e = p;
        }
        if let Some(span) = span_of(&doc.tokens, &(h..e)).filter(|_| e > h + 1) {
            found.push(span);
            i = e;
        }
    }
    if found.is_empty() {
        return;
    }
    let dropped: Vec<bool> = mentions
        .iter()
        .map(|m| overlaps_taken(&found, m.span))
        .collect();
    drop_marked(mentions, &dropped);
    for span in found {
        mentions.push(Mention {
            span,
            kind: EntityKind::Org,
            title: None,
        });
    }
}

/// A name joined by `and` or `or` to an organisation's is one too where the tagger made it a
/// person without a given name, a place no list has, or missed it (`Philippine Airlines and
/// Cebu Pacific said`, `Goldman Sachs and Evercore advised`, `Nvidia and AMD`).
fn coordinated_orgs(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    sort_by_span(mentions);
    let run = words.run(&doc.tokens, 0);
    let tokens = |m: &Mention| words.tokens_of(m.span);
    // Two words or more: one may be a surname alone (`the UN and Guterres`).
    let nameless = |m: &Mention| {
        let r = tokens(m);
        m.kind == EntityKind::Person && r.len() > 1 && !r.clone().any(|i| run.any(i, words::GIVEN))
    };
    let mut extra = Vec::new();
    for k in 0..mentions.len() {
        let m = mentions[k];
        let b = words.token_at_or_after(m.span.end);
        let Some(c) = doc.tokens.get(b + 1) else {
            continue;
        };
        // (Or a "place" no list has: `Nvidia, Microsoft and …`.)
        let one_untitled_word = |m: &Mention| {
            let r = tokens(m);
            (m.kind == EntityKind::Person
                || m.kind == EntityKind::Place && !run.any(r.start, words::PLACE))
                && m.title.is_none()
                && r.len() == 1
        };
        // A one-word item before a company in a list (`Meta, Google and TikTok`): a company.
        if run.word(b) == "," && one_untitled_word(&m) {
            let company = mentions.get(k + 1).is_some_and(|n| {
                n.kind == EntityKind::Org
                    && n.span.start == c.span().start
                    && matches!(
                        run.word(words.token_at_or_after(n.span.end)),
                        "," | "and" | "or"
                    )
            });
            if company {
                mentions[k].kind = EntityKind::Org;
            }
            continue;
        }
        if !matches!(run.word(b), "and" | "or") {
            continue;
        }
        // Not in a list of names (`John Abercrombie, Chick Corea and Weather Report`), after
        // a role (`adviser Uzi Arad and`) or before a title (`and Cabinet Secretary`).
        let listed = words
            .token_at_or_after(m.span.start)
            .checked_sub(1)
            .is_some_and(|p| run.word(p) == "," || run.any(p, words::ROLE_LOWER));
        match mentions.get(k + 1) {
            Some(n)
                if n.span.start == c.span().start
                    && !listed
                    && !run.any(tokens(n).end, words::CAPITAL) =>
            {
                if m.kind == EntityKind::Org && nameless(n) {
                    mentions[k + 1].kind = EntityKind::Org;
                } else if n.kind == EntityKind::Org
                    && (nameless(&m) || m.kind == EntityKind::Place && one_untitled_word(&m))
                {
                    // (A "place" no list has: `aimed at Nvidia and AMD's rivals`.)
                    mentions[k].kind = EntityKind::Org;
                }
            }
            // The last one-word item of a list before an organisation (`Alphabet, Meta and
            // Amazon`): the tagger's person, untitled, is a company (one word is no person's
            // whole name, even a given name: `Meta`).
            Some(n)
                if n.span.start == c.span().start
                    && n.kind == EntityKind::Org
                    && one_untitled_word(&m)
                    && run.word(b.wrapping_sub(2)) == "," =>
            {
                mentions[k].kind = EntityKind::Org;
            }
            next if m.kind == EntityKind::Org => {
                // Untagged capitalised words, and no more after them.
                let e = name_words_end(run, b + 1, true);
                let span = span_of(&doc.tokens, &(b + 1..e))
                    .filter(|s| next.is_none_or(|n| s.end <= n.span.start));
                if let Some(span) = span.filter(|_| !run.any(e, words::CAPITAL)) {
                    extra.push(Mention {
                        span,
                        kind: EntityKind::Org,
                        title: None,
                    });
                }
            }
            _ => {}
        }
    }
    mentions.extend(extra);
}

/// Words after `X said it` that make `it` a dummy subject (`Smith said it was late`).
const DUMMY_IT: &[&str] = &[
    "is", "was", "would", "will", "could", "might", "may", "should", "can", "had", "has", "did",
    "does", "must", "seemed", "appeared", "remained", "made", "felt", "looked",
];

/// One word the tagger made a person that says what `it` did (`Hezbollah said it fired
/// rockets`; not `Smith said it was late`) is an organisation wherever it stands: people are
/// `he` or `she`. Not a given name, nor a word of a person's longer name (`Trump` of `Donald
/// Trump`).
fn orgs_saying_it(words: &Words, mentions: &mut [Mention]) {
    let tokens = |m: &Mention| words.tokens_of(m.span);
    // By word: 1 says what `it` did, 2 is in a longer person's name.
    let mut marks: Vec<u8> = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
        let b = words.token_at_or_after(m.span.end);
        if words.word(b + 1) != "it" || words.token_at_or_after(m.span.start) + 1 != b {
            continue;
        }
        let a = b - 1;
        if !words.any(a, words::GIVEN)
            && crate::attribution::is_cue_verb(words.word(b))
            && !DUMMY_IT.contains(&words.word(b + 2))
        {
            if marks.is_empty() {
                marks = vec![0; words.distinct()];
            }
            if let Some(k) = words.id(a).and_then(|id| marks.get_mut(id as usize)) {
                *k = 1;
            }
        }
    }
    if marks.is_empty() {
        return;
    }
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
        let ids = words.ids(tokens(m));
        for &id in ids.iter().filter(|_| ids.len() > 1) {
            if let Some(k) = marks.get_mut(id as usize) {
                *k = 2;
            }
        }
    }
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Person) {
        let r = tokens(m);
        let id = words.id(r.start).filter(|_| r.len() == 1);
        if id.and_then(|id| marks.get(id as usize)) == Some(&1) {
            m.kind = EntityKind::Org;
        }
    }
}

/// A name the tagger made a person that does what companies do is a company, wherever it
/// stands (`Taylor Wimpey gained 2%`, `Kelvin Brothers, which makes`): a person's shares
/// move or a person is `which` in no news. Not
/// after a title (`President Harris gained 2% in the polls` speaks of votes anyway).
fn companies_by_context(text: &str, words: &Words, mentions: &mut [Mention]) {
    let places = &lexicon().places;
    // (Wherever the tagger put it, `bets against Nvidia` a place, but not a listed place nor
    // a law, `the Clean Air Act`.)
    let may_be_company = |m: &Mention| {
        let name = m.span.slice(text);
        m.title.is_none()
            && match m.kind {
                EntityKind::Person => true,
                EntityKind::Place => !places.contains(name),
                EntityKind::Misc => !name.contains(' '),
                EntityKind::Org => false,
            }
    };
    let mut names: Vec<&str> = Vec::new();
    for m in mentions.iter() {
        if !may_be_company(m) {
            continue;
        }
        let r = words.tokens_of(m.span);
        let b = r.end;
        let verb = words.word(b);
        // `gained 2%`, `fell 1.5 percent`, not in a poll (`gained 2% in the polls`).
        let moved = matches!(words.word(b + 2), "%" | "percent" | "pct")
            && one_of!(
                verb,
                "gained"
                    | "fell"
                    | "rose"
                    | "jumped"
                    | "slipped"
                    | "dropped"
                    | "climbed"
                    | "surged"
                    | "tumbled"
            )
            && !(b + 3..b + 8).any(|k| matches!(words.word(k), "poll" | "polls" | "polling"));
        // `Goldman Sachs's shares`, `Taylor Wimpey shares`, `Nvidia's sales`, `Centrica,
        // which owns`.
        let shares = words.word(b) == "shares"
            || matches!(verb, "’s" | "'s")
                && one_of!(
                    words.word(b + 1),
                    "shares"
                        | "sales"
                        | "revenue"
                        | "revenues"
                        | "profit"
                        | "profits"
                        | "earnings"
                        | "stock"
                        | "shareholders"
                        | "subsidiary"
                );
        let which = verb == "," && words.word(b + 1) == "which";
        // (A town's, too: `Ferguson, which`.)
        if shares || (moved || which) && m.kind == EntityKind::Person {
            names.push(m.span.slice(text));
        }
    }
    if names.is_empty() {
        return;
    }
    crate::sort::heap_sort(&mut names);
    for m in mentions.iter_mut() {
        // The name, or the name with a word more (`Philip Morris Cos.`).
        let name = m.span.slice(text);
        let known = names.binary_search(&name).is_ok()
            || name
                .rsplit_once(' ')
                .is_some_and(|(n, _)| names.binary_search(&n).is_ok());
        if known && may_be_company(m) {
            m.kind = EntityKind::Org;
        }
    }
}

/// An organisation's name without its head (`Harbor Lane` of `Harbor Lane Capital`), two
/// words or more and not opening with a given name (`Nelson Mandela` of `Nelson Mandela
/// Foundation` stays a person), names the organisation wherever the tagger made it a person.
fn short_names_of_orgs(text: &str, doc: &Document, words: &Words, mentions: &mut [Mention]) {
    let mut short: Vec<&str> = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Org) {
        let a = words.token_at_or_after(m.span.start);
        let b = words.token_at_or_after(m.span.end);
        if b < a + 3 || !words.any(b - 1, words::ORG_HEAD) || words.any(a, words::GIVEN) {
            continue;
        }
        if let Some(s) = span_of(&doc.tokens, &(a..b - 1)) {
            short.push(s.slice(text));
        }
    }
    // Its first word too (`Volvo` of `Volvo Buses`, `Redwater` of `Redwater Partners`), when
    // it is in no list and no person named in full has it as surname (`Trump Organization`).
    let mut surnames: Vec<&str> = mentions
        .iter()
        .filter(|p| p.kind == EntityKind::Person)
        .filter_map(|p| surname(p.span.slice(text)))
        .collect();
    crate::sort::heap_sort(&mut surnames);
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Org) {
        let a = words.token_at_or_after(m.span.start);
        let first = words.word(a);
        if words.token_at_or_after(m.span.end) >= a + 2
            && words.any(a, words::CAPITAL)
            && words.any(a, words::LETTERS)
            && !words.any(a, words::LISTED)
            && surnames.binary_search(&first).is_err()
        {
            short.push(first);
        }
    }
    if short.is_empty() {
        return;
    }
    crate::sort::heap_sort(&mut short);
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Person
            && m.title.is_none()
            && short.binary_search(&m.span.slice(text)).is_ok()
        {
            m.kind = EntityKind::Org;
        }
    }
}

/// A name tagged once is tagged everywhere, with the kind most of its mentions have.
fn make_consistent(text: &str, doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    // The votes of each name, and which votes each mention's name has (one look-up each; a
    // `u32` index: the word lists' map type, one hash table's code).
    let mut names: HashMap<&str, u32, FastHash> = HashMap::default();
    let mut votes: Vec<[usize; 4]> = Vec::new();
    let mut vote_of: Vec<usize> = Vec::with_capacity(mentions.len());
    for m in mentions.iter() {
        let k = *names.entry(m.span.slice(text)).or_insert_with(|| {
            votes.push([0; 4]);
            (votes.len() - 1) as u32
        }) as usize;
        if let Some(v) = votes.get_mut(k) {
            v[tagger::kind_index(m.kind) as usize] += 1;
        }
        vote_of.push(k);
    }
    // A one-word name that is no word of a person's full name here, tagged a person as often
    // as an organisation, is the organisation: the tagger reads a group or a company opening
    // a sentence before `said` as a person (`Hamas said`, `Nvidia said`), and a person named
    // by one word alone, never in full, is rare. Otherwise a tie changes nothing.
    let org = tagger::kind_index(EntityKind::Org) as usize;
    let place = tagger::kind_index(EntityKind::Place) as usize;
    let mut person_yields = vec![false; votes.len()];
    let ties: Vec<(&str, usize)> = names
        .iter()
        .filter(|&(name, &k)| {
            votes
                .get(k as usize)
                .is_some_and(|v| v[0] > 0 && v[0] == v[org])
                && !name.contains(' ')
        })
        .map(|(&name, &k)| (name, k as usize))
        .collect();
    // (Rare: the words of people's full names are gathered only for a tie.)
    if !ties.is_empty() {
        let name_words: HashSet<&str, FastHash> = mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Person)
            .flat_map(|m| {
                let name = m.span.slice(text);
                let full = name.contains(' ');
                name.split(' ').filter(move |_| full)
            })
            .collect();
        for (name, k) in ties {
            if let Some(y) = person_yields.get_mut(k) {
                *y = !name_words.contains(name);
            }
        }
    }
    let best = |k: usize| -> EntityKind {
        let Some(v) = votes.get(k) else {
            return EntityKind::Person;
        };
        let yields = person_yields.get(k).copied().unwrap_or(false);
        let mut b = 0;
        for i in 1..4 {
            if v[i] > v[b] {
                b = i;
            }
        }
        if b == 0 && yields {
            b = org;
        }
        tagger::kind_of(b as u8)
    };
    for (m, &k) in mentions.iter_mut().zip(&vote_of) {
        if let Some(v) = votes.get(k) {
            let b = best(k);
            let (vb, vm) = (
                v[tagger::kind_index(b) as usize],
                v[tagger::kind_index(m.kind) as usize],
            );
            if vb > vm || vb == vm && m.kind == EntityKind::Person && b != m.kind {
                m.kind = b;
            } else if m.kind == EntityKind::Person
                && v[place] == vm
                && words.any(words.token_at_or_after(m.span.start), words::PLACE)
                && !m.span.slice(text).contains(' ')
            {
                // `Paris saw little room for a deal` beside `in Paris`: a listed place that is
                // a person as often as a place is the place.
                m.kind = EntityKind::Place;
            }
        }
    }
    // Untagged occurrences of a tagged name, matched word by word, the longest first, and
    // the kind of each name.
    let mut names = Phrases::with_room_for(words, mentions.len());
    let mut kinds: Vec<EntityKind> = Vec::with_capacity(mentions.len());
    for (m, &k) in mentions.iter().zip(&vote_of) {
        if names.insert(words.tokens_of(m.span)).is_some() {
            kinds.push(if k < votes.len() { best(k) } else { m.kind });
        }
    }
    let taken = taken_spans(mentions);
    let mut extra = Vec::new();
    for s in &doc.sentences {
        let tokens = doc.sentence_tokens(s);
        let run = words.run(tokens, s.tokens.start);
        let mut i = 0;
        while let Some(c) = run.next_with(i, words::CAPITAL) {
            i = c;
            if i == 0 && run.any(i, words::FUNCTION) {
                i += 1;
                continue;
            }
            let here = words.ids(s.tokens.start + i..s.tokens.end);
            let found = names.starting(here).next();
            let Some((len, kind)) = found.and_then(|(len, n)| Some((len, *kinds.get(n)?))) else {
                i += 1;
                continue;
            };
            let span = Span::new(tokens[i].span().start, tokens[i + len - 1].span().end);
            // Not part of a longer capitalised run that is not a name (`Ni` in `Ni Hao Co`).
            let glued_next = run.any(i + len, words::CAPITAL);
            let overlaps = overlaps_taken(&taken, span);
            // Not the second half of a compound whose first half is no name (`Sino-US`).
            let compound = i >= 2
                && run.word(i - 1) == "-"
                && tokens[i - 1].span().start == tokens[i - 2].span().end
                && !overlaps_taken(&taken, tokens[i - 2].span());
            if !overlaps && !glued_next && !compound {
                extra.push(Mention {
                    span,
                    kind,
                    title: None,
                });
            }
            i += len;
        }
    }
    mentions.extend(extra);
}

/// The word of a person's full name that can name the person alone: the last (`Ni` of `Adam
/// Ni`), or the first of a romanised name whose given name is hyphenated (`Ahn` of `Ahn
/// Gyu-back`), the second after an English given name, as Hong Kong writes names (`Lam` of
/// `Paul Lam Ting-kwok`, `Ip` of `Regina Ip Lau Suk-yee`); `None` for a name of one word.
pub fn surname(name: &str) -> Option<&str> {
    let (first, last) = if name.is_ascii() {
        // Asked of every person's name: its ends found byte by byte, with the white space
        // that `split_whitespace` knows in ASCII.
        let space = |c: &u8| *c == b' ' || (b'\t'..=b'\r').contains(c);
        let b = name.as_bytes();
        let start = b.iter().position(|c| !space(c))?;
        let end = b.iter().rposition(|c| !space(c))? + 1;
        let first_end = start + b.get(start..end)?.iter().position(space)?;
        let last_start = b.get(..end)?.iter().rposition(space)? + 1;
        (name.get(start..first_end)?, name.get(last_start..end)?)
    } else {
        let mut words = name.split_whitespace();
        (words.next()?, words.last()?)
    };
    let romanised = last
        .rsplit_once('-')
        .is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_ascii_lowercase()));
    if !romanised {
        return Some(last);
    }
    let mut words = name.split_whitespace().skip(1);
    match (words.next(), words.next()) {
        (Some(second), Some(_)) => Some(second),
        _ => Some(first),
    }
}

/// One syllable of Hanyu Pinyin without tone marks (`Zhou`, `chen`, `ming`, `Qian`): an initial
/// of Mandarin, one to three vowels and at most `n` or `ng`.
fn is_pinyin_syllable(w: &[u8]) -> bool {
    let lower = |k: usize| w.get(k).map_or(0, u8::to_ascii_lowercase);
    let initial = match (lower(0), lower(1)) {
        (b'z' | b'c' | b's', b'h') => 2,
        (c, _) => usize::from(b"bpmfdtnlgkhjqxrzcsyw".contains(&c)),
    };
    let vowels = (initial..w.len())
        .take_while(|&k| b"aeiouv".contains(&lower(k)))
        .count();
    let coda = w.get(initial + vowels..).unwrap_or_default();
    (1..=3).contains(&vowels) && matches!(coda, b"" | b"n" | b"ng")
}

/// The surname of a Chinese name written surname first, as news in English writes mainland
/// names (`Song` of `Song Zhongping`, `Li` of `Li Jie`): two capitalised words of Pinyin, a
/// syllable and a given name of one or two syllables; `None` for anything else (`Adam Ni`,
/// `Tom Chen`). (An English name of that shape, `Ken Lee`, lends its given name: alone, that
/// name is still the person's.)
fn chinese_surname<'n>(name: &'n str, lex: &Lexicon) -> Option<&'n str> {
    let (first, given) = name.split_once(' ')?;
    let capitalised = |w: &str| {
        w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && w.bytes().skip(1).all(|c| c.is_ascii_lowercase())
    };
    let given_bytes = given.as_bytes();
    let one_or_two = is_pinyin_syllable(given_bytes)
        || (2..given.len()).any(|k| {
            let (a, b) = given_bytes.split_at(k);
            is_pinyin_syllable(a)
                && b.first().is_some_and(|c| !b"aeiou".contains(c))
                && is_pinyin_syllable(b)
        });
    (capitalised(first)
        && capitalised(given)
        && is_pinyin_syllable(first.as_bytes())
        && one_or_two
        && !lex.places.contains(first))
    .then_some(first)
}

/// A name of two to four words that the tagger made a place or an organisation, ends in the
/// surname of someone the article names alone as a person (`Karanam said`) and has no word of
/// a place or an organisation is that person (`Durga Prasad Karanam`).
fn people_by_surname(text: &str, words: &Words, mentions: &mut [Mention]) {
    let alone: HashSet<&str, FastHash> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .map(|m| m.span.slice(text))
        .filter(|s| !s.contains(' ') && s.chars().count() > 2)
        .collect();
    if alone.is_empty() {
        return;
    }
    let lex = lexicon();
    for m in mentions.iter_mut() {
        if !matches!(m.kind, EntityKind::Place | EntityKind::Org) {
            continue;
        }
        let a = words.token_at_or_after(m.span.start);
        let b = words.token_at_or_after(m.span.end);
        let plain = (a..b).all(|k| {
            let bits = words.bits(k);
            let not = words::PLACE | words::DEMONYM | words::ORG_HEAD | words::FUNCTION;
            bits & (words::CAPITAL | words::LETTERS) == words::CAPITAL | words::LETTERS
                && bits & not == 0
        });
        // Not where a place stands (`in Bowling Green`).
        let at_place = a > 0 && PLACE_PREPOSITIONS.contains(&words.word(a - 1));
        if (2..=4).contains(&(b - a))
            && plain
            && !at_place
            && alone.contains(words.word(b - 1))
            && !lex.places.contains(m.span.slice(text))
        {
            m.kind = EntityKind::Person;
        }
    }
}

/// Tags a known person's surname standing alone (`Ni said`), and makes a mention that is
/// exactly a known person's surname a person.
fn tag_surnames(text: &str, doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    people_by_surname(text, words, mentions);
    let lex = lexicon();
    // A place after a word that is no given name is a place the tagger took for a person
    // (`Old Goa`), and its last word alone stays a place (`the state of Goa`).
    let surnames: std::collections::HashSet<&str, FastHash> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .flat_map(|m| {
            let name = m.span.slice(text);
            let first = name.split_whitespace().next().unwrap_or("");
            let last = surname(name)
                .filter(|s| !lex.places.contains(s) || lex.given_names.contains(first));
            last.into_iter().chain(chinese_surname(name, lex))
        })
        .filter(|s| s.chars().count() > 1)
        .collect();
    // A given name the tagger took for a place or a body, alone (`Sofia Marquez … Sofia is
    // less sure`), unless the article also has it where a place stands (`in Sofia`, `Loudoun
    // County, Virginia`).
    let mut given: std::collections::HashSet<&str, FastHash> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| m.span.slice(text).split_once(' ').map(|(first, _)| first))
        .filter(|f| lex.given_names.contains(f))
        .collect();
    let at_place = |m: &Mention| {
        let a = words.token_at_or_after(m.span.start);
        a > 0 && (PLACE_PREPOSITIONS.contains(&words.word(a - 1)) || words.word(a - 1) == ",")
    };
    let misread = |m: &Mention| matches!(m.kind, EntityKind::Place | EntityKind::Org);
    for m in mentions.iter() {
        if misread(m) && at_place(m) {
            given.remove(m.span.slice(text));
        }
    }
    for m in mentions.iter_mut() {
        if misread(m) && given.contains(m.span.slice(text)) {
            m.kind = EntityKind::Person;
        }
    }
    if surnames.is_empty() {
        return;
    }
    // Two people's surnames joined by a hyphen are two people (`a Putin-Zelenskiy meeting`,
    // `the Trump–Xi summit`).
    let mut pairs = Vec::new();
    for m in mentions.iter_mut() {
        let name = m.span.slice(text);
        let halves = name
            .split_once('-')
            .or_else(|| name.split_once('–'))
            .filter(|(a, b)| surnames.contains(a) && surnames.contains(b));
        if let Some((a, b)) = halves {
            let first = Span::new(m.span.start, m.span.start + a.len());
            pairs.push(Mention {
                span: Span::new(m.span.end - b.len(), m.span.end),
                kind: EntityKind::Person,
                title: None,
            });
            *m = Mention {
                span: first,
                kind: EntityKind::Person,
                title: None,
            };
        } else if surnames.contains(name) {
            m.kind = EntityKind::Person;
        }
    }
    mentions.extend(pairs);
    let taken = taken_spans(mentions);
    let mut extra = Vec::new();
    // The surnames' words: a few look-ups, not one for each distinct word.
    let mut is_surname = vec![false; words.distinct()];
    for s in &surnames {
        if let Some(slot) = words
            .id_of(s)
            .and_then(|id| is_surname.get_mut(id as usize))
        {
            *slot = true;
        }
    }
    for (i, t) in doc.tokens.iter().enumerate() {
        let surname = words
            .id(i)
            .is_some_and(|id| is_surname.get(id as usize) == Some(&true));
        if t.kind != TokenKind::Word || !surname {
            continue;
        }
        let at = taken.partition_point(|s| s.end <= t.span().start);
        if taken.get(at).is_some_and(|s| s.overlaps(t.span())) {
            continue;
        }
        // Not part of an untagged longer name.
        let name_word = |k: usize| words.any(k, words::CAPITAL) && !words.any(k, words::FUNCTION);
        let glued_next = name_word(i + 1);
        let glued_prev = i > 0 && name_word(i - 1);
        if glued_next || glued_prev {
            continue;
        }
        extra.push(Mention {
            span: t.span(),
            kind: EntityKind::Person,
            title: None,
        });
    }
    mentions.extend(extra);
}

/// Tags, left to right within `range`, the longest run of at most `max` tokens that `kind_of`
/// names (given the run's first and end token indexes and its span), and goes on after it.
fn push_longest(
    tokens: &[Token],
    range: std::ops::Range<usize>,
    max: usize,
    out: &mut Vec<Mention>,
    kind_of: impl Fn(usize, usize, Span) -> Option<EntityKind>,
) {
    let mut i = range.start;
    while i < range.end {
        let found = (i + 1..=range.end.min(i + max)).rev().find_map(|j| {
            let span = span_of(tokens, &(i..j))?;
            kind_of(i, j, span).map(|kind| (j, span, kind))
        });
        match found {
            Some((j, span, kind)) => {
                out.push(Mention {
                    span,
                    kind,
                    title: None,
                });
                i = j;
            }
            None => i += 1,
        }
    }
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
        name_spelt_by_an_acronym_in_brackets: "The Economic Community of West African States (ECOWAS) met. The Organization of the Petroleum Exporting Countries (OPEC) and the Centre for Democracy and Development (CDD) agreed." => [(Org, "Economic Community of West African States"), (Org, "ECOWAS"), (Org, "Organization of the Petroleum Exporting Countries"), (Org, "OPEC"), (Org, "Centre for Democracy and Development"), (Org, "CDD")];
        name_spelt_by_an_acronym_takes_its_first_word: "The Independent National Electoral Commission (INEC) and the All Progressives Congress (APC) met." => [(Org, "Independent National Electoral Commission"), (Org, "INEC"), (Org, "All Progressives Congress"), (Org, "APC")];
        party_of_two_words_and_its_own_acronym: "The opposition Law and Justice (PiS) won on Sunday. PiS took 47% of the vote." => [(Org, "Law and Justice"), (Org, "PiS"), (Org, "PiS")];
        acronym_in_brackets_of_no_name_is_none: "The Chief Executive Officer (CEO) spoke." => [];
        strain_code_is_no_body: "Officials worry about H5N1 spreading in dairy herds, the ministry said." => [(Misc, "H5N1")];
        water_before_of_and_its_name: "The ship sank in the Firth of Clyde on Monday." => [(Place, "Firth of Clyde")];
        given_names_of_news_countries: "Rahul said on Monday that he would run. Shigeru, a farmer, agreed." => [(Person, "Rahul"), (Person, "Shigeru")];
        title_is_not_in_the_name: "The meeting was chaired by Major General Shao Yuanming on Monday." => [(Person, "Shao Yuanming")];
        speaker_before_said: "Mary Jones said the plan would work." => [(Person, "Mary Jones")];
        surname_like_a_pronoun_after_a_role: "The ministry spokeswoman He Yadong spoke on Monday." => [(Person, "He Yadong")];
        particle_name_after_a_role_before_a_quote: "Qatar's Foreign Ministry spokesman Majed al-Ansari said mediators would keep working \"around the clock.\"" => [(Place, "Qatar"), (Org, "Foreign Ministry"), (Person, "Majed al-Ansari")];
        surname_the_tagger_left_after_an_institution_and_title: "The president met House Speaker Kevin McCarthy." => [(Org, "House"), (Person, "Kevin McCarthy")];
        name_after_counterpart: "The minister and his counterpart Liu Wen held talks." => [(Person, "Liu Wen")];
        surname_that_is_a_place_before_an_apposition: "But Koichi Nakano, a political scientist, said so." => [(Person, "Koichi Nakano")];
        apposition_marks_a_person: "Su Hao, a relations expert at the China Foreign Affairs University, said so." => [(Person, "Su Hao"), (Org, "China Foreign Affairs University")];
        place_of_two_words_before_an_org: "The Hong Kong Construction Association said last month that the sector was short of workers." => [(Org, "Hong Kong Construction Association")];
        places_and_nationalities: "Chinese officials met in Washington and Beijing." => [(Misc, "Chinese"), (Place, "Washington"), (Place, "Beijing")];
        storms_listed_after_their_plural: "States hit by hurricanes Helene and Milton got aid." => [(Misc, "Helene"), (Misc, "Milton")];
        body_after_a_hyphenated_place: "They were arrested, according to a Miami-Dade Police Department statement." => [(Org, "Miami-Dade Police Department")];
        an_unlisted_place_joined_to_a_company: "The move was aimed at Nvidia and AMD's rivals." => [(Org, "Nvidia"), (Org, "AMD")];
        an_unlisted_place_in_a_list_of_companies: "Investors including Nvidia, Microsoft and Apple took part." => [(Org, "Nvidia"), (Org, "Microsoft"), (Org, "Apple")];
        a_holiday_is_no_name: "Merz said he wanted a deal by Easter, and Christmas came early." => [(Person, "Merz")];
        field_of_two_after_and: "The Department of Health and Human Services and the Department of Housing and Urban Development said so." => [(Org, "Department of Health and Human Services"), (Org, "Department of Housing and Urban Development")];
        short_name_known_as: "The California Department of Forestry and Wildlife Protection, known as Cal Fire, said so. Cal Fire sent planes." => [(Org, "California Department of Forestry and Wildlife Protection"), (Org, "Cal Fire"), (Org, "Cal Fire")];
        body_named_by_two_fields_after_the: "She works at the Malaria Research and Training Center in Bamako. The Census and Statistics Department agreed." => [(Org, "Malaria Research and Training Center"), (Place, "Bamako"), (Org, "Census and Statistics Department")];
        bodies_joined_by_and_stay_apart: "Officials at the FBI and Justice Department declined to comment. Goldman Sachs and Deutsche Bank advised the company." => [(Org, "FBI"), (Org, "Justice Department"), (Org, "Goldman Sachs"), (Org, "Deutsche Bank")];
        field_of_two_after_and_one_plural: "The Department for Work and Pensions says it will save money." => [(Org, "Department for Work and Pensions")];
        body_after_a_modifier_read_as_misc: "The U.S. Court of Appeals put that ruling on hold." => [(Org, "U.S. Court of Appeals")];
        laws_with_and_in_their_name: "The barrier violated the Rivers and Harbors Act of 1899, the judge said." => [(Misc, "Rivers and Harbors Act")];
        laws_by_their_word: "Lawmakers passed the Online Safety Bill, and the Inflation Reduction Act stays. Bill Gates and his son Bill spoke." => [(Misc, "Online Safety Bill"), (Misc, "Inflation Reduction Act"), (Person, "Bill Gates"), (Person, "Bill")];
        laws_named_law: "Grants come under the Bipartisan Infrastructure Law, and Hong Kong's Basic Law stays. She studied at Harvard Law School." => [(Misc, "Bipartisan Infrastructure Law"), (Place, "Hong Kong"), (Misc, "Basic Law"), (Org, "Harvard Law School")];
        laws_amendments_and_treaties: "It violates the First Amendment and the Outer Space Treaty." => [(Misc, "First Amendment"), (Misc, "Outer Space Treaty")];
        laws_after_a_possessive_pronoun: "He invoked his Fifth Amendment rights, as did their Vice President." => [(Misc, "Fifth Amendment")];
        a_capital_letter_glued_to_a_word: "Starmer faces backbench revolt over winter fuel U-turn\n\nKeir Starmer had an X-ray in London on Monday." => [(Person, "Starmer"), (Person, "Keir Starmer"), (Place, "London")];
        ordinances_agreements_and_protocols: "The Legal Practitioners Ordinance, the Paris Agreement and the Kyoto Protocol came up." => [(Misc, "Legal Practitioners Ordinance"), (Misc, "Paris Agreement"), (Misc, "Kyoto Protocol")];
        law_opening_a_sentence: "The Public Housing Acceleration Bill was approved by 71 votes to two." => [(Misc, "Public Housing Acceleration Bill")];
        multiword_place: "Tension on the Korean peninsula worried North Korea." => [(Place, "Korean peninsula"), (Place, "North Korea")];
        acronym_before_a_title_is_no_place: "In Geneva, NATO Secretary General Mark Rutte spoke." => [(Place, "Geneva"), (Org, "NATO"), (Person, "Mark Rutte")];
        org_head_before_its_connectors: "Analysts at the Institute for the Study of War said so." => [(Org, "Institute for the Study of War")];
        first_item_of_a_list_of_companies: "Its members include Meta, Google and Amazon." => [(Org, "Meta"), (Org, "Google"), (Org, "Amazon")];
        leader_of_an_administration: "The Biden administration and the Carter administration sided with the Kurdish administration." => [(Person, "Biden"), (Person, "Carter"), (Misc, "Kurdish")];
        company_by_its_sales: "The results came on Wednesday. Investors had bet against Korvanta earlier this month. Korvanta's sales jumped 66% in the quarter." => [(Org, "Korvanta"), (Org, "Korvanta")];
        given_name_initial_and_name_in_a_credit: "Talks resumed on Monday.\n\n(Reporting by Max A. Cherney in San Francisco; Editing by Ann Lee)" => [(Person, "Max A. Cherney"), (Place, "San Francisco"), (Person, "Ann Lee")];
        surnames_joined_by_a_hyphen: "A Putin-Zelenskiy meeting is off. Vladimir Putin and Volodymyr Zelenskiy spoke." => [(Person, "Putin"), (Person, "Zelenskiy"), (Person, "Vladimir Putin"), (Person, "Volodymyr Zelenskiy")];
        org_with_connector: "He is dean of the School of International Studies at Peking University." => [(Org, "School of International Studies"), (Org, "Peking University")];
        abbreviated_title: "Gen. Joseph Dunford visited China." => [(Person, "Joseph Dunford"), (Place, "China")];
        surname_alone: "Adam Ni, a researcher, spoke. Later Ni said more." => [(Person, "Adam Ni"), (Person, "Ni")];
        sentence_initial_word_is_not_a_name: "Observers said it was over." => [];
        countries_after_a_verb_like_a_plural_descriptor: "Mercosur, which groups Brazil, Argentina and Bolivia, met." => [(Org, "Mercosur"), (Place, "Brazil"), (Place, "Argentina"), (Place, "Bolivia")];
        one_word_names_listed_with_a_company: "Microsoft, Meta and Amazon have pledged billions for data centres." => [(Org, "Microsoft"), (Org, "Meta"), (Org, "Amazon")];
        body_with_a_field_after_an_article: "The Committee for a Responsible Federal Budget warned again." => [(Org, "Committee for a Responsible Federal Budget")];
        body_with_a_hyphenated_topic: "Leaders met at the Forum on China-Africa Cooperation in Beijing." => [(Org, "Forum on China-Africa Cooperation"), (Place, "Beijing")];
        body_before_an_abbreviated_title: "Officers found four people, Dayton Police Maj. Chris Malson told reporters." => [(Org, "Dayton Police"), (Person, "Chris Malson")];
        part_of_a_place: "Patrols will increase in the Oregon District this weekend." => [(Place, "Oregon District")];
        party_before_an_abbreviated_title: "It set up a clash with Republican Gov. Mike DeWine, who has threatened a veto." => [(Misc, "Republican"), (Person, "Mike DeWine")];
        foreign_body_with_a_last_field_after_e: "The bank's name is the Banco Nacional de Desenvolvimento Econômico e Social." => [(Org, "Banco Nacional de Desenvolvimento Econômico e Social")];
        titles_of_local_councils: "Fresno County Supervisor Sal Quintero said so. Councilmember Garry Bredefeld voted no." => [(Place, "Fresno County"), (Person, "Sal Quintero"), (Person, "Garry Bredefeld")];
        titles_of_state_officers: "State Auditor Keith Faber said districts should prepare." => [(Person, "Keith Faber")];
        party_member_after_a_place: "Senate Minority Leader Nickie Antonio, a Lakewood Democrat, said so. The Franco-German plan stalled." => [(Person, "Nickie Antonio"), (Place, "Lakewood"), (Misc, "Democrat"), (Place, "Franco-German")];
        office_of_a_title_with_its_place: "The Franklin County Sheriff's Office, which runs the jail, got money." => [(Org, "Franklin County Sheriff's Office")];
        possessive_org_name_with_its_city: "Staff at King's College London and King's College Hospital agreed." => [(Org, "King's College London"), (Org, "King's College Hospital")];
        body_by_its_head_alone: "Analysts said the winter session of Parliament begins soon." => [(Org, "Parliament")];
        parliament_by_its_head: "She leads the opposition in the Lok Sabha." => [(Org, "Lok Sabha")];
        trade_bloc_known_by_one_word: "Mercosur signed a deal with Japan." => [(Org, "Mercosur"), (Place, "Japan")];
        body_described_by_a_possessive_apposition: "Keidanren, Japan's most powerful business lobby, urged a deal." => [(Org, "Keidanren"), (Place, "Japan")];
        body_described_as_a_think_tank: "Policy Matters Ohio, a progressive think tank in Cleveland, objected." => [(Org, "Policy Matters Ohio"), (Place, "Cleveland")];
        prefecture_by_its_head: "The plant is in Toyota City, Aichi Prefecture." => [(Place, "Toyota City"), (Place, "Aichi Prefecture")];
        regional_adjective_and_party_of_members: "The Bavarian premier spoke. The Social Democrats lost seats." => [(Misc, "Bavarian"), (Org, "Social Democrats")];
        body_opened_by_a_title_word: "The General Administration of Customs said exports rose." => [(Org, "General Administration of Customs")];
        // Titles stay out of the name.
        title_doctor: "Dr Amara Osei said the results were clear." => [(Person, "Amara Osei")];
        title_prime_minister: "Prime Minister Elena Vasquez met President Tomas Berg in Madrid." => [(Person, "Elena Vasquez"), (Person, "Tomas Berg"), (Place, "Madrid")];
        title_abbreviated_rank: "Lt. Gen. Mark Hayes arrived in Ottawa on Friday." => [(Person, "Mark Hayes"), (Place, "Ottawa")];
        title_naval_rank: "Its spokesman, Commodore Jay Reyes, said so." => [(Person, "Jay Reyes")];
        title_alone_is_no_name: "The President said the talks would go on." => [];
        title_before_surname_only: "Spokesman Kerr declined to comment, Sgt. Dalby said." => [(Person, "Kerr"), (Person, "Dalby")];
        // CoNLL conventions.
        the_is_not_part_of_a_name: "He studied at the University of Leeds before moving to the Netherlands." => [(Org, "University of Leeds"), (Place, "Netherlands")];
        nationalities_are_misc: "French and German officials met their Japanese counterparts." => [(Misc, "French"), (Misc, "German"), (Misc, "Japanese")];
        company_head_makes_an_org: "Shares in Harbor Shipping Inc fell after Northwind Holdings cut its forecast." => [(Org, "Harbor Shipping Inc"), (Org, "Northwind Holdings")];
        club_named_after_a_place_is_an_org: "Leeds United FC signed a striker from Porto." => [(Org, "Leeds United FC"), (Place, "Porto")];
        clubs_are_orgs: "Barcelona drew with Valencia, and Liverpool manager Arne Slot watched Porto 2-1 Braga." => [(Org, "Barcelona"), (Org, "Valencia"), (Org, "Liverpool"), (Person, "Arne Slot"), (Org, "Porto"), (Org, "Braga")];
        headline_in_title_case_names_what_the_story_names: "Reed Says Harbor Trust Donors Got Special Access in Oslo\n\nMayor Tom Reed said the Harbor Trust had thanked its donors. He spoke to reporters." => [(Person, "Reed"), (Org, "Harbor Trust"), (Place, "Oslo"), (Person, "Tom Reed"), (Org, "Harbor Trust")];
        dateline_of_two_places: "DUBAI/PARIS, Nov 27, 2026 (Reuters) - Talks will resume next month." => [(Place, "DUBAI"), (Place, "PARIS"), (Org, "Reuters")];
        listed_place_as_often_a_person_as_a_place_is_the_place: "A French diplomat cautioned that Paris saw little room for a deal.\n\n(Reporting by Ann Lee in Paris)" => [(Misc, "French"), (Place, "Paris"), (Person, "Ann Lee"), (Place, "Paris")];
        headline_in_capitals: "CHINESE AND US GENERALS MEET AFTER NORTH KOREA TEST" => [(Misc, "CHINESE"), (Place, "US"), (Place, "NORTH KOREA")];
        ministry_of_is_an_org: "The Ministry of Foreign Affairs in Jakarta issued a statement." => [(Org, "Ministry of Foreign Affairs"), (Place, "Jakarta")];
        possessive_is_not_part_of_a_name: "Nairobi’s governor spoke to Kenya’s president." => [(Place, "Nairobi"), (Place, "Kenya")];
        model_number_is_misc: "The army tested a new Hwasong-15 missile." => [(Misc, "Hwasong-15")];
        programme_named_care_is_misc: "Tom Reed said Obamacare had raised premiums. Obamacare stays." => [(Person, "Tom Reed"), (Misc, "Obamacare"), (Misc, "Obamacare")];
        compound_half_is_no_name: "A Sino-US agreement was signed." => [];
        hyphenated_name: "Later, Kim Jong-un issued an order, and a Putin-backed party said it would wait." => [(Person, "Kim Jong-un"), (Person, "Putin")];
        particle_inside_a_name: "Iraqi officials said Foreign Minister Ibrahim al-Jaafari would travel to London." => [(Misc, "Iraqi"), (Person, "Ibrahim al-Jaafari"), (Place, "London")];
        role_noun_opening_a_sentence: "Meteorologist Dan Ortiz said it would snow." => [(Person, "Dan Ortiz")];
        name_set_off_after_a_role: "Its general manager, Janisse Quiñones, said rates would rise. The firm's chairman, Masakazu Tokura, agreed." => [(Person, "Janisse Quiñones"), (Person, "Masakazu Tokura")];
        name_set_off_after_a_role_and_its_field: "Its director of public utilities, Brock Buche, told the council." => [(Person, "Brock Buche")];
        name_set_off_after_no_role_is_no_person: "Its main rivals, Kearney Tech, disagreed." => [];
        acronym_before_a_place_is_a_branch: "NHS England said waiting lists had fallen. Talks on NATO Ukraine policy stalled." => [(Org, "NHS England"), (Org, "NATO"), (Place, "Ukraine")];
        role_noun_opening_a_sentence_before_of: "Epidemiologist Fatoumata Diallo of the Malaria Research Center said so." => [(Person, "Fatoumata Diallo"), (Org, "Malaria Research Center")];
        occupation_in_capitals_is_no_role: "BLOCKBUSTER ENTERTAINMENT CORP. said it raised money." => [];
        name_after_a_title_like_a_title_word: "The envoy met Japanese Defense Minister Gen Nakatani on Thursday." => [(Misc, "Japanese"), (Person, "Gen Nakatani")];
        official_list_is_misc: "The firm was added to the Entity List on Monday. Tigers left the Red List." => [(Misc, "Entity List"), (Misc, "Red List")];
        initials_after_a_title: "A bench of Justice B.V. Nagarathna ruled, as did Judge A.K. Sikri." => [(Person, "B.V. Nagarathna"), (Person, "A.K. Sikri")];
        name_after_a_winger: "The club said Japanese winger Takefusa Kubo would miss three weeks." => [(Misc, "Japanese"), (Person, "Takefusa Kubo")];
        grid_and_programme_head_orgs: "National Grid said supplies were back, and the World Food Programme sent food." => [(Org, "National Grid"), (Org, "World Food Programme")];
        org_head_before_for: "The figures were checked by the Office for Budget Responsibility and the Institute for Fiscal Studies." => [(Org, "Office for Budget Responsibility"), (Org, "Institute for Fiscal Studies")];
        score_after_a_name: "Inter Miami beat Orlando City 3-1 on Saturday." => [(Org, "Inter Miami"), (Org, "Orlando City")];
        club_prefix_and_a_coach: "Inter Miami beat Orlando City. Orlando coach Oscar Pareja was upset." => [(Org, "Inter Miami"), (Org, "Orlando City"), (Org, "Orlando"), (Person, "Oscar Pareja")];
        org_by_apposition: "Eversource, the region's largest utility, said power was back." => [(Org, "Eversource")];
        courtesy_title_makes_a_person: "Mrs Rennie said the ferry was late, and Ms Okoro agreed." => [(Person, "Rennie"), (Person, "Okoro")];
        a_word_qualifying_a_name_opening_a_sentence: "Chip prices fell. Rival Micron Technology Inc cut jobs." => [(Org, "Micron Technology Inc")];
        town_before_its_state: "The plants in Fresno, California, and Dayton, Ohio, will close." => [(Place, "Fresno"), (Place, "California"), (Place, "Dayton"), (Place, "Ohio")];
        name_before_a_state_senator: "The bill was written by Senator Carla Brune. Brune, Ohio's senior senator, said so." => [(Person, "Carla Brune"), (Person, "Brune"), (Place, "Ohio")];
        credit_line_lists_people: "Rain fell.\n\n(Reporting by Rajendra Jadhav and Tamsin Oduya in Mumbai; Editing by Kim Coghill)" => [(Person, "Rajendra Jadhav"), (Person, "Tamsin Oduya"), (Place, "Mumbai"), (Person, "Kim Coghill")];
        credit_line_keeps_an_agency: "Rain fell.\n\nCompiled by Reuters staff and the Asia Desk" => [(Org, "Reuters"), (Org, "Asia Desk")];
        person_apposition_is_no_org: "Mara Lind, a senior economist at the bank, said so." => [(Person, "Mara Lind")];
        gazetteer_name_to_the_left: "Snow fell across New England. That is New England for you." => [(Place, "New England"), (Place, "New England")];
        dateline_without_a_place: "“\n-PUBLISHED : Thursday, 30 November, 2017, 9:34pm" => [];
        dateline_place_in_capitals: "AUSTIN, Texas — A federal judge ruled on Tuesday that the law was void." => [(Place, "AUSTIN"), (Place, "Texas")];
        dateline_of_two_wires: "BEIJING, Aug. 3 (Xinhua/Reuters) -- Talks will resume next month." => [(Place, "BEIJING"), (Org, "Xinhua"), (Org, "Reuters")];
        dateline_place_of_a_wire: "ST. LOUIS (Reuters) - The city council voted on Tuesday to cut jobs." => [(Place, "ST. LOUIS"), (Org, "Reuters")];
        // Romanised Korean and Chinese names: the hyphenated given name is part of the name.
        romanised_names: "Moon Jae-in met Kim Jong-un, and Choi Min-ji, a researcher, said so." => [(Person, "Moon Jae-in"), (Person, "Kim Jong-un"), (Person, "Choi Min-ji")];
        names_listed_before_counties_are_places: "The surge hit parts of Levy and Dixie counties, and Harris, Fort Bend and Galveston counties flooded." => [(Place, "Levy"), (Place, "Dixie"), (Place, "Harris"), (Place, "Fort Bend"), (Place, "Galveston")];
        a_body_named_after_storms_is_no_storm: "The storm came ashore, the National Hurricane Center in Miami said. Typhoon Kalmaegi weakened." => [(Org, "National Hurricane Center"), (Place, "Miami"), (Misc, "Kalmaegi")];
        two_given_names_joined_by_a_hyphen: "Jean-Pierre Raffarin met Lars-Erik Dahl, and Marie-Claire Dubois said so." => [(Person, "Jean-Pierre Raffarin"), (Person, "Lars-Erik Dahl"), (Person, "Marie-Claire Dubois")];
        two_given_names_after_a_title: "Finance chief Hans-Peter Müller and Sheriff Anne-Marie Slaughter spoke." => [(Person, "Hans-Peter Müller"), (Person, "Anne-Marie Slaughter")];
        companies_named_after_people_are_no_hyphenated_given_names: "Harley-Davidson Inc said sales fell." => [(Org, "Harley-Davidson Inc")];
        romanised_name_after_a_title: "South Korean Defence Minister Ahn Gyu-back welcomed it." => [(Misc, "South Korean"), (Person, "Ahn Gyu-back")];
        romanised_name_chinese: "Taiwan's President Tsai Ing-wen met Ma Ying-jeou." => [(Place, "Taiwan"), (Person, "Tsai Ing-wen"), (Person, "Ma Ying-jeou")];
        romanised_name_with_a_listed_surname: "The squad was named by Hong Myung-bo, a Hong Kong-based paper said." => [(Person, "Hong Myung-bo"), (Place, "Hong Kong")];
        english_given_name_before_a_romanised_name: "Michael Tien Puk-sun met Carrie Lam Cheng Yuet-ngor and Paul Chan Mo-po." => [(Person, "Michael Tien Puk-sun"), (Person, "Carrie Lam Cheng Yuet-ngor"), (Person, "Paul Chan Mo-po")];
        chinese_surname_alone: "Song Zhongping, a military commentator, spoke first. According to Song, the drills will last a week. Fu Qianshao, an aviation expert, agreed. \"They are new,\" Fu added." => [(Person, "Song Zhongping"), (Person, "Song"), (Person, "Fu Qianshao"), (Person, "Fu")];
        given_name_alone_is_no_place: "Sofia Marquez runs a bakery. Sofia is less sure. Christian Bale met Christian voters." => [(Person, "Sofia Marquez"), (Person, "Sofia"), (Person, "Christian Bale"), (Misc, "Christian")];
        womans_name_that_is_a_place_before_a_surname: "Victoria Beckham spoke. The Charlotte Observer reported it. Virginia Tech won." => [(Person, "Victoria Beckham"), (Org, "Charlotte Observer"), (Org, "Virginia Tech")];
        given_name_that_is_a_place_somewhere_stays_a_place: "Virginia Welch spoke. She lives in Loudoun County, Virginia. Virginia has four seats." => [(Person, "Virginia Welch"), (Place, "Loudoun County"), (Place, "Virginia"), (Place, "Virginia")];
        romanised_surname_alone: "Choi Min-ji, a researcher, spoke. Later Choi said more." => [(Person, "Choi Min-ji"), (Person, "Choi")];
        compound_adjective_is_no_romanised_name: "A Wall Street-led rally lifted Hong Kong-listed firms." => [(Place, "Wall Street"), (Place, "Hong Kong")];
        // A nationality of a part of the world is no place.
        region_nationality_is_misc: "An expert on East Asian security met North Korean and Latin American envoys." => [(Misc, "East Asian"), (Misc, "North Korean"), (Misc, "Latin American")];
        region_word_before_a_place_stays_a_place: "The West Jersey line ran to the coast." => [(Place, "West Jersey")];
        // Titles: the places in them stay places, an organisation before one stays apart.
        place_before_a_title_the_tagger_joined: "US Defence Secretary Lloyd Austin visited Manila." => [(Place, "US"), (Person, "Lloyd Austin"), (Place, "Manila")];
        place_inside_a_title: "Assistant U.S. Attorney Jenna Moss spoke." => [(Place, "U.S."), (Person, "Jenna Moss")];
        organisation_before_a_title: "Acme Corp President Brad Holt spoke." => [(Org, "Acme Corp"), (Person, "Brad Holt")];
        place_after_a_preposition_is_a_place: "Officials in the U.S. said so." => [(Place, "U.S.")];
        // Organisations with a connector after their head.
        org_head_before_for_or_on: "Choi Min-ji, a researcher at the Asan Institute for Policy Studies, spoke to the Council on Foreign Relations." => [(Person, "Choi Min-ji"), (Org, "Asan Institute for Policy Studies"), (Org, "Council on Foreign Relations")];
        org_head_before_a_date_or_another_org: "The prize went to the Montreal Hockey Club on May 15, and to the Swiss Super League for FC Basel." => [(Org, "Montreal Hockey Club"), (Org, "Swiss Super League"), (Org, "FC Basel")];
        // Occupations before a name, listed or by their ending.
        occupation_opening_a_sentence: "Pharmacist Lee Chang, who runs a drugstore, said demand had surged." => [(Person, "Lee Chang")];
        occupation_by_its_ending: "Electrician Tom Baker said the wiring was old." => [(Person, "Tom Baker")];
        adverb_opening_a_sentence_is_no_occupation: "Earlier Tom Baker said the wiring was old." => [(Person, "Tom Baker")];
        // People's names the tagger cut.
        given_name_the_tagger_left_out: "Lionel Messi scored twice. Later Messi left." => [(Person, "Lionel Messi"), (Person, "Messi")];
        particle_joins_two_parts_of_a_name: "It handed President Luiz Inacio Lula da Silva a victory." => [(Person, "Luiz Inacio Lula da Silva")];
        adverb_opening_a_sentence_is_no_given_name: "Apparently Hitzig was wrong." => [(Person, "Hitzig")];
        // Organisations named after places, and where people work.
        club_named_after_a_city: "The Los Angeles Galaxy signed a striker." => [(Org, "Los Angeles Galaxy")];
        town_before_its_city_council: "The Portvale city council said it would review the figures." => [(Place, "Portvale")];
        acronym_before_a_town_hall_is_no_town: "During a CNN town hall, a voter asked about taxes." => [(Org, "CNN")];
        body_after_a_nationality_opening_a_sentence: "The Dutch Ministry of Finance said exporters were losing money." => [(Org, "Dutch Ministry of Finance")];
        chamber_of_a_town_nobody_knows: "The Portvale Chamber of Commerce said the plan was sound." => [(Org, "Portvale Chamber of Commerce")];
        company_by_its_industry_word: "The finance chief of Northgate Logistics hid losses. Northgate said it had found them." => [(Org, "Northgate Logistics"), (Org, "Northgate")];
        body_before_on_and_a_day: "Netanyahu told his Cabinet on Sunday that it was over." => [(Person, "Netanyahu")];
        country_as_a_modifier_is_a_place: "The U.S. military said it had spoken with U.S. envoy Amos Hochstein." => [(Place, "U.S."), (Place, "U.S."), (Person, "Amos Hochstein")];
        places_after_a_plural_noun_of_places: "The strikes hit the towns of Nabatieh, Qana and Tyre and the cities of Sidon and Baalbek." => [(Place, "Nabatieh"), (Place, "Qana"), (Place, "Tyre"), (Place, "Sidon"), (Place, "Baalbek")];
        one_word_org_opening_a_sentence_before_said: "Officials said talks with Hamas ended on Monday. Hamas said on Tuesday it would respond." => [(Org, "Hamas"), (Org, "Hamas")];
        place_inside_a_described_org: "Age UK, the charity, said calls had doubled." => [(Org, "Age UK")];
        streets_are_places: "Downing Street said the plan stood. Crowds filled Tiananmen Square." => [(Place, "Downing Street"), (Place, "Tiananmen Square")];
        acronym_possessive_ends_the_name: "He told the BBC's Today programme and ABC's Martha Raddatz that the FBI's Boston Field Office knew." => [(Org, "BBC"), (Org, "ABC"), (Person, "Martha Raddatz"), (Org, "FBI"), (Org, "Boston Field Office")];
        reefs_and_shoals_are_places: "Coastguard ships approached Scarborough Shoal and Mischief Reef." => [(Place, "Scarborough Shoal"), (Place, "Mischief Reef")];
        nationality_of_a_country_named_otherwise: "Philippine officials met Emirati and Kazakh envoys." => [(Misc, "Philippine"), (Misc, "Emirati"), (Misc, "Kazakh")];
        place_with_a_place_word_stays_a_place: "Fires spread across Los Angeles County." => [(Place, "Los Angeles County")];
        employer_of_a_role_is_an_org: "Economists at Itau Unibanco said the vote helped." => [(Org, "Itau Unibanco")];
        // From our own business, science and sports articles.
        name_after_an_abbreviated_title_is_a_person: "“It is clear,” said lead author Dr. Sofia Lindqvist of the University of Montreal." => [(Person, "Sofia Lindqvist"), (Org, "University of Montreal")];
        org_name_with_and: "The drugmaker will ask the Food and Drug Administration for approval." => [(Org, "Food and Drug Administration")];
        org_name_with_a_given_name_before_ampersand: "The Bill & Melinda Gates Foundation said it would pay for the clinics." => [(Org, "Bill & Melinda Gates Foundation")];
        body_named_by_its_fields: "A spokesperson for the Department for Environment, Food and Rural Affairs said it would respond." => [(Org, "Department for Environment, Food and Rural Affairs")];
        body_named_by_fields_with_serial_comma: "The Department for Digital, Culture, Media, and Sport said so." => [(Org, "Department for Digital, Culture, Media, and Sport")];
        list_of_bodies_is_no_body: "Officials from the Department of Justice, Treasury Department and Pentagon met." => [(Org, "Department of Justice"), (Org, "Treasury Department"), (Org, "Pentagon")];
        people_after_a_body_are_no_fields: "The Department of Education, Tom Baker and Ann Lee signed it." => [(Org, "Department of Education"), (Person, "Tom Baker"), (Person, "Ann Lee")];
        possessive_inside_an_org_name: "Aid came from the United Nations Children's Fund (UNICEF)." => [(Org, "United Nations Children's Fund"), (Org, "UNICEF")];
        saint_owns_a_hospital: "She was taken to St. Mary's Hospital in the city." => [(Org, "St. Mary's Hospital")];
        possessive_org_name_with_of: "The People's Bank of China cut rates." => [(Org, "People's Bank of China")];
        possessive_org_name_after_a_nationality: "The centre-right European People's Party (EPP) is divided." => [(Org, "European People's Party"), (Org, "EPP")];
        plural_possessor_of_an_org: "The Workers’ Party won the vote." => [(Org, "Workers’ Party")];
        named_owner_of_a_body_stays_apart: "Obama's Justice Department sued the state." => [(Person, "Obama"), (Org, "Justice Department")];
        body_after_a_possessive_the_tagger_missed: "Officials at Japan's Ministry of Economy, Trade and Industry declined to comment." => [(Place, "Japan"), (Org, "Ministry of Economy, Trade and Industry")];
        head_without_the_names_no_body: "He asked for money from Congress for Kenya." => [(Place, "Kenya")];
        chair_before_a_name_is_no_part_of_it: "Chair Jerome Powell said rates would hold." => [(Person, "Jerome Powell")];
        job_title_in_a_byline_is_no_person: "By Ann Okoro, Environment Correspondent\n\nThe river rose." => [(Person, "Ann Okoro")];
        name_in_capitals_before_the_wire_in_a_byline: "Jury convicts treasurer\n\nBy SARAH MILLER Associated Press\n\nThe jury met on Thursday." => [(Person, "SARAH MILLER"), (Org, "Associated Press")];
        job_title_in_a_byline_is_no_body: "By Priya Raman, Health Reporter\n\nThe river rose." => [(Person, "Priya Raman")];
        surname_that_is_a_role_noun_keeps_its_person: "Paul Farmer founded the charity." => [(Person, "Paul Farmer")];
        day_before_and_is_no_part_of_an_org: "On Tuesday and Defense Department officials met." => [(Org, "Defense Department")];
        club_prefix_before_a_city: "Seattle host Inter Miami next Sunday." => [(Place, "Seattle"), (Org, "Inter Miami")];
        thing_named_after_a_person: "Astronomers using the James Webb Space Telescope have detected water." => [(Misc, "James Webb Space Telescope")];
        // Document consistency: a name tagged once is tagged everywhere.
        consistent_kind_over_the_document: "Kwame Mensah, a lawyer, said the case was weak. Mensah said he would appeal." => [(Person, "Kwame Mensah"), (Person, "Mensah")];
        // Companies by their legal form or an ampersand, and without it.
        company_legal_forms: "Germany's Bayer AG and France's Sanofi S.A. report next week, after Meta Platforms Inc. did." => [(Place, "Germany"), (Org, "Bayer AG"), (Place, "France"), (Org, "Sanofi S.A."), (Org, "Meta Platforms Inc.")];
        company_bare_name_is_the_company: "Pfizer Inc. cut its forecast. Pfizer said it would cut jobs." => [(Org, "Pfizer Inc."), (Org, "Pfizer")];
        company_legal_forms_in_a_row: "Samsung Electronics Co. Ltd and SK Hynix Inc. reported demand." => [(Org, "Samsung Electronics Co. Ltd"), (Org, "SK Hynix Inc.")];
        company_with_an_ampersand: "Rival Merck & Co. gained, and Johnson & Johnson fell." => [(Org, "Merck & Co."), (Org, "Johnson & Johnson")];
        ampersand_between_two_given_names: "Shares of Barnes & Noble fell, while Ben & Jerry's board said nothing." => [(Org, "Barnes & Noble"), (Org, "Ben & Jerry")];
        ampersand_between_two_names_found_apart: "Music by MTV & Wild played." => [(Org, "MTV"), (Org, "Wild")];
        // Acronyms defined in brackets are what they stand for.
        acronym_defined_in_brackets: "Taiwan Semiconductor Manufacturing Co (TSMC) makes chips. TSMC said so." => [(Org, "Taiwan Semiconductor Manufacturing Co"), (Org, "TSMC"), (Org, "TSMC")];
        wire_after_a_dateline_is_no_acronym_of_the_place: "ATLANTA (AP) — The National Institutes of Health (NIH) said so." => [(Place, "ATLANTA"), (Org, "AP"), (Org, "National Institutes of Health"), (Org, "NIH")];
        // People: particles, titles after a place, titles in a row, a surname the tagger missed.
        particles_after_a_title: "Brazilian President Luiz Inácio Lula da Silva's party won." => [(Misc, "Brazilian"), (Person, "Luiz Inácio Lula da Silva")];
        title_after_a_place_inside_a_name: "He was backed by Sao Paulo Governor Tarcisio de Freitas on Monday." => [(Place, "Sao Paulo"), (Person, "Tarcisio de Freitas")];
        titles_in_a_row: "Qatar's Emir Sheikh Tamim bin Hamad al-Thani arrived." => [(Place, "Qatar"), (Person, "Tamim bin Hamad al-Thani")];
        given_name_and_particle_make_a_person: "Pieter van Dijk was knocked out by Atalanta in the Europa League." => [(Person, "Pieter van Dijk"), (Org, "Atalanta"), (Org, "Europa League")];
        club_prefix_bayern: "Real Madrid beat Bayern Munich 2-1 on Wednesday." => [(Org, "Real Madrid"), (Org, "Bayern Munich")];
        // An organisation's head wins over a role noun before it or a place in it.
        org_head_after_a_role_noun: "Pressure came from activist investor Harbor Lane Capital. Harbor Lane said the board was slow." => [(Org, "Harbor Lane Capital"), (Org, "Harbor Lane")];
        company_head_devices: "Advanced Micro Devices said it would trim its workforce." => [(Org, "Advanced Micro Devices")];
        club_before_a_role_is_a_club_everywhere: "Late Okafor header sends Leeds past Wolves as Farke hails character\n\nChidi Okafor headed in a late winner as Leeds United beat Wolverhampton Wanderers 2-1 on Saturday.\n\nWolves went ahead in the 23rd minute through Jorgen Strand Larsen.\n\nWolves manager Vitor Pereira said his side had switched off.\n\nWolves remain 19th." => [(Org, "Leeds"), (Org, "Wolves"), (Person, "Farke"), (Person, "Chidi Okafor"), (Org, "Leeds United"), (Org, "Wolverhampton Wanderers"), (Org, "Wolves"), (Person, "Jorgen Strand Larsen"), (Org, "Wolves"), (Person, "Vitor Pereira"), (Org, "Wolves")];
        a_clubs_place_alone_is_the_club: "Newcastle United lost 3-1 at Arsenal. Newcastle pulled one back. Manchester City and Manchester United drew, and Manchester was wet." => [(Org, "Newcastle United"), (Org, "Arsenal"), (Org, "Newcastle"), (Org, "Manchester City"), (Org, "Manchester United"), (Place, "Manchester")];
        a_name_before_party_is_the_party: "Jean Dupont, the leader of the hard-left France Unbowed party, spoke." => [(Person, "Jean Dupont"), (Org, "France Unbowed")];
        a_team_or_unit_is_a_body: "Det Ch Insp Nicola Bryce, of the Homicide and Major Enquiry Team, said officers from the Serious Crime Unit helped." => [(Person, "Nicola Bryce"), (Org, "Homicide and Major Enquiry Team"), (Org, "Serious Crime Unit")];
        club_tails_make_clubs: "Bristol Rovers beat Plymouth Argyle 2-1. Rovers will face Wigan Athletic or Stockport County in the final." => [(Org, "Bristol Rovers"), (Org, "Plymouth Argyle"), (Org, "Rovers"), (Org, "Wigan Athletic"), (Org, "Stockport County")];
        clubs_by_a_word_only_clubs_open: "Kubo was hurt in a 1-1 draw at Atletico Madrid, Real Sociedad said. They host Pohang Steelers on Sunday." => [(Org, "Atletico Madrid"), (Org, "Real Sociedad"), (Org, "Pohang Steelers")];
        club_tail_the_tagger_left_out_joins_its_place: "Plymouth Argyle lost 2-1 to Bristol Rovers." => [(Org, "Plymouth Argyle"), (Org, "Bristol Rovers")];
        clubs_the_tagger_took_for_people: "Leeds drew with Bristol Rovers, and Ipswich Town beat Norwich City 2-0. Antonio Villa scored." => [(Org, "Leeds"), (Org, "Bristol Rovers"), (Org, "Ipswich Town"), (Org, "Norwich City"), (Person, "Antonio Villa")];
        sides_of_scores_the_tagger_missed: "Ajax 3-0 Feyenoord was the big result, and Celtic 2-0 Hearts the other." => [(Org, "Ajax"), (Org, "Feyenoord"), (Org, "Celtic"), (Org, "Hearts")];
        dates_around_a_range_are_no_sides: "The summit was moved to June 3-4 Parliament said on Monday." => [];
        given_name_and_initial_ended_at_the_full_stop: "The deal was signed on Monday by Max A. Cherney, and Lara B. Quist agreed." => [(Person, "Max A. Cherney"), (Person, "Lara B. Quist")];
        wire_after_a_datelines_date: "LONDON, Nov 27 (Reuters) - Prices rose." => [(Place, "LONDON"), (Org, "Reuters")];
        wire_after_a_date_and_no_place: "Oct 11 (Reuters) - Prices rose." => [(Org, "Reuters")];
        state_initials_after_a_town: "A doctor in Buffalo, N.Y., was shot, and one in Charlotte, N.C. Police said so." => [(Place, "Buffalo"), (Place, "N.Y."), (Place, "Charlotte"), (Place, "N.C.")];
        person_of_a_listed_place_is_the_person_and_the_place: "Also today, King Hussein of Jordan arrived in Washington. Trucks rolled into Iraq from Jordan on Tuesday." => [(Person, "Hussein"), (Place, "Jordan"), (Place, "Washington"), (Place, "Iraq"), (Place, "Jordan")];
        wire_after_a_datelines_region_and_date: "NAIROBI, Kenya, March 4 (Reuters) - Rains fell." => [(Place, "NAIROBI"), (Place, "Kenya"), (Org, "Reuters")];
        club_after_a_transfer: "Mark Kowalski, who joined from Lech Poznan, scored in the 2-1 win." => [(Person, "Mark Kowalski"), (Org, "Lech Poznan")];
        // An acronym of a common noun is no name, before a noun or alone.
        common_acronyms_are_no_names: "Veltrix Corp will sell its struggling PC business and the PC unit as GDP growth slows and AI chips sell." => [(Org, "Veltrix Corp")];
        common_acronym_defined_in_brackets: "The Pyongyang Commission (PC) met. The PC said so." => [(Org, "Pyongyang Commission"), (Org, "PC"), (Org, "PC")];
        club_coached_by: "Dortmund, coached by Edin Terzic, won." => [(Org, "Dortmund"), (Person, "Edin Terzic")];
        // Legislatures and their offices.
        house_is_an_organisation: "The House approved the bill, and the White House said it would sign it." => [(Org, "House"), (Org, "White House")];
        institution_before_a_title: "House Speaker Mike Johnson said the vote would pass." => [(Org, "House"), (Person, "Mike Johnson")];
        first_word_of_a_name_opening_a_sentence: "Lockheed Martin builds the capsule. Injecting Clinton's name helped. Meanwhile Potter spoke." => [(Person, "Lockheed Martin"), (Person, "Clinton"), (Person, "Potter")];
        two_organisations_joined_by_and_the: "Republicans control the House and the Senate." => [(Misc, "Republicans"), (Org, "House"), (Org, "Senate")];
        second_organisation_named_by_its_head_after_and_the: "Economists at Westpac and the Commonwealth Bank expect a cut." => [(Org, "Westpac"), (Org, "Commonwealth Bank")];
        article_opening_a_name: "A House panel voted on Friday." => [(Org, "House")];
        // A name with an initial goes on after its full stop.
        initial_inside_a_name: "In an interview, House Speaker Paul D. Ryan said the rules had changed." => [(Org, "House"), (Person, "Paul D. Ryan")];
        // A company after a noun that describes it, or after `shares of`.
        descriptor_before_a_company: "Carmaker Stellantis said it would cut jobs, and retailer Walmart raised its forecast." => [(Org, "Stellantis"), (Org, "Walmart")];
        descriptor_before_a_journal: "The study was published on Monday in the journal Neurology." => [(Org, "Neurology")];
        descriptor_makes_the_name_a_company_everywhere: "Chipmaker Nvidia reported record sales. Nvidia said demand was strong." => [(Org, "Nvidia"), (Org, "Nvidia")];
        title_after_an_organisation_noun: "The party Chairman Liam Byrne spoke to the union on Monday." => [(Person, "Liam Byrne")];
        company_after_shares_of: "Shares of Korvane rose. Korvane said the deal was done." => [(Org, "Korvane"), (Org, "Korvane")];
        // One word opening a sentence before a speech verb, with a company's cue.
        company_opening_a_sentence: "Intel said its sales would rise." => [(Org, "Intel")];
        acronym_opening_a_sentence: "RMS said it would sell the unit." => [(Org, "RMS")];
        common_nouns_opening_sentences: "Recent data showed growth. Officials said its plan worked. Revenue was flat." => [];
        // A surname with a particle, written alone too, makes a person of both.
        surname_with_a_particle_alone: "Virgil van Dijk watched from the stands. Van Dijk was injured." => [(Person, "Virgil van Dijk"), (Person, "Van Dijk")];
        surname_said_makes_a_person: "The team was led by Durga Prasad Karanam of the institute. “It works,” Karanam said." => [(Person, "Durga Prasad Karanam"), (Person, "Karanam")];
        // Faults readers saw on ordinary news.
        company_by_its_first_word: "Daimler Buses and Volvo Buses have cut jobs. Volvo said in January it would stop building buses." => [(Org, "Volvo Buses"), (Org, "Volvo")];
        first_word_of_a_company_that_is_a_surname_stays_a_person: "Donald Trump spoke at the Trump Organization. Trump said he was proud." => [(Person, "Donald Trump"), (Org, "Trump Organization"), (Person, "Trump")];
        company_after_shares_in: "Shares in Northwind Foods fell 11 per cent. Northwind said demand was weak." => [(Org, "Northwind Foods"), (Org, "Northwind")];
        shares_in_a_place_is_no_company: "Shares in London fell." => [(Place, "London")];
        companies_after_a_plural_descriptor: "The carmakers Ford and General Motors cut prices, as did banks HSBC, Barclays and Lloyds." => [(Org, "Ford"), (Org, "General Motors"), (Org, "HSBC"), (Org, "Barclays"), (Org, "Lloyds")];
        company_launching_a_product: "Intel announced a new chip." => [(Org, "Intel")];
        states_of_india_are_places: "Farmers in Tamil Nadu and Madhya Pradesh said the rains were late." => [(Place, "Tamil Nadu"), (Place, "Madhya Pradesh")];
        chinese_name_after_counterpart: "He met his Chinese counterpart Wang Yi in Tokyo. Wang told him the talks were useful." => [(Misc, "Chinese"), (Person, "Wang Yi"), (Place, "Tokyo"), (Person, "Wang")];
        place_after_suburb_of: "He was arrested at his home in the suburb of Grove City on Monday." => [(Place, "Grove City")];
        place_after_suburbs_of_an_abbreviation: "He called Estonia the suburbs of St. Petersburg on Monday." => [(Place, "Estonia"), (Place, "St. Petersburg")];
        county_sheriff_read_as_a_place_before_a_surname: "Levy County Sheriff Bobby McCallum told reporters that deputies had pulled 30 people from homes." => [(Place, "Levy County"), (Person, "Bobby McCallum")];
        county_prosecutor_is_a_place_and_a_title: "Franklin County Prosecutor Shayla Favor said detectives found the truck." => [(Place, "Franklin County"), (Person, "Shayla Favor")];
        place_after_a_noun_of_places: "The ferry crosses to the island of Inchkeld. Inchkeld has 63 residents." => [(Place, "Inchkeld"), (Place, "Inchkeld")];
        listed_place_of_two_words_is_a_place: "Farmers in Maharashtra and Madhya Pradesh said they were preparing to sow soybeans." => [(Place, "Maharashtra"), (Place, "Madhya Pradesh")];
        // An apposition opened by an article makes a person only when it names an occupation.
        apposition_of_a_place_is_no_person: "The band played in Den Bosch, the Netherlands, on Friday." => [(Place, "Den Bosch"), (Place, "Netherlands")];
        apposition_of_an_event_is_no_person: "It was built before World War II, the first such track." => [(Misc, "World War II")];
        apposition_with_an_occupation_is_a_person: "Karen Holt, the team's head coach, said so." => [(Person, "Karen Holt")];
        // From our own wire, sports and business articles.
        hyphenated_surnames_after_roles_and_titles: "Press secretary Karine Jean-Pierre said it. Rep. Alexandria Ocasio-Cortez agreed." => [(Person, "Karine Jean-Pierre"), (Person, "Alexandria Ocasio-Cortez")];
        a_name_set_off_by_an_age_is_a_person: "Margalit Har-Shefi, 22, has pleaded innocent." => [(Person, "Margalit Har-Shefi")];
        hyphenated_surname_after_a_title: "Governor Babajide Sanwo-Olu blamed blocked drains." => [(Person, "Babajide Sanwo-Olu")];
        club_before_who_is_no_person: "The result lifts Harbour City a point above Ashford Town, who were held to a draw." => [(Org, "Ashford Town")];
        org_apposition_before_based_in: "The company agreed to buy Lumen Photonics, a startup based in Austin, Texas." => [(Org, "Lumen Photonics"), (Place, "Austin"), (Place, "Texas")];
        companies_after_including: "PC makers including Dell and HP cut orders, as did lenders such as Barclays." => [(Org, "Dell"), (Org, "HP"), (Org, "Barclays")];
        companies_after_such_as: "He said companies such as Nvidia and Micron will lose, as will utilities including Enel." => [(Org, "Nvidia"), (Org, "Micron"), (Org, "Enel")];
        lone_person_after_in_is_a_place: "Amina Bello fled her flat in Ikorodu with her sons." => [(Person, "Amina Bello"), (Place, "Ikorodu")];
        lone_person_near_is_a_place: "It will study a wind farm near Ada, officials said." => [(Place, "Ada")];
        adverb_before_a_company_apposition_is_no_org: "Previously, the company owned a mill in Ohio." => [(Place, "Ohio")];
        plural_opening_a_sentence_is_no_person: "Prosecutors said he hid the invoices. Volumes dropped 6 per cent." => [];
        nationality_before_an_office_is_apart: "Last week, German Chancellor Friedrich Merz had pushed for a clause." => [(Misc, "German"), (Person, "Friedrich Merz")];
        nationality_before_an_office_opening_a_sentence: "Danish Climate Minister Lars Aagaard, who chaired the meeting because Denmark holds the presidency, called it a deal." => [(Misc, "Danish"), (Person, "Lars Aagaard"), (Place, "Denmark")];
        storm_names_are_misc: "Typhoon Kalmaegi tore through the islands. Kalmaegi weakened on Wednesday." => [(Misc, "Kalmaegi"), (Misc, "Kalmaegi")];
        political_wing_is_no_name: "Centre-left parties gained seats as the Far-right vote fell." => [];
        companies_after_housebuilders: "The index rose, led by housebuilders Persimmon and Barratt Redrow." => [(Org, "Persimmon"), (Org, "Barratt Redrow")];
        particles_in_a_row: "European Commission President Ursula von der Leyen arrived." => [(Org, "European Commission"), (Person, "Ursula von der Leyen")];
        body_before_an_office: "The Nikkei fell, while Bank of Japan Governor Kazuo Ueda said rates would rise." => [(Org, "Bank of Japan"), (Person, "Kazuo Ueda")];
        surname_in_s_opening_a_sentence_stays_a_person: "Serena Williams won. Williams said she was tired." => [(Person, "Serena Williams"), (Person, "Williams")];
        // From our own match report, deal, Latin American, science and arts stories.
        accented_given_name: "Lawmakers swore in José Jerí as interim president." => [(Person, "José Jerí")];
        two_particles_between_the_parts_of_a_name: "Prosecutor Inés Ríos de la Vega said the order stood." => [(Person, "Inés Ríos de la Vega")];
        del_joins_a_name: "Critics praised Guillermo del Toro's new film." => [(Person, "Guillermo del Toro")];
        one_field_after_and: "She will run the Ministry of Economy and Public Finance." => [(Org, "Ministry of Economy and Public Finance")];
        field_with_a_title_word_inside: "Battalion Chief Tom Reyes of the Department of Forestry and Fire Protection said crews worked late." => [(Person, "Tom Reyes"), (Org, "Department of Forestry and Fire Protection")];
        field_ending_in_a_title_is_no_field: "Officials of the Department of Health and the Fire Chief met. The Department of Health and Fire Chief spoke." => [(Org, "Department of Health"), (Org, "Department of Health")];
        a_name_after_and_is_no_field: "The Department of Justice and FBI declined to comment." => [(Org, "Department of Justice"), (Org, "FBI")];
        oecd_is_not_broken_at_co: "Officials at the Organisation for Economic Co-operation and Development said growth slowed." => [(Org, "Organisation for Economic Co-operation and Development")];
        credit_line_names_its_writers: "Associated Press writers Bassem Mroue in Beirut and Zeina Karam in Cairo contributed to this report." => [(Org, "Associated Press"), (Person, "Bassem Mroue"), (Place, "Beirut"), (Person, "Zeina Karam"), (Place, "Cairo")];
        byline_of_two_writers: "By Tom Hale and Reshma Pillai\n\nThe company said on Monday it would cut jobs." => [(Person, "Tom Hale"), (Person, "Reshma Pillai")];
        group_saying_what_it_did_is_no_person: "Hezbollah said it fired rockets at a base." => [(Org, "Hezbollah")];
        person_saying_it_was_stays_a_person: "Mertz said it was late. Mertz left." => [(Person, "Mertz"), (Person, "Mertz")];
        company_coordinated_with_a_company: "Philippine Airlines and Cebu Pacific said they grounded 40 planes." => [(Org, "Philippine Airlines"), (Org, "Cebu Pacific")];
        missed_company_after_a_company_and: "Goldman Sachs and Evercore advised the buyer." => [(Org, "Goldman Sachs"), (Org, "Evercore")];
        person_before_a_titled_body_stays_a_person: "Two aides, political adviser Uzi Arad and Cabinet Secretary Danny Naveh, left." => [(Person, "Uzi Arad"), (Person, "Danny Naveh")];
        body_named_in_spanish: "She teaches at the Universidad Mayor de San Andrés in La Paz." => [(Org, "Universidad Mayor de San Andrés"), (Place, "La Paz")];
        body_named_in_french: "Prof. Anne Roy of the Université de Montréal led the study." => [(Person, "Anne Roy"), (Org, "Université de Montréal")];
        acronym_defined_after_or: "It ended the rule of the Movement Toward Socialism, or MAS, on Sunday. The MAS lost." => [(Org, "Movement Toward Socialism"), (Org, "MAS"), (Org, "MAS")];
        club_that_lost_by_a_score: "Liverpool lost 3-0 at home to Nottingham Forest on Saturday." => [(Org, "Liverpool"), (Org, "Nottingham Forest")];
        workplace_after_plural_critics: "Critics at Variety and The Hollywood Reporter have named it a front-runner." => [(Org, "Variety"), (Org, "Hollywood Reporter")];
        administrator_is_a_title: "NASA Administrator Sean Duffy said so." => [(Person, "Sean Duffy")];
        noun_opening_a_sentence_before_a_plural_and_an_auxiliary: "Ferry fares will rise by 8% in April." => [];
        company_opening_a_sentence_before_a_plural_and_an_auxiliary: "Shares of Tarvex rose. Tarvex shares have doubled." => [(Org, "Tarvex"), (Org, "Tarvex")];
        firm_after_at_a_few_words_after_a_role: "Ann Lee, head of equities at Hargreaves Lansdown, said so." => [(Person, "Ann Lee"), (Org, "Hargreaves Lansdown")];
        firm_after_a_named_analyst_and_at: "Analyst Tom Chauvet at Citi raised the stock." => [(Person, "Tom Chauvet"), (Org, "Citi")];
        firm_with_initials_after_a_role: "Analysts at J.P. Morgan Cazenove cut the target." => [(Org, "J.P. Morgan Cazenove")];
        bodies_joined_by_and_after_a_place_stay_apart: "Talks between the United States and Soviet Union ended." => [(Place, "United States"), (Org, "Soviet Union")];
        body_joined_by_and_over_a_place_the_tagger_ran_in: "It was approved by the U.S. Food and Drug Administration on Monday." => [(Org, "U.S. Food and Drug Administration")];
        company_and_co: "Eli Lilly and Co. said sales rose." => [(Org, "Eli Lilly and Co.")];
        name_before_and_and_a_company_leaves_the_and_out: "It beat Acme and Pfizer Inc. in the race." => [(Org, "Acme"), (Org, "Pfizer Inc.")];
        company_based_somewhere: "The tanker's owner, Athens-based Delta Tankers, said so." => [(Place, "Athens"), (Org, "Delta Tankers")];
        company_owned_by_a_state_before_a_noun_of_persons_too: "The state-owned operator Caledonian MacBrayne said fares would rise." => [(Org, "Caledonian MacBrayne")];
        place_run_by_a_group_is_no_company: "Doctors in Taliban-run Afghanistan said so." => [(Place, "Afghanistan")];
        body_before_its_place: "She is a cardiologist at Imperial College London." => [(Org, "Imperial College London")];
        body_with_its_head_before_of_takes_the_words_before: "It was published in The New England Journal of Medicine." => [(Org, "New England Journal of Medicine")];
        body_takes_no_day_before_it: "On Monday Bank of England officials said so." => [(Org, "Bank of England")];
        a_thing_named_after_a_person_tagged_whole: "Astronomers used NASA's James Webb Space Telescope." => [(Org, "NASA"), (Misc, "James Webb Space Telescope")];
        a_place_and_a_name_tagged_whole: "Labour MP for Manchester Jeff Smith said so." => [(Org, "Labour"), (Place, "Manchester"), (Person, "Jeff Smith")];
        a_constituency_with_a_compass_word: "Ian Byrne, the MP for Liverpool West Derby, said so." => [(Person, "Ian Byrne"), (Place, "Liverpool West Derby")];
        a_constituency_after_a_party: "Craig Whittaker, the Conservative MP for Calder Valley, told the Guardian so." => [(Person, "Craig Whittaker"), (Org, "Conservative"), (Place, "Calder Valley"), (Org, "Guardian")];
        company_of_companies_and_a_finnish_one: "Philip Morris Cos. said so, and Hallberg Marine Industries Oy agreed." => [(Org, "Philip Morris Cos."), (Org, "Hallberg Marine Industries Oy")];
        company_with_a_nordic_legal_form: "Fjordvik Kraft A/S and Nordlys Wind Systems A/S bid." => [(Org, "Fjordvik Kraft A/S"), (Org, "Nordlys Wind Systems A/S")];
        hyphenated_given_name_found_apart_is_one_name: "General Abdel-Karim Osman visited troops, and Abdel-Karim Osman spoke." => [(Person, "Abdel-Karim Osman"), (Person, "Abdel-Karim Osman")];
        towns_after_ways_of_travelling: "Ferries to Oban were cancelled, and trains from Ashby stopped." => [(Place, "Oban"), (Place, "Ashby")];
        company_whose_shares_move: "Taylor Wimpey gained 2% while the index fell. Taylor Wimpey said so." => [(Org, "Taylor Wimpey"), (Org, "Taylor Wimpey")];
        company_that_is_which: "Kelvin Brothers, which makes boats, said so." => [(Org, "Kelvin Brothers")];
        bodies_known_by_one_word: "The Bundestag voted, the Élysée said, and the Knesset met." => [(Org, "Bundestag"), (Org, "Élysée"), (Org, "Knesset")];
        body_named_after_a_place_before_its_acronym: "The far-right Alliance for Ruritania (AfR) rose. The AfR won." => [(Org, "Alliance for Ruritania"), (Org, "AfR"), (Org, "AfR")];
        body_head_opening_a_name_opens_it: "Network Rail said trains would run. Delays grew, Network Rail said." => [(Org, "Network Rail"), (Org, "Network Rail")];
        acronym_before_an_office_is_the_body: "WHO Director-General Tedros Adhanom Ghebreyesus spoke, as did US Defence Secretary Lloyd Austin." => [(Org, "WHO"), (Person, "Tedros Adhanom Ghebreyesus"), (Place, "US"), (Person, "Lloyd Austin")];
        nigerian_state_is_a_place: "Lagos State Governor Babajide Sanwo-Olu praised the plan. Ada Obi, a former governor of Edo State, agreed." => [(Place, "Lagos State"), (Person, "Babajide Sanwo-Olu"), (Person, "Ada Obi"), (Place, "Edo State")];
        language_is_misc: "The party holds the Hindi heartland, analysts said." => [(Misc, "Hindi")];
        stadium_name_is_a_place: "Fans filled the rebuilt Santiago Bernabeu stadium on Sunday." => [(Place, "Santiago Bernabeu")];
        mission_numbered_in_roman_is_misc: "NASA said it would launch Artemis II in April. Jordan's King Abdullah II met Pope Leo XIV." => [(Org, "NASA"), (Misc, "Artemis II"), (Place, "Jordan"), (Person, "Abdullah II"), (Person, "Leo XIV")];
        place_opening_a_sentence_before_its_possessive: "Peru's sol gained 0.3% on Monday." => [(Place, "Peru")];
        body_of_a_union_is_one_name: "Apple said it would appeal to the Court of Justice of the European Union." => [(Org, "Apple"), (Org, "Court of Justice of the European Union")];
        member_placed_by_a_bodys_head_is_a_person: "The team, led by Brant Robertson of the University of California, said the galaxy was bright." => [(Person, "Brant Robertson"), (Org, "University of California")];
        place_possessive_ends_a_name: "Analysts said Argentina's Central Bank of the Argentine Republic (BCRA) had bought dollars." => [(Place, "Argentina"), (Org, "Central Bank of the Argentine Republic"), (Org, "BCRA")];
        body_named_by_its_head_alone_is_no_part_of_a_body_after_it: "He led a division of the IV Corps of the Army of the Potomac." => [(Org, "IV Corps"), (Org, "Army of the Potomac")];
        body_named_in_spanish_without_accents: "The state power company Comision Federal de Electricidad (CFE) said so." => [(Org, "Comision Federal de Electricidad"), (Org, "CFE")];
    }

    fn titles(text: &str) -> Vec<(String, Option<String>)> {
        let doc = segment(text, &split_paragraphs(text), &[]);
        find_mentions(text, &doc)
            .iter()
            .filter(|m| m.kind == EntityKind::Person)
            .map(|m| {
                (
                    m.span.slice(text).to_string(),
                    m.title.map(|t| t.slice(text).to_string()),
                )
            })
            .collect()
    }

    macro_rules! title {
        ($($name:ident: $input:expr => [$(($surface:expr, $title:expr)),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let want: Vec<(String, Option<String>)> =
                    vec![$(($surface.to_string(), $title.map(str::to_string))),*];
                assert_eq!(titles($input), want, "in {:?}", $input);
            }
        )*};
    }

    title! {
        chief_officers_of_any_portfolio: "Chief Technology Officer Mira Murati and Chief Information Security Officer Dan Ortiz spoke." => [("Mira Murati", Some("Chief Technology Officer")), ("Dan Ortiz", Some("Chief Information Security Officer"))];
        title_after_a_court_of_no_listed_place: "Franklin County Common Pleas Judge Christian Jenkins ruled. Jenkins said so." => [("Christian Jenkins", Some("Franklin County Common Pleas Judge")), ("Jenkins", None)];
        titles_hyphenated: "President-elect Dana Whitfield met Prime Minister-designate Omar Reyes." => [("Dana Whitfield", Some("President-elect")), ("Omar Reyes", Some("Prime Minister-designate"))];
        titles_of_rank: "Major General Shao Yuanming met Lieutenant General Richard Clarke." => [("Shao Yuanming", Some("Major General")), ("Richard Clarke", Some("Lieutenant General"))];
        titles_abbreviated: "Gen. Joseph Dunford and Dr. Ana Costa spoke." => [("Joseph Dunford", Some("Gen.")), ("Ana Costa", Some("Dr."))];
        titles_absent: "Zhou Chenming said so." => [("Zhou Chenming", None)];
        titles_of_a_director_general: "Director General Rafael Grossi met Director-General Anne Leclerc." => [("Rafael Grossi", Some("Director General")), ("Anne Leclerc", Some("Director-General"))];
        titles_after_their_modifiers: "German Finance Minister Christian Lindner spoke." => [("Christian Lindner", Some("German Finance Minister"))];
        a_title_naming_a_minister_s_field: "Poland's Justice Minister Adam Bodnar and Home Secretary Ann Lee spoke." => [("Adam Bodnar", Some("Justice Minister")), ("Ann Lee", Some("Home Secretary"))];
        titles_not_inside_a_name: "Martin Luther King Jr. spoke." => [("Martin Luther King Jr.", None)];
        titles_after_a_place_and_an_office: "U.S. District Judge Patricia Wynn ruled." => [("Patricia Wynn", Some("U.S. District Judge"))];
        titles_opened_by_a_modifier: "Assistant U.S. Attorney Jenna Moss spoke." => [("Jenna Moss", Some("Assistant U.S. Attorney"))];
        titles_after_a_regional_nationality: "South Korean Defence Minister Ahn Gyu-back spoke." => [("Ahn Gyu-back", Some("South Korean Defence Minister"))];
        titles_not_after_a_day_or_an_organisation: "On Monday President Mia Berg met Acme Corp President Brad Holt." => [("Mia Berg", Some("President")), ("Brad Holt", Some("President"))];
        titles_of_a_company_officer: "“These are strong data,” Chief Executive Officer Helen Marsh said." => [("Helen Marsh", Some("Chief Executive Officer"))];
        titles_of_police_and_parliament: "Detective Inspector Sarah Jones and MP Shabana Mahmood spoke." => [("Sarah Jones", Some("Detective Inspector")), ("Shabana Mahmood", Some("MP"))];
        titles_in_a_row_are_one: "Qatar's Emir Sheikh Tamim bin Hamad al-Thani arrived." => [("Tamim bin Hamad al-Thani", Some("Emir Sheikh"))];
        titles_of_party_leaders: "Senate Majority Leader Chuck Schumer said so." => [("Chuck Schumer", Some("Senate Majority Leader"))];
        british_police_ranks_without_full_stops: "Det Sgt Paul Whitaker and Supt Mark Rowe spoke." => [("Paul Whitaker", Some("Det Sgt")), ("Mark Rowe", Some("Supt"))];
        a_portfolio_of_two_words_opening_a_sentence: "Climate Change Minister Rachel Ngata said so." => [("Rachel Ngata", Some("Climate Change Minister"))];
        a_portfolio_of_fields_opening_a_sentence: "Health and Social Care Secretary Wes Streeting said so." => [("Wes Streeting", Some("Health and Social Care Secretary"))];
        titles_abbreviated_before_three_names: "Rep. Marjorie Taylor Greene and Lt. Gov. Dan Patrick spoke." => [("Marjorie Taylor Greene", Some("Rep.")), ("Dan Patrick", Some("Lt. Gov."))];
        titles_after_their_district: "The case went to District Attorney Frank C. Clark on Monday." => [("Frank C. Clark", Some("District Attorney"))];
        titles_of_a_chair: "Across the Atlantic, Fed Chair Jerome Powell said a cut was not a foregone conclusion." => [("Jerome Powell", Some("Fed Chair"))];
        titles_senior_colonel: "Spokesman Senior Colonel Wu Qian said on Thursday the talks went well." => [("Wu Qian", Some("Senior Colonel"))];
        titles_with_a_hyphen: "U.N. Secretary-General António Guterres and Vice-President Ann Lee spoke." => [("António Guterres", Some("U.N. Secretary-General")), ("Ann Lee", Some("Vice-President"))];
        portfolio_before_a_romanised_name: "Secretary for Security Chris Tang Ping-keung and Secretary for Labour Sun Yuk-han spoke." => [("Chris Tang Ping-keung", Some("Secretary for Security")), ("Sun Yuk-han", Some("Secretary for Labour"))];
        portfolio_that_is_a_title_word: "Secretary for Justice Paul Lam said so." => [("Paul Lam", Some("Secretary for Justice"))];
        given_name_that_is_a_place: "Defence Minister Wellington Koo spoke." => [("Wellington Koo", Some("Defence Minister"))];
        titles_of_a_portfolio_the_tagger_took_for_a_body: "Energy Secretary Ed Miliband met NATO Secretary General Mark Rutte." => [("Ed Miliband", Some("Energy Secretary")), ("Mark Rutte", Some("Secretary General"))];
        titles_of_a_portfolio_before_an_unlisted_name: "The review was ordered by Health Secretary Wes Streeting on Monday." => [("Wes Streeting", Some("Health Secretary"))];
        titles_of_a_portfolio_opening_a_sentence: "Health Minister Ama Mensah has ordered a review." => [("Ama Mensah", Some("Health Minister"))];
        titles_not_after_a_sentences_opening_word: "Like President Mia Berg, the mayor spoke. Though Mr. Holt agreed, he left." => [("Mia Berg", Some("President")), ("Holt", Some("Mr."))];
        titles_with_a_portfolio: "Dutch Minister of Finance Eelco Heinen said so." => [("Eelco Heinen", Some("Dutch Minister of Finance"))];
        titles_with_a_portfolio_of_two_fields: "Minister for Trade and Industry Grace Fu spoke." => [("Grace Fu", Some("Minister for Trade and Industry"))];
        titles_with_fields_or_titles_joined: "Malaysian Investment, Trade and Industry Minister Tengku Zafrul Aziz met Deputy Prime Minister and Foreign Minister Ishaq Dar, the Trade Ministry and Foreign Minister Wang Yi." => [("Tengku Zafrul Aziz", Some("Malaysian Investment, Trade and Industry Minister")), ("Ishaq Dar", Some("Deputy Prime Minister and Foreign Minister")), ("Wang Yi", Some("Foreign Minister"))];
        titles_with_a_portfolio_the_tagger_took_for_a_body: "Speaker of the House Mike Johnson said so." => [("Mike Johnson", Some("Speaker of the House"))];
        titles_with_no_name_after_the_portfolio: "The Minister of Foreign Affairs said so." => [];
        titles_with_no_name_after_a_portfolio_for: "The Secretary for Foreign Affairs said so." => [];
        titles_of_two_offices_with_no_names: "The Minister of Foreign Affairs and the Minister of Finance said so." => [];
        titles_with_a_portfolio_and_a_surname: "The Secretary of State Kerry said so." => [("Kerry", Some("Secretary of State"))];
        titles_after_a_bodys_acronym_leave_it_out: "WHO Director-General Tedros Adhanom Ghebreyesus met IAEA Director General Rafael Grossi." => [("Tedros Adhanom Ghebreyesus", Some("Director-General")), ("Rafael Grossi", Some("Director General"))];
        titles_of_a_kenyan_cabinet_secretary: "Deputy President Kithure Kindiki and Interior Cabinet Secretary Kipchumba Murkomen attended." => [("Kithure Kindiki", Some("Deputy President")), ("Kipchumba Murkomen", Some("Interior Cabinet Secretary"))];
        titles_of_an_election_commissioner: "Chief Election Commissioner Rajiv Kumar said the vote was fair." => [("Rajiv Kumar", Some("Chief Election Commissioner"))];
    }

    #[test]
    fn name_after_the_before_a_speech_verb_is_no_person() {
        let text = "The Daily Courier reported that the mayor had resigned.";
        assert!(tagged(text).iter().all(|(k, _)| *k != EntityKind::Person));
    }

    #[test]
    fn place_taken_for_a_person_lends_no_surname() {
        // However the tagger reads `Old Goa`, `Goa` alone stays the place.
        let text = "The quarter is known as Old Goa, a former capital. Trains run to Goa daily.";
        let found = tagged(text);
        assert_eq!(found.last(), Some(&(EntityKind::Place, "Goa".to_string())));
    }

    #[test]
    fn geographic_head_makes_a_place_whatever_the_tagger_said() {
        let text = "Ships sailed near the Senkaku Islands.";
        let doc = segment(text, &split_paragraphs(text), &[]);
        let lex = lexicon();
        let words = Words::new(text, &doc, lex);
        let names = (4..6).map(|i| words.word(i)).collect::<Vec<_>>();
        assert_eq!(names, ["Senkaku", "Islands"]);
        for kind in [EntityKind::Org, EntityKind::Person] {
            let m = refine(text, words.run(&doc.tokens, 0), 4..6, kind, lex);
            assert_eq!(
                m.map(|m| m.kind),
                Some(EntityKind::Place),
                "tagged {kind:?}"
            );
        }
    }

    #[test]
    fn given_name_of_an_organisation_before_a_verb_is_a_person() {
        for (text, kind) in [
            ("Jamal Musiala had given them the lead.", EntityKind::Person),
            ("Jamal Musiala / Opium played.", EntityKind::Org),
            ("Jamal Valley had given them water.", EntityKind::Org),
        ] {
            let doc = segment(text, &split_paragraphs(text), &[]);
            let lex = lexicon();
            let words = Words::new(text, &doc, lex);
            let end = text.find(" had").or(text.find(" /")).unwrap_or(0);
            let mut mentions = vec![Mention {
                span: Span::new(0, end),
                kind: EntityKind::Org,
                title: None,
            }];
            given_names_of_organisations(text, &doc, &words, lex, &mut mentions);
            assert_eq!(mentions[0].kind, kind, "{text}");
        }
    }

    #[test]
    fn surnames_split_at_the_white_space_split_whitespace_knows() {
        let names = [
            ("Adam Ni", Some("Ni")),
            ("Ahn Gyu-back", Some("Ahn")),
            ("Ahn Gyu-Back", Some("Gyu-Back")),
            ("  Ann\tde\u{b}la  Cruz \r\n", Some("Cruz")),
            ("Kim Jong-un", Some("Kim")),
            ("Paul Lam Ting-kwok", Some("Lam")),
            ("Regina Ip Lau Suk-yee", Some("Ip")),
            ("Ni", None),
            (" Ni\u{c} ", None),
            ("", None),
            ("  ", None),
            ("Zoë Müller", Some("Müller")),
            ("Zoë\u{a0}Müller", Some("Müller")),
            ("Ann\u{1c}Lee", None),
        ];
        for (name, want) in names {
            let mut words = name.split_whitespace();
            let split = words.next().and(words.last());
            assert!(want.is_none() || split.is_some(), "{name:?}");
            assert_eq!(surname(name), want, "{name:?}");
        }
    }

    #[test]
    fn chinese_names_lend_their_first_word() {
        let names = [
            ("Song Zhongping", Some("Song")),
            ("Fu Qianshao", Some("Fu")),
            ("Li Jie", Some("Li")),
            ("Zhou Chenming", Some("Zhou")),
            ("Xi Jinping", Some("Xi")),
            // (English names, a place, other shapes.)
            ("Adam Ni", None),
            ("Tom Chen", None),
            ("Smith Jones", None),
            ("Wuhan Li", None),
            ("Zhang Wei Min", None),
            ("ZHANG Wei", None),
            ("Zhang", None),
            ("Moon Jae-in", None),
        ];
        for (name, want) in names {
            assert_eq!(chinese_surname(name, lexicon()), want, "{name:?}");
        }
    }

    #[test]
    fn tagger_model_is_committed_and_valid() {
        let model = std::fs::read("data/entities.model").unwrap_or_default();
        assert!(tagger::Weights::parse(&model).is_some());
    }

    #[test]
    fn role_nouns_are_found_as_a_lower_case_search_finds_them() {
        let search = |w: &str| ROLE_NOUNS.contains(&crate::case::lower_str(w).as_str());
        for r in ROLE_NOUNS {
            let (title, upper) = (ascii_title_case(r), r.to_ascii_uppercase());
            let odd = [
                format!("{r}s"),
                format!("{r}’s"),
                format!("x{r}"),
                format!("{r}-1"),
            ];
            for w in [r.to_string(), title, upper].iter().chain(&odd) {
                assert_eq!(is_role_noun(w), search(w), "{w:?}");
                assert!(is_role_noun(w) || w.len() > r.len(), "{w:?}");
            }
        }
        for w in ["it’s", "José", "Ｋing", "\u{212a}ing", "analyst’", "—", ""] {
            assert_eq!(is_role_noun(w), search(w), "{w:?}");
        }
        // Lower case leaves the marks that rule a word out as they are.
        for c in ['’', '‘', '“', '”', '—', '–'] {
            assert!(crate::case::lower_char(c).eq([c]), "{c:?}");
        }
    }

    #[test]
    fn sort_by_span_is_a_stable_sort() {
        // A sorted start and rules' additions after it, with equal spans in both (told apart
        // by their kinds).
        let kinds = [
            EntityKind::Person,
            EntityKind::Org,
            EntityKind::Place,
            EntityKind::Misc,
        ];
        let mut seed = 7u32;
        for n in [0, 1, 2, 5, 30] {
            for sorted in [0, 1, n / 2, n] {
                let mut mentions: Vec<Mention> = (0..n)
                    .map(|k| {
                        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                        let start = (seed >> 16) as usize % 6;
                        Mention {
                            span: Span::new(start, start + 2),
                            kind: kinds[k % 4],
                            title: None,
                        }
                    })
                    .collect();
                mentions[..sorted.min(n)].sort_by_key(|m| m.span);
                let mut want = mentions.clone();
                want.sort_by_key(|m| m.span);
                sort_by_span(&mut mentions);
                assert_eq!(mentions, want, "{n} mentions, {sorted} sorted");
            }
        }
    }
}
