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

use crate::coref::Entity;
use crate::entities::{EntityKind, Mention};
use crate::quotes::QuoteMarks;
use crate::segment::{Document, Part, Token, TokenKind};
use crate::span::Span;
use std::sync::OnceLock;
use words::{lower, Lexicon, Lists, Lookup, Lower, Recent, Word};

mod words;

mod gender;
mod lexicon;
mod stance;

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
    "yells",
    "shouts",
    "whispers",
    "sighs",
    "laughs",
    "scolded",
    "scolds",
    "exclaims",
    "jokes",
    "quips",
    "pleads",
    "muses",
    "retorts",
    "snaps",
    "interrupted",
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
    "citing",
    "accusing",
    "blaming",
    "praising",
    "criticizing",
    "criticising",
    "describing",
    "questioning",
    "touting",
    "defending",
    "encouraging",
    "offering",
    "threatening",
    "reiterating",
    "signaling",
    "hinting",
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
    "pointed",
    "points",
    "cited",
    "cites",
    "referenced",
    "disclosed",
    "discloses",
    "exhorted",
    "conceded",
    "suggested",
    "recounted",
    "explained",
    "stressed",
    "vowed",
    "threatened",
    "threatens",
    "demanded",
    "acknowledged",
    "noted",
    "plans",
    "opposed",
    "attacked",
    "condemned",
    "rejected",
    "rejects",
    "hailed",
    "dismissed",
    // Stances, decisions and descriptions the news attributes like speech.
    "declined",
    "decided",
    "echoed",
    "mocked",
    "encouraged",
    "mentions",
    "offered",
    "offers",
    "admires",
    "disputes",
    "outlined",
    "chastised",
    "implored",
    "lauded",
    "protested",
    "documented",
    "sees",
    "see",
    "envisioned",
    "refused",
    "portrayed",
    "proclaimed",
    "complimented",
    "highlighted",
    "bemoaned",
    "retweeted",
    "specified",
    "characterized",
    "voted",
    "pitched",
    "grilled",
    "loves",
    "aims",
    "express",
    "references",
    "unleashed",
    "repeated",
    "felt",
    "consider",
    "worry",
    "blame",
    "warn",
    "mention",
    "explain",
];

/// `-ing` forms that report speech or a stance after a `be` auxiliary (`is hoping that …`).
const PROGRESSIVES: &[&str] = &[
    "saying",
    "telling",
    "claiming",
    "arguing",
    "hoping",
    "insisting",
    "warning",
    "suggesting",
    "promising",
    "pledging",
    "vowing",
    "predicting",
    "urging",
    "demanding",
    "asking",
    "accusing",
    "blaming",
    "questioning",
    "expecting",
    "planning",
    "promoting",
    "defending",
    "proposing",
    "seeking",
    "encouraging",
    "calling",
];

/// Verbs whose first complement is the person addressed (`told reporters that …`).
const ADDRESS_VERBS: &[&str] = &["told", "tells", "tell", "assured", "reminded", "informed"];

/// Words that cannot be inside a speaker's noun phrase (outside an apposition).
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "because", "if", "when", "while", "but", "although",
    "though", "since", "as", "is", "was", "were", "are", "be", "been", "being", "am", "will",
    "would", "can", "could", "should", "shall", "may", "might", "must", "do", "does", "did", "to",
    "not", "than", "whether", "where", "how", "why", "what", "so", "has", "have", "had", "it’s",
    "it's", "there", "then", "after", "before", "until", "unless", "once", "said", "says", "say",
    "told", "this", "these", "those", "me", "us", "him", "them", "or", "nor", "yet", "also",
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
    "not",
    "now",
    "long",
    "openly",
    "immediately",
    "explicitly",
    "specifically",
    "strongly",
    "generally",
    "widely",
    "clearly",
    "even",
    "himself",
    "herself",
    "themselves",
    "itself",
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

const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "with", "for", "from", "by", "during", "to", "into", "about", "after",
    "before", "under", "over", "through", "among", "like", "than", "near", "against", "via",
];

/// Verb forms that are more often nouns (`projects`, `states`): a cue only before `that`.
const AMBIGUOUS: &[&str] = &[
    "projects",
    "states",
    "charges",
    "show",
    "shows",
    "comments",
    "claims",
    "claim",
    "reports",
    "calls",
    "demands",
    "estimates",
    "estimate",
    "notes",
    "promises",
    "doubts",
    "forecasts",
    "forecast",
    "fears",
    "hopes",
    "worries",
    "finds",
    "proposes",
    "remarks",
    "agrees",
    "found",
    "know",
    "see",
    "called",
    "asked",
    "asks",
    "wants",
    "wanted",
    "described",
    "describes",
    "praised",
    "praises",
    "blamed",
    "blames",
    "criticized",
    "criticised",
    "criticizes",
    "accused",
    "accuses",
    "recommended",
    "recommends",
    "proposed",
    "learned",
    "learnt",
    "understood",
    "questioned",
    "expected",
    "expects",
    "expect",
    "signaled",
    "signalled",
    "projected",
    "showed",
];

/// Words that open a subordinate clause, not a reported one.
const SUBORDINATORS: &[&str] = &[
    "when", "as", "if", "because", "although", "though", "while", "since", "unless", "until",
    "whether", "once", "where",
];

/// Verb forms that are mostly nouns in news (`the projects`, `the charges`).
const NOUN_LIKE: &[&str] = &[
    "projects",
    "states",
    "charges",
    "show",
    "comments",
    "estimates",
    "calls",
    "forecasts",
    "remarks",
    "promises",
    "doubts",
    "fears",
    "hopes",
    "worries",
    "reports",
    "claims",
    "demands",
    "estimate",
    "forecast",
    "claim",
];

