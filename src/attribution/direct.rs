//! Direct quotes: the cue and speaker of each quote piece, looked for after it (`“Q,” he
//! said`), before it (`X said: “Q”`), in a colon introduction or transcript line, or in a naming
//! verb (`Trump called the deal “a disaster”`); titles and scare quotes get none, and pieces
//! with no cue of their own carry over the previous speaker.

use super::lexicon;
use super::lists::{is_dash, is_open_mark, is_quote_char, is_sentence_end, starts_upper, List};
use super::{Context, Quote, Speaker};
use crate::entities::EntityKind;
use crate::quotes::QuoteMarks;
use crate::segment::{Part, TokenKind};
use crate::span::Span;

impl<'a> Context<'a> {
    /// Paragraph `pi` as the words of a source introduced at the end of the paragraph before
    /// (`Limbaugh added:`, `The agency said in a statement:`), when it opens with no quotation
    /// mark.
    pub(super) fn block_after_colon(&self, pi: usize) -> Option<Quote> {
        let intro = self.doc.paragraphs.get(pi.checked_sub(1)?)?;
        let para = self.doc.paragraphs.get(pi)?;
        // (A short introduction or paragraph may read as a heading or a standfirst.)
        let running = |part: Part| {
            matches!(
                part,
                Part::Body | Part::Heading | Part::Standfirst | Part::Related
            )
        };
        if !running(para.part) || !running(intro.part) {
            return None;
        }
        let (a, b) = self.paragraph_tokens(pi - 1);
        let colon = b.checked_sub(1)?;
        if colon <= a || self.w(colon) != ":" {
            return None;
        }
        let body = para.span.slice(self.text);
        if body.starts_with(is_quote_char) || body.split_whitespace().count() < 4 {
            return None;
        }
        // The cue verb near the colon (`added:`, `told reporters:`, `said in a statement:`).
        let v = (a..colon)
            .rev()
            .take(6)
            .find(|&k| self.is(k, List::Report) || self.is(k, List::Cue))?;
        if (v + 1..colon).any(|k| !self.is_word(k)) {
            return None;
        }
        let start = (a..v).rev().find(|&k| self.is_stop(k)).map_or(a, |k| k + 1);
        let np = self.subject_before(start, v)?;
        let end = para.span.start + body.trim_end_matches(['"', '”', ' ']).len();
        Some(Quote {
            span: Span {
                start: para.span.start,
                end,
            },
            direct: false,
            cue: Some(self.tokens.get(v)?.span()),
            speaker: Some(self.speaker(np)),
        })
    }

