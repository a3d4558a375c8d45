//! Reported speech in a sentence: the driver that tries each pattern in turn (`according to
//! X`, headlines, `The deal, he said, was …`, the clause patterns of `clauses.rs`, `…, saying
//! CLAUSE`), what a reported clause may be, and its content extent.

use super::lists::{has_alphanumeric, is_open_mark, starts_upper, List};
use super::{lexicon, stance, Context, Quote};
use crate::entities::EntityKind;
use crate::quotes::QuoteMarks;
use crate::span::Span;

/// The tokens of a clause after which any full stop ends it ([`Context::reported`]).
const LONG_CLAUSE: usize = 250;

impl<'a> Context<'a> {
    /// Reported speech in the sentence with tokens `range`, appended to `out`. The sentence
    /// splitter keeps `…, Schiff said. “Q”` together, so the range is cut again at every full
    /// stop outside the direct quotes.
    pub(super) fn reported(
        &self,
        range: std::ops::Range<usize>,
        direct: &[Quote],
        out: &mut Vec<Quote>,
    ) {
        let mut from = range.start;
        let mut k = range.start;
        // The first piece that does not end before token `k`: pieces and tokens are in text
        // order, so it only moves forward.
        let start = self.tokens.get(k).map_or(0, |t| t.span().start);
        let mut p = self.pieces.partition_point(|p| p.outer().end <= start);
        // (Its marks and all, worked out once for all the tokens that ask.)
        let mut piece = self.pieces.get(p).map(QuoteMarks::outer);
        while k < range.end {
            let t = self.tokens[k].span();
            while piece.is_some_and(|o| o.end <= t.start) {
                p += 1;
                piece = self.pieces.get(p).map(QuoteMarks::outer);
            }
            let inside = piece.is_some_and(|o| o.start < t.start);
            // `… of “fanatic recklessness.” South Korean President Park said …`
            let ends_quote = piece.is_some_and(|o| o.end == t.end)
                && self.pieces.get(p).is_some_and(|q| {
                    q.content
                        .slice(self.text)
                        .trim_end_matches(['’', '\'', '”', '"', ' '])
                        .ends_with(['.', '?', '!'])
                })
                && starts_upper(self.w(k + 1));
            // (A word ends no sentence: `is_stop` is asked only about punctuation.)
            let stop = !inside && !self.is_word(k) && self.is_stop(k);
            // A stretch that no stop ends (`… said. the …` thousands of times) is cut at any
            // full stop once it is `LONG_CLAUSE` tokens long, and anywhere at four times that:
            // the patterns read the rest of their clause from each cue.
            let long = k - from >= LONG_CLAUSE
                && (!inside && matches!(self.w(k), "." | "!" | "?" | ";")
                    || k - from >= 4 * LONG_CLAUSE);
            if (stop || ends_quote || long) && k + 1 < range.end {
                self.reported_clause(from..k + 1, direct, out);
                from = k + 1;
            }
            k += 1;
        }
        self.reported_clause(from..range.end, direct, out);
    }

