//! Stage 4: mentions grouped into entities (`Adam Ni` … `Ni`; `the United States` … `US`), each
//! with a canonical name, the person's title and role.

use crate::case::{lower_char, lower_str};
use crate::entities::lexicon::FastHash;
use crate::entities::{EntityKind, Mention};
use crate::segment::{Document, Token, TokenKind};
use crate::span::Span;
use std::borrow::Cow;
use std::collections::HashMap;

/// The maps of this stage: keyed by names, with the entity stage's word hasher (SipHash's
/// guard against crafted keys costs each look-up several times the hash). A key is mostly a
/// slice of the text (no string to make and free for it), owned only when it was made.
type NameMap<'k, V> = HashMap<Cow<'k, str>, V, FastHash>;

/// One thing the article names, with all its mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// Its fullest name in the article.
    pub name: String,
    /// The title a person's name first carried (`Major General`).
    pub title: Option<String>,
    /// What the article says the person is (`deputy chief of the Joint Staff Department`).
    pub role: Option<String>,
    /// Indexes of its mentions, in text order.
    pub mentions: Vec<usize>,
}

/// Alternative names of the same place, as the first word list entry of each line names it.
const PLACE_ALIASES: &[&[&str]] = &[
    &[
        "United States",
        "US",
        "U.S.",
        "U.S",
        "USA",
        "U.S.A.",
        "America",
    ],
    &["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    &["United Arab Emirates", "UAE", "U.A.E."],
    &["European Union", "EU", "E.U."],
    &["Soviet Union", "USSR", "U.S.S.R."],
    &["Democratic Republic of the Congo", "DRC", "DR Congo"],
    &[
        "Washington DC",
        "Washington, DC",
        "Washington D.C.",
        "Washington",
    ],
];

/// The bytes the names of [`PLACE_ALIASES`] start with: most names start with none of them.
const ALIAS_STARTS: [bool; 256] = {
    let mut starts = [false; 256];
    let mut g = 0;
    while g < PLACE_ALIASES.len() {
        let mut i = 0;
        while i < PLACE_ALIASES[g].len() {
            if let [first, ..] = PLACE_ALIASES[g][i].as_bytes() {
                starts[*first as usize] = true;
            }
            i += 1;
        }
        g += 1;
    }
    starts
};

fn alias_key(kind: EntityKind, name: &str) -> Cow<'_, str> {
    let may_alias = name
        .as_bytes()
        .first()
        .is_some_and(|&b| ALIAS_STARTS[usize::from(b)]);
    if may_alias && matches!(kind, EntityKind::Place | EntityKind::Org) {
        if let Some(group) = PLACE_ALIASES.iter().find(|g| g.contains(&name)) {
            return Cow::Borrowed(group[0]);
        }
    }
    // A dateline's place in capitals is the place (`BIRMINGHAM` … `Birmingham`, `KYIV` …
    // `Kyiv`); not a short code (`USA`).
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if kind == EntityKind::Place
        && letters >= 4
        && name.chars().all(|c| c.is_uppercase() || c == ' ')
    {
        let mut out = String::with_capacity(name.len());
        let mut first = true;
        for c in name.chars() {
            if first {
                out.push(c);
            } else {
                out.extend(lower_char(c));
            }
            first = c == ' ';
        }
        // (`WASHINGTON` … `Washington` … `Washington, D.C.`.)
        if let Some(group) = PLACE_ALIASES.iter().find(|g| g.contains(&out.as_str())) {
            return Cow::Borrowed(group[0]);
        }
        return Cow::Owned(out);
    }
    // A company with and without its legal form is one (`Northwind Pharmaceuticals Inc`,
    // `Merck & Co.`, `Samsung Electronics Co., Ltd.`), and a body with and without a country's
    // short form in front (`U.S. Senate`, `Senate`).
    if kind == EntityKind::Org {
        let name = without_short_form(name).unwrap_or(name);
        let bare = company_name(name);
        if bare.len() < name.len() && bare.contains(|c: char| c.is_alphabetic()) {
            return Cow::Borrowed(bare);
        }
        return Cow::Borrowed(name);
    }
    Cow::Borrowed(name)
}

/// A company's name without its legal forms (`Merck` of `Merck & Co.`, `Eli Lilly` of `Eli
/// Lilly and Co.`); the name itself when it has none.
fn company_name(name: &str) -> &str {
    let mut bare = name;
    loop {
        let trimmed = bare.trim_end_matches([' ', ',', '&']);
        // `Eli Lilly and Co.`
        let trimmed = trimmed.strip_suffix(" and").unwrap_or(trimmed);
        let Some((rest, last)) = trimmed.rsplit_once(' ') else {
            return trimmed;
        };
        let form = last.strip_suffix('.').unwrap_or(last);
        if !crate::entities::LEGAL_FORMS.contains(&form) {
            return trimmed;
        }
        bare = rest;
    }
}

/// The initials of a name of several capitalised words (`Korean Central News Agency` →
/// `KCNA`), skipping `of`, `the`, `and`, `for` and a country's short form in front (`CDC` of
/// `U.S. Centers for Disease Control`); and how many bytes of them the words before its first
/// `and` spell when three or more words do (0 otherwise): a name may grow after its acronym
/// is coined (`CDC` of `Centers for Disease Control and Prevention`).
fn initials(name: &str) -> Option<(String, usize)> {
    let mut spelt = String::new();
    let (mut words, mut cut) = (0, 0);
    for w in without_short_form(name)
        .unwrap_or(name)
        .split(|c: char| c.is_whitespace() || c == '-')
    {
        if w == "and" && cut == 0 && words >= 3 {
            cut = spelt.len();
        }
        if matches!(w, "" | "of" | "the" | "and" | "for" | "&") {
            continue;
        }
        spelt.push(w.chars().next().filter(|c| c.is_uppercase())?);
        words += 1;
    }
    (words >= 2).then_some((spelt, cut))
}

/// A name without a country's short form in front (`Senate` of `U.S. Senate`); `None` when it
/// has none.
fn without_short_form(name: &str) -> Option<&str> {
    // (Asked of every organisation's name: most have no full stop second.)
    let b = name.as_bytes();
    if b.get(1) != Some(&b'.') {
        return None;
    }
    let k = b.iter().position(|&c| c == b' ')?;
    b.get(..k)?
        .iter()
        .all(|&c| c.is_ascii_uppercase() || c == b'.')
        .then(|| name.get(k + 1..))
        .flatten()
}

