//! The cue lexicon of reported speech: base forms of the verbs that report speech, thought,
//! stance or evidence in the news (`say`, `believe`, `back`, `show`), each with the complements
//! that carry what is reported, and an allocation-free reading of their inflections (`argued`,
//! `criticizes`, `planning`, `denies`, `said`). Hand-written for news in general.
//!
//! Lookups go through hashed maps of the tables; a word is lower-cased into a stack buffer.

use super::words::{Lower, WordMap};
use std::cell::Cell;
use std::sync::OnceLock;

/// The content may be a clause (`said (that) …`, `believes …`, `wondered whether …`).
pub const CLAUSE: u8 = 1;
/// The content may be the verb's object (`criticized the plan`, `backed Clinton`).
pub const OBJECT: u8 = 2;
/// The content may be a `to` infinitive (`vowed to fight`, `urged them to leave`).
pub const INFINITIVE: u8 = 4;
/// The content may follow a preposition (`talked about …`, `warned against …`).
pub const PREPOSITION: u8 = 8;

/// How a cue verb is inflected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `say`, `believe`: after a modal, `do`, `to` or a plural subject.
    Base,
    /// `says`, `believes`.
    Third,
    /// `said`, `argued`: a past tense or a past participle.
    Past,
    /// `saying`, `arguing`.
    Ing,
}

