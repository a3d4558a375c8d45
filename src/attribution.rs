//! Stage 5: who said each quote. Direct quotes get their cue and speaker from the patterns of
//! news writing (`“Q,” X said.` / `“Q,” said X.` / `X said: “Q”` / `“A,” he said, “B.”` /
//! `“Q” ― Name` / a quote paragraph with no cue that continues the previous speaker);
//! reported speech (`X said (that) CLAUSE`, `CLAUSE, X said`, `according to X, CLAUSE`, `…,
//! saying CLAUSE`) becomes a quote with `direct: false`, and may contain quoted fragments (a
//! mixed quote), which stay nested inside it.
//!
//! Speakers are local mentions (`he`, `Ni`, `the spokesman`, `defence analysts`) resolved to
//! entities where possible: a name to its own entity, `he`/`she` to the last person named
//! outside quotes, `it` to the last organisation, a role noun (`the spokesman`) to the last
//! person whose role or title names it.
//!
//! Everything is one pass over the sentences with binary searches into the sorted mentions and
//! quote pieces, so the cost is linear in the text.

use crate::coref::Entity;
use crate::entities::{EntityKind, Mention};
use crate::quotes::QuoteMarks;
use crate::segment::{Document, Part, Token, TokenKind};
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

/// Verbs that attribute a direct quotation, before or after it.
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
    "demanded",
    "demands",
    "reads",
    "read",
    "sings",
    "sang",
    "chanted",
    "chants",
    "testified",
    "countered",
    "counters",
    "retorted",
    "mused",
    "explained",
    "concluded",
    "concludes",
    "pleaded",
    "vowed",
    "promised",
    "pledged",
    "exclaimed",
    "screamed",
    "laughed",
    "sighed",
    "texted",
    "emailed",
    "interjected",
    "snapped",
    "asserted",
    "asserts",
    "wondered",
    "wonders",
    "recounted",
    "recounts",
    "answered",
    "answers",
    "charged",
    "alleged",
    "blasted",
    "scoffed",
    "conceded",
    "lamented",
    "laments",
    "acknowledged",
    "advised",
    "announced",
    "began",
    "begins",
    "proclaimed",
];

/// Participles that attribute a quote or clause to the sentence's subject (`…, saying “Q”`).
const PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "asking",
    "telling",
    "noting",
    "arguing",
    "writing",
    "explaining",
    "declaring",
    "insisting",
    "warning",
    "claiming",
    "stating",
    "chanting",
    "tweeting",
    "quipping",
    "joking",
    "stressing",
    "suggesting",
    "acknowledging",
    "admitting",
    "urging",
    "calling",
    "complaining",
    "predicting",
    "recalling",
    "promising",
    "vowing",
    "pledging",
    "emphasizing",
    "emphasising",
    "contending",
    "countering",
    "replying",
    "responding",
    "maintaining",
    "asserting",
    "announcing",
    "conceding",
    "pointing",
    "demanding",
];

/// Verbs that introduce reported speech (and the stances the news reports as such).
const REPORT_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "warned",
    "warns",
    "noted",
    "notes",
    "stated",
    "states",
    "argued",
    "argues",
    "argue",
    "claimed",
    "claims",
    "claim",
    "announced",
    "announces",
    "insisted",
    "insists",
    "insist",
    "explained",
    "explains",
    "acknowledged",
    "acknowledges",
    "acknowledge",
    "admitted",
    "admits",
    "suggested",
    "suggests",
    "suggest",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "reported",
    "reports",
    "predicted",
    "predicts",
    "predict",
    "wrote",
    "writes",
    "believes",
    "believed",
    "believe",
    "thinks",
    "think",
    "thought",
    "declared",
    "declares",
    "agreed",
    "agrees",
    "agree",
    "estimated",
    "estimates",
    "estimate",
    "found",
    "finds",
    "showed",
    "shows",
    "show",
    "concluded",
    "concludes",
    "revealed",
    "reveals",
    "alleged",
    "alleges",
    "contended",
    "contends",
    "countered",
    "replied",
    "responded",
    "asserted",
    "asserts",
    "maintained",
    "maintains",
    "indicated",
    "indicates",
    "conceded",
    "concedes",
    "recalled",
    "recalls",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "vowed",
    "vows",
    "urged",
    "urges",
    "asked",
    "asks",
    "hopes",
    "hoped",
    "fears",
    "feared",
    "expects",
    "expected",
    "expect",
    "knows",
    "knew",
    "know",
    "testified",
    "tweeted",
    "complained",
    "complains",
    "boasted",
    "mentioned",
    "hinted",
    "signaled",
    "signalled",
    "worried",
    "worries",
    "cautioned",
    "cautions",
    "contend",
    "reiterated",
    "projected",
    "projects",
    "forecast",
    "forecasts",
    "assured",
    "reminded",
    "informed",
    "understood",
    "learned",
    "learnt",
    "realized",
    "realised",
    "charged",
    "charges",
    "accused",
    "accuses",
    "questioned",
    "doubts",
    "doubted",
    "recommended",
    "recommends",
    "proposed",
    "proposes",
    "demanded",
    "demands",
    "wants",
    "wanted",
    "called",
    "calls",
    "described",
    "describes",
    "criticized",
    "criticised",
    "criticizes",
    "praised",
    "praises",
    "blamed",
    "blames",
    "announce",
];

