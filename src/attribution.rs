//! Stage 5: who said each quote. Direct quotes get their cue and speaker from the patterns of
//! news writing (`“Q,” X said.` / `“Q,” said X.` / `X said: “Q”` / a quote paragraph with no cue
//! that continues the previous speaker); reported speech (`X said (that) CLAUSE`, `CLAUSE, X
//! said`, `according to X, CLAUSE`) becomes a quote with `direct: false`.

use crate::coref::Entity;
use crate::entities::{EntityKind, Mention};
use crate::quotes::QuoteMarks;
use crate::segment::{Document, Token, TokenKind};
use crate::span::Span;

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

const CUE_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "asked",
    "asks",
    "wrote",
    "writes",
    "noted",
    "notes",
    "warned",
    "warns",
    "explained",
    "explains",
    "stated",
    "states",
    "declared",
    "declares",
    "insisted",
    "insists",
    "argued",
    "argues",
    "claimed",
    "claims",
    "announced",
    "announces",
    "continued",
    "continues",
    "replied",
    "replies",
    "responded",
    "responds",
    "recalled",
    "recalls",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "suggested",
    "suggests",
    "stressed",
    "stresses",
    "emphasised",
    "emphasized",
    "predicted",
    "predicts",
    "conceded",
    "concedes",
    "tweeted",
    "tweets",
    "posted",
    "remarked",
    "remarks",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "reported",
    "reports",
    "cautioned",
    "cautions",
    "urged",
    "urges",
    "observed",
    "commented",
    "comments",
    "agreed",
    "agrees",
    "believes",
    "believed",
    "thinks",
    "thought",
    "estimated",
    "estimates",
    "predicted",
    "reiterated",
    "pointed",
    "maintained",
    "maintains",
    "contended",
    "contends",
    "complained",
    "complains",
    "boasted",
    "boasts",
    "joked",
    "jokes",
    "quipped",
    "shouted",
    "yelled",
    "whispered",
];

/// Verbs that introduce reported speech (a narrower set: `believes` attributes a stance).
const REPORT_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "warned",
    "warns",
    "noted",
    "notes",
    "stated",
    "argued",
    "argues",
    "claimed",
    "claims",
    "announced",
    "insisted",
    "insists",
    "explained",
    "acknowledged",
    "admitted",
    "suggested",
    "stressed",
    "confirmed",
    "denied",
    "reported",
    "predicted",
    "wrote",
    "writes",
    "believes",
    "believed",
];

/// True for a verb that attributes speech (`said`, `told`, `warned` …).
pub fn is_cue_verb(word: &str) -> bool {
    CUE_VERBS.contains(&word)
}

struct Context<'a> {
    text: &'a str,
    doc: &'a Document,
    mentions: &'a [Mention],
    mention_entity: &'a [usize],
    entities: &'a [Entity],
}

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
    let cx = Context {
        text,
        doc,
        mentions,
        mention_entity,
        entities,
    };
    let mut quotes: Vec<Quote> = pieces
        .iter()
        .map(|p| {
            let (cue, speaker) = cx.direct_attribution(p).unzip();
            Quote {
                span: p.content,
                direct: true,
                cue,
                speaker: speaker.flatten(),
            }
        })
        .collect();
    cx.carry_over(pieces, &mut quotes);
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let in_body = doc
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| p.part == crate::segment::Part::Body);
        let has_direct = pieces.iter().any(|p| sentence.span.overlaps(p.content));
        if in_body && !has_direct {
            quotes.extend(cx.reported(si));
        }
    }
    quotes.sort_by_key(|q| q.span);
    quotes
}

