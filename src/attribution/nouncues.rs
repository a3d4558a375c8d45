//! Attributions whose cue is no finite verb: a noun of intent before a `to` infinitive (`his
//! refusal to …`, `Obama's nominee to …`) and an impersonal `it is clear (that) …`. Read by the
//! stance pass (`stance.rs`) after its verbs.

use super::{Context, List, Quote};

/// Nouns of intent, commitment or choice whose `to` infinitive is what their owner wants,
/// promised or decided (`her plan to …`).
pub(super) fn intent_noun(w: &str) -> bool {
    let stem = w.strip_suffix('s').unwrap_or(w);
    one_of!(
        stem,
        "plan"
            | "promise"
            | "pledge"
            | "vow"
            | "determination"
            | "nominee"
            | "failure"
            | "commitment"
            | "refusal"
            | "threat"
            | "bid"
            | "intention"
            | "proposal"
    )
}

impl Context<'_> {
    /// `X's plan to …`, `his refusal to …`: the infinitive after a possessed noun of intent,
    /// with the possessor as the source. A noun with no possessor (`a plan to …`) has none.
    #[inline(never)]
    pub(super) fn noun_infinitive_at(&self, lo: usize, hi: usize, v: usize) -> Option<Quote> {
        let verb = self.w(v + 2);
        if self.w(v + 1) != "to"
            || !intent_noun(&self.lw(v))
            || !verb.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            || matches!(verb, "the" | "a" | "an" | "be")
            || self.in_piece(v)
        {
            return None;
        }
        // The owner, past at most one modifier (`his grand plan`, `Trump's latest effort`).
        let k = (v - 1..=v).rev().find(|&k| {
            k > lo
                && matches!(
                    self.lw(k - 1).as_str(),
                    "his" | "her" | "their" | "its" | "’s" | "'s"
                )
        })?;
        // (Not `he’s heralded plans to …`: after a pronoun `’s` is `has` or `is`.)
        let clitic = k
            .checked_sub(2)
            .is_some_and(|p| p >= lo && self.lower_is(p, List::Pronoun));
        if clitic && matches!(self.w(k - 1), "’s" | "'s") {
            return None;
        }
        let owner = match self.w(k - 1) {
            // (The possessor alone, after any preposition outside a name: `a protest against
            // the government's plan to …` → `the government`; `the Bank of England's`.)
            "’s" | "'s" => {
                let (a, b) = self.np_ending_at(lo, k - 1)?;
                let mut start = a;
                for j in a..b {
                    if self.lower_is(j, List::Preposition) && !self.in_mention(j) {
                        start = j + 1;
                    }
                }
                (start < b).then_some((start, b))?
            }
            _ => (k - 1, k),
        };
        let c = v + 1;
        // It ends before the verb of the sentence it is the subject of (`… did not go over
        // well`, `His plans to hide failed`).
        let e = self.complement_end(c, hi, |e| {
            e > c + 1 && (self.clause_like(e - 1, e + 1) || self.w(e).ends_with("ed"))
        });
        (e >= c + 2).then_some(())?;
        self.noun_quote(c, e, v, Some(owner))
    }

    /// `It was clear (that) …`, `Nor is it obvious that …`: a judgement with no source named.
    /// Not `it is not clear what …` or `whether …`: a question is no claim.
    #[inline(never)]
    pub(super) fn clear_that_at(&self, lo: usize, hi: usize, v: usize) -> Option<Quote> {
        if !matches!(self.w(v), "clear" | "obvious" | "evident") || v < lo + 2 {
            return None;
        }
        // `it is`, `is it`, `it's`: the two words before, in either order.
        let before = [self.lw(v - 2), self.lw(v - 1)];
        let it = before.iter().any(|w| w.as_str().starts_with("it"));
        let be = before
            .iter()
            .any(|w| matches!(w.as_str(), "is" | "was" | "’s" | "'s" | "it’s" | "it's"));
        let c = v + 1 + usize::from(self.w(v + 1) == "that");
        if !(it && be) || self.lower_is(c, List::Preposition) || self.in_piece(v) {
            return None;
        }
        let e = self.complement_end(c, hi, |_| false);
        if e < c + 3 || !self.clause_like(c, e) {
            return None;
        }
        self.noun_quote(c, e, v, None)
    }
}