    pub(super) fn reported_clause(
        &self,
        range: std::ops::Range<usize>,
        direct: &[Quote],
        out: &mut Vec<Quote>,
    ) {
        let (lo, mut hi) = (range.start, range.end);
        // `“Q.” Mr. Obama said on Sunday.`: the attribution of the quote before, not a clause.
        if let Some(start) = self.tokens.get(lo).map(|t| t.span().start) {
            let k = self.pieces.partition_point(|p| p.outer().end <= start);
            let gap = k
                .checked_sub(1)
                .and_then(|k| self.pieces.get(k))
                .and_then(|p| self.text.get(p.outer().end..start));
            let end = self
                .tokens
                .get(range.end.saturating_sub(1))
                .map_or(start, |t| t.span().end);
            let cue_here = k
                .checked_sub(1)
                .and_then(|k| direct.get(k))
                .and_then(|q| q.cue)
                .is_some_and(|c| c.start >= start && c.end <= end);
            if cue_here && gap.is_some_and(|g| g.chars().all(|c| c == ' ' || c == '\u{a0}')) {
                return;
            }
        }
        while hi > lo && matches!(self.w(hi - 1), "." | "!" | "?" | ";" | ":" | "…") {
            hi -= 1;
        }
        if hi <= lo + 3 {
            return;
        }
        let before = out.len();
        // `The driver decided to turn back, a source said`: the outer attribution wins over the
        // cue inside its clause, which reports no speech of its own (the corpus never nests).
        let mut outer = None;
        if let Some((a, b)) = self.parenthetical(lo, hi) {
            out.push(a);
            out.push(b);
        } else if let Some(q) = self.according_to(lo, hi).or_else(|| {
            // `Bamberg said the videos show nothing, the footage showed`: the clause's own
            // cue, near its start, wins over the one at the end.
            let first = self.cue_then_clause(lo, hi);
            match self.clause_then_cue(lo, hi) {
                Some(last) => match first {
                    Some(f)
                        if f.cue.is_some_and(|c| c.end <= last.span.end)
                            && !self.plain_outer(&last, hi) =>
                    {
                        Some(f)
                    }
                    _ => {
                        if self.plain_outer(&last, hi) {
                            outer = Some(last.span);
                        }
                        Some(last)
                    }
                },
                None => first,
            }
        }) {
            // `Putney told CNN that …, but he said …`: a second source's clause after the first.
            // Past both the first clause and its cue (`CLAUSE, analysts said, as …` has none).
            let rest = self
                .token_at(q.span.end)
                .max(q.cue.map_or(0, |c| self.token_at(c.end)));
            out.push(q);
            if rest + 3 < hi {
                // (`The mayor, who knew A, told …`: the source of the aside's verb goes on.)
                let relative = q
                    .speaker
                    .is_some_and(|s| matches!(s.span.slice(self.text), "who" | "which"));
                let second = self.cue_then_clause(rest, hi).or_else(|| {
                    // `… and said CLAUSE`: the same source goes on, also after an adjunct the
                    // first content left out (`stressed her support during the forum and said
                    // …`).
                    let mut v = (rest..hi.min(rest + 25))
                        .take_while(|&k| !matches!(self.w(k), "," | ";"))
                        .find(|&k| {
                            matches!(self.w(k), "and" | "but") && self.is(k + 1, List::Report)
                        })
                        .unwrap_or(rest);
                    // (`… but noted that …`, `…, but added …`)
                    while v < hi && matches!(self.w(v), "," | "and" | "but") {
                        v += 1;
                    }
                    while v < hi && self.lower_is(v, List::BetweenSubjectAndVerb) {
                        v += 1;
                    }
                    let coordinated = (rest..v).any(|k| matches!(self.w(k), "and" | "but"));
                    if !coordinated || !self.is(v, List::Report) {
                        return None;
                    }
                    let mut c = v + 1;
                    // `… and called for …`
                    if matches!(self.w(c), "out" | "on" | "for")
                        && matches!(self.w(v), "pointed" | "called" | "calls" | "points")
                    {
                        c += 1;
                    }
                    if self.lw(c) == "that" {
                        c += 1;
                    }
                    (hi >= c + 3).then_some(())?;
                    Some(Quote {
                        span: self.content(c, hi)?,
                        direct: false,
                        cue: Some(self.tokens[v].span()),
                        speaker: q.speaker,
                    })
                });
                let second = second
                    .or_else(|| relative.then(|| self.cue_then_clause_from(lo, rest, hi))?)
                    .or_else(|| self.continuation(&q, hi));
                if let Some(second) = second.filter(|s| s.span.start >= q.span.end) {
                    out.push(second);
                }
            }
        }
        // `…, saying (that) CLAUSE` after a main clause.
        if let Some(q) = self.participle_clause(lo, hi, direct, &out[before..]) {
            // (`…, saying Seoul hoped that …`: a stance with its cue inside the participle's
            // content is part of it; speech stays, `saying he had told the boy …`.)
            let mut k = before;
            while k < out.len() {
                if q.span.contains(out[k].span)
                    && out[k]
                        .cue
                        .is_some_and(|c| q.span.contains(c) && !self.speech_cue(c))
                {
                    out.remove(k);
                } else {
                    k += 1;
                }
            }
            if out[before..].iter().all(|o| !o.span.overlaps(q.span)) {
                out.push(q);
            }
        }
        // `Claiming (that) CLAUSE, Trump told Fox …`: a fronted participle's clause.
        if let Some(q) = self.fronted_participle(lo, hi) {
            if out[before..]
                .iter()
                .all(|o| !o.span.overlaps(q.span) && o.cue != q.cue)
            {
                out.push(q);
            }
        }
        // Speech, thought and stance from the cue lexicon, where the patterns above found none.
        self.stance_clauses(lo, hi, before, direct, out);
        // `what the senators said was gerrymandering`: the words after the cue are the rest.
        self.rest_after_what(hi, before, out);
        self.lead_in_mixed(lo, hi, direct, before, out);
        // Keep only clauses that nest the direct quotes they touch and say more than them, and
        // no attribution inside the clause of a plain `CLAUSE, X said`, nor a stance inside
        // what a source said (`He said he doubted any court would enforce it`).
        // (Into the one buffer of the context, kept from clause to clause: no list a clause.)
        let mut stances = self.stances.take();
        stances.clear();
        stances.extend(
            out[before..]
                .iter()
                .map(|q| !q.direct && self.speech_around_stance(q, &out[before..]).is_some()),
        );
        let mut k = before;
        let mut i = 0;
        while k < out.len() {
            let nested = outer.is_some_and(|o: Span| {
                out[k].span != o
                    && o.contains(out[k].span)
                    && out[k].cue.is_some_and(|c| o.contains(c))
            });
            let stance = stances.get(i).copied().unwrap_or(false);
            i += 1;
            // (A lone `which` or `what` says nothing to a reader: `the debt limit, which the
            // Treasury has said it could hit in June` keeps only `it could hit in June`.)
            let bare = matches!(out[k].span.slice(self.text), "which" | "what" | "that")
                || only_when(out[k].span.slice(self.text));
            if self.reported_ok(out[k].span)
                && !nested
                && !stance
                && !bare
                && !self.no_speech(&out[k])
            {
                k += 1;
            } else {
                out.remove(k);
            }
        }
        self.stances.set(stances);
    }

    /// True when the cue `c` reports speech (`said`, `told`, `according to`, `noted` …), not a
    /// thought, a plan or a stance.
    fn speech_cue(&self, c: Span) -> bool {
        let w = super::words::ascii_lower(c.slice(self.text));
        one_of!(
            w.as_str(),
            "said"
                | "says"
                | "say"
                | "told"
                | "tells"
                | "according to"
                | "noted"
                | "notes"
                | "added"
                | "adds"
                | "wrote"
                | "writes"
                | "argued"
                | "argues"
                | "argue"
                | "explained"
                | "insisted"
                | "reported"
                | "reports"
                | "announced"
                | "stated"
                | "claimed"
                | "warned"
                | "cautioned"
                | "recalled"
                | "acknowledged"
                | "asked"
                | "replied"
                | "suggested"
                | "stressed"
                | "emphasized"
                | "cited"
        )
    }

