//! The two main patterns of reported speech, `CLAUSE, X said` / `CLAUSE, said X`
//! (`clause_then_cue`) and `X said (that) CLAUSE` (`cue_then_clause`),
//! with the tests that decide where a reported clause ends.

use super::lists::{is_open_mark, is_sentence_end, starts_upper, List};
use super::{lexicon, stance};
use super::{Context, Quote};
use crate::segment::TokenKind;
use std::cell::OnceCell;

impl<'a> Context<'a> {
    /// True when the cue-like word at `v` follows a number (`by 5 percentage points`, `3
    /// points`): a noun, not a verb.
    pub(super) fn after_number(&self, v: usize) -> bool {
        v > 0
            && (self.tokens[v - 1].kind == TokenKind::Number
                || matches!(self.lw(v - 1).as_str(), "percentage" | "talking"))
    }

    /// `CLAUSE, X said [when …]` and `CLAUSE, said X`.
    pub(super) fn clause_then_cue(&self, lo: usize, hi: usize) -> Option<Quote> {
        for v in lo + 3..hi {
            // `…, the poll found.`: at the very end a noun-like form is the verb; after a
            // determiner it is a noun (`…, Tom Barker, rejected the demands.`).
            if !self.is(v, List::Report) && !self.is(v, List::Cue)
                || self.is(v, List::Ambiguous) && v + 1 < hi
                || matches!(
                    self.lw(v - 1).as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                        | "these"
                        | "those"
                )
            {
                continue;
            }
            let vw = self.w(v);
            if self.after_number(v) {
                continue;
            }
            // (Both read the rest of the clause: only once a comma before the verb asks. `…, the
            // agency said on Thursday, warning that …`: the participle's clause is an attribution
            // of its own; `…, officials said on Tuesday, after a meeting that …` says when.)
            let after = OnceCell::new();
            let no_content_after = || {
                *after.get_or_init(|| {
                    let tail_end = (v + 1..hi)
                        .find(|&k| {
                            self.w(k) == ","
                                && (self.is(k + 1, List::Participle) || self.says_when(k + 1))
                        })
                        .unwrap_or(hi);
                    !(v + 1..tail_end).any(|k| {
                        let w = self.lw(k);
                        w == "that" || is_open_mark(&w)
                    })
                })
            };
            // (`…, said Ann Lee, an official with the board that oversees it`: a `that` in the
            // speaker's apposition opens no content.)
            let before_comma = OnceCell::new();
            let no_content_before_comma = || {
                *before_comma.get_or_init(|| {
                    !(v + 1..hi)
                        .take_while(|&k| self.w(k) != ",")
                        .any(|k| self.lw(k) == "that" || is_open_mark(self.w(k)))
                })
            };
            // Candidate commas that end the clause, nearest first (`CLAUSE, X, a …, said`).
            let commas = (lo..v).rev().take(45).filter(|&k| {
                matches!(self.w(k), "," | "—" | "–")
                    || is_open_mark(self.w(k)) && k > lo && self.w(k - 1) == ","
            });
            for comma in commas.take(5) {
                // `X met Y on Thursday, and the two sides agreed to …`: a clause of its own.
                if matches!(self.w(comma + 1), "and" | "but") {
                    break;
                }
                let inversion = comma + 1 == v;
                // What follows the verb says when or where, or names the speaker.
                let next = self.lw(v + 1);
                // `…, Mr. Guajardo told me.` / `…, she told CNN on Sunday.`
                let addressee = self.is(v, List::Address)
                    && no_content_after()
                    && self.np_after(v + 1, hi).is_some_and(|np| {
                        np.1 >= hi || self.w(np.1) == "," || self.lower_is(np.1, List::Preposition)
                    });
                let tail_ok = v + 1 >= hi
                    || next == ","
                    || addressee
                    || inversion && no_content_before_comma()
                    || no_content_after()
                        && (self.lower_is(v + 1, List::Preposition)
                            || self.lower_is(v + 1, List::Time)
                            || self
                                .tokens
                                .get(v + 1)
                                .is_some_and(|t| t.kind == TokenKind::Number));
                if !tail_ok {
                    break;
                }
                let np = if inversion {
                    // `…, said Jeffrey Trimble, an official.` — but `, said he would` is a
                    // subject and its verb.
                    // Only speech verbs invert (`noted the rule` is an object), and the subject
                    // reads as one: a name, or `the spokesman`.
                    let speech = one_of!(
                        vw,
                        "said"
                            | "says"
                            | "added"
                            | "adds"
                            | "asked"
                            | "asks"
                            | "wrote"
                            | "writes"
                            | "explained"
                            | "continued"
                            | "recalled"
                            | "argued"
                            | "insisted"
                            | "warned"
                            | "countered"
                            | "replied"
                            | "responded"
                            | "told"
                            | "reported"
                            | "reports"
                            | "noted"
                            | "notes"
                            | "observed"
                            | "stated"
                            | "declared"
                            | "claimed"
                            | "conceded"
                            | "acknowledged"
                            | "admitted"
                            | "remarked"
                            | "cautioned"
                            | "predicted"
                            | "suggested"
                            | "announced"
                            | "tweeted"
                            | "concluded"
                            | "emphasized"
                            | "stressed"
                            | "complained"
                            | "agreed"
                            | "explains"
                            | "recalls"
                            | "warns"
                    );
                    self.np_after(v + 1, hi).filter(|np| {
                        let after = self.lw(np.1);
                        let first = self.w(np.0);
                        // `said the spokesman`, but not `said the video proves nothing`.
                        let role = self.lower_is(np.1 - 1, List::SpeakerHead)
                            || np.1 - np.0 <= 3 && self.lw(np.1 - 1).ends_with('s');
                        let head = starts_upper(first)
                            || matches!(self.lw(np.0).as_str(), "the" | "a" | "an" | "one") && role
                            || self.mention_inside(self.span(np.0, np.1)).is_some();
                        // Only when or where may follow (`, said Li, an expert, on Friday`).
                        let short_tail = hi <= np.1 + 6 && after != "to";
                        speech
                            && head
                            && !self.lower_is(np.0, List::Pronoun)
                            && (np.1 >= hi
                                || after == ","
                                || self.lower_is(np.1, List::Preposition) && short_tail)
                    })
                } else if let Some(np) = self
                    .restrictive_subject(comma + 1, v)
                    .filter(|np| np.0 == comma + 1 && self.lower_is(np.1 - 1, List::SpeakerHead))
                {
                    // `…, a senior official who spoke on condition of anonymity told
                    // reporters`: the noun before `who`, one that names a source.
                    Some(np)
                } else if self.clean_subject(comma + 1, v) {
                    // The whole stretch after the comma is the subject (`Mr. Obama`, `Scott
                    // Pruitt, the attorney general, …`).
                    self.subject_before(comma + 1, v).filter(|np| {
                        np.0 > comma
                            && self.nominal(*np)
                            && np.0 <= comma + 5
                            // (`…, 52, moved the losses and signed false reports.`: a
                            // verb and its object, no subject; `retired general X` is one.)
                            && (comma + 1..np.0).all(|k| {
                                self.w(k) != ","
                                    && !self.lower_is(k, List::Clause)
                                    && !(self.lw(k).ends_with("ed")
                                        && matches!(
                                            self.lw(k + 1).as_str(),
                                            "the" | "a" | "an" | "his" | "her" | "its" | "their"
                                        ))
                            })
                    })
                } else {
                    None
                };
                let Some(np) = np else {
                    continue;
                };
                let quoted_end = is_open_mark(self.w(comma));
                // `… and, she says, “Q”`: the cue is an aside in what follows it; the clause
                // before the conjunction is the writer's own.
                if !quoted_end && comma > lo && matches!(self.w(comma - 1), "and" | "but" | "or") {
                    break;
                }
                let content_end = if quoted_end { comma + 1 } else { comma };
                let mut c0 = lo;
                while c0 < content_end
                    && (self.lower_is(c0, List::Opener) || matches!(self.w(c0), "," | "—"))
                {
                    c0 += 1;
                }
                // `Asked whether the team can win, Lowe laughed`: the question put to the
                // source, by someone unnamed (`Asked about …`: the content is what follows).
                if self.lw(c0) == "asked" {
                    let c = c0 + 1 + usize::from(self.lw(c0 + 1) == "about");
                    if content_end < c + 2 {
                        break;
                    }
                    return Some(Quote {
                        span: self.content(c, content_end)?,
                        direct: false,
                        cue: Some(self.span(c0, c)),
                        speaker: None,
                    });
                }
                // `In 2012, the economy grew, he said`: skip an opening phrase (`At least 20
                // people died` opens with a number, not a phrase).
                let quantity =
                    self.lw(c0) == "at" && matches!(self.lw(c0 + 1).as_str(), "least" | "most");
                if !quantity
                    && (self.lower_is(c0, List::Preposition)
                        || self.lower_is(c0, List::Subordinator))
                {
                    match self.opening_phrase_comma(c0, content_end) {
                        Some(c) => c0 = c + 1,
                        None => break,
                    }
                }
                if content_end < c0 + 3 {
                    break;
                }
                // A clause has a word in lower case: `Hanley, 58, said the job cuts, about …`
                // is a subject with its age, not `CLAUSE, said X`.
                if !(c0..content_end).any(|k| self.w(k).starts_with(|c: char| c.is_lowercase())) {
                    continue;
                }
                return Some(Quote {
                    span: self.content(c0, content_end)?,
                    direct: false,
                    cue: Some(self.tokens[v].span()),
                    speaker: Some(self.speaker(np)),
                });
            }
        }
        None
    }

