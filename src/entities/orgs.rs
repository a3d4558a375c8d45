//! Organisations that rules name with certainty: companies by their legal form (`Pfizer Inc.`,
//! `Bayer AG`, `Merck & Co.`) or an ampersand (`Johnson & Johnson`), the same company named
//! without its legal form (`Pfizer`), and acronyms the article defines in brackets after a
//! name (`Centers for Disease Control and Prevention (CDC)`).

use super::lexicon::FastHash;
use super::tagger;
use super::words::{self, Marks, Phrases, Run, Words};
use super::{opens_sentence, span_of, EntityKind, Mention, CALENDAR_WORDS};
use crate::segment::{Document, TokenKind};
use crate::span::Span;
use std::collections::HashMap;
use std::ops::Range;

/// Legal forms that end a company's name, as tokens (a full stop after them is a token of its
/// own: `Inc` `.`; `S.A` `.`).
pub const LEGAL_FORMS: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "LLC", "LLP", "PLC", "Plc", "plc", "AG", "SA", "S.A", "SE", "NV",
    "N.V", "BV", "B.V", "GmbH", "AB", "ASA", "SpA", "S.p.A", "Bhd", "Pty", "Limited", "KGaA",
    "Oyj", "Oy", "PJSC", "SAS", "S.A.S", "Tbk", "SAB", "A/S", "Cos",
];

/// Legal forms written with a full stop that belongs to them (`Inc.`, `S.A.`).
fn takes_stop(form: &str) -> bool {
    matches!(form, "Inc" | "Corp" | "Co" | "Cos" | "Ltd") || form.contains('.')
}

/// Words that open a sentence before a company's name without being part of it (`Rival
/// Merck & Co.`, `Drugmaker Pfizer Inc.`), lower-cased.
const DESCRIPTORS: &[&str] = &[
    "rival",
    "rivals",
    "fellow",
    "shares",
    "drugmaker",
    "automaker",
    "carmaker",
    "chipmaker",
    "lender",
    "insurer",
    "retailer",
    "miner",
    "conglomerate",
    "startup",
    "airline",
    "carrier",
    "broadcaster",
    "publisher",
    "bank",
    "investor",
    "utility",
    "parent",
    "struggling",
    "embattled",
];

/// True when token `k` of `run` can be a word of a company's name: a word with a capital
/// (`Merck`, `3M`, `SK`), no word that only opens sentences (`The`), no day or month.
fn name_word(run: Run, k: usize) -> bool {
    let Some(t) = run.tokens.get(k) else {
        return false;
    };
    let bits = run.bits(k);
    t.kind == TokenKind::Word
        && bits & words::ANY_UPPER != 0
        && (bits & words::CAPITAL != 0 || run.word(k).starts_with(|c: char| c.is_ascii_digit()))
        && bits & words::FUNCTION == 0
        && !CALENDAR_WORDS.contains(&run.word(k))
}

/// Government bodies named by their fields (`Department for Environment, Food and Rural
/// Affairs`, `Department for Digital, Culture, Media and Sport`): the tagger ends such a
/// name at its first comma and makes the rest names of their own (a person `Rural Affairs`). An
/// organisation `HEAD of|for …` takes the list of capitalised words after it, `, Word …` items
/// closed by `and Word …`, when no item names a place, a person with a given name or a body
/// with a head of its own — then it is a list (`the Department of Justice, Treasury Department
/// and Pentagon`, `…, Tom Lee and Ann Cho`). The tagger may call a field a body (`Rural
/// Affairs`): that alone does not stop it.
pub fn bodies_named_by_fields(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    super::sort_by_span(mentions);
    let mut dropped = vec![false; mentions.len()];
    for k in 0..mentions.len() {
        let m = mentions[k];
        if m.kind != EntityKind::Org || dropped[k] {
            continue;
        }
        let first = words.token_at_or_after(m.span.start);
        let after = words.token_at_or_after(m.span.end);
        let body = (first + 1..after)
            .any(|i| matches!(words.word(i), "of" | "for") && words.any(i - 1, words::ORG_HEAD));
        let headed = body || words.any(after.wrapping_sub(1), words::ORG_HEAD);
        // A body of a body or a country is one name (`Court of Justice` + `of the` + `European
        // Union`, `Central Bank` + `of the` + `Argentine Republic`).
        // (A body named by its head alone is one of a country: `IV Corps` + `of the Army of
        // the Potomac` are two.)
        let whose = mentions
            .get(k + 1)
            .filter(|n| n.kind == EntityKind::Place || body && n.kind == EntityKind::Org)
            .filter(|n| words.token_at_or_after(n.span.start) == after + 2);
        if headed && words.word(after) == "of" && words.word(after + 1) == "the" {
            if let Some(end) = whose.map(|n| n.span.end) {
                dropped[k + 1] = true;
                if let Some(m) = mentions.get_mut(k) {
                    m.span.end = end;
                }
                continue;
            }
        }
        if !body {
            continue;
        }
        let Some(end) = listed_fields(doc, words, after) else {
            continue;
        };
        let Some(last) = doc.tokens.get(end - 1) else {
            continue;
        };
        // Mentions inside the name (`Environment`) are the later rules' business.
        let covered = (k + 1..mentions.len())
            .skip_while(|&j| mentions[j].span.start < m.span.end)
            .take_while(|&j| mentions[j].span.start < last.span().end)
            .collect::<Vec<_>>();
        // Without a comma the one field after `and` may be a name of its own (`Department of
        // Justice and FBI`, `Ministry of Defence and Home Secretary`): only plain words join,
        // which the tagger took for nothing or a person (`Ministry of Economy and Public
        // Finance`, `… Co-operation and Development`), a title's word only inside (`Forestry
        // and Fire Protection`).
        let plain = |i: usize| {
            let not = words::ROLE | if i + 1 == end { words::TITLE_WORD } else { 0 };
            words.bits(i) & (words::ANY_LOWER | not) == words::ANY_LOWER
        };
        let tagged = covered
            .iter()
            .any(|&j| mentions[j].kind != EntityKind::Person);
        if words.word(after) == "and" && (tagged || !(after + 1..end).all(plain)) {
            continue;
        }
        let names_own = covered.iter().any(|&j| {
            let c = mentions[j];
            let has = |bits| {
                (words.token_at_or_after(c.span.start)..words.token_at_or_after(c.span.end))
                    .any(|i| words.any(i, bits))
            };
            c.span.end > last.span().end
                || c.kind == EntityKind::Place
                || c.kind == EntityKind::Org && has(words::ORG_HEAD)
                || c.kind == EntityKind::Person && has(words::GIVEN)
        });
        if names_own {
            continue;
        }
        for j in covered {
            dropped[j] = true;
        }
        if let Some(m) = mentions.get_mut(k) {
            m.span.end = last.span().end;
        }
    }
    super::drop_marked(mentions, &dropped);
}

