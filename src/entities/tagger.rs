//! The learned sequence tagger: an averaged perceptron over hashed features, decoded greedily
//! left to right with BILOU tags. Its weights (`data/entities.model`) are made by
//! `storylens train entities` and compiled in.

use super::features::{allowed, features, split, token_infos, Pos, TokenInfo, O, TAGS};
use super::lexicon::Lexicon;
use super::EntityKind;
use crate::segment::Document;
use std::ops::Range;

/// The first bytes of a model file.
pub const MAGIC: &[u8; 8] = b"SLNER01\n";

/// The committed model: magic, bucket bits (u32 LE), tag count (u32 LE), then one `i8` weight
/// per bucket and tag, bucket-major.
static MODEL: &[u8] = include_bytes!("../../data/entities.model");

/// A read-only view of a model file's weights.
#[derive(Clone, Copy)]
pub struct Model<'a> {
    mask: u64,
    weights: &'a [u8],
}

impl<'a> Model<'a> {
    /// Reads a model file; `None` when it is not one.
    pub fn parse(bytes: &'a [u8]) -> Option<Model<'a>> {
        let magic = bytes.get(..8)?;
        if magic != MAGIC {
            return None;
        }
        let word = |at: usize| -> Option<u32> {
            let b = bytes.get(at..at + 4)?;
            Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let bits = word(8)?;
        let tags = word(12)? as usize;
        let weights = bytes.get(16..)?;
        if tags != TAGS || bits > 30 || weights.len() != (1usize << bits) * TAGS {
            return None;
        }
        Some(Model {
            mask: (1u64 << bits) - 1,
            weights,
        })
    }

    /// The committed model (an empty one, tagging nothing, if the file were damaged).
    pub fn committed() -> Model<'static> {
        Model::parse(MODEL).unwrap_or(Model {
            mask: 0,
            weights: &[],
        })
    }

    /// Adds the weights of `feats` to `scores`.
    pub fn score(&self, feats: &[u64], scores: &mut [f32; TAGS]) {
        let mut acc = [0i32; TAGS];
        for &f in feats {
            let at = (f & self.mask) as usize * TAGS;
            let row: Option<&[u8; TAGS]> = self
                .weights
                .get(at..at + TAGS)
                .and_then(|r| r.try_into().ok());
            if let Some(row) = row {
                for k in 0..TAGS {
                    acc[k] += i32::from(row[k] as i8);
                }
            }
        }
        for (s, a) in scores.iter_mut().zip(acc) {
            *s += a as f32;
        }
    }
}

/// True when token `info` can only be `O` after `prev`, so it needs no scoring.
pub fn forced_outside(info: &TokenInfo, prev: u8) -> bool {
    !info.can_start && !matches!(split(prev), Some((_, Pos::Begin | Pos::Inside)))
}

/// The best tag allowed after `prev`.
pub fn best_allowed(scores: &[f32; TAGS], prev: u8, can_start: bool) -> u8 {
    let mut best = O;
    let mut best_score = f32::NEG_INFINITY;
    for (t, &s) in scores.iter().enumerate() {
        let t = t as u8;
        if s > best_score && allowed(prev, t, can_start) {
            best = t;
            best_score = s;
        }
    }
    best
}

/// Closes a name left open at the end of a sentence (`B` → `U`, `I` → `L`).
pub fn close(tags: &mut [u8]) {
    if let Some(last) = tags.last_mut() {
        if let Some((k, pos)) = split(*last) {
            *last = match pos {
                Pos::Begin => super::features::tag(k, Pos::Unit),
                Pos::Inside => super::features::tag(k, Pos::Last),
                _ => *last,
            };
        }
    }
}

/// Tags one sentence greedily; `score` adds the weights of a feature list.
pub fn decode(
    infos: &[TokenInfo],
    mut score: impl FnMut(&[u64], &mut [f32; TAGS]),
    tags: &mut Vec<u8>,
    feats: &mut Vec<u64>,
) {
    tags.clear();
    let (mut prev, mut prev2) = (O, O);
    for (i, info) in infos.iter().enumerate() {
        let t = if forced_outside(info, prev) {
            O
        } else {
            features(infos, i, prev, prev2, feats);
            let mut scores = [0f32; TAGS];
            score(feats, &mut scores);
            best_allowed(&scores, prev, info.can_start)
        };
        tags.push(t);
        prev2 = prev;
        prev = t;
    }
    close(tags);
}

/// The kind of a tag's kind index.
pub fn kind_of(k: u8) -> EntityKind {
    match k {
        0 => EntityKind::Person,
        1 => EntityKind::Org,
        2 => EntityKind::Place,
        _ => EntityKind::Misc,
    }
}

/// The kind index of a kind.
pub fn kind_index(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Org => 1,
        EntityKind::Place => 2,
        EntityKind::Misc => 3,
    }
}

/// The names in a tag sequence, as token ranges (offset by `base`) with their kinds.
pub fn spans(tags: &[u8], base: usize, out: &mut Vec<(Range<usize>, EntityKind)>) {
    let mut start = None;
    for (i, &t) in tags.iter().enumerate() {
        match split(t) {
            Some((k, Pos::Unit)) => out.push((base + i..base + i + 1, kind_of(k))),
            Some((_, Pos::Begin)) => start = Some(i),
            Some((k, Pos::Last)) => {
                if let Some(s) = start.take() {
                    out.push((base + s..base + i + 1, kind_of(k)));
                }
            }
            Some((_, Pos::Inside)) => {}
            None => start = None,
        }
    }
}

/// Tags every sentence of the document with `model`: token ranges and kinds in text order.
pub fn tag_document(
    text: &str,
    doc: &Document,
    lex: &Lexicon,
    model: Model<'_>,
) -> Vec<(Range<usize>, EntityKind)> {
    let infos = token_infos(text, doc, lex);
    let mut out = Vec::new();
    let (mut tags, mut feats) = (Vec::new(), Vec::new());
    for s in &doc.sentences {
        let Some(sentence) = infos.get(s.tokens.clone()) else {
            continue;
        };
        decode(sentence, |f, sc| model.score(f, sc), &mut tags, &mut feats);
        spans(&tags, s.tokens.start, &mut out);
    }
    out
}