    /// The token after a short quoted piece (a title, a scare quote: at most six words, no
    /// sentence inside) that opens at token `k`.
    pub(super) fn short_piece_at(&self, k: usize) -> Option<usize> {
        let at = self.tokens.get(k)?.span().start;
        let p = self.pieces.partition_point(|p| p.outer().start < at);
        let piece = self.pieces.get(p).filter(|p| p.outer().start == at)?;
        piece.close?;
        let words = piece.content.slice(self.text).split_whitespace().count();
        let sentence = piece
            .content
            .slice(self.text)
            .trim_end_matches(['’', '\'', '”', '"', ' ', ','])
            .ends_with(['.', '?', '!']);
        if words > 6 || sentence {
            return None;
        }
        Some(self.token_at(piece.outer().end))
    }

    /// True when token `k` starts what follows a reported clause rather than belonging to
    /// it: a concession (`, although …`), the place it was said (`in a statement`), the
    /// subject's next act (`but also called for …`).
    pub(super) fn clause_tail(&self, k: usize) -> bool {
        let token = self.token(k);
        let w = token.text;
        // Read on only at a word that can start a tail (this runs for every token; an ASCII
        // token longer than three letters is none, nor is its lower case).
        if w.len() > 3 && token.word.ascii() {
            return false;
        }
        // `X said A, according to a readout`: where the words are reported, not more of them
        // (also after a quotation: `should “look ahead,” according to …`).
        if self.comma_at(k) && self.lw(k + 1) == "according" && self.lw(k + 2) == "to" {
            return true;
        }
        let lw = self.lw(k);
        if !matches!(lw.as_str(), "," | "in" | "on" | "but") {
            return false;
        }
        let next = self.lw(k + 1);
        // `…, and when pressed on why, replied …`: the source's next act.
        if w == "," && next == "and" {
            let v = (k + 2..k + 27)
                .find(|&x| !self.is_word(x))
                .map_or(k, |c| c + 1);
            if self.and_before_reply(k, v) == Some(k + 1) {
                return true;
            }
        }
        // (Not `, even if …`, a condition of the clause, nor `, even today,`.)
        if w == ","
            && matches!(next.as_str(), "although" | "though" | "even")
            && !(next == "even" && (self.lw(k + 2) == "if" || self.lower_is(k + 2, List::Time)))
        {
            return true;
        }
        // `… in a statement on Thursday`, `… in an interview`: where it was said.
        let venue = one_of!(
            self.lw(k + 2).as_str(),
            "statement"
                | "interview"
                | "speech"
                | "email"
                | "letter"
                | "tweet"
                | "post"
                | "news"
                | "radio"
                | "television"
                | "tv"
                | "phone"
                | "conference"
                | "call"
                | "op-ed"
                | "video"
        );
        if matches!(lw.as_str(), "in" | "on")
            && matches!(next.as_str(), "a" | "an" | "his" | "her" | "their")
            && venue
        {
            return true;
        }
        // `… but also had to …`, `… but stopped short of …`: the subject's next act; but not
        // before a quotation with no cue of its own (`remained “Q” but would not negotiate
        // “Q”`): words of the source go on with its clause.
        lw == "but"
            && (self.is(k + 1, List::Report)
                || !(k + 2..k + 8)
                    .take_while(|&x| !is_sentence_end(self.w(x)))
                    .any(|x| is_open_mark(self.w(x))))
            && (next.ends_with("ed")
                || one_of!(
                    next.as_str(),
                    "also"
                        | "has"
                        | "had"
                        | "was"
                        | "is"
                        | "said"
                        | "says"
                        | "did"
                        | "does"
                        | "would"
                        | "will"
                ))
    }

    /// The `and` that opens an aside before a speech verb at token `v` with no subject of its
    /// own (`and when pressed on why, replied`), looking back no further than token `lo`.
    pub(super) fn and_before_reply(&self, lo: usize, v: usize) -> Option<usize> {
        if v < lo + 4 || !self.is_char(v - 1, b',') || !self.is(v, List::Report) {
            return None;
        }
        let mut k = v - 2;
        while k > lo && v - k < 25 && self.is_word(k) {
            k -= 1;
        }
        let at = self.tokens.get(k + 1)?.span().start;
        let rest = self.text.get(at..)?.strip_prefix("and ")?;
        ["when ", "if ", "asked ", "pressed ", "once ", "after "]
            .iter()
            .any(|w| rest.starts_with(w))
            .then_some(k + 1)
    }

    /// True when the dash at token `k` does not end a reported clause that starts at token `c`:
    /// it opens an elaboration of what came before (`… the problems families face — the high
    /// cost of …`), or closes an aside that opened as one (`… Sargent Shriver — a Kennedy in-law
    /// — to replace …`). An aside of another kind (`— as was true in 2016 —`) ends the clause.
    pub(super) fn dash_goes_on(&self, c: usize, k: usize, hi: usize) -> bool {
        let elaboration = |x: usize| {
            one_of!(
                self.lw(x + 1).as_str(),
                "the"
                    | "a"
                    | "an"
                    | "something"
                    | "including"
                    | "especially"
                    | "particularly"
                    | "mainly"
                    | "mostly"
                    | "such"
            )
        };
        let dash = self.w(k);
        let opened = (c.max(k.saturating_sub(30))..k)
            .rev()
            .find(|&x| self.w(x) == dash);
        match opened {
            Some(x) => elaboration(x),
            None => k + 1 < hi && elaboration(k),
        }
    }