/// The end (exclusive token index) of a list of fields starting at token `i`: `, Food and Rural
/// Affairs`, `, Culture, Media and Sport`, `and Public Finance`, each item one to four
/// capitalised words.
fn listed_fields(doc: &Document, words: &Words, mut i: usize) -> Option<usize> {
    let capitalised = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && words.any(i, words::CAPITAL)
            && !words.any(i, words::FUNCTION)
    };
    if !matches!(words.word(i), "," | "and") {
        return None;
    }
    for _ in 0..6 {
        // `,` or `, and` or `and` before an item.
        let last_item = match words.word(i) {
            "," if words.word(i + 1) == "and" => {
                i += 2;
                true
            }
            "," => {
                i += 1;
                false
            }
            "and" => {
                i += 1;
                true
            }
            _ => return None,
        };
        let start = i;
        while capitalised(i) && i - start < 4 {
            i += 1;
        }
        if i == start {
            return None;
        }
        if last_item {
            return (!capitalised(i)).then_some(i);
        }
    }
    None
}

/// Parliaments, seats of government and armed forces known by one word of their own, which
/// no head marks and the tagger often misses or makes a person (`the Bundestag`, `the Élysée
/// said`): organisations wherever they stand alone.
fn is_known_body(w: &str) -> bool {
    one_of!(
        w,
        "Bundestag"
            | "Bundesrat"
            | "Bundeswehr"
            | "Bundesbank"
            | "Knesset"
            | "Duma"
            | "Kremlin"
            | "Élysée"
            | "Elysee"
            | "Matignon"
            | "Pentagon"
            | "Riksdag"
            | "Storting"
            | "Folketing"
            | "Eduskunta"
            | "Althing"
            | "Sejm"
            | "Dáil"
            | "Dail"
            | "Oireachtas"
            | "Stormont"
            | "Senedd"
            | "Holyrood"
            | "Majlis"
            | "Politburo"
            | "Rada"
            | "Jatiya"
            | "Mercosur"
    )
}

/// The known bodies of [`is_known_body`]: a name the tagger made of one of them alone is the
/// organisation, and one it missed is added.
pub(super) fn known_bodies(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    // Asked of each distinct capitalised word once, not of every token.
    let marked: Vec<bool> = (0..words.distinct())
        .map(|id| {
            let id = id as u32;
            words.bits_of(id) & (words::CAPITAL | words::LISTED) == words::CAPITAL
                && is_known_body(words.text_of(id))
        })
        .collect();
    if !marked.contains(&true) {
        return;
    }
    super::sort_by_span(mentions);
    let mut extra = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if words.id(i).and_then(|id| marked.get(id as usize)) == Some(&true) {
            super::org_at(mentions, t.span(), t.span(), &mut extra);
        }
    }
    mentions.extend(extra);
}

/// True when token `k` of `run` is a legal form (`Inc`).
#[inline(always)]
fn is_form(run: Run, k: usize) -> bool {
    form_len(run, k) > 0
}

