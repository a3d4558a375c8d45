//! Noun phrases and speakers: the subject before a cue verb or at the start of a clause, the
//! noun phrase after one (`said Li Jie`), and their resolution to entities (a name to its own
//! entity, `he`/`she`/`it` to the last person or organisation, `who` to the name before it, a
//! role noun such as `the spokesman` to the person whose role names it).

use super::gender::Gender;
use super::lists::{starts_upper, List};
use super::words::lower;
use super::{Context, Speaker};
use crate::entities::EntityKind;
use crate::span::Span;

/// Plural nouns for the people around someone, who speak for themselves (`Supporters of Sen.
/// Bernie Sanders say`), not for that person.
fn around_someone(w: &str) -> bool {
    one_of!(
        w,
        "supporters"
            | "backers"
            | "allies"
            | "critics"
            | "opponents"
            | "aides"
            | "advisers"
            | "advisors"
            | "associates"
            | "friends"
            | "relatives"
            | "fans"
            | "lawyers"
            | "attorneys"
    )
}

impl<'a> Context<'a> {
    /// The noun phrase that ends with token `end - 1`, not reaching before token `lo`: a
    /// mention, a pronoun, or words back to a determiner (`the ministry's spokesman`).
    pub(super) fn np_ending_at(&self, lo: usize, end: usize) -> Option<(usize, usize)> {
        if end <= lo {
            return None;
        }
        let last = end - 1;
        // `people close to him`, `one of them`: the phrase the object pronoun ends.
        if last > lo + 1 && self.object_pronoun(last) {
            return self
                .np_ending_at(lo, last - 1)
                .filter(|head| !self.lower_is(head.0, List::Pronoun))
                .map(|(s, _)| (s, end));
        }
        if self.lower_is(last, List::Pronoun) {
            return Some((last, end));
        }
        // `Apple Inc. said`, `Acme Corp. said`: the full stop of an abbreviation ends the name.
        if self.w(last) == "."
            && last > lo
            && self.tokens[last - 1].span().end == self.tokens[last].span().start
            && starts_upper(self.w(last - 1))
        {
            return self.np_ending_at(lo, last).map(|(s, _)| (s, end));
        }
        if !self.is_word(last) || self.lower_is(last, List::Clause) {
            return None;
        }
        if let Some(k) = self.mention_ending_at(last) {
            let mut start = self.mention_tokens(k).0.max(lo);
            // `Robert “Bob” Menendez said`: back over a nickname to the first name.
            if start > lo + 3 && self.in_name(start - 1) {
                let mut n = start - 1;
                while n > lo && self.in_name(n - 1) {
                    n -= 1;
                }
                if let Some(j) = n.checked_sub(1).and_then(|j| self.mention_ending_at(j)) {
                    start = self.mention_tokens(j).0.max(lo);
                }
            }
            // `Farmers in Maharashtra and Madhya Pradesh said`: back over the names joined
            // to this one, to the word the first of them follows (also a list of places,
            // `Judges in Arkansas, Ohio(,) and Utah`).
            let mut first = start;
            while first > lo + 2 && matches!(self.w(first - 1), "and" | ",") {
                let mut sep = first - 1;
                if self.w(sep) == "and" && self.w(sep - 1) == "," {
                    sep -= 1;
                }
                let Some(j) = sep.checked_sub(1).and_then(|j| self.mention_ending_at(j)) else {
                    break;
                };
                // (A list ends in `and`: `Baltimore, Maryland` is one place.)
                let listed = self.w(first - 1) == "and"
                    || first < start
                        && self.mentions[j].kind == EntityKind::Place
                        && self.mentions[k].kind == EntityKind::Place;
                if !listed {
                    break;
                }
                first = self.mention_tokens(j).0.max(lo);
            }
            if first < start
                && first > lo + 1
                && matches!(self.lw(first - 1).as_str(), "in" | "at" | "from")
            {
                start = first;
            }
            // (`A lawyer for John Smith of Acme said`: the person, and then the phrase that
            // person qualifies; also after a one-word "person", a firm misread: `Economist Gary
            // Ng of Natixis said`.)
            let placed = (self.mentions[k].kind != EntityKind::Person || start + 1 == end)
                .then(|| self.person_placing(lo, start))
                .flatten();
            if let Some(p) = placed {
                start = p;
            }
            start = self.title_after_for_or_of(lo, start).unwrap_or(start);
            // `Police in Amarillo said`, `a spokesman for Acme said`, `Economists polled by
            // Reuters said`: the phrase the name qualifies.
            if start > lo + 1
                && (matches!(self.lw(start - 1).as_str(), "in" | "at" | "from" | "for" | "of")
                    || self.by_participle(start - 1))
                && self.is_word(start - 2)
                // (`the mayor of Bristol`, but `Bank of America` is one name and `footage of
                // Hillary Clinton asking` no role.)
                && (self.lw(start - 1) != "of"
                    || self.mentions[k].kind != EntityKind::Person
                        && self.lower_is(start - 2, List::SpeakerHead)
                        && !starts_upper(self.w(start - 2))
                    // `Supporters of Sen. Bernie Sanders say`: people around the person.
                    || around_someone(&self.lw(start - 2)))
                // (`Citizens for Tax Justice`, `Americans for Prosperity`: one name.)
                && !(self.lw(start - 1) == "for" && starts_upper(self.w(start - 2)))
                && !self.lower_is(start - 2, List::Clause)
                && !self.lower_is(start - 2, List::Cue)
            {
                if let Some(head) = self
                    .np_ending_at(lo, start - 1)
                    .filter(|h| !self.lower_is(h.0, List::Pronoun) && h.1 - h.0 <= 4)
                {
                    return Some((head.0, end));
                }
            }
            // `the German said`: a nationality or party noun with its article, and up to
            // three words between them (`the South Dakota Republican`, `the veteran Democrat`).
            if start > lo
                && matches!(self.mentions[k].kind, EntityKind::Misc | EntityKind::Person)
                && start + 1 == end
            {
                let mut the = start - 1;
                if self.demonym(start) {
                    while the > lo
                        && the + 4 > start
                        && self.lw(the) != "the"
                        && self.is_word(the)
                        && !self.lower_is(the, List::Clause)
                    {
                        the -= 1;
                    }
                }
                if self.lw(the) == "the" {
                    return Some((the, end));
                }
            }
            return Some((start, end));
        }
        // A name the recogniser missed: the run of capitalised words (`In a Bloomberg
        // interview Trump declared`), with a title's full stop (`Sen. Ann Lee`).
        if starts_upper(self.w(last)) && !self.lower_is(last, List::Pronoun) {
            let mut start = last;
            while start > lo {
                let w = self.w(start - 1);
                let glued = self.tokens[start - 1].span().end == self.tokens[start].span().start;
                if self.is_word(start - 1) && starts_upper(w) || glued && matches!(w, "." | "-") {
                    start -= 1;
                } else {
                    break;
                }
            }
            if let Some(p) = self.person_placing(lo, start) {
                return Some((p, end));
            }
            if start > lo && matches!(self.lw(start - 1).as_str(), "the" | "a" | "an") {
                start -= 1;
            }
            // A sentence-initial `The` alone is no name.
            if (start..end).any(|k| self.is_word(k) && !matches!(self.w(k), "The" | "A" | "An")) {
                return Some((start, end));
            }
        }
        let mut start = last;
        while start > lo && end - start < 8 {
            let prev = start - 1;
            let pw = self.w(prev);
            let lower = self.lw(prev);
            if self.lower_is(prev, List::Determiner) {
                start = prev;
                // (`The three firms`, `his other aides`: a determiner before the number.)
                if prev > lo && self.lower_is(prev - 1, List::Determiner) {
                    start -= 1;
                }
                break;
            }
            // `…, and forecasters warned`: the conjunction joins clauses, not the subject.
            if matches!(lower.as_str(), "and" | "or" | "but")
                && (prev == lo || self.w(prev - 1) == ",")
            {
                break;
            }
            let joins = matches!(pw, "-" | "’s" | "'s" | "&" | "." | "’" | "'")
                && self.tokens[prev].span().end == self.tokens[start].span().start
                || prev > lo && self.plural_possessive(prev)
                || pw == "."
                    && prev > lo
                    && self.tokens[prev - 1].span().end == self.tokens[prev].span().start;
            // (`Doctors not involved in the study said`: a participle's phrase, negated.)
            let not_participle = lower == "not" && self.lw(start).ends_with("ed");
            if !(self.is_word(prev) || joins)
                || self.lower_is(prev, List::Clause) && !not_participle
                || self.lower_is(prev, List::Cue)
            {
                break;
            }
            start = prev;
        }
        // `the head of the agency`: one phrase; `in a phone interview`: no subject at all.
        if start > lo {
            let before = self.lw(start - 1);
            if before == "of" {
                return self.np_ending_at(lo, start - 1).map(|(s, _)| (s, end));
            }
            if self.lower_is(start - 1, List::Preposition) {
                // `a narrator in the Clinton ad`: the phrase before the preposition.
                return self
                    .np_ending_at(lo, start - 1)
                    .filter(|head| !self.lower_is(head.0, List::Pronoun))
                    .map(|(s, _)| (s, end));
            }
        }
        Some((start, end))
    }