    /// A transcript line, paragraph `pi` reading `NAME: words` (`WALLACE: Let’s start …`,
    /// `"PENCE: Well, look …`): the words are the named speaker’s, the colon their cue.
    pub(super) fn transcript_line(&self, pi: usize) -> Option<Quote> {
        let para = self.doc.paragraphs.get(pi)?.span;
        let body = para.slice(self.text);
        let lead = body.len() - body.trim_start_matches(['"', '“', '‘', '\'']).len();
        let rest = body.get(lead..)?;
        let colon = rest.get(..rest.len().min(40))?.find(':')?;
        let label = rest.get(..colon)?;
        // (`MUMBAI: The bank …` is a dateline.)
        if self
            .doc
            .inline_datelines
            .iter()
            .any(|d| d.start == para.start)
        {
            return None;
        }
        let words = label.split_whitespace().count();
        let capitals = label.chars().filter(char::is_ascii_uppercase).count();
        let caps_only = label
            .chars()
            .all(|c| c.is_ascii_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'));
        let rubric = one_of!(
            label.trim_end(),
            "UPDATE"
                | "UPDATED"
                | "NOTE"
                | "EDITOR’S NOTE"
                | "EDITOR'S NOTE"
                | "BREAKING"
                | "WATCH"
                | "VIDEO"
                | "PHOTOS"
                | "RELATED"
                | "READ MORE"
                | "CORRECTION"
                | "ABSTRACT"
                | "FULL TEXT"
                | "SOURCE"
                | "SOURCES"
                | "TRANSCRIPT"
                | "PUBLISHED"
                | "UPDATED ON"
                | "CLARIFICATION"
                | "CORRECTIONS"
                | "DISCLOSURE"
                | "DISCLAIMER"
                | "WARNING"
                | "EDITORS NOTE"
                | "PHOTO"
                | "CAPTION"
                | "SEE ALSO"
                | "ALSO"
                | "ADVERTISEMENT"
                | "SPONSORED"
                | "MORE"
                | "FILE"
        );
        if !caps_only || capitals < 2 || words == 0 || words > 4 || rubric {
            return None;
        }
        let label_start = para.start + lead;
        let colon_at = label_start + colon;
        let content = rest.get(colon + 1..)?;
        let from = colon_at + 1 + (content.len() - content.trim_start().len());
        let trimmed = content.trim_end_matches(['"', '”', ' ', '\u{a0}']);
        let to = colon_at + 1 + trimmed.len();
        let said = self.text.get(from..to.max(from))?;
        if said.split_whitespace().count() < 3 {
            return None;
        }
        let name = Span {
            start: label_start,
            end: label_start + label.trim_end().len(),
        };
        let surname = label.split_whitespace().next_back()?;
        let entity = self
            .mention_inside(name)
            .and_then(|k| self.mention_entity.get(k).copied())
            .or_else(|| {
                self.entities.iter().position(|e| {
                    e.kind == EntityKind::Person
                        && e.name
                            .split_whitespace()
                            .next_back()
                            .is_some_and(|last| last.eq_ignore_ascii_case(surname))
                })
            });
        Some(Quote {
            span: Span {
                start: from,
                end: to,
            },
            direct: false,
            cue: Some(Span {
                start: colon_at,
                end: colon_at + 1,
            }),
            speaker: Some(Speaker { span: name, entity }),
        })
    }

    /// The token right before piece `i`'s opening mark, if any.
    fn before_piece(&self, i: usize) -> Option<usize> {
        self.token_at(self.pieces.get(i)?.open.start).checked_sub(1)
    }

    /// True when piece `i` follows a preposition (`accused them of “…”`).
    pub(super) fn after_preposition(&self, i: usize) -> bool {
        self.before_piece(i)
            .is_some_and(|k| self.w(k) == "of" || self.lower_is(k, List::Preposition))
    }

    /// True when piece `i` follows a copula: a predicate (`had been “woefully inadequate”`).
    pub(super) fn after_copula(&self, i: usize) -> bool {
        self.before_piece(i).is_some_and(|k| {
            matches!(
                self.w(k),
                "is" | "are" | "was" | "were" | "be" | "been" | "remains" | "remained"
            )
        })
    }

    /// True when piece `i`, whose first word is `first`, is a verb phrase after an auxiliary
    /// (`it had “taken control measures”`), not what someone has (`had “no complaints”`): a
    /// regular participle or one in `-en`, `-wn` (`taken`, `shown`).
    pub(super) fn after_auxiliary(&self, i: usize, first: &str) -> bool {
        let participle = first.ends_with("ed") || first.ends_with("en") || first.ends_with("wn");
        participle
            && self
                .before_piece(i)
                .is_some_and(|k| matches!(self.w(k), "had" | "has" | "have"))
    }

    /// True when piece `i` follows a word that makes it a title or a name (`on CNN's “State
    /// of the Union”`, `broadcast of “Fox News Sunday,”`), not speech: read once per piece
    /// into [`Context::titles`].
    pub(super) fn after_title_word(&self, i: usize) -> bool {
        self.titles.get(i).copied().unwrap_or(false)
    }

    /// What [`Context::after_title_word`] reads, worked out for piece `i` (the rules ask it
    /// two or three times a quote).
    pub(super) fn reads_as_title(&self, i: usize) -> bool {
        let Some(piece) = self.pieces.get(i) else {
            return false;
        };
        let open_tok = self.token_at(piece.open.start);
        let p_lo = self.paragraph_start(piece.paragraph);
        // Only in the middle of a sentence: `said. “The Donald. Big Daddy.”` is speech.
        let mid_sentence =
            open_tok > p_lo && (self.is_word(open_tok - 1) || self.w(open_tok - 1) == ",");
        // `his book, ''Make Your Kid a Millionaire,''`: a title in title case.
        let content = piece.content.slice(self.text);
        // (Capitals first: most quotes fail at their first long word. The words are counted
        // only up to the ninth.)
        let title_case = mid_sentence && {
            let mut long = content
                .split_whitespace()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3);
            long.clone().all(starts_upper)
                && long.nth(1).is_some()
                && content.split_whitespace().nth(8).is_none()
        };
        if title_case {
            return true;
        }
        let before_word = self.lw(open_tok.wrapping_sub(1));
        open_tok > p_lo
            && one_of!(
                before_word.as_str(),
                "of" | "on"
                    | "in"
                    | "at"
                    | "’s"
                    | "'s"
                    | "the"
                    | "from"
                    | "with"
                    | "by"
                    | "for"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "titled"
                    | "entitled"
                    | "headlined"
                    | "dubbed"
                    | "named"
                    | "so-called"
            )
    }