/// The number of tokens of the legal form at token `k` of `run`, or 0: one (`Inc`), or three
/// for the Nordic `A/S`, which the tokenizer cuts at its slash.
#[inline(always)]
fn form_len(run: Run, k: usize) -> usize {
    // One bits look-up for most tokens: a single capital letter is rare.
    let bits = run.bits(k);
    if bits & words::LEGAL_FORM != 0 && run.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
    {
        1
    } else if bits & (words::CAPITAL | words::LETTERS) == words::CAPITAL
        && run.word(k) == "A"
        && run.word(k + 1) == "/"
        && run.word(k + 2) == "S"
        && glued(run, k + 1)
        && glued(run, k + 2)
    {
        3
    } else {
        0
    }
}

/// True when token `k` touches the token before it.
pub(super) fn glued(run: Run, k: usize) -> bool {
    match (
        k.checked_sub(1).and_then(|p| run.tokens.get(p)),
        run.tokens.get(k),
    ) {
        (Some(p), Some(t)) => p.span().end == t.span().start,
        _ => false,
    }
}

/// A company found by its legal form or ampersand: its tokens and, for a legal form, the
/// tokens of its name without it (`Merck` of `Merck & Co.`).
struct Company {
    tokens: Range<usize>,
    bare: Option<Range<usize>>,
    /// Named by an ampersand alone (`Johnson & Johnson`).
    amp_only: bool,
}

/// The companies of one sentence; `starts` marks the words a company's legal form or ampersand
/// may start with.
fn companies_in(text: &str, run: Run, starts: &Marks) -> Vec<Company> {
    let mut out: Vec<Company> = Vec::new();
    let mut i = 0;
    while let Some(k) = run.next_marked(i, starts) {
        i = k;
        // Not a word's start (`Co-operation`, `Co-op`).
        let form = is_form(run, i) && i > 0 && !(run.word(i + 1) == "-" && glued(run, i + 1));
        // `Johnson & Johnson`, `Marks & Spencer`: one word each side and no more capitalised
        // words around (`Evergreen Aviation & Space Museum` is no company's name).
        let amp = run.word(i) == "&"
            && i > 0
            && name_word(run, i - 1)
            && !(i > 1 && name_word(run, i - 2))
            && name_word(run, i + 1)
            && (!name_word(run, i + 2) || is_form(run, i + 2));
        if !form && !amp {
            i += 1;
            continue;
        }
        // The name's last token: over further legal forms (`Co., Ltd.`), or, after an
        // ampersand, over the capitalised words after it (`Johnson & Johnson`).
        let mut e = if amp { i + 2 } else { i + form_len(run, i) };
        loop {
            let mut k = e;
            if run.word(k) == "." && glued(run, k) {
                k += 1;
            }
            if run.word(k) == "," {
                k += 1;
            }
            if is_form(run, k) {
                e = k + form_len(run, k);
            } else {
                break;
            }
        }
        let last_form = (i..e).rev().find(|&k| is_form(run, k));
        if last_form.is_some_and(|k| k + 1 == e && takes_stop(run.word(k)))
            && run.word(e) == "."
            && glued(run, e)
        {
            e += 1;
        }
        // The name before: capitalised words, an ampersand or a glued hyphen between them,
        // a comma before the legal form (`Acme Holdings, Inc.`).
        let mut s = i;
        if form && run.word(s - 1) == "," && s >= 2 && name_word(run, s - 2) {
            s -= 1;
        }
        let mut words_before = 0;
        while s > 0 && words_before < 6 {
            let p = s - 1;
            if name_word(run, p) {
                s = p;
                words_before += 1;
            } else if matches!(run.word(p), "&" | "-")
                && p > 0
                && name_word(run, p - 1)
                && (run.word(p) == "&" || glued(run, p) && glued(run, s))
                // `Eli Lilly and Co.`
                || run.word(p) == "and" && p > 0 && s == i && run.word(i) == "Co" && name_word(run, p - 1)
            {
                s = p;
            } else {
                break;
            }
        }
        // `Samsung Electronics Co. Ltd`: the words before the first legal form.
        let first_form = (s..e).find(|&k| is_form(run, k) && k > s);
        // A title before initials and a name is a person's (`Justice B.V. Nagarathna`).
        let initials = words_before == 1 && run.any(s, words::TITLE_WORD) && name_word(run, e);
        if words_before == 0 && !amp || first_form == Some(s) || initials {
            i = e;
            continue;
        }
        if opens_sentence(text, run, s)
            && s + 1 < i
            && DESCRIPTORS.contains(&run.word(s).to_ascii_lowercase().as_str())
        {
            s += 1;
        }
        let bare = first_form.map(|f| {
            let mut b = f;
            while b > s && matches!(run.word(b - 1), "," | "&" | "-" | "and") {
                b -= 1;
            }
            s..b
        });
        // A company that took an earlier one in (`Merck & Co` after `Merck &` was seen): the
        // last ones, as the companies are in order and do not overlap.
        while out.last().is_some_and(|c| c.tokens.end > s) {
            out.pop();
        }
        out.push(Company {
            tokens: s..e,
            bare: bare.filter(|b| !b.is_empty()),
            amp_only: first_form.is_none() && !is_form(run, e - 1),
        });
        i = e;
    }
    out
}