/// Base forms and their complements, sorted.
const LEMMAS: (&str, &[u8]) = word_table![
    ("acclaim", OBJECT),
    ("accuse", OBJECT),
    ("acknowledge", CLAUSE | OBJECT),
    ("add", CLAUSE),
    ("admire", OBJECT),
    ("admit", CLAUSE | OBJECT),
    ("admonish", OBJECT),
    ("advise", CLAUSE | INFINITIVE),
    ("advocate", OBJECT | PREPOSITION),
    ("affirm", CLAUSE),
    ("agree", CLAUSE | INFINITIVE | PREPOSITION),
    ("aim", INFINITIVE),
    ("allege", CLAUSE),
    ("announce", CLAUSE | OBJECT),
    ("answer", CLAUSE),
    ("anticipate", CLAUSE | OBJECT),
    ("apologise", PREPOSITION),
    ("apologize", PREPOSITION),
    ("applaud", OBJECT),
    ("appreciate", OBJECT),
    ("argue", CLAUSE | PREPOSITION),
    ("articulate", CLAUSE | OBJECT),
    ("ask", INFINITIVE),
    ("assail", OBJECT),
    ("assert", CLAUSE),
    ("assume", CLAUSE),
    ("assure", CLAUSE),
    ("attack", OBJECT),
    ("attest", CLAUSE | PREPOSITION),
    ("aver", CLAUSE),
    ("avow", CLAUSE),
    ("back", OBJECT),
    ("bash", OBJECT),
    ("beg", OBJECT | INFINITIVE),
    ("believe", CLAUSE),
    ("belittle", OBJECT),
    ("bellow", CLAUSE),
    ("bemoan", OBJECT),
    ("berate", OBJECT),
    ("blame", OBJECT),
    ("blast", OBJECT),
    ("block", OBJECT),
    ("blog", CLAUSE | PREPOSITION),
    ("boast", CLAUSE | PREPOSITION),
    ("brag", CLAUSE | PREPOSITION),
    ("brand", OBJECT),
    ("bristle", PREPOSITION),
    ("calculate", CLAUSE),
    ("call", OBJECT | PREPOSITION),
    ("care", PREPOSITION),
    ("castigate", OBJECT),
    ("caution", CLAUSE | PREPOSITION),
    ("celebrate", OBJECT),
    ("censure", OBJECT),
    ("certify", CLAUSE),
    ("challenge", OBJECT),
    ("champion", OBJECT),
    ("chant", CLAUSE),
    ("characterise", OBJECT),
    ("characterize", OBJECT),
    ("charge", CLAUSE | OBJECT),
    ("chastise", OBJECT),
    ("cheer", OBJECT),
    ("chide", OBJECT),
    ("chronicle", OBJECT),
    ("cite", OBJECT),
    ("claim", CLAUSE | INFINITIVE),
    ("clarify", CLAUSE),
    ("command", OBJECT | INFINITIVE),
    ("commend", OBJECT),
    ("comment", PREPOSITION),
    ("communicate", CLAUSE),
    ("compare", OBJECT),
    ("complain", CLAUSE | PREPOSITION),
    ("compliment", OBJECT),
    ("comprehend", CLAUSE | OBJECT),
    ("concede", CLAUSE),
    ("conclude", CLAUSE),
    ("concur", CLAUSE),
    ("condemn", OBJECT),
    ("condone", OBJECT),
    ("confess", CLAUSE | PREPOSITION),
    ("confide", CLAUSE),
    ("confirm", CLAUSE),
    ("congratulate", OBJECT),
    ("consider", CLAUSE | OBJECT),
    ("contemplate", OBJECT),
    ("contend", CLAUSE),
    ("contest", OBJECT),
    ("contradict", OBJECT),
    ("convey", CLAUSE | OBJECT),
    ("corroborate", CLAUSE | OBJECT),
    ("counter", CLAUSE),
    ("credit", OBJECT),
    ("criticise", OBJECT),
    ("criticize", OBJECT),
    ("crow", CLAUSE | PREPOSITION),
    ("debunk", OBJECT),
    ("decide", CLAUSE | INFINITIVE),
    ("declare", CLAUSE),
    ("decline", INFINITIVE),
    ("decree", CLAUSE),
    ("decry", OBJECT),
    ("deduce", CLAUSE),
    ("deem", OBJECT),
    ("defend", OBJECT),
    ("demand", CLAUSE | OBJECT | INFINITIVE),
    ("demonise", OBJECT),
    ("demonize", OBJECT),
    ("demonstrate", CLAUSE | OBJECT),
    ("denigrate", OBJECT),
    ("denounce", OBJECT),
    ("deny", CLAUSE | OBJECT),
    ("depict", OBJECT),
    ("deplore", OBJECT),
    ("deride", OBJECT),
    ("describe", OBJECT),
    ("despise", OBJECT),
    ("detail", OBJECT),
    ("determine", CLAUSE),
    ("detest", OBJECT),
    ("direct", INFINITIVE),
    ("disagree", CLAUSE | PREPOSITION),
    ("disavow", OBJECT),
    ("disclose", CLAUSE),
    ("discover", CLAUSE),
    ("discuss", OBJECT),
    ("disdain", OBJECT),
    ("dislike", OBJECT),
    ("dismiss", OBJECT),
    ("disparage", OBJECT),
    ("disprove", OBJECT),
    ("dispute", CLAUSE | OBJECT),
    ("distrust", OBJECT),
    ("divulge", CLAUSE | OBJECT),
    ("document", OBJECT),
    ("doubt", CLAUSE | OBJECT),
    ("downplay", OBJECT),
    ("dub", OBJECT),
    ("echo", CLAUSE | OBJECT),
    ("editorialize", CLAUSE | PREPOSITION),
    ("elaborate", PREPOSITION),
    ("email", CLAUSE),
    ("embrace", OBJECT),
    ("emphasise", CLAUSE | OBJECT),
    ("emphasize", CLAUSE | OBJECT),
    ("encourage", OBJECT | INFINITIVE),
    ("endorse", OBJECT),
    ("enquire", CLAUSE | PREPOSITION),
    ("enthuse", CLAUSE | PREPOSITION),
    ("envisage", CLAUSE | OBJECT),
    ("envision", CLAUSE | OBJECT),
    ("equate", OBJECT),
    ("espouse", OBJECT),
    ("estimate", CLAUSE),
    ("exaggerate", OBJECT),
    ("examine", OBJECT),
    ("exclaim", CLAUSE),
    ("excoriate", OBJECT),
    ("exhort", OBJECT | INFINITIVE),
    ("expect", CLAUSE | INFINITIVE),
    ("explain", CLAUSE),
    ("expound", PREPOSITION),
    ("express", OBJECT),
    ("extol", OBJECT),
    ("fathom", CLAUSE),
    ("fault", OBJECT),
    ("favor", OBJECT),
    ("favour", OBJECT),
    ("fear", CLAUSE | OBJECT),
    ("feel", CLAUSE),
    ("find", CLAUSE),
    ("forecast", CLAUSE),
    ("foresee", CLAUSE | OBJECT),
    ("foretell", CLAUSE),
    ("fret", CLAUSE | PREPOSITION),
    ("fume", CLAUSE | PREPOSITION),
    ("gloat", CLAUSE | PREPOSITION),
    ("gripe", CLAUSE | PREPOSITION),
    ("groan", CLAUSE),
    ("grumble", CLAUSE | PREPOSITION),
    ("guarantee", CLAUSE),
    ("guess", CLAUSE),
    ("gush", PREPOSITION),
    ("hail", OBJECT),
    ("hammer", OBJECT),
    ("hate", OBJECT),
    ("hear", CLAUSE | PREPOSITION),
    ("heckle", OBJECT),
    ("highlight", OBJECT),
    ("hint", CLAUSE | PREPOSITION),
    ("holler", CLAUSE),
    ("hope", CLAUSE | INFINITIVE | PREPOSITION),
    ("hypothesise", CLAUSE),
    ("hypothesize", CLAUSE),
    ("ignore", OBJECT),
    ("imagine", CLAUSE),
    ("implore", OBJECT | INFINITIVE),
    ("imply", CLAUSE),
    ("impose", OBJECT),
    ("impugn", OBJECT),
    ("indicate", CLAUSE | OBJECT),
    ("infer", CLAUSE),
    ("inform", CLAUSE),
    ("inquire", CLAUSE | PREPOSITION),
    ("insinuate", CLAUSE),
    ("insist", CLAUSE | PREPOSITION),
    ("instruct", OBJECT | INFINITIVE),
    ("insult", OBJECT),
    ("intend", INFINITIVE),
    ("intimate", CLAUSE),
    ("invite", INFINITIVE),
    ("invoke", OBJECT),
    ("issue", OBJECT),
    ("jeer", PREPOSITION),
    ("jest", CLAUSE),
    ("joke", CLAUSE | PREPOSITION),
    ("judge", CLAUSE),
    ("knock", OBJECT),
    ("know", CLAUSE),
    ("label", OBJECT),
    ("lambast", OBJECT),
    ("lambaste", OBJECT),
    ("lament", CLAUSE | OBJECT),
    ("lampoon", OBJECT),
    ("laud", OBJECT),
    ("lay", OBJECT),
    ("learn", CLAUSE),
    ("like", OBJECT),
    ("liken", OBJECT),
    ("link", OBJECT),
    ("loathe", OBJECT),
    ("lobby", INFINITIVE | PREPOSITION),
    ("love", OBJECT),
    ("maintain", CLAUSE),
    ("malign", OBJECT),
    ("marvel", CLAUSE | PREPOSITION),
    ("mention", CLAUSE | OBJECT),
    ("mistrust", OBJECT),
    ("moan", CLAUSE | PREPOSITION),
    ("mock", OBJECT),
    ("mourn", OBJECT),
    ("mumble", CLAUSE),
    ("murmur", CLAUSE),
    ("muse", CLAUSE | PREPOSITION),
    ("mutter", CLAUSE),
    ("note", CLAUSE),
    ("notice", CLAUSE),
    ("notify", CLAUSE),
    ("object", PREPOSITION),
    ("observe", CLAUSE),
    ("offer", INFINITIVE),
    ("opine", CLAUSE),
    ("oppose", OBJECT),
    ("order", INFINITIVE),
    ("outline", OBJECT),
    ("overrule", OBJECT),
    ("overstate", OBJECT),
    ("overturn", OBJECT),
    ("paint", OBJECT),
    ("persuade", OBJECT | INFINITIVE),
    ("pillory", OBJECT),
    ("plan", INFINITIVE),
    ("plead", CLAUSE | PREPOSITION),
    ("pledge", CLAUSE | OBJECT | INFINITIVE),
    ("point", PREPOSITION),
    ("ponder", CLAUSE | OBJECT),
    ("pooh-pooh", OBJECT),
    ("portray", OBJECT),
    ("posit", CLAUSE),
    ("post", CLAUSE),
    ("postulate", CLAUSE),
    ("praise", OBJECT),
    ("preach", CLAUSE | PREPOSITION),
    ("predict", CLAUSE | OBJECT),
    ("prefer", OBJECT | INFINITIVE),
    ("presume", CLAUSE),
    ("proclaim", CLAUSE | OBJECT),
    ("profess", CLAUSE | OBJECT),
    ("profile", OBJECT),
    ("project", CLAUSE),
    ("promise", CLAUSE | OBJECT | INFINITIVE),
    ("promote", OBJECT),
    ("propose", CLAUSE | OBJECT | INFINITIVE),
    ("propound", OBJECT),
    ("prove", CLAUSE),
    ("publish", CLAUSE | OBJECT),
    ("query", OBJECT),
    ("question", OBJECT),
    ("quip", CLAUSE),
    ("rail", PREPOSITION),
    ("rate", OBJECT),
    ("rave", PREPOSITION),
    ("reaffirm", CLAUSE | OBJECT),
    ("realise", CLAUSE),
    ("realize", CLAUSE),
    ("reason", CLAUSE),
    ("reassure", CLAUSE),
    ("rebuke", OBJECT),
    ("rebut", CLAUSE | OBJECT),
    ("recall", CLAUSE | OBJECT),
    ("recite", OBJECT),
    ("reckon", CLAUSE),
    ("recognise", CLAUSE),
    ("recognize", CLAUSE),
    ("recommend", CLAUSE | OBJECT),
    ("recount", CLAUSE | OBJECT),
    ("refer", PREPOSITION),
    ("reference", OBJECT),
    ("refuse", INFINITIVE),
    ("refute", CLAUSE | OBJECT),
    ("regard", OBJECT),
    ("reiterate", CLAUSE | OBJECT),
    ("reject", OBJECT),
    ("rejoice", PREPOSITION),
    ("relay", CLAUSE | OBJECT),
    ("remark", CLAUSE),
    ("remember", CLAUSE),
    ("remind", CLAUSE),
    ("renounce", OBJECT),
    ("repeal", OBJECT),
    ("repeat", CLAUSE | OBJECT),
    ("reply", CLAUSE | PREPOSITION),
    ("report", CLAUSE),
    ("reprimand", OBJECT),
    ("repudiate", OBJECT),
    ("request", OBJECT | INFINITIVE),
    ("resent", OBJECT),
    ("resist", OBJECT),
    ("respect", OBJECT),
    ("respond", PREPOSITION),
    ("restate", CLAUSE | OBJECT),
    ("retort", CLAUSE),
    ("retract", OBJECT),
    ("retweet", OBJECT),
    ("reveal", CLAUSE | OBJECT),
    ("revere", OBJECT),
    ("ridicule", OBJECT),
    ("rip", OBJECT),
    ("rule", CLAUSE),
    ("salute", OBJECT),
    ("say", CLAUSE),
    ("scoff", PREPOSITION),
    ("scold", OBJECT),
    ("scorn", OBJECT),
    ("scream", CLAUSE),
    ("see", CLAUSE),
    ("seek", OBJECT | INFINITIVE),
    ("seethe", PREPOSITION),
    ("sense", CLAUSE),
    ("shout", CLAUSE),
    ("show", CLAUSE | OBJECT),
    ("sign", OBJECT),
    ("signal", CLAUSE),
    ("skewer", OBJECT),
    ("slam", OBJECT),
    ("slander", OBJECT),
    ("smear", OBJECT),
    ("sneer", PREPOSITION),
    ("snub", OBJECT),
    ("speak", PREPOSITION),
    ("specify", CLAUSE),
    ("speculate", CLAUSE | PREPOSITION),
    ("spell", OBJECT),
    ("sponsor", OBJECT),
    ("spurn", OBJECT),
    ("state", CLAUSE),
    ("stipulate", CLAUSE),
    ("stress", CLAUSE | OBJECT),
    ("suggest", CLAUSE | OBJECT),
    ("summarise", CLAUSE | OBJECT),
    ("summarize", CLAUSE | OBJECT),
    ("support", OBJECT),
    ("suppose", CLAUSE),
    ("surmise", CLAUSE),
    ("suspect", CLAUSE | OBJECT),
    ("swear", CLAUSE | INFINITIVE),
    ("talk", PREPOSITION),
    ("taunt", OBJECT),
    ("tease", CLAUSE),
    ("tell", CLAUSE),
    ("term", OBJECT),
    ("testify", CLAUSE | PREPOSITION),
    ("thank", OBJECT),
    ("theorise", CLAUSE),
    ("theorize", CLAUSE),
    ("think", CLAUSE),
    ("threaten", CLAUSE | INFINITIVE),
    ("tout", OBJECT),
    ("trumpet", OBJECT),
    ("trust", CLAUSE),
    ("tweet", CLAUSE | OBJECT),
    ("underline", CLAUSE),
    ("underscore", CLAUSE | OBJECT),
    ("understand", CLAUSE),
    ("understate", OBJECT),
    ("unearth", OBJECT),
    ("unveil", OBJECT),
    ("upbraid", OBJECT),
    ("urge", OBJECT | INFINITIVE),
    ("verify", CLAUSE),
    ("veto", OBJECT),
    ("view", OBJECT),
    ("vilify", OBJECT),
    ("voice", OBJECT),
    ("vote", INFINITIVE),
    ("vow", CLAUSE | INFINITIVE),
    ("wager", CLAUSE),
    ("want", OBJECT | INFINITIVE),
    ("warn", CLAUSE | INFINITIVE | PREPOSITION),
    ("welcome", OBJECT),
    ("whine", CLAUSE | PREPOSITION),
    ("whisper", CLAUSE),
    ("wish", CLAUSE | INFINITIVE),
    ("wonder", CLAUSE),
    ("worry", CLAUSE | PREPOSITION),
    ("write", CLAUSE | PREPOSITION),
    ("yell", CLAUSE),
];