/// True for a short all-capitals name (`KCNA`, `UN`).
pub(crate) fn is_acronym(name: &str) -> bool {
    // ASCII capitals only, so bytes are characters: no count of characters needed.
    (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// Groups the mentions into entities and sets `entity` for each mention (by index into the
/// returned list). A person's later mention by surname joins the person named in full; a
/// place's alias joins its group (`US` … `the United States`); an acronym joins the name it
/// abbreviates (`KCNA` … `Korean Central News Agency`).
pub fn resolve(text: &str, doc: &Document, mentions: &[Mention]) -> (Vec<Entity>, Vec<usize>) {
    let mut entities: Vec<Entity> = Vec::new();
    // Each kind's entities by their key (one map per kind: a look-up needs no owned key).
    let mut keys: [NameMap<usize>; 4] = Default::default();
    // The last person whose name ends in each surname, and which people the article has
    // called by the surname alone.
    let mut surnames: NameMap<usize> = NameMap::default();
    let mut by_surname: Vec<bool> = Vec::new();
    // The last person whose name begins with each word, asked when no name ends in it: names
    // written surname first (`Zhang Wei` … `Zhang Junshe` … `Zhang said`).
    let mut first_words: NameMap<usize> = NameMap::default();
    let mut of_mention = Vec::with_capacity(mentions.len());
    let fullest = fullest_names(text, mentions);
    for (mi, m) in mentions.iter().enumerate() {
        let surface = m.span.slice(text);
        // A part of one person's fuller name is that person, wherever the full name stands
        // (`Milei` in a headline … `President Javier Milei`; `Lula` … `Luiz Inácio Lula da
        // Silva`).
        let full = fullest.get(surface).and_then(|&k| mentions.get(k));
        let key = match full {
            Some(full) if m.kind == EntityKind::Person => Cow::Borrowed(full.span.slice(text)),
            _ => alias_key(m.kind, surface),
        };
        let alone = m.kind == EntityKind::Person && !surface.contains(' ');
        let found = keys
            .get(m.kind as usize)
            .and_then(|k| k.get(key.as_ref()))
            .copied()
            .or_else(|| {
                // `Ni` joins the last person whose name ends in `Ni`.
                alone
                    .then(|| surnames.get(surface).or_else(|| first_words.get(surface)))
                    .flatten()
                    .copied()
            });
        let ei = match found {
            Some(ei) => ei,
            None => {
                entities.push(Entity {
                    kind: m.kind,
                    // A place named by an alias takes the alias group's name (`US` → `United
                    // States`); a company keeps its legal form (`Acme Corp`).
                    name: if m.kind == EntityKind::Org
                        && (surface.starts_with(key.as_ref()) || surface.ends_with(key.as_ref()))
                    {
                        surface.to_string()
                    } else {
                        key.to_string()
                    },
                    title: None,
                    role: None,
                    // Its first mention is pushed next (a first push would make room for 4).
                    mentions: Vec::with_capacity(4),
                });
                if let Some(k) = keys.get_mut(m.kind as usize) {
                    k.insert(key, entities.len() - 1);
                }
                entities.len() - 1
            }
        };
        by_surname.resize(entities.len(), false);
        let Some(e) = entities.get_mut(ei) else {
            continue;
        };
        e.mentions.push(mi);
        // The fullest name: a person's, a company's with its legal form (`Pfizer Inc.`).
        let fuller = match m.kind {
            EntityKind::Person => true,
            EntityKind::Org => surface.starts_with(e.name.as_str()),
            _ => false,
        };
        if fuller && surface.len() > e.name.len() {
            e.name = surface.to_string();
        }
        if e.kind == EntityKind::Person {
            if let Some((first, _)) = surface.split_once(' ') {
                first_words.insert(Cow::Borrowed(first), ei);
            }
            if let Some(last) = crate::entities::surname(&e.name) {
                if alone && surface == last {
                    if let Some(b) = by_surname.get_mut(ei) {
                        *b = true;
                    }
                }
                // Most mentions name a person met before: no new key then. A surname the
                // article already uses alone for someone stays theirs when a namesake is
                // introduced (`Adeyemi says …` after `Her husband, Michael Adeyemi, …` is
                // still the chief executive); naming someone in full again takes it back.
                match surnames.get_mut(last) {
                    Some(slot) if found.is_none() && by_surname.get(*slot) == Some(&true) => {}
                    Some(slot) => *slot = ei,
                    None => {
                        surnames.insert(Cow::Owned(last.to_string()), ei);
                    }
                }
            }
        }
        if e.title.is_none() {
            e.title = m.title.map(|t| t.slice(text).to_string());
        }
        if e.kind == EntityKind::Person && e.role.is_none() {
            e.role = find_role(text, doc, m);
        }
        of_mention.push(ei);
    }
    // Acronyms the article defines (`Centers for Disease Control and Prevention (CDC)`).
    let defined: Vec<(usize, usize)> = crate::entities::acronym_definitions(text, mentions)
        .into_iter()
        .filter_map(|(k, span)| {
            let a = mentions.get(k + 1).filter(|a| a.span == span)?;
            (a.kind == mentions.get(k)?.kind)
                .then_some((*of_mention.get(k + 1)?, *of_mention.get(k)?))
        })
        .collect();
    merge_acronyms(&mut entities, &mut of_mention, &defined);
    (entities, of_mention)
}

/// For each person's name that is part of exactly one fuller name of a person in the article
/// (`Lula`, `Luiz Inácio Lula` → `Luiz Inácio Lula da Silva`; `Milei` → `Javier Milei`), a
/// mention (its index) of that name: its words stand in it in order, side by side. A part of
/// two fuller names (`Kim` of `Kim Jong-un` and `Kim Yo-jong`) has none. (The maps' types are
/// the ones `resolve` uses: each new one would be more code in the wasm.)
fn fullest_names<'t>(text: &'t str, mentions: &[Mention]) -> NameMap<'t, usize> {
    // The distinct names (a mention of each, its words), and the names each word is in.
    let mut index: NameMap<usize> = NameMap::default();
    // Each name's mention and its words' range in `words` (one list for all).
    let mut names: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    // (For each word, its list in `lists`: a map to `usize`, the one type of map here.)
    let mut having: NameMap<usize> = NameMap::default();
    let mut lists: Vec<Vec<usize>> = Vec::new();
    for (mi, m) in mentions.iter().enumerate() {
        let name = m.span.slice(text);
        if m.kind != EntityKind::Person || index.contains_key(name) {
            continue;
        }
        index.insert(Cow::Borrowed(name), names.len());
        let from = words.len();
        words.extend(name.split_whitespace());
        for w in words.get(from..).unwrap_or_default() {
            // A word met before needs no new key.
            match having.get(*w).and_then(|&l| lists.get_mut(l)) {
                Some(list) => {
                    if list.last() != Some(&names.len()) {
                        list.push(names.len());
                    }
                }
                None => {
                    having.insert(Cow::Borrowed(*w), lists.len());
                    lists.push(vec![names.len()]);
                }
            }
        }
        names.push((mi, from..words.len()));
    }
    let words_of = |k: usize| {
        names
            .get(k)
            .and_then(|(_, r)| words.get(r.clone()))
            .unwrap_or_default()
    };
    let inside = |part: &[&str], whole: &[&str]| {
        part.len() < whole.len() && whole.windows(part.len()).any(|w| w == part)
    };
    // The longer names each name is part of, found through the shortest list of its words
    // (not its first word's: 10⁴ names `Ann Cole0`, `Ann Cole1`, … each read all of `Ann`'s).
    let containing: Vec<Vec<usize>> = (0..names.len())
        .map(|k| {
            let part = words_of(k);
            let list = part
                .iter()
                .filter_map(|w| having.get(*w).and_then(|&l| lists.get(l)))
                .min_by_key(|list| list.len());
            list.map_or(Vec::new(), |list| {
                list.iter()
                    .copied()
                    .filter(|&j| inside(part, words_of(j)))
                    .collect()
            })
        })
        .collect();
    let mut out = NameMap::default();
    for (name, i) in index {
        // The fullest names (that no other name is part of) that contain this one.
        let mut found = containing
            .get(i)
            .into_iter()
            .flatten()
            .filter(|&&j| containing.get(j).is_some_and(Vec::is_empty));
        if let (Some(&j), None) = (found.next(), found.next()) {
            if let Some((mi, _)) = names.get(j) {
                out.insert(name, *mi);
            }
        }
    }
    out
}