    /// Cue and speaker of direct piece `i`, looked for right after it and then right before
    /// it, within its paragraph and sentence (the sentence splitter may end a sentence after
    /// a closing mark, so the paragraph's tokens are read here).
    pub(super) fn direct_attribution(&self, i: usize) -> Option<(Span, Option<Speaker>)> {
        let piece = self.pieces.get(i)?;
        let para = self.doc.paragraphs.get(piece.paragraph)?;
        if para.part == Part::Section {
            return None;
        }
        let (p_lo, p_hi) = self.paragraph_tokens(piece.paragraph);
        let outer = piece.outer();
        let after = self.token_at(outer.end).max(p_lo);
        let open_tok = self.token_at(outer.start);
        // After: up to the next piece or the end of the sentence.
        let next_open = self
            .pieces
            .get(i + 1)
            .map_or(usize::MAX, |n| self.token_at(n.outer().start));
        let mut a_hi = p_hi.min(next_open);
        if let Some(stop) = (after..a_hi).take(60).find(|&k| self.is_stop(k)) {
            a_hi = stop;
        }
        // Before: back to the previous piece or the start of the sentence.
        let prev_close = i
            .checked_sub(1)
            .and_then(|p| self.pieces.get(p))
            .map_or(0, |p| self.token_at(p.outer().end));
        let mut b_lo = p_lo.max(prev_close);
        if let Some(stop) = (b_lo..open_tok).rev().take(60).find(|&k| self.is_stop(k)) {
            b_lo = stop + 1;
        }
        if self.after_title_word(i) {
            return None;
        }
        if let Some(found) = self.cue_after(piece, after, a_hi) {
            return Some(found);
        }
        if let Some(found) = self.cue_before(b_lo, open_tok.min(p_hi)) {
            return Some(found);
        }
        if let Some(found) = self.words_came_from(after, p_hi) {
            return Some(found);
        }
        if let Some(found) = self.gesture_before(p_lo, open_tok) {
            return Some(found);
        }
        // A paragraph that opens with the quote after an introduction ending in a colon
        // (`The Times reports:`).
        if para.span.start == outer.start && piece.paragraph > 0 {
            let prev = self.doc.paragraphs.get(piece.paragraph - 1)?;
            if prev.part == Part::Body && prev.span.slice(self.text).trim_end().ends_with(':') {
                let ps = self.doc.sentence_at(prev.span.end.saturating_sub(1))?;
                let ps = self.doc.sentences.get(ps)?;
                return self.cue_before(ps.tokens.start, ps.tokens.end);
            }
        }
        None
    }