/// Verbs whose first complement is the person addressed (`told reporters that …`).
const ADDRESS_VERBS: &[&str] = &[
    "told",
    "tells",
    "tell",
    "assured",
    "reminded",
    "informed",
    "warned",
    "warns",
    "urged",
    "urges",
    "asked",
    "asks",
    "accused",
    "accuses",
    "called",
    "calls",
    "described",
    "describes",
    "criticized",
    "criticised",
    "criticizes",
    "praised",
    "praises",
    "blamed",
    "blames",
    "cautioned",
    "cautions",
];

/// Words that cannot be inside a speaker's noun phrase (outside an apposition).
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "because", "if", "when", "while", "but", "although",
    "though", "since", "as", "is", "was", "were", "are", "be", "been", "being", "am", "will",
    "would", "can", "could", "should", "shall", "may", "might", "must", "do", "does", "did", "to",
    "not", "than", "whether", "where", "how", "why", "what", "so", "has", "have", "had", "it’s",
    "it's", "there", "then", "after", "before", "until", "unless", "once", "by", "said", "says",
    "say", "told", "this", "these", "those", "we", "you", "i", "me", "us", "him", "them", "or",
    "nor", "yet", "also", "just", "only", "even", "into", "about", "over", "against", "under",
    "between", "through", "during", "without", "within", "upon",
];

/// Words that may stand between a subject and its verb (`he also said`, `she has said`).
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "previously",
    "once",
    "again",
    "recently",
    "reportedly",
    "further",
    "only",
    "just",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "did",
    "does",
    "do",
    "often",
    "always",
    "never",
    "earlier",
    "still",
    "already",
    "first",
    "last",
    "simply",
    "publicly",
    "privately",
    "flatly",
    "quickly",
    "repeatedly",
    "separately",
    "frequently",
    "correctly",
    "rightly",
    "wrongly",
    "famously",
    "initially",
    "subsequently",
];

/// Words after a cue verb that say when or how, not what (`said on Thursday that`).
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "recently",
    "previously",
    "repeatedly",
    "again",
    "also",
    "then",
    "once",
    "privately",
    "publicly",
    "bluntly",
    "flatly",
    "simply",
    "separately",
    "afterward",
    "afterwards",
    "last",
    "this",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
];

/// Abbreviations whose full stop ends no sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "sen", "rep",
    "gov", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "mo", "wis", "calif",
    "fla", "ill", "mass", "pa", "va", "ky", "ga", "tenn", "tex", "ariz", "colo", "conn", "del",
    "ind", "kan", "md", "mich", "minn", "miss", "mont", "neb", "nev", "okla", "ore", "wash", "wyo",
    "ala", "ark", "la", "vt", "u.s", "d.c", "n.y", "jan", "feb", "aug", "sept", "oct", "nov",
    "dec",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we"];

/// Words that open a sentence without being its subject (`But Flynn said …`).
const OPENERS: &[&str] = &[
    "but",
    "and",
    "still",
    "yet",
    "now",
    "meanwhile",
    "however",
    "so",
    "instead",
    "indeed",
    "separately",
    "later",
    "earlier",
    "also",
    "then",
    "previously",
    "similarly",
    "likewise",
];

/// Nouns that name a role rather than a person (`the spokesman`, `the senator`).
const ROLE_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "official",
    "minister",
    "president",
    "senator",
    "congressman",
    "congresswoman",
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "secretary",
    "analyst",
    "expert",
    "professor",
    "researcher",
    "lawyer",
    "attorney",
    "judge",
    "ambassador",
    "general",
    "colonel",
    "officer",
    "candidate",
    "nominee",
    "leader",
    "chief",
    "executive",
    "ceo",
    "founder",
    "author",
    "economist",
    "strategist",
    "adviser",
    "advisor",
    "aide",
    "prosecutor",
    "commissioner",
    "representative",
    "lawmaker",
    "diplomat",
    "manager",
    "head",
    "scholar",
    "activist",
    "candidate",
    "ministry",
    "department",
    "agency",
    "company",
    "campaign",
    "government",
    "administration",
    "committee",
    "report",
    "statement",
    "study",
    "poll",
    "survey",
    "letter",
];

