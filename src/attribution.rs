//! Stage 5: who said each quote. Direct quotes get their cue and speaker from the patterns of
//! news writing (`“Q,” X said.` / `“Q,” said X.` / `X said: “Q”` / `“A,” he said, “B.”` /
//! `“Q” ― Name` / a quote paragraph with no cue that continues the previous speaker /
//! `Trump called the deal “a disaster”`); reported speech (`X said (that) CLAUSE`, `CLAUSE, X
//! said`, `CLAUSE, said X`, `according to X, CLAUSE`, `The deal, he said, was …`, `…, saying
//! CLAUSE`, `…, but Y said CLAUSE`, headlines such as `Pence: CLAUSE`) becomes a quote with
//! `direct: false`, and may contain quoted fragments (a mixed quote), which stay nested inside it.
//! Scare quotes and titles (`on CNN’s “State of the Union”`, a title-case name mid-sentence) get
//! no cue and no speaker.
//!
//! Speakers are local mentions (`he`, `Ni`, `the spokesman`, `defence analysts`, `who`) resolved
//! to entities where possible: a name to its own entity, `he`/`she` to the last person named
//! outside quotes, `it` to the last organisation, `who` to the name before it, a role noun (`the
//! spokesman`) to the last person whose role or title names it.
//!
//! Everything is one pass over the sentences with binary searches into the sorted mentions and
//! quote pieces, so the cost is linear in the text.
//!
//! This file holds [`attribute`], the `Context` it reads and the token and mention accessors
//! every rule uses; the rules live in submodules, each with its own `impl Context` block:
//! `direct` (cues of direct quotes), `reported` and `clauses` (reported speech), `speakers`
//! (noun phrases and their entities), `stance` (the cue lexicon's pass), with the word lists in
//! `lists`, the cue lexicon in `lexicon`, list lookups in `words` and pronoun genders in `gender`.

use crate::coref::Entity;
use crate::entities::{EntityKind, Mention};
use crate::quotes::QuoteMarks;
use crate::segment::{Document, Part, Token, TokenBlocks, TokenKind};
use crate::span::Span;
use lists::{
    has_alphanumeric, in_list, is_open_mark, is_quote_char, is_sentence_end, lexicon, starts_upper,
    List,
};
use words::{lower, Lookup, Lower, Word};

mod clauses;
mod direct;
mod evidence;
mod gender;
mod interview;
mod lexicon;
mod lists;
mod nouncues;
mod reported;
mod speakers;
mod stance;
mod words;

pub use lists::is_cue_verb;

/// A quote with its attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The content: inside the marks for a direct quote, the reported clause otherwise.
    pub span: Span,
    /// True for a quotation in marks, false for reported speech.
    pub direct: bool,
    /// The word(s) that attribute it (`said`, `told`, `according to`, `:`).
    pub cue: Option<Span>,
    /// Who said it, if the text names anyone.
    pub speaker: Option<Speaker>,
}

/// The local mention of a quote's source and the entity it refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The local mention (`he`, `Ni`, `defence analysts`).
    pub span: Span,
    /// Index of the entity it refers to, when resolved.
    pub entity: Option<usize>,
}

struct Context<'a> {
    text: &'a str,
    doc: &'a Document,
    tokens: &'a [Token],
    mentions: &'a [Mention],
    mention_entity: &'a [usize],
    entities: &'a [Entity],
    pieces: &'a [QuoteMarks],
    /// The nicknames in names with their marks (`"Cia"` in `Marcia "Cia" Price`), in order:
    /// no pieces, and their marks are no quotation marks.
    names: Vec<Span>,
    /// For each mention index `i`, the entity of the last person mention before it that is
    /// not inside a quote (`None` when there is none).
    last_person: Vec<Option<usize>>,
    /// The same for organisations, for `it`.
    last_org: Vec<Option<usize>>,
    /// For each mention, true when it can be the antecedent of a pronoun (a person named
    /// outside quotes and credit lines).
    antecedent: Vec<bool>,
    /// For each piece, true when it follows a word that makes it a title or a name.
    titles: Vec<bool>,
    /// What the article calls each entity: `he`, `she` or neither clearly.
    genders: Vec<gender::Gender>,
    /// What the word lists say about each token (`words[k]` for token `k`), read once: the
    /// rules read each token many times.
    words: Vec<Word>,
    /// The tokens by position, for [`Context::token_at`].
    block_tokens: TokenBlocks,
    /// For each mention, its first token and the first token at or after its end
    /// ([`Context::mention_tokens`]): the speaker rules ask for them again and again.
    mention_tokens: Vec<(u32, u32)>,
    /// The text being read (all of it when it fits, else the paragraph), its ASCII letters in
    /// lower case, from byte `low_start` of the text: [`Context::lw`] slices an ASCII or
    /// lower-case token out of it instead of lowering it into a buffer at every call. One
    /// buffer, reused.
    low: String,
    low_start: usize,
    /// The text of every token of the same window, from token `texts_from` on: [`Context::w`]
    /// reads it there without slicing the text (and checking char boundaries) at every call.
    texts: Vec<&'a str>,
    texts_from: usize,
    /// `reported_clause`'s buffer of which readings are stances inside speech, taken and put
    /// back by each clause.
    stances: std::cell::Cell<Vec<bool>>,
}

/// The longest stretch of text [`Context::low`] holds (in a longer text it holds the
/// paragraph, in a longer paragraph the sentence; a longer sentence's tokens are lowered one by
/// one, as outside the window).
const LOW_MAX: usize = 1 << 16;