/// Folds each acronym entity into the one entity whose name it abbreviates, or that the
/// article defined it for (`defined`: acronym entity, named entity).
fn merge_acronyms(
    entities: &mut Vec<Entity>,
    of_mention: &mut [usize],
    defined: &[(usize, usize)],
) {
    // Only an acronym looks names up by their initials: most articles have none.
    // (For each key, its list in `lists`: a map to `usize`, the one type of map here.)
    let mut by_initials: NameMap<usize> = NameMap::default();
    let mut lists: Vec<Vec<usize>> = Vec::new();
    if entities.iter().any(|e| is_acronym(&e.name)) {
        for (i, e) in entities.iter().enumerate() {
            if e.kind != EntityKind::Person {
                let Some((init, cut)) = initials(&e.name) else {
                    continue;
                };
                let short = init.get(..cut).filter(|_| cut > 0).map(str::to_string);
                for key in std::iter::once(init).chain(short) {
                    let l = *by_initials.entry(Cow::Owned(key)).or_insert_with(|| {
                        lists.push(Vec::new());
                        lists.len() - 1
                    });
                    if let Some(list) = lists.get_mut(l) {
                        list.push(i);
                    }
                }
            }
        }
    }
    // Each company's first word, when its name has a legal form (`Spotify` of `Spotify
    // Technology S.A.`) or a group's head (`Lloyds` of `Lloyds Banking Group`), which the
    // map `firsts` below lists each company under.
    let company_first: Vec<Option<&str>> = entities
        .iter()
        .map(|c| {
            if c.kind != EntityKind::Org {
                return None;
            }
            let bare = company_name(&c.name);
            (bare.len() < c.name.len()
                || c.name.ends_with(" Group")
                || c.name.ends_with(" Holdings"))
            .then(|| bare.split_once(' ').map(|(first, _)| first))
            .flatten()
        })
        .collect();
    // The names under which an organisation is another's fuller name, each with the
    // organisations that have it (a map to lists, as above; looked up once an organisation,
    // not compared with every other): its first word when a company's (`Spotify` of `Spotify
    // Technology S.A.`, in `firsts`); its name without a head as its last word (`Harbor Lane`
    // of `Harbor Lane Capital`) or without an `of` part (`Reserve Bank` of `Reserve Bank of
    // Australia`), in `shorter`; its last word (`Rovers` of `Bristol Rovers`, `Commission` of
    // `European Commission`), in `tails`.
    let heads = &crate::entities::lexicon::lexicon().org_heads;
    let [mut firsts, mut shorter, mut tails]: [NameMap<usize>; 3] = Default::default();
    let mut add = |map: &mut NameMap<'_, usize>, key: &str, j: usize| {
        let l = *map.entry(Cow::Owned(key.to_string())).or_insert_with(|| {
            lists.push(Vec::new());
            lists.len() - 1
        });
        if let Some(list) = lists.get_mut(l).filter(|list| list.last() != Some(&j)) {
            list.push(j);
        }
    };
    for (j, c) in entities.iter().enumerate() {
        if c.kind != EntityKind::Org {
            continue;
        }
        if let Some(first) = company_first.get(j).copied().flatten() {
            add(&mut firsts, first, j);
        }
        if let Some((rest, last)) = c.name.rsplit_once(' ') {
            if heads.contains(last) {
                add(&mut shorter, rest, j);
            }
            add(&mut tails, last, j);
        }
        for (at, _) in c.name.match_indices(" of ") {
            let before = &c.name[..at];
            if before.contains(' ') {
                add(&mut shorter, before, j);
            }
        }
    }
    let listed = |map: &NameMap<usize>, key: &str| {
        map.get(key)
            .and_then(|&l| lists.get(l))
            .map_or(&[][..], Vec::as_slice)
    };
    // The one organisation other than `i` that `found` holds (maybe more than once), if one
    // alone.
    let only = |found: &mut dyn Iterator<Item = usize>, i: usize| {
        let mut others = found.filter(|&j| j != i);
        let first = others.next();
        match others.find(|&j| Some(j) != first) {
            None => first,
            Some(_) => None,
        }
    };
    let mut full_of: Vec<Option<usize>> = vec![None; entities.len()];
    for &(acronym, full) in defined {
        if let Some(slot) = full_of.get_mut(acronym).filter(|_| acronym != full) {
            slot.get_or_insert(full);
        }
    }
    // Entity index → the entity it is folded into.
    let mut into: Vec<usize> = (0..entities.len()).collect();
    for (i, e) in entities.iter().enumerate() {
        if let Some(full) = full_of.get(i).copied().flatten() {
            into[i] = full;
            continue;
        }
        // `Spotify` … `Spotify Technology S.A.`: a company's first word, when one company
        // alone has it.
        if e.kind == EntityKind::Org && !e.name.contains(' ') {
            if let Some(j) = only(&mut listed(&firsts, &e.name).iter().copied(), i) {
                into[i] = j;
                continue;
            }
        }
        // `Harbor Lane` … `Harbor Lane Capital`, `Rovers` … `Bristol Rovers`, `Reserve Bank` …
        // `Reserve Bank of Australia`, `the Commission` … `the European Commission`: an
        // organisation's name without its head or its `of` part, or a club's last word or a
        // head alone, when one organisation alone has it.
        if e.kind == EntityKind::Org {
            // (A legislature is no other body's head: `the House` is not the `White House`,
            // `Congress` not the `Indian National Congress`.)
            let name = e.name.as_str();
            // (A plural is a team's or a paper's short name: `Hawks` of `Atlanta Hawks`,
            // `Times` of `New York Times`.)
            let plural = name.ends_with('s') && !name.ends_with("ss") && !name.contains(' ');
            let last_word_alone = crate::entities::CLUB_TAILS.contains(&name)
                || plural
                || heads.contains(name) && !crate::entities::LEGISLATURES.contains(&name);
            let tails = if last_word_alone {
                listed(&tails, &e.name)
            } else {
                &[]
            };
            let mut fuller = listed(&shorter, &e.name).iter().chain(tails).copied();
            if let Some(j) = only(&mut fuller, i) {
                into[i] = j;
                continue;
            }
        }
        if !is_acronym(&e.name) {
            continue;
        }
        let list = by_initials.get(e.name.as_str()).and_then(|&l| lists.get(l));
        if let Some([full]) = list.map(Vec::as_slice) {
            if *full != i {
                into[i] = *full;
            }
        }
    }
    if into.iter().enumerate().all(|(i, &t)| i == t) {
        return;
    }
    // Each entity folded into one that stays (no chains, no cycles).
    for i in 0..into.len() {
        let mut t = into[i];
        for _ in 0..into.len() {
            if into[t] == t {
                break;
            }
            t = into[t];
        }
        into[i] = if into[t] == t { t } else { i };
    }
    let mut moved: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, &t) in into.iter().enumerate() {
        if t != i {
            let ms = std::mem::take(&mut entities[i].mentions);
            moved.push((t, ms));
        }
    }
    for (t, ms) in moved {
        if let Some(e) = entities.get_mut(t) {
            e.mentions.extend(ms);
            crate::sort::heap_sort(&mut e.mentions);
        }
    }
    // Drop the emptied entities, keep the order of first mention, renumber.
    let mut order: Vec<usize> = (0..entities.len()).filter(|&i| into[i] == i).collect();
    crate::sort::heap_sort_by_key(&mut order, |&i| {
        let first = entities.get(i).and_then(|e| e.mentions.first().copied());
        (first.unwrap_or(usize::MAX), i)
    });
    let mut new_index = vec![0; entities.len()];
    for (n, &i) in order.iter().enumerate() {
        new_index[i] = n;
    }
    let old = std::mem::take(entities);
    let mut slots: Vec<Option<Entity>> = old.into_iter().map(Some).collect();
    for &i in &order {
        if let Some(e) = slots.get_mut(i).and_then(Option::take) {
            entities.push(e);
        }
    }
    for ei in of_mention.iter_mut() {
        let t = into.get(*ei).copied().unwrap_or(*ei);
        *ei = new_index.get(t).copied().unwrap_or(0);
    }
}

/// True when `list` (words in lower case) holds `word` in lower case: compared ignoring ASCII
/// case when the word is ASCII (most are; no lower-case copy to make then).
fn is_listed(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        list.iter().any(|l| l.eq_ignore_ascii_case(word))
    } else {
        list.contains(&lower_str(word).as_str())
    }
}

/// Words that end a descriptor standing before a name.
const DESCRIPTOR_STOPS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "by",
    "to",
    "for",
    "with",
    "and",
    "or",
    "but",
    "that",
    "as",
    "from",
    "when",
    "while",
    "after",
    "before",
    "is",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "said",
    "says",
    "told",
    "who",
    "which",
    "between",
    "chaired",
    "met",
    "visited",
    "heard",
    "saw",
    "beat",
    "chose",
    "won",
    "lost",
    "led",
    "include",
    "includes",
    "including",
    "like",
    "than",
    "against",
    "about",
    "into",
    "over",
    "under",
    "via",
    "per",
    "whom",
    "whose",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "did",
    "does",
    "do",
];

/// Words after which a noun phrase is a preposition's object.
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "by", "to", "for", "with", "from", "of", "after", "before", "during",
    "under", "over", "into", "about", "against", "between", "like", "than", "via", "per", "since",
    "despite", "without", "within", "through", "among", "amid", "behind", "beyond", "across",
    "toward", "towards", "near", "upon",
];