    /// True when the `and` at token `k` opens a clause with a subject of its own and a cue
    /// (`… and Democrats accused …`, `… and the union also warned …`).
    pub(super) fn new_source_after_and(&self, k: usize, hi: usize) -> bool {
        if self.in_mention(k) {
            return false;
        }
        let first = self.lw(k + 1);
        // After `, and` any plain noun phrase may be the new subject (`…, and the union
        // warned …`, `…, and human rights groups said …`), also after a quotation (`… “secure the
        // border first,” and several of his colleagues said …`).
        let after_comma = k > 0 && self.comma_at(k - 1);
        let plain = |y: usize| {
            self.is_word(y)
                && !self.lower_is(y, List::Clause)
                && !self.lower_is(y, List::Preposition)
                && !self.lower_is(y, List::Pronoun)
        };
        let subject_start = starts_upper(self.w(k + 1))
            || matches!(first.as_str(), "the" | "he" | "she" | "they" | "we" | "i")
            || after_comma && plain(k + 1);
        if !subject_start {
            return false;
        }
        // (`, as the Centers for Disease Control and Prevention said`: a name as long as it is.)
        // (Only after `the`: `its A Co., B Inc. and C Corp. operations showed …` is a list.)
        let name_end = (first == "the")
            .then(|| self.mention_starting_at(k + 2))
            .flatten()
            .map_or(0, |m| self.mention_tokens(m).1);
        (k + 2..hi.min((k + 6).max(name_end + 2))).any(|x| {
            // (`… and Ann Lee is promising …`: a progressive form too.)
            let finite = lexicon::cue_verb(self.w(x)).is_some_and(|(_, form)| {
                matches!(form, lexicon::Form::Past | lexicon::Form::Third)
                    || form == lexicon::Form::Ing
                        && matches!(self.lw(x - 1).as_str(), "is" | "are" | "was" | "were")
            }) || self.is(x, List::Report);
            // (A cue word inside a name is none: `Sweden and the United States`.)
            finite
                && !self.in_mention(x)
                && (k + 1..x).all(|y| {
                    y < name_end
                        || self.is_word(y)
                            && (y == k + 1
                                || starts_upper(self.w(y))
                                || self.lower_is(y, List::BetweenSubjectAndVerb)
                                || self.w(y).ends_with('s')
                                || after_comma
                                    && plain(y)
                                    && lexicon::cue_verb(self.w(y)).is_none())
                })
        })
    }

    /// True when token `k` opens a subordinate clause or an absolute phrase that a comma
    /// closes before the main clause (`While …,`, `Although …,`, `With …,`, `After …,`).
    /// Not `As X noted, CLAUSE`, where the clause after the comma is what was said.
    pub(super) fn opens_subordinate(&self, k: usize) -> bool {
        let w = self.lw(k);
        w != "as" && self.lower_is(k, List::Subordinator)
            || matches!(w.as_str(), "with" | "after" | "before" | "whereas")
    }

    /// The first token at or after `k` past words that say when (`Monday`, `on Sunday`, `in
    /// 2019`): where what follows a cue can begin.
    pub(super) fn past_when(&self, mut k: usize) -> usize {
        loop {
            if self.lower_is(k, List::Time) {
                k += 1;
            } else if matches!(self.lw(k).as_str(), "on" | "in" | "at")
                && self.lower_is(k + 1, List::Time)
            {
                k += 2;
            } else {
                return k;
            }
        }
    }

    /// True when token `k` opens a clause of the writer's that no cue takes as its content
    /// (`…, official data showed on Monday, as strong demand …`; not `if`, `when`, `whether`:
    /// `asked if …`; nor `though`, an adverb as often: `said, though, that …`).
    pub(super) fn no_content_at(&self, k: usize) -> bool {
        one_of!(
            self.lw(k).as_str(),
            "as" | "because" | "although" | "while" | "whereas" | "amid" | "despite"
        )
    }

    /// True when token `k` can be the subject of a new main clause: a pronoun, a name, or a
    /// definite or possessive noun phrase (`he does not`, `Ham also noted`, `his decision was`).
    pub(super) fn starts_main_clause(&self, k: usize) -> bool {
        let w = self.w(k);
        one_of!(
            self.lw(k).as_str(),
            "he" | "she"
                | "they"
                | "it"
                | "we"
                | "i"
                | "the"
                | "his"
                | "her"
                | "their"
                | "its"
                | "this"
                | "there"
        ) || starts_upper(w) && !self.lower_is(k, List::Opener) && !is_open_mark(w)
    }

    /// True when the cue word at `v` reports nothing from `c`: `states` before a verb is the
    /// plural noun (`Gulf states pledged $12 billion`, `Member states will vote`), and `add`
    /// before neither a clause nor a quotation puts something in (`adds night trains between
    /// cities`; `added the words, “Q”` reports the words), and `declare` before one performs an
    /// act (`declared a state of emergency`; `declared the war was over` reports).
    pub(super) fn reports_nothing(&self, v: usize, c: usize, hi: usize) -> bool {
        let verb = self.lw(v);
        if verb == "states" {
            return self.lw(v + 1).ends_with("ed")
                || self.is(v + 1, List::CueForm)
                || self.lower_is(v + 1, List::BetweenSubjectAndVerb)
                || matches!(self.lw(v + 1).as_str(), "are" | "were" | "must" | "should");
        }
        // `declared war`, `a state of emergency`, `a dividend`: an act, not what was said.
        let declared = matches!(
            verb.as_str(),
            "declare" | "declares" | "declared" | "declaring"
        );
        (declared || matches!(verb.as_str(), "add" | "adds" | "added" | "adding"))
            && !(c..hi.min(c + 8)).any(|k| is_open_mark(self.w(k)))
            && self.lw(c) != "that"
            && (declared || !self.lower_is(c, List::Pronoun))
            && !self.clause_like(c, hi)
            && !self.own_clause_at(c, hi)
    }

    /// Past `of` or `about` at `c` after a cue verb at `v` that takes a preposition (`warned of
    /// …`, `Complains About …`): what follows it is the content, as the stance pass reads `spoke
    /// of …`.
    pub(super) fn past_preposition(&self, v: usize, c: usize) -> usize {
        let takes =
            lexicon::cue_verb(&self.lw(v)).is_some_and(|(f, _)| f & lexicon::PREPOSITION != 0);
        c + usize::from(takes && matches!(self.lw(c).as_str(), "of" | "about"))
    }

    /// For a progressive report verb at `v` (`is hoping`, `has been arguing`), the token of
    /// its `be` auxiliary, which the subject stands before.
    pub(super) fn progressive_aux(&self, lo: usize, v: usize) -> Option<usize> {
        if !self.is(v, List::Progressive) {
            return None;
        }
        let mut k = v.checked_sub(1)?;
        while k > lo
            && one_of!(
                self.lw(k).as_str(),
                "also"
                    | "now"
                    | "still"
                    | "already"
                    | "again"
                    | "repeatedly"
                    | "publicly"
                    | "increasingly"
            )
        {
            k -= 1;
        }
        (k > lo
            && matches!(
                self.lw(k).as_str(),
                "is" | "are" | "was" | "were" | "been" | "be"
            ))
        .then_some(k)
    }

    /// `X said (that) CLAUSE`.
    pub(super) fn cue_then_clause(&self, lo: usize, hi: usize) -> Option<Quote> {
        self.cue_then_clause_from(lo, lo, hi)
    }