    /// `, he said` / `, said Li Jie` / `, Ni said` / `Mr. Obama, the president, said` /
    /// `― Name` right after a quote (tokens `from..hi`).
    pub(super) fn cue_after(
        &self,
        piece: &QuoteMarks,
        from: usize,
        hi: usize,
    ) -> Option<(Span, Option<Speaker>)> {
        let mut i = from;
        let mut dash = None;
        let mut comma = false;
        while i < hi && matches!(self.w(i), "," | "—" | "–" | "―" | "-" | "--") {
            if is_dash(self.w(i)) {
                dash = Some(i);
            } else {
                comma = true;
            }
            i += 1;
        }
        if i >= hi {
            return None;
        }
        let content = piece
            .content
            .slice(self.text)
            .trim_end()
            .trim_end_matches(['’', '\'', '”', '"', ' ']);
        let quote_ends_clause =
            content.ends_with([',', '.', '?', '!', '—', '–', '-', '…']) || comma || dash.is_some();
        let fw = self.w(i);
        if self.is(i, List::Cue) {
            let speaker = self.np_after(i + 1, hi).map(|np| self.speaker(np));
            return Some((self.tokens[i].span(), speaker));
        }
        if !quote_ends_clause {
            return None;
        }
        // `X said`: the subject, then the verb.
        let limit = (i + 45).min(hi);
        let v =
            (i..limit).find(|&k| self.is(k, List::Cue) || self.is_stop(k) || self.opens_quote(k));
        if let Some(v) = v.filter(|&v| self.is(v, List::Cue)) {
            // `… “Q.” The agency said it would appeal.`: a quote that closed its sentence
            // is not attributed by a new sentence that reports a clause of its own.
            if content.ends_with(['.', '?', '!']) && !comma && dash.is_none() {
                // `“Q.” They laughed.`: a verb of manner (laughed, sighed) says how words were
                // spoken only when joined to them (`“Q,” she laughed`); after a closed sentence
                // it tells of something else, so only a verb that reports speech is a cue.
                lexicon::cue_verb(self.w(v))?;
                let mut c = v + 1;
                if self.is(v, List::Address) {
                    c = self.np_after(c, hi).map_or(c, |np| np.1);
                }
                // (`Ann Lee said on Sunday that …`: past when it was said.)
                c = self.past_when(c);
                // (`He said that if “…”`: a `that` and a quote soon after it open a clause.)
                let that_quote =
                    self.lw(c) == "that" && (c + 1..c + 3).any(|k| is_open_mark(self.w(k)));
                let clause = (c + 3 <= hi || that_quote)
                    && self.is_word(c)
                    && self.tokens[c].kind != TokenKind::Number
                    && !self.lower_is(c, List::Preposition)
                    && !self.lower_is(c, List::Time);
                if clause {
                    return None;
                }
            }
            if self.clean_subject(i, v) {
                if let Some(np) = self.subject_before(i, v) {
                    if np.0 == i || self.w(np.0.saturating_sub(1)) == "," || np.0 > i {
                        return Some((self.tokens[v].span(), Some(self.speaker(np))));
                    }
                }
            }
        }
        // `“Q” ― Sonya Herridge`: a dash and a name, nothing else.
        if let Some(d) = dash {
            let end = (i..hi)
                .find(|&k| !(self.is_word(k) || self.w(k) == "."))
                .unwrap_or(hi);
            let words = end - i;
            if (1..=6).contains(&words)
                && starts_upper(fw)
                && (end == hi || is_sentence_end(self.w(end)))
            {
                return Some((self.tokens[d].span(), Some(self.speaker((i, end)))));
            }
        }
        None
    }

    /// `Asked about his future, Lowe laughed. “I’m happy here.”`: a quote that opens a
    /// sentence right after a short one that ends with a person named, or `he`/`she`, and a cue
    /// verb with nothing after it (`laughed`, `sighed`) is theirs (tokens `p_lo..t` of the
    /// paragraph, the mark at `t`).
    fn gesture_before(&self, p_lo: usize, t: usize) -> Option<(Span, Option<Speaker>)> {
        if t < p_lo + 3 || self.w(t - 1) != "." || !self.is(t - 2, List::Cue) {
            return None;
        }
        let v = t - 2;
        // The sentence, with no quote in it: (a few dozen tokens read back at most).
        let lo = (p_lo..v)
            .rev()
            .take(40)
            .find(|&k| self.is_stop(k))
            .map_or(p_lo.max(v.saturating_sub(40)), |k| k + 1);
        if (lo..v).any(|k| self.is_mark(k)) {
            return None;
        }
        let np = self.sentence_subject(lo, v)?;
        let named = self.lower_is(np.0, List::Pronoun)
            || self.mention_inside(self.span(np.0, np.1)).is_some();
        (named && np.1 == v).then(|| (self.tokens[v].span(), Some(self.speaker(np))))
    }

    /// `“Q.” The words came from Anna Berg, who …`: a source named in the next sentence
    /// (tokens `from..hi`).
    pub(super) fn words_came_from(
        &self,
        from: usize,
        hi: usize,
    ) -> Option<(Span, Option<Speaker>)> {
        let mut k = from;
        if one_of!(
            self.lw(k).as_str(),
            "the" | "those" | "these" | "that" | "this" | "his" | "her" | "their"
        ) {
            k += 1;
        }
        let noun = one_of!(
            self.lw(k).as_str(),
            "words"
                | "word"
                | "remarks"
                | "remark"
                | "comments"
                | "comment"
                | "quote"
                | "warning"
                | "message"
                | "verdict"
                | "admission"
                | "plea"
                | "statement"
        );
        if k == from && !starts_upper(self.w(k)) || !noun {
            return None;
        }
        let came = matches!(self.lw(k + 1).as_str(), "came" | "come" | "comes");
        if !came || self.lw(k + 2) != "from" {
            return None;
        }
        let end = (k + 3..hi)
            .take(40)
            .find(|&j| self.is_stop(j))
            .unwrap_or(hi);
        let np = self.np_after(k + 3, end)?;
        Some((self.span(k + 1, k + 3), Some(self.speaker(np))))
    }