/// Irregular past forms and participles, sorted.
const IRREGULAR: &[(&str, &str)] = &[
    ("felt", "feel"),
    ("forecast", "forecast"),
    ("foresaw", "foresee"),
    ("foreseen", "foresee"),
    ("foretold", "foretell"),
    ("found", "find"),
    ("heard", "hear"),
    ("knew", "know"),
    ("known", "know"),
    ("laid", "lay"),
    ("proven", "prove"),
    ("said", "say"),
    ("saw", "see"),
    ("seen", "see"),
    ("shown", "show"),
    ("sought", "seek"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("thought", "think"),
    ("told", "tell"),
    ("understood", "understand"),
    ("written", "write"),
    ("wrote", "write"),
];

/// The tables in hashed maps, built on first use (`cue_verb` runs for every word).
fn maps() -> &'static (WordMap<u8>, WordMap<&'static str>) {
    static MAPS: OnceLock<(WordMap<u8>, WordMap<&'static str>)> = OnceLock::new();
    MAPS.get_or_init(|| {
        let lemmas = LEMMAS
            .0
            .lines()
            .map(str::as_bytes)
            .zip(LEMMAS.1.iter().copied());
        let irregular = IRREGULAR.iter().map(|&(w, base)| (w.as_bytes(), base));
        (
            WordMap::new(lemmas, |a, _| a),
            WordMap::new(irregular, |a, _| a),
        )
    })
}

fn flags_of(base: &[u8]) -> Option<u8> {
    maps().0.get(base)
}

/// `stem` + `tail` in a stack buffer, looked up.
fn flags_with(stem: &[u8], tail: u8) -> Option<u8> {
    let k = stem.len();
    let mut b = [0u8; 24];
    b.get_mut(..k)?.copy_from_slice(stem);
    *b.get_mut(k)? = tail;
    flags_of(b.get(..=k)?)
}

/// A stem as written (`argu|ing` → `argue`, `plann|ed` → `plan`, `call|ed`).
fn try_stem(stem: &[u8]) -> Option<u8> {
    let k = stem.len();
    flags_of(stem)
        .or_else(|| flags_with(stem, b'e'))
        .or_else(|| {
            (k >= 3 && stem[k - 1] == stem[k - 2])
                .then(|| flags_of(&stem[..k - 1]))
                .flatten()
        })
}

/// The complements of `word` read as a cue verb, and its form; `None` for any other word.
pub fn cue_verb(word: &str) -> Option<(u8, Form)> {
    let bytes = word.as_bytes();
    let n = bytes.len();
    if !(3..=20).contains(&n) || !bytes.iter().all(|b| b.is_ascii_alphabetic() || *b == b'-') {
        return None;
    }
    let mut buf = [0u8; 24];
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    remembered(buf, || read(buf.get(..n).unwrap_or_default()))
}

/// [`cue_verb`] of a word in lower case, not remembered.
fn read_lower(w: &[u8]) -> Option<(u8, Form)> {
    let word =
        (3..=20).contains(&w.len()) && w.iter().all(|b| b.is_ascii_alphabetic() || *b == b'-');
    word.then(|| read(w)).flatten()
}

/// How many answers of [`cue_verb`] are remembered.
const MEMO: usize = 512;

/// A word in lower case (zero-padded) and how it reads as a cue verb: its complements and
/// form, complements 0 for no cue verb. All zeros is no word (every word asked has letters),
/// so the table starts as zeros and takes no room in the wasm's data (13 KB in 513 pieces
/// when it started as `None`s).
type Answer = ([u8; 24], u8, Form);

thread_local! {
    /// The answers of [`cue_verb`] for the words asked last, by a hash of the word: the rules
    /// ask for nearly every word, and the news repeats its words.
    static ANSWERS: [Cell<Answer>; MEMO] =
        const { [const { Cell::new(([0; 24], 0, Form::Base)) }; MEMO] };
}

/// The answer for `word` (zero-padded), from `read` unless remembered.
fn remembered(word: [u8; 24], read: impl FnOnce() -> Option<(u8, Form)>) -> Option<(u8, Form)> {
    let h = word.chunks_exact(8).fold(0u64, |h, c| {
        let c = u64::from_le_bytes(c.try_into().unwrap_or_default());
        (h.rotate_left(5) ^ c).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
    });
    let slot = (h >> 55) as usize % MEMO;
    ANSWERS.with(|answers| {
        let Some(cell) = answers.get(slot) else {
            return read();
        };
        match cell.get() {
            (w, flags, form) if w == word => (flags != 0).then_some((flags, form)),
            _ => {
                let answer = read();
                let (flags, form) = answer.unwrap_or((0, Form::Base));
                cell.set((word, flags, form));
                answer
            }
        }
    })
}

/// How `w`, a word of 3 to 20 letters (or hyphens) in lower case, reads as a cue verb.
fn read(w: &[u8]) -> Option<(u8, Form)> {
    let n = w.len();
    if let Some(base) = maps().1.get(w) {
        return flags_of(base.as_bytes()).map(|f| (f, Form::Past));
    }
    if let Some(f) = flags_of(w) {
        return Some((f, Form::Base));
    }
    // A preposition, not a verb (`regarding the plan`).
    if w == b"regarding" {
        return None;
    }
    if let Some(stem) = w.strip_suffix(b"ing") {
        return try_stem(stem).map(|f| (f, Form::Ing));
    }
    if let Some(stem) = w.strip_suffix(b"ied") {
        return flags_with(stem, b'y').map(|f| (f, Form::Past));
    }
    if let Some(stem) = w.strip_suffix(b"ies") {
        return flags_with(stem, b'y').map(|f| (f, Form::Third));
    }
    if let Some(stem) = w.strip_suffix(b"ed") {
        return try_stem(stem).map(|f| (f, Form::Past));
    }
    if let Some(stem) = w.strip_suffix(b"es") {
        if let Some(f) = flags_of(stem).or_else(|| flags_of(&w[..n - 1])) {
            return Some((f, Form::Third));
        }
    }
    if let Some(stem) = w.strip_suffix(b"s") {
        return flags_of(stem).map(|f| (f, Form::Third));
    }
    None
}

/// Every word [`cue_verb`] reads, in lower case: each base form's inflections as [`read`]
/// strips them (`argue`, `argues`, `argued`, `arguing`; `plan`, `planned`; `deny`, `denies`,
/// `denied`) and the irregular forms, each kept only when `cue_verb` reads it. So a word is
/// here exactly when `cue_verb` reads its lower case: the rules test a word-list bit where they
/// only ask whether a word is a cue verb.
pub fn cue_verb_forms() -> Vec<Vec<u8>> {
    let mut forms = Vec::with_capacity(LEMMAS.1.len() * 8);
    let mut keep = |parts: &[&[u8]]| {
        let mut buf = [0u8; 24];
        let mut n = 0;
        for part in parts {
            let Some(dst) = buf.get_mut(n..n + part.len()) else {
                return;
            };
            dst.copy_from_slice(part);
            n += part.len();
        }
        let word = &buf[..n];
        if read_lower(word).is_some() {
            forms.push(word.to_vec());
        }
    };
    for &(form, _) in IRREGULAR {
        keep(&[form.as_bytes()]);
    }
    for base in LEMMAS.0.lines() {
        let base = base.as_bytes();
        keep(&[base]);
        for ending in [&b"s"[..], b"es", b"ed", b"ing"] {
            keep(&[base, ending]);
        }
        // `argu|ed` (the base's `e` dropped), `plann|ed` (its last letter doubled).
        let last = base.last().map_or(&[][..], std::slice::from_ref);
        for ending in [&b"ed"[..], b"ing"] {
            keep(&[base, last, ending]);
            if let Some(stem) = base.strip_suffix(b"e") {
                keep(&[stem, ending]);
            }
        }
        if let Some(stem) = base.strip_suffix(b"y") {
            keep(&[stem, b"ied"]);
            keep(&[stem, b"ies"]);
        }
    }
    crate::sort::heap_sort(&mut forms);
    forms.dedup();
    forms
}

/// Every form of the verbs of [`PHRASE_HEADS`] (`made`, `takes`), the words [`cue_phrase`]
/// starts from.
pub fn phrase_heads() -> impl Iterator<Item = &'static str> {
    PHRASE_HEADS.iter().map(|&(w, _, _)| w)
}