    /// `X said (that) CLAUSE` with the cue at token `from` or later, the subject from `lo` on
    /// (`Mr. Lee, who knew A, told …`: the cue after an aside that reported A).
    pub(super) fn cue_then_clause_from(&self, lo: usize, from: usize, hi: usize) -> Option<Quote> {
        let mut s0 = lo;
        while s0 < hi && (self.lower_is(s0, List::Opener) || matches!(self.w(s0), "," | "—")) {
            s0 += 1;
        }
        let mut past = 0;
        for v in (s0 + 1).max(from)..hi.min(s0.max(from) + 45) {
            if v < past {
                continue;
            }
            // (A word that is no report verb, progressive or past form is no cue, nor a mark:
            // most tokens are passed over on their bits and last bytes, their text unread.)
            const CUES: u32 = 1 << List::Report as u32 | 1 << List::Progressive as u32;
            if self.is_word(v)
                && !self.words.get(v).is_some_and(|w| w.lower_is_any(CUES))
                && !self.ends_with(v, b"ed")
            {
                continue;
            }
            let vw = self.w(v);
            // (`Joe "Jonno" Johnson said`: a nickname's marks are part of the name.)
            if is_open_mark(vw) && !self.plural_possessive(v) && !self.in_name(v) {
                // A title or scare quote in an opening phrase (`In an interview on “Face the
                // Nation,” Ryan said …`) is passed over; any other quote ends the search.
                let end = self.short_piece_at(v);
                match end {
                    Some(e) if e < hi => {
                        past = e;
                        continue;
                    }
                    _ => return None,
                }
            }
            // `he is hoping that …`, `she has been arguing that …`: the subject stands before
            // the auxiliary.
            let progressive = self.progressive_aux(s0, v);
            // `She learned that …`, `They conceded that …`: any past form before `that` and a
            // clause (not `that` as a subject: `… that is …`).
            let generic = !self.is(v, List::Report)
                && progressive.is_none()
                && vw.len() >= 5
                && vw.ends_with("ed")
                && vw.bytes().all(|b| b.is_ascii_lowercase())
                && self.lw(v + 1) == "that"
                && !matches!(
                    self.lw(v + 2).as_str(),
                    "is" | "was" | "will" | "would" | "has" | "had"
                );
            if !self.is(v, List::Report) && progressive.is_none() && !generic {
                continue;
            }
            // (`traded blame over …`, but `they can't blame this on …`, `will not blame`.)
            if self.is(v, List::NounLike) && self.lw(v + 1) != "that" && {
                let prev = self.lw(v - 1);
                !stance::takes_base(&prev) && !matches!(prev.as_str(), "not" | "cannot" | "never")
            } {
                continue;
            }
            // `the alleged attacker`, `his plans to …`: after a determiner the word is no verb;
            // nor is `think` in `a Washington-based think tank`.
            if matches!(
                self.lw(v - 1).as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
            ) || vw == "think" && matches!(self.lw(v + 1).as_str(), "tank" | "tanks")
                || self.plural_object_at(v)
            {
                continue;
            }
            let sv = progressive.unwrap_or(v);
            // The subject: from the sentence start, after an opening phrase and comma, or
            // right after a clause boundary (`…, but he said …`, `in which he said …`).
            let mut start = s0;
            // `Mr. Kamin, who emphasized that …`, `the agency, which reported …`: the relative
            // pronoun stands for the source.
            let mut rel = sv;
            while rel > s0 {
                if self.between_subject_and_verb(rel - 1) {
                    rel -= 1;
                } else if rel > s0 + 2
                    && matches!(
                        self.lw(rel - 2).as_str(),
                        "on" | "in" | "at" | "last" | "this"
                    )
                    && (self.lower_is(rel - 1, List::Time)
                        || self.tokens[rel - 1].kind == TokenKind::Number)
                {
                    // `who in 2010 said`, `which on Monday said`
                    rel -= 2;
                } else {
                    break;
                }
            }
            // (A clause read after another one starts at its `who`: `…, who said …`.)
            // (`a letter from his doctor that says …`: `that` after a noun is one too.)
            let that_relative = rel > s0 + 1
                && self.w(rel - 1) == "that"
                && self.is_word(rel - 2)
                && self.w(rel - 2).bytes().all(|b| b.is_ascii_lowercase())
                && !self.lower_is(rel - 2, List::Clause)
                && !self.is(rel - 2, List::Report)
                && !self.is(rel - 2, List::Cue)
                && !self.lower_is(rel - 2, List::Preposition);
            let relative = (rel > s0 + 1 || rel > s0 && s0 > lo)
                && (matches!(self.w(rel - 1), "who" | "which") || that_relative);
            // `…, many of whom say …`: the quantity stands for the source.
            let quantified = !relative
                && rel >= s0 + 3
                && matches!(self.w(rel - 1), "whom" | "which")
                && self.w(rel - 2) == "of"
                && one_of!(
                    self.lw(rel - 3).as_str(),
                    "many"
                        | "some"
                        | "most"
                        | "all"
                        | "both"
                        | "none"
                        | "several"
                        | "one"
                        | "two"
                        | "three"
                        | "half"
                        | "each"
                        | "few"
                );
            // `Two officials who spoke on condition of anonymity said …`: the noun and its
            // restrictive relative clause.
            let restricted = (!quantified && !relative)
                .then(|| self.restrictive_subject(s0, sv))
                .flatten();
            if quantified {
                start = rel - 3;
            } else if relative {
                start = rel - 1;
            } else if let Some((subject, _)) = restricted {
                start = subject;
            } else if !self.clean_subject(start, sv) {
                let first_comma = (s0..sv).find(|&k| self.w(k) == ",");
                let boundary = (s0..sv).rev().take(10).find(|&k| {
                    matches!(self.w(k), "," | ";" | "—" | "–" | ":")
                        // (a dash typed as ` - ` or ` -- `)
                        || self.w(k) == "-"
                            && self
                                .tokens
                                .get(k + 1)
                                .is_some_and(|t| t.span().start > self.tokens[k].span().end)
                        || !self.in_mention(k) && matches!(
                            self.lw(k).as_str(),
                            "but"
                                | "and"
                                | "which"
                                | "where"
                                | "because"
                                | "while"
                                | "so"
                                | "whom"
                                | "although"
                                | "though"
                                | "as"
                                // (`After officials said A, B …`: a clause, not a phrase.)
                                | "after"
                                | "before"
                                | "since"
                        )
                });
                // Right after a title passed over (`In an interview on “Meet the Press,” Ryan said`).
                let after_title = (past > s0).then(|| past - 1);
                let candidates = [first_comma, boundary, after_title];
                match candidates
                    .into_iter()
                    .flatten()
                    .find(|&b| self.clean_subject(b + 1, sv))
                {
                    Some(b) => start = b + 1,
                    None => continue,
                }
            }
            let found = if quantified {
                Some((rel - 3, rel))
            } else if that_relative
                && !self.lower_is(rel - 2, List::Time)
                && !(rel.saturating_sub(4)..rel - 2)
                    .any(|k| self.lower_is(k, List::Preposition) || self.lw(k) == "of")
            {
                // (`leaked emails that showed …`: the noun `that` stands for, as `cities that
                // oppose …` in the stance pass; not a noun after a preposition, `a letter from
                // his doctor that says`, nor a time; `who` and `which` stay, as sources mark
                // them.)
                Some((rel - 2, rel - 1))
            } else if relative {
                Some((rel - 1, rel))
            } else if let Some((subject, r)) = restricted {
                // (The phrase before `who`: in `Thai officials who monitor Cambodia` the name
                // only qualifies the head.)
                Some((subject, r))
            } else {
                self.subject_before(start, sv)
            };
            let Some(np) = found.filter(|&np| self.nominal(np)) else {
                continue;
            };
            // After a boundary the whole stretch must be the subject, or a title before the
            // name (`…,” Republican vice-presidential nominee Gov. Mike Pence said`).
            let title_before = np.0 <= start + 8
                && self.mention_inside(self.span(np.0, np.1)).is_some()
                && (start..np.0).all(|k| {
                    (self.is_word(k) || matches!(self.w(k), "-" | "."))
                        && !self.lower_is(k, List::Clause)
                        && !self.lower_is(k, List::Preposition)
                });
            if start > s0 && np.0 > start + 4 && !title_before {
                continue;
            }
            if matches!(self.lw(np.0).as_str(), "who" | "which" | "that") && !relative {
                continue;
            }
            let mut c = v + 1;
            // `talking points on …`: `points` is a verb only before `out` or `to`.
            if matches!(vw, "points" | "pointed") && !matches!(self.w(c), "out" | "to") {
                continue;
            }
            // `called in to a show`, `called Ann Lee on Friday`: a telephone call, not speech.
            if matches!(vw, "called" | "calls" | "call")
                && (matches!(self.w(c), "in" | "into")
                    || self.mention_starting_at(c).is_some_and(|m| {
                        let after = self.mention_tokens(m).1;
                        !self.is_word(after)
                            || self.lower_is(after, List::Preposition)
                            || self.lower_is(after, List::Time)
                    }))
            {
                continue;
            }
            // `Having said that, …`: a turn of the argument, not a report.
            if vw == "said" && self.lw(v - 1) == "having" {
                continue;
            }
            // `pointed out`
            if matches!(self.w(c), "out" | "on" | "for" | "to")
                && matches!(vw, "pointed" | "called" | "calls" | "insisted" | "points")
            {
                c += 1;
            }
            c = self.past_preposition(v, c);
            // `told reporters (on Thursday) that`, `said in a statement that`
            let address = self.is(v, List::Address);
            // (`said at a rally in Ohio that …`: any plain word of a phrase that opens with a
            // preposition.)
            let venue = self.lower_is(c, List::Preposition);
            let that = (c..hi.min(c + 14))
                .take_while(|&k| {
                    let w = self.lw(k);
                    w == "that"
                        // (`told reporters the corner should never have been given and that
                        // …`: a clause has begun at an auxiliary after its subject; not `told
                        // me on Friday, is that …`.)
                        || address
                            && !(self.is_word(k - 1)
                                && (stance::is_modal(&w)
                                    || matches!(
                                        w.as_str(),
                                        "is" | "are" | "was" | "were" | "has" | "have" | "had"
                                    )))
                        || venue
                            && self.is_word(k)
                            && !self.lower_is(k, List::Clause)
                            && !self.is(k, List::Report)
                            // (`argued in his opening statement that`: after a determiner
                            // an `-ing` word is a modifier.)
                            && (!w.ends_with("ing") || stance::is_determiner(&self.lw(k - 1)))
                            // (`wrote in a note to clients that`: a noun after its article.)
                            && (lexicon::cue_verb(&w).is_none()
                                || matches!(self.w(k - 1), "a" | "an" | "the"))
                        || starts_upper(self.w(k))
                        || is_open_mark(self.w(k))
                        || matches!(w.as_str(), "’s" | "'s")
                        || self.lower_is(k, List::Time)
                        || self.tokens[k].kind == TokenKind::Number
                        || k > c && matches!(self.w(k - 1), "-")
                        || matches!(
                            w.as_str(),
                            "-" | "ruling"
                                | "filing"
                                | "memo"
                                | "opinion"
                                | "decision"
                                | "report"
                                | "column"
                                | "article"
                                | "book"
                                | "op-ed"
                                | "remarks"
                                | "testimony"
                                | "message"
                                | "appearance"
                                | "court"
                        )
                        || one_of!(
                            w.as_str(),
                            "on" | "in"
                                | "at"
                                | "during"
                                | "a"
                                | "an"
                                | "the"
                                | "statement"
                                | "interview"
                                | "email"
                                | "his"
                                | "her"
                                | "their"
                                | "its"
                                | "website"
                                | "blog"
                                | "account"
                                | "speech"
                                | "letter"
                                | "tweet"
                                | "post"
                                | "recent"
                                | "news"
                                | "conference"
                                | "briefing"
                                | "phone"
                                | "of"
                                | "to"
                                | "via"
                                | "by"
                                | "through"
                                | "after"
                                | "before"
                                | "hearing"
                                | "meeting"
                                | "verdict"
                                | "talks"
                                | "call"
                                | "vote"
                                | "game"
                                | "match"
                                | "summit"
                                | "visit"
                                // (`estimated two weeks ago that`)
                                | "two"
                                | "hours"
                                | "days"
                                | "weeks"
                                | "months"
                                | "years"
                                | "ago"
                        )
                })
                .find(|&k| self.lw(k) == "that");
            // `believe that is likely`: here `that` is the clause's subject; `rejected that
            // argument`: after a verb that takes no clause it is a determiner.
            let no_clause = lexicon::cue_verb(vw).is_some_and(|(f, _)| f & lexicon::CLAUSE == 0);
            let that = that.filter(|&t| {
                let subject = one_of!(
                    self.lw(t + 1).as_str(),
                    "is" | "was" | "will" | "would" | "could" | "has" | "had" | "may" | "might"
                );
                let determiner = no_clause && t == c;
                // (`responded with bullets that scattered the mob`: a relative clause.)
                let relative = venue && self.lw(t + 1).ends_with("ed");
                !subject && !determiner && !relative
            });
            // `a disorder she blames on Instagram`: a verb that takes only an object, with a
            // preposition where the object would be, had its object fronted by a relative
            // clause; the sentence's cue comes later.
            if that.is_none()
                && venue
                && lexicon::cue_verb(vw).is_some_and(|(f, _)| f == lexicon::OBJECT)
            {
                continue;
            }
            if let Some(that) = that {
                c = self.past_that(that);
            } else if address {
                // Skip the person addressed (and when: `told voters this weekend he …`).
                if let Some(np) = self.np_after(c, hi) {
                    c = np.1;
                    // (`told voters on Sunday he …`)
                    while c < hi
                        && (self.lower_is(c, List::Time) && !self.time_possessor(c)
                            || self.lw(c) == "on" && self.lower_is(c + 1, List::Time))
                    {
                        c += 1;
                    }
                }
            } else {
                // (`said on Monday the bill …`)
                while c < hi
                    && (self.lower_is(c, List::Time) && !self.time_possessor(c)
                        || self.w(c) == ","
                        || self.lw(c) == "on" && self.lower_is(c + 1, List::Time))
                {
                    c += 1;
                }
                // `voted 7-2 on Monday night to reject …`, `voted unanimously to …`: a verb
                // that takes an infinitive reports from its `to`, past a tally, an adverb and
                // when.
                if lexicon::cue_verb(vw).is_some_and(|(f, _)| f & lexicon::INFINITIVE != 0) {
                    let mut to = c;
                    while to < hi.min(c + 8)
                        && self.w(to) != "to"
                        && (!self.w(to).starts_with(char::is_alphabetic)
                            || self.w(to).ends_with("ly")
                            || self.w(to) == "on"
                            || self.lower_is(to, List::Time))
                    {
                        to += 1;
                    }
                    if self.w(to) == "to" && self.is_word(to + 1) {
                        c = to;
                    }
                }
            }
            while c < hi && matches!(self.w(c), "," | ":" | "—") {
                c += 1;
            }
            if that.is_none() && !address && self.reports_nothing(v, c, hi)
                // (After a comma: `said as much`, `described it as …` are content; `said, as
                // did the campaign, that …` is an aside.)
                || that.is_none()
                    && self.w(c - 1) == ","
                    && self.no_content_at(c)
                    && !(c..hi.min(c + 15))
                        .find(|&k| self.w(k) == ",")
                        .is_some_and(|k| self.lw(k + 1) == "that")
            {
                continue;
            }
            // `As the mayor said on Monday, CLAUSE`: what was said follows the comma.
            if start == s0 + 1 && self.lw(s0) == "as" && self.w(c - 1) != "," {
                if let Some(comma) = (v + 1..hi.min(v + 12)).find(|&k| self.w(k) == ",") {
                    c = comma + 1;
                }
            }
            // `Everything Trump says is a lie`: the object was fronted, no clause follows.
            let gap = np.0 > lo && matches!(self.lw(np.0 - 1).as_str(), "which" | "who" | "that");
            if !relative
                && !address
                && !gap
                && matches!(self.lw(c).as_str(), "is" | "are" | "was" | "were")
            {
                continue;
            }
            // `who said and did the same things`: a second verb, no clause.
            if c == v + 1 && matches!(self.w(c), "and" | "or" | "nor") {
                continue;
            }
            // `he said, adding that …`: the participle's own clause, found by its rule.
            // (`conceded shortly after midnight`: when and nothing more, no verb after it.)
            let only_when = || {
                self.says_when(c) && !(c..hi).any(|k| self.lw(k) == "to" || self.finite_verb_at(k))
            };
            if hi < c + 3
                || !self.is_word(c) && !is_open_mark(self.w(c))
                || self.is(c, List::Participle)
                || only_when()
            {
                return None;
            }
            // `While he acknowledged CLAUSE, Ham also noted …`: a cue in an opening subordinate
            // clause reports up to the comma where the main clause begins.
            let opening =
                (lo..=s0).any(|k| self.opens_subordinate(k)) && !(s0..v).any(|k| self.w(k) == ",");
            // A clause (not an object or a `to` infinitive) may go on past a dash.
            let clause_content = self.lw(c) != "to"
                && lexicon::cue_verb(vw).is_none_or(|(flags, _)| flags & lexicon::CLAUSE != 0);
            // An object (`cited the figure at a forum …`, `has not mentioned Machado since the
            // debate`) ends where an adjunct begins, as the cue lexicon's pass reads one.
            let object_content = that.is_none()
                && !address
                && self.lw(c) != "to"
                && lexicon::cue_verb(vw).is_some_and(|(flags, _)| flags & lexicon::OBJECT != 0)
                && (no_clause || !self.lower_is(c, List::Pronoun) && !self.clause_like(c, hi));
            // An object or a `to` infinitive, not a clause (`declined the offer`, `agreed to
            // lend …`): it ends where the subject's next act begins.
            let phrase_content = that.is_none()
                && !address
                && !self.lower_is(c, List::Pronoun)
                && !self.clause_like(c, hi);
            // `Mr. Lee, who said A, told …`: the aside the source opens ends before its noun's verb.
            // (Also when the aside's cue is its second verb: `Protesters, who marched and
            // called for A, gathered …`.)
            let aside = relative && rel >= 2 && self.w(rel - 2) == "," && self.w(rel - 1) != "that"
                || !relative
                    && (np.1..sv)
                        .rev()
                        .find(|&k| self.w(k) == ",")
                        .is_some_and(|k| matches!(self.lw(k + 1).as_str(), "who" | "which"));
            // `…, arguing that …` and `… and repeatedly says, “Q”` are second attributions.
            // `Police say he fled and refused to stop`: after a cue in the present a verb in
            // the past (or a modal) goes on with the clause's own subject, not the source's.
            let present = (matches!(vw, "says" | "say")
                || matches!(self.lw(v - 1).as_str(), "has" | "have"))
                && !object_content
                && !phrase_content;
            // `A man who said he saw the crash told reporters …`: the clause of a restrictive
            // relative ends before its noun's own verb.
            let restrictive =
                relative && !aside && rel.checked_sub(2).is_some_and(|k| self.w(k) != ",");
            let hi = if restrictive {
                self.main_verb_after(c, hi, object_content || phrase_content)
                    .unwrap_or(hi)
            } else {
                hi
            };
            let infinitive = self.lw(c) == "to";
            let end = (c + 1..hi)
                .find(|&k| {
                    let token = self.token(k);
                    let w = token.text;
                    // (Past an object, only a word of three letters or fewer, a mark or a
                    // non-ASCII word can end the clause: `and`, `but`, `in`, `on`, `,`, `;`.)
                    // (`refused to endorse him during a speech`: an infinitive ends at an
                    // adjunct too.)
                    if !object_content && self.is_word(k) && w.len() > 3 && token.word.ascii() {
                        return infinitive && phrase_content && self.adjunct_at(k);
                    }
                    if present && self.predicate_goes_on(k, v, hi) {
                        return false;
                    }
                    // (Read only where a test needs them: this runs for every token.)
                    let n = || {
                        let mut n = k + 1;
                        while n < hi && self.lower_is(n, List::BetweenSubjectAndVerb) {
                            n += 1;
                        }
                        n
                    };
                    let next = || self.lw(k + 1);
                    // (`…, implicitly putting his name on the line`: the writer's comment.)
                    // (`said: “Q,” adding that …`: also after a quotation.)
                    self.comma_at(k) && (self.is(k + 1, List::Participle) || self.comment_at(k + 1))
                        || w == "and"
                            && (self.is(n(), List::Cue) || self.is(n(), List::Report))
                        // `Republicans said A and Democrats accused …`: a new source's act.
                        // (`urged caution, and Olaf Scholz said …` after a one-word object.)
                        || w == "and"
                            && (k > c + 2 || k == c + 2 && self.w(k - 1) == ",")
                            && self.new_source_after_and(k, hi)
                        // `confirmed the case, as the CDC said …`: another source's clause.
                        || self.comma_at(k) && next() == "as" && self.new_source_after_and(k + 1, hi)
                        // `…, but analysts agreed …`: another source's clause begins
                        // (also after a quotation: `… “was wrong,” but he said …`).
                        || self.comma_at(k)
                            && matches!(
                                next().as_str(),
                                "but" | "yet" | "though" | "although" | "while" | "whereas" | "even"
                            )
                            && (k + 3..hi.min(k + 6)).any(|x| {
                                (self.is(x, List::Report)
                                    || self.is(x, List::Cue)
                                    || self.finite_cue_at(x))
                                    && (k + 2..x).all(|y| {
                                        self.is_word(y) && !self.lower_is(y, List::Clause)
                                    })
                            })
                        || w == ";"
                        || matches!(w, "--" | "—") && !(clause_content && self.dash_goes_on(c, k, hi))
                        || opening && w == "," && k >= c + 3 && self.starts_main_clause(k + 1)
                        || object_content && self.ends_object_at(k)
                        || object_content && k > c + 1 && w == "," && self.object_ends_at_comma(k, hi)
                        || phrase_content && w == "and" && self.next_act_after_and(k, hi)
                        // `agreed to lend $5 million, and the union stepped in`: an object or
                        // infinitive ends where a clause with its own subject begins.
                        || phrase_content
                            && self.comma_at(k)
                            && matches!(next().as_str(), "and" | "but")
                            && self.own_clause_at(k + 2, hi)
                        || (object_content || infinitive && phrase_content)
                            && (self.adjunct_at(k)
                                || w == "as" && self.clause_after_as(k + 1, hi))
                        // `declined that assignment and has since left …`: the subject's next act.
                        || object_content
                            && w == "and"
                            && one_of!(
                                next().as_str(),
                                "has" | "have" | "had" | "was" | "is" | "will" | "would" | "then"
                            )
                        || self.clause_tail(k)
                        // `claimed to have taken the town, as fighting spread`: a clause of the
                        // writer's after an infinitive (not `, as well as …`, `, as much as possible`).
                        || infinitive
                            && self.comma_at(k)
                            && next() == "as"
                            && !matches!(self.lw(k + 2).as_str(), "well" | "part")
                            && self.lw(k + 3) != "as"
                        // `…, who (on Monday) said …`: the relative clause has its own cue.
                        || w == ","
                            && matches!(next().as_str(), "which" | "who")
                            && (k + 2..hi.min(k + 6)).any(|x| self.is(x, List::Report))
                        // (Also a relative clause in an apposition: `Brian Hale, one of two
                        // members who voted for the plan, said …`.)
                        || (aside || relative)
                            && w == ","
                            && (self.finite_verb_at(k + 1) || self.finite_verb_at(n()))
                })
                .unwrap_or(hi);
            let mut hi = end;
            while hi > c + 1 && self.w(hi - 1) == "," {
                hi -= 1;
            }
            return Some(Quote {
                span: self.content(c, hi)?,
                direct: false,
                cue: Some(self.tokens[v].span()),
                speaker: Some(self.speaker(np)),
            });
        }
        None
    }