fn in_list(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

fn lower(word: &str) -> String {
    word.to_lowercase()
}

/// True for a verb that attributes speech (`said`, `told`, `warned` …).
pub fn is_cue_verb(word: &str) -> bool {
    in_list(CUE_VERBS, word)
}

fn is_open_mark(w: &str) -> bool {
    matches!(w, "“" | "‘" | "«" | "„" | "\"" | "'" | "”" | "’" | "»")
}

fn is_dash(w: &str) -> bool {
    matches!(w, "—" | "–" | "―" | "-" | "--")
}

fn is_sentence_end(w: &str) -> bool {
    matches!(w, "." | "!" | "?" | "…" | ";")
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

struct Context<'a> {
    text: &'a str,
    doc: &'a Document,
    tokens: &'a [Token],
    mentions: &'a [Mention],
    mention_entity: &'a [usize],
    entities: &'a [Entity],
    pieces: &'a [QuoteMarks],
    /// For each mention index `i`, the entity of the last person mention before it that is
    /// not inside a quote (`None` when there is none).
    last_person: Vec<Option<usize>>,
    /// The same for organisations, for `it`.
    last_org: Vec<Option<usize>>,
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
    let mut last_person = Vec::with_capacity(mentions.len() + 1);
    let mut last_org = Vec::with_capacity(mentions.len() + 1);
    let (mut person, mut org) = (None, None);
    let mut pi = 0;
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
        if quoted {
            continue;
        }
        let entity = mention_entity.get(mi).copied();
        match m.kind {
            EntityKind::Person => person = entity.or(person),
            EntityKind::Org => org = entity.or(org),
            _ => {}
        }
    }
    last_person.push(person);
    last_org.push(org);
    let cx = Context {
        text,
        doc,
        tokens: &doc.tokens,
        mentions,
        mention_entity,
        entities,
        pieces,
        last_person,
        last_org,
    };

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
    cx.carry_over(&mut direct);

    let mut quotes = direct;
    for sentence in &doc.sentences {
        let in_body = doc
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| p.part == Part::Body);
        if in_body {
            cx.reported(sentence.tokens.clone(), &mut quotes);
        }
    }
    quotes.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    quotes
}