/// Companies named with a legal form or an ampersand are organisations, whatever the tagger
/// made of them (`Meta Platforms Inc.` as a person, `France's Sanofi S.A` as one name); a
/// name they overlap keeps its part before them (`France`). The company's name without its
/// legal form is the company wherever it stands (`Pfizer said`).
pub(super) fn companies(text: &str, doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    // Each company and the document's tokens of its bare name (none without a legal form),
    // in the order of the text.
    let mut found: Vec<(Span, Range<usize>)> = Vec::new();
    super::sort_by_span(mentions);
    let reach = super::reaches(mentions);
    // (`A` of `A/S`.)
    let starts = words.marks(words::LEGAL_FORM, &[&["A", "&"]]);
    for s in &doc.sentences {
        let tokens = doc.sentence_tokens(s);
        let run = words.run(tokens, s.tokens.start);
        for c in companies_in(text, run, &starts) {
            let Some(span) = span_of(tokens, &c.tokens) else {
                continue;
            };
            // Two names the tagger found apart stay apart (`MTV & Wild`), unless they are
            // one name twice (`Johnson & Johnson`) or given names alone (`Ben & Jerry`).
            let (a, b) = (c.tokens.start, c.tokens.end - 1);
            let tagged = |k: usize| {
                // (The mentions that may contain the token: back from the last that starts
                // by its start, while any of them reaches its end.)
                tokens.get(k).is_some_and(|t| {
                    let t = t.span();
                    let upto = mentions.partition_point(|m| m.span.start <= t.start);
                    (0..upto)
                        .rev()
                        .take_while(|&j| reach.get(j).is_some_and(|&end| end >= t.end))
                        .filter_map(|j| mentions.get(j))
                        .any(|m| {
                            m.span.contains(t)
                                && !m.span.contains(span)
                                && !(m.kind == EntityKind::Person && m.span == t)
                        })
                })
            };
            if c.amp_only && tagged(a) && tagged(b) && run.word(a) != run.word(b) {
                continue;
            }
            let bare = c
                .bare
                .map_or(0..0, |b| s.tokens.start + b.start..s.tokens.start + b.end);
            found.push((span, bare));
        }
    }
    if found.is_empty() {
        return;
    }
    let lex = super::lexicon::lexicon();
    let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len() + found.len());
    for m in mentions.drain(..) {
        // (The companies do not overlap: the first that ends after the mention starts is
        // the one it may overlap.)
        let at = found.partition_point(|(c, _)| c.end <= m.span.start);
        let Some((c, _)) = found.get(at).filter(|(c, _)| c.overlaps(m.span)) else {
            kept.push(m);
            continue;
        };
        // The part before the company (`France` of `France's Sanofi S.A`).
        if m.span.start < c.start {
            let a = words.token_at_or_after(m.span.start);
            let mut b = words.token_at_or_after(c.start);
            while b > a
                && doc.tokens.get(b - 1).is_some_and(|t| {
                    t.kind == TokenKind::Punct
                        || matches!(t.span().slice(text), "’s" | "'s" | "s" | "and")
                })
            {
                b -= 1;
            }
            if let Some(span) = span_of(&doc.tokens, &(a..b)) {
                let surface = span.slice(text);
                let kind = if lex.places.contains(surface) {
                    EntityKind::Place
                } else if super::is_demonym(surface, lex) {
                    EntityKind::Misc
                } else {
                    m.kind
                };
                kept.push(Mention {
                    span,
                    kind,
                    title: m.title.filter(|_| kind == EntityKind::Person),
                });
            }
        }
    }
    for (c, _) in &found {
        kept.push(Mention {
            span: *c,
            kind: EntityKind::Org,
            title: None,
        });
    }
    super::sort_by_span(&mut kept);
    *mentions = kept;
    // The bare names: their tagged mentions become the company, their untagged ones are
    // tagged.
    let mut bares = Phrases::with_room_for(words, found.len());
    for (_, b) in found {
        bares.insert(b);
    }
    if bares.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Org && bares.find(words.ids(words.tokens_of(m.span))).is_some() {
            m.kind = EntityKind::Org;
            m.title = None;
        }
    }
    let mut extra = Vec::new();
    for s in &doc.sentences {
        let tokens = doc.sentence_tokens(s);
        let run = words.run(tokens, s.tokens.start);
        let ids = words.ids(s.tokens.clone());
        for (i, t) in tokens.iter().enumerate() {
            if !run.any(i, words::CAPITAL) || t.kind != TokenKind::Word {
                continue;
            }
            // The bare name found first in the text, of those the words here start with.
            let here = ids.get(i..).unwrap_or_default();
            let Some((len, _)) = bares.starting(here).min_by_key(|&(_, n)| n) else {
                continue;
            };
            let end = i + len;
            // Alone: not inside a longer capitalised name.
            let before = i > 0 && name_word(run, i - 1) && !opens_sentence(text, run, i - 1);
            if before || name_word(run, end) || run.word(end) == "&" {
                continue;
            }
            let Some(span) = span_of(tokens, &(i..end)) else {
                continue;
            };
            let at = mentions.partition_point(|m| m.span.end <= span.start);
            if mentions.get(at).is_some_and(|m| m.span.overlaps(span)) {
                continue;
            }
            extra.push(Mention {
                span,
                kind: EntityKind::Org,
                title: None,
            });
        }
    }
    mentions.extend(extra);
}