    /// The subject of the cue verb at token `v`, looking back no further than token `lo`:
    /// `he`, `Ni`, `Mr. Obama`, `defence analysts`, `Su Hao, an expert at …,`.
    pub(super) fn subject_before(&self, lo: usize, v: usize) -> Option<(usize, usize)> {
        let mut j = v;
        loop {
            if j > lo && self.between_subject_and_verb(j - 1) {
                j -= 1;
            } else if j > lo + 2
                && matches!(self.lw(j - 2).as_str(), "this" | "last" | "on" | "earlier")
                && one_of!(
                    self.lw(j - 1).as_str(),
                    "week"
                        | "month"
                        | "year"
                        | "weekend"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                )
            {
                // `Wells Fargo this month announced`, `the agency on Monday said`
                j -= 2;
            } else if j > lo + 1
                && matches!(self.lw(j - 1).as_str(), "both" | "all" | "each")
                && self.is_word(j - 2)
                && !self.lower_is(j - 2, List::Clause)
                && !matches!(self.lw(j - 2).as_str(), "and" | "of" | "for")
            {
                // `Donovan and LaVine both said`, `the three firms all said`: the subject is
                // the phrase the quantifier floats after (`Both said` has none).
                j -= 1;
            } else {
                break;
            }
        }
        // `A poll released Wednesday found`, `A study published in the journal Science last
        // week found`: the participle's phrase qualifies the subject.
        // (Not past a clause: `reports alleging that she claimed`.)
        let participle = (lo.max(j.saturating_sub(8))..j)
            .rev()
            .take_while(|&k| {
                self.is_word(k)
                    && !self.lower_is(k, List::Clause)
                    && !self.lower_is(k, List::Pronoun)
                    && !self.lower_is(k, List::Participle)
            })
            .find(|&k| {
                one_of!(
                    self.lw(k).as_str(),
                    "released" | "published" | "issued" | "conducted" | "unveiled" | "posted"
                )
            });
        if let Some(p) = participle.filter(|&p| {
            p > lo && self.is_word(p - 1) && self.w(p - 1).starts_with(char::is_lowercase)
        }) {
            j = p;
        }
        if j <= lo {
            return None;
        }
        // `Stevie Wonder, who joked`: `who`, resolved to the name before it.
        if self.lw(j - 1) == "who" {
            return Some((j - 1, j));
        }
        // `She laughed and said`: the subject of the first verb.
        if self.w(j - 1) == "and" {
            return self.sentence_subject(lo, j - 1);
        }
        // `Sen. Claire McCaskill (D-Mo.) said`
        if self.w(j - 1) == ")" {
            let open = (lo..j - 1).rev().take(10).find(|&k| self.w(k) == "(")?;
            j = open;
        }
        // `Kall -- co-editor of a book -- said`: dashes set off an apposition too.
        if j > lo + 1 && matches!(self.w(j - 1), "—" | "–" | "-") {
            let mut d = j - 1;
            if self.w(d) == "-" && self.w(d - 1) == "-" {
                d -= 1;
            }
            let open = (lo..d).rev().take(40).find(|&k| {
                matches!(self.w(k), "—" | "–" | "-") && (self.w(k) != "-" || self.w(k + 1) == "-")
            })?;
            if (open..d).any(|k| self.is_mark(k) || self.is_stop(k)) {
                return None;
            }
            // `Anna Berg, the chief executive of Lumora -- the firm that … -- told`: the
            // person named before a comma apposition that the dashes only extend.
            let named = (lo..open)
                .find(|&k| self.w(k) == ",")
                .and_then(|c| self.np_ending_at(lo, c))
                .filter(|np| {
                    self.mention_inside(self.span(np.0, np.1))
                        .is_some_and(|k| self.mentions[k].kind == EntityKind::Person)
                });
            return named.or_else(|| self.np_ending_at(lo, open));
        }
        if j > lo && self.w(j - 1) == "," {
            // `She said …, and when pressed on why, replied`: the subject of the first verb.
            if let Some(and) = self.and_before_reply(lo, j) {
                return self.sentence_subject(lo, and);
            }
            // `NAME, APPOSITION, said`: the name before the apposition's opening comma (the first
            // comma of the subject: `Scott Pruitt, the attorney general, one of …, said`).
            let close = j - 1;
            let mut open = (lo..close).take(40).find(|&k| self.w(k) == ",")?;
            // `In a statement, the family’s lawyer, Ann Lee, said`: past an opening phrase,
            // whose comma is none inside a date (`In a memo dated Aug. 14, 2024, …`).
            let mut lo = lo;
            // (Also a preposition of place or a participle that opens a phrase: `Outside
            // the courthouse,`, `Asked whether …,`, `Speaking to the BBC,`.)
            let first = self.lw(lo);
            let opening = self.lower_is(lo, List::Preposition)
                || self.lower_is(lo, List::Opener)
                || one_of!(
                    first.as_str(),
                    "outside" | "inside" | "across" | "beyond" | "behind" | "asked" | "pressed"
                )
                || first.ends_with("ing") && first.len() > 5;
            if opening {
                let phrase_end = self.opening_phrase_comma(lo, close).unwrap_or(open);
                if let Some(next) = (phrase_end + 1..close).find(|&k| self.w(k) == ",") {
                    lo = phrase_end + 1;
                    open = next;
                }
            }
            // `The Liberal Democrats called for a review, while the SNP's leader, Alan Reid,
            // described …`: after a subordinator a clause of its own begins.
            if matches!(
                self.lw(open + 1).as_str(),
                "while" | "whereas" | "but" | "although" | "though"
            ) && open + 2 < close
            {
                lo = open + 2;
                open = (lo..close).find(|&k| self.w(k) == ",").unwrap_or(close);
            }
            // Far from the verb, the nearest comma opens the apposition (`… -- which Apple's
            // chief executive, Tim Cook, called …`).
            let starts_subject = self.np_ending_at(lo, open).is_some_and(|np| np.0 == lo);
            if close > open + 12 && !starts_subject {
                if let Some(near) = (open + 1..close).rev().find(|&k| self.w(k) == ",") {
                    open = near;
                }
            }
            if (open + 1..close).any(|k| self.is_mark(k) || self.is_stop(k)) {
                return None;
            }
            // `Rep. Jim Jordan (R-Ohio), a panel member, said`
            let mut name_end = open;
            if name_end > lo && self.w(name_end - 1) == ")" {
                name_end = (lo..name_end - 1)
                    .rev()
                    .take(10)
                    .find(|&k| self.w(k) == "(")?;
            }
            let np = self.np_ending_at(lo, name_end)?;

            // `The state’s chairman, Phil Lovas, said`: a person named in the apposition.
            let head = self.span(np.0, np.1);
            let whole = self.span(np.0, close);
            let named = |span: Span| {
                self.mention_inside(span)
                    .is_some_and(|k| self.mentions[k].kind == EntityKind::Person)
            };
            // (`The delegate, quoted in the newspaper Die Presse, said`: a name deep in the
            // apposition is not the speaker's.)
            // (`Vasquez's main rival, city council member Brian Oduya, said`: lower-case role
            // words may stand before the name.)
            let names_speaker = self
                .mention_inside(self.span(open + 1, close))
                .is_some_and(|k| {
                    let at = self.mention_tokens(k).0;
                    at <= open + 3
                        || at <= open + 6
                            && (open + 1..at).all(|j| {
                                self.is_word(j)
                                    && self.w(j).bytes().all(|b| b.is_ascii_lowercase())
                                    && !self.w(j).ends_with("ed")
                                    && !self.lower_is(j, List::Preposition)
                                    && !self.lower_is(j, List::Clause)
                            })
                });
            // (`A lawyer for Ewa, Daniel Brooks, said`: a person the head is for, of or to is
            // not the head, and the apposition names the speaker.)
            let for_someone = self.mention_inside(head).is_some_and(|k| {
                let at = self.mention_tokens(k).0;
                self.title_after_for_or_of(np.0, at).is_some()
                    || at
                        .checked_sub(1)
                        .is_some_and(|p| matches!(self.lw(p).as_str(), "for" | "of" | "to"))
            });
            if (!named(head) || for_someone) && named(whole) && names_speaker {
                return Some((np.0, close));
            }
            // `The firm, Northgate Logistics, said`: an organisation that is the whole
            // apposition names a head that names nothing.
            let org_named = self
                .mention_inside(self.span(open + 1, close))
                .is_some_and(|k| {
                    let (a, b) = self.mention_tokens(k);
                    self.mentions[k].kind == EntityKind::Org
                        && (a == open + 1 || a == open + 2 && self.lw(open + 1) == "the")
                        && b == close
                });
            if org_named && self.mention_inside(head).is_none() {
                return Some((np.0, close));
            }
            return Some(np);
        }
        let np = self.np_ending_at(lo, j)?;
        Some(self.joined_subject(lo, np).unwrap_or(np))
    }