    /// `X said: “Q”` / `X told reporters, “Q”` / `…, saying “Q”` / `said Li Jie, “Q”` right
    /// before a quote (tokens `lo..end`).
    pub(super) fn cue_before(&self, lo: usize, end: usize) -> Option<(Span, Option<Speaker>)> {
        if end <= lo {
            return None;
        }
        let mut e = end;
        let mut colon = false;
        while e > lo && matches!(self.w(e - 1), ":" | "," | "—" | "–" | "―") {
            colon |= self.w(e - 1) == ":";
            e -= 1;
        }
        // `According to Limbaugh, “Q”`
        if let Some(a) = (lo..e)
            .rev()
            .take(8)
            .find(|&k| self.w(k).eq_ignore_ascii_case("according") && self.w(k + 1) == "to")
        {
            if e < end {
                let np = self.np_after(a + 2, e);
                return Some((self.span(a, a + 2), np.map(|np| self.speaker(np))));
            }
        }
        // The cue verb among the last few tokens (`said in a statement on Friday:`); `As one
        // analyst once put it, “Q”`, `put it more bluntly:`: the verb before `it`.
        let reach = if colon { 12 } else { 6 };
        let mut it = e;
        while it > lo + 3
            && (self.w(it - 1).ends_with("ly") || matches!(self.w(it - 1), "more" | "most"))
        {
            it -= 1;
        }
        let put_it = e < end
            && it >= lo + 3
            && self.w(it - 1) == "it"
            && matches!(self.w(it - 2), "put" | "puts");
        let v = (lo..e).rev().take(reach).find(|&k| {
            if put_it {
                return k == it - 2;
            }
            // `Said Ellis: “Q”`
            let is = |list| {
                if k == lo {
                    self.lower_is(k, list)
                } else {
                    self.is(k, list)
                }
            };
            is(List::Cue) || is(List::Participle) || self.is_stop(k) || self.opens_quote(k)
        });
        // (`said in a statement read to the court:`: a verb after `a` and a noun qualifies the
        // noun; the cue before it is the clause's.)
        let v = v.map(|k| {
            let qualifies = k >= lo + 2
                && self.lower_is(k - 2, List::Determiner)
                && self.w(k - 1).bytes().all(|b| b.is_ascii_lowercase());
            let before = || {
                (lo..k - 2)
                    .rev()
                    .take(reach)
                    .find(|&j| self.is(j, List::Cue))
            };
            qualifies.then(before).flatten().unwrap_or(k)
        });
        // With no colon or comma before the mark, the verb stands right before it (`Trump
        // declared “Q”`, `said that “Q”`) or a few words before its `that` (`told reporters
        // that “Q”`, `said on Monday that “Q”`); `dismissed the reports as “Q”` is no cue.
        let punctuated = e < end;
        // (`called the Democratic demands “Q”`: a noun in what a naming verb names.)
        let named_object = |v: usize| {
            self.subject_before(lo, v)
                .is_some_and(|np| np.0 > lo && self.is(np.0 - 1, List::Naming))
        };
        let v = v.filter(|&v| !named_object(v)).filter(|&v| {
            punctuated
                || (v + 1..e).all(|k| self.lw(k) == "that")
                || e > v + 1
                    && e <= v + 6
                    && self.lw(e - 1) == "that"
                    && (v + 1..e - 1).all(|k| {
                        self.is_word(k) && !self.lower_is(k, List::Clause) && !self.is(k, List::Cue)
                    })
        });
        if v.is_none() && !punctuated {
            if let Some(found) = self.naming_cue(lo, e) {
                return Some(found);
            }
        }
        if let Some(v) = v.filter(|&v| !self.is_stop(v) && !is_open_mark(self.w(v))) {
            let cue = self.tokens[v].span();
            // Where the cue's sentence starts, when `lo` (the end of a quote before) cuts off
            // its subject.
            let sentence_lo = || {
                self.tokens
                    .get(v)
                    .and_then(|t| self.doc.sentence_at(t.span().start))
                    .and_then(|si| self.doc.sentences.get(si))
                    .map_or(lo, |se| se.tokens.start)
            };
            if self.lower_is(v, List::Participle) {
                // `footage of Hillary Clinton asking, “Q”`: the name right before; `Trump
                // attacked Clinton, saying “Q”`: the sentence's subject.
                let np = if v > lo && self.w(v - 1) != "," {
                    self.np_ending_at(lo, v).filter(|np| {
                        self.mention_inside(self.span(np.0, np.1)).is_some()
                            || self.lower_is(np.0, List::Pronoun)
                            || starts_upper(self.w(np.1 - 1))
                    })
                } else {
                    None
                };
                let np = np
                    .or_else(|| self.sentence_subject(lo, v))
                    .or_else(|| self.sentence_subject(sentence_lo(), v));
                return Some((cue, np.map(|np| self.speaker(np))));
            }
            let mut j = v;
            while j > lo && self.lower_is(j - 1, List::BetweenSubjectAndVerb) {
                j -= 1;
            }
            let coordinated =
                j > lo && self.w(j - 1) == "and" || self.and_before_reply(lo, j).is_some();
            // `wrote that they were “Q1” and warned that “Q2”`: the subject of the sentence's
            // first cue, before the quote that ends at `lo`.
            let first_subject = || {
                if !coordinated || self.w(j - 1) != "and" {
                    return None;
                }
                let from = sentence_lo();
                (from..j - 1)
                    .find(|&k| self.is(k, List::Cue))
                    .and_then(|k| self.subject_before(from, k))
                    .or_else(|| self.sentence_subject(from, j - 1))
            };
            let speaker = self
                .subject_before(lo, v)
                .filter(|np| coordinated || self.lw(np.0) == "who" || self.clean_subject(np.0, v))
                .or_else(first_subject)
                .or_else(|| self.np_after(v + 1, e))
                .map(|np| self.speaker(np));
            return Some((cue, speaker));
        }
        if colon && e > lo && e - lo <= 14 {
            let colon_tok = (e..end).find(|&k| self.w(k) == ":")?;
            if let Some(speaker) = self.colon_intro(lo, e) {
                return Some((self.tokens[colon_tok].span(), Some(speaker)));
            }
            // `Trump on Twitter: “Q”`: a name or pronoun must open the clause.
            let np = self.sentence_subject(lo, e)?;
            let named = self.lower_is(np.0, List::Pronoun)
                || self.mention_inside(self.span(np.0, np.1)).is_some()
                || (np.0..np.1).filter(|&k| self.is_word(k)).count() >= 2;
            if !named {
                return None;
            }
            return Some((self.tokens[colon_tok].span(), Some(self.speaker(np))));
        }
        None
    }