/// Verbs that report only in a fixed phrase (`made clear that`, `took issue with`), in every
/// form, sorted: the form, its base and how it is inflected (`cast` and `hit` are read as
/// past forms, which also stand after a singular subject).
const PHRASE_HEADS: &[(&str, &str, Form)] = &[
    ("brush", "brush", Form::Base),
    ("brushed", "brush", Form::Past),
    ("brushes", "brush", Form::Third),
    ("brushing", "brush", Form::Ing),
    ("came", "come", Form::Past),
    ("cast", "cast", Form::Past),
    ("casting", "cast", Form::Ing),
    ("casts", "cast", Form::Third),
    ("come", "come", Form::Base),
    ("comes", "come", Form::Third),
    ("coming", "come", Form::Ing),
    ("double", "double", Form::Base),
    ("doubled", "double", Form::Past),
    ("doubles", "double", Form::Third),
    ("doubling", "double", Form::Ing),
    ("express", "express", Form::Base),
    ("expressed", "express", Form::Past),
    ("expresses", "express", Form::Third),
    ("expressing", "express", Form::Ing),
    ("fire", "fire", Form::Base),
    ("fired", "fire", Form::Past),
    ("fires", "fire", Form::Third),
    ("firing", "fire", Form::Ing),
    ("gave", "give", Form::Past),
    ("give", "give", Form::Base),
    ("given", "give", Form::Past),
    ("gives", "give", Form::Third),
    ("giving", "give", Form::Ing),
    ("hit", "hit", Form::Past),
    ("hits", "hit", Form::Third),
    ("hitting", "hit", Form::Ing),
    ("lash", "lash", Form::Base),
    ("lashed", "lash", Form::Past),
    ("lashes", "lash", Form::Third),
    ("lashing", "lash", Form::Ing),
    ("leave", "leave", Form::Base),
    ("leaves", "leave", Form::Third),
    ("leaving", "leave", Form::Ing),
    ("left", "leave", Form::Past),
    ("made", "make", Form::Past),
    ("make", "make", Form::Base),
    ("makes", "make", Form::Third),
    ("making", "make", Form::Ing),
    ("open", "open", Form::Base),
    ("opened", "open", Form::Past),
    ("opening", "open", Form::Ing),
    ("opens", "open", Form::Third),
    ("play", "play", Form::Base),
    ("played", "play", Form::Past),
    ("playing", "play", Form::Ing),
    ("plays", "play", Form::Third),
    ("push", "push", Form::Base),
    ("pushed", "push", Form::Past),
    ("pushes", "push", Form::Third),
    ("pushing", "push", Form::Ing),
    ("raise", "raise", Form::Base),
    ("raised", "raise", Form::Past),
    ("raises", "raise", Form::Third),
    ("raising", "raise", Form::Ing),
    ("rule", "rule", Form::Base),
    ("ruled", "rule", Form::Past),
    ("rules", "rule", Form::Third),
    ("ruling", "rule", Form::Ing),
    ("shoot", "shoot", Form::Base),
    ("shooting", "shoot", Form::Ing),
    ("shoots", "shoot", Form::Third),
    ("shot", "shoot", Form::Past),
    ("single", "single", Form::Base),
    ("singled", "single", Form::Past),
    ("singles", "single", Form::Third),
    ("singling", "single", Form::Ing),
    ("sound", "sound", Form::Base),
    ("sounded", "sound", Form::Past),
    ("sounding", "sound", Form::Ing),
    ("sounds", "sound", Form::Third),
    ("speak", "speak", Form::Base),
    ("speaking", "speak", Form::Ing),
    ("speaks", "speak", Form::Third),
    ("spoke", "speak", Form::Past),
    ("spoken", "speak", Form::Past),
    ("stand", "stand", Form::Base),
    ("standing", "stand", Form::Ing),
    ("stands", "stand", Form::Third),
    ("stood", "stand", Form::Past),
    ("take", "take", Form::Base),
    ("taken", "take", Form::Past),
    ("takes", "take", Form::Third),
    ("taking", "take", Form::Ing),
    ("talk", "talk", Form::Base),
    ("talked", "talk", Form::Past),
    ("talking", "talk", Form::Ing),
    ("talks", "talk", Form::Third),
    ("took", "take", Form::Past),
    ("voice", "voice", Form::Base),
    ("voiced", "voice", Form::Past),
    ("voices", "voice", Form::Third),
    ("voicing", "voice", Form::Ing),
    ("weigh", "weigh", Form::Base),
    ("weighed", "weigh", Form::Past),
    ("weighing", "weigh", Form::Ing),
    ("weighs", "weigh", Form::Third),
];