/// True for an acronym an article may define in brackets (`CDC`, `NIH`, `MoD`, `5G`): two to
/// eight letters or digits, at least two of them capitals, no lower-case letter first.
pub fn is_defined_acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=8).contains(&n)
        && w.chars().all(|c| c.is_alphanumeric() || c == '&')
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
        && w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// The mentions that a bracketed acronym right after them defines (or one after `, or`, `,
/// known as`), or a short name after `, known as` (`the California Department of Forestry and
/// Fire Protection, known as Cal Fire`): (the name's index, the acronym's or short name's span),
/// with `mentions` sorted.
pub fn acronym_definitions(text: &str, mentions: &[Mention]) -> Vec<(usize, Span)> {
    let mut out = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let rest = text.get(m.span.end..).unwrap_or("");
        let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
        // A short name of two words or more, found as a mention of its own, for a longer one.
        let known_as = trimmed
            .strip_prefix(", also known as ")
            .or_else(|| trimmed.strip_prefix(", known as "))
            .map(|after| m.span.end + (rest.len() - after.len()));
        let short = mentions.get(k + 1).filter(|n| {
            Some(n.span.start) == known_as
                && n.span.slice(text).contains(' ')
                && m.span.len() > n.span.len()
        });
        if let Some(n) = short {
            out.push((k, n.span));
            continue;
        }
        // `(MAS)`, or in words: `, or MAS`, `, known as YPFB`.
        let (inner, close, bracket) = match trimmed.strip_prefix('(') {
            Some(inner) => (inner, inner.find(')'), true),
            None => {
                let inner = (trimmed.strip_prefix(", or "))
                    .or_else(|| trimmed.strip_prefix(", known as "))
                    .unwrap_or("");
                (
                    inner,
                    inner.bytes().position(|b| !b.is_ascii_alphanumeric()),
                    false,
                )
            }
        };
        let Some(close) = close else {
            continue;
        };
        let acronym = inner.get(..close).unwrap_or("");
        // Not a wire after a dateline's place in capitals (`ATLANTA (AP)`), nor a place's
        // code that does not start like it.
        let name = m.span.slice(text);
        let first = |s: &str| s.as_bytes().first().map(u8::to_ascii_lowercase);
        let like = first(acronym) == first(name);
        if !is_defined_acronym(acronym)
            || acronym == name
            || !name.contains(char::is_lowercase)
            || (m.kind == EntityKind::Place || !bracket) && !like
            // Not a list's next item (`Apple, or AMD`).
            || !bracket && !name.contains(' ')
        {
            continue;
        }
        let start = m.span.end + (rest.len() - inner.len());
        out.push((k, Span::new(start, start + acronym.len())));
    }
    out
}

/// The capitalised words before an acronym in brackets whose initials it spells are one
/// organisation's name, where the tagger found parts of it as other names (`the Independent
/// National Electoral Commission (INEC)`, `the All Progressives Congress (APC)`); `of` and
/// `and` may be spelt (`ECOWAS`: `Economic Community of West African States`); two words
/// joined by `and` before an acronym in mixed case need not be (`Law and Justice (PiS)`).
pub(super) fn names_spelt_by_acronyms(
    text: &str,
    doc: &Document,
    words: &Words,
    mentions: &mut Vec<Mention>,
) {
    let run = words.run(&doc.tokens, 0);
    let mut found: Vec<Span> = Vec::new();
    let mut sorted = false;
    for (at, _) in text.match_indices('(') {
        let p = words.token_at_or_after(at);
        let word = run.word(p + 1);
        if run.word(p) != "(" || run.word(p + 2) != ")" || super::is_common_acronym(word) {
            continue;
        }
        // Capitals alone spell (a mixed-case acronym may come from another language: `PiS`).
        let spelt = crate::coref::is_acronym(word);
        let acronym = if spelt { word.as_bytes() } else { b"" };
        // The acronym's letters from the last, each the first of a capitalised word.
        let mut left = acronym.len();
        let mut a = p;
        while left > 0 && a > 0 {
            let w = run.word(a - 1);
            let spells =
                w.as_bytes().first().map(u8::to_ascii_uppercase).as_ref() == acronym.get(left - 1);
            if matches!(w, "of" | "and" | "for" | "the" | "&") {
                left -= usize::from(spells);
            } else if run.any(a - 1, words::CAPITAL) && spells {
                left -= 1;
            } else {
                break;
            }
            a -= 1;
        }
        // Or two plain words joined by `and` before an acronym in mixed case, spelt in the
        // name's own language (`Law and Justice (PiS)`: Prawo i Sprawiedliwość); not places
        // (`Bosnia and Herzegovina`).
        let plain = |k: usize| {
            run.bits(k) & (words::CAPITAL | words::LETTERS | words::FUNCTION | words::PLACE)
                == words::CAPITAL | words::LETTERS
        };
        let paired = !spelt
            && p >= 3
            && run.word(p - 2) == "and"
            && plain(p - 1)
            && plain(p - 3)
            && is_defined_acronym(word);
        if paired {
            (left, a) = (0, p - 3);
        }
        let Some(name) = span_of(run.tokens, &(a..p)).filter(|_| left == 0) else {
            continue;
        };
        // Only names the tagger found in parts, none a person's (or, when the acronym is in
        // another language, found in no part).
        if !sorted {
            super::sort_by_span(mentions);
            sorted = true;
        }
        let k = mentions.partition_point(|m| m.span.end <= name.start);
        let mut parts = usize::from(paired);
        for m in mentions.get(k..).unwrap_or_default() {
            if m.span.start >= name.end {
                break;
            }
            let inside = name.start <= m.span.start && m.span.end <= name.end;
            if !inside || m.span == name || m.kind == EntityKind::Person {
                parts = 0;
                break;
            }
            parts += 1;
        }
        if parts > 0 && found.last().is_none_or(|f| f.end <= name.start) {
            found.push(name);
        }
    }
    replace_with_orgs(mentions, found);
}

