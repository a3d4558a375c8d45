//! Training the tagger (`storylens train entities DIR`): reading CoNLL-style corpora, mapping
//! their labels to person/org/place/misc under newswire conventions, and the averaged
//! perceptron. Native only; features and decoding are the inference code itself.

use super::features::{
    allowed, features, tag, token_infos, Pos, TokenInfo, FUNCTION_WORDS, O, TAGS,
};
use super::lexicon::{lexicon, Lexicon};
use super::tagger::{best_allowed, close, encode, forced_outside, kind_index};
use super::EntityKind;
use crate::segment::Document;
use crate::span::Span;
use std::path::{Path, PathBuf};

/// One token of a corpus with its gold label (the kind and whether it begins a name) and
/// whether it lies in a region left out of scoring and learning: a mention that is not itself
/// a name but may hold one (GUM's `the Tom Cruise video`, whose name its flat annotation lost).
pub type Labelled = (String, Option<(EntityKind, bool)>, bool);

/// A document of a corpus: sentences of labelled tokens.
#[derive(Clone, Debug, Default)]
pub struct CorpusDoc {
    /// Where it comes from (`gum-news/GUM_news_korea.tsv`, `wikigold#12`).
    pub source: String,
    /// Its sentences.
    pub sentences: Vec<Vec<Labelled>>,
}

/// Maps a corpus label (without its `B-`/`I-` prefix) to a kind; `None` for labels that are
/// not names (times, quantities, GUM's abstract nouns).
pub fn map_label(label: &str) -> Option<EntityKind> {
    match label.to_ascii_lowercase().as_str() {
        "per" | "person" | "people" => Some(EntityKind::Person),
        "org" | "organization" | "organisation" | "corporation" | "group" => Some(EntityKind::Org),
        "loc" | "location" | "place" | "gpe" => Some(EntityKind::Place),
        "misc" | "nationality" | "product" | "creative-work" | "event" | "weapon"
        | "militaryplatform" | "object" => Some(EntityKind::Misc),
        _ => None,
    }
}

/// Reads CoNLL-style text: `token … TAG` lines, blank lines between sentences, `-DOCSTART-`
/// between documents. Tags may be BIO, BILOU, IO or bare labels (a run of the same bare label
/// is one name). `per_sentence` makes every sentence a document of its own (tweets).
pub fn read_conll(source: &str, text: &str, per_sentence: bool) -> Vec<CorpusDoc> {
    let mut docs = Vec::new();
    let mut doc = CorpusDoc {
        source: source.to_string(),
        sentences: Vec::new(),
    };
    let mut sentence: Vec<Labelled> = Vec::new();
    let mut prev_label: Option<String> = None;
    let flush_sentence =
        |sentence: &mut Vec<Labelled>, doc: &mut CorpusDoc, docs: &mut Vec<CorpusDoc>| {
            if !sentence.is_empty() {
                doc.sentences.push(std::mem::take(sentence));
                if per_sentence {
                    let n = docs.len();
                    docs.push(CorpusDoc {
                        source: format!("{}#{n}", doc.source),
                        sentences: std::mem::take(&mut doc.sentences),
                    });
                }
            }
        };
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (Some(token), Some(label)) = (fields.first(), fields.last()) else {
            flush_sentence(&mut sentence, &mut doc, &mut docs);
            prev_label = None;
            continue;
        };
        if *token == "-DOCSTART-" {
            flush_sentence(&mut sentence, &mut doc, &mut docs);
            if !doc.sentences.is_empty() {
                let n = docs.len();
                docs.push(CorpusDoc {
                    source: format!("{source}#{n}"),
                    sentences: std::mem::take(&mut doc.sentences),
                });
            }
            prev_label = None;
            continue;
        }
        if fields.len() < 2 {
            continue;
        }
        let (prefix, name) = match label.split_once('-') {
            Some((p, n)) if p.len() == 1 && "BILUES".contains(p) => (Some(p), n),
            _ => (None, *label),
        };
        let ignore = name != "O" && map_label(name).is_none();
        let gold = if name == "O" {
            None
        } else {
            map_label(name).map(|k| {
                let begins = match prefix {
                    Some("B" | "U" | "S") => true,
                    _ => prev_label.as_deref() != Some(name),
                };
                (k, begins)
            })
        };
        prev_label = (name != "O").then(|| name.to_string());
        sentence.push((token.to_string(), gold, ignore));
    }
    flush_sentence(&mut sentence, &mut doc, &mut docs);
    if !doc.sentences.is_empty() {
        let n = docs.len();
        if !per_sentence {
            docs.push(CorpusDoc {
                source: if n == 0 {
                    source.to_string()
                } else {
                    format!("{source}#{n}")
                },
                sentences: doc.sentences,
            });
        }
    }
    docs
}