/// Attributes the direct quote pieces and finds reported speech, returning all quotes in text
/// order.
pub fn attribute(
    text: &str,
    doc: &Document,
    pieces: &[QuoteMarks],
    mentions: &[Mention],
    mention_entity: &[usize],
    entities: &[Entity],
) -> Vec<Quote> {
    let mut last_person = Vec::with_capacity(mentions.len() + 1);
    let mut last_org = Vec::with_capacity(mentions.len() + 1);
    let mut antecedent = vec![false; mentions.len()];
    let (mut person, mut org) = (None, None);
    let mut pi = 0;
    let mut di = 0;
    for (mi, m) in mentions.iter().enumerate() {
        last_person.push(person);
        last_org.push(org);
        while pieces
            .get(pi)
            .is_some_and(|p| p.content.end <= m.span.start)
        {
            pi += 1;
        }
        let quoted = pieces.get(pi).is_some_and(|p| p.content.contains(m.span));
        // The author of a byline or credit line is no antecedent of `he`/`she` in the story,
        // nor the agency of a dateline (`BANGKOK (Reuters) -`) of `it`.
        let credit = doc
            .sentence_at(m.span.start)
            .and_then(|si| doc.sentences.get(si))
            .and_then(|s| doc.paragraphs.get(s.paragraph))
            .is_some_and(|p| matches!(p.part, Part::Byline | Part::Credit));
        let datelines = &doc.inline_datelines;
        while datelines.get(di).is_some_and(|d| d.end <= m.span.start) {
            di += 1;
        }
        let dateline = datelines.get(di).is_some_and(|d| d.contains(m.span));
        if quoted || credit || dateline {
            continue;
        }
        let entity = mention_entity.get(mi).copied();
        match m.kind {
            EntityKind::Person => {
                person = entity.or(person);
                if let Some(a) = antecedent.get_mut(mi) {
                    *a = true;
                }
            }
            EntityKind::Org => org = entity.or(org),
            _ => {}
        }
    }
    last_person.push(person);
    last_org.push(org);
    // A nickname inside a name (`Marcia "Cia" Price`) is part of the name, not a quote.
    let names: Vec<Span> = pieces
        .iter()
        .filter(|p| is_nickname(text, doc, p, mentions))
        .map(QuoteMarks::outer)
        .collect();
    let kept: Vec<QuoteMarks>;
    let pieces = if names.is_empty() {
        pieces
    } else {
        kept = pieces
            .iter()
            .filter(|p| names.binary_search(&p.outer()).is_err())
            .copied()
            .collect();
        &kept
    };
    let mut cx = Context {
        text,
        doc,
        tokens: &doc.tokens,
        mentions,
        mention_entity,
        entities,
        pieces,
        names,
        last_person,
        last_org,
        antecedent,
        titles: Vec::new(),
        genders: gender::genders(text, doc, pieces, mentions, mention_entity, entities),
        words: Vec::new(),
        block_tokens: TokenBlocks::new(text.len(), &doc.tokens),
        mention_tokens: Vec::new(),
        low: String::new(),
        low_start: 0,
        texts: Vec::new(),
        texts_from: 0,
        stances: Default::default(),
    };
    // A text that fits the window is lowered once, whole: every rule, the direct quotes' too,
    // reads its tokens there.
    let whole = Span::new(0, text.len());
    if whole.len() <= LOW_MAX {
        cx.lower_window(whole);
    }
    cx.mention_tokens = cx.find_mention_tokens();
    // (After the window: its token texts are sliced once, for the lists too.)
    let words = (doc.tokens.iter().enumerate())
        .map(|(k, t)| word_of(cx.w(k), t.kind))
        .collect();
    cx.words = words;
    cx.titles = (0..pieces.len()).map(|i| cx.reads_as_title(i)).collect();

    let mut direct: Vec<Quote> = pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (cue, speaker) = cx.direct_attribution(i).unzip();
            Quote {
                span: p.content,
                direct: true,
                cue,
                speaker: speaker.flatten(),
            }
        })
        .collect();
    let could_continue = cx.carry_over(&mut direct);

    let mut direct_cues: Vec<usize> = direct
        .iter()
        .filter_map(|q| q.cue.map(|c| c.start))
        .collect();
    crate::sort::heap_sort(&mut direct_cues);
    let mut reported = Vec::new();
    for sentence in &doc.sentences {
        let in_body = doc
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| p.part == Part::Body);
        let before = reported.len();
        // The headline (the title, or a first paragraph read as body).
        let title = doc
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| p.part == Part::Title)
            || sentence.paragraph == 0;
        // Else the paragraph's text in lower case, for `lw` (the sentence's in a paragraph too
        // long for the buffer).
        let window = if whole.len() <= LOW_MAX {
            whole
        } else {
            doc.paragraphs
                .get(sentence.paragraph)
                .map(|p| p.span)
                .filter(|p| p.len() <= LOW_MAX)
                .unwrap_or(sentence.span)
        };
        if (in_body || title) && Span::new(cx.low_start, cx.low_start + cx.low.len()) != window {
            cx.lower_window(window);
        }
        if in_body {
            cx.reported(sentence.tokens.clone(), &direct, &mut reported);
        }
        if title && reported.len() == before {
            reported.extend(cx.headline(sentence.tokens.clone()));
        }
    }
    // A clause whose cue already attributes a direct quote is that quote, not reported speech.
    // A mixed quote (`The plan “has failed,” he said`) keeps its clause.
    reported.retain(|q| {
        let shared = q
            .cue
            .is_some_and(|c| direct_cues.binary_search(&c.start).is_ok());
        // (Only a clause that shares its cue is in question: the tests below read text.)
        if !shared {
            return true;
        }
        let first = q.span.slice(text).split_whitespace().next().unwrap_or("");
        let first = lower(first);
        // `told me, “Q”`: the addressee and the quote, no clause of the source's own.
        let addressed = pieces
            .get(pieces.partition_point(|p| p.outer().start < q.span.start))
            .and_then(|p| text.get(q.span.start..p.outer().start))
            .is_some_and(|lead| {
                // (At most two words: the third is not looked for past the next piece.)
                lead.split_whitespace().nth(2).is_none()
                    && lead.trim_end().ends_with([',', ':'])
                    && !lead.starts_with("that")
            });
        // (`This is “…,” Reuters reported`: `this` is a time word only before one, `this
        // week`.)
        let time_first = in_list(List::Time, &first)
            && (first != "this"
                || q.span
                    .slice(text)
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| in_list(List::Time, &lower(w))));
        // (`said of his striker: “Q”`: the phrase says whom the quote is about.)
        let fragment_inside = !first.starts_with(is_quote_char)
            && !in_list(List::Preposition, &first)
            && first != "of"
            && !time_first
            && !addressed;
        // `he said “budget reforms” and unpaid taxes would pay for it`: a short quoted
        // fragment opens a longer clause.
        let k = pieces.partition_point(|p| p.outer().start < q.span.start);
        // `said via email that, “Q” against …`: after `that` a quote of any length opens it.
        let after_that = text
            .get(..q.span.start)
            .map(|t| t.trim_end_matches([' ', ',']))
            .is_some_and(|t| t.ends_with(" that"));
        let clause_goes_on = pieces
            .get(k)
            .filter(|p| {
                p.outer().start == q.span.start
                    && (after_that || p.content.slice(text).split_whitespace().nth(6).is_none())
            })
            .and_then(|p| text.get(p.outer().end..q.span.end))
            .is_some_and(|rest| {
                !rest.trim_start().starts_with([',', '.', ';', ':'])
                    && rest
                        .split_whitespace()
                        .filter(|w| has_alphanumeric(w))
                        .nth(2)
                        .is_some()
            });
        fragment_inside || clause_goes_on
    });
    // A quote sentence with no cue right after reported speech continues its speaker
    // (`…, Schiff said. “The other factor is …”`).
    crate::sort::stable_sort_by_key(&mut reported, |q| q.span.start);
    for (i, q) in direct.iter_mut().enumerate() {
        if !could_continue.get(i).copied().unwrap_or(false) {
            continue;
        }
        let Some(piece) = pieces.get(i) else {
            continue;
        };
        let k = reported.partition_point(|r| r.span.end <= piece.open.start);
        let Some(prev) = k.checked_sub(1).and_then(|k| reported.get(k)) else {
            continue;
        };
        let prev_para = doc
            .paragraphs
            .partition_point(|p| p.span.end <= prev.span.start);
        let opens = doc
            .paragraphs
            .get(piece.paragraph)
            .is_some_and(|p| p.span.start == piece.open.start);
        let near = prev_para == piece.paragraph || opens && prev_para + 1 == piece.paragraph;
        let after_direct = i
            .checked_sub(1)
            .and_then(|j| pieces.get(j))
            .is_some_and(|p| p.content.start > prev.span.end);
        if near && !after_direct && prev.speaker.is_some() {
            q.speaker = prev.speaker;
            q.cue = prev.cue;
        }
    }
    // Else one after a sentence of its paragraph whose subject is a person is that person's
    // (`Asked about it, Ruiz shrugged. “They are entitled to their view.”`).
    for (i, q) in direct.iter_mut().enumerate() {
        if q.speaker.is_none() && could_continue.get(i).copied().unwrap_or(false) {
            q.speaker = cx.subject_before_quote(i);
        }
    }
    // A fragment inside a reported clause (a mixed quote) is in the clause's speaker's words:
    // a quoted sentence, a phrase of four words or more (`Wynn said Olsen had "sold the office
    // he swore to protect."`), or a shorter one that is a coordination or a verb (`said the
    // decision was "painful but necessary"`, `said it "firmly opposes" the move`). A word or a
    // short noun phrase stays a title or a scare quote (`the "deal"`).
    for (i, q) in direct.iter_mut().enumerate() {
        let content = q
            .span
            .slice(text)
            .trim_end_matches(['’', '\'', '”', '"', ' ']);
        let sentence = content.starts_with(char::is_uppercase)
            && content.ends_with(['.', '?', '!'])
            && content.split_whitespace().count() >= 4;
        let mut first_words = [""; 4];
        let mut n = 0;
        for (slot, w) in first_words.iter_mut().zip(content.split_whitespace()) {
            *slot = w.trim_end_matches([',', '.', ';']);
            n += 1;
        }
        let words = first_words.get(..n).unwrap_or_default();
        // Two or three words: a coordination, an adverb and its verb, an adverb and its
        // adjective after a copula, a verb phrase after an auxiliary (`had “taken control
        // measures”`) or in `-ing`, not a noun phrase that may be a scare quote (`“no evidence”`).
        let short_speech = words.len() >= 2
            && (words
                .iter()
                .any(|w| matches!(*w, "and" | "but" | "or" | "nor" | "yet"))
                || words.len() == 2
                    && words[0].ends_with("ly")
                    && (words[1].ends_with('s') || words[1].ends_with("ed") || cx.after_copula(i))
                || cx.after_auxiliary(i, words[0])
                // A verb's `-ing` form and what it takes (`accused Washington of “fuelling the
                // conflict”`).
                || words[0].len() > 5 && words[0].ends_with("ing"));
        // Three words joined in the middle (`“bigger than feared”`, `“committed to
        // dialogue”`), not after an article or a preposition (`the “war on terror”`).
        let joined = words.len() == 3
            && (in_list(List::Preposition, words[1]) || matches!(words[1], "of" | "as"));
        let phrase =
            content.starts_with(char::is_lowercase) && (words.len() >= 4 || short_speech || joined);
        // (`a “frank and in-depth” exchange`: a lower-case modifier after `a` is no title;
        // `accused them of “using talks as a cover”`: nor is a long phrase after a
        // preposition.)
        let speech = phrase && (short_speech || words.len() >= 4 && cx.after_preposition(i));
        let title = !speech && cx.after_title_word(i);
        // (`… said that the country would not negotiate “under pressure,” state media
        // reported`: a fragment inside a clause reported before it is in that clause's
        // speaker's words, whatever cue follows the sentence.)
        let cued_after =
            q.cue.is_some_and(|c| c.start >= q.span.end) && content.starts_with(char::is_lowercase);
        if !cued_after && (q.cue.is_some() || q.speaker.is_some() || !(sentence || phrase) || title)
        {
            continue;
        }
        let k = reported.partition_point(|r| r.span.start <= q.span.start);
        let holder = reported[..k].iter().rev().take(3).find(|r| {
            r.span.contains(q.span) && (!cued_after || r.cue.is_some_and(|c| c.end <= q.span.start))
        });
        if let Some(r) = holder {
            q.cue = r.cue;
            q.speaker = r.speaker;
        }
    }
    // A quotation after `that`, cued by a thought or an agreement inside what a source is
    // reported to have said, is that source's words (`Kishida told reporters he and Xi had
    // agreed that “Q”`; `said his neighbour had shouted “Q”` and `said Sununu lamented that
    // “Q”` are the neighbour's and Sununu's).
    for (i, q) in direct.iter_mut().enumerate() {
        let Some(cue) = q.cue.filter(|c| {
            one_of!(
                words::ascii_lower(c.slice(text)).as_str(),
                "agreed"
                    | "agree"
                    | "agrees"
                    | "believed"
                    | "believes"
                    | "hoped"
                    | "hopes"
                    | "thought"
                    | "thinks"
                    | "felt"
                    | "feels"
                    | "knew"
                    | "knows"
                    | "understood"
                    | "accepted"
                    | "decided"
            )
        }) else {
            continue;
        };
        let after_that = pieces.get(i).is_some_and(|p| {
            let t = cx.token_at(p.open.start);
            t > 0 && cx.lw(t - 1) == "that"
        });
        if !after_that {
            continue;
        }
        let k = reported.partition_point(|r| r.span.start <= cue.start);
        let near = &reported[k.saturating_sub(3)..k];
        if let Some(r) = cx.speech_around_stance(q, near) {
            q.cue = r.cue;
            q.speaker = r.speaker;
        }
    }
    // A paragraph set off by an introduction ending in a colon (`The governor added:`), its
    // quotation marks lost: the whole paragraph is the source's words. What was read inside
    // it as reported speech is part of them.
    for pi in 1..doc.paragraphs.len() {
        let Some(block) = cx
            .block_after_colon(pi)
            .filter(|b| !cx.crosses_piece(b.span))
        else {
            continue;
        };
        if reported.iter().any(|r| r.span.crosses(block.span)) {
            continue;
        }
        reported.retain(|r| !block.span.contains(r.span) || r.span == block.span);
        if !reported.iter().any(|r| r.span == block.span) {
            reported.push(block);
        }
    }
    // Interview transcripts: `WALLACE: …` paragraphs (often each opened by a quotation mark).
    // (A short line such as `WALLACE: Will she be there?` may read as a heading.)
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        if !matches!(
            para.part,
            Part::Body | Part::Heading | Part::Related | Part::Standfirst
        ) || pi == 0
        {
            continue;
        }
        let Some(line) = cx.transcript_line(pi).filter(|l| !cx.crosses_piece(l.span)) else {
            continue;
        };
        let taken = reported
            .iter()
            .any(|r| r.cue == line.cue || r.span == line.span || r.span.crosses(line.span));
        if !taken {
            reported.push(line);
        }
    }
    // Interviews: `Q: …` / `A: …` paragraphs are the interviewer's and the interviewee's
    // words; what was read inside them as reported speech of `I`, `we` or `you` is the
    // line's own words, not another source.
    let lines = cx.qa_lines();
    if !lines.is_empty() {
        let qa = cx.interview(&lines);
        let own_words = |r: &Quote| {
            r.speaker.is_some_and(|s| {
                let first = s.span.slice(text).split_whitespace().next().unwrap_or("");
                let first = lower(first);
                matches!(first.as_str(), "i" | "we" | "you")
                    || first.starts_with("i’")
                    || first.starts_with("i'")
            })
        };
        reported.retain(|r| {
            !qa.iter().any(|l| {
                r.span.crosses(l.span)
                    || r.span == l.span
                    || l.span.contains(r.span) && own_words(r)
            })
        });
        reported.extend(qa);
    }
    // The rules are done: free their tables (a big document's peak is the merge below).
    drop(cx);
    // In text order, the longer of two at one start first, a direct quote before a reported
    // one that ties with it.
    let key = |q: &Quote| (q.span.start, std::cmp::Reverse(q.span.end));
    let in_order = |v: &[Quote]| {
        v.windows(2)
            .all(|w| matches!(w, [a, b] if key(a) <= key(b)))
    };
    // (Each list is almost always in that order already: merged in one pass then.)
    let mut quotes;
    if !in_order(&direct) || !in_order(&reported) {
        quotes = direct;
        quotes.extend(reported);
        crate::sort::stable_sort_by_key(&mut quotes, key);
    } else {
        quotes = Vec::with_capacity(direct.len() + reported.len());
        let mut reported = reported.into_iter().peekable();
        for d in direct {
            while let Some(r) = reported.next_if(|r| key(r) < key(&d)) {
                quotes.push(r);
            }
            quotes.push(d);
        }
        quotes.extend(reported);
    }
    drop_crossing(&mut quotes);
    quotes
}