impl Context<'_> {
    fn w(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.span.slice(self.text))
    }

    fn span(&self, from: usize, to: usize) -> Span {
        let start = self.tokens.get(from).map_or(0, |t| t.span.start);
        let end = self
            .tokens
            .get(to.saturating_sub(1))
            .map_or(start, |t| t.span.end);
        Span::new(start, end.max(start))
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind != TokenKind::Punct)
    }

    /// The mention whose last token is token `i`, if any.
    fn mention_ending_at(&self, i: usize) -> Option<usize> {
        let t = self.tokens.get(i)?;
        let k = self.mentions.partition_point(|m| m.span.end < t.span.end);
        self.mentions
            .get(k)
            .filter(|m| m.span.end == t.span.end)
            .map(|_| k)
    }

    /// The mention that starts at token `i`, if any.
    fn mention_starting_at(&self, i: usize) -> Option<usize> {
        let t = self.tokens.get(i)?;
        let k = self
            .mentions
            .partition_point(|m| m.span.start < t.span.start);
        self.mentions
            .get(k)
            .filter(|m| m.span.start == t.span.start)
            .map(|_| k)
    }

    /// The last person (or else any) mention inside `span`.
    fn mention_inside(&self, span: Span) -> Option<usize> {
        let lo = self.mentions.partition_point(|m| m.span.start < span.start);
        let hi = self.mentions.partition_point(|m| m.span.start < span.end);
        let inside = (lo..hi).filter(|&k| span.contains(self.mentions[k].span));
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

    /// Index of the first token at or after byte `pos`.
    fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// The noun phrase that ends with token `end - 1`, not reaching before token `lo`: a
    /// mention, a pronoun, or words back to a determiner (`the ministry's spokesman`).
    fn np_ending_at(&self, lo: usize, end: usize) -> Option<(usize, usize)> {
        if end <= lo {
            return None;
        }
        let last = end - 1;
        let lw = lower(self.w(last));
        if in_list(PRONOUNS, &lw) {
            return Some((last, end));
        }
        if !self.is_word(last) || in_list(CLAUSE_WORDS, &lw) {
            return None;
        }
        if let Some(k) = self.mention_ending_at(last) {
            let start = self.token_at(self.mentions[k].span.start).max(lo);
            return Some((start, end));
        }
        let mut start = last;
        while start > lo && end - start < 8 {
            let prev = start - 1;
            let pw = self.w(prev);
            let lpw = lower(pw);
            if matches!(
                lpw.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "some"
                    | "many"
                    | "several"
                    | "two"
                    | "three"
                    | "other"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "most"
                    | "few"
            ) {
                start = prev;
                break;
            }
            let joins = matches!(pw, "-" | "’s" | "'s" | "&" | "." | "’" | "'")
                && self.tokens[prev].span.end == self.tokens[start].span.start
                || pw == "."
                    && prev > lo
                    && self.tokens[prev - 1].span.end == self.tokens[prev].span.start;
            if !(self.is_word(prev) || joins)
                || in_list(CLAUSE_WORDS, &lpw)
                || in_list(CUE_VERBS, &lpw)
            {
                break;
            }
            start = prev;
        }
        Some((start, end))
    }

    /// The subject of the cue verb at token `v`, looking back no further than token `lo`:
    /// `he`, `Ni`, `Mr. Obama`, `defence analysts`, `Su Hao, an expert at …,`.
    fn subject_before(&self, lo: usize, v: usize) -> Option<(usize, usize)> {
        let mut j = v;
        while j > lo && in_list(BETWEEN_SUBJECT_AND_VERB, &lower(self.w(j - 1))) {
            j -= 1;
        }
        if j <= lo {
            return None;
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
        if j > lo && self.w(j - 1) == "," {
            // `NAME, APPOSITION, said`: the name before the apposition's opening comma (the first
            // comma of the subject: `Scott Pruitt, the attorney general, one of …, said`).
            let close = j - 1;
            let open = (lo..close).take(40).find(|&k| self.w(k) == ",")?;
            if (open + 1..close).any(|k| is_open_mark(self.w(k)) || self.is_stop(k)) {
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
            // The whole head phrase must be clean.
            if (lo..np.0).any(|k| self.w(k) != "," && in_list(CLAUSE_WORDS, &lower(self.w(k)))) {
                return None;
            }
            return Some(np);
        }
        self.np_ending_at(lo, j)
    }

    /// True when the tokens `from..to` can all belong to a subject noun phrase (apposition
    /// between commas allowed).
    fn clean_subject(&self, from: usize, to: usize) -> bool {
        let mut in_apposition = false;
        for k in from..to {
            let w = self.w(k);
            if is_open_mark(w) || self.is_stop(k) || w == ":" {
                return false;
            }
            if w == "," {
                in_apposition = !in_apposition;
                continue;
            }
            if !in_apposition && in_list(CLAUSE_WORDS, &lower(w)) {
                // An auxiliary right before the verb is fine.
                let aux_tail =
                    (k..to).all(|x| in_list(BETWEEN_SUBJECT_AND_VERB, &lower(self.w(x))));
                if !aux_tail {
                    return false;
                }
            }
        }
        true
    }

    /// The noun phrase right after token `from` (`said Li Jie`, `said the spokesman`), not
    /// reaching token `hi`.
    fn np_after(&self, from: usize, hi: usize) -> Option<(usize, usize)> {
        let mut s = from;
        // `said Friday Mr. X` / `said on Sunday X` are rare; skip only a weekday.
        while s < hi && in_list(TIME_WORDS, &lower(self.w(s))) && starts_upper(self.w(s)) {
            s += 1;
        }
        if s >= hi {
            return None;
        }
        let fw = lower(self.w(s));
        if in_list(PRONOUNS, &fw) {
            return Some((s, s + 1));
        }
        if !self.is_word(s) || in_list(CLAUSE_WORDS, &fw) {
            return None;
        }
        // The mention starting in the first few tokens (after a title like `Sen.`).
        for k in s..(s + 4).min(hi) {
            if let Some(m) = self.mention_starting_at(k) {
                let end = self.token_at(self.mentions[m].span.end).min(hi);
                return Some((s, end.max(k + 1)));
            }
        }
        let mut e = s;
        while e < hi && e - s < 8 {
            let w = self.w(e);
            let lw = lower(w);
            let joins = matches!(w, "-" | "’s" | "'s" | "." | "&");
            if !(self.is_word(e) || joins) || (e > s && in_list(CLAUSE_WORDS, &lw)) {
                break;
            }
            if e > s
                && matches!(
                    lw.as_str(),
                    "in" | "on" | "at" | "during" | "for" | "from" | "with"
                )
            {
                break;
            }
            e += 1;
        }
        (e > s).then_some((s, e))
    }

    /// A speaker for the noun phrase `np` (token range), resolved to an entity.
    fn speaker(&self, np: (usize, usize)) -> Speaker {
        let span = self.span(np.0, np.1);
        if np.1 == np.0 + 1 {
            let word = lower(span.slice(self.text));
            if in_list(PRONOUNS, &word) {
                return Speaker {
                    span,
                    entity: self.pronoun_entity(&word, span.start),
                };
            }
        }
        if let Some(k) = self.mention_inside(span) {
            return Speaker {
                span: self.mentions[k].span,
                entity: self.mention_entity.get(k).copied(),
            };
        }
        Speaker {
            span,
            entity: self.role_entity(span),
        }
    }

    fn pronoun_entity(&self, word: &str, pos: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.span.start < pos);
        match word {
            "he" | "she" => self.last_person.get(k).copied().flatten(),
            "it" => self.last_org.get(k).copied().flatten(),
            _ => None,
        }
    }

    /// `the spokesman` → the last person before it whose role or title names a spokesman.
    fn role_entity(&self, span: Span) -> Option<usize> {
        let words: Vec<String> = span
            .slice(self.text)
            .split_whitespace()
            .map(lower)
            .collect();
        let first = words.first()?;
        let head = words.last()?;
        if !matches!(first.as_str(), "the" | "a" | "an") || !in_list(ROLE_NOUNS, head) {
            return None;
        }
        let k = self.mentions.partition_point(|m| m.span.start < span.start);
        (0..k).rev().take(200).find_map(|mi| {
            let e = *self.mention_entity.get(mi)?;
            let entity = self.entities.get(e)?;
            let names = |s: &Option<String>| {
                s.as_deref()
                    .is_some_and(|r| lower(r).split_whitespace().any(|w| w == head))
            };
            (entity.kind == EntityKind::Person && (names(&entity.role) || names(&entity.title)))
                .then_some(e)
        })
    }

    /// True when token `k` ends a sentence: `.`, `!`, `?`, `;`, but not the full stop of an
    /// abbreviation or an initial (`Mr.`, `D-Mo.)`, `H. Tribe`).
    fn is_stop(&self, k: usize) -> bool {
        let w = self.w(k);
        if w != "." {
            return is_sentence_end(w);
        }
        let next = self.w(k + 1);
        if next == ")" || next == "," || next.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        let prev = self.w(k.wrapping_sub(1));
        let adjacent = k > 0
            && self
                .tokens
                .get(k - 1)
                .zip(self.tokens.get(k))
                .is_some_and(|(a, b)| a.span.end == b.span.start);
        let abbreviation =
            prev.chars().count() == 1 && starts_upper(prev) || in_list(ABBREVIATIONS, &lower(prev));
        !(adjacent && abbreviation)
    }

    /// The token range of paragraph `pi`.
    fn paragraph_tokens(&self, pi: usize) -> (usize, usize) {
        self.doc.paragraphs.get(pi).map_or((0, 0), |p| {
            (self.token_at(p.span.start), self.token_at(p.span.end))
        })
    }

    /// Cue and speaker of direct piece `i`, looked for right after it and then right before
    /// it, within its paragraph and sentence (the sentence splitter may end a sentence after
    /// a closing mark, so the paragraph's tokens are read here).
    fn direct_attribution(&self, i: usize) -> Option<(Span, Option<Speaker>)> {
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
        // `on CNN's “State of the Union”`, `broadcast of “Fox News Sunday,”`: a title.
        let before_word = lower(self.w(open_tok.wrapping_sub(1)));
        if open_tok > p_lo
            && matches!(
                before_word.as_str(),
                "of" | "on"
                    | "in"
                    | "at"
                    | "’s"
                    | "'s"
                    | "the"
                    | "to"
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
        {
            return None;
        }
        if let Some(found) = self.cue_after(piece, after, a_hi) {
            return Some(found);
        }
        if let Some(found) = self.cue_before(b_lo, open_tok.min(p_hi)) {
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
    fn cue_after(
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
        if is_cue_verb(fw) {
            let speaker = self.np_after(i + 1, hi).map(|np| self.speaker(np));
            return Some((self.tokens[i].span, speaker));
        }
        if !quote_ends_clause {
            return None;
        }
        // `X said`: the subject, then the verb.
        let limit = (i + 45).min(hi);
        let v = (i..limit).find(|&k| {
            let w = self.w(k);
            is_cue_verb(w) || self.is_stop(k) || is_open_mark(w)
        });
        if let Some(v) = v.filter(|&v| is_cue_verb(self.w(v))) {
            if self.clean_subject(i, v) {
                if let Some(np) = self.subject_before(i, v) {
                    if np.0 == i || self.w(np.0.saturating_sub(1)) == "," || np.0 > i {
                        return Some((self.tokens[v].span, Some(self.speaker(np))));
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
                return Some((self.tokens[d].span, Some(self.speaker((i, end)))));
            }
        }
        None
    }

    /// `X said: “Q”` / `X told reporters, “Q”` / `…, saying “Q”` / `said Li Jie, “Q”` right
    /// before a quote (tokens `lo..end`).
    fn cue_before(&self, lo: usize, end: usize) -> Option<(Span, Option<Speaker>)> {
        if end <= lo {
            return None;
        }
        let mut e = end;
        let mut colon = false;
        while e > lo && matches!(self.w(e - 1), ":" | "," | "—" | "–" | "―") {
            colon |= self.w(e - 1) == ":";
            e -= 1;
        }
        // The cue verb among the last few tokens (`said in a statement on Friday:`).
        let reach = if colon { 12 } else { 6 };
        let v = (lo..e).rev().take(reach).find(|&k| {
            let w = self.w(k);
            // `Said Ellis: “Q”`
            let w = if k == lo { lower(w) } else { w.to_string() };
            is_cue_verb(&w) || in_list(PARTICIPLES, &w) || self.is_stop(k) || is_open_mark(&w)
        });
        if let Some(v) = v.filter(|&v| !self.is_stop(v) && !is_open_mark(self.w(v))) {
            let cue = self.tokens[v].span;
            if in_list(PARTICIPLES, &lower(self.w(v))) {
                return Some((cue, self.sentence_subject(lo, v).map(|np| self.speaker(np))));
            }
            let speaker = self
                .subject_before(lo, v)
                .filter(|np| self.clean_subject(np.0, v))
                .or_else(|| self.np_after(v + 1, e))
                .map(|np| self.speaker(np));
            return Some((cue, speaker));
        }
        if colon && e > lo && e - lo <= 14 {
            // `Trump on Twitter: “Q”`
            let np = self.sentence_subject(lo, e)?;
            let colon_tok = (e..end).find(|&k| self.w(k) == ":")?;
            return Some((self.tokens[colon_tok].span, Some(self.speaker(np))));
        }
        None
    }

    /// The subject at the start of the clause `lo..hi`: a mention or pronoun among its first
    /// tokens (after `But`, `In a statement,` …).
    fn sentence_subject(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let mut s = lo;
        loop {
            while s < hi && (in_list(OPENERS, &lower(self.w(s))) || !self.is_word(s)) {
                s += 1;
            }
            // `In a statement, Trump said` / `On Friday, she`: skip an opening phrase.
            let opening = matches!(
                lower(self.w(s)).as_str(),
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
            );
            match (s..hi).take(12).find(|&k| self.w(k) == ",") {
                Some(c) if opening && s < hi => s = c + 1,
                _ => break,
            }
        }
        if s >= hi {
            return None;
        }
        if in_list(PRONOUNS, &lower(self.w(s))) {
            return Some((s, s + 1));
        }
        for k in s..(s + 4).min(hi) {
            if let Some(m) = self.mention_starting_at(k) {
                let end = self.token_at(self.mentions[m].span.end).min(hi);
                return Some((s, end.max(k + 1)));
            }
            if !self.is_word(k) {
                break;
            }
        }
        // Capitalised words that open the clause (`Dean, a former …, poked`).
        let e = (s..hi.min(s + 4))
            .find(|&k| !(self.is_word(k) && starts_upper(self.w(k)) || self.w(k) == "."))
            .unwrap_or(hi.min(s + 4));
        (e > s && starts_upper(self.w(s))).then_some((s, e))
    }

    /// Pieces with no cue of their own: a quote running over several paragraphs takes the
    /// attribution of its last piece, and a quote that opens a sentence right after another
    /// quote (same paragraph, or a paragraph that opens with it after a quote paragraph)
    /// continues that quote's speaker.
    fn carry_over(&self, quotes: &mut [Quote]) {
        let pieces = self.pieces;
        for i in (0..pieces.len().saturating_sub(1)).rev() {
            let runs_on =
                pieces[i].close.is_none() && pieces[i + 1].paragraph == pieces[i].paragraph + 1;
            if runs_on && quotes[i].speaker.is_none() {
                quotes[i].speaker = quotes[i + 1].speaker;
                quotes[i].cue = quotes[i + 1].cue;
            }
        }
        for i in 1..pieces.len() {
            if quotes[i].speaker.is_some() || quotes[i].cue.is_some() {
                continue;
            }
            let t = self.token_at(pieces[i].open.start);
            let (p_lo, _) = self.paragraph_tokens(pieces[i].paragraph);
            let after_previous = self
                .tokens
                .get(t.wrapping_sub(1))
                .is_some_and(|prev| prev.span.end == pieces[i - 1].outer().end);
            let starts_sentence = t <= p_lo || self.is_stop(t - 1) || after_previous;
            let para = self.doc.paragraphs.get(pieces[i].paragraph);
            let in_body = para.is_some_and(|p| matches!(p.part, Part::Body | Part::Related));
            let opens_paragraph = para.is_some_and(|p| p.span.start == pieces[i].open.start);
            let same_paragraph = pieces[i - 1].paragraph == pieces[i].paragraph;
            let previous_paragraph = pieces[i - 1].paragraph + 1 == pieces[i].paragraph;
            // `“A,” he said, “B.”`: one attribution interrupted by its cue.
            let cue_between = quotes[i - 1].cue.is_some_and(|c| {
                c.start >= pieces[i - 1].outer().end && c.end <= pieces[i].open.start
            }) && same_paragraph
                && !(self.token_at(pieces[i - 1].outer().end)..t).any(|k| self.is_stop(k));
            if cue_between {
                quotes[i].speaker = quotes[i - 1].speaker;
                quotes[i].cue = quotes[i - 1].cue;
                continue;
            }
            // A continuation opens a sentence right after another quote; a heading in title
            // case (`‘All Bets Are Off.’`) does not.
            let content = pieces[i].content.slice(self.text);
            let long_words: Vec<&str> =
                content.split_whitespace().filter(|w| w.len() > 3).collect();
            let title_case = !long_words.is_empty()
                && content.split_whitespace().count() <= 8
                && long_words.iter().all(|w| starts_upper(w));
            if in_body
                && !title_case
                && starts_sentence
                && (same_paragraph || opens_paragraph && previous_paragraph)
            {
                quotes[i].speaker = quotes[i - 1].speaker;
                quotes[i].cue = quotes[i - 1].cue;
            }
        }
    }

    /// Reported speech in the sentence with tokens `range`, appended to `out`.
    fn reported(&self, range: std::ops::Range<usize>, out: &mut Vec<Quote>) {
        let (lo, mut hi) = (range.start, range.end);
        // `“Q.” Mr. Obama said on Sunday.`: the attribution of the quote before, not a clause.
        if let Some(start) = self.tokens.get(lo).map(|t| t.span.start) {
            let k = self.pieces.partition_point(|p| p.outer().end <= start);
            let gap = k
                .checked_sub(1)
                .and_then(|k| self.pieces.get(k))
                .and_then(|p| self.text.get(p.outer().end..start));
            if gap.is_some_and(|g| g.chars().all(|c| c == ' ' || c == '\u{a0}')) {
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
        if let Some(q) = self
            .according_to(lo, hi)
            .or_else(|| self.clause_then_cue(lo, hi))
            .or_else(|| self.cue_then_clause(lo, hi))
        {
            out.push(q);
        }
        // `…, saying (that) CLAUSE` after a main clause.
        if let Some(q) = self.participle_clause(lo, hi) {
            if out[before..].iter().all(|o| !o.span.overlaps(q.span)) {
                out.push(q);
            }
        }
        // Keep only clauses that nest the direct quotes they touch and say more than them.
        let mut k = before;
        while k < out.len() {
            if self.reported_ok(out[k].span) {
                k += 1;
            } else {
                out.remove(k);
            }
        }
    }

    /// True when `span` crosses no direct piece and has at least three words outside them.
    fn reported_ok(&self, span: Span) -> bool {
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
            words_inside += o.slice(self.text).split_whitespace().count();
        }
        let words = span.slice(self.text).split_whitespace().count();
        words >= words_inside + 3
    }

    /// Token range to a span, moved out of any direct piece it ends inside of.
    fn content(&self, from: usize, to: usize) -> Option<Span> {
        if to <= from {
            return None;
        }
        let mut span = self.span(from, to);
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
    fn according_to(&self, lo: usize, hi: usize) -> Option<Quote> {
        let a = (lo..hi)
            .find(|&k| self.w(k).eq_ignore_ascii_case("according") && self.w(k + 1) == "to")?;
        let cue = self.span(a, a + 2);
        let comma_after = (a + 2..hi).find(|&k| self.w(k) == ",");
        let opener = (lo..a).all(|k| !self.is_word(k) || in_list(OPENERS, &lower(self.w(k))));
        let (source, content) = if opener {
            let comma = comma_after?;
            ((a + 2, comma), (comma + 1, hi))
        } else if a > lo + 2 && matches!(self.w(a - 1), "," | "—" | "–" | "(") {
            let src_end = comma_after.unwrap_or(hi);
            ((a + 2, src_end), (lo, a - 1))
        } else {
            return None;
        };
        let speaker = self.np_after(source.0, source.1).map(|np| self.speaker(np));
        let mut c0 = content.0;
        while c0 < content.1 && in_list(OPENERS, &lower(self.w(c0))) {
            c0 += 1;
        }
        Some(Quote {
            span: self.content(c0, content.1)?,
            direct: false,
            cue: Some(cue),
            speaker,
        })
    }

    /// `CLAUSE, X said [when …]` and `CLAUSE, said X`.
    fn clause_then_cue(&self, lo: usize, hi: usize) -> Option<Quote> {
        for v in lo + 3..hi {
            let vw = self.w(v);
            if !in_list(REPORT_VERBS, vw) && !is_cue_verb(vw) {
                continue;
            }
            // What follows the verb is short and says when or where, not what.
            let tail = &(v + 1..hi);
            let tail_ok = tail.len() <= 12
                && !tail
                    .clone()
                    .any(|k| matches!(lower(self.w(k)).as_str(), "that" | "“" | "\""))
                || self.w(v + 1) == ",";
            if !tail_ok {
                continue;
            }
            // The comma (or `,”`) that ends the clause.
            let Some(comma) = (lo..v).rev().take(40).find(|&k| {
                matches!(self.w(k), "," | "—" | "–")
                    || is_open_mark(self.w(k)) && k > lo && self.w(k - 1) == ","
            }) else {
                continue;
            };
            let mut clause_end = comma;
            if is_open_mark(self.w(comma)) {
                clause_end = comma + 1; // keep the close mark: the quote nests in the clause
            }
            let (speaker, ok) = if comma + 1 == v {
                // `CLAUSE, said X`
                let np = self.np_after(v + 1, hi);
                (np.map(|np| self.speaker(np)), np.is_some())
            } else if self.clean_subject(comma + 1, v) {
                let np = self.subject_before(comma + 1, v);
                (np.map(|np| self.speaker(np)), np.is_some())
            } else {
                (None, false)
            };
            if !ok {
                continue;
            }
            let mut c0 = lo;
            while c0 < clause_end
                && (in_list(OPENERS, &lower(self.w(c0))) || matches!(self.w(c0), "," | "—"))
            {
                c0 += 1;
            }
            let content_end = if is_open_mark(self.w(comma)) {
                clause_end
            } else {
                comma
            };
            if content_end < c0 + 3 {
                continue;
            }
            return Some(Quote {
                span: self.content(c0, content_end)?,
                direct: false,
                cue: Some(self.tokens[v].span),
                speaker,
            });
        }
        None
    }

    /// `X said (that) CLAUSE`.
    fn cue_then_clause(&self, lo: usize, hi: usize) -> Option<Quote> {
        let mut s0 = lo;
        while s0 < hi && (in_list(OPENERS, &lower(self.w(s0))) || matches!(self.w(s0), "," | "—"))
        {
            s0 += 1;
        }
        for v in s0 + 1..hi.min(s0 + 45) {
            let vw = self.w(v);
            if is_open_mark(vw) {
                return None;
            }
            if !in_list(REPORT_VERBS, vw) {
                continue;
            }
            // The subject: from the sentence start, or after an opening phrase and comma.
            let mut start = s0;
            if !self.clean_subject(start, v) {
                let Some(c) = (s0..v).find(|&k| self.w(k) == ",") else {
                    continue;
                };
                start = c + 1;
                if !self.clean_subject(start, v) {
                    continue;
                }
            }
            let Some(np) = self.subject_before(start, v) else {
                continue;
            };
            if in_list(&["who", "which", "that"], &lower(self.w(np.0))) {
                continue;
            }
            let mut c = v + 1;
            // `pointed out`
            if matches!(self.w(c), "out" | "on" | "for")
                && matches!(vw, "pointed" | "called" | "calls" | "insisted")
            {
                c += 1;
            }
            // `told reporters (on Thursday) that`
            if let Some(that) = (c..hi.min(c + 9)).find(|&k| lower(self.w(k)) == "that") {
                let between_ok = (c..that).all(|k| self.w(k) != "," || k == c);
                if between_ok {
                    c = that + 1;
                }
            } else if in_list(ADDRESS_VERBS, vw) {
                // Skip the person addressed.
                if let Some(np) = self.np_after(c, hi) {
                    c = np.1;
                }
            } else {
                while c < hi && (in_list(TIME_WORDS, &lower(self.w(c))) || self.w(c) == ",") {
                    c += 1;
                }
            }
            while c < hi && matches!(self.w(c), "," | ":" | "—") {
                c += 1;
            }
            if hi < c + 3 || !self.is_word(c) && !is_open_mark(self.w(c)) {
                return None;
            }
            return Some(Quote {
                span: self.content(c, hi)?,
                direct: false,
                cue: Some(self.tokens[v].span),
                speaker: Some(self.speaker(np)),
            });
        }
        None
    }

    /// `…, saying (that) CLAUSE` / `…, arguing that CLAUSE`: the clause belongs to the
    /// sentence's subject.
    fn participle_clause(&self, lo: usize, hi: usize) -> Option<Quote> {
        let p = (lo + 2..hi).find(|&k| in_list(PARTICIPLES, self.w(k)) && self.w(k - 1) == ",")?;
        let mut c = p + 1;
        if lower(self.w(c)) == "that" {
            c += 1;
        } else if matches!(self.w(p), "telling" | "urging" | "asking" | "calling") {
            let np = self.np_after(c, hi)?;
            c = np.1;
            if lower(self.w(c)) == "that" {
                c += 1;
            }
        }
        while c < hi && matches!(self.w(c), "," | ":") {
            c += 1;
        }
        if hi < c + 3 {
            return None;
        }
        let speaker = self.sentence_subject(lo, p).map(|np| self.speaker(np));
        Some(Quote {
            span: self.content(c, hi)?,
            direct: false,
            cue: Some(self.tokens[p].span),
            speaker,
        })
    }
}