/// Words that may stand inside a name in lower case (`Bank of England`, `Charles de Gaulle`).
const CONNECTORS: &[&str] = &[
    "of", "and", "the", "for", "de", "la", "le", "du", "des", "von", "van", "der", "den", "al",
    "bin", "ibn", "da", "di", "do", "dos", "y", "e", "on", "upon", "in", "at", "'s", "’s", "&",
    "-", "–", "'", "’", ".", "/",
];

/// Lower-case particles inside people's names (`Abu Jandal al-Kuwaiti`, `Ludwig van Beethoven`).
pub const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "ben", "van", "von", "de", "da", "di", "du", "la",
    "le", "der", "den", "dos", "das", "y", "-", "'", "’", ".",
];

/// Capitalised words that stand for a person without naming one.
const NOT_NAMES: &[&str] = &[
    "Someone",
    "Somebody",
    "Anyone",
    "Anybody",
    "Everyone",
    "Everybody",
    "Nobody",
    "No-one",
    "Us",
    "Them",
    "Me",
    "Him",
    "Himself",
    "Herself",
    "Themselves",
];

fn is_punct(token: &str) -> bool {
    !token.chars().any(char::is_alphanumeric)
}

/// Brings one name to newswire conventions: no leading `the`, no title before a person's name,
/// no punctuation at either end, a country or city is a place even where it acts
/// (`North Korea said`), `Palmyra, Syria` is two places. Returns the kept token ranges with
/// their kinds; none when what remains is not a name (GUM's and re3d's common-noun mentions:
/// `the military`, `We`).
pub fn normalise_name(
    tokens: &[&str],
    kind: EntityKind,
    lex: &Lexicon,
) -> Vec<(usize, usize, EntityKind)> {
    let Some((a, b)) = trim_name(tokens, kind, lex) else {
        return Vec::new();
    };
    if kind == EntityKind::Place {
        if let Some(c) = (a + 1..b).find(|&i| tokens[i] == ",") {
            let mut out: Vec<(usize, usize, EntityKind)> = Vec::new();
            for (x, y) in [(a, c), (c + 1, b)] {
                out.extend(
                    normalise_name(&tokens[x..y], kind, lex)
                        .into_iter()
                        .map(|(p, q, k)| (p + x, q + x, k)),
                );
            }
            return out;
        }
    }
    let surface = tokens[a..b].join(" ");
    let singular = surface.strip_suffix('s').unwrap_or(&surface);
    let kind = if kind == EntityKind::Org && lex.places.contains(surface.as_str()) {
        EntityKind::Place
    } else if lex.demonyms.contains(surface.as_str()) || lex.demonyms.contains(singular) {
        EntityKind::Misc
    } else {
        kind
    };
    vec![(a, b, kind)]
}

fn trim_name(tokens: &[&str], kind: EntityKind, lex: &Lexicon) -> Option<(usize, usize)> {
    let (mut a, mut b) = (0, tokens.len());
    loop {
        let first = tokens.get(a).copied().unwrap_or("");
        if a < b
            && (matches!(first, "the" | "The" | "a" | "an" | "A" | "An" | "THE") || is_punct(first))
        {
            a += 1;
        } else {
            break;
        }
    }
    while b > a && tokens.get(b - 1).is_some_and(|t| is_punct(t)) {
        b -= 1;
    }
    if kind == EntityKind::Person {
        // Longest title sequence at the start, repeatedly (`Staff Sgt.`, `Vice President`).
        loop {
            let here: Vec<&str> = tokens[a..b]
                .iter()
                .map(|t| t.strip_suffix('.').unwrap_or(t))
                .collect();
            let len = lex
                .titles
                .iter()
                .map(|t| {
                    t.iter()
                        .filter(|w| **w != ".")
                        .copied()
                        .collect::<Vec<&str>>()
                })
                .find(|t| t.len() < here.len() && here.iter().zip(t.iter()).all(|(w, t)| w == t))
                .map_or(0, |t| t.len());
            if len == 0 {
                break;
            }
            a += len;
        }
    }
    if a >= b {
        return None;
    }
    let words = &tokens[a..b];
    let first = words[0];
    if !first.chars().any(char::is_uppercase)
        && !first.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return None;
    }
    if words.len() == 1
        && (FUNCTION_WORDS.contains(&first) || first.len() < 2 && kind != EntityKind::Misc)
    {
        return None;
    }
    let person = kind == EntityKind::Person;
    if person && !first.chars().any(char::is_alphabetic) || NOT_NAMES.contains(&first) {
        return None;
    }
    let name_like = words.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || (if person {
                PARTICLES.contains(w)
            } else {
                CONNECTORS.contains(w)
            })
            || is_punct(w)
    });
    name_like.then_some((a, b))
}