/// Fixed phrases that report speech or a stance: the head verb's base, the words after it and
/// the complements of the phrase (`made clear that …`; `took issue with` + its object). Sorted
/// by the base, so [`cue_phrase`] reads only its head's phrases.
const PHRASES: &[(&str, &[&str], u8)] = &[
    ("brush", &["aside"], OBJECT),
    ("brush", &["off"], OBJECT),
    ("cast", &["doubt", "on"], OBJECT),
    ("cast", &["doubt", "over"], OBJECT),
    ("cast", &["aspersions", "on"], OBJECT),
    ("come", &["out", "against"], OBJECT),
    ("come", &["out", "for"], OBJECT),
    ("come", &["out", "in", "favor", "of"], OBJECT),
    ("come", &["out", "in", "favour", "of"], OBJECT),
    ("come", &["out", "in", "support", "of"], OBJECT),
    ("double", &["down", "on"], OBJECT),
    ("express", &["concern"], CLAUSE),
    ("express", &["concerns"], CLAUSE),
    ("express", &["hope"], CLAUSE),
    ("express", &["confidence"], CLAUSE),
    ("express", &["doubt"], CLAUSE),
    ("express", &["doubts"], CLAUSE),
    ("express", &["fear"], CLAUSE),
    ("express", &["fears"], CLAUSE),
    ("express", &["regret"], CLAUSE),
    ("express", &["surprise"], CLAUSE),
    ("express", &["frustration"], CLAUSE),
    ("express", &["optimism"], CLAUSE),
    ("express", &["concern", "about"], OBJECT),
    ("express", &["concern", "over"], OBJECT),
    ("express", &["concerns", "about"], OBJECT),
    ("express", &["concerns", "over"], OBJECT),
    ("express", &["misgivings", "about"], OBJECT),
    ("express", &["reservations", "about"], OBJECT),
    ("express", &["outrage", "over"], OBJECT),
    ("express", &["outrage", "at"], OBJECT),
    ("express", &["frustration", "with"], OBJECT),
    ("express", &["frustration", "over"], OBJECT),
    ("express", &["support", "for"], OBJECT),
    ("express", &["opposition", "to"], OBJECT),
    ("express", &["doubts", "about"], OBJECT),
    ("express", &["skepticism", "about"], OBJECT),
    ("fire", &["back", "at"], OBJECT),
    ("fire", &["back"], CLAUSE),
    ("give", &["no", "indication"], CLAUSE),
    ("give", &["every", "indication"], CLAUSE),
    ("hit", &["out", "at"], OBJECT),
    ("lash", &["out", "at"], OBJECT),
    ("lash", &["out", "against"], OBJECT),
    ("leave", &["little", "doubt"], CLAUSE),
    ("leave", &["no", "doubt"], CLAUSE),
    ("make", &["clear"], CLAUSE),
    ("make", &["it", "clear"], CLAUSE),
    ("make", &["plain"], CLAUSE),
    ("make", &["it", "plain"], CLAUSE),
    ("make", &["the", "case"], CLAUSE | PREPOSITION),
    ("make", &["the", "point"], CLAUSE),
    ("make", &["no", "secret", "of"], OBJECT),
    ("make", &["little", "secret", "of"], OBJECT),
    ("open", &["up", "about"], OBJECT),
    ("play", &["down"], OBJECT),
    ("push", &["back", "against"], OBJECT),
    ("push", &["back", "on"], OBJECT),
    ("raise", &["questions", "about"], OBJECT),
    ("raise", &["questions", "over"], OBJECT),
    ("raise", &["concerns", "about"], OBJECT),
    ("raise", &["concerns", "over"], OBJECT),
    ("raise", &["concerns"], CLAUSE),
    ("raise", &["doubts", "about"], OBJECT),
    ("raise", &["the", "possibility"], CLAUSE),
    ("raise", &["the", "prospect"], CLAUSE),
    ("rule", &["out"], OBJECT),
    ("shoot", &["back"], CLAUSE),
    ("single", &["out"], OBJECT),
    ("sound", &["the", "alarm", "about"], OBJECT),
    ("sound", &["the", "alarm", "over"], OBJECT),
    ("sound", &["the", "alarm", "on"], OBJECT),
    ("speak", &["out", "against"], OBJECT),
    ("speak", &["out", "about"], OBJECT),
    ("speak", &["out", "on"], OBJECT),
    ("speak", &["out", "for"], OBJECT),
    ("speak", &["highly", "of"], OBJECT),
    ("stand", &["by"], OBJECT),
    ("take", &["issue", "with"], OBJECT),
    ("take", &["aim", "at"], OBJECT),
    ("take", &["credit", "for"], OBJECT),
    ("take", &["exception", "to"], OBJECT),
    ("take", &["a", "swipe", "at"], OBJECT),
    ("take", &["swipes", "at"], OBJECT),
    ("take", &["the", "view"], CLAUSE),
    ("take", &["the", "position"], CLAUSE),
    ("talk", &["up"], OBJECT),
    ("voice", &["concern"], CLAUSE),
    ("voice", &["concerns"], CLAUSE),
    ("voice", &["hope"], CLAUSE),
    ("voice", &["confidence"], CLAUSE),
    ("voice", &["doubt"], CLAUSE),
    ("voice", &["doubts"], CLAUSE),
    ("voice", &["fear"], CLAUSE),
    ("voice", &["fears"], CLAUSE),
    ("voice", &["concern", "about"], OBJECT),
    ("voice", &["concern", "over"], OBJECT),
    ("voice", &["concerns", "about"], OBJECT),
    ("voice", &["concerns", "over"], OBJECT),
    ("voice", &["misgivings", "about"], OBJECT),
    ("voice", &["reservations", "about"], OBJECT),
    ("voice", &["outrage", "over"], OBJECT),
    ("voice", &["outrage", "at"], OBJECT),
    ("voice", &["frustration", "with"], OBJECT),
    ("voice", &["frustration", "over"], OBJECT),
    ("voice", &["support", "for"], OBJECT),
    ("voice", &["opposition", "to"], OBJECT),
    ("voice", &["doubts", "about"], OBJECT),
    ("voice", &["skepticism", "about"], OBJECT),
    ("weigh", &["in", "on"], OBJECT),
];