    /// The source of a colon introduction that is no cue verb (tokens `lo..e`, the colon at
    /// `e`): `The minister was blunt:`, `Her advice to others is simple:`, `The verdict of one
    /// economist, Anna Berg:`.
    pub(super) fn colon_intro(&self, lo: usize, e: usize) -> Option<Speaker> {
        let mut s = lo;
        while s < e && (self.lower_is(s, List::Opener) || !self.is_word(s)) {
            s += 1;
        }
        let speech_noun = |k: usize| {
            one_of!(
                self.lw(k).as_str(),
                "verdict"
                    | "view"
                    | "response"
                    | "reaction"
                    | "message"
                    | "answer"
                    | "reply"
                    | "advice"
                    | "warning"
                    | "explanation"
                    | "conclusion"
                    | "assessment"
                    | "words"
                    | "retort"
            )
        };
        // `Her advice to others is simple:`: the possessor is the source.
        let possessive = |k: usize| {
            let pronoun = match self.lw(k).as_str() {
                "his" => "he",
                "her" => "she",
                "their" => "they",
                "its" => "it",
                _ => return None,
            };
            speech_noun(k + 1).then_some(pronoun)
        };
        if let Some(pronoun) = possessive(s) {
            let span = self.tokens.get(s)?.span();
            return Some(Speaker {
                span,
                entity: self.pronoun_entity(pronoun, span.start),
            });
        }
        // `The verdict of one economist, Anna Berg:`
        if self.lw(s) == "the"
            && speech_noun(s + 1)
            && matches!(self.lw(s + 2).as_str(), "of" | "from")
        {
            let rest = self.span(s + 3, e);
            if let Some(k) = self.mention_inside(rest) {
                return Some(Speaker {
                    span: self.mentions[k].span,
                    entity: self.mention_entity.get(k).copied(),
                });
            }
            return self.np_after(s + 3, e).map(|np| self.speaker(np));
        }
        // `The minister was blunt:`: a subject, a copula and a word or three.
        let be = (s + 1..e)
            .rev()
            .find(|&k| matches!(self.lw(k).as_str(), "was" | "is" | "were" | "are"))?;
        if e - be > 4 || e == be + 1 {
            return None;
        }
        if (be + 1..e).any(|k| !self.is_word(k) || self.mention_starting_at(k).is_some()) {
            return None;
        }
        let np = self.np_ending_at(s, be).filter(|np| np.0 == s)?;
        Some(self.speaker(np))
    }