    /// The item of `items` that reports with a speech cue what `q`, a thought or stance (`he
    /// doubted …`, `Trump had claimed …` is speech and stays), holds cue and content inside:
    /// `q` is part of what that source said, not an attribution of its own. Not after
    /// `what`/`which` (`what he believed was …`) nor a concession (`…, though she noted …`),
    /// where the clause is the text's own.
    pub(super) fn speech_around_stance<'q>(
        &self,
        q: &Quote,
        items: &'q [Quote],
    ) -> Option<&'q Quote> {
        let cue = q.cue?;
        // (The item that holds it first: most stances lie inside none, and the cue's own word
        // test costs more than the span tests.)
        let o = items.iter().find(|o| {
            !o.direct
                && o.span != q.span
                && o.span.contains(q.span)
                && o.span.contains(cue)
                && o.cue.is_some_and(|c| self.speech_cue(c))
        })?;
        if self.speech_cue(cue) {
            return None;
        }
        let v = self.token_at(cue.start);
        let from = self.token_at(o.span.start);
        let own = (from.max(v.saturating_sub(8))..v)
            .rev()
            .take_while(|&k| !matches!(self.w(k), "," | ";"))
            .any(|k| {
                matches!(
                    self.lw(k).as_str(),
                    "what" | "which" | "but" | "though" | "although" | "while" | "whereas"
                )
            });
        (!own).then_some(o)
    }

    /// True when the `CLAUSE, X said` attribution `q` ends its sentence plainly: a comma, the
    /// source, a speech verb and at most whom it told and when (`…, a source said`, `…, a
    /// spokesman announced Monday morning`, `…, Ann Lee told reporters`).
    /// So is `Asked whether …, X said`: the question's own cues are part of it.
    fn plain_outer(&self, q: &Quote, hi: usize) -> bool {
        let Some(cue) = q.cue else {
            return false;
        };
        let Some(speaker) = q.speaker else {
            return self.lw(self.token_at(cue.start)) == "asked";
        };
        let comma = self.token_at(q.span.end);
        let v = self.token_at(cue.start);
        let s0 = self.token_at(speaker.span.start);
        let s1 = self.token_at(speaker.span.end);
        // An apposition set off by commas: words only, a few (`…, its chief executive, Pieter
        // Jansen, told reporters`, `…, Pieter Jansen, its chief executive, said`).
        let aside = |from: usize, to: usize| {
            from + 2 < to
                && to <= from + 10
                && self.w(from) == ","
                && self.w(to - 1) == ","
                && (from + 1..to - 1).all(|k| self.is_word(k) || self.w(k) == ",")
        };
        // A title before the name (`…, Detective Alvaro Zabaleta told reporters`).
        let titled = s0 > comma + 1
            && s0 <= comma + 4
            && (comma + 1..s0).all(|k| starts_upper(self.w(k)) || self.w(k) == ".");
        self.w(comma) == ","
            && (s0 == comma + 1 || titled || aside(comma, s0))
            && ((s1..v).all(|k| self.w(k) == "," || self.lower_is(k, List::BetweenSubjectAndVerb))
                || aside(s1, v))
            && one_of!(
                self.w(v),
                "said"
                    | "says"
                    | "added"
                    | "adds"
                    | "told"
                    | "announced"
                    | "reported"
                    | "reports"
                    | "wrote"
                    | "writes"
                    | "noted"
                    | "explained"
                    | "confirmed"
                    | "stated"
                    | "insisted"
                    | "claimed"
                    | "recalled"
                    | "tweeted"
            )
            && {
                // Past whom it was told (`told reporters`, `told the BBC on Sunday`).
                let told = (self.w(v) == "told")
                    .then(|| self.np_after(v + 1, hi))
                    .flatten()
                    .filter(|&(a, b)| a == v + 1 && b <= v + 4);
                let from = told.map_or(v + 1, |(_, b)| b);
                // Or in what it was said in, to whomever (`it said in a filing with the SEC`).
                let det = matches!(self.lw(from + 1).as_str(), "a" | "an" | "the" | "its");
                let medium = self.lw(from) == "in"
                    && one_of!(
                        self.lw(from + 1 + usize::from(det)).as_str(),
                        "statement" | "filing" | "email" | "letter" | "interview" | "memo"
                    );
                // The tail may go on in a participle of the same source (`…, Li said on
                // Tuesday, adding that …`).
                let end = (from..hi)
                    .find(|&k| self.w(k) == "," && self.is(k + 1, List::Participle))
                    .unwrap_or(hi);
                medium
                    || from + 4 >= end
                        && (from..end).all(|k| {
                            self.lower_is(k, List::Time)
                                || self.tokens[k].kind == crate::segment::TokenKind::Number
                                || matches!(
                                    self.lw(k).as_str(),
                                    "on" | "in" | "at" | "this" | "last"
                                )
                        })
            }
    }

    /// True when the cue of `q` is a phrase that reports nothing: `showed up`, a reporter's
    /// credit line (`Ann Lee reported from Kabul`), `found a way to`.
    fn no_speech(&self, q: &Quote) -> bool {
        let Some(cue) = q.cue else {
            return false;
        };
        let v = self.token_at(cue.start);
        let next = self.lw(v + 1);
        match self.lw(v).as_str() {
            "show" | "shows" | "showed" | "shown" | "showing" => next == "up",
            "report" | "reports" | "reported" | "reporting" => {
                next == "from" && self.token_at(q.span.start) == v + 1
            }
            // `who asked not to be named`, `declined to be identified`, `did not want to be
            // named`: why it is not.
            "asked" | "declined" | "wish" | "want" | "wanted" | "wants" => {
                let rest = self.text.get(cue.end..).unwrap_or_default();
                let rest = rest.strip_prefix(" not").unwrap_or(rest);
                rest.starts_with(" to be named") || rest.starts_with(" to be identified")
            }
            // `speaking on condition of anonymity`: why the source is not named.
            "speaking" | "spoke" | "speak" | "speaks" => {
                next == "on" && self.lw(v + 2) == "condition"
            }
            // `found a way to`, `found the body of …`: a thing come upon, not a finding.
            "find" | "finds" | "found" | "finding" => {
                let head = match next.as_str() {
                    "a" | "the" | "no" | "new" | "another" | "his" | "her" | "their" => {
                        self.lw(v + 2)
                    }
                    _ => next,
                };
                matches!(
                    head.as_str(),
                    "way" | "ways" | "body" | "bodies" | "remains"
                )
            }
            _ => false,
        }
    }

    /// True when `span` crosses no direct piece and has a word of its own outside them.
    pub(super) fn reported_ok(&self, span: Span) -> bool {
        let first = self.pieces.partition_point(|p| p.outer().end <= span.start);
        let mut words_inside = 0;
        for p in self.pieces[first..]
            .iter()
            .take_while(|p| p.outer().start < span.end)
        {
            let o = p.outer();
            if !span.contains(o) {
                return false;
            }
            words_inside += o
                .slice(self.text)
                .split_whitespace()
                .filter(|w| has_alphanumeric(w))
                .count();
        }
        // With no piece inside, any word with a letter or digit is one (and any letter or digit
        // is in such a word): no need to split.
        if words_inside == 0 {
            return has_alphanumeric(span.slice(self.text));
        }
        // More words than inside the pieces: read only up to the one past their count.
        span.slice(self.text)
            .split_whitespace()
            .filter(|w| has_alphanumeric(w))
            .nth(words_inside)
            .is_some()
    }

    /// Token range to a span, moved out of any direct piece it ends inside of.
    pub(super) fn content(&self, from: usize, to: usize) -> Option<Span> {
        if to <= from {
            return None;
        }
        let mut span = self.span(from, to);
        // A sentence's full stop that is also an abbreviation's (`by 6 a.m.`, `in the U.S.`)
        // stays with it: a time or a name ends there.
        if let Some((last, stop)) = self.tokens.get(to - 1).zip(self.tokens.get(to)) {
            if stop.span().slice(self.text) == "."
                && last.span().end == stop.span().start
                && last.span().slice(self.text).contains('.')
            {
                span.end = stop.span().end;
            }
        }
        // A clause that ends inside a direct piece takes the whole piece.
        let k = self.pieces.partition_point(|p| p.outer().end <= span.end);
        if let Some(p) = self.pieces.get(k) {
            let o = p.outer();
            if o.start < span.end && span.start <= o.start && o.end > span.end {
                span.end = o.end;
            }
        }
        Some(span)
    }

    /// `according to X, CLAUSE` and `CLAUSE, according to X`.
    pub(super) fn according_to(&self, lo: usize, hi: usize) -> Option<Quote> {
        // `As stated in the report, CLAUSE`, `As reported by Reuters, CLAUSE`.
        let mut s0 = lo;
        while s0 < hi && self.lower_is(s0, List::Opener) {
            s0 += 1;
        }
        if self.lw(s0) == "as"
            && matches!(
                self.lw(s0 + 1).as_str(),
                "stated" | "reported" | "noted" | "explained" | "outlined" | "written"
            )
            && matches!(self.lw(s0 + 2).as_str(), "in" | "by")
        {
            if let Some(comma) = (s0 + 3..hi.min(s0 + 20)).find(|&k| self.w(k) == ",") {
                if hi >= comma + 4 {
                    return Some(Quote {
                        span: self.content(comma + 1, hi)?,
                        direct: false,
                        cue: Some(self.tokens[s0 + 1].span()),
                        speaker: self.according_source(s0 + 3, comma),
                    });
                }
            }
        }
        let a = (lo..hi).find(|&k| {
            // (Nine letters, checked before the text is read.)
            self.tokens.get(k).is_some_and(|t| t.span().len() == 9)
                && self.w(k).eq_ignore_ascii_case("according")
                && self.w(k + 1) == "to"
        })?;
        let cue = self.span(a, a + 2);
        let comma_after = (a + 2..hi).find(|&k| self.w(k) == ",");
        let opener = (lo..a).all(|k| !self.is_word(k) || self.lower_is(k, List::Opener));
        let (source, content) = if opener {
            let comma = comma_after?;
            // `According to the Resolution Foundation, a think tank …, the poorest households
            // …`: an apposition or relative clause on the source is not what it says.
            let described = matches!(self.lw(comma + 1).as_str(), "a" | "an" | "who" | "which");
            let clause = (comma + 2..hi.min(comma + 25))
                .find(|&k| self.w(k) == ",")
                .filter(|&c| {
                    described
                        && c >= comma + 4
                        && c + 4 < hi
                        && !matches!(
                            self.lw(c + 1).as_str(),
                            "and"
                                | "or"
                                | "but"
                                | "who"
                                | "which"
                                | "including"
                                | "such"
                                | "if"
                                | "when"
                                | "while"
                                | "as"
                                | "although"
                                | "because"
                        )
                })
                .unwrap_or(comma);
            ((a + 2, comma), (clause + 1, hi))
        } else if a > lo + 2 && matches!(self.w(a - 1), "," | "—" | "–" | "(") {
            // `Wang said CLAUSE, according to a readout`: the clause names its own source;
            // the document is only where it was published.
            if let Some(q) = self.cue_then_clause(lo, a - 1).filter(|q| {
                q.speaker.is_some()
                    && q.cue
                        .is_some_and(|c| self.token_at(c.start) <= lo + 8 && self.speech_cue(c))
            }) {
                return Some(q);
            }
            let src_end = comma_after.unwrap_or(hi);
            ((a + 2, src_end), (lo, a - 1))
        } else {
            return None;
        };
        let speaker = self.according_source(source.0, source.1);
        let mut c0 = content.0;
        while c0 < content.1 && self.lower_is(c0, List::Opener) {
            c0 += 1;
        }
        Some(Quote {
            span: self.content(c0, content.1)?,
            direct: false,
            cue: Some(cue),
            speaker,
        })
    }

    /// The source after `according to` in tokens `from..to`. A document is its own source
    /// unless the phrase names who made it: `data from the research firm Interact Analysis`
    /// → the firm, `a readout released by China's foreign ministry` → the ministry, `a
    /// filing with the Securities and Exchange Commission` → the filing with where it was
    /// made (the commission did not write it), `a study published …` → `a study`, `emails
    /// obtained by The Guardian` → `emails` (who obtained them did not write them); `people
    /// familiar with the matter` whole.
    fn according_source(&self, from: usize, to: usize) -> Option<super::Speaker> {
        let (s, mut e) = self.np_after(from, to)?;
        let document = (s..e).find(|&k| {
            let w = self.lw(k);
            DOCUMENTS.contains(&w.as_str())
        });
        if let Some(d) = document {
            let by = (d + 1..to.min(d + 6)).find(|&k| matches!(self.lw(k).as_str(), "by" | "from"));
            let obtained = by.is_some_and(|b| {
                matches!(
                    self.lw(b - 1).as_str(),
                    "obtained" | "seen" | "reviewed" | "viewed" | "examined"
                )
            });
            if let Some(author) = by
                .filter(|_| !obtained)
                .and_then(|b| self.np_after(b + 1, to))
            {
                return Some(self.speaker(author));
            }
            // `a study published on Wednesday in …`: the document, not its participle, nor
            // what it is of (`a study of more than 70,000 adults`).
            if e > d + 1 && (obtained || self.w(e - 1).ends_with("ed") || self.lw(d + 1) == "of") {
                e = d + 1;
            }
        }
        // `a filing with the SEC`, `people familiar with the matter`, `people close to him`.
        let with = self.lw(e) == "with"
            || self.lw(e) == "familiar" && self.lw(e + 1) == "with"
            || self.lw(e) == "close" && self.lw(e + 1) == "to";
        if with
            && (document.is_some()
                || matches!(
                    self.lw(e - 1).as_str(),
                    "people" | "person" | "sources" | "those" | "officials" | "familiar"
                ))
        {
            let stop = (e..to.min(e + 10))
                .find(|&k| {
                    !self.is_word(k)
                        || self.lower_is(k, List::Time)
                        || self.lower_is(k, List::Clause)
                })
                .unwrap_or(to.min(e + 10));
            if stop > e + 1 {
                // (The place a document was filed, or the matter, is not the source.)
                let head = self.speaker((s, e));
                return Some(super::Speaker {
                    span: self.span(s, stop),
                    entity: head.entity.filter(|_| head.span.end <= self.span(s, e).end),
                });
            }
        }
        Some(self.speaker((s, e)))
    }

    /// Headline attributions: `Pence: Flowers Won’t Be at Debate`, `Obama Says Museum Will
    /// Tell …`, `Clinton Hid Past Problems, Former Doctor Says`.
    pub(super) fn headline(&self, range: std::ops::Range<usize>) -> Option<Quote> {
        let (lo, mut hi) = (range.start, range.end);
        while hi > lo && matches!(self.w(hi - 1), "." | "!" | "?" | ";" | ":") {
            hi -= 1;
        }
        // The clause ends at a semicolon (`…; It’s ‘in Their Heads.’`).
        if let Some(semi) = (lo..hi).find(|&k| self.w(k) == ";") {
            hi = semi;
        }
        let says = |k: usize| matches!(self.lw(k).as_str(), "says" | "said" | "say");
        let colon = (lo + 1..hi.min(lo + 5)).find(|&k| self.w(k) == ":");
        let (speaker, cue, content) = if let Some(c) = colon {
            // A source before the colon: a name, not a rubric (`The Latest:`).
            let first = self.lw(lo);
            let rubric = one_of!(
                first.as_str(),
                "the"
                    | "latest"
                    | "update"
                    | "updated"
                    | "analysis"
                    | "opinion"
                    | "watch"
                    | "exclusive"
                    | "breaking"
                    | "live"
                    | "video"
                    | "photos"
                    | "editorial"
                    | "review"
                    | "explainer"
                    | "interview"
                    | "comment"
                    | "podcast"
                    | "obituary"
                    | "factbox"
                    | "timeline"
                    | "profile"
                    | "feature"
                    | "letters"
                    | "column"
                    | "preview"
                    | "recap"
                    | "listen"
                    | "quiz"
                    | "fact"
                    | "a"
                    | "an"
            );
            // A title in title case (`Stealth Over Health: …`) has capitalised small words.
            let small = (lo + 1..c).any(|k| {
                one_of!(
                    self.w(k),
                    "Over"
                        | "Of"
                        | "In"
                        | "For"
                        | "And"
                        | "To"
                        | "On"
                        | "With"
                        | "At"
                        | "By"
                        | "From"
                        | "About"
                        | "The"
                        | "A"
                        | "An"
                        | "Is"
                        | "Are"
                        | "Vs"
                )
            });
            let name = !small && (lo..c).all(|k| starts_upper(self.w(k)) || self.w(k) == ".");
            // A storm or an event named there is the topic (`Storm Darragh: power cut to …`):
            // a source is a person or an organisation (or a role, named by none). (Not a
            // place: it may be a misread name, `Rush Limbaugh:`.)
            let before = self.span(lo, c);
            let first = (self.mentions).partition_point(|m| m.span.start < before.start);
            let named = self.mentions.get(first..).unwrap_or_default();
            let mut named = named.iter().take_while(|m| m.span.start < before.end);
            let topic = named.next().is_some_and(|m| m.kind == EntityKind::Misc)
                && named.all(|m| m.kind == EntityKind::Misc);
            if rubric || !name || topic {
                return None;
            }
            ((lo, c), c, (c + 1, hi))
        } else if hi > lo + 2 && says(hi - 1) {
            // `CLAUSE, Former White House Doctor Says`, `…, sources say`
            let comma = (lo..hi - 1).rev().take(6).find(|&k| self.w(k) == ",")?;
            ((comma + 1, hi - 1), hi - 1, (lo, comma))
        } else if let Some(dash) = (hi.saturating_sub(4)..hi.saturating_sub(1))
            .filter(|&k| k > lo + 3)
            .find(|&k| matches!(self.w(k), "-" | "–" | "—"))
            .filter(|&k| {
                let w = self.lw(hi - 1);
                one_of!(
                    w.as_str(),
                    "sources"
                        | "source"
                        | "report"
                        | "reports"
                        | "officials"
                        | "official"
                        | "media"
                        | "filing"
                        | "statement"
                        | "document"
                        | "analysts"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "minister"
                        | "ministry"
                ) && (k + 1..hi).all(|j| self.is_word(j))
            })
        {
            // Wire headlines: `Unilever in talks to sell ice cream unit -sources`.
            ((dash + 1, hi), hi - 1, (lo, dash))
        } else {
            // `Obama Says …`, `New Poll Shows …`, `Trump Calls for …`: a present-tense report
            // verb after a title-case source.
            // (Not a plural noun before its verb: `Putin-Zelenskiy talks are not planned`.)
            let before_its_verb = |k: usize| {
                let next = self.lw(k + 1);
                stance::is_be(&next)
                    || stance::is_modal(&next)
                    || matches!(next.as_str(), "have" | "had")
            };
            // (`Unilever in talks to sell …`: a noun after a preposition; `coalition talks
            // stall`, `Peace talks resume`: a noun after one that names nobody.)
            let verb = |k: usize| {
                says(k)
                    || self.lw(k).ends_with('s')
                        && !matches!(
                            self.lw(k - 1).as_str(),
                            "in" | "of" | "for" | "at" | "on" | "the" | "a" | "an" | "after"
                        )
                        && (self.lower_is(k, List::Report) || self.headline_cue(k))
                        && !before_its_verb(k)
                        && (self.lw(k) != "talks" || self.in_mention(k - 1))
                        // (`RBI holds rates`: after a verb in `s`, the object.)
                        && !(self.w(k - 1).ends_with('s')
                            && self.w(k - 1).bytes().all(|b| b.is_ascii_lowercase()))
            };
            let v = (lo + 1..hi.min(lo + 6)).find(|&k| verb(k))?;
            // `Railing Against Trump, Sanders Vows …`: the source after an opening phrase.
            let s = (lo..v)
                .rev()
                .find(|&k| self.w(k) == ",")
                .map_or(lo, |k| k + 1);
            if s >= v || !self.headline_source(s, v) {
                return None;
            }
            let mut c = v + 1;
            // `Former Aide Tells Jury She Was …`: past whom it was told.
            if self.lower_is(v, List::Address) {
                c = self.np_after(c, hi).map_or(c, |np| np.1);
            }
            if matches!(self.lw(v).as_str(), "calls" | "rules") && self.lw(c) == "for"
                || self.lw(v) == "rules" && self.lw(c) == "against"
            {
                c += 1;
            }
            c = self.past_preposition(v, c);
            if self.reports_nothing(v, c, hi) || self.no_content_at(c) {
                return None;
            }
            // `Reeves Defends Budget as OBR Warns of …`: what is defended ends at `as` and a
            // clause.
            let end = (c + 1..hi)
                .find(|&k| self.lw(k) == "as" && self.clause_after_as(k + 1, hi))
                .unwrap_or(hi);
            ((s, v), v, (c, end))
        };
        if content.1 < content.0 + 3 || speaker.1 <= speaker.0 {
            return None;
        }
        let span = self.content(content.0, content.1)?;
        self.reported_ok(span).then(|| Quote {
            span,
            direct: false,
            cue: Some(self.tokens[cue].span()),
            speaker: Some(self.speaker(speaker)),
        })
    }

    /// `With thousands of systems, “there is no single point of failure,” he said.`: the
    /// source's words before a quoted fragment that a cue after it attributes make, with it,
    /// one mixed quote.
    fn lead_in_mixed(
        &self,
        lo: usize,
        hi: usize,
        direct: &[Quote],
        before: usize,
        out: &mut Vec<Quote>,
    ) {
        let Some(start) = self.tokens.get(lo).map(|t| t.span().start) else {
            return;
        };
        let k = self.pieces.partition_point(|p| p.outer().end <= start);
        let (Some(p), Some(d)) = (self.pieces.get(k), direct.get(k)) else {
            return;
        };
        let Some(end) = self.tokens.get(hi - 1).map(|t| t.span().end) else {
            return;
        };
        let open = self.token_at(p.outer().start);
        let fragment = p
            .content
            .slice(self.text)
            .starts_with(|c: char| c.is_lowercase());
        let cue_after = d
            .cue
            .is_some_and(|c| c.start >= p.outer().end && c.end <= end);
        if open < lo + 2
            || open >= hi
            || !fragment
            || !cue_after
            || out[before..].iter().any(|o| o.span.start < p.outer().start)
            || (lo..open).any(|k| self.is_mark(k))
            // (`As for cost, “Q,” she said`: a comma sets the writer's words apart, and so does
            // an opening subordinate clause, `While avoiding the word “blockade,” Bush said …`.)
            || self.w(open - 1) == ","
            || self.lower_is(lo, List::Subordinator)
            || !d.cue.is_some_and(|c| c.slice(self.text).starts_with(|c: char| c.is_alphabetic()))
        {
            return;
        }
        out.push(Quote {
            span: Span::new(start, p.outer().end),
            direct: false,
            cue: d.cue,
            speaker: d.speaker,
        });
    }

    /// For `what` reported as said (`what the senators said was gerrymandering`), what follows
    /// the cue as the rest of the content. (A lone `which` or `what` is no content of its own:
    /// `reported_clause` drops it.)
    fn rest_after_what(&self, hi: usize, before: usize, out: &mut Vec<Quote>) {
        let mut add = Vec::new();
        for q in out.get(before..).unwrap_or(&[]) {
            let (Some(cue), Some(_)) = (q.cue, q.speaker) else {
                continue;
            };
            let v = self.token_at(cue.start);
            if q.direct
                || q.span.slice(self.text) != "what"
                || !matches!(self.lw(v + 1).as_str(), "was" | "is" | "were" | "are")
            {
                continue;
            }
            let end = (v + 2..hi)
                .find(|&k| matches!(self.w(k), "," | ";" | "—" | "(" | ":"))
                .unwrap_or(hi);
            if end > v + 2 {
                if let Some(span) = self.content(v + 1, end) {
                    add.push(Quote {
                        span,
                        direct: false,
                        cue: q.cue,
                        speaker: q.speaker,
                    });
                }
            }
        }
        out.extend(add);
    }

    /// True when the words from token `c` after a cue and its comma are a noun phrase about the
    /// whole sentence, no piece of what was said: `…, X said on Tuesday, a step likely to …`,
    /// `…, one hand on the wheel` (not `…, one should go`).
    fn phrase_about_the_whole(&self, c: usize, hi: usize) -> bool {
        matches!(self.lw(c).as_str(), "a" | "an" | "one")
            && !(c + 1..hi.min(c + 5))
                .take_while(|&k| self.w(k) != ",")
                .any(|k| {
                    self.lower_is(k, List::Clause)
                        && !matches!(self.w(k), "to" | "that" | "which" | "who")
                })
    }

    /// `The deal, he said, was a good one.`: the clause in two pieces around its cue.
    pub(super) fn parenthetical(&self, lo: usize, hi: usize) -> Option<(Quote, Quote)> {
        let c1 = (lo + 1..hi).take(40).find(|&k| self.is_char(k, b','))?;
        let c2 = (c1 + 2..hi).take(12).find(|&k| self.is_char(k, b','))?;
        let v = (c1 + 2..c2).find(|&k| {
            (self.is(k, List::Report) || self.is(k, List::Cue)) && !self.after_number(k)
        })?;
        // Only when or where may follow the verb before the closing comma.
        if !(v + 1..c2).all(|k| {
            let w = self.lw(k);
            self.lower_is(k, List::Time)
                || self.lower_is(k, List::Preposition)
                || w == "then"
                || w == "the"
        }) || !self.clean_subject(c1 + 1, v)
        {
            return None;
        }
        let np = self.subject_before(c1 + 1, v)?;
        if np.0 != c1 + 1 && self.w(np.0 - 1) == "," {
            return None;
        }
        // The clause goes on after the cue (`, was a good one`, `, until it went bankrupt`), not
        // a new clause (`, as …`, `, and …`) nor a phrase about the whole (`, in a sign of …`, `, in a bid to …`).
        let resume = self.lw(c2 + 1);
        if c1 > lo + 15
            || self.says_when(c2 + 1)
            || resume == "as"
            || resume == "in" && matches!(self.lw(c2 + 2).as_str(), "a" | "an")
            || self.lower_is(c2 + 1, List::Participle)
            || self.lower_is(c2 + 1, List::Opener)
            || matches!(resume.as_str(), "and" | "but" | "or" | "which" | "who")
            || is_open_mark(self.w(c2 + 1))
            || self.phrase_about_the_whole(c2 + 1, hi)
            || self.how_it_was_said(c2 + 1, hi)
        {
            return None;
        }
        let mut c0 = lo;
        while c0 < c1 && self.lower_is(c0, List::Opener) {
            c0 += 1;
        }
        if hi < c2 + 3 || c1 <= c0 {
            return None;
        }
        let speaker = Some(self.speaker(np));
        let cue = Some(self.tokens[v].span());
        let first = Quote {
            span: self.content(c0, c1)?,
            direct: false,
            cue,
            speaker,
        };
        // `…, he said, was its largest yet, although …`: the second piece stops where the clause
        // does.
        let end = (c2 + 3..hi).find(|&k| self.clause_tail(k)).unwrap_or(hi);
        let second = Quote {
            span: self.content(c2 + 1, end)?,
            direct: false,
            cue,
            speaker,
        };
        Some((first, second))
    }

    /// True when token `k` opens an absolute phrase that says how the source spoke (`…, Santos
    /// said, his voice breaking`), no clause of its words.
    fn how_it_was_said(&self, k: usize, hi: usize) -> bool {
        matches!(self.lw(k).as_str(), "his" | "her" | "their")
            && (k + 2..hi.min(k + 4))
                .any(|v| self.lw(v).ends_with("ing") && (k + 1..v).all(|x| !self.finite_verb_at(x)))
    }

    /// True when token `k` opens a phrase that says when or amid what a source spoke (`…,
    /// officials said, after a meeting`, `, days after …`, `, amid …`), not more of its words.
    pub(super) fn says_when(&self, k: usize) -> bool {
        let when = |k: usize| {
            matches!(
                self.lw(k).as_str(),
                "after" | "before" | "following" | "amid" | "despite" | "ahead"
            )
        };
        when(k)
            || one_of!(
                self.lw(k).as_str(),
                "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "moments" | "shortly"
            ) && when(k + 1)
    }

    /// `CLAUSE, X said, and CLAUSE` / `CLAUSE, X said in a report, but CLAUSE`: after a cue
    /// that follows its clause, the rest of the sentence past the next comma is a second piece
    /// of the same attribution (not a participle, `as …` or a relative clause of its own).
    pub(super) fn continuation(&self, q: &Quote, hi: usize) -> Option<Quote> {
        let cue = q.cue?;
        // `The council, according to Lee, offered …`: the source always follows this cue,
        // and the clause goes on past it.
        let according = cue.slice(self.text).eq_ignore_ascii_case("according to");
        // Not after `said X,` (an apposition follows the name).
        if cue.start < q.span.end
            || !according && q.speaker.is_some_and(|s| s.span.start > cue.start)
        {
            return None;
        }
        let v = self.token_at(cue.start) + usize::from(according);
        let comma = (v + 1..hi.min(v + 10)).find(|&k| self.w(k) == ",")?;
        // (After `according to X,` only a verb or a conjunction goes on with the clause: a
        // noun is an apposition, more of the source.)
        let and = matches!(self.lw(comma + 1).as_str(), "and" | "but");
        if according && !(self.finite_verb_at(comma + 1) || and)
            // (`…, according to X, and said …`: the subject's next act, not X's.)
            || and && self.is(comma + 2, List::Report)
        {
            return None;
        }
        // Only the source and when or where it spoke stand between the cue and the comma.
        if (v + 1..comma).any(|k| {
            self.is_mark(k)
                || self.is(k, List::Report)
                || self.is(k, List::Cue)
                || self.lower_is(k, List::Clause)
        }) {
            return None;
        }
        let c = comma + 1;
        let first = self.lw(c);
        let words = (c..hi).filter(|&k| self.is_word(k)).count();
        if words < 3
            || self.how_it_was_said(c, hi)
            || !self.is_word(c)
            || self.is(c, List::Participle)
            || first.ends_with("ing")
            || self.lower_is(c, List::Preposition)
            || matches!(
                first.as_str(),
                "as" | "who" | "which" | "according" | "while" | "when" | "where"
            )
            || self.says_when(c)
            || self.phrase_about_the_whole(c, hi)
        {
            return None;
        }
        Some(Quote {
            span: self.content(c, hi)?,
            direct: false,
            cue: q.cue,
            speaker: q.speaker,
        })
    }

    /// `Claiming the plan is dead, Trump told …`, `Citing a poll, the group said …`, `In
    /// defending himself, he …`: a participle cue that opens the sentence, its content up to
    /// the comma, its source the main clause's subject. Not `Speaking to reporters, …` (where,
    /// not what).
    fn fronted_participle(&self, lo: usize, hi: usize) -> Option<Quote> {
        let mut p = lo;
        if matches!(
            self.lw(p).as_str(),
            "in" | "after" | "while" | "by" | "when"
        ) {
            p += 1;
        }
        let pw = self.w(p);
        let cue = pw.bytes().next().is_some_and(|b| b.is_ascii_uppercase()) || p > lo;
        // (A word `cue_verb` does not read is no cue: asked once per clause, the bit spares
        // the look-up.)
        if !self.lower_is(p, List::CueForm) {
            return None;
        }
        let lower = self.lw(p);
        let talk = matches!(
            lower.as_str(),
            "speaking" | "talking" | "appearing" | "writing" | "addressing" | "responding"
        );
        let flags = lexicon::cue_verb(&lower)
            .filter(|(_, form)| *form == lexicon::Form::Ing)
            .map(|(f, _)| f)?;
        if !cue || talk || flags & (lexicon::CLAUSE | lexicon::OBJECT) == 0 {
            return None;
        }
        let comma = (p + 2..hi.min(p + 40)).find(|&k| self.w(k) == ",")?;
        // No direct quote or second cue before the comma; a main clause after it.
        if (p + 1..comma).any(|k| self.is_stop(k)) {
            return None;
        }
        let mut c = p + 1;
        if self.lw(c) == "that" {
            c = self.past_that(c);
        }
        if comma < c + 2 {
            return None;
        }
        let np = self
            .sentence_subject(comma + 1, hi)
            .or_else(|| self.np_after(comma + 1, hi))?;
        if np.0 > comma + 2 || !self.nominal(np) {
            return None;
        }
        Some(Quote {
            span: self.content(c, comma)?,
            direct: false,
            cue: Some(self.tokens.get(p)?.span()),
            speaker: Some(self.speaker(np)),
        })
    }

    /// `…, saying (that) CLAUSE` / `…, arguing that CLAUSE`: the clause belongs to the source of
    /// the nearest cue before it (`“Q,” he said, adding …`, `CLAUSE, the agency said, warning
    /// …`), else to the sentence's subject. `reported`: the sentence's reported clauses so far.
    pub(super) fn participle_clause(
        &self,
        lo: usize,
        hi: usize,
        direct: &[Quote],
        reported: &[Quote],
    ) -> Option<Quote> {
        // `…, saying`, `… and saying`, `… for saying that …`
        // (`…, going on to say that …`)
        let going_on = |k: usize| {
            self.w(k) == "going"
                && self.w(k + 1) == "on"
                && self.w(k + 2) == "to"
                && matches!(
                    self.w(k + 3),
                    "say" | "add" | "argue" | "note" | "warn" | "suggest"
                )
        };
        let p = (lo + 2..hi).find(|&k| {
            // (The comma first: it is read without the token's text.)
            if !(self.is(k, List::Participle) || self.comma_at(k - 1) && going_on(k)) {
                return false;
            }
            let before = self.lw(k - 1);
            let after_preposition = matches!(
                before.as_str(),
                "for" | "by" | "from" | "after" | "before" | "while" | "of"
            );
            // `for saying that …`, but not `a vote for admitting Poland`.
            // (`said: “Q,” adding that …`: after the comma inside a quotation too.)
            (matches!(before.as_str(), "," | "and")
                || self.comma_at(k - 1)
                || after_preposition && (self.w(k) == "saying" || self.lw(k + 1) == "that"))
        })?;
        let going = going_on(p);
        let mut c = if going { p + 4 } else { p + 1 };
        // (`…, pointing at a row of machines`: a gesture, no content; but `saying at the
        // time he …`.)
        if self.w(p) == "pointing" && self.lw(c) == "at" {
            return None;
        }
        if self.lw(c) == "that" {
            c = self.past_that(c);
        } else if matches!(self.w(p), "telling" | "urging" | "asking" | "calling") {
            let np = self.np_after(c, hi)?;
            c = np.1;
            if self.lw(c) == "that" {
                c = self.past_that(c);
            }
        }
        while c < hi && matches!(self.w(c), "," | ":") {
            c += 1;
        }
        // (`…, declaring victory`, `…, adding Greece in 1952`; not `adding that`, `adding:`.)
        if hi < c + 3 || c == p + 1 && self.reports_nothing(p, c, hi) {
            return None;
        }
        let start = self.tokens.get(lo)?.span().start;
        let at = self.tokens.get(p)?.span().start;
        let k = direct.partition_point(|q| q.span.start < at);
        let quoted = k
            .checked_sub(1)
            .and_then(|k| direct.get(k))
            .filter(|q| q.span.start >= start);
        let cued = |q: &&Quote| q.speaker.is_some() && q.cue.is_some_and(|c| c.end <= at);
        let nearest = quoted
            .filter(|q| q.speaker.is_some())
            .into_iter()
            .chain(reported.iter().filter(cued))
            .max_by_key(|q| q.cue.map_or(q.span.end, |c| c.end));
        let speaker = nearest.and_then(|q| q.speaker).or_else(|| {
            let np = self.sentence_subject(lo, p)?;
            // `Shares in Acme fell …, blaming …`: a price blames nothing; the company named
            // after it does, and with none named (`The stock slid …`) nobody is.
            let np = if matches!(self.lw(np.1 - 1).as_str(), "shares" | "stock" | "stocks") {
                let m = matches!(self.lw(np.1).as_str(), "in" | "of")
                    .then(|| self.mention_starting_at(np.1 + 1))
                    .flatten()?;
                (np.1 + 1, self.mention_tokens(m).1)
            } else {
                np
            };
            Some(self.speaker(np))
        });
        // `…, blaming A and B, and its shares fell …`: the writer's next clause.
        let end = (c + 2..hi)
            .find(|&k| {
                self.is_char(k, b',')
                    && matches!(self.w(k + 1), "and" | "but")
                    && self.starts_main_clause(k + 2)
            })
            .unwrap_or(hi);
        Some(Quote {
            span: self.content(c, end)?,
            direct: false,
            cue: Some(if going {
                self.span(p, p + 4)
            } else {
                self.tokens[p].span()
            }),
            speaker,
        })
    }
}