    /// The start and the `who` of a subject of the verb at `v` from `lo` on that is a noun
    /// phrase and a restrictive relative clause, no comma in it (`People who attended the
    /// meeting`, `A man who said he saw the crash`).
    fn restrictive_subject(&self, lo: usize, v: usize) -> Option<(usize, usize)> {
        // (The `who` first, a few words before the verb: asked of every cue, this stays cheap.)
        let r = (v.saturating_sub(15).max(lo + 1)..v).find(|&k| self.w(k) == "who")?;
        // (`On TikTok, a passenger who …`: past an opening phrase.)
        let lo = self.clause_start(lo, r);
        if r > lo + 4 {
            return None;
        }
        let np = self.np_ending_at(lo, r)?;
        let plain = |k: usize| self.is_word(k) || matches!(self.w(k), "’s" | "'s" | "-");
        // (`A foe who is the subject of a manhunt was charged …`: a passive, no speech.)
        let passive = super::stance::is_be(self.w(v - 1));
        (np.0 == lo
            && !passive
            && !self.lower_is(lo, List::Pronoun)
            && v > r + 1
            && v <= r + 15
            && (r + 1..v).all(|k| plain(k) && !self.is_mark(k)))
        .then_some((lo, r))
    }

    /// The verb of a restrictive relative's noun after the relative's content from `c` (`who
    /// said he saw the crash told …`, `who backed the mayor said …`): a cue after a noun, once
    /// the content has had its own subject (a pronoun opens it) or is an `object`. Not past a
    /// comma.
    fn main_verb_after(&self, c: usize, hi: usize, object: bool) -> Option<usize> {
        if !(object || self.lower_is(c, List::Pronoun)) {
            return None;
        }
        (c + 2..hi.min(c + 30))
            .take_while(|&k| self.is_word(k))
            .find(|&k| {
                self.is(k, List::Cue)
                    && !self.lower_is(k - 1, List::Pronoun)
                    && !self.lower_is(k - 1, List::BetweenSubjectAndVerb)
                    && self.w(k - 1) != "to"
            })
    }