    /// `Trump called the deal “a disaster”`, `described it as “an intentional act”`, `used
    /// the phrase “…”`: a quoted fragment naming something in the subject's own words. The
    /// naming verb stands within four tokens of the mark and its subject is a name, a pronoun
    /// or a person's role (`An RSF spokesman`).
    pub(super) fn naming_cue(&self, lo: usize, e: usize) -> Option<(Span, Option<Speaker>)> {
        let v = (lo..e).rev().take(5).find(|&k| self.is(k, List::Naming))?;
        let between_ok = (v + 1..e).all(|k| {
            self.is_word(k) && !self.lower_is(k, List::Clause)
                || matches!(
                    self.lw(k).as_str(),
                    "as" | "to" | "them" | "it" | "him" | "her" | "us"
                )
        });
        if !between_ok {
            return None;
        }
        // `the band leader called them up, singing “Q”`: the sentence's subject.
        let np = if v > lo && self.w(v - 1) == "," && self.w(v).ends_with("ing") {
            self.sentence_subject(lo, v)?
        } else {
            self.subject_before(lo, v)?
        };
        let named = self.lower_is(np.0, List::Pronoun)
            || self.mention_inside(self.span(np.0, np.1)).is_some()
            || starts_upper(self.w(np.1 - 1))
            || crate::coref::is_person_noun(self.w(np.1 - 1));
        named.then(|| (self.tokens[v].span(), Some(self.speaker(np))))
    }

    /// The person who is the subject of the sentence before the one quote piece `pi` opens, in
    /// its paragraph or ending the one before, when that sentence quotes nothing (`Asked about it, Ruiz shrugged. “They
    /// are entitled to their view.”`): whose words a quote sentence with no cue there is.
    pub(super) fn subject_before_quote(&self, pi: usize) -> Option<Speaker> {
        let open = self.pieces.get(pi)?.open.start;
        let si = self.doc.sentence_at(open)?;
        let (s, prev) = (
            self.doc.sentences.get(si)?,
            self.doc.sentences.get(si.checked_sub(1)?)?,
        );
        let k = self
            .pieces
            .partition_point(|p| p.outer().end <= prev.span.start);
        let quotes = self
            .pieces
            .get(k)
            .is_some_and(|p| p.outer().start < prev.span.end);
        // (Also the last sentence of the paragraph before one that the quote opens: `…, Ruiz
        // was full of praise.¶“Kofi has been outstanding.”`)
        let opens = (self.doc.paragraphs.get(s.paragraph)).is_some_and(|p| p.span.start == open);
        if !(prev.paragraph == s.paragraph || opens && prev.paragraph + 1 == s.paragraph) || quotes
        {
            return None;
        }
        let speaker = self.speaker(self.sentence_subject(prev.tokens.start, prev.tokens.end)?);
        let person = self.entities.get(speaker.entity?)?.kind == EntityKind::Person;
        person.then_some(speaker)
    }