    /// `The Congress party and its allies said`, `Acme and the Harbor Workers union said`: the
    /// phrases joined by `and` that make up the whole subject from `lo`, when `np` is the last.
    fn joined_subject(&self, lo: usize, np: (usize, usize)) -> Option<(usize, usize)> {
        // (`Japan and the Philippines`: the name may be read without its `the`.)
        let first = np.0 - usize::from(np.0 > lo + 2 && self.lower_is(np.0 - 1, List::Determiner));
        if first < lo + 2 || self.w(first - 1) != "and" || self.in_mention(first - 1) {
            return None;
        }
        // (Names alone are joined where the speaker is read: `Ann Lee and Tom Okafor`.)
        if self.names_joined_before(np).is_some() {
            return None;
        }
        let left = self.np_ending_at(lo, first - 1)?;
        // (`The Green Party` is read from its name.)
        let from_lo = left.0 == lo || left.0 == lo + 1 && self.lw(lo) == "the";
        (from_lo
            && self.is_word(lo)
            && self.nominal(left)
            && self.nominal(np)
            && !(left.0..left.1).any(|k| self.finite_verb_at(k))
            && !(left.0 + 1..left.1).any(|k| {
                self.lower_is(k, List::Pronoun)
                    || matches!(self.lw(k).as_str(), "her" | "him" | "them" | "us" | "me")
            }))
        .then_some((lo, np.1))
    }

    /// True when the tokens `from..to` can all belong to a subject noun phrase (apposition
    /// between commas allowed).
    pub(super) fn clean_subject(&self, from: usize, to: usize) -> bool {
        // (A separator is punctuation: a word or a number is none.)
        let sep = |k: usize| {
            !self.is_word(k) && {
                let w = self.w(k);
                w == "," || matches!(w, "—" | "–") || w == "-" && self.w(k + 1) == "-"
            }
        };
        // The apposition runs from the first comma or dash to the last (`The Welshman, 47,
        // who took charge in March, added`), or to the verb when there is one.
        let first = (from..to).find(|&k| sep(k));
        let last = (from..to).rev().find(|&k| sep(k));
        let apposition = match (first, last) {
            (Some(a), Some(b)) if a < b => a..b,
            (Some(a), _) => a..to,
            _ => to..to,
        };
        for k in from..to {
            // (Marks, stops and colons are punctuation.)
            if !self.is_word(k) && (self.is_mark(k) || self.is_stop(k) || self.is_char(k, b':')) {
                return false;
            }
            if sep(k) || self.subject_preposition(from, k) {
                continue;
            }
            let in_apposition = apposition.contains(&k);
            if !in_apposition && self.lower_is(k, List::Clause) {
                // An auxiliary right before the verb is fine.
                let aux_tail = (k..to).all(|x| self.between_subject_and_verb(x));
                if !aux_tail {
                    return false;
                }
            }
        }
        true
    }

    /// True when the clause word at token `k` is a plain part of a subject that starts at
    /// `from`: `to` before a noun phrase (`The complaint to the board says`), an object
    /// pronoun after a preposition (`People close to him say`), `Those`/`These` opening it,
    /// or `not` before a participle (`Doctors not involved in the study say`).
    fn subject_preposition(&self, from: usize, k: usize) -> bool {
        // (None of the words is longer than five letters, nor is an ASCII token's lower case.)
        let token = self.token(k);
        if token.text.len() > 5 && token.word.ascii() {
            return false;
        }
        match self.lw(k).as_str() {
            "to" => {
                k > from
                    && (one_of!(
                        self.lw(k + 1).as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                            | "our"
                            | "him"
                            | "them"
                    ) || starts_upper(self.w(k + 1)))
            }
            "him" | "them" | "us" | "me" => k > from && self.object_pronoun(k),
            "those" | "these" => k == from && !self.lower_is(k + 1, List::Clause),
            // `Doctors not involved in the study said`: a negated participle's phrase.
            "not" => k > from && self.is_word(k - 1) && self.lw(k + 1).ends_with("ed"),
            _ => false,
        }
    }

    /// True when token `k` is an object pronoun after a preposition or `of` (`people close to
    /// him`, `one of them`): part of the phrase before it.
    fn object_pronoun(&self, k: usize) -> bool {
        matches!(self.lw(k).as_str(), "him" | "them" | "us" | "me")
            && k.checked_sub(1)
                .is_some_and(|p| self.lower_is(p, List::Preposition) || self.lw(p) == "of")
    }

    /// True when token `k` is `by` after a participle (`Economists polled by Reuters`): the
    /// name after it qualifies the phrase before.
    fn by_participle(&self, k: usize) -> bool {
        k > 0 && self.lw(k) == "by" && self.lw(k - 1).ends_with("ed")
    }