/// Drops each reported quote that crosses one before it in `quotes` (in text order, the longer
/// of two at one start first): the layer nests or keeps apart. Two rules may read one sentence
/// two ways (`X warned: “Q,” Ni said.`); the first reading stays. One pass, with the spans
/// still open on a stack: a span that crosses any open one crosses the innermost.
fn drop_crossing(quotes: &mut Vec<Quote>) {
    let mut open: Vec<Span> = Vec::new();
    quotes.retain(|q| {
        while open.last().is_some_and(|o| o.end <= q.span.start) {
            open.pop();
        }
        if !q.direct && open.last().is_some_and(|o| o.crosses(q.span)) {
            return false;
        }
        open.push(q.span);
        true
    });
}

/// True when `piece` is a nickname of one to three capitalised words inside a person's name:
/// within one person mention (`Marcia "Cia" Price`) or after a first name, before the surname
/// (`Robert` `“Bob”` `Menendez`), a space on either side.
fn is_nickname(text: &str, doc: &Document, piece: &QuoteMarks, mentions: &[Mention]) -> bool {
    let outer = piece.outer();
    let Some(close) = piece.close else {
        return false;
    };
    let content = piece.content.slice(text);
    // (Cheap tests first: most pieces are long quotes, and no nickname is.)
    let spaced = content.len() <= 40
        && text
            .get(..piece.open.start)
            .is_some_and(|t| t.ends_with(' '))
        && text.get(close.end..).is_some_and(|t| t.starts_with(' '));
    let name_like = || {
        content.split(' ').count() <= 3
            && content.split(' ').all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '.')
            })
    };
    if !spaced || !name_like() {
        return false;
    }
    let person = |m: &Mention| m.kind == EntityKind::Person;
    let k = mentions.partition_point(|m| m.span.start < outer.start);
    let before = k.checked_sub(1).and_then(|j| mentions.get(j));
    let inside = before.is_some_and(|m| person(m) && m.span.end > outer.end);
    // (The first name alone may be read as a name of no known kind, never as a place or an
    // organisation: `Trump Was ‘Mocking’ Clinton Camp` in a headline.)
    let first_name = |m: &Mention| matches!(m.kind, EntityKind::Person | EntityKind::Misc);
    let after = mentions.partition_point(|m| m.span.start <= outer.end);
    let surname_named = mentions
        .get(after)
        .is_some_and(|m| person(m) && m.span.start == outer.end + 1);
    // (The surname may go unrecognised; in a headline every word is capitalised, so there the
    // surname must be named: `Clinton ‘Deplorables’ Remark Draws Fire`.)
    let headline = piece.paragraph == 0
        || doc
            .paragraphs
            .get(piece.paragraph)
            .is_none_or(|p| p.part == Part::Title);
    let surname = surname_named
        || !headline
            && text
                .get(close.end + 1..)
                .is_some_and(|t| t.starts_with(char::is_uppercase));
    let around = before.is_some_and(|m| first_name(m) && m.span.end + 1 == outer.start) && surname;
    inside || around
}