    /// True when the `and` or `but` at token `k` joins a second verb in the past or a modal to
    /// the reported clause (`he fled and refused to stop`, `she would not sign it but would
    /// review it`): read after a cue in the present, that verb cannot be the source's.
    pub(super) fn predicate_goes_on(&self, k: usize, v: usize, hi: usize) -> bool {
        if !matches!(self.w(k), "and" | "but") {
            return false;
        }
        let n = self.past_adverbs(k + 1, hi, &["also", "then", "still"]);
        let w = self.w(n);
        // (`… but noted that …`, `… and said …`: the source's own next words.)
        if self.lw(n + 1) == "that"
            || matches!(w, "said" | "told" | "added" | "noted")
            || w == self.w(v)
        {
            return false;
        }
        let past = w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase())
            || lexicon::cue_verb(w).is_some_and(|(_, form)| form == lexicon::Form::Past);
        n < hi && self.is_word(n + 1) && (past || stance::is_modal(w))
    }

    /// True when an adverb in `-ly` and a participle start at token `k` (`effectively ending
    /// …`, `implicitly putting …`): the writer's comment on what was said.
    pub(super) fn comment_at(&self, k: usize) -> bool {
        let lower = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase());
        let (a, p) = (self.w(k), self.w(k + 1));
        a.len() > 4
            && a.ends_with("ly")
            && lower(a)
            && p.len() > 5
            && p.ends_with("ing")
            && lower(p)
    }

    /// True when token `k` is a comma, or a closing quotation mark right after one (`… was
    /// wrong,” but …`).
    pub(super) fn comma_at(&self, k: usize) -> bool {
        self.is_char(k, b',') || k > 0 && self.is_char(k - 1, b',') && self.is_mark(k)
    }

    /// True when token `k` reads as a finite verb with its complement (`told his aides`, `is
    /// an example`, `warned that`), as the verb of a subject after an aside (`Mr. Lee, who said
    /// A, told …`), not a participle that opens another aside (`approved in May`).
    pub(super) fn finite_verb_at(&self, k: usize) -> bool {
        let w = self.w(k);
        let lower = w.bytes().all(|b| b.is_ascii_lowercase());
        lower
            && (stance::is_modal(w)
                || matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
                // (`…, said on Monday …`: a speech verb is no participle here.)
                || matches!(w, "said" | "says" | "told" | "tells") && self.lw(k + 1) != "to"
                || (self.is(k, List::Report) || self.is(k, List::Cue) || w.ends_with("ed"))
                    && self.is_word(k + 1)
                    && !self.lower_is(k + 1, List::Preposition))
    }

    /// True when token `k` is a finite form of a cue verb of the lexicon (`refuses`, `argued`).
    pub(super) fn finite_cue_at(&self, k: usize) -> bool {
        let w = self.w(k);
        w.bytes().all(|b| b.is_ascii_lowercase())
            && lexicon::cue_verb(w)
                .is_some_and(|(_, form)| matches!(form, lexicon::Form::Past | lexicon::Form::Third))
    }

    /// True when a clause with a subject of its own starts at token `k`: a pronoun, a name or
    /// a definite noun phrase, then within a few words a finite verb (`the union also stepped
    /// in`, `he refuses`).
    pub(super) fn own_clause_at(&self, k: usize, hi: usize) -> bool {
        self.starts_main_clause(k)
            && self.is_word(k)
            && (k + 1..hi.min(k + 6))
                .take_while(|&x| self.is_word(x) || matches!(self.w(x), "’s" | "'s" | "'"))
                .any(|x| {
                    let w = self.w(x);
                    stance::is_modal(w)
                        || matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
                        || self.finite_cue_at(x)
                        || w.len() > 4
                            && w.ends_with("ed")
                            && w.bytes().all(|b| b.is_ascii_lowercase())
                            && self.lw(x + 1) != "by"
                })
    }

    /// Where a reported clause introduced by the `that` at token `t` starts: after it, but at
    /// it when a quotation opens the clause (`said that “Q”`): the clause is then a mixed quote
    /// whose own word is `that`.
    pub(super) fn past_that(&self, t: usize) -> usize {
        let mut k = t + 1;
        if self.w(k) == "," {
            k += 1;
        }
        if is_open_mark(self.w(k)) && self.is_mark(k) {
            t
        } else {
            t + 1
        }
    }

    /// True when the word in `s` at token `v` is a plural noun, the object of the verb or
    /// the adjective before it: `shelved plans to …`, `The budget includes plans to …`,
    /// `its revised plans`.
    pub(super) fn plural_object_at(&self, v: usize) -> bool {
        let prev = self.lw(v.wrapping_sub(1));
        let prev = prev.as_str();
        self.w(v).ends_with('s')
            && (prev.ends_with("ed") && prev.bytes().all(|b| b.is_ascii_lowercase())
                || one_of!(
                    prev,
                    "includes" | "include" | "including" | "contains" | "contain"
                ))
    }

    /// True when token `k` may stand between a subject and its verb: an auxiliary or an
    /// adverb (`has sharply criticized`, `bluntly rejected`), not a noun in `-ly` (`family`).
    pub(super) fn between_subject_and_verb(&self, k: usize) -> bool {
        if self.lower_is(k, List::BetweenSubjectAndVerb) {
            return true;
        }
        let w = self.w(k);
        w.len() > 5
            && w.ends_with("ly")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !one_of!(
                w,
                "family"
                    | "supply"
                    | "assembly"
                    | "anomaly"
                    | "monopoly"
                    | "weekly"
                    | "monthly"
                    | "quarterly"
                    | "daily"
                    | "likely"
                    | "early"
                    | "friendly"
                    | "elderly"
            )
    }

    /// True when the words `np` can be a subject noun phrase: not an adverb (`promptly
    /// voted`), a participle phrase (`dialing back plans`) or a subject with its verb (`they
    /// made plans`).
    pub(super) fn nominal(&self, np: (usize, usize)) -> bool {
        let lower = |k: usize| {
            let w = self.w(k);
            !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())
        };
        let first = self.w(np.0);
        let last = self.w(np.1.saturating_sub(1));
        let adverb = np.1 == np.0 + 1 && lower(np.0) && first.len() > 4 && first.ends_with("ly");
        // (`restructuring experts`, `ruling party` are noun phrases.)
        let participle = lower(np.0)
            && first.len() > 5
            && first.ends_with("ing")
            && (np.1 == np.0 + 1
                || one_of!(
                    self.lw(np.0 + 1).as_str(),
                    "back" | "up" | "out" | "down" | "off" | "away" | "ahead" | "over"
                ));
        let verb_last = np.1 > np.0 + 1
            && lower(np.1 - 1)
            && one_of!(
                last,
                "made" | "make" | "makes" | "had" | "has" | "have" | "did" | "does" | "got" | "get"
            );
        !(adverb || participle || verb_last)
    }

    /// The first token from `n` (before `hi`) that is no adverb: a `-ly` word of five letters
    /// or more, or one of `extra` (`also`, `then` …).
    fn past_adverbs(&self, mut n: usize, hi: usize, extra: &[&str]) -> usize {
        while n < hi && {
            let w = self.lw(n);
            w.len() > 4 && w.ends_with("ly") || extra.contains(&w.as_str())
        } {
            n += 1;
        }
        n
    }

    /// True when the `and` at token `k` after an object opens the subject's next act (`… and
    /// extended benefits to …`, `… and almost immediately disclosed them`), not a second object
    /// (`the plan and its backers`, `jobs and related costs`).
    pub(super) fn next_act_after_and(&self, k: usize, hi: usize) -> bool {
        let n = self.past_adverbs(k + 1, hi, &["also", "then", "later"]);
        let w = self.w(n);
        let aux = one_of!(
            w,
            "has" | "have" | "had" | "was" | "is" | "will" | "would" | "then"
        );
        let past = w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase());
        // The verb takes an object or a complement of its own.
        let after = self.lw(n + 1);
        // (`… and attempted to make the case`, `… and despised them`: an infinitive or an
        // object pronoun is the verb's own too; `referred to her` is no infinitive.)
        let object_follows = self.is_word(n + 1)
            && !matches!(after.as_str(), "and" | "or" | "by")
            && (!self.lower_is(n + 1, List::Clause)
                || matches!(after.as_str(), "him" | "them" | "us" | "me")
                || after == "to"
                    && self.w(n + 2).bytes().all(|b| b.is_ascii_lowercase())
                    && !stance::is_determiner(&self.lw(n + 2)));
        // `… and 5 percent support …`: the next share of a poll.
        let share = self.lw(n + 1) == "percent" && self.w(n).bytes().all(|b| b.is_ascii_digit());
        aux || past && object_follows || share
    }

    /// True when token `k` is a time word that owns the next noun (`said Monday's vote …`,
    /// `told voters Sunday's debate …`): the clause's subject begins there, where a time word
    /// alone is an adverb to skip (`said Monday the vote …`).
    pub(super) fn time_possessor(&self, k: usize) -> bool {
        matches!(self.w(k + 1), "’s" | "'s") && self.lower_is(k, List::Time)
    }

    /// True when the comma at token `k` ends an object complement: a relative clause
    /// (`…, which makes him …`) or a participle (`…, killing 17`) follows, not an apposition
    /// (`the North's leader, Kim Jong Un, of …`) or the verb's second complement after a
    /// relative clause (`accused Rafael Cruz, who was born in Cuba, of …`).
    pub(super) fn object_ends_at_comma(&self, k: usize, hi: usize) -> bool {
        let next = self.lw(k + 1);
        let mut n = k + 1;
        while n < hi && matches!(self.lw(n).as_str(), "further" | "also" | "even" | "often") {
            n += 1;
        }
        let participle = self.lw(n).ends_with("ing")
            && self.w(n).bytes().all(|b| b.is_ascii_lowercase())
            && self.w(n).len() > 5;
        let relative = matches!(next.as_str(), "which" | "who" | "whose")
            && !(k + 2..hi).any(|x| {
                self.w(x) == ","
                    && matches!(self.lw(x + 1).as_str(), "of" | "as" | "for" | "with" | "to")
            });
        participle || relative
    }

    /// True when a subject and its finite verb open at token `k`, after `as` (`condemned the
    /// launch as the army fired …`: when or why, not what): `the army fired`, `Trump
    /// consolidates`, `he did`; not a noun phrase alone (`as a giveaway`, `as the worst deal
    /// ever made`, `as “super predators”`).
    pub(super) fn clause_after_as(&self, k: usize, hi: usize) -> bool {
        if matches!(self.lw(k).as_str(), "he" | "she" | "they" | "we" | "it") {
            return self.lower_is(k + 1, List::BetweenSubjectAndVerb)
                || self.finite_after_noun(k + 1, true);
        }
        if !self.is_word(k) {
            return false;
        }
        // After a determiner the noun phrase runs to its verb in at most three words; else the
        // verb follows the first word (`as prices rose`, not `as proof foreigners can …`).
        let det = stance::is_determiner(&self.lw(k));
        let from = k + 1 + usize::from(det);
        (from..hi.min(if det { from + 3 } else { from + 1 }))
            .find(|&m| {
                !self.is_word(m)
                    || self.lower_is(m, List::Preposition)
                    || stance::is_determiner(&self.lw(m))
                    || self.finite_after_noun(m, det)
                    || one_of!(
                        self.lw(m).as_str(),
                        "ever" | "never" | "once" | "who" | "which" | "that" | "and" | "or" | "but"
                    )
            })
            .is_some_and(|m| self.finite_after_noun(m, det))
    }

    /// True when token `m` reads as the finite verb of the noun phrase before it: an
    /// auxiliary, a past form not before a preposition, or an `-s` form after a name or, when `plain` (a pronoun or
    /// `the` opened the phrase), after a singular noun (`the mayor consolidates`, not `super
    /// predators`).
    fn finite_after_noun(&self, m: usize, plain: bool) -> bool {
        let w = self.w(m);
        if m == 0 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        let before = self.w(m - 1);
        stance::is_be(w)
            || stance::is_modal(w)
            || matches!(w, "has" | "have" | "had")
            // (`a witness wanted for questioning`: a participle before its preposition.)
            || w.len() > 4 && w.ends_with("ed") && !self.lower_is(m + 1, List::Preposition)
            || w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && (plain && !before.ends_with('s')
                    || before.starts_with(|c: char| c.is_ascii_uppercase()))
    }
}