    /// Pieces with no cue of their own: a quote running over several paragraphs takes the
    /// attribution of its last piece, and a quote that opens a sentence right after another
    /// quote (same paragraph, or a paragraph that opens with it after a quote paragraph)
    /// continues that quote's speaker.
    pub(super) fn carry_over(&self, quotes: &mut [Quote]) -> Vec<bool> {
        let pieces = self.pieces;
        let mut could_continue = vec![false; pieces.len()];
        for i in (0..pieces.len().saturating_sub(1)).rev() {
            let runs_on =
                pieces[i].close.is_none() && pieces[i + 1].paragraph == pieces[i].paragraph + 1;
            if runs_on && quotes[i].speaker.is_none() {
                quotes[i].speaker = quotes[i + 1].speaker;
                quotes[i].cue = quotes[i + 1].cue;
            }
        }
        for i in 0..pieces.len() {
            if quotes[i].speaker.is_some() || quotes[i].cue.is_some() {
                continue;
            }
            // With no quote before, `prev` is the piece itself and matches nothing below; a
            // title in between (`on Fox News’s “Fox and Friends.” “I mean …”`) is skipped.
            let mut prev = i.saturating_sub(1);
            while prev > 0 && prev + 3 > i && self.after_title_word(prev) {
                prev -= 1;
            }
            let first = i == 0;
            let t = self.token_at(pieces[i].open.start);
            let p_lo = self.paragraph_start(pieces[i].paragraph);
            let after_previous = !first
                && self
                    .tokens
                    .get(t.wrapping_sub(1))
                    .is_some_and(|tok| tok.span().end == pieces[i - 1].outer().end);
            let starts_sentence = t <= p_lo || self.is_stop(t - 1) || after_previous;
            let para = self.doc.paragraphs.get(pieces[i].paragraph);
            let in_body = para.is_some_and(|p| matches!(p.part, Part::Body | Part::Related));
            let opens_paragraph = para.is_some_and(|p| p.span.start == pieces[i].open.start);
            let same_paragraph = !first && pieces[prev].paragraph == pieces[i].paragraph;
            let previous_paragraph = !first && pieces[prev].paragraph + 1 == pieces[i].paragraph;
            // `“A,” he said, “B.”`: one attribution interrupted by its cue.
            let cue_between = quotes[prev].cue.is_some_and(|c| {
                c.start >= pieces[prev].outer().end && c.end <= pieces[i].open.start
            }) && same_paragraph
                && quotes[prev].speaker.is_some()
                && matches!(self.w(t.wrapping_sub(1)), "," | ":" | "—" | "–" | "and")
                && !(self.token_at(pieces[prev].outer().end)..t).any(|k| self.is_stop(k));
            if self.after_title_word(i) {
                continue;
            }
            if cue_between {
                quotes[i].speaker = quotes[prev].speaker;
                quotes[i].cue = quotes[prev].cue;
                continue;
            }
            // A continuation opens a sentence right after another quote; a heading in title
            // case (`‘All Bets Are Off.’`) does not.
            let content = pieces[i].content.slice(self.text);
            // Only read when the quote opens its paragraph: once per paragraph, so linear.
            let closes_paragraph = opens_paragraph
                && para.is_some_and(|p| {
                    self.text
                        .get(pieces[i].outer().end..p.span.end)
                        .is_some_and(|rest| rest.chars().all(|c| !c.is_alphanumeric()))
                });
            let title_case = opens_paragraph && closes_paragraph && {
                let mut long_words = content
                    .split_whitespace()
                    .filter(|w| w.len() > 3)
                    .peekable();
                long_words.peek().is_some()
                    && content.split_whitespace().nth(8).is_none()
                    && long_words.all(starts_upper)
            };
            // A quote that is a noun in its sentence (`“American Skin” was written by …`).
            let after = self.token_at(pieces[i].outer().end);
            let (_, p_hi) = self.paragraph_tokens(pieces[i].paragraph);
            let stands_alone = pieces[i].close.is_none()
                || after >= p_hi
                || self.is_stop(after)
                || is_open_mark(self.w(after))
                || content
                    .trim_end_matches(['’', '\'', '”', '"', ' '])
                    .ends_with(['.', '?', '!', '…', ',', '—', '-']);
            let continues = in_body && !title_case && stands_alone && starts_sentence;
            if continues && (same_paragraph || opens_paragraph && previous_paragraph) {
                quotes[i].speaker = quotes[prev].speaker;
                quotes[i].cue = quotes[prev].cue;
            }
            if let Some(c) = could_continue.get_mut(i) {
                *c = continues && quotes[i].speaker.is_none();
            }
        }
        could_continue
    }
}