/// The text of token `k` as the rules read it (`""` past the ends). The colon of a clock time
/// or a score (`06:00`, `3:1`) reads as the whole of it: a mark between two numbers it touches
/// ends no clause, though UAX #29 makes it a token of its own.
fn token_text<'a>(text: &'a str, tokens: &[Token], k: usize) -> &'a str {
    let Some(s) = tokens.get(k).map(Token::span) else {
        return "";
    };
    if is_colon(text, s) {
        let number = |t: Option<&Token>| t.filter(|t| t.kind == TokenKind::Number).map(Token::span);
        if let (Some(a), Some(b)) = (
            number(k.checked_sub(1).and_then(|p| tokens.get(p))),
            number(tokens.get(k + 1)),
        ) {
            if a.end == s.start && b.start == s.end {
                return Span::new(a.start, b.end).slice(text);
            }
        }
    }
    s.slice(text)
}

/// True when `s` is a colon of the text.
#[inline]
fn is_colon(text: &str, s: Span) -> bool {
    s.len() == 1 && text.as_bytes().get(s.start) == Some(&b':')
}

/// What the word lists say about the token `w` of kind `kind`.
fn word_of(w: &str, kind: TokenKind) -> Word {
    // No list word is without a letter.
    if kind == TokenKind::Punct {
        Word::new(Default::default(), matches!(lower(w), Lower::Same(_))).with_ascii(w.is_ascii())
    } else {
        lexicon().word(w)
    }
}

