//! Evidence that reports: a poll, a study, a report or data as the subject of a verb of finding
//! (`A 2014 study that appeared in a journal found that …`, `Polls show a close race`, `Leaked
//! documents from his tax return show he took …`), or closing the sentence (`…, other studies
//! have shown.`). The lexicon's pass reads `show` after a plural noun as a noun and ends a
//! subject at its relative clause; here the evidence noun vouches for both. News writes these
//! the same way everywhere, and the source is almost never anything but what the noun names.

use super::lexicon::{cue_verb, Form};
use super::lists::{starts_upper, List};
use super::stance::nounish;
use super::{Context, Quote};
use crate::span::Span;

/// Nouns of evidence that can report what it shows (`poll`, `study`, `records`).
fn evidence_noun(w: &str) -> bool {
    one_of!(
        w,
        "poll"
            | "polls"
            | "survey"
            | "surveys"
            | "study"
            | "studies"
            | "analysis"
            | "analyses"
            | "report"
            | "reports"
            | "data"
            | "documents"
            | "records"
            | "figures"
            | "numbers"
            | "statistics"
            | "research"
            | "review"
            | "audit"
            | "findings"
            | "filings"
            | "census"
            | "tally"
            | "average"
            | "averages"
            | "estimates"
            | "projections"
            | "results"
            | "investigation"
            | "emails"
            | "memo"
            | "paper"
    )
}

/// Auxiliaries and adverbs between the subject and the verb (`have similarly shown`).
fn aux(w: &str) -> bool {
    one_of!(
        w,
        "has"
            | "have"
            | "had"
            | "also"
            | "now"
            | "still"
            | "already"
            | "further"
            | "even"
            | "consistently"
            | "repeatedly"
            | "similarly"
            | "clearly"
            | "previously"
            | "recently"
            | "generally"
            | "typically"
            | "often"
            | "may"
            | "might"
            | "could"
            | "would"
            | "will"
            | "should"
            | "did"
            | "does"
            | "do"
    )
}

/// Verb forms that cannot stand inside a subject (`is`, `had`, `would`, `didn't`).
fn verbish(w: &str) -> bool {
    super::stance::is_modal(w)
        || one_of!(
            w,
            "is" | "are" | "was" | "were" | "be" | "been" | "being" | "has" | "have" | "had"
        )
        || w.ends_with("n't")
        || w.ends_with("n’t")
}

/// Words that close the subject on its left (`after leaked documents …`, `, and a study …`).
fn opens_subject(w: &str) -> bool {
    one_of!(
        w,
        "," | ";"
            | ":"
            | "—"
            | "–"
            | "("
            | "and"
            | "but"
            | "yet"
            | "that"
            | "because"
            | "after"
            | "as"
            | "while"
            | "when"
            | "since"
            | "though"
            | "although"
            | "if"
            | "so"
            | "where"
            | "whereas"
            | "however"
            | "meanwhile"
    )
}

impl<'a> Context<'a> {
    /// Evidence reporting with its verb at token `v` in the clause `lo..hi`.
    pub(super) fn evidence_at(&self, lo: usize, hi: usize, v: usize) -> Option<Quote> {
        if !self.is(v, List::Finds) {
            return None;
        }
        let mut j = v;
        while j > lo && aux(&self.lw(j - 1)) {
            j -= 1;
        }
        let (s, h) = self.evidence_subject(lo, j)?;
        let cue = Some(self.tokens.get(v)?.span());
        let speaker = Some(self.speaker((s, h + 1)));
        // `…, other studies have shown.`: the clause before is what they found.
        // (Past when: `…, official data showed on Monday.`; and a clause of the writer's:
        // `…, official data showed, as demand …`.)
        let mut after = v + 1;
        loop {
            let past = self.past_when(after);
            if past > after {
                after = past;
            } else if after < hi && matches!(self.w(after), "," | ")") {
                after += 1;
            } else {
                break;
            }
        }
        let writers = after < hi && self.w(after - 1) == "," && self.no_content_at(after);
        if (after >= hi || writers) && s > lo + 4 && self.w(s - 1) == "," {
            let words = (lo..s - 1).filter(|&k| self.is_word(k)).count();
            return (words >= 4).then_some(Quote {
                span: self.content(lo, s - 1)?,
                direct: false,
                cue,
                speaker,
            });
        }
        let mut c = v + 1;
        // `shows in detail how …`
        if self.lw(c) == "in" && self.lw(c + 1) == "detail" {
            c += 2;
        }
        let clause = match self.that_after(c, hi) {
            Some(t) => {
                c = self.past_that(t);
                true
            }
            None => self.clause_like(c, hi),
        };
        let first = self.lw(c);
        if c >= hi
            || !self.is_word(c) && !self.is_mark(c)
            || !clause
                && one_of!(
                    first.as_str(),
                    "by" | "to" | "in" | "on" | "at" | "for" | "with" | "as" | "and" | "or" | "but"
                )
        {
            return None;
        }
        let mut e = self.complement_end(c, hi, |e| !clause && self.ends_object_at(e));
        // `showed that as of Friday, Trump leads …`: a clause goes on past its opening adjunct.
        if clause && self.w(e) == "," && e < c + 5 {
            e = self.complement_end(e + 1, hi, |_| false);
        }
        let words = (c..e).filter(|&k| self.is_word(k)).count();
        if words < 2 {
            return None;
        }
        Some(Quote {
            span: self.content(c, e)?,
            direct: false,
            cue,
            speaker,
        })
    }