/// The person's role: an apposition after the name (`Su Hao, a relations expert at …, said`)
/// or a descriptor before it (`Beijing-based military analyst Zhou Chenming`).
fn find_role(text: &str, doc: &Document, m: &Mention) -> Option<String> {
    let sentence = doc.sentences.get(doc.sentence_at(m.span.start)?)?;
    let tokens = doc.sentence_tokens(sentence);
    let name_start = m.title.unwrap_or(m.span).start;
    // Tokens are in text order: binary search keeps a long sentence of names linear.
    let first = tokens.partition_point(|t| t.span().start < name_start);
    let after = tokens.partition_point(|t| t.span().start < m.span.end);
    if after >= tokens.len() {
        return None;
    }
    let comma = |k: usize| tokens.get(k).is_some_and(|t| t.span().slice(text) == ",");
    // A byline's title after the name: `By Ann Okoro, Environment Correspondent`.
    let byline = doc
        .paragraphs
        .get(sentence.paragraph)
        .is_some_and(|p| p.part == crate::segment::Part::Byline);
    if byline && comma(after) {
        let rest = tokens.get(after + 1..).unwrap_or(&[]);
        let end = rest
            .iter()
            .position(|t| t.kind != TokenKind::Word)
            .unwrap_or(rest.len());
        if let (Some(first), Some(last)) = (rest.first(), rest.get(..end).and_then(|r| r.last())) {
            if crate::entities::is_role_noun(last.span().slice(text)) {
                return Some(
                    Span::new(first.span().start, last.span().end)
                        .slice(text)
                        .to_string(),
                );
            }
        }
    }
    // A name set off by commas is itself an apposition (`Her sister, Ewa, arrives an hour
    // later`): what follows its closing comma is a role only where it opens as one (`…, Ellie,
    // a high school senior.`), else the predicate.
    // An age between the name and the role (`Maria Lopez, 41, director of …`), which like
    // those commas sets the name off (`Mohamed, 24, allegedly rented …`).
    let age = tokens.get(after + 1).is_some_and(|t| {
        t.kind == TokenKind::Number && t.span().len() <= 3 && comma(after) && comma(after + 2)
    });
    let after = if age { after + 2 } else { after };
    let set_off = first >= 2 && comma(first - 1);
    // Apposition: `, ROLE,` or `, ROLE –` with a lower-case word in it.
    if comma(after) {
        // (A quotation opens after the full stop's space: `` `` ``, `“`, `"`.)
        let opens_quote = |end: usize| {
            text.as_bytes().get(end) == Some(&b' ')
                && matches!(text.as_bytes().get(end + 1), Some(b'`' | b'"' | 0xE2))
        };
        let close = tokens[after + 1..]
            .iter()
            .take(30)
            // (Not past a full stop before a quotation the splitter kept with it: `…, an
            // airline employee. ``There are rules …, some …`.)
            .take_while(|t| !(t.span().slice(text) == "." && opens_quote(t.span().end)))
            .position(|t| matches!(t.span().slice(text), "," | "–" | "—" | ")" | ";"))
            .map(|k| after + 1 + k)
            // An apposition may run to the end of the sentence (`…, said X, a spokesman.`),
            // also to a colon or to a full stop before a quotation the splitter kept with it
            // (`…, an airline employee. ``There are rules …`).
            .or_else(|| {
                let last = (after + 1..tokens.len())
                    .take(30)
                    .find(|&k| match tokens[k].span().slice(text) {
                        ":" => true,
                        "." => opens_quote(tokens[k].span().end),
                        _ => false,
                    })
                    .or(tokens.len().checked_sub(1))?;
                let ends = matches!(tokens[last].span().slice(text), "." | "!" | "?" | ":");
                // It opens like a role: an article, `one` or a person's noun in its first words
                // (`a spokesman`, `chief of staff`), not a verb (`…, beat Paris St Germain`).
                let role_like = tokens.get(after + 1..last).is_some_and(|inner| {
                    inner
                        .iter()
                        .take(if set_off || age { 1 } else { 3 })
                        .any(|t| {
                            let w = lower_str(t.span().slice(text));
                            is_determiner(&w)
                                || w == "one"
                                || crate::entities::is_occupation_noun(&w)
                                || PERSON_NOUNS.contains(&w.as_str())
                        })
                });
                (ends && role_like && last > after + 1 && last - after <= 30).then_some(last)
            });
        if let Some(close) = close.filter(|&c| c > after + 1) {
            // A relative clause ends the role (`an analyst at Barclays who rates the stock`).
            let mut close = (after + 2..close)
                .find(|&k| matches!(tokens[k].span().slice(text), "who" | "whose" | "which"))
                .unwrap_or(close);
            // (`… and who ran the agency`.)
            while close > after + 2 && matches!(tokens[close - 1].span().slice(text), "and" | "or")
            {
                close -= 1;
            }
            let inner = &tokens[after + 1..close];
            let lower = inner.iter().any(|t| {
                t.kind == TokenKind::Word && t.span().slice(text).chars().all(char::is_lowercase)
            });
            let verb_first = crate::attribution::is_cue_verb(inner[0].span().slice(text));
            let first_word = inner[0].span().slice(text);
            // A list of names is no apposition (`Tom Baker, Ann Lee and Sam Cho`).
            let list = first_word.chars().next().is_some_and(char::is_uppercase)
                && inner.iter().any(|t| t.span().slice(text) == "and");
            if lower && !verb_first && !list && opens_noun_phrase(text, inner) {
                let span = Span::new(inner[0].span().start, inner[inner.len() - 1].span().end);
                return Some(span.slice(text).to_string());
            }
        }
    }
    // A role set off before the name: `A company spokesman, Tom Reilly, said`, `Olsen's
    // lawyer, Daniel Kreuger, had asked`, `The company's owner, Rick Belmont, is`.
    if set_off {
        if let Some(span) = role_set_off_before(text, &tokens[..first - 1]) {
            return Some(span.slice(text).to_string());
        }
    }
    // Descriptor: the words just before the name, back to a stop word or punctuation.
    // A run of more than a dozen words is no descriptor; stopping there keeps a sentence of
    // many names linear.
    let mut start = first;
    while start > 0 {
        if first - start >= 12 {
            return None;
        }
        let t = &tokens[start - 1];
        let s = t.span().slice(text);
        let joins = s == "-" && t.span().end == tokens[start].span().start;
        // A past-tense verb ends the descriptor (`the panel heard X`), a hyphenated
        // adjective does not (`Beijing-based`), nor a name's word (`Associated Press writer`,
        // `United Nations envoy`; but `Replied State Department spokesman X`).
        let hyphenated = start >= 2 && tokens[start - 2].span().slice(text) == "-";
        let verb = s.ends_with("ed")
            && !hyphenated
            && (s.starts_with(|c: char| c.is_lowercase())
                || crate::attribution::is_cue_verb(&lower_str(s)))
            || crate::attribution::is_cue_verb(s);
        if !(t.kind == TokenKind::Word || joins) || verb || is_listed(s, DESCRIPTOR_STOPS) {
            break;
        }
        start -= 1;
    }
    // After a modal or `to` the first word is a verb (`will face leftist congressman X`).
    let after_modal = start
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|t| {
            one_of!(
                lower_str(t.span().slice(text)).as_str(),
                "to" | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "shall"
                    | "did"
                    | "does"
                    | "do"
            )
        });
    if after_modal && start < first {
        start += 1;
    }
    let descriptor = &tokens[start..first];
    // A descriptor is a noun phrase whose head, its last word, names a person by role or
    // relation (`Rovers manager`, `activist investor`), not any words before a name (`… late
    // goal sends` + `Rovers`).
    let head_noun = descriptor.last().is_some_and(|t| {
        let w = t.span().slice(text);
        t.kind == TokenKind::Word && w.chars().all(char::is_lowercase) && is_person_noun(w)
    });
    // (A place is no occupation, whatever its ending: `MP for` + `Manchester` + `Jeff Smith`.)
    let role_noun = matches!(descriptor, [t] if {
        let w = t.span().slice(text);
        crate::entities::is_occupation_noun(w)
            && !crate::entities::lexicon::lexicon().places.contains(w)
    });
    if descriptor.len() >= 2 && head_noun || role_noun {
        let span = Span::new(
            descriptor[0].span().start,
            descriptor[descriptor.len() - 1].span().end,
        );
        return Some(span.slice(text).to_string());
    }
    None
}

/// Words that cannot open an apposition: a verb phrase (`Kreuger, had asked for …`), an
/// adverb (`Lee, however, said`), a clause or a prepositional phrase.
const NOT_NP_OPENERS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "does",
    "did",
    "do",
    "says",
    "said",
    "who",
    "which",
    "whose",
    "whom",
    "that",
    "and",
    "but",
    "or",
    "nor",
    "however",
    "meanwhile",
    "though",
    "although",
    "too",
    "also",
    "instead",
    "then",
    "now",
    "later",
    "again",
    "nevertheless",
    "moreover",
    "furthermore",
    "likewise",
    "similarly",
    "therefore",
    "thus",
    "still",
    "yet",
    "already",
    "not",
    "never",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "by",
    "to",
    "of",
    "according",
    "after",
    "before",
    "during",
    "when",
    "while",
    "if",
    "as",
    "because",
    "since",
    "despite",
    "like",
    "unlike",
    "including",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "there",
    "here",
    "where",
];

/// Determiners and prepositions: after a participle they show a verb phrase (`arguing that`,
/// `based in`, `scheduled to`), where a noun would show a role (`acting director`).
const PHRASE_WORDS: &[&str] = &[
    "a", "an", "the", "that", "this", "to", "in", "on", "at", "by", "for", "with", "from", "of",
    "as", "into", "about", "over", "his", "her", "their", "its", "he", "she", "they", "it",
];

/// True when the words of an apposition can be a noun phrase (`a senior economist at …`,
/// `chief of the air staff`), not a predicate or an aside.
fn opens_noun_phrase(text: &str, inner: &[Token]) -> bool {
    let Some(first) = inner.first() else {
        return false;
    };
    let w = lower_str(first.span().slice(text));
    // Nor a past tense that is no participle (`Lind, beat the deputy speaker,`).
    if NOT_NP_OPENERS.contains(&w.as_str()) || crate::time::is_past_word(&w) {
        return false;
    }
    let next = inner
        .get(1)
        .map_or(String::new(), |t| lower_str(t.span().slice(text)));
    let participle = w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed"));
    // (`X, 24, and Y, 19, both of Dayton,`: where the people named are from; `both officers
    // of …` is their role.)
    let from = matches!(w.as_str(), "both" | "all") && next == "of";
    !(participle && (next.is_empty() || PHRASE_WORDS.contains(&next.as_str())) || from)
}

/// Nouns of a person's role or relation to someone (`Olsen's wife`, `the judge`) that neither
/// the role nouns nor the endings of [`is_person_noun`] cover.
const PERSON_NOUNS: &[&str] = &[
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "friend",
    "partner",
    "widow",
    "widower",
    "boss",
    "chief",
    "head",
    "aide",
    "deputy",
    "client",
    "neighbour",
    "neighbor",
    "colleague",
    "spouse",
    "niece",
    "nephew",
    "uncle",
    "aunt",
    "cousin",
    "grandson",
    "granddaughter",
    "ceo",
    "attorney",
    "judge",
    "general",
    "colonel",
    "candidate",
    "nominee",
    "secretary",
    "representative",
    "chair",
    "envoy",
    "pharmacist",
    "epidemiologist",
    "doctor",
    "nurse",
    "surgeon",
    "physician",
    "captain",
    "coach",
    "pilot",
    "girlfriend",
    "boyfriend",
    "fiancee",
    "fiance",
    "veteran",
    "teammate",
    "rival",
    "ally",
    "victim",
    "resident",
    "patient",
];

/// True for a noun that names a person by role or relation: a listed role noun, or a word
/// made like one (`owner`, `investor`, `pharmacist`, `historian`, `assistant`, `chairman`).
pub(crate) fn is_person_noun(w: &str) -> bool {
    if crate::entities::is_role_noun(w) {
        return true;
    }
    // Mostly a word in lower case already: no copy of it then.
    let w: Cow<str> = if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(lower_str(w))
    };
    if !w.chars().all(char::is_alphabetic) || w.len() < 4 {
        return false;
    }
    PERSON_NOUNS.contains(&w.as_ref())
        || [
            "er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "crat",
        ]
        .iter()
        .any(|s| w.ends_with(s))
            && !one_of!(
                w.as_ref(),
                "letter"
                    | "order"
                    | "matter"
                    | "number"
                    | "member"
                    | "border"
                    | "paper"
                    | "water"
                    | "power"
                    | "center"
                    | "centre"
                    | "quarter"
                    | "corner"
                    | "tower"
                    | "manner"
                    | "error"
                    | "sector"
                    | "factor"
                    | "mirror"
                    | "report"
                    | "statement"
                    | "comment"
                    | "event"
                    | "agreement"
                    | "government"
                    | "department"
                    | "parliament"
                    | "moment"
                    | "percent"
                    | "amendment"
                    | "judgment"
                    | "treatment"
                    | "plant"
                    | "grant"
                    | "tenant"
            )
}