/// An acronym defined in brackets after a name (`Centers for Disease Control and Prevention
/// (CDC)`) is a mention of the name's kind, and so is every other mention of it (`the CDC`,
/// `TSMC` tagged as a person).
pub(super) fn defined_acronyms(text: &str, mentions: &mut Vec<Mention>) {
    super::sort_by_span(mentions);
    bodies_for_places(text, mentions);
    let defs = acronym_definitions(text, mentions);
    if defs.is_empty() {
        return;
    }
    // Each acronym's kind (the first definition's; its index in a map to `u32`, the word
    // lists' map type: one hash table's code in the wasm).
    let mut kinds: HashMap<&str, u32, FastHash> = HashMap::default();
    let reach = super::reaches(mentions);
    let mut extra = Vec::new();
    for (k, span) in defs {
        let Some(name) = mentions.get(k) else {
            continue;
        };
        let kind = name.kind;
        kinds
            .entry(span.slice(text))
            .or_insert(u32::from(tagger::kind_index(kind)));
        let before = mentions.partition_point(|m| m.span.start < span.end);
        if before
            .checked_sub(1)
            .and_then(|k| reach.get(k))
            .is_none_or(|&end| end <= span.start)
        {
            extra.push(Mention {
                span,
                kind,
                title: None,
            });
        }
    }
    mentions.extend(extra);
    for m in mentions.iter_mut() {
        if let Some(&k) = kinds.get(m.span.slice(text)) {
            m.kind = tagger::kind_of(k as u8);
            if m.kind != EntityKind::Person {
                m.title = None;
            }
        }
    }
}

/// A place named after a capitalised word and `for`, with an acronym in brackets that starts
/// like that word, is part of a body's name (`Alternative for Germany (AfD)`, `Movement for
/// Democratic Change (MDC)`); the acronym may be the name's in its own language.
fn bodies_for_places(text: &str, mentions: &mut [Mention]) {
    let mut end = 0;
    for m in mentions.iter_mut() {
        let before = text.get(end..m.span.start).unwrap_or("");
        end = m.span.end;
        let after = text.get(m.span.end..).unwrap_or("");
        let (Some(head), Some(acronym)) = (
            before.strip_suffix(" for "),
            after.strip_prefix(" (").and_then(|a| a.split(')').next()),
        ) else {
            continue;
        };
        let word = head
            .get(head.rfind(' ').map_or(0, |k| k + 1)..)
            .unwrap_or("");
        if m.kind == EntityKind::Place
            && word.len() > 3
            && word.bytes().all(|b| b.is_ascii_alphabetic())
            && word.as_bytes().first() == acronym.as_bytes().first()
            && is_defined_acronym(acronym)
        {
            m.span = Span::new(m.span.start - 5 - word.len(), m.span.end);
            m.kind = EntityKind::Org;
        }
    }
}

/// Possessors inside organisations' names that name no one of their own (`United Nations
/// Children's Fund`, `People's Bank of China`, `King's College`).
const POSSESSORS: &[&str] = &[
    "Children", "Women", "Men", "People", "King", "Queen", "Prince", "Princess",
];