/// The index of `word` in [`PHRASE_HEADS`], through a hashed map built on first use
/// (`cue_phrase` runs for nearly every word).
fn phrase_head(word: &str) -> Option<usize> {
    static HEADS: OnceLock<WordMap<usize>> = OnceLock::new();
    let heads = HEADS.get_or_init(|| {
        let forms = PHRASE_HEADS.iter().enumerate();
        WordMap::new(forms.map(|(i, &(w, _, _))| (w.as_bytes(), i)), |a, _| a)
    });
    heads.get(word.as_bytes())
}

/// A phrase cue whose head verb is `word` and whose next words `next(0)`, `next(1)`, … (in
/// lower case) follow it: its complements, the head's form and how many words follow the
/// head in the phrase. The longest phrase wins.
pub fn cue_phrase<'w>(word: &str, next: impl Fn(usize) -> Lower<'w>) -> Option<(u8, Form, usize)> {
    if word.len() > 12 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let i = phrase_head(word)?;
    let &(_, base, form) = PHRASE_HEADS.get(i)?;
    let mut best: Option<(u8, Form, usize)> = None;
    let first = PHRASES.partition_point(|p| p.0 < base);
    let phrases = PHRASES.get(first..).unwrap_or_default();
    for &(_, words, flags) in phrases.iter().take_while(|p| p.0 == base) {
        let fits = words
            .iter()
            .enumerate()
            .all(|(k, w)| next(k).as_str() == *w);
        if fits && best.is_none_or(|b| b.2 < words.len()) {
            best = Some((flags, form, words.len()));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_verb_forms_are_the_words_cue_verb_reads() {
        let forms = cue_verb_forms();
        let listed = |w: &str| forms.binary_search_by(|f| f[..].cmp(w.as_bytes())).is_ok();
        for w in [
            "said", "says", "saying", "argued", "arguing", "planned", "planning",
        ] {
            assert!(listed(w), "{w}");
        }
        for w in [
            "denies",
            "denied",
            "discusses",
            "thought",
            "told",
            "believe",
        ] {
            assert!(listed(w), "{w}");
        }
        // Every inflection of every base form, and near misses: listed exactly when read.
        for base in LEMMAS.0.lines() {
            let stem = base.trim_end_matches(['e', 'y']);
            for tail in [
                "", "s", "es", "d", "ed", "ing", "ied", "ies", "n", "er", "ly",
            ] {
                for w in [format!("{base}{tail}"), format!("{stem}{tail}")] {
                    assert_eq!(listed(&w), cue_verb(&w).is_some(), "{w}");
                }
            }
        }
        for &(w, _) in IRREGULAR {
            assert_eq!(listed(w), cue_verb(w).is_some(), "{w}");
        }
    }

    #[test]
    fn tables_are_sorted() {
        let bases: Vec<&str> = LEMMAS.0.lines().collect();
        assert!(bases.windows(2).all(|p| p[0] < p[1]) && bases.len() == LEMMAS.1.len());
        // `remembered` keeps complements 0 for a word that is no cue verb.
        assert!(LEMMAS.1.iter().all(|&flags| flags != 0));
        assert!(IRREGULAR.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(IRREGULAR
            .iter()
            .all(|(_, base)| flags_of(base.as_bytes()).is_some()));
    }

    #[test]
    fn inflections_are_read() {
        let form = |w: &str| cue_verb(w).map(|(_, f)| f);
        assert_eq!(form("said"), Some(Form::Past));
        assert_eq!(form("says"), Some(Form::Third));
        assert_eq!(form("argued"), Some(Form::Past));
        assert_eq!(form("arguing"), Some(Form::Ing));
        assert_eq!(form("criticizes"), Some(Form::Third));
        assert_eq!(form("denies"), Some(Form::Third));
        assert_eq!(form("denied"), Some(Form::Past));
        assert_eq!(form("planned"), Some(Form::Past));
        assert_eq!(form("planning"), Some(Form::Ing));
        assert_eq!(form("discusses"), Some(Form::Third));
        assert_eq!(form("Believes"), Some(Form::Third));
        assert_eq!(form("believe"), Some(Form::Base));
        assert_eq!(form("thought"), Some(Form::Past));
        assert_eq!(form("table"), None);
        assert_eq!(form("sing"), None);
        assert_eq!(form("a"), None);
        assert_eq!(form("über"), None);
    }

    #[test]
    fn reporting_verbs_of_every_class_are_read() {
        // (word, complements it must take, form)
        let table: &[(&str, u8, Form)] = &[
            ("averred", CLAUSE, Form::Past),
            ("reasons", CLAUSE, Form::Third),
            ("remembered", CLAUSE, Form::Past),
            ("confided", CLAUSE, Form::Past),
            ("gloating", CLAUSE | PREPOSITION, Form::Ing),
            ("fretted", CLAUSE | PREPOSITION, Form::Past),
            ("foretold", CLAUSE, Form::Past),
            ("emailed", CLAUSE, Form::Past),
            ("refuted", CLAUSE | OBJECT, Form::Past),
            ("rebuts", CLAUSE | OBJECT, Form::Third),
            ("debunked", OBJECT, Form::Past),
            ("lambasts", OBJECT, Form::Third),
            ("complimented", OBJECT, Form::Past),
            ("censured", OBJECT, Form::Past),
            ("termed", OBJECT, Form::Past),
            ("deems", OBJECT, Form::Third),
            ("retweeted", OBJECT, Form::Past),
        ];
        for &(word, flags, want) in table {
            let got = cue_verb(word);
            assert!(
                got.is_some_and(|(f, form)| f & flags == flags && form == want),
                "{word}: {got:?}"
            );
        }
        // Fixed phrases: the longest that fits, with the head's form.
        let words =
            |s: &'static str| move |k: usize| Lower::Same(s.split(' ').nth(k).unwrap_or(""));
        let phrase = |head: &str, rest: &'static str| cue_phrase(head, words(rest));
        assert_eq!(phrase("made", "clear that"), Some((CLAUSE, Form::Past, 1)));
        assert_eq!(
            phrase("makes", "it clear that"),
            Some((CLAUSE, Form::Third, 2))
        );
        assert_eq!(
            phrase("taking", "issue with the"),
            Some((OBJECT, Form::Ing, 2))
        );
        assert_eq!(
            phrase("came", "out in favor of"),
            Some((OBJECT, Form::Past, 4))
        );
        assert_eq!(
            phrase("cast", "doubt on the"),
            Some((OBJECT, Form::Past, 2))
        );
        assert_eq!(
            phrase("expressed", "concern that"),
            Some((CLAUSE, Form::Past, 1))
        );
        assert_eq!(phrase("made", "a profit"), None);
        assert_eq!(phrase("Made", "clear that"), None);
        assert!(PHRASE_HEADS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(PHRASES.windows(2).all(|p| p[0].0 <= p[1].0));
        assert!(PHRASES
            .iter()
            .all(|p| PHRASE_HEADS.iter().any(|h| h.1 == p.0)));
        // `regarding` is a preposition.
        assert_eq!(cue_verb("regarding"), None);
        assert!(!cue_verb_forms().iter().any(|w| w == b"regarding"));
        assert_eq!(cue_verb("regarded").map(|(_, f)| f), Some(Form::Past));
    }
}