    /// The noun phrase right after token `from` (`said Li Jie`, `said the spokesman`), not
    /// reaching token `hi`.
    pub(super) fn np_after(&self, from: usize, hi: usize) -> Option<(usize, usize)> {
        let mut s = from;
        // `said Friday Mr. X` / `said on Sunday X` are rare; skip only a weekday.
        while s < hi && self.lower_is(s, List::Time) && starts_upper(self.w(s)) {
            s += 1;
        }
        if s >= hi {
            return None;
        }
        if self.lower_is(s, List::Pronoun) {
            return Some((s, s + 1));
        }
        if !self.is_word(s)
            || self.lower_is(s, List::Clause)
            || self.lower_is(s, List::Preposition)
            || self.lw(s) == "of"
        {
            return None;
        }
        // The mention starting in the first few tokens (after a title like `Sen.`).
        for k in s..(s + 4).min(hi) {
            if let Some(m) = self.mention_starting_at(k) {
                let mut name_end = self.mention_tokens(m).1;
                // `told African-Americans`: the name is the first part of a compound.
                if self.w(name_end) == "-"
                    && starts_upper(self.w(name_end + 1))
                    && name_end + 2 < hi
                    && self.tokens[name_end].span().start == self.mentions[m].span.end
                {
                    name_end += 2;
                }
                if self.mentions[m].kind != EntityKind::Person {
                    // `said French minister Marc Fesneau`: the person the modifier leads to.
                    let person = (name_end..(name_end + 3).min(hi))
                        .take_while(|&j| self.is_word(j))
                        .find_map(|j| {
                            self.mention_starting_at(j)
                                .filter(|&n| self.mentions[n].kind == EntityKind::Person)
                        });
                    if let Some(n) = person {
                        let end = self.mention_tokens(n).1;
                        return Some((s, end.min(hi)));
                    }
                    // `said a Mumbai-based dealer`: past the hyphenated ending of the modifier.
                    let mut name_end = name_end;
                    if self.w(name_end) == "-"
                        && self.is_word(name_end + 1)
                        && self.w(name_end + 1).chars().all(char::is_lowercase)
                        && name_end + 2 < hi
                    {
                        name_end += 2;
                    }
                    // `said an EU diplomat`: the modifier and its head noun.
                    let head_end = (name_end..(name_end + 3).min(hi))
                        .take_while(|&j| {
                            self.is_word(j)
                                && self.w(j).chars().all(char::is_lowercase)
                                && !self.lower_is(j, List::Clause)
                                && !self.lower_is(j, List::Preposition)
                                && !self.lower_is(j, List::Time)
                                // (`told the BBC he had …`, `told the Guardian the
                                // government should …`: the clause's subject.)
                                && !self.lower_is(j, List::Pronoun)
                                && !super::stance::is_determiner(self.w(j))
                                && !matches!(self.w(j), "of" | "and" | "or" | "on" | "in")
                        })
                        .last();
                    if let Some(h) = head_end {
                        return Some((s, h + 1));
                    }
                }
                let end = self.past_possessor(name_end, hi);
                return Some((s, end.max(k + 1)));
            }
        }
        let mut e = s;
        while e < hi && e - s < 8 {
            let w = self.w(e);
            let joins = matches!(w, "-" | "’s" | "'s" | "." | "&");
            // (`said one of them`: an object pronoun after `of` ends the phrase.)
            if e > s && self.object_pronoun(e) {
                e += 1;
                break;
            }
            // (`told farmers he would …`: a pronoun starts the next clause.)
            if !(self.is_word(e) || joins)
                || e > s
                    && (self.lower_is(e, List::Clause)
                        || self.lower_is(e, List::Pronoun)
                        || self.time_possessor(e))
            {
                break;
            }
            // (`told the troops their goal was …`: a possessive opens the clause's subject;
            // not `one of his protegés`.)
            if e > s
                && (self.lower_is(e, List::Preposition)
                    || matches!(self.lw(e).as_str(), "the" | "a" | "an")
                    || matches!(self.lw(e).as_str(), "his" | "her" | "their" | "its" | "our")
                        && self.lw(e - 1) != "of")
            {
                break;
            }
            e += 1;
        }
        // `said the study's lead author, Dr. Matthew Ahmadi, …`: the name the phrase is
        // set off before (after a title), which says who it is.
        if e > s && self.w(e) == "," {
            let named = (e + 1..(e + 4).min(hi)).find_map(|k| self.mention_starting_at(k));
            if let Some(m) = named.filter(|&m| {
                self.mentions[m].kind == EntityKind::Person
                    && (e + 1..self.mention_tokens(m).0)
                        .all(|k| starts_upper(self.w(k)) || self.w(k) == ".")
            }) {
                return Some((s, self.mention_tokens(m).1.min(hi)));
            }
        }
        (e > s).then_some((s, e))
    }

    /// The first token of a title before a name at token `start` that follows `for` or `of`
    /// (`a lawyer for Rep. Jim Jordan`, `Supporters of Sen. Bernie Sanders`), looking back no
    /// further than token `lo`.
    fn title_after_for_or_of(&self, lo: usize, start: usize) -> Option<usize> {
        let mut t = start;
        while t > lo + 1 && start - t < 3 {
            let x = self.w(t - 1);
            if !(starts_upper(x) || x == ".") {
                break;
            }
            t -= 1;
        }
        (t < start && matches!(self.w(t - 1), "for" | "of")).then_some(t)
    }

    /// `Tom Okafor of Morningstar said`, `Rep. Chip Roy of Texas said`, `Judge Ann Lee of the
    /// Superior Court said`: the first token of the person a name starting at token `start`
    /// places (`of`, `in`, `at`, `from`, and `the`, between them), not the place or body; also
    /// through a body that the name places in turn (`Laura Kreidberg of the Max Planck
    /// Institute in Heidelberg said`).
    fn person_placing(&self, lo: usize, mut start: usize) -> Option<usize> {
        for _ in 0..2 {
            let the = usize::from(start > lo && self.lw(start - 1) == "the");
            if start <= lo + 1 + the
                || !matches!(
                    self.lw(start - 1 - the).as_str(),
                    "of" | "in" | "at" | "from"
                )
            {
                return None;
            }
            let p = self.mention_ending_at(start - 2 - the)?;
            start = self.mention_tokens(p).0.max(lo);
            match self.mentions[p].kind {
                EntityKind::Person => return Some(start),
                EntityKind::Org => {}
                _ => return None,
            }
        }
        None
    }

    /// Where the names joined to the name `np` by `and` start (`China and Japan`, `the US,
    /// Britain and France`, `Ann Lee and Tom Okafor`, `Apple and Google`), when `np` is the
    /// last of them. (A body's name the tagger split at its own `and` is joined again: `House
    /// Oversight and Government Reform Committee`, then with no entity.)
    fn names_joined_before(&self, np: (usize, usize)) -> Option<usize> {
        let name = |m: usize| {
            self.mentions.get(m).filter(|m| {
                matches!(
                    m.kind,
                    EntityKind::Person | EntityKind::Place | EntityKind::Org
                )
            })
        };
        let last = self.mention_ending_at(np.1 - 1)?;
        name(last)?;
        if self.mention_tokens(last).0 != np.0 || np.0 < 2 {
            return None;
        }
        if self.w(np.0 - 1) != "and" {
            return None;
        }
        let mut start = np.0;
        // (At most a few names back: a list is short, and the walk stays cheap.)
        for _ in 0..4 {
            let mut j = start;
            while j > 0 && matches!(self.w(j - 1), "and" | ",") && start - j < 2 {
                j -= 1;
            }
            if j == start || j == 0 {
                break;
            }
            let Some(m) = self.mention_ending_at(j - 1).filter(|&m| name(m).is_some()) else {
                // (`officials and Ann Lee`: no name joined.)
                if start == np.0 {
                    return None;
                }
                break;
            };
            start = self.mention_tokens(m).0;
        }
        if start > 0 && matches!(self.w(start - 1), "the" | "The") {
            start -= 1;
        }
        Some(start)
    }