/// Applies [`normalise_name`] to every name of a document; names that are not names become `O`.
pub fn normalise_doc(doc: &mut CorpusDoc, lex: &Lexicon) {
    for sentence in &mut doc.sentences {
        let mut i = 0;
        while i < sentence.len() {
            let Some((kind, _)) = sentence[i].1 else {
                // An unmapped mention with a capital letter inside may hide a name.
                if sentence[i].2 {
                    let mut j = i;
                    while j < sentence.len() && sentence[j].2 && sentence[j].1.is_none() {
                        j += 1;
                    }
                    let capital = sentence[i..j].iter().enumerate().any(|(k, t)| {
                        (i + k > 0 || !FUNCTION_WORDS.contains(&t.0.as_str()))
                            && t.0.chars().next().is_some_and(char::is_uppercase)
                    });
                    for t in &mut sentence[i..j] {
                        t.2 = capital;
                    }
                    i = j.max(i + 1);
                } else {
                    i += 1;
                }
                continue;
            };
            let mut j = i + 1;
            while j < sentence.len() && sentence[j].1 == Some((kind, false)) {
                j += 1;
            }
            let words: Vec<&str> = sentence[i..j].iter().map(|t| t.0.as_str()).collect();
            let kept = normalise_name(&words, kind, lex);
            let capital = words.iter().enumerate().any(|(k, w)| {
                (i + k > 0 || !FUNCTION_WORDS.contains(w))
                    && w.chars().next().is_some_and(char::is_uppercase)
            });
            for (k, t) in sentence[i..j].iter_mut().enumerate() {
                t.1 = kept
                    .iter()
                    .find(|(a, b, _)| (*a..*b).contains(&k))
                    .map(|(a, _, kind)| (*kind, k == *a));
                // A dropped mention with a capital in it may hold a name the corpus lost.
                t.2 = t.1.is_none() && kept.is_empty() && capital;
            }
            i = j;
        }
    }
}

/// The document as text (tokens joined by spaces, one sentence a paragraph) with its names
/// as byte spans, and the regions left out of scoring.
pub fn doc_text(doc: &CorpusDoc) -> (String, Vec<(Span, EntityKind)>, Vec<Span>) {
    let mut text = String::new();
    let mut names = Vec::new();
    let mut ignored: Vec<Span> = Vec::new();
    let mut open: Option<(usize, usize, EntityKind)> = None;
    for sentence in &doc.sentences {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        for (k, (token, gold, ignore)) in sentence.iter().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(token);
            let end = text.len();
            if *ignore {
                match ignored.last_mut() {
                    Some(last) if k > 0 && sentence[k - 1].2 => last.end = end,
                    _ => ignored.push(Span::new(start, end)),
                }
            }
            match gold {
                Some((kind, false)) if open.is_some_and(|o| o.2 == *kind) => {
                    if let Some(o) = open.as_mut() {
                        o.1 = end;
                    }
                }
                Some((kind, _)) => {
                    if let Some((s, e, k)) = open.take() {
                        names.push((Span::new(s, e), k));
                    }
                    open = Some((start, end, *kind));
                }
                None => {
                    if let Some((s, e, k)) = open.take() {
                        names.push((Span::new(s, e), k));
                    }
                }
            }
        }
        if let Some((s, e, k)) = open.take() {
            names.push((Span::new(s, e), k));
        }
    }
    (text, names, ignored)
}