    /// The evidence subject that ends before token `j`: its first token and the evidence
    /// noun's. The noun heads a noun phrase that opens the clause (`A new Quinnipiac poll`,
    /// `leaked documents`), and what stands between it and the verb qualifies it (`from his
    /// 1995 tax return`, `that appeared in a journal`, `, which tracks …,`).
    fn evidence_subject(&self, lo: usize, j: usize) -> Option<(usize, usize)> {
        let mut k = j;
        // `The poll, which tracks support daily, showed …`
        if k > lo + 2 && self.w(k - 1) == "," {
            let open = (lo..k - 1).rev().take(30).find(|&x| self.w(x) == ",")?;
            if !matches!(
                self.lw(open + 1).as_str(),
                "which" | "released" | "conducted" | "published" | "taken" | "based"
            ) {
                return None;
            }
            k = open;
        }
        // Back to where the clause opens, at most 25 tokens.
        let mut s = k;
        while s > lo && k - s < 25 {
            let w = self.lw(s - 1);
            let w = w.as_str();
            let word_like = self.is_word(s - 1) || matches!(w, "’s" | "'s" | "-" | "/" | "$" | "%");
            if !word_like || self.is_mark(s - 1) {
                break;
            }
            // `that`/`which` opens a relative clause right after the evidence noun.
            let relative = matches!(w, "that" | "which") && evidence_noun(&self.lw(s - 2));
            // (`…, saying the emails showed …`: a participle opens its object's clause.)
            if opens_subject(w) && !relative || self.lower_is(s - 1, List::Participle) {
                break;
            }
            s -= 1;
        }
        if s >= k {
            return None;
        }
        // The head: the first evidence noun, with only modifiers before it.
        let h = (s..k).find(|&x| evidence_noun(&self.lw(x)))?;
        let modifiers = (s..h).all(|x| {
            let w = self.lw(x);
            let w = w.as_str();
            !one_of!(
                w,
                "of" | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "for"
                    | "from"
                    | "with"
                    | "to"
                    | "who"
                    | "which"
                    | "that"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
            )
        });
        // What follows the noun qualifies it: no finite verb of finding (`the report found …
        // and polls showed`).
        let qualifies = (h + 1..k).all(|x| !self.is(x, List::Finds));
        (modifiers && qualifies).then_some((s, h))
    }

    /// The words that open the clause before the auxiliaries at token `j`, when they read as
    /// one noun phrase with no verb (`About one voter in nine this fall is expected to …`,
    /// `A majority of statements (54%) were rated as …`), or the relative pronoun right before
    /// them (`which is defined as …`): what a passive with no source says something of.
    pub(super) fn clause_subject(&self, lo: usize, j: usize) -> Option<Span> {
        let mut s = j;
        while s > lo {
            let k = s - 1;
            let w = self.lw(k);
            let w = w.as_str();
            if matches!(w, "which" | "who" | "that") {
                if s == j {
                    s = k;
                }
                break;
            }
            if matches!(w, "and" | "or" | "nor") || j - s >= 16 {
                return None;
            }
            if opens_subject(w) || self.is_mark(k) {
                break;
            }
            let glue = one_of!(w, "’s" | "'s" | "-" | "." | "%" | "$" | "(" | ")" | "/");
            if !self.is_word(k) && !glue || verbish(w) {
                return None;
            }
            s = k;
        }
        // (`in what is criticized as …`, `there were signs that …`: no subject.)
        let first = self.lw(s);
        if s == j
            || one_of!(
                first.as_str(),
                "there" | "what" | "in" | "on" | "at" | "of" | "for" | "with" | "by" | "to"
            )
        {
            return None;
        }
        self.content(s, j)
    }

    /// True when token `k` of a headline is a cue verb in the third person (`endorses`,
    /// `Seeks`, `vows`): one that is more often a noun (`Rules`, `Rips`) only in lower case,
    /// where a headline in sentence case shows it is the verb (`Federal court rules against …`).
    pub(super) fn headline_cue(&self, k: usize) -> bool {
        let w = self.w(k);
        let lw = self.lw(k);
        cue_verb(&lw).is_some_and(|(_, form)| form == Form::Third)
            && (w.starts_with(|c: char| c.is_ascii_lowercase()) || !nounish(&lw))
    }

    /// True when the words `s..v` of a headline name a source: all in title case (`Former
    /// White House Doctor`), or in sentence case, a capital first and only words after it
    /// (`Former DNC chairman`, `Flight attendants' union`).
    pub(super) fn headline_source(&self, s: usize, v: usize) -> bool {
        let title = (s..v).all(|k| starts_upper(self.w(k)) || self.w(k) == ".");
        let sentence = starts_upper(self.w(s))
            && (s..v).all(|k| {
                self.is_word(k) && !verbish(&self.lw(k))
                    || matches!(self.w(k), "’s" | "'s" | "’" | "'" | "." | "-")
            });
        title || sentence
    }
}