/// Head nouns of a description of an organisation (`the department`, `the company`), each
/// with the words whose presence in an organisation's name shows that kind. The noun itself,
/// capitalised, always counts (`the ministry` → `Ministry of Defense`).
const ORG_NOUNS: &[(&str, &[&str])] = &[
    ("department", &[]),
    ("ministry", &[]),
    (
        "agency",
        &[
            "Administration",
            "Authority",
            "Bureau",
            "Service",
            "Commission",
            "Centers",
            "Office",
            "Organization",
            "Organisation",
        ],
    ),
    (
        "regulator",
        &[
            "Commission",
            "Authority",
            "Agency",
            "Administration",
            "Board",
            "Office",
        ],
    ),
    (
        "watchdog",
        &[
            "Commission",
            "Authority",
            "Agency",
            "Office",
            "Board",
            "Ombudsman",
        ],
    ),
    ("bank", &[]),
    ("lender", &["Bank"]),
    ("court", &["Tribunal"]),
    ("tribunal", &["Court"]),
    ("council", &[]),
    ("commission", &[]),
    ("committee", &[]),
    ("board", &[]),
    ("bureau", &[]),
    ("office", &[]),
    ("service", &[]),
    ("authority", &[]),
    ("administration", &[]),
    ("university", &["College"]),
    ("college", &[]),
    ("school", &["Academy", "College"]),
    ("institute", &["Institution"]),
    ("hospital", &["Clinic", "Medical Center", "Infirmary"]),
    ("clinic", &[]),
    ("party", &[]),
    ("union", &["Federation", "Congress"]),
    ("police", &[]),
    ("force", &["Police", "Constabulary"]),
    ("army", &[]),
    ("command", &[]),
    ("alliance", &["NATO", "Treaty Organization"]),
    ("navy", &[]),
    ("group", &[]),
    ("centre", &["Center"]),
    ("center", &["Centre"]),
    ("foundation", &["Trust", "Fund"]),
    ("charity", &["Foundation", "Trust"]),
    ("association", &[]),
    ("federation", &[]),
    ("league", &[]),
    ("club", &["FC", "United", "City"]),
    ("team", &["FC", "United", "City"]),
    ("airline", &["Airlines", "Airways", "Air"]),
    ("carrier", &["Airlines", "Airways"]),
    ("museum", &["Gallery"]),
    ("fund", &[]),
    ("exchange", &[]),
    ("parliament", &["Assembly"]),
    ("assembly", &[]),
    ("senate", &[]),
    ("network", &[]),
    (
        "newspaper",
        &["Times", "Post", "Journal", "Herald", "Tribune", "Gazette"],
    ),
    ("company", COMPANY_WORDS),
    ("firm", COMPANY_WORDS),
    ("business", COMPANY_WORDS),
    ("corporation", COMPANY_WORDS),
    ("conglomerate", COMPANY_WORDS),
    ("contractor", COMPANY_WORDS),
    ("developer", COMPANY_WORDS),
    ("manufacturer", COMPANY_WORDS),
    ("maker", COMPANY_WORDS),
    ("retailer", COMPANY_WORDS),
    ("insurer", COMPANY_WORDS),
    ("startup", COMPANY_WORDS),
];

/// Words of a company's name (`Belmont Construction`, `Acme Holdings Inc.`).
const COMPANY_WORDS: &[&str] = &[
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Co",
    "Co.",
    "Company",
    "Ltd",
    "Ltd.",
    "LLC",
    "PLC",
    "plc",
    "AG",
    "SA",
    "NV",
    "GmbH",
    "Group",
    "Holdings",
    "Construction",
    "Motors",
    "Industries",
    "Technologies",
    "Systems",
    "Partners",
    "Capital",
    "Energy",
    "Pharmaceuticals",
    "Pharma",
    "Media",
    "Foods",
    "Airlines",
    "Airways",
    "Bank",
    "Insurance",
    "Enterprises",
    "Brands",
    "Labs",
    "Software",
    "Networks",
    "Communications",
    "Electric",
    "Steel",
    "Oil",
    "Mining",
    "Logistics",
    "Builders",
    "Developers",
    "Ventures",
    "Semiconductor",
    "Semiconductors",
    "Electronics",
    "Petroleum",
    "Telecom",
    "Chemicals",
    "Automotive",
    "Aerospace",
    "Robotics",
    "Biotech",
    "Therapeutics",
    "Healthcare",
    "Entertainment",
    "Studios",
    "Pictures",
    "Publishing",
    "Shipping",
    "Solutions",
    "Devices",
    "Instruments",
    "Investments",
    "Securities",
    "Properties",
    "Realty",
    "Hotels",
];

/// True when `the NOUN` is a company (`the firm`, `the retailer`).
fn names_a_company(noun: &str) -> bool {
    ORG_NOUNS
        .iter()
        .any(|(n, kinds)| *n == noun && std::ptr::eq(*kinds, COMPANY_WORDS))
}

/// True when `w` is a word of a company's name (`Holdings`, `Inc.`).
pub(crate) fn is_company_word(w: &str) -> bool {
    COMPANY_WORDS.contains(&w)
}

/// True when an organisation named `name` fits the description `the NOUN`. A company's word
/// names a company only where it heads the name (`Hanwa Semiconductor Co.`, `Bank of
/// America`): not past `of` (`Department of Energy`) nor before other words (`Securities and
/// Exchange Commission`, `Energy Regulatory Commission`).
fn org_fits(name: &str, noun: &str) -> bool {
    let Some((_, kinds)) = ORG_NOUNS.iter().find(|(n, _)| *n == noun) else {
        return false;
    };
    let company = names_a_company(noun);
    let words: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '’', '\'']))
        .collect();
    let heads = |i: usize| {
        !words[..i].contains(&"of")
            && (words.get(i + 1) == Some(&"of")
                || words[i + 1..].iter().all(|w| is_company_word(w)))
    };
    words.iter().enumerate().any(|(i, w)| {
        w.eq_ignore_ascii_case(noun) && w.starts_with(char::is_uppercase)
            || kinds.contains(w) && (!company || heads(i))
    }) || kinds.iter().any(|k| k.contains(' ') && name.contains(k))
}

/// Words of a role or title that make it another office than the role noun alone.
/// True when a word of the entity's role or title is `word`, or its short form as a title
/// (`the Indiana governor` is `Indiana Gov. Mike Pence`).
#[inline(never)]
fn role_or_title_has(e: &Entity, word: &str) -> bool {
    let short = ABBREVIATED_TITLES
        .iter()
        .find(|(full, _)| *full == word)
        .map(|&(_, short)| short);
    [&e.role, &e.title].into_iter().flatten().any(|r| {
        r.split_whitespace().any(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            w.eq_ignore_ascii_case(word) || short.is_some_and(|s| w.eq_ignore_ascii_case(s))
        })
    })
}

/// Role nouns and how a title before a name shortens them.
const ABBREVIATED_TITLES: &[(&str, &str)] = &[
    ("governor", "gov"),
    ("senator", "sen"),
    ("representative", "rep"),
    ("congressman", "rep"),
    ("congresswoman", "rep"),
    ("general", "gen"),
    ("lieutenant", "lt"),
    ("colonel", "col"),
    ("sergeant", "sgt"),
    ("captain", "capt"),
    ("professor", "prof"),
];

const RANKS: &[&str] = &[
    "vice",
    "deputy",
    "assistant",
    "former",
    "acting",
    "associate",
];