/// Organisations whose names hold a possessive (`United Nations Children's Fund`, `St Mary's
/// Hospital`, `Workers' Party`): the tagger ends the name at the possessor and misses the rest.
/// A possessor that names nobody — one of [`POSSESSORS`], a saint, a plural (`Workers'`) that
/// is no person or place — then one to four capitalised words ending in an organisation's head
/// (`Fund`, `Party`), with `of` and up to three capitalised words after it (`People's Bank of
/// China`), make one organisation; a person's possessive (`Obama's Justice Department`) does
/// not. Mentions inside it give way; one ending at the possessor starts it (`United Nations
/// Children`).
pub fn names_with_possessives(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    super::sort_by_span(mentions);
    let mut found: Vec<Span> = Vec::new();
    // The possessive's marks: the other tokens are not read.
    let marks = words.marks(0, &[&["'", "’", "'s", "’s"]]);
    for s in &doc.sentences {
        let run = words.run(doc.sentence_tokens(s), s.tokens.start);
        for i in run.marked(&marks).filter(|&i| i > 0) {
            let mark = run.word(i);
            let plural = matches!(mark, "'" | "’") && glued(run, i);
            if !(plural || matches!(mark, "'s" | "’s")) || !name_word(run, i - 1) {
                continue;
            }
            let p = i - 1;
            // (`St Mary's`, `St. Mary's`: the full stop may be a token of its own.)
            let saint = if p >= 1 && matches!(run.word(p - 1), "St" | "St." | "Saint") {
                Some(p - 1)
            } else if p >= 2 && run.word(p - 1) == "." && run.word(p - 2) == "St" {
                Some(p - 2)
            } else {
                None
            };
            // An office's title owns its office with the place it serves (`Franklin County
            // Sheriff's Office`).
            let office = !plural && run.any(p, words::TITLE_WORD);
            let owner = if plural {
                run.word(p).ends_with('s')
            } else {
                saint.is_some() || office || POSSESSORS.contains(&run.word(p))
            };
            if !owner {
                continue;
            }
            let mut e = i + 1;
            while e < i + 5 && name_word(run, e) {
                e += 1;
            }
            let Some(head) = (i + 1..e).rev().find(|&k| run.any(k, words::ORG_HEAD)) else {
                continue;
            };
            let mut end = head + 1;
            // A city after the head is the name's (`King's College London`).
            if end < e && run.any(end, words::PLACE) {
                end = e;
            }
            if run.word(end) == "of" {
                let mut k = end + 1;
                while k < end + 4 && name_word(run, k) {
                    k += 1;
                }
                if k > end + 1 {
                    end = k;
                }
            }
            // Capitalised words before a possessor that names no one open the name (`European`
            // + `People's Party`).
            let mut start = saint.unwrap_or(p);
            while start + 3 > p && start > 0 && name_word(run, start - 1) {
                start -= 1;
            }
            let (Some(name), Some(owner)) = (
                span_of(run.tokens, &(start..end)),
                run.tokens.get(p).map(|t| t.span()),
            ) else {
                continue;
            };
            // The possessor's own mention: a person or place owns the name (`Texas' Department
            // of Health`), as does any named owner of a plural (`the Court of Appeals' Board`);
            // anything else, and a saint the tagger took for a place, begins it.
            let own = mentions
                .partition_point(|m| m.span.start <= owner.start)
                .checked_sub(1)
                .and_then(|k| mentions.get(k))
                .filter(|m| m.span.end == owner.end);
            let name = match own {
                Some(m)
                    if !office
                        && (plural
                            || saint.is_none()
                                && matches!(m.kind, EntityKind::Person | EntityKind::Place)) =>
                {
                    continue;
                }
                Some(m) => Span::new(m.span.start.min(name.start), name.end),
                None => name,
            };
            if found.last().is_none_or(|f| f.end <= name.start) {
                found.push(name);
            }
        }
    }
    replace_with_orgs(mentions, found);
}