/// The token and mention accessors the rules in the submodules read.
impl<'a> Context<'a> {
    /// Token `k`'s text and word lists (`""` and none past the ends).
    fn token(&self, k: usize) -> Lookup<'a> {
        match self.words.get(k) {
            Some(&word) => Lookup {
                text: self.w(k),
                word,
            },
            None => Lookup::default(),
        }
    }

    /// The text of token `k` (`""` past the ends). A call, not `#[inline]`: inlined into its
    /// ~330 call sites it took 12 KB of the gzipped wasm, for no speed.
    fn w(&self, k: usize) -> &'a str {
        match k
            .checked_sub(self.texts_from)
            .and_then(|i| self.texts.get(i))
        {
            Some(&text) => text,
            None => token_text(self.text, self.tokens, k),
        }
    }

    /// True when token `k` is the single ASCII character `b`: `self.w(k) == ","` without
    /// slicing the text.
    #[inline]
    fn is_char(&self, k: usize, b: u8) -> bool {
        self.tokens.get(k).is_some_and(|t| {
            let s = t.span();
            s.len() == 1 && self.text.as_bytes().get(s.start) == Some(&b)
        })
    }

    /// True when token `k`'s own text (a colon's too, not the clock time [`Context::w`] reads)
    /// ends with `tail`: read in the text's bytes, without slicing it.
    fn ends_with(&self, k: usize, tail: &[u8]) -> bool {
        self.tokens.get(k).is_some_and(|t| {
            let end = t.span().end;
            self.text.as_bytes().get(end.wrapping_sub(tail.len())..end) == Some(tail)
        })
    }

    /// Lowers `span` of the text into [`Context::low`] and keeps its tokens' texts in
    /// [`Context::texts`] (nothing when it is longer than [`LOW_MAX`]).
    fn lower_window(&mut self, span: Span) {
        let mut low = std::mem::take(&mut self.low).into_bytes();
        low.clear();
        self.texts.clear();
        self.texts_from = self.token_at(span.start);
        if span.len() <= LOW_MAX {
            low.extend_from_slice(span.slice(self.text).as_bytes());
            let (text, tokens, first) = (self.text, self.tokens, self.texts_from);
            let inside = tokens.get(first..self.token_at(span.end)).unwrap_or(&[]);
            // (Each token sliced as it comes; only a colon asks about its neighbours.)
            self.texts
                .extend(inside.iter().enumerate().map(|(i, t)| match t.span() {
                    s if is_colon(text, s) => token_text(text, tokens, first + i),
                    s => s.slice(text),
                }));
        }
        words::make_ascii_lower(&mut low);
        // (Only ASCII capitals changed: still UTF-8. Eight bytes at a time and this check cost
        // 0.5 M instructions a bench round less than `str::make_ascii_lowercase`.)
        self.low = String::from_utf8(low).unwrap_or_default();
        self.low_start = span.start;
    }

    /// The text of token `k` in lower case.
    fn lw(&self, k: usize) -> Lower<'_> {
        let (Some(t), Some(w)) = (self.tokens.get(k), self.words.get(k)) else {
            return Lower::Same("");
        };
        let s = t.span();
        if w.lower_case() {
            return Lower::Same(self.w(k));
        }
        if !w.ascii() {
            return lower(s.slice(self.text));
        }
        // (An ASCII word is its ASCII letters lowered: in the window.)
        let low = s
            .start
            .checked_sub(self.low_start)
            .and_then(|a| self.low.get(a..a + s.len()));
        match low {
            Some(low) => Lower::Same(low),
            None => words::ascii_lower(s.slice(self.text)),
        }
    }

    /// True when token `k`, exactly as written, is in `list`.
    #[inline]
    fn is(&self, k: usize, list: List) -> bool {
        self.words.get(k).is_some_and(|w| w.is(list as u32))
    }

    /// True when token `k` in lower case is in `list`.
    #[inline]
    fn lower_is(&self, k: usize, list: List) -> bool {
        self.words.get(k).is_some_and(|w| w.lower_is(list as u32))
    }

    /// The span of tokens `from..to` (empty at `from`'s start when `to` is not past it). A
    /// call: inlined at its ~40 call sites it took 0.9 KB of the gzipped wasm.
    #[inline(never)]
    fn span(&self, from: usize, to: usize) -> Span {
        let start = self.tokens.get(from).map_or(0, |t| t.span().start);
        let end = self
            .tokens
            .get(to.saturating_sub(1))
            .map_or(start, |t| t.span().end);
        Span::new(start, end.max(start))
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind != TokenKind::Punct)
    }

    /// The comma among tokens `from..to` that ends an opening phrase (`In 2012,`): the first
    /// one not inside a date (`On October 18, 2020,`, `On Sunday, May 4,`) nor before a relative
    /// pronoun, which a clause starting after it would cut.
    fn opening_phrase_comma(&self, from: usize, to: usize) -> Option<usize> {
        let end = |c: &usize| {
            let c = *c;
            if self.w(c) != "," {
                return false;
            }
            let next = self.w(c + 1);
            let year = next.len() == 4 && next.bytes().all(|b| b.is_ascii_digit());
            let weekday_month = self.lower_is(c.wrapping_sub(1), List::Time)
                && crate::time::month(&self.lw(c + 1)).is_some();
            !year && !weekday_month
        };
        let c = (from..to).find(end)?;
        // (A relative clause on its noun goes on to its own comma: `Asked about Mensah, who
        // scored twice, Ruiz …`.)
        if matches!(self.w(c + 1), "who" | "which" | "whose") {
            return (c + 1..to).find(end).or(Some(c));
        }
        Some(c)
    }

    /// The mention whose last token is token `i`, if any.
    fn mention_ending_at(&self, i: usize) -> Option<usize> {
        let t = self.tokens.get(i)?;
        let k = self.mentions.partition_point(|m| m.span.end < t.span().end);
        self.mentions
            .get(k)
            .filter(|m| m.span.end == t.span().end)
            .map(|_| k)
    }

    /// The mention that starts at token `i`, if any.
    fn mention_starting_at(&self, i: usize) -> Option<usize> {
        let t = self.tokens.get(i)?;
        let k = self
            .mentions
            .partition_point(|m| m.span.start < t.span().start);
        self.mentions
            .get(k)
            .filter(|m| m.span.start == t.span().start)
            .map(|_| k)
    }

    /// True when token `k` ends a possessive: `’s`, or the apostrophe of a plural
    /// (`Simmons' mother`, `the Democrats' plan`).
    fn possessive_at(&self, k: usize) -> bool {
        matches!(self.w(k), "’s" | "'s") || self.plural_possessive(k)
    }

    /// Where a noun phrase ends whose name ends before token `end`: there, or past the
    /// thing the name possesses (`Japan's Ministry of Defense`, `Olsen's lawyer`), not
    /// reaching token `hi`.
    fn past_possessor(&self, end: usize, hi: usize) -> usize {
        if !self.possessive_at(end) || end + 1 >= hi {
            return end.min(hi);
        }
        if let Some(m) = self.mention_starting_at(end + 1) {
            return self.mention_tokens(m).1.min(hi);
        }
        let mut e = end + 1;
        // (`Vance's brother-in-law`: a hyphen glued on both sides joins one word.)
        let glued = |k: usize| {
            self.tokens.get(k + 1).is_some_and(|n| {
                self.tokens[k].span().end == n.span().start
                    && self.tokens[k - 1].span().end == self.tokens[k].span().start
            })
        };
        while e < hi && e < end + 8 {
            if e > end + 1 && self.w(e) == "-" && glued(e) {
                e += 2;
                continue;
            }
            if !self.is_word(e)
                || self.lower_is(e, List::Clause)
                || self.lower_is(e, List::Preposition)
                || self.lower_is(e, List::Cue)
                || self.lw(e) == "of"
                || e >= end + 5
            {
                break;
            }
            e += 1;
        }
        let e = e.min(hi);
        if e == end + 1 {
            end
        } else {
            e
        }
    }

    /// The last person (or else any) mention inside `span`, passing over a possessor (`Olsen`
    /// in `Olsen's lawyer`, `Japan` in `Japan's Ministry of Defense`).
    fn mention_inside(&self, span: Span) -> Option<usize> {
        let lo = self.mentions.partition_point(|m| m.span.start < span.start);
        let hi = self.mentions.partition_point(|m| m.span.start < span.end);
        let possessor = |k: usize| {
            let after = self.mention_tokens(k).1;
            self.possessive_at(after)
                && self
                    .tokens
                    .get(after)
                    .is_some_and(|t| t.span().end < span.end)
        };
        let inside = (lo..hi).filter(|&k| span.contains(self.mentions[k].span) && !possessor(k));
        let mut any = None;
        let mut person = None;
        for k in inside {
            if self.mentions[k].kind == EntityKind::Person {
                person = Some(k);
            }
            any = any.or(Some(k));
        }
        person.or(any)
    }

    /// The first token of mention `m` and the first token at or after its end (the number of
    /// tokens for a mention that is none). A call: inlined at its ~20 call sites it took 0.1 KB
    /// more of the gzipped wasm, for no speed.
    #[inline(never)]
    fn mention_tokens(&self, m: usize) -> (usize, usize) {
        self.mention_tokens
            .get(m)
            .map_or((self.tokens.len(), self.tokens.len()), |&(a, b)| {
                (a as usize, b as usize)
            })
    }

    /// What [`Context::mention_tokens`] reads, found in one walk over the tokens: the mentions
    /// come in text order (searched again should one start before the last).
    fn find_mention_tokens(&self) -> Vec<(u32, u32)> {
        let tokens = self.tokens;
        let to_u32 = |k: usize| u32::try_from(k).unwrap_or(u32::MAX);
        let (mut first, mut after, mut last) = (0, 0, Span::default());
        let mut out = Vec::with_capacity(self.mentions.len());
        for m in self.mentions {
            if m.span.start < last.start {
                first = self.token_at(m.span.start);
            }
            while tokens
                .get(first)
                .is_some_and(|t| t.span().start < m.span.start)
            {
                first += 1;
            }
            // (A mention that ends before the last one did starts its search at its start.)
            if m.span.end < last.end {
                after = first;
            }
            after = after.max(first);
            while tokens
                .get(after)
                .is_some_and(|t| t.span().start < m.span.end)
            {
                after += 1;
            }
            out.push((to_u32(first), to_u32(after)));
            last = m.span;
        }
        out
    }

    /// Index of the first token at or after byte `pos`. A call: inlined at its ~40 call sites
    /// it took 0.2 KB more of the gzipped wasm.
    #[inline(never)]
    fn token_at(&self, pos: usize) -> usize {
        self.block_tokens.token_at_or_after(self.tokens, pos)
    }

    /// True when `span` overlaps a direct piece without either holding the other.
    fn crosses_piece(&self, span: Span) -> bool {
        let first = self.pieces.partition_point(|p| p.outer().end <= span.start);
        self.pieces[first..]
            .iter()
            .take_while(|p| p.outer().start < span.end)
            .any(|p| span.crosses(p.outer()))
    }

    /// True when token `k` ends a sentence: `.`, `!`, `?`, `;`, but not the full stop of an
    /// abbreviation or an initial (`Mr.`, `D-Mo.)`, `H. Tribe`).
    fn is_stop(&self, k: usize) -> bool {
        // (A word or a number ends no sentence: only punctuation is looked at.)
        if self.is_word(k) {
            return false;
        }
        let w = self.w(k);
        if w != "." {
            return is_sentence_end(w);
        }
        let next = self.w(k + 1);
        if next == ")" || next == "," || next.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        let adjacent = k > 0
            && self
                .tokens
                .get(k - 1)
                .zip(self.tokens.get(k))
                .is_some_and(|(a, b)| a.span().end == b.span().start);
        let abbreviation = self.lower_is(k.wrapping_sub(1), List::Abbreviation);
        // A dotted abbreviation before a weekday or a time zone (capitals ending in `T`) is a
        // clock time that goes on (`at 6 a.m. Thursday`, `9 p.m. ET`); before another capital
        // it may end the sentence (`by 6 a.m. Officials said …`).
        let clock_goes_on = || {
            let next = self.w(k + 1);
            self.w(k.wrapping_sub(1)).contains('.')
                && (self.lower_is(k + 1, List::Time) && next.ends_with("day")
                    || next.len() <= 3
                        && next.ends_with('T')
                        && next.bytes().all(|b| b.is_ascii_uppercase()))
        };
        // (An initial is one character glued to the stop: after a longer word, or a space, the
        // question is not asked.)
        let initial = adjacent
            && self.tokens.get(k - 1).is_some_and(|t| t.span().len() <= 4)
            && crate::segment::is_initial(self.tokens, k, self.text);
        // (Nor one inside a name that goes on after it, `Rep. G.K. Butterfield`: searched for
        // only when the tests above say it is a stop.)
        let in_name = || {
            adjacent
                && self.tokens.get(k).is_some_and(|t| {
                    let t = t.span();
                    let m = self.mentions.partition_point(|m| m.span.end <= t.start);
                    self.mentions
                        .get(m)
                        .is_some_and(|m| m.span.start < t.start && m.span.end > t.end)
                })
        };
        !(adjacent && (abbreviation || clock_goes_on()) || initial || in_name())
    }

    /// True when token `k` is a quotation mark, not the apostrophe of a possessive
    /// (`veterans' families`).
    fn is_mark(&self, k: usize) -> bool {
        // (Marks are punctuation: a word or a number is none.)
        if self.is_word(k) {
            return false;
        }
        let w = self.w(k);
        let possessive = matches!(w, "'" | "’")
            && k > 0
            && self.tokens[k - 1].span().end == self.tokens[k].span().start;
        is_open_mark(w) && !possessive && !self.in_name(k)
    }

    /// True when token `k` is the apostrophe of a plural's possessive (`the veterans’ group`):
    /// glued to a word ending in `s`, and closing no quotation.
    fn plural_possessive(&self, k: usize) -> bool {
        let glued = k > 0
            && self
                .tokens
                .get(k)
                .is_some_and(|t| self.tokens[k - 1].span().end == t.span().start);
        if !glued || !matches!(self.w(k), "’" | "'") || !self.w(k - 1).ends_with(['s', 'S']) {
            return false;
        }
        let at = self.tokens[k].span().end;
        let p = self.pieces.partition_point(|p| p.outer().end < at);
        self.pieces.get(p).is_none_or(|p| p.outer().end != at)
    }

    /// True when token `k` opens a quote: a quotation mark (or an apostrophe) that is no mark
    /// of a nickname.
    fn opens_quote(&self, k: usize) -> bool {
        is_open_mark(self.w(k)) && !self.in_name(k)
    }

    /// True when token `k` is in a nickname with its marks (`"Cia"`).
    fn in_name(&self, k: usize) -> bool {
        let Some(t) = self.tokens.get(k).filter(|_| !self.names.is_empty()) else {
            return false;
        };
        let at = t.span().start;
        let n = self.names.partition_point(|s| s.end <= at);
        self.names.get(n).is_some_and(|s| s.start <= at)
    }

    /// The token range of paragraph `pi`.
    fn paragraph_tokens(&self, pi: usize) -> (usize, usize) {
        self.doc.paragraphs.get(pi).map_or((0, 0), |p| {
            (self.token_at(p.span.start), self.token_at(p.span.end))
        })
    }

    /// The first token of paragraph `pi` (one search, where [`Self::paragraph_tokens`] makes
    /// two).
    fn paragraph_start(&self, pi: usize) -> usize {
        self.doc
            .paragraphs
            .get(pi)
            .map_or(0, |p| self.token_at(p.span.start))
    }
}

#[cfg(test)]
mod tests;