/// Segments a text the way [`crate::analyze`] does.
pub fn segment_like_analyze(text: &str) -> Document {
    let paragraphs = crate::segment::split_paragraphs(text);
    let pieces = crate::quotes::find_quotes(text, &paragraphs);
    let protected: Vec<Span> = pieces
        .iter()
        .map(crate::quotes::QuoteMarks::outer)
        .collect();
    crate::segment::segment(text, &paragraphs, &protected)
}

/// A gold tag that is not learned from.
const IGNORE: u8 = u8::MAX;

/// Gold BILOU tags of the document's tokens from its names' byte spans ([`IGNORE`] inside the
/// ignored regions).
fn gold_tags(doc: &Document, names: &[(Span, EntityKind)], ignored: &[Span]) -> Vec<u8> {
    let mut tags = vec![O; doc.tokens.len()];
    for (t, tok) in tags.iter_mut().zip(&doc.tokens) {
        if ignored.iter().any(|s| s.overlaps(tok.span())) {
            *t = IGNORE;
        }
    }
    for (span, kind) in names {
        let a = doc.token_at_or_after(span.start);
        let b = doc.token_at_or_after(span.end);
        if a >= b
            || doc
                .tokens
                .get(b - 1)
                .is_some_and(|t| t.span().end > span.end)
        {
            continue;
        }
        let k = kind_index(*kind);
        for (i, t) in tags.iter_mut().enumerate().take(b).skip(a) {
            *t = if b - a == 1 {
                tag(k, Pos::Unit)
            } else if i == a {
                tag(k, Pos::Begin)
            } else if i + 1 == b {
                tag(k, Pos::Last)
            } else {
                tag(k, Pos::Inside)
            };
        }
    }
    tags
}