/// Bodies named by a head and a field that the tagger missed after a possessive (`Japan's
/// Ministry of Economy`, where it tagged `Economy` a place): a capitalised organisation's head
/// in no mention after `the` or a possessive, `of` or `for` (and `the`), then one to five
/// capitalised words that hold no person, make an organisation ([`bodies_named_by_fields`] then
/// takes its list of fields).
pub fn bodies_by_head(doc: &Document, words: &Words, mentions: &mut Vec<Mention>) {
    super::sort_by_span(mentions);
    let mut found: Vec<Span> = Vec::new();
    for s in &doc.sentences {
        let run = words.run(doc.sentence_tokens(s), s.tokens.start);
        for i in 0..run.len() {
            if !run.any(i, words::ORG_HEAD) || !matches!(run.word(i + 1), "of" | "for" | "on") {
                continue;
            }
            // Capitalised words before the head are the name's (`The General Administration
            // of Customs`, where the tagger read `General` as a title).
            let mut a = i;
            while a > 0 && i - a < 2 && name_word(run, a - 1) && !run.any(a - 1, words::DEMONYM) {
                a -= 1;
            }
            // (After `the` or a possessive: `from Congress for Tanzania` is no body.)
            if a == 0 || !matches!(run.word(a - 1), "the" | "The" | "'s" | "’s") {
                continue;
            }
            let (Some(head), true) = (span_of(run.tokens, &(a..i + 1)), name_word(run, i)) else {
                continue;
            };
            let k = mentions.partition_point(|m| m.span.start < head.start);
            // (A name the tagger ended at the head may go on: `the Committee` + `for a
            // Responsible Federal Budget`.)
            let tagged = k
                .checked_sub(1)
                .and_then(|k| mentions.get(k))
                .is_some_and(|m| m.span.end > head.start)
                || mentions.get(k).is_some_and(|m| {
                    m.span.start < head.end && (m.span.end > head.end || m.kind != EntityKind::Org)
                });
            if tagged {
                continue;
            }
            let first = i + 2 + usize::from(matches!(run.word(i + 2), "the" | "a"));
            let mut e = first;
            while e < first + 5 && name_word(run, e) {
                e += 1;
                // `the Forum on China-Africa Cooperation`; `the Institute for the Study of War`.
                let joined = run.word(e) == "-" && glued(run, e) && glued(run, e + 1)
                    || run.word(e) == "of" && e > first;
                if joined && name_word(run, e + 1) {
                    e += 1;
                }
            }
            // (`the Council on Foreign Relations`, not `the Senate on Iran`.)
            let topic = run.word(i + 1) != "on" || !run.any(e - 1, words::LISTED);
            let Some(name) = span_of(run.tokens, &(a..e)).filter(|_| e > first && topic) else {
                continue;
            };
            // A person the tagger found in the field without a title or a given name is none
            // (`Customs`, `Responsible Federal Budget`).
            let person = mentions
                .get(k..)
                .unwrap_or_default()
                .iter()
                .take_while(|m| m.span.start < name.end)
                .any(|m| {
                    m.kind == EntityKind::Person
                        && (m.title.is_some()
                            || words.any(words.token_at_or_after(m.span.start), words::GIVEN))
                        || m.span.end > name.end
                });
            if !person && found.last().is_none_or(|f| f.end <= name.start) {
                found.push(name);
            }
        }
    }
    replace_with_orgs(mentions, found);
}

/// Bodies the tagger read as two names. Two joined by `and`, the second ending in a body's
/// head, are one body named by its two fields (`the Malaria Research` + `Training Center`),
/// after `the`, where the first has no head and is no acronym or known body of its own (not
/// `the FBI and Justice Department`; not `Barclays and Lloyds Banking Group`, after no `the`).
/// A body's acronym before a one-word place is its branch there (`NHS` + `England`, `BBC` +
/// `Scotland`) where a mark, a possessive or a verb follows (`NHS England said`; not `NATO
/// Ukraine talks`).
pub fn bodies_read_as_two(text: &str, words: &Words, mentions: &mut Vec<Mention>) {
    super::sort_by_span(mentions);
    // One pass, merging into the last kept mention (no `remove`: linear on any input).
    let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
    for b in mentions.drain(..) {
        if let Some(a) = kept.last_mut() {
            let first = words.token_at_or_after(a.span.start);
            let last_a = words.token_at_or_after(a.span.end) - 1;
            let last_b = words.token_at_or_after(b.span.end) - 1;
            let fields = b.kind == EntityKind::Org
                && matches!(a.kind, EntityKind::Org | EntityKind::Misc)
                && text.get(a.span.end..b.span.start) == Some(" and ")
                && words.any(first, words::ANY_LOWER)
                && !words.any(last_a, words::ORG_HEAD)
                && !is_known_body(words.word(last_a))
                && words.any(last_b, words::ORG_HEAD)
                && matches!(words.word(first.wrapping_sub(1)), "the" | "The");
            let acronym = a.span.slice(text);
            let branch = a.kind == EntityKind::Org
                && b.kind == EntityKind::Place
                && (2..=5).contains(&acronym.len())
                && acronym.bytes().all(|c| c.is_ascii_uppercase())
                && text.get(a.span.end..b.span.start) == Some(" ")
                && words.token_at_or_after(b.span.start) == last_b
                && (!words.any(last_b + 1, words::LETTERS)
                    || matches!(
                        words.word(last_b + 1),
                        "’s" | "'s" | "said" | "says" | "has" | "had" | "is" | "was" | "will"
                    ));
            if fields || branch {
                a.span = Span::new(a.span.start, b.span.end);
                a.kind = EntityKind::Org;
                continue;
            }
        }
        kept.push(b);
    }
    *mentions = kept;
}

/// Puts organisations `found` (in text order, apart) in place of the mentions they overlap.
fn replace_with_orgs(mentions: &mut Vec<Mention>, found: Vec<Span>) {
    if found.is_empty() {
        return;
    }
    // Both lists are in text order: one pass drops the mentions inside the names.
    let mut f = 0;
    mentions.retain(|m| {
        while found.get(f).is_some_and(|n| n.end <= m.span.start) {
            f += 1;
        }
        !found.get(f).is_some_and(|n| n.overlaps(m.span))
    });
    mentions.extend(found.into_iter().map(|span| Mention {
        span,
        kind: EntityKind::Org,
        title: None,
    }));
    super::sort_by_span(mentions);
}