/// Nouns of documents that `according to` cites.
const DOCUMENTS: &[&str] = &[
    "filing",
    "filings",
    "statement",
    "report",
    "reports",
    "data",
    "document",
    "documents",
    "records",
    "study",
    "studies",
    "survey",
    "poll",
    "figures",
    "estimates",
    "indictment",
    "complaint",
    "lawsuit",
    "letter",
    "readout",
    "memo",
    "analysis",
    "transcript",
    "affidavit",
    "ruling",
    "release",
    "notice",
    "papers",
    "minutes",
    "research",
    "audit",
    "forecast",
    "projections",
    "numbers",
    "statistics",
    "tally",
    "results",
    "census",
    "assessment",
    "summary",
    "website",
    "email",
    "emails",
    "footage",
    "recording",
    "review",
];

/// True when `content` says only when (`in September`, `on Monday`, `in 2019`): an adjunct of
/// a cue with no content of its own (`A federal judge agreed in September and ordered …`).
fn only_when(content: &str) -> bool {
    let mut words = content.split_whitespace();
    let calendar = |w: &str| {
        let lower = w.to_ascii_lowercase();
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
            || crate::time::month(&lower).is_some()
            || lower.ends_with("day") && lower.len() > 5
    };
    matches!(words.next(), Some("in" | "on" | "during" | "since"))
        && words.next().is_some_and(calendar)
        && words.next().is_none()
}