/// The corpora under `dir` (the layout of the shared NER folder), each document with the name
/// of its corpus. Unknown folders are skipped.
pub fn load_corpora(dir: &Path) -> Result<Vec<(&'static str, CorpusDoc)>, String> {
    let lex = lexicon();
    let mut out = Vec::new();
    let corpora: [(&'static str, &str, bool); 5] = [
        ("gum-news", "gum-news", false),
        ("re3d", "re3d", false),
        ("wikigold", "wikigold", false),
        ("btc", "btc", true),
        ("wnut17", "wnut17", true),
    ];
    for (name, folder, per_sentence) in corpora {
        let root = dir.join(folder);
        if !root.is_dir() {
            continue;
        }
        for path in data_files(&root)? {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let rel = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .display()
                .to_string();
            for mut doc in read_conll(&rel, &text, per_sentence) {
                normalise_doc(&mut doc, lex);
                out.push((name, doc));
            }
        }
    }
    if out.is_empty() {
        return Err(format!("no corpus found under {}", dir.display()));
    }
    Ok(out)
}

/// The data files under a folder (`.conll`, `.tsv`, `.txt`, `.annotated`), sorted.
pub fn data_files(root: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        if d.is_file() {
            files.push(d);
            continue;
        }
        let entries =
            std::fs::read_dir(&d).map_err(|e| format!("cannot read {}: {e}", d.display()))?;
        for e in entries.flatten() {
            let p = e.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if p.is_dir() {
                stack.push(p);
            } else if [".conll", ".tsv", ".conll.txt", ".annotated"]
                .iter()
                .any(|x| name.ends_with(x))
            {
                files.push(p);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// True for the documents kept out of training for measurement: every fifth document of the
/// newswire corpora (GUM news, re3d) and every tenth of Wikigold.
pub fn is_held_out(corpus: &str, index: usize) -> bool {
    match corpus {
        "gum-news" | "re3d" => index % 5 == 2,
        "wikigold" => index % 10 == 3,
        _ => false,
    }
}

/// How many times each corpus is read per epoch: the newswire corpora count more.
pub const DEFAULT_REPEATS: &[(&str, usize)] = &[
    ("gum-news", 1),
    ("re3d", 1),
    ("wikigold", 1),
    ("btc", 1),
    ("wnut17", 1),
];

/// A sentence ready for training: token information and gold tags.
struct Sample {
    infos: Vec<TokenInfo>,
    gold: Vec<u8>,
}

/// Averaged perceptron weights while training.
struct Trainer {
    mask: u64,
    weights: Vec<f32>,
    /// Sum over updates of `time * delta`, for the averaging trick.
    stamped: Vec<f64>,
    time: f64,
}

impl Trainer {
    fn update(&mut self, feats: &[u64], gold: u8, pred: u8) {
        for &f in feats {
            let row = (f & self.mask) as usize * TAGS;
            for (t, d) in [(gold, 1.0f32), (pred, -1.0)] {
                let at = row + t as usize;
                if let (Some(w), Some(s)) = (self.weights.get_mut(at), self.stamped.get_mut(at)) {
                    *w += d;
                    *s += self.time * f64::from(d);
                }
            }
        }
    }

    fn averaged(&self) -> Vec<f32> {
        self.weights
            .iter()
            .zip(&self.stamped)
            .map(|(&w, &s)| (f64::from(w) - s / self.time.max(1.0)) as f32)
            .collect()
    }
}

/// A deterministic permutation (xorshift), so training reproduces the same weights.
fn shuffle(order: &mut [usize], seed: u64) {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    for i in (1..order.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        order.swap(i, (x % (i as u64 + 1)) as usize);
    }
}

/// Trains on the documents and returns the model file's bytes (weights quantised to `i8`).
pub fn train(docs: &[&CorpusDoc], epochs: usize, bits: u32, prune: i8, levels: i8) -> Vec<u8> {
    let lex = lexicon();
    let mut samples = Vec::new();
    for d in docs {
        let (text, names, ignored) = doc_text(d);
        let doc = segment_like_analyze(&text);
        let infos = token_infos(&text, &doc, lex);
        let gold = gold_tags(&doc, &names, &ignored);
        for s in &doc.sentences {
            if let (Some(i), Some(g)) = (infos.get(s.tokens.clone()), gold.get(s.tokens.clone())) {
                samples.push(Sample {
                    infos: i.to_vec(),
                    gold: g.to_vec(),
                });
            }
        }
    }
    let size = (1usize << bits) * TAGS;
    let mut tr = Trainer {
        mask: (1u64 << bits) - 1,
        weights: vec![0.0; size],
        stamped: vec![0.0; size],
        time: 1.0,
    };
    let mut order: Vec<usize> = (0..samples.len()).collect();
    let mut feats = Vec::new();
    for epoch in 0..epochs {
        shuffle(&mut order, 17 + epoch as u64);
        for &si in &order {
            let s = &samples[si];
            let (mut prev, mut prev2) = (O, O);
            let mut tags = Vec::with_capacity(s.infos.len());
            for (i, info) in s.infos.iter().enumerate() {
                let gold = s.gold.get(i).copied().unwrap_or(O);
                let pred = if forced_outside(info, prev) {
                    O
                } else {
                    features(&s.infos, i, prev, prev2, &mut feats);
                    let mut scores = [0f32; TAGS];
                    for &f in &feats {
                        let row = (f & tr.mask) as usize * TAGS;
                        if let Some(r) = tr.weights.get(row..row + TAGS) {
                            for (sc, w) in scores.iter_mut().zip(r) {
                                *sc += w;
                            }
                        }
                    }
                    let pred = best_allowed(&scores, prev, info.can_start);
                    if gold != IGNORE && pred != gold && allowed(prev, gold, info.can_start) {
                        tr.update(&feats, gold, pred);
                    }
                    tr.time += 1.0;
                    pred
                };
                tags.push(pred);
                prev2 = prev;
                prev = pred;
            }
            close(&mut tags);
        }
    }
    quantise(&tr.averaged(), bits, prune, levels)
}

/// Scales the weights to `i8` (the largest magnitude, clipped at the 99.99th percentile, maps
/// to 127), drops those of magnitude `prune` or less (the model compresses far better), and
/// writes the model file.
fn quantise(weights: &[f32], bits: u32, prune: i8, levels: i8) -> Vec<u8> {
    let mut mags: Vec<f32> = weights
        .iter()
        .map(|w| w.abs())
        .filter(|w| *w > 0.0)
        .collect();
    mags.sort_by(f32::total_cmp);
    let top = mags
        .get(mags.len().saturating_sub(1 + mags.len() / 10_000))
        .copied()
        .unwrap_or(1.0)
        .max(1e-6);
    let max = f32::from(levels.clamp(1, 127));
    let scale = max / top;
    let flat: Vec<u8> = weights
        .iter()
        .map(|w| (w * scale).round().clamp(-max, max) as i8)
        .map(|q| if q.abs() <= prune { 0 } else { q as u8 })
        .collect();
    encode(bits, &flat)
}

/// Writes documents as a CoNLL file (`token TAG`, BIO tags PER/ORG/LOC/MISC).
pub fn write_conll(docs: &[&CorpusDoc]) -> String {
    let mut out = String::new();
    for d in docs {
        out.push_str("-DOCSTART- O\n\n");
        for s in &d.sentences {
            for (k, (token, gold, ignore)) in s.iter().enumerate() {
                let tag = match gold {
                    None if *ignore => {
                        let begins = k == 0 || !s[k - 1].2;
                        format!("{}-IGNORE", if begins { "B" } else { "I" })
                    }
                    None => "O".to_string(),
                    Some((k, begins)) => format!(
                        "{}-{}",
                        if *begins { "B" } else { "I" },
                        match k {
                            EntityKind::Person => "PER",
                            EntityKind::Org => "ORG",
                            EntityKind::Place => "LOC",
                            EntityKind::Misc => "MISC",
                        }
                    ),
                };
                out.push_str(token);
                out.push(' ');
                out.push_str(&tag);
                out.push('\n');
            }
            out.push('\n');
        }
    }
    out
}

/// `storylens train entities DIR [--out FILE] [--heldout FILE] [--epochs N] [--bits N]`.
pub fn run(args: &[String]) -> Result<String, String> {
    let mut dir = None;
    let mut out_path = "data/entities.model".to_string();
    let mut heldout = None;
    let mut epochs = 12;
    let mut bits = 16;
    let mut prune = 1i8;
    let mut levels = 15i8;
    let mut repeats: Vec<(String, usize)> = DEFAULT_REPEATS
        .iter()
        .map(|(c, n)| (c.to_string(), *n))
        .collect();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--out" => out_path = value()?,
            "--heldout" => heldout = Some(value()?),
            "--epochs" => epochs = value()?.parse().map_err(|_| "--epochs needs a number")?,
            "--bits" => bits = value()?.parse().map_err(|_| "--bits needs a number")?,
            "--levels" => levels = value()?.parse().map_err(|_| "--levels needs a number")?,
            "--prune" => prune = value()?.parse().map_err(|_| "--prune needs a number")?,
            "--repeat" => {
                let v = value()?;
                let (c, n) = v.split_once('=').ok_or("--repeat needs CORPUS=N")?;
                let n = n.parse().map_err(|_| "--repeat needs CORPUS=N")?;
                repeats.retain(|r| r.0 != c);
                repeats.push((c.to_string(), n));
            }
            other if other.starts_with('-') => return Err(format!("unknown option {other:?}")),
            other => dir = Some(other.to_string()),
        }
    }
    if !(10..=24).contains(&bits) {
        return Err("--bits must be between 10 and 24".into());
    }
    let dir = dir.ok_or("train entities needs the folder of the NER corpora")?;
    let all = load_corpora(Path::new(&dir))?;
    let mut train_docs = Vec::new();
    let mut held = Vec::new();
    let mut count: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (corpus, d) in &all {
        let n = count.entry(corpus).or_default();
        if is_held_out(corpus, *n) {
            held.push(d);
        } else {
            let times = repeats.iter().find(|r| r.0 == *corpus).map_or(1, |r| r.1);
            for _ in 0..times {
                train_docs.push(d);
            }
        }
        *n += 1;
    }
    let model = train(&train_docs, epochs, bits, prune, levels);
    std::fs::write(&out_path, &model).map_err(|e| format!("cannot write {out_path}: {e}"))?;
    let mut report = format!(
        "trained on {} documents ({} held out), {epochs} epochs, 2^{bits} buckets: {out_path} ({} bytes)\n",
        train_docs.len(),
        held.len(),
        model.len()
    );
    if let Some(h) = heldout {
        let news: Vec<&CorpusDoc> = held
            .iter()
            .copied()
            .filter(|d| !d.source.starts_with("wikigold"))
            .collect();
        std::fs::write(&h, write_conll(&news)).map_err(|e| format!("cannot write {h}: {e}"))?;
        let wiki: Vec<&CorpusDoc> = held
            .iter()
            .copied()
            .filter(|d| d.source.starts_with("wikigold"))
            .collect();
        let wiki_path = format!("{h}.wikigold");
        std::fs::write(&wiki_path, write_conll(&wiki))
            .map_err(|e| format!("cannot write {wiki_path}: {e}"))?;
        report.push_str(&format!(
            "held-out newswire: {h} ({} documents); held-out Wikipedia: {wiki_path} ({} documents)\n",
            news.len(),
            wiki.len()
        ));
    }
    Ok(report)
}

/// `storylens train prune DIR [--margin M] [--model FILE] [--out FILE]`: the model with every
/// weight dropped, smallest first, that no tag the tagger gives on the training documents of DIR
/// needs: each tag stays the best allowed, ahead of the others by `M` (default 40, as the
/// committed weights) or by as much as it was. The weights left are the model's own; the file
/// compresses better.
pub fn prune_run(args: &[String]) -> Result<String, String> {
    let mut dir = None;
    let mut model_path = "data/entities.model".to_string();
    let mut out_path = None;
    let mut margin = 40i32;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--model" => model_path = value()?,
            "--out" => out_path = Some(value()?),
            "--margin" => margin = value()?.parse().map_err(|_| "--margin needs a number")?,
            other if other.starts_with('-') => return Err(format!("unknown option {other:?}")),
            other => dir = Some(other.to_string()),
        }
    }
    let dir = dir.ok_or("train prune needs the folder of the NER corpora")?;
    let bytes = std::fs::read(&model_path).map_err(|e| format!("cannot read {model_path}: {e}"))?;
    let (bits, mut weights) =
        super::tagger::flat_weights(&bytes).ok_or(format!("{model_path} is no model file"))?;
    let before = weights.iter().filter(|&&w| w != 0).count();
    let mask = (1u64 << bits) - 1;
    // Every scored token of the training documents, tagged as the tagger tags them.
    let mut tokens = Scored::default();
    let lex = lexicon();
    // (Held out as `train entities` holds them out: by each document's place in its corpus.)
    let mut count: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (corpus, d) in load_corpora(Path::new(&dir))? {
        let n = count.entry(corpus).or_default();
        *n += 1;
        if is_held_out(corpus, *n - 1) {
            continue;
        }
        let (text, _, _) = doc_text(&d);
        let doc = segment_like_analyze(&text);
        let infos = token_infos(&text, &doc, lex);
        for s in &doc.sentences {
            if let Some(infos) = infos.get(s.tokens.clone()) {
                tokens.add_sentence(infos, &weights, mask);
            }
        }
    }
    let changed = tokens.prune(&mut weights, margin);
    let after = weights.iter().filter(|&&w| w != 0).count();
    let model: Vec<u8> = weights.iter().map(|&w| w as u8).collect();
    let model = encode(bits, &model);
    let out_path = out_path.unwrap_or(model_path);
    std::fs::write(&out_path, &model).map_err(|e| format!("cannot write {out_path}: {e}"))?;
    Ok(format!(
        "{} scored tokens; weights {before} -> {after}; tags changed: {changed}; {out_path} ({} bytes)\n",
        tokens.tag.len(),
        model.len()
    ))
}