    /// A speaker for the noun phrase `np` (token range), resolved to an entity.
    pub(super) fn speaker(&self, np: (usize, usize)) -> Speaker {
        let span = self.span(np.0, np.1);
        if np.1 == np.0 + 1 {
            let word = self.lw(np.0);
            // (`Redwater Partners, which disclosed …`: `which` as `who` for an organisation;
            // `WHO` is the World Health Organization.)
            if matches!(self.w(np.0), "who" | "which" | "Who" | "Which") {
                let mut k = np.0;
                while k > 0 && matches!(self.w(k - 1), "," | "—" | "–") {
                    k -= 1;
                }
                let mut named = k.checked_sub(1).and_then(|k| self.mention_ending_at(k));
                // (`Sen. Lisa Murkowski of Alaska, who voted …`: the person, not her state.)
                if let Some((mi, m)) = named.and_then(|i| Some((i, self.mentions.get(i)?))) {
                    let first = self.mention_tokens(mi).0;
                    let person = first
                        .checked_sub(2)
                        .filter(|_| {
                            m.kind == EntityKind::Place
                                && matches!(self.w(first - 1), "of" | "from")
                        })
                        .and_then(|p| self.mention_ending_at(p))
                        .filter(|&p| {
                            self.mentions
                                .get(p)
                                .is_some_and(|p| p.kind == EntityKind::Person)
                        });
                    // (`Charles Hartley, an analyst at Barclays who rates …`: the person the
                    // phrase describes, a few words back, not the employer.)
                    let described = (m.kind != EntityKind::Person
                        && self.lw(np.0) == "who"
                        && first > 0
                        && matches!(self.lw(first - 1).as_str(), "at" | "of" | "from" | "for"))
                    .then(|| {
                        let k = named?;
                        let back = first.saturating_sub(12);
                        let from = self.tokens.get(back)?.span().start;
                        (0..k)
                            .rev()
                            .map_while(|p| {
                                self.mentions
                                    .get(p)
                                    .filter(|q| q.span.start >= from)
                                    .map(|q| (p, q))
                            })
                            .find(|(_, q)| q.kind == EntityKind::Person)
                            .map(|(p, _)| p)
                    })
                    .flatten();
                    named = person.or(described).or(named);
                }
                let entity = named.and_then(|m| self.mention_entity.get(m).copied());
                return Speaker { span, entity };
            }
            if self.lower_is(np.0, List::Pronoun) {
                return Speaker {
                    span,
                    entity: self.pronoun_entity(&word, span.start),
                };
            }
        }
        // `China and Japan agreed …`: names joined by `and` speak together, and no one entity
        // is all of them.
        if let Some(start) = self.names_joined_before(np) {
            return Speaker {
                span: self.span(start, np.1),
                entity: None,
            };
        }
        // (So do the phrases of `The Congress party and its allies said`.)
        let joined = (np.0 + 1..np.1.saturating_sub(1))
            .take_while(|&k| self.w(k) != ",")
            .any(|k| {
                self.w(k) == "and" && !self.in_mention(k) && self.lower_is(k + 1, List::Determiner)
            });
        if joined {
            return Speaker { span, entity: None };
        }
        // `Farmers in Maharashtra and Madhya Pradesh`: the head before the preposition that
        // opens the names is the source, whatever the last name is.
        let first = self.mentions.partition_point(|m| m.span.start < span.start);
        // `Supporters of Sen. Tom Reed` speak for themselves, not for Tom Reed.
        if let Some(f) = self.mentions.get(first).filter(|f| span.contains(f.span)) {
            let (f_lo, f_hi) = self.mention_tokens(first);
            let possessor = self.possessive_at(f_hi);
            let clear = |f_lo: usize| (np.0..f_lo - 1).all(|j| self.mention_ending_at(j).is_none());
            if f_lo > np.0 + 1
                && !possessor
                && (matches!(self.lw(f_lo - 1).as_str(), "in" | "at" | "from")
                    || self.by_participle(f_lo - 1))
                && clear(f_lo)
            {
                let head = self.span(np.0, f_lo - 1);
                return Speaker {
                    span: head,
                    entity: self.role_entity(head),
                };
            }
            let t_lo = self.token_at(f.title.map_or(f.span.start, |t| t.start));
            if t_lo > np.0 + 1
                && self.lw(t_lo - 1) == "of"
                && around_someone(&self.lw(t_lo - 2))
                && clear(t_lo)
            {
                return Speaker { span, entity: None };
            }
        }
        // `A spokesman for the union representing workers at the German plants`: a
        // nationality or place deep in the phrase, before its noun, only describes that noun.
        let modifier = |k: usize| {
            let m = &self.mentions[k];
            let (m_lo, after) = self.mention_tokens(k);
            matches!(m.kind, EntityKind::Misc | EntityKind::Place)
                && m_lo > np.0 + 3
                && after < np.1
                && self.is_word(after)
                && self.w(after).bytes().all(|b| b.is_ascii_lowercase())
        };
        // `the South Dakota Republican`, `the veteran Democrat`: a person described by party
        // or nationality, with what qualifies it (not the place inside).
        if np.1 > np.0 + 2 && self.lw(np.0) == "the" && self.demonym(np.1 - 1) {
            return Speaker {
                span,
                entity: self.role_entity(span),
            };
        }
        if let Some(k) = self.mention_inside(span).filter(|&k| !modifier(k)) {
            let m = &self.mentions[k];
            // `the German`, `the Welshman`: a person described by nationality.
            if matches!(m.kind, EntityKind::Misc | EntityKind::Person)
                && m.span.end == span.end
                && np.1 == np.0 + 2
                && self.lw(np.0) == "the"
            {
                return Speaker {
                    span,
                    entity: self.role_entity(span),
                };
            }
            // `Police in Amarillo`: the head before the preposition is the source; `a
            // spokesman for Acme`: the phrase, on the organisation's behalf.
            let (m_lo, m_hi) = self.mention_tokens(k);
            if m_lo > np.0 + 1 {
                let prep = self.lw(m_lo - 1);
                // `Gov. Melchor Diclas of Benguet province`: the person the phrase places,
                // whatever the tagger made of the place.
                let placed = (prep == "of")
                    .then(|| self.mention_ending_at(m_lo - 2))
                    .flatten()
                    .filter(|&p| self.mentions[p].kind == EntityKind::Person);
                if let Some(p) = placed {
                    return Speaker {
                        span: self.mentions[p].span,
                        entity: self.mention_entity.get(p).copied(),
                    };
                }
                if matches!(prep.as_str(), "in" | "at" | "from") {
                    let head = self.span(np.0, m_lo - 1);
                    return Speaker {
                        span: head,
                        entity: self.role_entity(head),
                    };
                }
                // `the mayor of Bristol`: the role, resolved as one.
                if prep == "of" && m.kind != EntityKind::Org {
                    let head = self.span(np.0, m_lo - 1);
                    return Speaker {
                        span,
                        entity: self.role_entity(head),
                    };
                }
                let titled = self.title_after_for_or_of(np.0 + 1, m_lo).is_some();
                if (titled || matches!(prep.as_str(), "for" | "of")) && m.kind != EntityKind::Place
                {
                    return Speaker {
                        span,
                        entity: self.mention_entity.get(k).copied(),
                    };
                }
            }
            // `The Cupertino, California-based company`: a place that only qualifies the head
            // noun is not the source; the noun phrase is, and a company noun is the last
            // organisation named.
            let head_lower = self.is_word(np.1 - 1) && !starts_upper(self.w(np.1 - 1));
            // `an EU diplomat`, `French officials`: a name that only qualifies the head noun
            // is not the source either; the phrase is (for an organisation, on its behalf).
            // Also in a compound (`the Liberal Democrat-run council`, `a Kremlin-backed
            // group`), whose noun is someone else.
            let compound = self.w(m_hi) == "-"
                && self.tokens.get(m_hi).map(|t| t.span().start) == Some(m.span.end);
            let after = m_hi + usize::from(compound);
            let qualifies = m.span.end < span.end
                && head_lower
                && m_lo <= np.0 + 2
                && np.1 <= after + 2
                && (after..np.1)
                    .all(|j| self.is_word(j) && self.w(j).chars().all(char::is_lowercase))
                && !self.w(np.1 - 1).ends_with("ly");
            if qualifies && matches!(m.kind, EntityKind::Org | EntityKind::Misc) {
                let entity = match m.kind {
                    EntityKind::Org if !compound => self.mention_entity.get(k).copied(),
                    _ => self.role_entity(span),
                };
                return Speaker { span, entity };
            }
            if !(m.kind == EntityKind::Place && m.span.end < span.end && head_lower) {
                return Speaker {
                    span: m.span,
                    entity: self.mention_entity.get(k).copied(),
                };
            }
            let mut start = np.0;
            // `The Cupertino, California-based`: back over the place's first part to `The`.
            if start >= 3 && self.w(start - 1) == "," {
                let mut b = start - 1;
                while b > 0 && self.is_word(b - 1) && starts_upper(self.w(b - 1)) {
                    b -= 1;
                }
                if b < start - 1 && matches!(self.w(b), "The" | "the") {
                    start = b;
                }
            }
            let span = self.span(start, np.1);
            let entity = self.org_entity(span);
            return Speaker { span, entity };
        }
        // `a spokeswoman for the company`: on behalf of the body the description names.
        let entity = self.role_entity(span).or_else(|| {
            let f = (np.0 + 1..np.1).find(|&k| self.w(k) == "for")?;
            (self.w(f + 1) == "the")
                .then(|| self.role_entity(self.span(f + 1, np.1)))
                .flatten()
        });
        Speaker { span, entity }
    }