/// Verbs that name something in quotation marks in the subject's words.
const NAMING_VERBS: &[&str] = &[
    "called",
    "calls",
    "call",
    "described",
    "describes",
    "describe",
    "dubbed",
    "dubs",
    "labeled",
    "labelled",
    "labels",
    "branded",
    "brands",
    "termed",
    "terms",
    "likened",
    "likens",
    "compared",
    "compares",
    "phrase",
    "chanting",
    "chanted",
    "singing",
    "sang",
    "sings",
    "deemed",
    "deems",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we"];

/// Nouns for a person from a country that are no adjective (`the Briton said`).
const DEMONYMS: &[&str] = &[
    "Briton",
    "American",
    "Australian",
    "Canadian",
    "German",
    "Italian",
    "Spaniard",
    "Swede",
    "Dane",
    "Norwegian",
    "Finn",
    "Pole",
    "Russian",
    "Ukrainian",
    "Belgian",
    "Brazilian",
    "Argentine",
    "Argentinian",
    "Mexican",
    "Kenyan",
    "Nigerian",
    "Indian",
    "Pakistani",
    "Israeli",
    "Iranian",
    "Japanese",
    "Chinese",
    "Korean",
    "Scot",
    "Turk",
    "Greek",
    "Swiss",
    "Austrian",
    "Croatian",
    "Serbian",
    "Portuguese",
    "Colombian",
    "Chilean",
    "Egyptian",
    "Ghanaian",
    "Ethiopian",
    "Kiwi",
    "Aussie",
];

/// Words that open a sentence without being its subject (`But Flynn said …`).
const OPENERS: &[&str] = &[
    "but",
    "once",
    "finally",
    "ultimately",
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

/// Nouns that head an inverted speaker naming no one (`said the spokesman`, `said the
/// ministry`, `said the report`): roles, bodies and documents. Not the entity stage's role
/// nouns, which stand before a name (`analyst Zhou Chenming`).
const SPEAKER_HEADS: &[&str] = &[
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

/// The word lists above, by number in the [`Lexicon`].
#[derive(Clone, Copy)]
enum List {
    Cue,
    Participle,
    Report,
    Progressive,
    Address,
    Clause,
    BetweenSubjectAndVerb,
    Time,
    Abbreviation,
    Preposition,
    Ambiguous,
    Subordinator,
    NounLike,
    Naming,
    Pronoun,
    Opener,
    SpeakerHead,
}

/// Every word list with its number.
const LISTS: [(List, &[&str]); 17] = [
    (List::Cue, CUE_VERBS),
    (List::Participle, PARTICIPLES),
    (List::Report, REPORT_VERBS),
    (List::Progressive, PROGRESSIVES),
    (List::Address, ADDRESS_VERBS),
    (List::Clause, CLAUSE_WORDS),
    (List::BetweenSubjectAndVerb, BETWEEN_SUBJECT_AND_VERB),
    (List::Time, TIME_WORDS),
    (List::Abbreviation, ABBREVIATIONS),
    (List::Preposition, PREPOSITIONS),
    (List::Ambiguous, AMBIGUOUS),
    (List::Subordinator, SUBORDINATORS),
    (List::NounLike, NOUN_LIKE),
    (List::Naming, NAMING_VERBS),
    (List::Pronoun, PRONOUNS),
    (List::Opener, OPENERS),
    (List::SpeakerHead, SPEAKER_HEADS),
];

/// The lists, read into one table on first use.
fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::new(LISTS.map(|(list, words)| (list as u32, words))))
}

/// True when `word`, exactly as written, is in `list` (the lists are in lower case).
fn in_list(list: List, word: &str) -> bool {
    lexicon().lists(word).has(list as u32)
}

/// True for a verb that attributes speech (`said`, `told`, `warned` …).
pub fn is_cue_verb(word: &str) -> bool {
    in_list(List::Cue, word)
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '“' | '‘' | '«' | '„' | '"' | '\'' | '”' | '’' | '»')
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
    /// For each mention, true when it can be the antecedent of a pronoun (a person named
    /// outside quotes and credit lines).
    antecedent: Vec<bool>,
    /// What the article calls each entity: `he`, `she` or neither clearly.
    genders: Vec<gender::Gender>,
    /// The word lists' answers for the tokens read last.
    recent: Recent<'a>,
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
    let mut antecedent = vec![false; mentions.len()];
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
        // The author of a byline or credit line is no antecedent of `he`/`she` in the story.
        let credit = doc
            .sentence_at(m.span.start)
            .and_then(|si| doc.sentences.get(si))
            .and_then(|s| doc.paragraphs.get(s.paragraph))
            .is_some_and(|p| matches!(p.part, Part::Byline | Part::Credit));
        if quoted || credit {
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
        antecedent,
        genders: gender::genders(text, doc, pieces, mentions, mention_entity, entities),
        recent: Recent::new(),
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
    let could_continue = cx.carry_over(&mut direct);

    let mut direct_cues: Vec<usize> = direct
        .iter()
        .filter_map(|q| q.cue.map(|c| c.start))
        .collect();
    direct_cues.sort_unstable();
    let mut reported = Vec::new();
    for sentence in &doc.sentences {
        let in_body = doc
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| p.part == Part::Body);
        let before = reported.len();
        if in_body {
            cx.reported(sentence.tokens.clone(), &direct, &mut reported);
        }
        // The headline (the title, or a first paragraph read as body).
        let title = doc
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| p.part == Part::Title)
            || sentence.paragraph == 0;
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
        let first = q.span.slice(text).split_whitespace().next().unwrap_or("");
        let first = lower(first);
        // `told me, “Q”`: the addressee and the quote, no clause of the source's own.
        let addressed = pieces
            .get(pieces.partition_point(|p| p.outer().start < q.span.start))
            .and_then(|p| text.get(q.span.start..p.outer().start))
            .is_some_and(|lead| {
                lead.split_whitespace().count() <= 2 && lead.trim_end().ends_with([',', ':'])
            });
        let fragment_inside = !first.starts_with(is_quote_char)
            && !in_list(List::Preposition, &first)
            && !in_list(List::Time, &first)
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
                    && (after_that || p.content.slice(text).split_whitespace().count() <= 6)
            })
            .and_then(|p| text.get(p.outer().end..q.span.end))
            .is_some_and(|rest| {
                !rest.trim_start().starts_with([',', '.', ';', ':'])
                    && rest
                        .split_whitespace()
                        .filter(|w| w.chars().any(char::is_alphanumeric))
                        .count()
                        >= 3
            });
        !shared || fragment_inside || clause_goes_on
    });
    // A quote sentence with no cue right after reported speech continues its speaker
    // (`…, Schiff said. “The other factor is …”`).
    reported.sort_by_key(|q| q.span.start);
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
    // A fragment inside a reported clause (a mixed quote) is in the clause's speaker's words:
    // a quoted sentence, or a phrase of four words or more (`Wynn said Olsen had "sold the
    // office he swore to protect."`). A word or three stay a title or a scare quote.
    for (i, q) in direct.iter_mut().enumerate() {
        let content = q
            .span
            .slice(text)
            .trim_end_matches(['’', '\'', '”', '"', ' ']);
        let sentence = content.starts_with(char::is_uppercase)
            && content.ends_with(['.', '?', '!'])
            && content.split_whitespace().count() >= 4;
        let phrase =
            content.starts_with(char::is_lowercase) && content.split_whitespace().count() >= 4;
        if q.cue.is_some() || q.speaker.is_some() || !(sentence || phrase) || cx.after_title_word(i)
        {
            continue;
        }
        let k = reported.partition_point(|r| r.span.start <= q.span.start);
        let holder = reported[..k]
            .iter()
            .rev()
            .take(3)
            .find(|r| r.span.contains(q.span));
        if let Some(r) = holder {
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
    // The rules are done: free their tables (a big document's peak is the merge below).
    drop(cx);
    let mut quotes = direct;
    quotes.extend(reported);
    quotes.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    quotes
}

impl<'a> Context<'a> {
    /// Token `k`'s text and word lists (`""` and none past the ends). The rules read each
    /// token many times, so this is inlined and remembers the tokens read last.
    #[inline]
    fn token(&self, k: usize) -> Lookup<'a> {
        self.recent.get(k, || self.look_up(k))
    }

    #[inline(never)]
    fn look_up(&self, k: usize) -> Lookup<'a> {
        let Some(t) = self.tokens.get(k) else {
            return Lookup::default();
        };
        let text = t.span().slice(self.text);
        // No list word is without a letter.
        let word = if t.kind == TokenKind::Punct {
            Word {
                lists: Lists::default(),
                lower_case: matches!(lower(text), Lower::Same(_)),
            }
        } else {
            lexicon().word(text)
        };
        Lookup { text, word }
    }

    /// The text of token `k`.
    #[inline]
    fn w(&self, k: usize) -> &'a str {
        self.token(k).text
    }

    /// The text of token `k` in lower case.
    fn lw(&self, k: usize) -> Lower<'a> {
        self.token(k).lower()
    }

    /// True when token `k`, exactly as written, is in `list`.
    #[inline]
    fn is(&self, k: usize, list: List) -> bool {
        self.token(k).word.is(list as u32)
    }

    /// True when token `k` in lower case is in `list`.
    #[inline]
    fn lower_is(&self, k: usize, list: List) -> bool {
        self.token(k).word.lower_is(list as u32)
    }

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

    /// Where a noun phrase ends whose name ends before token `end`: there, or past the
    /// thing the name possesses (`Japan's Ministry of Defense`, `Olsen's lawyer`), not
    /// reaching token `hi`.
    fn past_possessor(&self, end: usize, hi: usize) -> usize {
        if !matches!(self.w(end), "’s" | "'s") || end + 1 >= hi {
            return end.min(hi);
        }
        if let Some(m) = self.mention_starting_at(end + 1) {
            return self.token_at(self.mentions[m].span.end).min(hi);
        }
        let mut e = end + 1;
        while e < hi
            && e < end + 5
            && self.is_word(e)
            && !self.lower_is(e, List::Clause)
            && !self.lower_is(e, List::Preposition)
            && !self.lower_is(e, List::Cue)
            && self.lw(e) != "of"
        {
            e += 1;
        }
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
            let after = self.token_at(self.mentions[k].span.end);
            matches!(self.w(after), "’s" | "'s")
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

    /// Index of the first token at or after byte `pos`.
    fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span().start < pos)
    }

    /// The noun phrase that ends with token `end - 1`, not reaching before token `lo`: a
    /// mention, a pronoun, or words back to a determiner (`the ministry's spokesman`).
    fn np_ending_at(&self, lo: usize, end: usize) -> Option<(usize, usize)> {
        if end <= lo {
            return None;
        }
        let last = end - 1;
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
            let start = self.token_at(self.mentions[k].span.start).max(lo);
            // `Police in Amarillo said`, `a spokesman for Acme said`: the phrase the name
            // qualifies.
            if start > lo + 1
                && matches!(self.lw(start - 1).as_str(), "in" | "at" | "from" | "for" | "of")
                && self.is_word(start - 2)
                // (`the mayor of Bristol`, but `Bank of America` is one name and `footage of
                // Hillary Clinton asking` no role.)
                && (self.lw(start - 1) != "of"
                    || self.mentions[k].kind != EntityKind::Person
                        && self.lower_is(start - 2, List::SpeakerHead)
                        && !starts_upper(self.w(start - 2)))
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
            // `the German said`: a nationality noun with its article.
            if start > lo
                && matches!(self.mentions[k].kind, EntityKind::Misc | EntityKind::Person)
                && start + 1 == end
                && self.lw(start - 1) == "the"
            {
                return Some((start - 1, end));
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
            if matches!(
                self.lw(prev).as_str(),
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
            // `…, and forecasters warned`: the conjunction joins clauses, not the subject.
            if matches!(self.lw(prev).as_str(), "and" | "or" | "but")
                && (prev == lo || self.w(prev - 1) == ",")
            {
                break;
            }
            let joins = matches!(pw, "-" | "’s" | "'s" | "&" | "." | "’" | "'")
                && self.tokens[prev].span().end == self.tokens[start].span().start
                || pw == "."
                    && prev > lo
                    && self.tokens[prev - 1].span().end == self.tokens[prev].span().start;
            if !(self.is_word(prev) || joins)
                || self.lower_is(prev, List::Clause)
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
    fn subject_before(&self, lo: usize, v: usize) -> Option<(usize, usize)> {
        let mut j = v;
        while j > lo && self.lower_is(j - 1, List::BetweenSubjectAndVerb) {
            j -= 1;
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
            // `NAME, APPOSITION, said`: the name before the apposition's opening comma (the first
            // comma of the subject: `Scott Pruitt, the attorney general, one of …, said`).
            let close = j - 1;
            let mut open = (lo..close).take(40).find(|&k| self.w(k) == ",")?;
            // `In a statement, the family’s lawyer, Ann Lee, said`: past an opening phrase.
            let mut lo = lo;
            if self.lower_is(lo, List::Preposition) || self.lower_is(lo, List::Opener) {
                if let Some(next) = (open + 1..close).find(|&k| self.w(k) == ",") {
                    lo = open + 1;
                    open = next;
                }
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
            let names_speaker = self
                .mention_inside(self.span(open + 1, close))
                .is_some_and(|k| self.token_at(self.mentions[k].span.start) <= open + 3);
            if !named(head) && named(whole) && names_speaker {
                return Some((np.0, close));
            }
            return Some(np);
        }
        self.np_ending_at(lo, j)
    }

    /// True when the tokens `from..to` can all belong to a subject noun phrase (apposition
    /// between commas allowed).
    fn clean_subject(&self, from: usize, to: usize) -> bool {
        let sep = |k: usize| {
            let w = self.w(k);
            w == "," || matches!(w, "—" | "–") || w == "-" && self.w(k + 1) == "-"
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
            let w = self.w(k);
            if self.is_mark(k) || self.is_stop(k) || w == ":" {
                return false;
            }
            if sep(k) {
                continue;
            }
            let in_apposition = apposition.contains(&k);
            if !in_apposition && self.lower_is(k, List::Clause) {
                // An auxiliary right before the verb is fine.
                let aux_tail = (k..to).all(|x| self.lower_is(x, List::BetweenSubjectAndVerb));
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
                let name_end = self.token_at(self.mentions[m].span.end);
                if self.mentions[m].kind != EntityKind::Person {
                    // `said French minister Marc Fesneau`: the person the modifier leads to.
                    let person = (name_end..(name_end + 3).min(hi))
                        .take_while(|&j| self.is_word(j))
                        .find_map(|j| {
                            self.mention_starting_at(j)
                                .filter(|&n| self.mentions[n].kind == EntityKind::Person)
                        });
                    if let Some(n) = person {
                        let end = self.token_at(self.mentions[n].span.end);
                        return Some((s, end.min(hi)));
                    }
                    // `said an EU diplomat`: the modifier and its head noun.
                    let head_end = (name_end..(name_end + 3).min(hi))
                        .take_while(|&j| {
                            self.is_word(j)
                                && self.w(j).chars().all(char::is_lowercase)
                                && !self.lower_is(j, List::Clause)
                                && !self.lower_is(j, List::Preposition)
                                && !self.lower_is(j, List::Time)
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
            if !(self.is_word(e) || joins) || (e > s && self.lower_is(e, List::Clause)) {
                break;
            }
            if e > s
                && (self.lower_is(e, List::Preposition)
                    || matches!(self.lw(e).as_str(), "the" | "a" | "an"))
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
            let word = self.lw(np.0);
            if word == "who" {
                let mut k = np.0;
                while k > 0 && matches!(self.w(k - 1), "," | "—" | "–") {
                    k -= 1;
                }
                let entity = k
                    .checked_sub(1)
                    .and_then(|k| self.mention_ending_at(k))
                    .and_then(|m| self.mention_entity.get(m).copied());
                return Speaker { span, entity };
            }
            if self.lower_is(np.0, List::Pronoun) {
                return Speaker {
                    span,
                    entity: self.pronoun_entity(&word, span.start),
                };
            }
        }
        if let Some(k) = self.mention_inside(span) {
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
            let m_lo = self.token_at(m.span.start);
            if m_lo > np.0 + 1 {
                let prep = self.lw(m_lo - 1);
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
                if matches!(prep.as_str(), "for" | "of") && m.kind != EntityKind::Place {
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
            let (m_lo, m_hi) = (self.token_at(m.span.start), self.token_at(m.span.end));
            let qualifies = m.span.end < span.end
                && head_lower
                && m_lo <= np.0 + 2
                && np.1 <= m_hi + 2
                && (m_hi..np.1)
                    .all(|j| self.is_word(j) && self.w(j).chars().all(char::is_lowercase))
                && !self.w(np.1 - 1).ends_with("ly");
            if qualifies && matches!(m.kind, EntityKind::Org | EntityKind::Misc) {
                let entity = match m.kind {
                    EntityKind::Org => self.mention_entity.get(k).copied(),
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
        Speaker {
            span,
            entity: self.role_entity(span),
        }
    }

    fn pronoun_entity(&self, word: &str, pos: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.span.start < pos);
        match word {
            "he" | "she" => {
                let naive = self.last_person.get(k).copied().flatten();
                let other = if word == "he" {
                    gender::Gender::Female
                } else {
                    gender::Gender::Male
                };
                let fits = |e: usize| self.genders.get(e).is_some_and(|&g| g != other);
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
            _ => None,
        }
    }

    /// True when `span` overlaps a direct piece without either holding the other.
    fn crosses_piece(&self, span: Span) -> bool {
        let first = self.pieces.partition_point(|p| p.outer().end <= span.start);
        self.pieces[first..]
            .iter()
            .take_while(|p| p.outer().start < span.end)
            .any(|p| span.crosses(p.outer()))
    }

    /// Paragraph `pi` as the words of a source introduced at the end of the paragraph before
    /// (`Limbaugh added:`, `The agency said in a statement:`), when it opens with no quotation
    /// mark.
    fn block_after_colon(&self, pi: usize) -> Option<Quote> {
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
    fn transcript_line(&self, pi: usize) -> Option<Quote> {
        let para = self.doc.paragraphs.get(pi)?.span;
        let body = para.slice(self.text);
        let lead = body.len() - body.trim_start_matches(['"', '“', '‘', '\'']).len();
        let rest = body.get(lead..)?;
        let colon = rest.get(..rest.len().min(40))?.find(':')?;
        let label = rest.get(..colon)?;
        let words = label.split_whitespace().count();
        let capitals = label.chars().filter(char::is_ascii_uppercase).count();
        let caps_only = label
            .chars()
            .all(|c| c.is_ascii_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'));
        let rubric = matches!(
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

    /// `the company`, `the California-based firm` → the last organisation named before it.
    fn org_entity(&self, span: Span) -> Option<usize> {
        let words = span.slice(self.text);
        let last = lower(words.split_whitespace().next_back()?);
        let org_noun = matches!(
            last.as_str(),
            "company"
                | "firm"
                | "group"
                | "agency"
                | "bank"
                | "maker"
                | "manufacturer"
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
    fn role_entity(&self, span: Span) -> Option<usize> {
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
            let mut w = words.split_whitespace();
            let (det, head) = (w.next()?, w.next()?);
            let age = head.ends_with("-year-old") && head.starts_with(|c: char| c.is_ascii_digit());
            let demonym = starts_upper(head)
                && (head.ends_with("man") || head.ends_with("woman") || DEMONYMS.contains(&head));
            let fits = det.eq_ignore_ascii_case("the") && w.next().is_none() && (age || demonym);
            fits.then(|| self.last_person.get(k).copied().flatten())
                .flatten()
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
                .is_some_and(|(a, b)| a.span().end == b.span().start);
        let abbreviation = prev.chars().count() == 1 && starts_upper(prev)
            || self.lower_is(k.wrapping_sub(1), List::Abbreviation);
        !(adjacent && abbreviation)
    }

    /// True when token `k` is a quotation mark, not the apostrophe of a possessive
    /// (`veterans' families`).
    fn is_mark(&self, k: usize) -> bool {
        let w = self.w(k);
        let possessive = matches!(w, "'" | "’")
            && k > 0
            && self.tokens[k - 1].span().end == self.tokens[k].span().start;
        is_open_mark(w) && !possessive
    }

    /// The token range of paragraph `pi`.
    fn paragraph_tokens(&self, pi: usize) -> (usize, usize) {
        self.doc.paragraphs.get(pi).map_or((0, 0), |p| {
            (self.token_at(p.span.start), self.token_at(p.span.end))
        })
    }

    /// True when piece `i` follows a word that makes it a title or a name (`on CNN's “State
    /// of the Union”`, `broadcast of “Fox News Sunday,”`), not speech.
    fn after_title_word(&self, i: usize) -> bool {
        let Some(piece) = self.pieces.get(i) else {
            return false;
        };
        let open_tok = self.token_at(piece.open.start);
        let (p_lo, _) = self.paragraph_tokens(piece.paragraph);
        // `his book, ''Make Your Kid a Millionaire,''`: a title in title case.
        let content = piece.content.slice(self.text);
        let long: Vec<&str> = content
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
            .collect();
        let title_case = long.len() >= 2
            && content.split_whitespace().count() <= 8
            && long.iter().all(|w| starts_upper(w));
        // Only in the middle of a sentence: `said. “The Donald. Big Daddy.”` is speech.
        let mid_sentence =
            open_tok > p_lo && (self.is_word(open_tok - 1) || self.w(open_tok - 1) == ",");
        if title_case && mid_sentence {
            return true;
        }
        let before_word = self.lw(open_tok.wrapping_sub(1));
        open_tok > p_lo
            && matches!(
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
        if self.is(i, List::Cue) {
            let speaker = self.np_after(i + 1, hi).map(|np| self.speaker(np));
            return Some((self.tokens[i].span(), speaker));
        }
        if !quote_ends_clause {
            return None;
        }
        // `X said`: the subject, then the verb.
        let limit = (i + 45).min(hi);
        let v = (i..limit)
            .find(|&k| self.is(k, List::Cue) || self.is_stop(k) || is_open_mark(self.w(k)));
        if let Some(v) = v.filter(|&v| self.is(v, List::Cue)) {
            // `… “Q.” The agency said it would appeal.`: a quote that closed its sentence
            // is not attributed by a new sentence that reports a clause of its own.
            if content.ends_with(['.', '?', '!']) && !comma && dash.is_none() {
                let mut c = v + 1;
                if self.is(v, List::Address) {
                    c = self.np_after(c, hi).map_or(c, |np| np.1);
                }
                let clause = c + 3 <= hi
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

    /// `“Q.” The words came from Anna Berg, who …`: a source named in the next sentence
    /// (tokens `from..hi`).
    fn words_came_from(&self, from: usize, hi: usize) -> Option<(Span, Option<Speaker>)> {
        let mut k = from;
        if matches!(
            self.lw(k).as_str(),
            "the" | "those" | "these" | "that" | "this" | "his" | "her" | "their"
        ) {
            k += 1;
        }
        let noun = matches!(
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
        // The cue verb among the last few tokens (`said in a statement on Friday:`).
        let reach = if colon { 12 } else { 6 };
        let v = (lo..e).rev().take(reach).find(|&k| {
            // `Said Ellis: “Q”`
            let is = |list| {
                if k == lo {
                    self.lower_is(k, list)
                } else {
                    self.is(k, list)
                }
            };
            is(List::Cue) || is(List::Participle) || self.is_stop(k) || is_open_mark(self.w(k))
        });
        // With no colon or comma before the mark, the verb stands right before it (`Trump
        // declared “Q”`, `said that “Q”`) or a few words before its `that` (`told reporters
        // that “Q”`, `said on Monday that “Q”`); `dismissed the reports as “Q”` is no cue.
        let punctuated = e < end;
        let v = v.filter(|&v| {
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
                let sentence_lo = self
                    .tokens
                    .get(v)
                    .and_then(|t| self.doc.sentence_at(t.span().start))
                    .and_then(|si| self.doc.sentences.get(si))
                    .map_or(lo, |se| se.tokens.start);
                let np = np
                    .or_else(|| self.sentence_subject(lo, v))
                    .or_else(|| self.sentence_subject(sentence_lo, v));
                return Some((cue, np.map(|np| self.speaker(np))));
            }
            let mut j = v;
            while j > lo && self.lower_is(j - 1, List::BetweenSubjectAndVerb) {
                j -= 1;
            }
            let coordinated = j > lo && self.w(j - 1) == "and";
            let speaker = self
                .subject_before(lo, v)
                .filter(|np| coordinated || self.lw(np.0) == "who" || self.clean_subject(np.0, v))
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
    fn colon_intro(&self, lo: usize, e: usize) -> Option<Speaker> {
        let mut s = lo;
        while s < e && (self.lower_is(s, List::Opener) || !self.is_word(s)) {
            s += 1;
        }
        let speech_noun = |k: usize| {
            matches!(
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
    /// naming verb stands within four tokens of the mark and its subject is a name or pronoun.
    fn naming_cue(&self, lo: usize, e: usize) -> Option<(Span, Option<Speaker>)> {
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
            || starts_upper(self.w(np.1 - 1));
        named.then(|| (self.tokens[v].span(), Some(self.speaker(np))))
    }

    /// The subject at the start of the clause `lo..hi`: a mention or pronoun among its first
    /// tokens (after `But`, `In a statement,` …).
    fn sentence_subject(&self, lo: usize, hi: usize) -> Option<(usize, usize)> {
        let mut s = lo;
        loop {
            while s < hi && (self.lower_is(s, List::Opener) || !self.is_word(s)) {
                s += 1;
            }
            // `In a statement, Trump said` / `On Friday, she`: skip an opening phrase.
            let opening = matches!(
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
            );
            match (s..hi).take(24).find(|&k| self.w(k) == ",") {
                Some(c) if opening && s < hi => s = c + 1,
                _ => break,
            }
        }
        if s >= hi {
            return None;
        }
        if self.lower_is(s, List::Pronoun) {
            return Some((s, s + 1));
        }
        for k in s..(s + 4).min(hi) {
            if let Some(m) = self.mention_starting_at(k) {
                let name_end = self.token_at(self.mentions[m].span.end);
                return Some((s, self.subject_end(name_end, hi).max(k + 1)));
            }
            // The subject ends at the first lower-case word (`Trump attacked Clinton`).
            let w = self.w(k);
            if !self.is_word(k) && w != "." || k > s && !starts_upper(w) && w != "." {
                break;
            }
        }
        // Capitalised words that open the clause (`Dean, a former …, poked`).

        if matches!(self.w(s), "The" | "A" | "An") {
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
            s += 1;
        }
        let e = (s..hi.min(s + 5))
            .find(|&k| !(self.is_word(k) && starts_upper(self.w(k)) || self.w(k) == "."))
            .unwrap_or(hi.min(s + 5));
        (e > s && starts_upper(self.w(s))).then_some((s, self.subject_end(e, hi)))
    }

    /// Where a subject whose name ends before token `name_end` ends: past what the name
    /// possesses and, after `Olsen's lawyer, Daniel Kreuger,`, at the person the apposition
    /// names.
    fn subject_end(&self, name_end: usize, hi: usize) -> usize {
        let end = self.past_possessor(name_end, hi);
        if end > name_end && self.w(end) == "," {
            if let Some(n) = self.mention_starting_at(end + 1) {
                let after = self.token_at(self.mentions[n].span.end);
                if self.mentions[n].kind == EntityKind::Person && self.w(after) == "," {
                    return after.min(hi);
                }
            }
        }
        end
    }

    /// Pieces with no cue of their own: a quote running over several paragraphs takes the
    /// attribution of its last piece, and a quote that opens a sentence right after another
    /// quote (same paragraph, or a paragraph that opens with it after a quote paragraph)
    /// continues that quote's speaker.
    fn carry_over(&self, quotes: &mut [Quote]) -> Vec<bool> {
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
            let (p_lo, _) = self.paragraph_tokens(pieces[i].paragraph);
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
            let long_words: Vec<&str> =
                content.split_whitespace().filter(|w| w.len() > 3).collect();
            // Only read when the quote opens its paragraph: once per paragraph, so linear.
            let closes_paragraph = opens_paragraph
                && para.is_some_and(|p| {
                    self.text
                        .get(pieces[i].outer().end..p.span.end)
                        .is_some_and(|rest| rest.chars().all(|c| !c.is_alphanumeric()))
                });
            let title_case = opens_paragraph
                && closes_paragraph
                && !long_words.is_empty()
                && content.split_whitespace().count() <= 8
                && long_words.iter().all(|w| starts_upper(w));
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

    /// Reported speech in the sentence with tokens `range`, appended to `out`. The sentence
    /// splitter keeps `…, Schiff said. “Q”` together, so the range is cut again at every full
    /// stop outside the direct quotes.
    fn reported(&self, range: std::ops::Range<usize>, direct: &[Quote], out: &mut Vec<Quote>) {
        let mut from = range.start;
        let mut k = range.start;
        // The first piece that does not end before token `k`: pieces and tokens are in text
        // order, so it only moves forward.
        let start = self.tokens.get(k).map_or(0, |t| t.span().start);
        let mut p = self.pieces.partition_point(|p| p.outer().end <= start);
        while k < range.end {
            let at = self.tokens[k].span().start;
            while self.pieces.get(p).is_some_and(|q| q.outer().end <= at) {
                p += 1;
            }
            let inside = self.pieces.get(p).is_some_and(|p| p.outer().start < at);
            // `… of “fanatic recklessness.” South Korean President Park said …`
            let ends_quote = p < self.pieces.len()
                && self.pieces.get(p).is_some_and(|q| {
                    q.outer().end == self.tokens[k].span().end
                        && q.content
                            .slice(self.text)
                            .trim_end_matches(['’', '\'', '”', '"', ' '])
                            .ends_with(['.', '?', '!'])
                })
                && starts_upper(self.w(k + 1));
            if (!inside && self.is_stop(k) || ends_quote) && k + 1 < range.end {
                self.reported_clause(from..k + 1, direct, out);
                from = k + 1;
            }
            k += 1;
        }
        self.reported_clause(from..range.end, direct, out);
    }

    fn reported_clause(
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
        if let Some((a, b)) = self.parenthetical(lo, hi) {
            out.push(a);
            out.push(b);
        } else if let Some(q) = self.according_to(lo, hi).or_else(|| {
            // `Bamberg said the videos show nothing, the footage showed`: the clause's own
            // cue, near its start, wins over the one at the end.
            let first = self.cue_then_clause(lo, hi);
            match self.clause_then_cue(lo, hi) {
                Some(last) => match first {
                    Some(f) if f.cue.is_some_and(|c| c.end <= last.span.end) => Some(f),
                    _ => Some(last),
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
                let second = self.cue_then_clause(rest, hi).or_else(|| {
                    // `… and said CLAUSE`: the same source goes on, also after an adjunct the
                    // first content left out (`stressed her support during the forum and said
                    // …`).
                    let mut v = (rest..hi.min(rest + 25))
                        .take_while(|&k| !matches!(self.w(k), "," | ";"))
                        .find(|&k| self.w(k) == "and" && self.is(k + 1, List::Report))
                        .unwrap_or(rest);
                    while v < hi && matches!(self.w(v), "," | "and") {
                        v += 1;
                    }
                    while v < hi && self.lower_is(v, List::BetweenSubjectAndVerb) {
                        v += 1;
                    }
                    let coordinated = (rest..v).any(|k| self.w(k) == "and");
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
                let second = second.or_else(|| self.continuation(&q, hi));
                if let Some(second) = second.filter(|s| s.span.start >= q.span.end) {
                    out.push(second);
                }
            }
        }
        // `…, saying (that) CLAUSE` after a main clause.
        if let Some(q) = self.participle_clause(lo, hi, direct) {
            if out[before..].iter().all(|o| !o.span.overlaps(q.span)) {
                out.push(q);
            }
        }
        // Speech, thought and stance from the cue lexicon, where the patterns above found none.
        self.stance_clauses(lo, hi, before, direct, out);
        // `which Mr. Ruiz says he is fixing`: the relative pronoun is a piece of the content.
        self.relative_pieces(lo, hi, before, out);
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

    /// True when `span` crosses no direct piece and has a word of its own outside them.
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
            words_inside += o
                .slice(self.text)
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
        }
        let words = span
            .slice(self.text)
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        words > words_inside
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
        let opener = (lo..a).all(|k| !self.is_word(k) || self.lower_is(k, List::Opener));
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

    /// Headline attributions: `Pence: Flowers Won’t Be at Debate`, `Obama Says Museum Will
    /// Tell …`, `Clinton Hid Past Problems, Former Doctor Says`.
    fn headline(&self, range: std::ops::Range<usize>) -> Option<Quote> {
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
            let rubric = matches!(
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
                matches!(
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
            if rubric || !name {
                return None;
            }
            ((lo, c), c, (c + 1, hi))
        } else if hi > lo + 2 && says(hi - 1) && self.w(hi - 3) != "," {
            // `CLAUSE, Former White House Doctor Says`
            let comma = (lo..hi - 1).rev().take(6).find(|&k| self.w(k) == ",")?;
            ((comma + 1, hi - 1), hi - 1, (lo, comma))
        } else {
            // `Obama Says …`, `New Poll Shows …`, `Trump Calls for …`: a present-tense report
            // verb after a title-case source.
            let verb =
                |k: usize| says(k) || self.lw(k).ends_with('s') && self.lower_is(k, List::Report);
            let v = (lo + 1..hi.min(lo + 6)).find(|&k| verb(k))?;
            if !(lo..v).all(|k| starts_upper(self.w(k)) || self.w(k) == ".") {
                return None;
            }
            let mut c = v + 1;
            if self.lw(v) == "calls" && self.lw(c) == "for" {
                c += 1;
            }
            ((lo, v), v, (c, hi))
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

    /// For reported speech in `out[before..]` whose source stands in a relative clause after
    /// `which` (`the mine, which Mr. Ruiz says he is keeping open`), the relative pronoun as a
    /// first piece of the content: what was said is about it.
    fn relative_pieces(&self, lo: usize, hi: usize, before: usize, out: &mut Vec<Quote>) {
        let mut add = Vec::new();
        for q in out.get(before..).unwrap_or(&[]) {
            let (Some(cue), Some(speaker)) = (q.cue, q.speaker) else {
                continue;
            };
            // `what the senators said was gerrymandering`: what follows the cue is the rest.
            let v = self.token_at(cue.start);
            if !q.direct
                && q.span.slice(self.text) == "what"
                && matches!(self.lw(v + 1).as_str(), "was" | "is" | "were" | "are")
            {
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
                continue;
            }
            if q.direct || q.span.start < cue.end || speaker.span.end > cue.start {
                continue;
            }
            // Back over the source's title and determiner (`which Mr. Ruiz`, `which the
            // agency`) to the pronoun.
            let mut j = self.token_at(speaker.span.start);
            let mut steps = 0;
            while j > lo
                && steps < 3
                && (matches!(self.w(j - 1), "." | "the" | "The") || starts_upper(self.w(j - 1)))
            {
                j -= 1;
                steps += 1;
            }
            let Some(r) = j.checked_sub(1).filter(|&r| r >= lo) else {
                continue;
            };
            // Not `in which he said` (the pronoun is no object of the cue) nor `…, which
            // reported` (there it is the source).
            if self.w(r) != "which"
                || r > lo && self.lower_is(r - 1, List::Preposition)
                || self.tokens.get(r).is_some_and(|t| t.span() == speaker.span)
            {
                continue;
            }
            let span = self.span(r, r + 1);
            if !out.iter().chain(&add).any(|o: &Quote| o.span == span) {
                add.push(Quote {
                    span,
                    direct: false,
                    cue: q.cue,
                    speaker: q.speaker,
                });
            }
        }
        out.extend(add);
    }

    /// `The deal, he said, was a good one.`: the clause in two pieces around its cue.
    fn parenthetical(&self, lo: usize, hi: usize) -> Option<(Quote, Quote)> {
        let c1 = (lo + 1..hi).take(40).find(|&k| self.w(k) == ",")?;
        let c2 = (c1 + 2..hi).take(12).find(|&k| self.w(k) == ",")?;
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
            || resume == "as"
            || resume == "in" && matches!(self.lw(c2 + 2).as_str(), "a" | "an")
            || self.lower_is(c2 + 1, List::Participle)
            || self.lower_is(c2 + 1, List::Opener)
            || matches!(resume.as_str(), "and" | "but" | "or" | "which" | "who")
            || is_open_mark(self.w(c2 + 1))
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

    /// `CLAUSE, X said, and CLAUSE` / `CLAUSE, X said in a report, but CLAUSE`: after a cue
    /// that follows its clause, the rest of the sentence past the next comma is a second piece
    /// of the same attribution (not a participle, `as …` or a relative clause of its own).
    fn continuation(&self, q: &Quote, hi: usize) -> Option<Quote> {
        let cue = q.cue?;
        // Not after `said X,` (an apposition follows the name).
        if cue.start < q.span.end || q.speaker.is_some_and(|s| s.span.start > cue.start) {
            return None;
        }
        let v = self.token_at(cue.start);
        let comma = (v + 1..hi.min(v + 10)).find(|&k| self.w(k) == ",")?;
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
            || !self.is_word(c)
            || self.is(c, List::Participle)
            || first.ends_with("ing")
            || self.lower_is(c, List::Preposition)
            || matches!(
                first.as_str(),
                "as" | "who" | "which" | "according" | "while" | "when" | "where" | "after"
            )
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

    /// True when the cue-like word at `v` follows a number (`by 5 percentage points`, `3
    /// points`): a noun, not a verb.
    fn after_number(&self, v: usize) -> bool {
        v > 0
            && (self.tokens[v - 1].kind == TokenKind::Number
                || matches!(self.lw(v - 1).as_str(), "percentage" | "talking"))
    }

    /// `CLAUSE, X said [when …]` and `CLAUSE, said X`.
    fn clause_then_cue(&self, lo: usize, hi: usize) -> Option<Quote> {
        for v in lo + 3..hi {
            let vw = self.w(v);
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
            if self.after_number(v) {
                continue;
            }
            let no_content_after = !(v + 1..hi).any(|k| {
                let w = self.lw(k);
                w == "that" || is_open_mark(&w)
            });
            // Candidate commas that end the clause, nearest first (`CLAUSE, X, a …, said`).
            let commas = (lo..v).rev().take(45).filter(|&k| {
                matches!(self.w(k), "," | "—" | "–")
                    || is_open_mark(self.w(k)) && k > lo && self.w(k - 1) == ","
            });
            for comma in commas.take(5) {
                let inversion = comma + 1 == v;
                // What follows the verb says when or where, or names the speaker.
                let next = self.lw(v + 1);
                // `…, Mr. Guajardo told me.` / `…, she told CNN on Sunday.`
                let addressee = self.is(v, List::Address)
                    && no_content_after
                    && self.np_after(v + 1, hi).is_some_and(|np| {
                        np.1 >= hi || self.w(np.1) == "," || self.lower_is(np.1, List::Preposition)
                    });
                let tail_ok = v + 1 >= hi
                    || next == ","
                    || addressee
                    || inversion && no_content_after
                    || no_content_after
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
                    let speech = matches!(
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
                } else if self.clean_subject(comma + 1, v) {
                    // The whole stretch after the comma is the subject (`Mr. Obama`, `Scott
                    // Pruitt, the attorney general, …`).
                    self.subject_before(comma + 1, v).filter(|np| {
                        np.0 > comma
                            && np.0 <= comma + 5
                            && (comma + 1..np.0)
                                .all(|k| self.w(k) != "," && !self.lower_is(k, List::Clause))
                    })
                } else {
                    None
                };
                let Some(np) = np else {
                    continue;
                };
                let quoted_end = is_open_mark(self.w(comma));
                let content_end = if quoted_end { comma + 1 } else { comma };
                let mut c0 = lo;
                while c0 < content_end
                    && (self.lower_is(c0, List::Opener) || matches!(self.w(c0), "," | "—"))
                {
                    c0 += 1;
                }
                // `In 2012, the economy grew, he said`: skip an opening phrase.
                if self.lower_is(c0, List::Preposition) || self.lower_is(c0, List::Subordinator) {
                    match (c0..content_end).find(|&k| self.w(k) == ",") {
                        Some(c) => c0 = c + 1,
                        None => break,
                    }
                }
                if content_end < c0 + 3 {
                    break;
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
    fn short_piece_at(&self, k: usize) -> Option<usize> {
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
    fn clause_tail(&self, k: usize) -> bool {
        let w = self.w(k);
        let lw = self.lw(k);
        // Read on only at a word that can start a tail (this runs for every token).
        if !matches!(lw.as_str(), "," | "in" | "on" | "but") {
            return false;
        }
        let next = self.lw(k + 1);
        if w == "," && matches!(next.as_str(), "although" | "though" | "even") {
            return true;
        }
        // `… in a statement on Thursday`, `… in an interview`: where it was said.
        let venue = matches!(
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
        // `… but also had to …`, `… but stopped short of …`: the subject's next act.
        lw == "but"
            && (next.ends_with("ed")
                || matches!(
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

    /// True when the dash at token `k` does not end a reported clause that starts at token `c`:
    /// it opens an elaboration of what came before (`… the problems families face — the high
    /// cost of …`), or closes an aside that opened as one (`… Sargent Shriver — a Kennedy in-law
    /// — to replace …`). An aside of another kind (`— as was true in 2016 —`) ends the clause.
    fn dash_goes_on(&self, c: usize, k: usize, hi: usize) -> bool {
        let elaboration = |x: usize| {
            matches!(
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
    fn new_source_after_and(&self, k: usize, hi: usize) -> bool {
        let first = self.lw(k + 1);
        let subject_start = starts_upper(self.w(k + 1))
            || matches!(first.as_str(), "the" | "he" | "she" | "they" | "we" | "i");
        if !subject_start {
            return false;
        }
        (k + 2..hi.min(k + 6)).any(|x| {
            let finite = lexicon::cue_verb(self.w(x)).is_some_and(|(_, form)| {
                matches!(form, lexicon::Form::Past | lexicon::Form::Third)
            }) || self.is(x, List::Report);
            finite
                && (k + 1..x).all(|y| {
                    self.is_word(y)
                        && (y == k + 1
                            || starts_upper(self.w(y))
                            || self.lower_is(y, List::BetweenSubjectAndVerb)
                            || self.w(y).ends_with('s'))
                })
        })
    }

    /// True when token `k` opens a subordinate clause or an absolute phrase that a comma
    /// closes before the main clause (`While …,`, `Although …,`, `With …,`, `After …,`).
    /// Not `As X noted, CLAUSE`, where the clause after the comma is what was said.
    fn opens_subordinate(&self, k: usize) -> bool {
        let w = self.lw(k);
        w != "as" && self.lower_is(k, List::Subordinator)
            || matches!(w.as_str(), "with" | "after" | "before" | "whereas")
    }

    /// True when token `k` can be the subject of a new main clause: a pronoun, a name, or a
    /// definite or possessive noun phrase (`he does not`, `Ham also noted`, `his decision was`).
    fn starts_main_clause(&self, k: usize) -> bool {
        let w = self.w(k);
        matches!(
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

    /// For a progressive report verb at `v` (`is hoping`, `has been arguing`), the token of
    /// its `be` auxiliary, which the subject stands before.
    fn progressive_aux(&self, lo: usize, v: usize) -> Option<usize> {
        if !self.is(v, List::Progressive) {
            return None;
        }
        let mut k = v.checked_sub(1)?;
        while k > lo
            && matches!(
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
    fn cue_then_clause(&self, lo: usize, hi: usize) -> Option<Quote> {
        let mut s0 = lo;
        while s0 < hi && (self.lower_is(s0, List::Opener) || matches!(self.w(s0), "," | "—")) {
            s0 += 1;
        }
        let mut past = 0;
        for v in s0 + 1..hi.min(s0 + 45) {
            if v < past {
                continue;
            }
            let vw = self.w(v);
            if is_open_mark(vw) {
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
            if self.is(v, List::NounLike) && self.lw(v + 1) != "that" {
                continue;
            }
            // `the alleged attacker`, `his plans to …`: after a determiner the word is no verb.
            if matches!(
                self.lw(v - 1).as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
            ) {
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
                if self.lower_is(rel - 1, List::BetweenSubjectAndVerb) {
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
            let relative =
                (rel > s0 + 1 || rel > s0 && s0 > lo) && matches!(self.w(rel - 1), "who" | "which");
            if relative {
                start = rel - 1;
            } else if !self.clean_subject(start, sv) {
                let first_comma = (s0..sv).find(|&k| self.w(k) == ",");
                let boundary = (s0..sv).rev().take(10).find(|&k| {
                    matches!(self.w(k), "," | ";" | "—" | ":")
                        || matches!(
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
            let found = if relative {
                Some((rel - 1, rel))
            } else {
                self.subject_before(start, sv)
            };
            let Some(np) = found else {
                continue;
            };
            // After a boundary the whole stretch must be the subject.
            if start > s0 && np.0 > start + 4 {
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
                        let after = self.token_at(self.mentions[m].span.end);
                        !self.is_word(after)
                            || self.lower_is(after, List::Preposition)
                            || self.lower_is(after, List::Time)
                    }))
            {
                continue;
            }
            // `pointed out`
            if matches!(self.w(c), "out" | "on" | "for" | "to")
                && matches!(vw, "pointed" | "called" | "calls" | "insisted" | "points")
            {
                c += 1;
            }
            // `told reporters (on Thursday) that`, `said in a statement that`
            let address = self.is(v, List::Address);
            let that = (c..hi.min(c + 14))
                .take_while(|&k| {
                    let w = self.lw(k);
                    w == "that"
                        || address
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
                        || matches!(
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
                        )
                })
                .find(|&k| self.lw(k) == "that");
            // `believe that is likely`: here `that` is the clause's subject; `rejected that
            // argument`: after a verb that takes no clause it is a determiner.
            let no_clause = lexicon::cue_verb(vw).is_some_and(|(f, _)| f & lexicon::CLAUSE == 0);
            let that = that.filter(|&t| {
                let subject = matches!(
                    self.lw(t + 1).as_str(),
                    "is" | "was" | "will" | "would" | "could" | "has" | "had" | "may" | "might"
                );
                let determiner = no_clause && t == c;
                !subject && !determiner
            });
            if let Some(that) = that {
                c = that + 1;
            } else if address {
                // Skip the person addressed (and when: `told voters this weekend he …`).
                if let Some(np) = self.np_after(c, hi) {
                    c = np.1;
                    while c < hi && self.lower_is(c, List::Time) {
                        c += 1;
                    }
                }
            } else {
                while c < hi && (self.lower_is(c, List::Time) || self.w(c) == ",") {
                    c += 1;
                }
            }
            while c < hi && matches!(self.w(c), "," | ":" | "—") {
                c += 1;
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
            // `he said, adding that …`: the participle's own clause, found by its rule.
            if hi < c + 3
                || !self.is_word(c) && !is_open_mark(self.w(c))
                || self.is(c, List::Participle)
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
            // `…, arguing that …` and `… and repeatedly says, “Q”` are second attributions.
            let end = (c + 1..hi)
                .find(|&k| {
                    let w = self.w(k);
                    let mut n = k + 1;
                    while n < hi && self.lower_is(n, List::BetweenSubjectAndVerb) {
                        n += 1;
                    }
                    let next = self.lw(k + 1);
                    w == "," && self.is(k + 1, List::Participle)
                        || w == "and"
                            && (self.is(n, List::Cue) || self.is(n, List::Report))
                        // `Republicans said A and Democrats accused …`: a new source's act.
                        || w == "and" && k > c + 2 && self.new_source_after_and(k, hi)
                        // `…, but analysts agreed …`: another source's clause begins.
                        || w == ","
                            && matches!(
                                next.as_str(),
                                "but" | "though" | "although" | "while" | "whereas" | "even"
                            )
                            && (k + 3..hi.min(k + 6)).any(|x| {
                                (self.is(x, List::Report) || self.is(x, List::Cue))
                                    && (k + 2..x).all(|y| {
                                        self.is_word(y) && !self.lower_is(y, List::Clause)
                                    })
                            })
                        || w == ";"
                        || matches!(w, "--" | "—") && !(clause_content && self.dash_goes_on(c, k, hi))
                        || opening && w == "," && k >= c + 3 && self.starts_main_clause(k + 1)
                        || object_content && k > c + 1 && self.ends_object_at(k)
                        // `declined that assignment and has since left …`: the subject's next act.
                        || object_content
                            && w == "and"
                            && matches!(
                                next.as_str(),
                                "has" | "have" | "had" | "was" | "is" | "will" | "would" | "then"
                            )
                        || self.clause_tail(k)
                        // `…, who (on Monday) said …`: the relative clause has its own cue.
                        || w == ","
                            && matches!(next.as_str(), "which" | "who")
                            && (k + 2..hi.min(k + 6)).any(|x| self.is(x, List::Report))
                })
                .unwrap_or(hi);
            let hi = end;
            return Some(Quote {
                span: self.content(c, hi)?,
                direct: false,
                cue: Some(self.tokens[v].span()),
                speaker: Some(self.speaker(np)),
            });
        }
        None
    }

    /// `…, saying (that) CLAUSE` / `…, arguing that CLAUSE`: the clause belongs to the
    /// sentence's subject.
    fn participle_clause(&self, lo: usize, hi: usize, direct: &[Quote]) -> Option<Quote> {
        // `…, saying`, `… and saying`, `… for saying that …`
        let p = (lo + 2..hi).find(|&k| {
            if !self.is(k, List::Participle) {
                return false;
            }
            let before = self.lw(k - 1);
            let after_preposition = matches!(
                before.as_str(),
                "for" | "by" | "from" | "after" | "before" | "while" | "of"
            );
            // `for saying that …`, but not `a vote for admitting Poland`.
            (matches!(before.as_str(), "," | "and")
                || after_preposition && (self.w(k) == "saying" || self.lw(k + 1) == "that"))
        })?;
        let mut c = p + 1;
        if self.lw(c) == "that" {
            c += 1;
        } else if matches!(self.w(p), "telling" | "urging" | "asking" | "calling") {
            let np = self.np_after(c, hi)?;
            c = np.1;
            if self.lw(c) == "that" {
                c += 1;
            }
        }
        while c < hi && matches!(self.w(c), "," | ":") {
            c += 1;
        }
        if hi < c + 3 {
            return None;
        }
        // `“Q,” he said, adding that …`: the speaker of the quote before; else the subject.
        let start = self.tokens.get(lo)?.span().start;
        let at = self.tokens.get(p)?.span().start;
        let k = direct.partition_point(|q| q.span.start < at);
        let quoted = k
            .checked_sub(1)
            .and_then(|k| direct.get(k))
            .filter(|q| q.span.start >= start)
            .and_then(|q| q.speaker);
        let speaker = quoted.or_else(|| self.sentence_subject(lo, p).map(|np| self.speaker(np)));
        Some(Quote {
            span: self.content(c, hi)?,
            direct: false,
            cue: Some(self.tokens[p].span()),
            speaker,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use crate::{analyze, Options};

    /// `(direct?, content, speaker, cue, entity name of the speaker)` for every quote.
    fn attributed(text: &str) -> Vec<(bool, String, String, String, String)> {
        let a = analyze(text, &Options::default()).unwrap();
        a.quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.map_or("", |s| s.span.slice(text)).to_string();
                let entity = q
                    .speaker
                    .and_then(|s| s.entity)
                    .and_then(|e| a.entities.get(e))
                    .map_or(String::new(), |e| e.name.clone());
                let cue = q.cue.map_or("", |c| c.slice(text)).to_string();
                (
                    q.direct,
                    q.span.slice(text).to_string(),
                    speaker,
                    cue,
                    entity,
                )
            })
            .collect()
    }

    /// A neutral opening paragraph, so the text under test is body text.
    const LEAD: &str = "Officials met in the capital on Monday to discuss the new plan.\n\n";

    /// `name: input => [(D or R, content, speaker, cue, entity)]`; entity `*` is not checked.
    macro_rules! t {
        ($($name:ident: $input:expr => [$(($kind:ident, $content:expr, $speaker:expr, $cue:expr, $entity:expr)),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let text = format!("{LEAD}{}", $input);
                let got = attributed(&text);
                let want: Vec<(bool, &str, &str, &str, &str)> =
                    vec![$((stringify!($kind) == "D", $content, $speaker, $cue, $entity)),*];
                assert_eq!(got.len(), want.len(), "in {:?}: {got:#?}", $input);
                for (g, w) in got.iter().zip(&want) {
                    assert_eq!((g.0, g.1.as_str(), g.2.as_str(), g.3.as_str()), (w.0, w.1, w.2, w.3), "in {:?}", $input);
                    if w.4 != "*" {
                        assert_eq!(g.4, w.4, "entity in {:?}", $input);
                    }
                }
            }
        )*};
    }

    t! {
        byline_author_is_no_antecedent: "By Clara Jensen\n\nThe company reported a loss. “We moved too slowly,” she said." =>
            [(D, "We moved too slowly,", "she", "said", "")];
        // Descriptions and possessors (coref::description_entity, `past_possessor`).
        definite_description_of_an_org: "The Illinois Department of Public Health counted 27 deaths. The department said the peak would come in January." =>
            [(R, "the peak would come in January", "The department", "said", "Illinois Department of Public Health")];
        definite_description_of_a_company: "Shares of Northwind Holdings fell 4 percent on Monday. The company said it had done nothing wrong." =>
            [(R, "it had done nothing wrong", "The company", "said", "Northwind Holdings")];
        possessor_is_not_the_speaker: "Gary Olsen appeared in court on Monday. Olsen's lawyer, Daniel Kreuger, said his client would not appeal." =>
            [(R, "his client would not appeal", "Daniel Kreuger", "said", "Daniel Kreuger")];
        possessor_is_not_the_subject_of_a_participle: "Gary Olsen appeared in court on Monday. Olsen's lawyer, Daniel Kreuger, asked for mercy, arguing that his client was ill." =>
            [(R, "for mercy", "Daniel Kreuger", "asked", "Daniel Kreuger"),
             (R, "his client was ill", "Daniel Kreuger", "arguing", "Daniel Kreuger")];
        possessor_known_only_by_surname: "Olsen's lawyer, Daniel Kreuger, had asked for mercy, arguing that his client was ill." =>
            [(R, "for mercy", "Daniel Kreuger", "asked", "Daniel Kreuger"),
             (R, "his client was ill", "Daniel Kreuger", "arguing", "Daniel Kreuger")];
        according_to_a_possessed_org: "The talks will resume in March, according to a statement from Japan's Ministry of Defense." =>
            [(R, "The talks will resume in March", "Ministry of Defense", "according to", "Ministry of Defense")];
        quoted_phrase_takes_the_speaker_of_reported_speech: "Judge Patricia Wynn said Olsen had \"sold the office he swore to protect.\"" =>
            [(R, "Olsen had \"sold the office he swore to protect.\"", "Patricia Wynn", "said", "Patricia Wynn"),
             (D, "sold the office he swore to protect.", "Patricia Wynn", "said", "Patricia Wynn")];
        scare_quote_inside_reported_speech: "Judge Patricia Wynn said the \"deal\" had collapsed." =>
            [(R, "the \"deal\" had collapsed", "Patricia Wynn", "said", "Patricia Wynn"),
             (D, "deal", "", "", "")];
        cue_after_pronoun: "Major General Wang Lei arrived late. “We will win,” he said." =>
            [(D, "We will win,", "he", "said", "Wang Lei")];
        cue_after_name: "“We will win,” Wang Lei said on Tuesday." =>
            [(D, "We will win,", "Wang Lei", "said", "Wang Lei")];
        inversion: "“We will win,” said Li Jie, a military expert." =>
            [(D, "We will win,", "Li Jie", "said", "Li Jie")];
        apposition: "“We will win,” Su Hao, a relations expert at the university, said." =>
            [(D, "We will win,", "Su Hao", "said", "Su Hao")];
        abbreviated_title: "“It will be first-order business,” Mr. Podesta said." =>
            [(D, "It will be first-order business,", "Podesta", "said", "*")];
        party_in_parentheses: "“It is a disgrace,” Rep. Gwen Moore (D-Wis.) said Friday." =>
            [(D, "It is a disgrace,", "Gwen Moore", "said", "*")];
        colon_before: "Li Jie said: “We will win.”" =>
            [(D, "We will win.", "Li Jie", "said", "Li Jie")];
        told_before: "Li Jie told reporters on Friday: “We will win.”" =>
            [(D, "We will win.", "Li Jie", "told", "Li Jie")];
        capitalised_inversion_before: "Said Ellis: “I doubt she is interested.”" =>
            [(D, "I doubt she is interested.", "Ellis", "Said", "*")];
        colon_intro_paragraph: "The Daily Planet reports:\n\n“Costs rose by half last year.”" =>
            [(D, "Costs rose by half last year.", "Daily Planet", "reports", "*")];
        interrupted: "“The talks went well,” she said, “and we will meet again.”" =>
            [(D, "The talks went well,", "she", "said", "*"), (D, "and we will meet again.", "she", "said", "*")];
        interrupted_inversion: "“The talks went well,” said Anna Berg, “and we will meet again.”" =>
            [(D, "The talks went well,", "Anna Berg", "said", "*"), (D, "and we will meet again.", "Anna Berg", "said", "*")];
        second_sentence_same_speaker: "“We are ready,” Anna Berg said. “The army is too.”" =>
            [(D, "We are ready,", "Anna Berg", "said", "*"), (D, "The army is too.", "Anna Berg", "said", "*")];
        continuation_paragraph: "“We are ready,” Anna Berg said.\n\n“The army is ready too, and so is the navy.”" =>
            [(D, "We are ready,", "Anna Berg", "said", "*"), (D, "The army is ready too, and so is the navy.", "Anna Berg", "said", "*")];
        multi_paragraph_quote: "Anna Berg said: “We are ready for the talks.\n\n“The army is ready too.”" =>
            [(D, "We are ready for the talks.", "Anna Berg", "said", "*"), (D, "The army is ready too.", "Anna Berg", "said", "*")];
        dash_credit: "“He does not speak for us.” ― Ana Lopez" =>
            [(D, "He does not speak for us.", "Ana Lopez", "―", "*")];
        mixed_marks: "\"We will not wait,” said Omar Haddad." =>
            [(D, "We will not wait,", "Omar Haddad", "said", "*")];
        straight_marks: "\"We will not wait,\" Omar Haddad said." =>
            [(D, "We will not wait,", "Omar Haddad", "said", "*")];
        single_marks: "‘We will not wait,’ Omar Haddad said." =>
            [(D, "We will not wait,", "Omar Haddad", "said", "*")];
        participle_before: "Omar Haddad attacked the plan, saying, “It is a disaster.”" =>
            [(R, "the plan", "Omar Haddad", "attacked", "*"), (D, "It is a disaster.", "Omar Haddad", "saying", "*")];
        coordinated_verbs: "I laughed and said, “I do not believe in ghosts.”" =>
            [(D, "I do not believe in ghosts.", "I", "said", "")];
        scare_quote_has_no_speaker: "The missile could strike “the whole mainland of the United States”." =>
            [(D, "the whole mainland of the United States", "", "", "")];
        title_has_no_speaker: "Omar Haddad said on CNN’s “State of the Union” that he would run." =>
            [(D, "State of the Union", "", "", ""), (R, "he would run", "Omar Haddad", "said", "*")];
        heading_in_quotes_is_not_a_continuation: "“We are ready,” Anna Berg said.\n\n‘All Bets Are Off.’\n\nThe talks began." =>
            [(D, "We are ready,", "Anna Berg", "said", "*"), (D, "All Bets Are Off.", "", "", "")];
        role_noun_speaker: "Defence ministry spokesman Senior Colonel Wu Qian spoke on Thursday. “We want peace,” the spokesman said." =>
            [(D, "We want peace,", "the spokesman", "said", "Wu Qian")];
        group_speaker: "Defence analysts said the talks would continue next year." =>
            [(R, "the talks would continue next year", "Defence analysts", "said", "")];
        reported_that: "Wu Qian said on Thursday that the talks were held to build trust." =>
            [(R, "the talks were held to build trust", "Wu Qian", "said", "Wu Qian")];
        reported_told: "Wu Qian told reporters the talks were useful." =>
            [(R, "the talks were useful", "Wu Qian", "told", "Wu Qian")];
        reported_clause_first: "The talks were useful for both sides, Wu Qian said on Thursday." =>
            [(R, "The talks were useful for both sides", "Wu Qian", "said", "Wu Qian")];
        reported_inversion: "The talks were useful for both sides, said Wu Qian, a spokesman." =>
            [(R, "The talks were useful for both sides", "Wu Qian", "said", "Wu Qian")];
        reported_apposition: "Su Hao, a relations expert at the university, said there was a heightened risk." =>
            [(R, "there was a heightened risk", "Su Hao", "said", "Su Hao")];
        according_to_first: "According to Wu Qian, the talks were useful for both sides." =>
            [(R, "the talks were useful for both sides", "Wu Qian", "According to", "Wu Qian")];
        according_to_last: "The talks were useful for both sides, according to Wu Qian." =>
            [(R, "The talks were useful for both sides", "Wu Qian", "according to", "*")];
        parenthetical_cue: "The deal, Wu Qian said, was a good one for both sides." =>
            [(R, "The deal", "Wu Qian", "said", "*"), (R, "was a good one for both sides", "Wu Qian", "said", "*")];
        participle_clause: "“We are ready,” he said, adding that the army would follow." =>
            [(D, "We are ready,", "he", "said", ""), (R, "the army would follow", "he", "adding", "")];
        mixed_quote: "Omar Haddad said the plan was “a disaster for everyone”." =>
            [(R, "the plan was “a disaster for everyone”", "Omar Haddad", "said", "*"), (D, "a disaster for everyone", "Omar Haddad", "said", "*")];
        nested_quote_inside_reported_speech: "Omar Haddad said the deal was “a ‘good one’ for now” and would last." =>
            [(R, "the deal was “a ‘good one’ for now” and would last", "Omar Haddad", "said", "*"), (D, "a ‘good one’ for now", "Omar Haddad", "said", "*")];
        attribution_sentence_is_not_reported_speech: "“We will win.” Mr. Podesta said in an interview on Sunday with the paper." =>
            [(D, "We will win.", "Podesta", "said", "*")];
        said_he_is_not_an_inversion: "The state’s campaign chairman, Phil Lovas, said he cannot comment on the letter." =>
            [(R, "he cannot comment on the letter", "Phil Lovas", "said", "*")];
        quote_continues_reported_speech: "The talks may slow down over the winter, Anna Berg said. “The other factor is the weather.”" =>
            [(R, "The talks may slow down over the winter", "Anna Berg", "said", "*"), (D, "The other factor is the weather.", "Anna Berg", "said", "*")];
        participle_after_a_name: "The ad uses footage of Hillary Clinton asking, “Why aren’t I ahead?”" =>
            [(D, "Why aren’t I ahead?", "Hillary Clinton", "asking", "*")];
        double_apposition: "“It is an invasion,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said on Monday." =>
            [(D, "It is an invasion,", "Scott Pruitt", "said", "*")];
        coordinated_verb_with_object: "She urges her husband to stay in the car and repeatedly says, “Don’t you do it.”" =>
            [(R, "her husband to stay in the car", "She", "urges", ""), (D, "Don’t you do it.", "She", "says", "")];
        quoted_noun_is_not_a_continuation: "“We are ready,” Anna Berg said.\n\n“Shots Fired” was written by a local band." =>
            [(D, "We are ready,", "Anna Berg", "said", "*"), (D, "Shots Fired", "", "", "")];
        double_apostrophe_marks: "''This isn't reform,'' said Douglas Holtz. ''It's anti-reform.''" =>
            [(D, "This isn't reform,", "Douglas Holtz", "said", "*"), (D, "It's anti-reform.", "Douglas Holtz", "said", "*")];
        title_case_title_is_not_speech: "In his 2002 book, ''Make Your Kid a Millionaire,'' Kevin McKinley suggested saving." =>
            [(D, "Make Your Kid a Millionaire,", "", "", "")];
        report_after_clause_boundary: "The talks went badly, but Anna Berg said the plan would hold." =>
            [(R, "the plan would hold", "Anna Berg", "said", "*")];
        dash_apposition: "Kall -- co-editor of a book on debates -- said the candidate tended to make news." =>
            [(R, "the candidate tended to make news", "Kall", "said", "*")];
        report_after_quoted_sentence: "Seoul accused him of \"fanatic recklessness.\" President Park said his state is \"spiraling out of control.\"" =>
            [(R, "him of \"fanatic recklessness.\"", "Seoul", "accused", "*"), (D, "fanatic recklessness.", "", "", ""), (R, "his state is \"spiraling out of control.\"", "Park", "said", "*"), (D, "spiraling out of control.", "Park", "said", "*")];
        relative_who_speaker: "The guests included Stevie Wonder, who joked of the museum, “I have not seen it yet.”" =>
            [(D, "I have not seen it yet.", "who", "joked", "*")];
        naming_verb_far_apposition: "One question is whether Apple’s chief executive, Tim Cook, called the tax “total political crap.”" =>
            [(D, "total political crap.", "Tim Cook", "called", "*")];
        called_keeps_its_object: "The union called Clinton a champion for its members." =>
            [(R, "Clinton a champion for its members", "The union", "called", "")];
        participle_after_preposition: "He appeared at a hearing for saying that green coffee was a cure." =>
            [(R, "green coffee was a cure", "He", "saying", "")];
        object_is_not_an_inversion: "Ivanka Trump, his eldest daughter, noted the rule in the interview." =>
            [(R, "the rule in the interview", "Ivanka Trump", "noted", "*")];
        clause_cue_wins_over_final_cue: "Bamberg also said the videos do not show a gun, the footage showed." =>
            [(R, "the videos do not show a gun, the footage showed", "Bamberg", "said", "*")];
        second_source_after_but: "Putney told CNN that the video was not clear, but he said witnesses saw a gun." =>
            [(R, "the video was not clear", "Putney", "told", "*"), (R, "witnesses saw a gun", "he", "said", "*")];
        coordinated_said: "Cruz urged Republicans to vote their conscience and said he was standing on principle." =>
            [(R, "Republicans to vote their conscience", "Cruz", "urged", "*"), (R, "he was standing on principle", "Cruz", "said", "*")];
        colon_before_subject: "The news set off fireworks on Friday: Republicans said the department mishandled it." =>
            [(R, "the department mishandled it", "Republicans", "said", "*")];
        apposition_subject_is_not_an_inversion: "Phil Smith, a spokesman for the union, said the union expected production to improve." =>
            [(R, "the union expected production to improve", "Phil Smith", "said", "*")];
        clause_then_told: "Obstacles would hurt the economy, Ana Ruiz told reporters on Monday." =>
            [(R, "Obstacles would hurt the economy", "Ana Ruiz", "told", "*")];
        progressive_report_verb: "The mayor is hoping that the state will pay for the new bridge." =>
            [(R, "the state will pay for the new bridge", "The mayor", "hoping", "")];
        progressive_after_has_been: "Anna Berg has been arguing that the tax is too low." =>
            [(R, "the tax is too low", "Anna Berg", "arguing", "*")];
        title_in_opening_phrase_is_passed_over: "In an interview on “Morning Talk,” Anna Berg said the plan would fail." =>
            [(D, "Morning Talk,", "", "", ""), (R, "the plan would fail", "Anna Berg", "said", "*")];
        relative_pronoun_source: "The figures came from the city council, which reported a rise in rents last year." =>
            [(R, "a rise in rents last year", "which", "reported", "")];
        relative_who_after_comma: "The plan was praised by Omar Haddad, who argued that it would cut costs." =>
            [(R, "The plan", "Omar Haddad", "praised", "*"), (R, "it would cut costs", "who", "argued", "*")];
        clause_ends_before_but_with_a_verb: "The union praised the new contract but also called for higher pay." =>
            [(R, "the new contract", "The union", "praised", "")];
        clause_ends_before_although: "Anna Berg said the plan would hold, although the talks went badly." =>
            [(R, "the plan would hold", "Anna Berg", "said", "*")];
        clause_ends_before_the_venue: "The senator called for more school funding in a statement on Thursday." =>
            [(R, "more school funding", "The senator", "called", "")];
        one_word_before_a_quote_is_a_mixed_quote: "The new ad says Jones “has a soft spot for the wrong people.”" =>
            [(R, "Jones “has a soft spot for the wrong people.”", "The new ad", "says", ""), (D, "has a soft spot for the wrong people.", "The new ad", "says", "")];
        past_form_before_that_clause: "Anna Berg learned that the factory would close in June." =>
            [(R, "the factory would close in June", "Anna Berg", "learned", "*")];
        adjective_before_that_is_no_cue: "The crowd was so tired that it left before the end." => [];
        that_after_the_addressee_before_a_quote: "The mayor told reporters that \"we will rebuild every home.\"" =>
            [(D, "we will rebuild every home.", "The mayor", "told", "*")];
        a_phrase_after_the_cue_is_no_second_piece: "Japan and Korea will restart talks next month, officials said on Wednesday, in a sign of warming ties." =>
            [(R, "Japan and Korea will restart talks next month", "officials", "said", "*")];
        that_after_an_occasion: "Kreuger said after the hearing that Olsen would not appeal." =>
            [(R, "Olsen would not appeal", "Kreuger", "said", "*")];
        a_plea_is_no_statement: "Olsen, who resigned in 2024, pleaded guilty in October to fraud. His partner pleads not guilty." => [];
        negated_report_verb: "The lawmakers have not said when they would vote on the bill." =>
            [(R, "when they would vote on the bill", "The lawmakers", "said", "")];
        adverb_between_subject_and_verb: "The governor openly acknowledged that the budget was short." =>
            [(R, "the budget was short", "The governor", "acknowledged", "")];
        stance_verb_declined: "The minister declined to comment on the report." =>
            [(R, "to comment on the report", "The minister", "declined", "")];
        stance_verb_outlined: "Anna Berg outlined a plan to rebuild the harbour." =>
            [(R, "a plan to rebuild the harbour", "Anna Berg", "outlined", "*")];
        base_form_after_modal: "The ministers will explain the new rules to farmers next week." =>
            [(R, "the new rules to farmers next week", "The ministers", "explain", "")];
        participle_citing: "The council raised the fee, citing the rising cost of repairs." =>
            [(R, "the rising cost of repairs", "The council", "citing", "")];
        parenthetical_cue_before_subordinate: "The firm was a giant, Omar Haddad said, until it went bankrupt in 1999." =>
            [(R, "The firm was a giant", "Omar Haddad", "said", "*"), (R, "until it went bankrupt in 1999", "Omar Haddad", "said", "*")];
        addressee_then_time: "The mayor told voters this weekend he would stay in office." =>
            [(R, "he would stay in office", "The mayor", "told", "")];
        coordinated_called_for: "The union praised the deal and called for higher wages next year." =>
            [(R, "the deal", "The union", "praised", ""), (R, "higher wages next year", "The union", "called", "")];
        report_after_as: "The hall fell silent as the speaker urged members to back the plan." =>
            [(R, "members to back the plan", "the speaker", "urged", "")];
        points_is_a_noun_before_on: "The senator spent his talking points on trade and jobs." => [];
        opening_clause_before_a_cue_and_quote_is_not_reported: "As a bell rang, the host said, “Good evening to all of you.”" =>
            [(D, "Good evening to all of you.", "the host", "said", "")];
        noun_phrase_before_a_colon_is_no_speaker: "A lesson from the mayor: “Be the voice that people hear.”" =>
            [(D, "Be the voice that people hear.", "", "", "")];
        stance_verb_aims: "The company aims to double its output by next year." =>
            [(R, "to double its output by next year", "The company", "aims", "")];
        cognition_verb_felt: "Many voters felt the debate had changed nothing." =>
            [(R, "the debate had changed nothing", "Many voters", "felt", "")];
        stance_verb_with_object: "The union backed Maria Lopez after the debate on schools." =>
            [(R, "Maria Lopez", "The union", "backed", "")];
        progressive_stance_verb: "The mayor is disputing the cost of the new bridge." =>
            [(R, "the cost of the new bridge", "The mayor", "disputing", "")];
        negated_perfect_stance_verb: "The council has not endorsed the new harbour plan for the old town." =>
            [(R, "the new harbour plan for the old town", "The council", "endorsed", "")];
        cue_verb_with_preposition: "Anna Berg talked about the cost of the new bridge." =>
            [(R, "the cost of the new bridge", "Anna Berg", "talked", "*")];
        relative_which_stance: "The plan was drawn up by the bank, which opposes the new tax on savings and pensions." =>
            [(R, "the new tax on savings and pensions", "which", "opposes", "")];
        stance_object_ends_at_comma: "Anna Berg defended the new budget for schools and roads, which passed on Friday." =>
            [(R, "the new budget for schools and roads", "Anna Berg", "defended", "*")];
        cognition_verb_takes_a_clause: "The senator suspects the budget is too small." =>
            [(R, "the budget is too small", "The senator", "suspects", "")];
        base_form_after_modal_with_wh_clause: "The ministers may consider whether the fee is fair." =>
            [(R, "whether the fee is fair", "The ministers", "consider", "")];
        passive_source_after_by: "The harbour plan was welcomed by the fishermen." =>
            [(R, "The harbour plan", "the fishermen", "welcomed", "")];
        participle_after_comma_shares_the_subject: "The senator complained about the vote, even suggesting the count was rigged." =>
            [(R, "about the vote", "The senator", "complained", ""), (R, "the count was rigged", "The senator", "suggesting", "")];
        coordinated_cue_shares_the_subject: "The researchers read the filings and found dozens of offshore accounts." =>
            [(R, "dozens of offshore accounts", "The researchers", "found", "")];
        gerund_after_while_shares_the_subject: "He made the point while showing support for the public option in the bill." =>
            [(R, "support for the public option in the bill", "He", "showing", "")];
        expected_to_has_no_source: "Turnout is expected to rise sharply in the north." =>
            [(R, "to rise sharply in the north", "", "expected", "")];
        accused_of_has_no_source: "The mayor was accused of hiding the report from the council." =>
            [(R, "hiding the report from the council", "", "accused", "")];
        relative_what_stands_for_the_content: "That was what Anna Berg said when she left the firm." =>
            [(R, "what", "Anna Berg", "said", "*")];
        adverb_is_no_subject: "He said that he really, really wants to sell the house." =>
            [(R, "he really, really wants to sell the house", "He", "said", "")];
        plural_noun_is_not_a_stance_verb: "The new federal rules take effect in most states next year." => [];
        respond_to_is_an_act: "Nobody knows how the city would respond to a long strike." =>
            [(R, "how the city would respond to a long strike", "Nobody", "knows", "")];
        infinitive_cue_shares_the_subject: "The senator took to the radio to accuse the mayor of lying about the budget." =>
            [(R, "the mayor of lying about the budget", "The senator", "accuse", "")];
        noun_cue_before_that_clause: "The paper checked Anna Berg’s claim that the city had lost ten thousand jobs." =>
            [(R, "the city had lost ten thousand jobs", "Anna Berg", "claim", "*")];
        short_object_is_no_attribution: "The governor thanked the nurses at the hospital." => [];
        noun_is_not_a_cue: "Economic development projects are being debated again in the capital." => [];
        evaluation_verb_downplayed: "The coach downplayed the risk of injuries for young players." =>
            [(R, "the risk of injuries for young players", "The coach", "downplayed", "")];
        linking_verb_linked_to: "The senator repeatedly linked the power cuts to the new pricing rules." =>
            [(R, "the power cuts to the new pricing rules", "The senator", "linked", "")];
        preposition_verb_railed_against: "The mayor railed against the rising cost of housing in the city." =>
            [(R, "the rising cost of housing in the city", "The mayor", "railed", "")];
        branding_verb_with_two_objects: "The minister branded the strike a threat to the whole economy." =>
            [(R, "the strike a threat to the whole economy", "The minister", "branded", "")];
        adjective_before_that_clause: "Many farmers are afraid that the new tariffs will ruin them." =>
            [(R, "the new tariffs will ruin them", "Many farmers", "afraid", "")];
        adjective_before_whether: "The union leaders were coy about whether they would strike again." =>
            [(R, "whether they would strike again", "The union leaders", "coy", "")];
        adjective_before_infinitive: "The parties were willing to accept a smaller budget for roads." =>
            [(R, "to accept a smaller budget for roads", "The parties", "willing", "")];
        adjective_before_of: "The governor has been critical of the new harbour plan." =>
            [(R, "the new harbour plan", "The governor", "critical", "")];
        adjective_of_importance_is_no_stance: "The vote was critical to the success of the plan." => [];
        raising_adjective_is_no_stance: "The plan is certain to fail in the spring." => [];
        speech_verb_shouted_that: "The protesters shouted that the mayor had lied to them." =>
            [(R, "the mayor had lied to them", "The protesters", "shouted", "")];
        stance_verb_extols: "The senator extols the virtues of the new trade deal." =>
            [(R, "the virtues of the new trade deal", "The senator", "extols", "")];
        as_source_opens_the_sentence: "As the economist observed, the early days of a new government are the most dangerous." =>
            [(R, "the early days of a new government are the most dangerous", "the economist", "observed", "")];
        as_source_put_it: "As one analyst put it, the party has no plan for the economy." =>
            [(R, "the party has no plan for the economy", "one analyst", "put", "")];
        as_source_closes_the_sentence: "The city is broke and cannot pay its debts, as the mayor said." =>
            [(R, "The city is broke and cannot pay its debts", "the mayor", "said", "")];
        in_possessor_view: "In his view, the new tax will hurt small businesses." =>
            [(R, "the new tax will hurt small businesses", "his", "view", "*")];
        in_the_latest_poll: "In the latest poll, the governor leads his rival by five points." =>
            [(R, "the governor leads his rival by five points", "latest poll", "poll", "")];
        in_a_statement_with_its_own_cue: "In a statement, the mayor said the budget was balanced." =>
            [(R, "the budget was balanced", "the mayor", "said", "")];
        seems_to_has_no_source: "The old mayor seems to have vanished from the campaign." =>
            [(R, "to have vanished from the campaign", "", "seems", "")];
        seemed_to_before_a_cue_verb_is_the_cue_verbs: "The mayor seemed to suggest that the tax would rise." =>
            [(R, "the tax would rise", "The mayor", "suggest", "")];
        expressed_concern_that: "The farmers have expressed concern that the new dam would flood their fields." =>
            [(R, "concern that the new dam would flood their fields", "The farmers", "expressed", "")];
        observed_is_not_speech: "General Dunford observed a military drill in the north last year." => [];
        apostrophes_are_not_quotes: "It’s the ’90s again, and rock ’n’ roll is back in Pyongyang’s clubs." => [];
        markup_is_not_a_quote: "<tweet author=\"someone\" timestamp=\"1474387200\">The blue arrow.</tweet>" => [];
    }

    // Where a reported clause and its source begin and end.
    t! {
        company_abbreviation_subject: "Acme Inc. said on Tuesday that sales rose sharply." =>
            [(R, "sales rose sharply", "Acme Inc.", "said", "*")];
        that_after_a_ruling: "A federal judge wrote in a 40-page ruling that the law was void." =>
            [(R, "the law was void", "A federal judge", "wrote", "*")];
        and_is_not_in_the_subject: "Rain fell all day, and forecasters warned that the river would rise." =>
            [(R, "the river would rise", "forecasters", "warned", "*")];
        relative_source_with_a_time: "He met Ann Lee, who on Monday said the vote would be close." =>
            [(R, "the vote would be close", "who", "said", "Ann Lee")];
        determiner_makes_a_noun: "Police said the alleged attacker had fled the city. His plans to hide failed." =>
            [(R, "the alleged attacker had fled the city", "Police", "said", "*")];
        apposition_after_an_opening_phrase: "In a statement, the family’s lawyer, Ann Lee, said the video proves nothing." =>
            [(R, "the video proves nothing", "Ann Lee", "said", "*")];
        relative_source_after_an_object: "The mayor praised Ann Lee, who said the plan would work." =>
            [(R, "Ann Lee", "The mayor", "praised", "*"), (R, "the plan would work", "who", "said", "Ann Lee")];
    }

    // The extent of reported content: where it stops and where it goes on.
    t! {
        content_stops_where_the_main_clause_begins: "Although the mayor has admitted using the loophole, she does not defend it." =>
            [(R, "using the loophole", "the mayor", "admitted", "*")];
        content_in_a_while_clause_stops_at_its_comma: "While his aides have suggested the plan is dead, Mr. Ruiz is still pushing it." =>
            [(R, "the plan is dead", "his aides", "suggested", "*")];
        as_frame_keeps_the_clause_after_its_comma: "As the report noted, the river has risen two feet since May." =>
            [(R, "the river has risen two feet since May", "the report", "noted", "*")];
        second_piece_stops_at_a_concession: "The latest launch, Iran said, was its largest so far, although experts doubted the claim." =>
            [(R, "The latest launch", "Iran", "said", "*"), (R, "was its largest so far", "Iran", "said", "*")];
        clause_goes_on_past_an_elaborating_dash: "Ms. Cole said her plan would fix the problems renters face — the high rents, the long waits and the poor repairs." =>
            [(R, "her plan would fix the problems renters face — the high rents, the long waits and the poor repairs", "Cole", "said", "*")];
        clause_goes_on_past_an_aside_in_dashes: "Mr. Dunn noted that in 1990 he backed a plan to hire Mary Bell — a member of the old guard — to run the port authority." =>
            [(R, "in 1990 he backed a plan to hire Mary Bell — a member of the old guard — to run the port authority", "Dunn", "noted", "*")];
        clause_stops_at_a_dash_before_a_new_clause: "The mayor said the vote was rigged — but nobody else agreed." =>
            [(R, "the vote was rigged", "The mayor", "said", "*")];
        clause_stops_at_an_aside_of_another_kind: "When the senator noted that the company paid no tax — as was true for years — the chief executive laughed." =>
            [(R, "the company paid no tax", "the senator", "noted", "*")];
        infinitive_stops_at_a_dash: "The union has pledged to strike — a move that would close the port." =>
            [(R, "to strike", "The union", "pledged", "*")];
        mixed_clause_after_via_email_that: "A spokesman said via email that, “Of course the mayor will stand by his budget” against what he called a partisan attack." =>
            [(R, "“Of course the mayor will stand by his budget” against what he called a partisan attack", "A spokesman", "said", "*"),
             (D, "Of course the mayor will stand by his budget", "A spokesman", "said", "*")];
        relative_pronoun_is_a_piece_of_the_content: "The union took a stake in the old mine, which Mr. Ruiz says he is doing all he can to keep open." =>
            [(R, "which", "Ruiz", "says", "*"), (R, "he is doing all he can to keep open", "Ruiz", "says", "*")];
        what_x_said_was_has_two_pieces: "The judges struck down what the plaintiffs said was a rigged map." =>
            [(R, "what", "the plaintiffs", "said", "*"), (R, "was a rigged map", "the plaintiffs", "said", "*")];
        relative_after_a_preposition_is_no_piece: "Bankruptcy is a game in which companies say they lose money." =>
            [(R, "they lose money", "companies", "say", "*")];
        clause_stops_where_a_new_source_acts: "Republicans said the agency mishandled the case and Democrats accused them of playing politics." =>
            [(R, "the agency mishandled the case", "Republicans", "said", "*"), (R, "them of playing politics", "Democrats", "accused", "*")];
        coordinated_clauses_stay_one_content: "She said wages rose and prices fell. He said the mayor and the council agreed to the deal." =>
            [(R, "wages rose and prices fell", "She", "said", "*"), (R, "the mayor and the council agreed to the deal", "He", "said", "*")];
        that_after_an_object_verb_is_a_determiner: "The board rejected that plan and has since hired a new firm." =>
            [(R, "that plan", "The board", "rejected", "*")];
        object_of_a_verb_without_a_clause_stops_at_because: "The council called the hearing because members felt the agency was hiding something." =>
            [(R, "the hearing", "The council", "called", "*"), (R, "the agency was hiding something", "members", "felt", "*")];
        object_stops_at_an_adjunct: "The senator criticized the new budget as a giveaway during a town hall in Dayton." =>
            [(R, "the new budget as a giveaway", "The senator", "criticized", "*")];
        and_said_after_an_adjunct_is_the_same_source: "Ms. Lane stressed her support of the bond vote during a forum and said she has the steadiness the job requires." =>
            [(R, "her support of the bond vote", "Lane", "stressed", "*"), (R, "she has the steadiness the job requires", "Lane", "said", "*")];
    }

    // Cue rules of the stance pass (`stance.rs`), one phenomenon each.
    t! {
        clitic_is_before_a_progressive: "The mayor spoke on Friday. He’s claiming that the vote was rigged in the north." =>
            [(R, "the vote was rigged in the north", "He", "claiming", "*")];
        clitic_has_before_a_participle: "The fight is led by Anna Berg, who’s called for much higher taxes on the very rich." =>
            [(R, "much higher taxes on the very rich", "who", "called", "Anna Berg")];
        base_form_before_that_clause: "There are some economists who argue that the tax should be much lower." =>
            [(R, "the tax should be much lower", "who", "argue", "")];
        source_inside_a_noun_phrase: "It was the third time the union said it had called a strike this year." =>
            [(R, "it had called a strike this year", "the union", "said", "")];
        source_after_a_relative_which: "The union took a stake in the mine, which Anna Berg says she is trying to keep open." =>
            [(R, "which", "Anna Berg", "says", "*"), (R, "she is trying to keep open", "Anna Berg", "says", "*")];
        title_before_the_source: "Mr. Haddad planned to rebuild the old harbour by the end of the year." =>
            [(R, "to rebuild the old harbour by the end of the year", "Haddad", "planned", "*")];
        title_and_opener_before_the_source: "But Attorney General Omar Haddad isn’t saying if the firm broke any laws." =>
            [(R, "if the firm broke any laws", "Omar Haddad", "saying", "*")];
        question_with_do_has_no_source: "Do you know where the new harbour will be built next year?" => [];
        fronted_object_before_says_is_no_clause: "Everything the mayor says is a lie unless it is proven otherwise." => [];
        relative_gap_before_said_keeps_its_clause: "The union took the money, which the mayor said was meant for schools." =>
            [(R, "which", "the mayor", "said", ""), (R, "was meant for schools", "the mayor", "said", "")];
        points_after_a_number_is_a_noun: "The mayor led in the spring, his rival trailing by 3 points, the council gaining 2 points." => [];
        percentage_points_is_a_noun: "The mayor led at first, conducted in May, his rival trailed by 5 percentage points." => [];
        clause_verb_before_a_bare_clause: "Many experts suspect the losses were hidden in offshore accounts." =>
            [(R, "the losses were hidden in offshore accounts", "Many experts", "suspect", "")];
        clause_goes_on_after_the_cue_and_its_venue: "The firm lost money last year, the chief executive said in a letter, and its debts would grow again next year." =>
            [(R, "The firm lost money last year", "the chief executive", "said", ""), (R, "and its debts would grow again next year", "the chief executive", "said", "")];
        clause_goes_on_after_the_cue_with_since: "The firm lost money last year, Omar Haddad said, since its biggest clients had moved abroad in the spring." =>
            [(R, "The firm lost money last year", "Omar Haddad", "said", "*"), (R, "since its biggest clients had moved abroad in the spring", "Omar Haddad", "said", "*")];
        apposition_after_an_inverted_cue_is_no_clause: "“The firm lost money,” said Ann Lee, a lawyer at the firm in the old town." =>
            [(D, "The firm lost money,", "Ann Lee", "said", "*")];
        telephone_call_is_no_speech: "Anna Berg called Omar Haddad on Friday to thank him." => [];
        calling_in_to_a_show_is_no_speech: "The mayor recently called in to a radio show about the strike in the port." => [];
        what_x_called_names_no_content: "The town is gripped by what the mayor called a crisis of trust in the council." => [];
        called_with_two_objects_reports: "Anna Berg called Omar Haddad a danger to the whole town." =>
            [(R, "Omar Haddad a danger to the whole town", "Anna Berg", "called", "*")];
    }

    #[test]
    fn transcript_lines_name_their_speakers() {
        let text = format!(
            "{LEAD}Mike Pence spoke to Chris Wallace on Sunday.\n\n\"WALLACE: Will she be there \
             tomorrow night?\n\n\"PENCE: Well, look, she will not be at the debate.\n\n\
             MS. LEE: We have no plans to change the schedule.\n\nUPDATE: The debate went ahead."
        );
        let got = attributed(&text);
        let lines: Vec<_> = got
            .iter()
            .filter(|q| !q.0 && q.3 == ":")
            .map(|q| (q.1.as_str(), q.2.as_str(), q.4.as_str()))
            .collect();
        assert_eq!(
            lines,
            [
                (
                    "Will she be there tomorrow night?",
                    "WALLACE",
                    "Chris Wallace"
                ),
                (
                    "Well, look, she will not be at the debate.",
                    "PENCE",
                    "Mike Pence"
                ),
                ("We have no plans to change the schedule.", "MS. LEE", ""),
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_paragraph_after_a_colon_intro_is_the_sources_words() {
        let text = format!(
            "{LEAD}The governor spoke first.\n\nThe governor added:\n\nIt is typical of her. \
             She knows nothing about the port.\n\nCORRECTION: An earlier version misspelled a name."
        );
        let got = attributed(&text);
        let reported: Vec<_> = got
            .iter()
            .filter(|q| !q.0)
            .map(|q| (q.1.as_str(), q.2.as_str(), q.3.as_str()))
            .collect();
        assert_eq!(
            reported,
            [(
                "It is typical of her. She knows nothing about the port.",
                "The governor",
                "added"
            )],
            "{got:?}"
        );
    }

    #[test]
    fn a_short_quoted_fragment_opens_a_reported_clause() {
        let text = format!("{LEAD}He said “budget reforms” and new taxes would pay for the plan.");
        let got = attributed(&text);
        assert!(
            got.iter().any(|q| !q.0
                && q.1 == "“budget reforms” and new taxes would pay for the plan"
                && q.2 == "He"),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_before_a_company_noun_is_no_speaker() {
        let text = format!(
            "{LEAD}Acme Corp. opened a plant in Ohio. The Springfield, Illinois-based company \
             said it would hire 200 workers."
        );
        let got = attributed(&text);
        let q = got.iter().find(|q| !q.0).unwrap();
        assert_eq!(q.1, "it would hire 200 workers");
        assert_eq!(q.2, "The Springfield, Illinois-based company");
        assert_eq!(q.4, "Acme Corp.", "{got:?}");
    }

    #[test]
    fn headline_attributions() {
        let cases = [
            (
                "Pence: Flowers Won’t Be at Debate, Trump Was Mocking.\n\nThe story follows.",
                "Flowers Won’t Be at Debate, Trump Was Mocking",
                "Pence",
            ),
            (
                "Obama Says Museum Will Tell of Suffering and Delight.\n\nThe story follows.",
                "Museum Will Tell of Suffering and Delight",
                "Obama",
            ),
            (
                "Clinton Hid Past Health Problems, Former Doctor Says.\n\nThe story follows.",
                "Clinton Hid Past Health Problems",
                "Former Doctor",
            ),
            (
                "New Poll Shows Small Bump for the Mayor.\n\nThe story follows.",
                "Small Bump for the Mayor",
                "New Poll",
            ),
            (
                "Senator Calls for Inquiry Into Port Deal.\n\nThe story follows.",
                "Inquiry Into Port Deal",
                "Senator",
            ),
        ];
        for (text, content, speaker) in cases {
            let got = attributed(text);
            assert!(
                got.iter().any(|q| !q.0 && q.1 == content && q.2 == speaker),
                "{text:?}: {got:?}"
            );
        }
        assert!(
            attributed("The Latest: Markets fall again in Asia.\n\nThe story.")
                .iter()
                .all(|q| q.0)
        );
        // A rubric before a colon is no source.
        assert!(
            attributed("Interview: the scientist who counts glaciers\n\nThe story.")
                .iter()
                .all(|q| q.0)
        );
        // A title-case headline before a colon is a title, not a source.
        assert!(
            attributed("Trouble Over Water: Farmers Face a Dry Summer.\n\nThe story.")
                .iter()
                .all(|q| q.0)
        );
    }

    // Direct quotes in the styles of news beyond US politics: British, wire, European marks,
    // sport, statements and posts.
    t! {
        modifier_before_the_named_person: "«Nous ne céderons pas», said French minister Marc Fesneau." =>
            [(D, "Nous ne céderons pas", "Marc Fesneau", "said", "Marc Fesneau")];
        modifier_before_a_head_noun: "« This is a blockage, » said an EU diplomat, who asked not to be named." =>
            [(D, "This is a blockage,", "an EU diplomat", "said", "European Union"),
             (R, "not to be named", "who", "asked", "")];
        nationality_before_officials: "“The border stays closed,” Hungarian officials said." =>
            [(D, "The border stays closed,", "Hungarian officials", "said", "")];
        name_deep_in_the_apposition_is_not_the_speaker: "The Austrian delegate, quoted in the newspaper Die Presse, said: ‚Das ist nicht akzeptabel‘." =>
            [(D, "Das ist nicht akzeptabel", "The Austrian delegate", "said", "")];
        apposition_with_age_and_relative_clause: "Gareth Pryce took charge in March.\n\nThe manager, 47, who took charge in March, added: ‘Nobody is hiding.’" =>
            [(D, "Nobody is hiding.", "The manager", "added", "*")];
        place_after_the_source_is_not_the_source: "“There is no threat,” police in Amarillo said. “We are watching,” officials in Beijing said." =>
            [(D, "There is no threat,", "police", "said", ""), (D, "We are watching,", "officials", "said", "")];
        spokesman_for_an_org: "Shares of Northwind Holdings fell. “We have no comment,” a spokesman for Northwind Holdings said." =>
            [(D, "We have no comment,", "a spokesman for Northwind Holdings", "said", "Northwind Holdings")];
        noun_after_a_determiner_is_no_cue: "The health secretary, Tom Barker, rejected the demands." => [];
        source_in_the_next_sentence: "“This was a failure of the most basic kind.” The words came from Information Commissioner John Edwards, who fined the firm." =>
            [(D, "This was a failure of the most basic kind.", "John Edwards", "came from", "John Edwards")];
        age_description_is_the_last_person: "Gareth Pryce scored twice. “It was for my father,” the 31-year-old said." =>
            [(D, "It was for my father,", "the 31-year-old", "said", "Gareth Pryce")];
        demonym_noun_is_the_last_person: "Gareth Pryce took charge in March. ‘Nobody is hiding,’ the Welshman said." =>
            [(D, "Nobody is hiding,", "the Welshman", "said", "Gareth Pryce")];
        colon_after_a_copula: "The prime minister was blunt: “We will build these homes.”" =>
            [(D, "We will build these homes.", "The prime minister", ":", "")];
        colon_after_a_possessed_speech_noun: "Claire Dunn spent eight months in rehabilitation. Her advice to others is simple: “Don't give up.”" =>
            [(D, "Don't give up.", "Her", ":", "Claire Dunn")];
        colon_after_the_verdict_of: "The verdict of one economist, Simon Walker of the Resolution Foundation: “It does not add up.”" =>
            [(D, "It does not add up.", "Simon Walker", ":", "Simon Walker")];
        role_of_a_place: "In a post on Facebook, the mayor of Bristol wrote: “Bristol is ready to build.”" =>
            [(D, "Bristol is ready to build.", "the mayor of Bristol", "wrote", "")];
        pronoun_skips_a_person_of_the_other_gender: "Union leader Karen Mills addressed the crowd. The health secretary, Tom Barker, rejected the demands. Mr Barker said the offer was final.\n\n“It is an insult,” she said. “The offer is fair,” he said." =>
            [(R, "the offer was final", "Barker", "said", "Tom Barker"),
             (D, "It is an insult,", "she", "said", "Karen Mills"),
             (D, "The offer is fair,", "he", "said", "Tom Barker")];
        addressee_before_the_quote_is_no_clause: "Anna Berg, the chief executive of Lumora -- the firm that makes the trackers -- told me, ''We are a small company.''" =>
            [(D, "We are a small company.", "Anna Berg", "told", "Anna Berg")];
    }

    #[test]
    fn many_quotes_stay_fast_and_ordered() {
        // Attribution is one pass: a long article of quotes is analysed quickly and in order.
        let mut text = String::from(LEAD);
        for i in 0..2000 {
            text.push_str(&format!("“Point number {i} stands,” Anna Berg said. Officials said the plan would hold.\n\n"));
        }
        let a = analyze(&text, &Options::default()).unwrap();
        assert_eq!(a.quotes.len(), 4000);
        assert!(a
            .quotes
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start));
    }
}