/// The scored tokens of the pruning: each one's rows, scores, tag, the tag before it and
/// whether a name may start there (what decides the tags allowed), and the lead its tag has.
#[derive(Default)]
struct Scored {
    rows: Vec<Vec<u32>>,
    scores: Vec<[i32; TAGS]>,
    tag: Vec<u8>,
    context: Vec<(u8, bool)>,
    lead: Vec<i32>,
}

impl Scored {
    /// Tags a sentence greedily with `weights`, as `tagger::decode` does, keeping each scored
    /// token.
    fn add_sentence(&mut self, infos: &[TokenInfo], weights: &[i8], mask: u64) {
        let (mut prev, mut prev2) = (O, O);
        let mut feats = Vec::new();
        for (i, info) in infos.iter().enumerate() {
            let t = if forced_outside(info, prev) {
                O
            } else {
                features(infos, i, prev, prev2, &mut feats);
                let rows: Vec<u32> = feats.iter().map(|&f| (f & mask) as u32).collect();
                let mut scores = [0i32; TAGS];
                for &r in &rows {
                    for (t, s) in scores.iter_mut().enumerate() {
                        *s += i32::from(weights.get(r as usize * TAGS + t).copied().unwrap_or(0));
                    }
                }
                let t = best_allowed(&scores, prev, info.can_start);
                self.rows.push(rows);
                self.scores.push(scores);
                self.tag.push(t);
                self.context.push((prev, info.can_start));
                self.lead.push(self.gap(self.tag.len() - 1));
                t
            };
            prev2 = prev;
            prev = t;
        }
    }