impl Context<'_> {
    fn word(&self, t: &Token) -> &str {
        t.span.slice(self.text)
    }

    /// Cue and speaker of one direct piece, looked for after the closing mark and then before
    /// the opening mark, within the piece's sentence.
    fn direct_attribution(&self, piece: &QuoteMarks) -> Option<(Span, Option<Speaker>)> {
        let sentence = self
            .doc
            .sentences
            .get(self.doc.sentence_at(piece.open.start)?)?;
        let tokens = self.doc.sentence_tokens(sentence);
        let outer = piece.outer();
        let after = tokens.partition_point(|t| t.span.start < outer.end);
        let before = tokens.partition_point(|t| t.span.end <= outer.start);
        self.cue_after(&tokens[after..])
            .or_else(|| self.cue_before(&tokens[..before]))
    }

    /// `, he said` / `, said Li Jie` / `, Ni said` right after a quote.
    fn cue_after(&self, tokens: &[Token]) -> Option<(Span, Option<Speaker>)> {
        let mut i = 0;
        while tokens
            .get(i)
            .is_some_and(|t| matches!(self.word(t), "," | "—" | "–"))
        {
            i += 1;
        }
        let rest = &tokens[i..];
        let first = rest.first()?;
        if is_cue_verb(self.word(first)) {
            // `said X`: the subject follows the verb.
            let subject = self.noun_phrase(&rest[1..]);
            let speaker = subject.map(|s| self.speaker(s));
            return Some((first.span, speaker));
        }
        // `X said`: up to eight words (with an apposition), then the verb.
        let verb = rest
            .iter()
            .take(12)
            .position(|t| is_cue_verb(self.word(t)))?;
        let subject = &rest[..verb];
        if subject
            .iter()
            .any(|t| matches!(self.word(t), "“" | "”" | "\"" | "." | "!" | "?"))
        {
            return None;
        }
        let speaker = self.subject_speaker(subject)?;
        Some((rest[verb].span, Some(speaker)))
    }

    /// `X said: “Q”` / `X told reporters, “Q”` right before a quote.
    fn cue_before(&self, tokens: &[Token]) -> Option<(Span, Option<Speaker>)> {
        let mut end = tokens.len();
        if end > 0 && matches!(self.word(&tokens[end - 1]), ":" | ",") {
            end -= 1;
        }
        let verb = tokens[..end]
            .iter()
            .rposition(|t| is_cue_verb(self.word(t)))
            .filter(|&v| end - v <= 3)?;
        let speaker = self.subject_speaker(&tokens[..verb]);
        Some((tokens[verb].span, speaker))
    }

    /// The speaker named in a subject: a person mentioned in it, a pronoun, or the noun phrase
    /// itself (`defence analysts`).
    fn subject_speaker(&self, subject: &[Token]) -> Option<Speaker> {
        let span = Span::new(subject.first()?.span.start, subject.last()?.span.end);
        let inside = |m: &&Mention| span.contains(m.span);
        let mention = self
            .mentions
            .iter()
            .filter(inside)
            .find(|m| m.kind == EntityKind::Person)
            .or_else(|| self.mentions.iter().find(inside));
        if let Some(m) = mention {
            return Some(self.speaker(m.span));
        }
        // The last words before the verb, back to punctuation.
        let start = subject
            .iter()
            .rposition(|t| t.kind == TokenKind::Punct && self.word(t) != "-")
            .map_or(0, |p| p + 1);
        let words = &subject[start..];
        if words.is_empty() || words.len() > 5 {
            return None;
        }
        Some(self.speaker(Span::new(
            words[0].span.start,
            words[words.len() - 1].span.end,
        )))
    }

    /// The noun phrase at the start of `tokens` (after `said`): a mention, a pronoun, or words
    /// up to punctuation.
    fn noun_phrase(&self, tokens: &[Token]) -> Option<Span> {
        let first = tokens.first()?;
        if let Some(m) = self
            .mentions
            .iter()
            .find(|m| m.span.start == first.span.start)
        {
            return Some(m.span);
        }
        let end = tokens
            .iter()
            .take(6)
            .position(|t| t.kind == TokenKind::Punct && self.word(t) != "-")
            .unwrap_or(tokens.len().min(6));
        let words = &tokens[..end];
        let last = words.last()?;
        Some(Span::new(first.span.start, last.span.end))
    }

    /// A speaker for a local mention, resolved to an entity: a named mention's own entity, a
    /// pronoun's most recent person.
    fn speaker(&self, span: Span) -> Speaker {
        let entity = self
            .mentions
            .iter()
            .position(|m| m.span == span)
            .and_then(|mi| self.mention_entity.get(mi).copied())
            .or_else(|| {
                let word = span.slice(self.text);
                matches!(word, "he" | "He" | "she" | "She")
                    .then(|| self.last_person_before(span.start))
                    .flatten()
            });
        Speaker { span, entity }
    }

    fn last_person_before(&self, pos: usize) -> Option<usize> {
        self.mentions
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, m)| m.span.end <= pos && m.kind == EntityKind::Person)
            .find_map(|(mi, _)| self.mention_entity.get(mi).copied())
            .filter(|&e| {
                self.entities
                    .get(e)
                    .is_some_and(|e| e.kind == EntityKind::Person)
            })
    }

    /// Pieces with no cue of their own: a quote running over several paragraphs takes the
    /// attribution of its last piece, and a paragraph that opens with a quote continues the
    /// previous quote paragraph's speaker.
    fn carry_over(&self, pieces: &[QuoteMarks], quotes: &mut [Quote]) {
        for i in (0..pieces.len()).rev() {
            let runs_on = pieces[i].close.is_none()
                && pieces
                    .get(i + 1)
                    .is_some_and(|n| n.paragraph == pieces[i].paragraph + 1);
            if runs_on && quotes[i].speaker.is_none() {
                quotes[i].speaker = quotes[i + 1].speaker;
                quotes[i].cue = quotes[i + 1].cue;
            }
        }
        for i in 1..pieces.len() {
            if quotes[i].speaker.is_some() {
                continue;
            }
            // A second quote sentence in the same paragraph (`“A,” he said. “B.”`), or a
            // paragraph that opens with a quote after a quote paragraph.
            let para = self.doc.paragraphs.get(pieces[i].paragraph);
            let opens_paragraph = para.is_some_and(|p| p.span.start == pieces[i].open.start);
            let same_paragraph = pieces[i - 1].paragraph == pieces[i].paragraph;
            let previous_paragraph = pieces[i - 1].paragraph + 1 == pieces[i].paragraph;
            let words = pieces[i]
                .content
                .slice(self.text)
                .split_whitespace()
                .count();
            if words > 3 && (same_paragraph || opens_paragraph && previous_paragraph) {
                quotes[i].speaker = quotes[i - 1].speaker;
                quotes[i].cue = quotes[i - 1].cue;
            }
        }
    }

    /// Reported speech in sentence `si`.
    fn reported(&self, si: usize) -> Option<Quote> {
        let sentence = self.doc.sentences.get(si)?;
        let tokens = self.doc.sentence_tokens(sentence);
        let mut end = tokens.len();
        while end > 0 && tokens[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        let tokens = &tokens[..end];
        self.according_to(tokens)
            .or_else(|| self.clause_then_cue(tokens))
            .or_else(|| self.cue_then_clause(tokens))
    }

    /// `CLAUSE, X said` and `CLAUSE, X said, as …`.
    fn clause_then_cue(&self, tokens: &[Token]) -> Option<Quote> {
        for (v, t) in tokens.iter().enumerate().skip(2) {
            if !REPORT_VERBS.contains(&self.word(t)) {
                continue;
            }
            let after_ok = tokens.get(v + 1).is_none_or(|n| self.word(n) == ",");
            let comma = tokens[..v].iter().rposition(|t| self.word(t) == ",")?;
            if !after_ok || v - comma > 6 || comma < 3 {
                continue;
            }
            let speaker = self.subject_speaker(&tokens[comma + 1..v]);
            let content = Span::new(tokens[0].span.start, tokens[comma - 1].span.end);
            return Some(Quote {
                span: content,
                direct: false,
                cue: Some(t.span),
                speaker,
            });
        }
        None
    }

    /// `X said (that) CLAUSE`.
    fn cue_then_clause(&self, tokens: &[Token]) -> Option<Quote> {
        let v = tokens
            .iter()
            .take(40)
            .position(|t| REPORT_VERBS.contains(&self.word(t)))?;
        if v == 0 {
            return None;
        }
        let subject = &tokens[..v];
        if subject
            .iter()
            .any(|t| matches!(self.word(t), "that" | "which" | "if" | "when"))
        {
            return None;
        }
        let speaker = self.subject_speaker(subject)?;
        let mut c = v + 1;
        // `told reporters`, `said on Thursday that`
        if let Some(that) = tokens[c..]
            .iter()
            .take(6)
            .position(|t| self.word(t) == "that")
        {
            c += that + 1;
        } else if self.word(&tokens[v]).starts_with("told") {
            c += 1;
        }
        let rest = tokens.get(c..)?;
        if rest.len() < 3 || rest[0].kind == TokenKind::Punct {
            return None;
        }
        Some(Quote {
            span: Span::new(rest[0].span.start, rest[rest.len() - 1].span.end),
            direct: false,
            cue: Some(tokens[v].span),
            speaker: Some(speaker),
        })
    }

    /// `according to X, CLAUSE` and `CLAUSE, according to X`.
    fn according_to(&self, tokens: &[Token]) -> Option<Quote> {
        let a = tokens
            .iter()
            .position(|t| self.word(t).eq_ignore_ascii_case("according"))?;
        if tokens.get(a + 1).map(|t| self.word(t)) != Some("to") {
            return None;
        }
        let cue = Span::new(tokens[a].span.start, tokens[a + 1].span.end);
        let comma_after = tokens[a..]
            .iter()
            .position(|t| self.word(t) == ",")
            .map(|k| a + k);
        let (source, content) = if a == 0 {
            let comma = comma_after?;
            (&tokens[2..comma], tokens.get(comma + 1..)?)
        } else if a >= 2 && self.word(&tokens[a - 1]) == "," {
            (
                &tokens[a + 2..comma_after.unwrap_or(tokens.len())],
                &tokens[..a - 1],
            )
        } else {
            return None;
        };
        let speaker = self.subject_speaker(source);
        let (first, last) = (content.first()?, content.last()?);
        Some(Quote {
            span: Span::new(first.span.start, last.span.end),
            direct: false,
            cue: Some(cue),
            speaker,
        })
    }
}