/// The entity a description stands for, looking back over `before` (the mentions before
/// it): `the department` → the last organisation whose name has that head or is of that kind
/// (`the Illinois Department of Public Health`; `the company` → `Belmont Construction`);
/// `the spokesman`, `Olsen's lawyer` → the last person whose role or title names one.
pub fn description_entity(
    words: &str,
    before: &[Mention],
    mention_entity: &[usize],
    entities: &[Entity],
) -> Option<usize> {
    let first = lower_str(words.split_whitespace().next()?);
    let is_org_noun = |n: &str| ORG_NOUNS.iter().any(|(o, _)| *o == n);
    let last_word = |s: &str| {
        s.split_whitespace()
            .next_back()
            .map(|w| lower_str(w.trim_end_matches(|c: char| !c.is_alphanumeric())))
    };
    // `the maker of industrial pumps`: a body's noun before `of` heads the phrase.
    let head = words
        .split_once(" of ")
        .and_then(|(before, _)| last_word(before))
        .filter(|w| is_org_noun(w))
        .or_else(|| last_word(words))?;
    let possessive = words.contains("’s ") || words.contains("'s ");
    let indefinite = matches!(first.as_str(), "a" | "an");
    let person = is_person_noun(&head) && (first == "the" || indefinite || possessive);
    // `a department spokesperson` is someone not named before: the person whose role has
    // every one of its words (`X, a ministry spokesman, … a ministry spokesman said`), or the
    // body it speaks for (`the State Department`; not the court of `a district court judge`).
    let inner = || {
        let mut w = words.split_whitespace();
        w.next();
        w.next_back();
        w
    };
    let modifiers: Vec<String> = if indefinite && person {
        inner().map(lower_str).collect()
    } else {
        Vec::new()
    };
    // `the Ohio governor` is `Ohio Gov. John Kasich`, not another governor named since, and
    // `the Democratic nominee` no `Republican nominee`: a place or party the title or role
    // names must be the description's (`Sen. Lindsey Graham` may be `the South Carolina
    // senator`).
    let named: Vec<String> = if first == "the" && person {
        inner()
            .filter(|w| w.starts_with(char::is_uppercase))
            .map(lower_str)
            .collect()
    } else {
        Vec::new()
    };
    let speaks_for_a_body = one_of!(
        &*head,
        "spokesman" | "spokeswoman" | "spokesperson" | "official" | "representative"
    );
    let org_noun = if first == "the" && !possessive && is_org_noun(&head) {
        Some(head.as_str())
    } else if speaks_for_a_body {
        modifiers
            .iter()
            .map(String::as_str)
            .find(|m| is_org_noun(m))
    } else {
        None
    };
    if !person && org_noun.is_none() {
        return None;
    }
    // (`the Republican nominee` is not the `Republican vice presidential nominee`, nor `the
    // president` the `Vice President`: a rank the description lacks is another office.)
    let lower_words = lower_str(words);
    let names = |e: &Entity| {
        [head.as_str()]
            .into_iter()
            .chain(modifiers.iter().map(String::as_str))
            .all(|w| role_or_title_has(e, w))
            && (named.iter().all(|w| role_or_title_has(e, w))
                || ![&e.role, &e.title].into_iter().flatten().any(|r| {
                    r.split_whitespace().any(|w| {
                        w.starts_with(char::is_uppercase)
                            && !w.ends_with('.')
                            && !w.eq_ignore_ascii_case(&head)
                    })
                }))
            && !RANKS.iter().any(|rank| {
                role_or_title_has(e, rank) && !lower_words.split_whitespace().any(|w| w == *rank)
            })
    };
    (0..before.len()).rev().take(200).find_map(|mi| {
        let e = *mention_entity.get(mi)?;
        let entity = entities.get(e)?;
        let fits = match entity.kind {
            EntityKind::Person => person && names(entity),
            EntityKind::Org => {
                org_noun.is_some_and(|n| org_fits(&entity.name, n))
                    && !(org_noun.is_some_and(names_a_company)
                        && works_there(mi, &entity.name, mention_entity, entities))
            }
            _ => false,
        };
        fits.then_some(e)
    })
}

/// True when the organisation `name` of mention `mi` is where the person named just before
/// it works, in that person's role (`Lee Min-ji, an analyst at Mirae Asset Securities`): the
/// outside expert's firm is not `the company` the story is about.
fn works_there(mi: usize, name: &str, mention_entity: &[usize], entities: &[Entity]) -> bool {
    (mi.saturating_sub(2)..mi).any(|j| {
        let Some(p) = mention_entity.get(j).and_then(|&e| entities.get(e)) else {
            return false;
        };
        let role = p.role.as_deref().unwrap_or_default();
        p.kind == EntityKind::Person
            && role
                .match_indices(name)
                .any(|(i, _)| role[..i].ends_with(" at ") || role[..i].ends_with(" at the "))
    })
}

/// The role noun phrase that ends with the last of `before` (the tokens before the comma
/// that opens the name): `a company spokesman`, `Olsen's lawyer`, `The company's owner`. It
/// is no preposition's object (`After the company's collapse, X said`). A
/// possessive phrase keeps its determiner (it belongs to the possessor).
fn role_set_off_before(text: &str, before: &[Token]) -> Option<Span> {
    let lower_word = |t: &Token| {
        t.kind == TokenKind::Word && t.span().slice(text).chars().all(char::is_lowercase)
    };
    let last = before.len().checked_sub(1)?;
    let end = before.get(last)?.span().end;
    // `the trust's director of nursing`: the role noun before `of` and a one-word field; `The
    // sheriff of Larimer County`: and a name of up to three words.
    let name_word = |t: &Token| t.span().slice(text).starts_with(char::is_uppercase);
    let of = (last.saturating_sub(3)..last).find(|&k| before[k].span().slice(text) == "of");
    let noun = match of.and_then(|o| Some((o.checked_sub(1)?, before.get(o + 1..)?))) {
        Some((n, [field])) if lower_word(field) => n,
        Some((n, tail))
            if tail
                .iter()
                .all(|t| t.kind == TokenKind::Word && name_word(t)) =>
        {
            n
        }
        _ => last,
    };
    let head = before.get(noun)?;
    let head_word = head.span().slice(text);
    // (A capitalised office too: `The Chancellor, Rachel Hughes,`.)
    if !lower_word(head) && !crate::entities::is_role_noun(head_word) {
        return None;
    }
    // (`Simmons' mother`: the apostrophe of a plural's possessive, glued to its word.)
    let plural_possessive = |k: usize| {
        k > 0
            && matches!(before[k].span().slice(text), "’" | "'")
            && before[k - 1].span().end == before[k].span().start
            && before[k - 1].span().slice(text).ends_with(['s', 'S'])
    };
    let mut start = noun;
    while start > 0
        && noun - start < 6
        && (before[start - 1].kind == TokenKind::Word || plural_possessive(start - 1))
    {
        let w = lower_str(before[start - 1].span().slice(text));
        if is_determiner(&w) || DESCRIPTOR_STOPS.contains(&w.as_str()) {
            break;
        }
        start -= 1;
    }
    let possessive = before[start..noun]
        .iter()
        .any(|t| matches!(t.span().slice(text), "’s" | "'s" | "’" | "'"));
    let det = start
        .checked_sub(1)
        .filter(|&d| is_determiner(&lower_str(before[d].span().slice(text))));
    // `its chief financial officer, Jochen Schmitz,`: the owner is a pronoun, the role what
    // follows it.
    let pronoun = det.is_some_and(|d| {
        !matches!(
            before[d].span().slice(text),
            "a" | "an" | "the" | "A" | "An" | "The"
        )
    });
    // What stands before the phrase (and its determiner) must not make it the object of a
    // preposition or a verb.
    let open = det.unwrap_or(start);
    let object_of_preposition = open
        .checked_sub(1)
        .and_then(|k| before.get(k))
        .is_some_and(|t| is_listed(t.span().slice(text), PREPOSITIONS));
    if object_of_preposition || start == noun && det.is_none() {
        return None;
    }
    if possessive {
        if !is_person_noun(head_word) {
            return None;
        }
        let from = det.unwrap_or(start);
        return Some(Span::new(before[from].span().start, end));
    }
    let noun_fits = if pronoun {
        is_person_noun(head_word)
    } else {
        crate::entities::is_role_noun(head_word)
    };
    if det.is_none() || !noun_fits {
        return None;
    }
    Some(Span::new(before[start].span().start, end))
}