    /// How far token `k`'s tag leads the best other allowed tag (`i32::MAX` with none).
    fn gap(&self, k: usize) -> i32 {
        let (prev, can_start) = self.context[k];
        let (tag, scores) = (self.tag[k], self.scores[k]);
        let mut allowed = super::features::next_tags(prev, can_start);
        let mut best_other = None::<i32>;
        while allowed != 0 {
            let t = allowed.trailing_zeros() as usize;
            allowed &= allowed - 1;
            if t != usize::from(tag) {
                best_other = Some(best_other.map_or(scores[t], |b| b.max(scores[t])));
            }
        }
        best_other.map_or(i32::MAX, |b| scores[usize::from(tag)] - b)
    }

    /// True when token `k` still gets its tag, leading by what it must.
    fn keeps(&self, k: usize, margin: i32) -> bool {
        let lead = self.lead[k];
        let gap = self.gap(k);
        // (A tie was won by the order of the tags: any change may lose it.)
        if lead <= 0 {
            return gap == lead && self.best(k) == self.tag[k];
        }
        gap >= lead.min(margin) && gap > 0
    }

    /// Drops the weights, smallest first, that every token keeps its tag without; returns how
    /// many tags a fresh tagging with the pruned weights changes (none, by construction).
    fn prune(&mut self, weights: &mut [i8], margin: i32) -> usize {
        let mut by_row: Vec<Vec<u32>> = vec![Vec::new(); weights.len() / TAGS];
        for (k, rows) in self.rows.iter().enumerate() {
            for &r in rows {
                if let Some(list) = by_row.get_mut(r as usize) {
                    list.push(k as u32);
                }
            }
        }
        let mut order: Vec<usize> = (0..weights.len()).filter(|&at| weights[at] != 0).collect();
        order.sort_by_key(|&at| (weights[at].unsigned_abs(), at));
        for at in order {
            let (r, t, w) = (at / TAGS, at % TAGS, i32::from(weights[at]));
            let touched = by_row.get(r).map_or(&[][..], Vec::as_slice);
            for &k in touched {
                self.scores[k as usize][t] -= w;
            }
            if touched.iter().all(|&k| self.keeps(k as usize, margin)) {
                weights[at] = 0;
            } else {
                for &k in touched {
                    self.scores[k as usize][t] += w;
                }
            }
        }
        (0..self.tag.len())
            .filter(|&k| self.best(k) != self.tag[k])
            .count()
    }