    pub(super) fn pronoun_entity(&self, word: &str, pos: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.span.start < pos);
        match word {
            "he" | "she" => {
                let naive = self.last_person.get(k).copied().flatten();
                let other = if word == "he" {
                    Gender::Female
                } else {
                    Gender::Male
                };
                let fits = |e: usize| self.genders.get(e).is_some_and(|&g| g != other);
                // The subject before the last person named, unless only the latter is known
                // to be `he` (or `she`) as the pronoun says.
                let known = |e: usize| {
                    self.genders
                        .get(e)
                        .is_some_and(|&g| g != other && g != Gender::Unknown)
                };
                match self.subject_person(pos) {
                    Some(Some((e, said)))
                        if fits(e)
                            && (known(e)
                                || !naive.is_some_and(known)
                                || naive.is_some_and(|n| self.named_after(n, said, k))) =>
                    {
                        return Some(e);
                    }
                    // `A spokeswoman for the SEC said … She declined …`: someone unnamed.
                    Some(None) => return None,
                    _ => {}
                }
                if naive.is_none_or(fits) {
                    return naive;
                }
                // The last person named who is not known to be of the other gender.
                (0..k).rev().take(200).find_map(|j| {
                    let e = *self.mention_entity.get(j)?;
                    (self.antecedent.get(j) == Some(&true) && fits(e)).then_some(e)
                })
            }
            "it" => self.last_org.get(k).copied().flatten(),
            // `I` and `we` outside quotes are the writer's: the person of the byline.
            "i" | "we" => self
                .mentions
                .iter()
                .take(k)
                .take(60)
                .position(|m| {
                    m.kind == EntityKind::Person
                        && self
                            .doc
                            .sentence_at(m.span.start)
                            .and_then(|si| self.doc.sentences.get(si))
                            .and_then(|s| self.doc.paragraphs.get(s.paragraph))
                            .is_some_and(|p| p.part == crate::segment::Part::Byline)
                })
                .and_then(|m| self.mention_entity.get(m).copied()),
            _ => None,
        }
    }

    /// The person who is the subject of the sentence that a pronoun at byte `pos` continues:
    /// its own sentence when a person is named in it before the pronoun, else the last of
    /// the few sentences before it that names one (`Almeida was furious, insisting the ball
    /// had struck Castillo's shoulder. “It is a disgrace,” he said.` → Almeida, not Castillo).
    /// `None` when that sentence's subject is no person named outside quotes; `Some(None)`
    /// when a sentence naming no one has someone unnamed speak (`On TikTok, a passenger
    /// claimed …`), whom the pronoun continues rather than a person named before.
    fn subject_person(&self, pos: usize) -> Option<Option<(usize, usize)>> {
        let si = self.doc.sentence_at(pos)?;
        let named = |m: usize| self.antecedent.get(m) == Some(&true);
        for s in (si.saturating_sub(4)..=si).rev() {
            let sentence = self.doc.sentences.get(s)?;
            let end = sentence.span.end.min(pos);
            let lo = self
                .mentions
                .partition_point(|m| m.span.start < sentence.span.start);
            let hi = self.mentions.partition_point(|m| m.span.start < end);
            let to = self.token_at(end);
            let any = (lo..hi).any(named);
            let found = if any {
                let (a, b) = self.sentence_subject(sentence.tokens.start, to)?;
                let subject = self.span(a, b);
                // (The possessor of a person is not the subject: `Vance's lawyer said …` is
                // someone unnamed; `Mr. Obama's bet is …` is about Mr. Obama.)
                let possessor = |m: usize| {
                    let after = self.mention_tokens(m).1;
                    self.possessive_at(after)
                        && (after + 1..after + 3).any(|k| crate::coref::is_person_noun(self.w(k)))
                };
                let inside = |m: usize| named(m) && subject.contains(self.mentions[m].span);
                let found = (lo..hi).rev().find(|&m| inside(m) && !possessor(m));
                if found.is_none() && (lo..hi).any(inside) {
                    return Some(None);
                }
                found
            } else {
                None
            };
            let Some(m) = found else {
                // (`A neighbour who … said the owner, Tariq Bhatti, had …`: also when the
                // sentence names someone after the cue.)
                if self.unnamed_speaker(sentence.tokens.start, to) {
                    return Some(None);
                }
                if any {
                    return None;
                }
                continue;
            };
            // (A person known by one word only is often a company or place misread.)
            // (With the token after the subject's cue, if it reports: `Ruiz argued that the
            // emails showed Vance knew …`.)
            let from = self.mention_tokens(m).1;
            let said = (from..to.min(from + 8))
                .find(|&v| self.is(v, List::Report))
                .map_or(usize::MAX, |v| v + 1);
            return self
                .mention_entity
                .get(m)
                .copied()
                .filter(|&e| self.entities.get(e).is_some_and(|e| e.name.contains(' ')))
                .map(|e| Some((e, said)));
        }
        None
    }

    /// True when the last mention of the person `e` before mention `k` is at token `from` or
    /// later, within the same sentence: named in what the subject reported (`Ruiz argued that
    /// the emails showed Vance knew …. “Q,” he told jurors.` → Ruiz, whatever is known of
    /// Vance's gender).
    fn named_after(&self, e: usize, from: usize, k: usize) -> bool {
        let Some(start) = self.tokens.get(from).map(|t| t.span().start) else {
            return false;
        };
        let last = (0..k).rev().take(50).find(|&j| {
            self.antecedent.get(j) == Some(&true) && self.mention_entity.get(j) == Some(&e)
        });
        last.is_some_and(|j| {
            let at = self.mentions[j].span.start;
            at >= start && self.doc.sentence_at(at) == self.doc.sentence_at(start)
        })
    }

    /// True when the clause `lo..hi` opens (after an opening phrase) with someone introduced
    /// but not named, `a`/`an`/`one`/`another` and a person noun (`a passenger who …`, `A
    /// government spokesperson`, `One nurse`), who reports with a cue: a later `he`/`she` is
    /// that person. Not when `him`/`her` stands before the cue or is its object (`A reporter
    /// asked her …`): the pronoun may be that one.
    fn unnamed_speaker(&self, lo: usize, hi: usize) -> bool {
        let mut s = self.clause_start(lo, hi);
        if self.lw(s) == "the" {
            // `The prime minister's official spokesman`: someone unnamed of someone's.
            match (s + 2..s + 5).find(|&k| matches!(self.w(k), "’s" | "'s")) {
                Some(k) => s = k,
                None => return false,
            }
        } else if !matches!(self.lw(s).as_str(), "a" | "an" | "one" | "another") {
            return false;
        }
        // (One adjective may come first: `a senior official`.)
        let head = s + 1 + usize::from(!crate::coref::is_person_noun(self.w(s + 1)));
        if !crate::coref::is_person_noun(self.w(head)) {
            return false;
        }
        // (Looked for near the subject: the cost per pronoun stays bounded.)
        let cue = (head + 1..hi.min(head + 40))
            .take_while(|&k| !matches!(self.w(k), "her" | "him"))
            .find(|&k| self.is(k, List::Report))
            .filter(|&c| !matches!(self.w(c + 1), "her" | "him"));
        // (Nor when a person is named before the cue: the subject may be theirs.)
        cue.is_some_and(|c| {
            self.mention_inside(self.span(head, c))
                .is_none_or(|m| self.antecedent.get(m) != Some(&true))
        })
    }

    /// `the company`, `the California-based firm` → the last organisation named before it.
    pub(super) fn org_entity(&self, span: Span) -> Option<usize> {
        let words = span.slice(self.text);
        // `the maker of industrial pumps`: the noun before `of` heads the phrase.
        let head = words.split(" of ").next()?;
        let last = lower(head.split_whitespace().next_back()?);
        let org_noun = one_of!(
            last.as_str(),
            "company"
                | "firm"
                | "group"
                | "agency"
                | "bank"
                | "maker"
                | "automaker"
                | "carmaker"
                | "drugmaker"
                | "chipmaker"
                | "manufacturer"
                | "producer"
                | "supplier"
                | "operator"
                | "lender"
                | "retailer"
                | "giant"
                | "carrier"
                | "network"
                | "newspaper"
                | "organization"
                | "organisation"
                | "university"
                | "department"
                | "ministry"
                | "campaign"
                | "startup"
                | "insurer"
                | "airline"
                | "utility"
        );
        if !org_noun {
            return self.role_entity(span);
        }
        let k = self.mentions.partition_point(|m| m.span.start < span.start);
        self.last_org.get(k).copied().flatten()
    }

    /// `the spokesman` → the last person before it whose role or title names a spokesman;
    /// `the department` → the last organisation of that kind (see `coref::description_entity`).
    pub(super) fn role_entity(&self, span: Span) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.span.start < span.start);
        let words = span.slice(self.text);
        crate::coref::description_entity(
            words,
            self.mentions.get(..k)?,
            self.mention_entity,
            self.entities,
        )
        .or_else(|| {
            // `the 47-year-old`, `the Welshman`, `the Briton`: a description only the person
            // last named fits.
            // (Also with up to three words before a nationality or a party: `the South
            // Dakota Republican`.)
            let mut w = words.split_whitespace();
            let (det, mut head, mut between) = (w.next()?, w.next()?, 0);
            for next in w {
                (head, between) = (next, between + 1);
            }
            let age = head.ends_with("-year-old") && head.starts_with(|c: char| c.is_ascii_digit());
            let demonym = starts_upper(head)
                && (head.ends_with("man")
                    || head.ends_with("woman")
                    || super::lists::in_list(List::Demonym, &lower(head)));
            let fits =
                det.eq_ignore_ascii_case("the") && (between == 0 && age || between <= 3 && demonym);
            if !fits {
                return None;
            }
            // (Not someone named only as an owner since: `Reid rose to meet Harris's corner.
            // “…,” the 21-year-old said.` is Reid.)
            let owner = |m: usize| self.possessive_at(self.mention_tokens(m).1);
            // (Nor someone the quote it attributes names: `… praised his goalkeeper, Mark
            // Flekken. “Mark was outstanding,” said the 45-year-old.`)
            let sentence = self.doc.sentence_at(span.start);
            let quoted = |e: Option<&usize>| {
                (0..k).rev().take(10).any(|m| {
                    self.doc.sentence_at(self.mentions[m].span.start) == sentence
                        && self.mention_entity.get(m) == e
                })
            };
            (0..k)
                .rev()
                .take(20)
                .filter(|&m| self.antecedent.get(m) == Some(&true))
                .find(|&m| !owner(m) && !quoted(self.mention_entity.get(m)))
                .and_then(|m| self.mention_entity.get(m).copied())
                .or_else(|| self.last_person.get(k).copied().flatten())
        })
        .or_else(|| {
            // `the spokesperson` after `a State Department spokesperson`: the body whose
            // spokesperson was named last (among the 50 mentions before).
            let mut w = words.split_whitespace();
            let (det, noun) = (w.next()?, w.next()?);
            let spokes = det.eq_ignore_ascii_case("the")
                && w.next().is_none()
                && matches!(noun, "spokesman" | "spokeswoman" | "spokesperson");
            if !spokes {
                return None;
            }
            let before = self.mentions.get(..k)?;
            let at = (0..before.len()).rev().take(50).find(|&i| {
                before[i].kind == EntityKind::Org
                    && self.w(self.token_at(before[i].span.end)) == noun
            })?;
            self.mention_entity.get(at).copied()
        })
        .or_else(|| self.subject_described(span))
        .or_else(|| self.company_of_the_story(span))
    }

    /// `Saka, who …, played down talk of his form. Asked …, the winger replied: …`: `the` and
    /// a person noun that describes no one the article named is the person who is the subject
    /// of the sentence before, in the same paragraph, when no other person was named since.
    /// Not a noun of an office or a job (`the officer`, `the judge`, `the spokesman`): another
    /// person may hold that, one who deals with the subject; but a player's position describes
    /// the player (`the winger`, `the striker`).
    fn subject_described(&self, span: Span) -> Option<usize> {
        let mut words = span.slice(self.text).split_whitespace();
        let (det, noun) = (words.next()?, words.next()?);
        let position = matches!(
            noun,
            "winger" | "striker" | "goalkeeper" | "midfielder" | "defender" | "forward"
        );
        let fits = det.eq_ignore_ascii_case("the")
            && words.next().is_none()
            && !noun.ends_with('s')
            && crate::coref::is_person_noun(noun)
            && (position || !crate::entities::is_role_noun(noun));
        // (The whole phrase: a cue or a stop after it, not `The extremist party hopes …`.)
        let next = self.token_at(span.end);
        if !fits || self.is_word(next) && !self.is(next, List::Report) {
            return None;
        }
        let si = self.doc.sentence_at(span.start)?;
        let (s, prev) = (
            self.doc.sentences.get(si)?,
            self.doc.sentences.get(si.checked_sub(1)?)?,
        );
        // (The subject's mention, not its speaker: that could ask this again of the sentence
        // before, and so on back through a long paragraph.)
        let (a, b) = self.sentence_subject(prev.tokens.start, prev.tokens.end)?;
        // (The paragraph before only when its last sentence's subject speaks: `Mensah said
        // … .¶“Q,” the striker said.`)
        let speaks = || (b..prev.tokens.end.min(b + 8)).any(|v| self.is(v, List::Report));
        if prev.paragraph != s.paragraph && !speaks() {
            return None;
        }
        let m = self.mention_inside(self.span(a, b))?;
        let e = *self.mention_entity.get(m)?;
        let k = self.mentions.partition_point(|m| m.span.start < span.start);
        let person = self.entities.get(e)?.kind == EntityKind::Person;
        (person && self.last_person.get(k).copied().flatten() == Some(e)).then_some(e)
    }

    /// `the company`, `the firm` where no organisation's name says it is one (`Apple`, `Nordvik
    /// ASA`): the organisation that opens sentences most often in the 200 mentions before it,
    /// the latest of equals, among those whose names have no head of another kind of body
    /// (`Party`, `University`, `Ministry`), leaving out a wire dateline's agency (`(Reuters)`).
    fn company_of_the_story(&self, span: Span) -> Option<usize> {
        let mut words = span.slice(self.text).split_whitespace();
        let (det, noun) = (words.next()?, lower(words.next_back()?));
        let company = one_of!(
            &*noun,
            "company"
                | "firm"
                | "business"
                | "corporation"
                | "conglomerate"
                | "maker"
                | "manufacturer"
                | "retailer"
                | "insurer"
                | "lender"
                | "startup"
                | "carmaker"
                | "automaker"
                | "chipmaker"
                | "drugmaker"
        );
        if !det.eq_ignore_ascii_case("the") || !company {
            return None;
        }
        let heads = &crate::entities::lexicon::lexicon().org_heads;
        let bare = |name: &str| {
            name.split_whitespace()
                .all(|w| !heads.contains(w) || crate::coref::is_company_word(w))
        };
        let k = self.mentions.partition_point(|m| m.span.start < span.start);
        // (entity, times named); few enough to search.
        let mut named: Vec<(usize, usize)> = Vec::new();
        for (mi, m) in self.mentions.get(..k)?.iter().enumerate().rev().take(200) {
            let Some(&e) = self.mention_entity.get(mi) else {
                continue;
            };
            let fits = self
                .entities
                .get(e)
                .is_some_and(|ent| ent.kind == EntityKind::Org && bare(&ent.name));
            if !fits || self.doc.inline_datelines.iter().any(|d| d.contains(m.span)) {
                continue;
            }
            // Only a name that opens a sentence counts (`Apple reported`, `… (Reuters) -
            // Nordvik ASA said`): one only mentioned may be a name misread (`The Van Nuys,
            // Calif., thrift`) while the company itself went unrecognised.
            let opens = self
                .doc
                .sentence_at(m.span.start)
                .and_then(|s| self.doc.sentences.get(s))
                .is_some_and(|s| s.span.start == m.span.start);
            if !opens {
                continue;
            }
            match named.iter_mut().find(|(x, _)| *x == e) {
                Some((_, n)) => *n += 1,
                None => named.push((e, 1)),
            }
        }
        // `named` holds the latest first, and `max_by_key` keeps the last of equals.
        named.iter().rev().max_by_key(|(_, n)| *n).map(|&(e, _)| e)
    }

    /// The first token of the clause `lo..hi` past openers (`But`) and an opening phrase (`In
    /// a statement,`).
    pub(super) fn clause_start(&self, lo: usize, hi: usize) -> usize {
        let mut s = lo;
        // (Past a wire dateline: `NEW DELHI, Aug 20 (PTI) Defence Minister …`.)
        let at = self.tokens.get(lo).map_or(0, |t| t.span().start);
        if let Some(d) = self.doc.inline_datelines.iter().find(|d| d.start == at) {
            s = self.token_at(d.end);
        }
        loop {
            while s < hi && (self.lower_is(s, List::Opener) || !self.is_word(s)) {
                s += 1;
            }
            // `In a statement, Trump said` / `On Friday, she`: skip an opening phrase.
            let opening = one_of!(
                self.lw(s).as_str(),
                "in" | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "speaking"
                    | "asked"
                    | "last"
                    | "when"
                    | "while"
                    | "before"
                    | "with"
                    | "for"
                    | "as"
                    | "despite"
                    | "since"
                    | "like"
                    | "outside"
                    | "inside"
                    | "near"
                    | "across"
                    | "amid"
                    | "by"
                    | "from"
            );
            match self.opening_phrase_comma(s, hi.min(s + 24)) {
                Some(c) if opening && s < hi => s = c + 1,
                _ => return s,
            }
        }
    }

    /// The subject at the start of the clause `lo..hi`: a mention or pronoun among its first
    /// tokens (after `But`, `In a statement,` …).
    pub(super) fn sentence_subject(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let mut s = self.clause_start(lo, hi);
        if s >= hi {
            return None;
        }
        if self.lower_is(s, List::Pronoun) {
            return Some((s, s + 1));
        }
        let opening = s;
        // The person named after a role noun at token `k`: alone after a comma (`An RSF
        // spokesman, Al-Fateh Qurashi,`), with the role before it (`Argyle boss Neil Dunne`).
        let named = |k: usize| {
            let (comma, p) = self.named_after_role(k)?;
            Some(if comma {
                p
            } else {
                (opening, self.subject_end(p.1, hi))
            })
        };
        for k in s..(s + 4).min(hi) {
            if let Some(m) = self.mention_starting_at(k) {
                let name_end = self.mention_tokens(m).1;
                // `Bramford boss Nuno Almeida was …`: a club or country before a role noun
                // only qualifies the person named after it; `Chinese experts criticized …`:
                // before people in the plural, the name is their modifier.
                let end = name_end + usize::from(self.people_in_the_plural(name_end));
                return Some(
                    named(name_end).unwrap_or_else(|| (s, self.subject_end(end, hi).max(k + 1))),
                );
            }
            let w = self.w(k);
            if k > s {
                if let Some(p) = named(k) {
                    return Some(p);
                }
            }
            // The subject ends at the first lower-case word (`Trump attacked Clinton`).
            if !self.is_word(k) && w != "." || k > s && !starts_upper(w) && w != "." {
                break;
            }
        }
        // Capitalised words that open the clause (`Dean, a former …, poked`).
        if matches!(self.w(s), "The" | "A" | "An") {
            // `An army spokesman, Ali Qurashi,`: one word may qualify the role.
            let role = s + 1 + usize::from(!crate::coref::is_person_noun(self.w(s + 1)));
            if let Some(p) = named(role) {
                return Some(p);
            }
            // `A federal judge on Monday blocked …`: a person noun after the determiner and
            // up to two words in lower case heads the subject.
            let head = (s + 1..hi.min(s + 4))
                .take_while(|&k| {
                    self.is_word(k) && self.w(k).bytes().all(|b| b.is_ascii_lowercase())
                })
                .find(|&k| crate::entities::is_role_noun(self.w(k)));
            // (`A spokesman for …`: the body it speaks for goes on, below.)
            if let Some(h) = head.filter(|&h| !matches!(self.w(h + 1), "for" | "of")) {
                return Some((s, self.subject_end(h + 1, hi)));
            }
            // `The council raised …`: a determiner and one common noun.
            let noun = self.w(s + 1);
            if s + 2 < hi
                && self.is_word(s + 1)
                && noun.bytes().all(|b| b.is_ascii_lowercase())
                && self.w(s + 2).bytes().all(|b| b.is_ascii_lowercase())
                && self.is_word(s + 2)
                && !self.is(s + 1, List::Clause)
                // `A lesson from …:`, `The challenge of …`: a noun phrase going on, no verb.
                && !self.is(s + 2, List::Preposition)
                && !matches!(self.w(s + 2), "of" | "and" | "or")
            {
                return Some((s, s + 2));
            }
            // `A spokesman for South Korea’s foreign ministry welcomed …`: a source and whom
            // it speaks for, up to the verb.
            if self.lower_is(s + 1, List::SpeakerHead) && matches!(self.w(s + 2), "for" | "of") {
                let plain = |k: usize| self.is_word(k) || matches!(self.w(k), "’s" | "'s");
                if let Some(v) = (s + 4..hi.min(s + 12))
                    .take_while(|&k| plain(k))
                    .find(|&k| self.finite_verb_at(k))
                {
                    return Some((s, v));
                }
            }
            s += 1;
        }
        let e = (s..hi.min(s + 5))
            .find(|&k| !(self.is_word(k) && starts_upper(self.w(k)) || self.w(k) == "."))
            .unwrap_or(hi.min(s + 5));
        // `An RSF spokesman rejected …`: the role noun the names qualify is the subject's head.
        if e > s
            && e < hi
            && (crate::coref::is_person_noun(self.w(e)) || self.people_in_the_plural(e))
        {
            return Some(named(e).unwrap_or((opening, e + 1)));
        }
        // (`The Spaniard, 45, was …`: the capitalised noun keeps its article.)
        let from = if s == opening + 1 && self.w(opening) == "The" {
            opening
        } else {
            s
        };
        (e > s && starts_upper(self.w(s))).then_some((from, self.subject_end(e, hi)))
    }

    /// True when token `k` is a capitalised noun for a person from a country or of a party
    /// (`Briton`, `Republican`).
    fn demonym(&self, k: usize) -> bool {
        self.lower_is(k, List::Demonym) && starts_upper(self.w(k))
    }

    /// True when token `k` is a plural noun of people in lower case (`experts`, `residents`,
    /// `officials`).
    fn people_in_the_plural(&self, k: usize) -> bool {
        let w = self.w(k);
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.strip_suffix('s').is_some_and(|one| {
                crate::coref::is_person_noun(one) || super::lists::in_list(List::SpeakerHead, one)
            })
    }

    /// The person named right after the role noun at token `k`: `(true, name)` when set off
    /// by a comma (`An RSF spokesman, Al-Fateh Qurashi,` → the name alone), `(false, name)`
    /// when not (`Argyle boss Neil Dunne`, `Massachusetts Gov. Maura Healey`).
    fn named_after_role(&self, k: usize) -> Option<(bool, (usize, usize))> {
        // `Massachusetts Gov. Maura Healey`, `Texas Attorney General Ken Paxton`: token `k`
        // is in the title of the person named next.
        let start = self.tokens.get(k)?.span().start;
        let p = self.mentions.partition_point(|m| m.span.start < start);
        if let Some(m) = self.mentions.get(p) {
            if m.kind == EntityKind::Person
                && m.title.is_some_and(|t| t.start <= start && start < t.end)
            {
                return Some((false, self.mention_tokens(p)));
            }
        }
        // (The role noun may follow a word or two in lower case: `Brentford head coach Keith
        // Andrews`.)
        let lower = |j: usize| self.is_word(j) && self.w(j).bytes().all(|b| b.is_ascii_lowercase());
        let k = (k..k + 3)
            .take_while(|&j| j == k || lower(j - 1))
            .find(|&j| {
                crate::coref::is_person_noun(self.w(j))
                    && !crate::coref::is_person_noun(self.w(j + 1))
            })?;
        let comma = self.w(k + 1) == ",";
        let at = k + 1 + usize::from(comma);
        let p = self
            .mention_starting_at(at)
            .filter(|&p| self.mentions[p].kind == EntityKind::Person)?;
        Some((comma, (at, self.mention_tokens(p).1)))
    }

    /// Where a subject whose name ends before token `name_end` ends: past what the name
    /// possesses and, after `Olsen's lawyer, Daniel Kreuger,`, at the person the apposition
    /// names.
    pub(super) fn subject_end(&self, name_end: usize, hi: usize) -> usize {
        let end = self.past_possessor(name_end, hi);
        if end > name_end && self.w(end) == "," {
            if let Some(n) = self.mention_starting_at(end + 1) {
                let after = self.mention_tokens(n).1;
                if self.mentions[n].kind == EntityKind::Person && self.w(after) == "," {
                    return after.min(hi);
                }
            }
        }
        end
    }
}