/// An article or a possessive pronoun, lower-cased (`the`, `its`).
fn is_determiner(w: &str) -> bool {
    one_of!(
        w,
        "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_two_to_six_ascii_capitals() {
        for (name, want) in [("UN", true), ("KCNA", true), ("ABCDEF", true), ("A", false)] {
            assert_eq!(is_acronym(name), want, "{name}");
        }
        for name in ["ABCDEFG", "Un", "U.N.", "ÉU", "ÉÉÉ"] {
            assert!(!is_acronym(name), "{name}");
        }
    }

    #[test]
    fn listed_words_are_found_in_any_case() {
        // The lists are in lower case: an ASCII word matches them ignoring case.
        for list in [DESCRIPTOR_STOPS, PREPOSITIONS] {
            assert!(list.iter().all(|w| *w == w.to_lowercase()));
        }
        assert!(is_listed("The", DESCRIPTOR_STOPS) && is_listed("VIA", PREPOSITIONS));
        assert!(is_listed("ÉTÉ", &["été"]) && !is_listed("Thé", DESCRIPTOR_STOPS));
    }
    use crate::segment::{segment, split_paragraphs};

    /// Entities as `(kind, name, title, role, number of mentions)`.
    type Row = (EntityKind, String, Option<String>, Option<String>, usize);

    fn entities(text: &str) -> Vec<Row> {
        let doc = segment(text, &split_paragraphs(text), &[]);
        let mentions = crate::entities::find_mentions(text, &doc);
        let (entities, of_mention) = resolve(text, &doc, &mentions);
        assert_eq!(of_mention.len(), mentions.len());
        for (mi, &ei) in of_mention.iter().enumerate() {
            assert!(
                entities[ei].mentions.contains(&mi),
                "mention {mi} not in its entity"
            );
        }
        entities
            .into_iter()
            .map(|e| (e.kind, e.name, e.title, e.role, e.mentions.len()))
            .collect()
    }

    macro_rules! t {
        ($($name:ident: $input:expr => [$(($kind:ident, $ename:expr, $title:expr, $role:expr, $n:expr)),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let want: Vec<Row> = vec![$((
                    EntityKind::$kind,
                    $ename.to_string(),
                    $title.map(str::to_string),
                    $role.map(str::to_string),
                    $n,
                )),*];
                assert_eq!(entities($input), want, "in {:?}", $input);
            }
        )*};
    }

    const NONE: Option<&str> = None;

    #[test]
    fn descriptions_of_organisations() {
        for (name, noun, fits) in [
            ("Illinois Department of Public Health", "department", true),
            ("Ministry of Defense", "ministry", true),
            ("Belmont Construction", "company", true),
            ("Northwind Holdings Inc.", "firm", true),
            ("Centers for Disease Control and Prevention", "agency", true),
            ("Northwestern Memorial Hospital", "hospital", true),
            ("Supreme Court of Ohio", "court", true),
            ("Keio University", "department", false),
            ("Keio University", "company", false),
            ("Hanwa Semiconductor Co. Ltd.", "company", true),
            ("Bank of America", "company", true),
            ("Department of Energy", "company", false),
            ("Securities and Exchange Commission", "company", false),
            ("Energy Regulatory Commission", "firm", false),
            ("Asan Institute", "ministry", false),
            ("Labour Party", "spokesman", false),
        ] {
            assert_eq!(org_fits(name, noun), fits, "{name} as the {noun}");
        }
    }

    t! {
        // Roles: appositions after the name and descriptors before it.
        role_apposition: "Mara Lindqvist, a senior economist at Northwind Bank, said rates would rise." => [
            (Person, "Mara Lindqvist", NONE, Some("a senior economist at Northwind Bank"), 1),
            (Org, "Northwind Bank", NONE, NONE, 1),
        ];
        role_apposition_to_the_end_of_the_sentence: "“We will win,” said Tom Baker, a spokesman for the Labour Party." => [
            (Person, "Tom Baker", NONE, Some("a spokesman for the Labour Party"), 1),
            (Org, "Labour Party", NONE, NONE, 1),
        ];
        list_of_names_is_no_role: "The panel heard Tom Baker, Ann Lee and Sam Cho." => [
            (Person, "Tom Baker", NONE, NONE, 1),
            (Person, "Ann Lee", NONE, NONE, 1),
            (Person, "Sam Cho", NONE, NONE, 1),
        ];
        role_descriptor_before_the_name: "Veteran diplomat Omar Haddad said the border would reopen." => [
            (Person, "Omar Haddad", NONE, Some("Veteran diplomat"), 1),
        ];
        role_set_off_before_the_name: "A company spokesman, Tom Reilly, said crews had arrived." => [
            (Person, "Tom Reilly", None, Some("company spokesman"), 1),
        ];
        capitalised_office_set_off_before_the_name: "The Chancellor, Rachel Hughes, defended the rise. The shadow chancellor, Mel Stride, did not." => [
            (Person, "Rachel Hughes", None, Some("Chancellor"), 1),
            (Person, "Mel Stride", None, Some("shadow chancellor"), 1),
        ];
        title_in_a_byline_is_the_role: "By Ann Okoro, Environment Correspondent\n\nThe river rose." => [
            (Person, "Ann Okoro", None, Some("Environment Correspondent"), 1),
        ];
        role_of_a_place_set_off_before_the_name: "The sheriff of Larimer County, Joe Delgado, spoke to reporters." => [
            (Place, "Larimer County", None, None, 1),
            (Person, "Joe Delgado", None, Some("sheriff of Larimer County"), 1),
        ];
        role_of_a_field_set_off_before_the_name: "The trust's director of nursing, Claire Whitcombe, wrote to staff." => [
            (Person, "Claire Whitcombe", None, Some("The trust's director of nursing"), 1),
        ];
        chair_set_off_before_the_name: "The inquiry chair, Sir Malcolm Reid, adjourned the hearing." => [
            (Person, "Malcolm Reid", Some("Sir"), Some("inquiry chair"), 1),
        ];
        role_with_a_possessive_before_the_name: "Apple's chief financial officer, Kevan Parekh, said margins would fall." => [
            (Org, "Apple", None, None, 1),
            (Person, "Kevan Parekh", None, Some("Apple's chief financial officer"), 1),
        ];
        role_after_a_name_ending_in_ed: "Associated Press writer Samy Ortiz in Cairo contributed." => [
            (Org, "Associated Press", None, None, 1),
            (Person, "Samy Ortiz", None, Some("Associated Press writer"), 1),
            (Place, "Cairo", None, None, 1),
        ];
        role_after_a_cue_verb_opening_the_sentence: "Replied senior spokesman Ned Price: \"No.\"" => [
            (Person, "Ned Price", None, Some("senior spokesman"), 1),
        ];
        role_ends_at_a_relative_clause: "Charles Hartley, an analyst at Barclays who rates the stock, said so." => [
            (Person, "Charles Hartley", None, Some("an analyst at Barclays"), 1),
            (Org, "Barclays", None, None, 1),
        ];
        role_ends_before_and_a_relative_clause: "Nick Witney, a fellow at the council and who ran the agency, said so." => [
            (Person, "Nick Witney", None, Some("a fellow at the council"), 1),
        ];
        role_of_one_noun: "Meteorologist Dan Ortiz said it would snow." => [
            (Person, "Dan Ortiz", None, Some("Meteorologist"), 1),
        ];
        // A role after a name is an apposition, never a predicate or an aside.
        where_two_people_are_from_is_no_role: "Marcus Hill, 24, and Anthony Reyes, 19, both of Dayton, were charged." => [
            (Person, "Marcus Hill", NONE, NONE, 1),
            (Person, "Anthony Reyes", NONE, NONE, 1),
            (Place, "Dayton", NONE, NONE, 1),
        ];
        role_is_no_verb_phrase: "The judge heard Gary Olsen. Olsen's lawyer, Daniel Kreuger, had asked for a sentence of two years." => [
            (Person, "Gary Olsen", NONE, NONE, 2),
            (Person, "Daniel Kreuger", NONE, Some("Olsen's lawyer"), 1),
        ];
        role_of_a_plural_possessor: "The judge heard Gary Reyes. Reyes' lawyer, Ann Kreuger, asked for a sentence of two years." => [
            (Person, "Gary Reyes", NONE, NONE, 2),
            (Person, "Ann Kreuger", NONE, Some("Reyes' lawyer"), 1),
        ];
        role_is_no_predicate_after_a_set_off_name: "Her sister, Ewa, arrives an hour later. At 4am, the department's manager, Linda Okafor, walks the floor with a clipboard. In Gdansk, Ewa, unlike Marta, walks to work. His daughter, Ellie, a high school senior." => [
            (Person, "Ewa", NONE, Some("sister"), 2),
            (Person, "Linda Okafor", NONE, Some("the department's manager"), 1),
            (Place, "Gdansk", NONE, NONE, 1),
            (Person, "Marta", NONE, NONE, 1),
            (Person, "Ellie", NONE, Some("a high school senior"), 1),
        ];
        role_is_no_passive_predicate: "The company's owner, Rick Belmont, is scheduled to be sentenced in April." => [
            (Person, "Rick Belmont", NONE, Some("The company's owner"), 1),
        ];
        role_is_no_past_tense: "Its candidate, retired colonel Piotr Lind, beat the sitting deputy speaker, Anna Berg, by 300 votes." => [
            (Person, "Piotr Lind", NONE, NONE, 1),
            (Person, "Anna Berg", NONE, NONE, 1),
        ];
        role_is_no_adverb: "Lena Park, however, said the vote would go ahead." => [
            (Person, "Lena Park", NONE, NONE, 1),
        ];
        role_is_no_participle_phrase: "Omar Haddad, speaking at a rally, said the border would reopen. Tom Baker, based in Leeds, agreed." => [
            (Person, "Omar Haddad", NONE, NONE, 1),
            (Person, "Tom Baker", NONE, NONE, 1),
            (Place, "Leeds", NONE, NONE, 1),
        ];
        role_with_a_participle_adjective: "Ann Lee, acting director of the museum, said it would reopen." => [
            (Person, "Ann Lee", NONE, Some("acting director of the museum"), 1),
        ];
        role_is_no_object_of_a_preposition: "After the company's collapse, Rick Belmont said little." => [
            (Person, "Rick Belmont", NONE, NONE, 1),
        ];
        role_after_a_possessive_pronoun: "Acme Corp. said its chief financial officer, Jo Schmitz, would leave." => [
            (Org, "Acme Corp.", NONE, NONE, 1),
            (Person, "Jo Schmitz", NONE, Some("chief financial officer"), 1),
        ];
        role_is_no_verb_after_a_modal: "Mayor Ricardo Nunes will face leftist congressman Guilherme Boulos in a runoff." => [
            (Person, "Ricardo Nunes", Some("Mayor"), NONE, 1),
            (Person, "Guilherme Boulos", NONE, Some("leftist congressman"), 1),
        ];
        role_to_the_end_of_the_sentence_is_no_predicate: "Dortmund, coached by Edin Terzic, beat Paris over two legs." => [
            (Org, "Dortmund", NONE, NONE, 1),
            (Person, "Edin Terzic", NONE, NONE, 1),
            (Org, "Paris", NONE, NONE, 1),
        ];
        // A descriptor ends in a noun of a person's role; any words before a name are none.
        role_is_no_words_before_the_name: "Late goal sends Tom Baker into the record books." => [
            (Person, "Tom Baker", NONE, NONE, 1),
        ];
        role_descriptor_of_a_relation: "Police questioned his then-girlfriend Ann Lee." => [
            (Person, "Ann Lee", NONE, Some("his then-girlfriend"), 1),
        ];
        role_is_no_prepositional_phrase: "Omar Haddad, of Bulgaria, won in three sets." => [
            (Person, "Omar Haddad", NONE, NONE, 1),
            (Place, "Bulgaria", NONE, NONE, 1),
        ];
        role_of_one_occupation_noun: "Pharmacist Lee Chang, who runs a drugstore, said so." => [
            (Person, "Lee Chang", None, Some("Pharmacist"), 1),
        ];
        role_set_off_before_after_a_verb: "The president summoned the Chinese ambassador, Huang Xilian, on Monday." => [
            (Misc, "Chinese", NONE, NONE, 1),
            (Person, "Huang Xilian", None, Some("Chinese ambassador"), 1),
        ];
        title_and_role: "Air Marshal Kenji Sato, chief of the air staff, visited Canberra." => [
            (Person, "Kenji Sato", Some("Air Marshal"), Some("chief of the air staff"), 1),
            (Place, "Canberra", NONE, NONE, 1),
        ];
        // An organisation without its head, a club by its last word, a body by its head.
        alias_org_without_its_head: "Shares rose after Harbor Lane Capital bought a stake. Harbor Lane said the board was slow." => [
            (Org, "Harbor Lane Capital", NONE, NONE, 2),
        ];
        alias_club_by_its_last_word: "Bristol Rovers beat Plymouth Argyle 2-1. Rovers equalised after the break." => [
            (Org, "Bristol Rovers", NONE, NONE, 2),
            (Org, "Plymouth Argyle", NONE, NONE, 1),
        ];
        alias_org_by_its_head_alone: "The European Commission froze the funds. The Commission said it would study the ruling." => [
            (Org, "European Commission", NONE, NONE, 2),
        ];
        a_role_ends_at_a_quotation_in_its_sentence: "“Send him back,” said Marsha Reed, 47, an airline employee. “There are rules.”\n\nAsked about it, Tom Hirsch, chief investment officer of Acme Bank: “It's a time bomb.”" => [
            (Person, "Marsha Reed", NONE, Some("an airline employee"), 1),
            (Person, "Tom Hirsch", NONE, Some("chief investment officer of Acme Bank"), 1),
            (Org, "Acme Bank", NONE, NONE, 1),
        ];
        a_role_after_an_age: "“It guts protections,” said Maria Lopez, 41, director of the Border Rights Project." => [
            (Person, "Maria Lopez", NONE, Some("director of the Border Rights Project"), 1),
            (Org, "Border Rights Project", NONE, NONE, 1),
        ];
        a_predicate_after_an_age_is_no_role: "Ali Mohamed, 24, allegedly rented a house in Dar es Salaam." => [
            (Person, "Ali Mohamed", NONE, NONE, 1),
            (Place, "Dar es Salaam", NONE, NONE, 1),
        ];
        an_age_at_the_sentence_start_reads_no_role_before: "Mohamed, 24, was a nurse." => [
            (Person, "Mohamed", NONE, NONE, 1),
        ];
        alias_team_by_its_plural_last_word: "The Atlanta Hawks won again. The Hawks led all night." => [
            (Org, "Atlanta Hawks", NONE, NONE, 2),
        ];
        a_legislature_is_no_other_bodys_head: "The House approved the bill, and the White House said it would sign it." => [
            (Org, "House", NONE, NONE, 1),
            (Org, "White House", NONE, NONE, 1),
        ];
        alias_head_alone_of_two_orgs_is_neither: "The European Commission and the Federal Trade Commission met. The Commission said so." => [
            (Org, "European Commission", NONE, NONE, 1),
            (Org, "Federal Trade Commission", NONE, NONE, 1),
            (Org, "Commission", NONE, NONE, 1),
        ];
        // Aliases: a surname, a place's other names, an acronym.
        alias_surname: "Adam Ni, a researcher, spoke first. Ni said the risk was real." => [
            (Person, "Adam Ni", NONE, Some("a researcher"), 2),
        ];
        alias_surname_already_used_alone_stays: "Ruth Ade runs the firm. Ade said sales rose. Her husband, Michael Ade, teaches. Ade said costs fell." => [
            (Person, "Ruth Ade", NONE, NONE, 3),
            (Person, "Michael Ade", NONE, Some("husband"), 1),
        ];
        alias_surname_of_a_romanised_name: "Choi Min-ji, a researcher, spoke first. Choi said the risk was real." => [
            (Person, "Choi Min-ji", NONE, Some("a researcher"), 2),
        ];
        alias_surname_first_of_two_namesakes_is_the_last_named: "Zhang Wei, a spokesman, spoke first. Zhang Junshe, a researcher, disagreed. \"The risk is real,\" Zhang said." => [
            (Person, "Zhang Wei", NONE, Some("a spokesman"), 1),
            (Person, "Zhang Junshe", NONE, Some("a researcher"), 2),
        ];
        alias_surname_first_stays_behind_a_surname_last: "Tom Lee, a farmer, spoke. Lee Jun, a singer, sang. Lee said so." => [
            (Person, "Tom Lee", NONE, Some("a farmer"), 2),
            (Person, "Lee Jun", NONE, Some("a singer"), 1),
        ];
        alias_place_in_capitals: "BIRMINGHAM, England — Police in Birmingham said so." => [
            (Place, "Birmingham", NONE, NONE, 2),
            (Place, "England", NONE, NONE, 1),
        ];
        alias_place_of_four_capitals: "MOSCOW/KYIV, March 4 (Reuters) - Talks with Kyiv stalled." => [
            (Place, "Moscow", NONE, NONE, 1),
            (Place, "Kyiv", NONE, NONE, 2),
            (Org, "Reuters", NONE, NONE, 1),
        ];
        alias_place_in_capitals_of_an_alias_group: "WASHINGTON (AP) — Senators met. It is the old Washington playbook." => [
            (Place, "Washington DC", NONE, NONE, 2),
            (Org, "AP", NONE, NONE, 1),
        ];
        alias_place: "Officials from the United States met in Geneva. The US said little." => [
            (Place, "United States", NONE, NONE, 2),
            (Place, "Geneva", NONE, NONE, 1),
        ];
        alias_acronym: "The Korean Central News Agency said the launch succeeded, KCNA added." => [
            (Org, "Korean Central News Agency", NONE, NONE, 2),
        ];
        alias_company_legal_form: "Shares of Northwind Pharmaceuticals Inc rose. Northwind Pharmaceuticals said so." => [
            (Org, "Northwind Pharmaceuticals Inc", NONE, NONE, 2),
        ];
        alias_company_without_its_legal_form: "Rival Merck & Co. gained. Merck said so, and Spotify Technology S.A. said Spotify would grow." => [
            (Org, "Merck & Co.", NONE, NONE, 2),
            (Org, "Spotify Technology S.A.", NONE, NONE, 2),
        ];
        alias_company_first_word_of_a_group: "Lloyds Banking Group fell. Analysts cut their target for Lloyds." => [
            (Org, "Lloyds Banking Group", NONE, NONE, 2),
        ];
        alias_company_without_and_co: "Eli Lilly and Co. gained. Eli Lilly said so." => [
            (Org, "Eli Lilly and Co.", NONE, NONE, 2),
        ];
        alias_company_named_first_without_its_legal_form: "Pfizer shares fell. Pfizer Inc. cut its forecast." => [
            (Org, "Pfizer Inc.", NONE, NONE, 2),
        ];
        alias_acronym_defined_in_brackets: "CDC warns of measles. The Centers for Disease Control and Prevention (CDC) said so. The CDC urged shots." => [
            (Org, "Centers for Disease Control and Prevention", NONE, NONE, 4),
        ];
        alias_acronym_of_a_name_that_grew_after_a_country: "The U.S. Centers for Disease Control and Prevention said the risk was low. A spokesman for the CDC declined to comment." => [
            (Org, "U.S. Centers for Disease Control and Prevention", NONE, NONE, 2),
        ];
        alias_name_with_and_without_a_country_in_front: "The U.S. Immigration and Naturalization Service said so. The Immigration and Naturalization Service and the INS agreed." => [
            (Org, "U.S. Immigration and Naturalization Service", NONE, NONE, 3),
        ];
        alias_name_without_its_of_part: "The Reserve Bank of Australia held rates. The Reserve Bank said so." => [
            (Org, "Reserve Bank of Australia", NONE, NONE, 2),
        ];
        alias_part_of_a_fuller_name: "Milei wins vote. President Javier Milei said so, and Lula da Silva agreed. Lula spoke later." => [
            (Person, "Javier Milei", Some("President"), NONE, 2),
            (Person, "Lula da Silva", NONE, NONE, 2),
        ];
        alias_part_of_two_names_is_the_last_one: "Kim Jong-un met Kim Yo-jong. Kim said so." => [
            (Person, "Kim Jong-un", NONE, NONE, 1),
            (Person, "Kim Yo-jong", NONE, NONE, 2),
        ];
        canonical_name_is_the_fullest: "Ruth Okafor won. Okafor thanked her coach, and Ruth Okafor left." => [
            (Person, "Ruth Okafor", NONE, NONE, 3),
        ];
    }
}