    /// The tag the tagger gives token `k` with its present scores.
    fn best(&self, k: usize) -> u8 {
        let (prev, can_start) = self.context[k];
        best_allowed(&self.scores[k], prev, can_start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pruning_keeps_every_tag_of_its_sentences() {
        let bytes = std::fs::read("data/entities.model").unwrap();
        let (bits, mut weights) = super::super::tagger::flat_weights(&bytes).unwrap();
        let mask = (1u64 << bits) - 1;
        let text = "Angela Merkel met Emmanuel Macron in Paris on Monday, the German government \
                    said.\n\nShares of Acme Corp fell 5% after the Federal Reserve spoke.";
        let doc = segment_like_analyze(text);
        let infos = token_infos(text, &doc, lexicon());
        let tagged = |weights: &[i8]| {
            let mut s = Scored::default();
            for sentence in &doc.sentences {
                s.add_sentence(&infos[sentence.tokens.clone()], weights, mask);
            }
            s
        };
        let mut scored = tagged(&weights);
        let before = weights.iter().filter(|&&w| w != 0).count();
        assert_eq!(scored.prune(&mut weights, 20), 0);
        assert!(weights.iter().filter(|&&w| w != 0).count() < before);
        assert_eq!(tagged(&weights).tag, scored.tag);
        assert!(scored.tag.iter().any(|&t| t != O));
    }
}
