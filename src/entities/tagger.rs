//! The learned sequence tagger: an averaged perceptron over hashed features, decoded greedily
//! left to right with BILOU tags. Its weights (`data/entities.model`) are made by
//! `storylens train entities` and compiled in.

use super::features::{
    each_feature, next_tags, sentence_infos, split, Pos, TokenInfo, MAX_FEATURES, O, TAGS,
};
use super::lexicon::Lexicon;
use super::words::Words;
use super::EntityKind;
use crate::segment::Document;
use std::ops::Range;
use std::sync::OnceLock;

mod model_file;

/// The first bytes of a model file.
pub const MAGIC: &[u8; 8] = b"SLNER04\n";

/// The committed model: magic, bucket bits (u32 LE), tag count (u32 LE), the length of the
/// coded weights (u32 LE), a check of the weights (u32 LE, see `model_file::Check`), then the
/// `i8` weights, one per bucket and tag, range-coded (`model_file`): most are zero and the rest
/// small, so they take 63 KB, where stored as runs of zeros and weights (SLNER03) they took
/// 162 KB, 81 KB gzipped, which is what the gzipped wasm paid (stored flat, 1.1 MB).
static MODEL: &[u8] = include_bytes!("../../data/entities.model");

/// The most bucket bits a model file may have (2^24 buckets × 17 tags is 285 MB decoded).
const MAX_BITS: u32 = 24;

/// Decoded weights, owned: one row of three words per bucket, ready for [`Model::score`]
/// (tags 0–7, tags 8–15, tag 16; each `i8` weight offset by 128 to a byte 0…255).
pub struct Weights {
    mask: u64,
    rows: Vec<Row>,
}

/// One bucket's weights, as [`Weights`] keeps them.
type Row = [u64; 3];

/// The biased bytes of a row of zero weights (each `i8` weight `w` is stored as `w ^ 0x80`).
const ZERO_ROW: Row = [0x8080_8080_8080_8080, 0x8080_8080_8080_8080, 0x80];

/// Sets weight `t` (a tag) of a row of zero weights to `w`.
fn set_weight(row: &mut Row, t: usize, w: u8) {
    if let Some(word) = row.get_mut(t / 8) {
        // The byte holds 0x80 (a zero weight): XOR makes it `w ^ 0x80`.
        *word ^= u64::from(w) << (t % 8 * 8);
    }
}

impl Weights {
    /// Reads a model file; `None` when it is not one.
    pub fn parse(bytes: &[u8]) -> Option<Weights> {
        if bytes.get(..8)? != MAGIC {
            return None;
        }
        let word = |at: usize| -> Option<u32> {
            let b: [u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
            Some(u32::from_le_bytes(b))
        };
        let bits = word(8)?;
        if word(12)? as usize != TAGS || bits > MAX_BITS {
            return None;
        }
        let coded = bytes.get(24..)?;
        if coded.len() != word(16)? as usize {
            return None;
        }
        // The weights go straight into rows of zeros.
        let mut rows = vec![ZERO_ROW; 1 << bits];
        let mut check = model_file::Check::new(rows.len() * TAGS);
        model_file::decode_weights(coded, rows.len(), |r, t, w| {
            if let Some(row) = rows.get_mut(r) {
                set_weight(row, t, w as u8);
                check.add(r * TAGS + t, w);
            }
        });
        if check.value() != word(20)? {
            return None;
        }
        Some(Weights {
            mask: (1u64 << bits) - 1,
            rows,
        })
    }

    /// A view for tagging.
    pub fn model(&self) -> Model<'_> {
        Model {
            mask: self.mask,
            rows: &self.rows,
        }
    }

    /// The flat weights again (for tests).
    #[cfg(test)]
    fn flat(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for row in &self.rows {
            out.extend_from_slice(&(row[0] ^ 0x8080_8080_8080_8080).to_le_bytes());
            out.extend_from_slice(&(row[1] ^ 0x8080_8080_8080_8080).to_le_bytes());
            out.push((row[2] ^ 0x80) as u8);
        }
        out
    }
}

/// A model file's bucket bits and its weights, flat (bucket-major, as [`encode`] takes them);
/// `None` when it is not one.
#[cfg(not(target_arch = "wasm32"))]
pub fn flat_weights(bytes: &[u8]) -> Option<(u32, Vec<i8>)> {
    let parsed = Weights::parse(bytes)?;
    let bits = parsed.rows.len().trailing_zeros();
    let mut flat = vec![0i8; parsed.rows.len() * TAGS];
    for (r, row) in parsed.rows.iter().enumerate() {
        for t in 0..TAGS {
            let byte = (row[t / 8] >> (t % 8 * 8)) as u8 ^ 0x80;
            flat[r * TAGS + t] = byte as i8;
        }
    }
    Some((bits, flat))
}

/// Writes a model file from `bits` and the flat `i8` weights (as bytes; a file whose weights
/// are not 2^bits × tags is refused when read).
pub fn encode(bits: u32, weights: &[u8]) -> Vec<u8> {
    let rows = 1usize << bits;
    let coded = model_file::encode_weights(rows, weights);
    let mut check = model_file::Check::new(weights.len());
    for (at, &w) in weights.iter().enumerate() {
        if w != 0 {
            check.add(at, w as i8);
        }
    }
    let mut out = Vec::with_capacity(24 + coded.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&bits.to_le_bytes());
    out.extend_from_slice(&(TAGS as u32).to_le_bytes());
    out.extend_from_slice(&(coded.len() as u32).to_le_bytes());
    out.extend_from_slice(&check.value().to_le_bytes());
    out.extend_from_slice(&coded);
    out
}

/// A read-only view of a model's weights.
#[derive(Clone, Copy)]
pub struct Model<'a> {
    mask: u64,
    rows: &'a [Row],
}

impl Model<'_> {
    /// The committed model, decoded once (an empty one, tagging nothing, if the file were
    /// damaged).
    pub fn committed() -> Model<'static> {
        static WEIGHTS: OnceLock<Option<Weights>> = OnceLock::new();
        match WEIGHTS.get_or_init(|| Weights::parse(MODEL)) {
            Some(w) => w.model(),
            None => Model { mask: 0, rows: &[] },
        }
    }

    /// The sums of the weights of `feats`, one per tag.
    pub fn score(&self, feats: &[u64]) -> [i32; TAGS] {
        let mut sums = Sums::new(self);
        for &f in feats {
            sums.add(f);
        }
        sums.total()
    }
}

/// The sums of a model's rows, added feature by feature, eight weights at a time in a `u64`:
/// the even and the odd bytes of a row's words add up in separate 16-bit lanes, tag 16 alone.
/// Portable, and a fraction of the instructions of a loop over the weights, which the
/// size-optimised build does not vectorise.
pub struct Sums<'m> {
    model: &'m Model<'m>,
    /// The rows added since the last flush.
    lanes: Lanes,
    /// The sums of the rows added before `lanes`.
    done: [i32; TAGS],
}

/// Rows added up in lanes: tags 0, 2, 4, 6; 1, 3, 5, 7; 8, 10, 12, 14; 9, 11, 13, 15 (biased);
/// and 16; with the number of rows (a lane holds 256 biased weights without carrying into the
/// next).
#[derive(Clone, Copy, Default)]
struct Lanes {
    lane: [u64; 5],
    rows: i32,
}

impl Lanes {
    /// Adds the row of feature `f` of `model`.
    #[inline]
    fn add(&mut self, model: &Model, f: u64) {
        if let Some(row) = model.rows.get((f & model.mask) as usize) {
            self.rows += 1;
            self.add_row(row);
        }
    }

    /// Adds a row without counting it.
    #[inline]
    fn add_row(&mut self, &[low, high, tag16]: &Row) {
        const EVEN: u64 = 0x00ff_00ff_00ff_00ff;
        self.lane[0] += low & EVEN;
        self.lane[1] += low >> 8 & EVEN;
        self.lane[2] += high & EVEN;
        self.lane[3] += high >> 8 & EVEN;
        self.lane[4] += tag16;
    }

    /// The sums, one per tag (written out: a loop over the tags' lanes and shifts, for every
    /// scored token, costs as much as the sums).
    #[inline]
    fn sums(&self) -> [i32; TAGS] {
        const _: () = assert!(TAGS == 17, "Lanes reads rows of 17 weights");
        let bias = 128 * self.rows;
        let part = |lane: u64, j: u32| (lane >> (16 * j) & 0xffff) as i32 - bias;
        let [a, b, c, d, e] = self.lane;
        [
            part(a, 0),
            part(b, 0),
            part(a, 1),
            part(b, 1),
            part(a, 2),
            part(b, 2),
            part(a, 3),
            part(b, 3),
            part(c, 0),
            part(d, 0),
            part(c, 1),
            part(d, 1),
            part(c, 2),
            part(d, 2),
            part(c, 3),
            part(d, 3),
            e as i32 - bias,
        ]
    }
}

impl<'m> Sums<'m> {
    /// No rows yet.
    pub fn new(model: &'m Model<'m>) -> Sums<'m> {
        Sums {
            model,
            lanes: Lanes::default(),
            done: [0; TAGS],
        }
    }

    /// Adds the row of feature `f`.
    #[inline]
    pub fn add(&mut self, f: u64) {
        if self.lanes.rows == 256 {
            self.flush();
        }
        self.lanes.add(self.model, f);
    }

    /// Moves the lanes into `done`.
    fn flush(&mut self) {
        for (sum, part) in self.done.iter_mut().zip(self.lanes.sums()) {
            *sum += part;
        }
        self.lanes = Lanes::default();
    }

    /// The sums, one per tag.
    pub fn total(mut self) -> [i32; TAGS] {
        self.flush();
        self.done
    }
}

/// The sums of the weights of token `i`'s features ([`each_feature`]): at most
/// [`MAX_FEATURES`] rows, which the lanes hold without a flush.
fn token_scores(model: &Model, infos: &[TokenInfo], i: usize, prev: u8, prev2: u8) -> [i32; TAGS] {
    const _: () = assert!(MAX_FEATURES <= 256, "a token's rows must fit the lanes");
    let mut lanes = Lanes::default();
    // The rows are a power of two many, the mask one less: every feature has its row, and
    // the rows are counted once.
    let rows = model.rows;
    if let Some(mask) = rows.len().checked_sub(1) {
        let n = each_feature(infos, i, prev, prev2, |f| {
            if let Some(row) = rows.get(f as usize & mask) {
                lanes.add_row(row);
            }
        });
        lanes.rows = n as i32;
    }
    lanes.sums()
}

/// True when token `info` can only be `O` after `prev`, so it needs no scoring.
pub fn forced_outside(info: &TokenInfo, prev: u8) -> bool {
    !info.can_start && !matches!(split(prev), Some((_, Pos::Begin | Pos::Inside)))
}

/// The best tag allowed after `prev` (the first of equals; `O` when none is allowed).
pub fn best_allowed<S: PartialOrd + Copy>(scores: &[S; TAGS], prev: u8, can_start: bool) -> u8 {
    let mut allowed = next_tags(prev, can_start);
    let mut best: Option<(u8, S)> = None;
    // The allowed tags in ascending order: two after an open name, nine after a closed one.
    while allowed != 0 {
        let t = allowed.trailing_zeros() as usize;
        allowed &= allowed - 1;
        if let Some(&s) = scores.get(t) {
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((t as u8, s));
            }
        }
    }
    best.map_or(O, |(t, _)| t)
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

/// Tags one sentence greedily with `model`.
pub fn decode(infos: &[TokenInfo], model: &Model, tags: &mut Vec<u8>) {
    tags.clear();
    let (mut prev, mut prev2) = (O, O);
    for (i, info) in infos.iter().enumerate() {
        let t = if forced_outside(info, prev) {
            O
        } else {
            best_allowed(
                &token_scores(model, infos, i, prev, prev2),
                prev,
                info.can_start,
            )
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
    tag_words(text, doc, &Words::new(text, doc, lex), lex, model)
}

/// [`tag_document`] with the document's words read already.
pub fn tag_words(
    text: &str,
    doc: &Document,
    words: &Words,
    lex: &Lexicon,
    model: Model<'_>,
) -> Vec<(Range<usize>, EntityKind)> {
    // Sentence by sentence: the features of a whole document would be 11× its size.
    let mut out = Vec::new();
    let (mut sentence, mut tags) = (Vec::new(), Vec::new());
    for s in &doc.sentences {
        sentence_infos(text, doc, words, lex, s, &mut sentence);
        if sentence.len() != s.tokens.len() {
            continue;
        }
        decode(&sentence, &model, &mut tags);
        spans(&tags, s.tokens.start, &mut out);
    }
    out
}

#[cfg(test)]
mod model_file_tests {
    use super::*;

    #[test]
    fn committed_model_round_trips_through_flat_weights() {
        let (bits, flat) = flat_weights(MODEL).unwrap();
        let bytes: Vec<u8> = flat.iter().map(|&w| w as u8).collect();
        assert_eq!(encode(bits, &bytes), MODEL);
    }

    #[test]
    fn model_file_round_trips() {
        let mut weights: Vec<u8> = (0..(1usize << 10) * TAGS)
            .map(|i| if i % 37 == 0 { (i % 251) as u8 | 1 } else { 0 })
            .collect();
        // The extremes, a full row and a row with only its last tag.
        weights[1] = 0x80;
        weights[2] = 0x7f;
        weights[TAGS..2 * TAGS].fill(0xff);
        weights[4 * TAGS..5 * TAGS].fill(0);
        weights[5 * TAGS - 1] = 3;
        let file = encode(10, &weights);
        let back = Weights::parse(&file).unwrap();
        assert_eq!(back.flat(), weights);
        assert!(Weights::parse(&file[..file.len() - 1]).is_none());
        assert!(Weights::parse(b"SLNER01\n").is_none());
    }

    #[test]
    fn scores_are_plain_sums_of_the_weights() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let weights: Vec<u8> = (0..(1usize << 6) * TAGS).map(|_| next() as u8).collect();
        let file = encode(6, &weights);
        let parsed = Weights::parse(&file).unwrap();
        let model = parsed.model();
        // Up to 600 features: more than one 256-feature chunk, extreme weights included.
        for n in [0, 1, 40, 255, 256, 257, 600] {
            let feats: Vec<u64> = (0..n).map(|_| next()).collect();
            let mut want = [0i32; TAGS];
            for &f in &feats {
                let row = (f & 63) as usize * TAGS;
                for (t, w) in want.iter_mut().enumerate() {
                    *w += i32::from(weights[row + t] as i8);
                }
            }
            assert_eq!(model.score(&feats), want, "{n} features");
        }
    }

    #[test]
    fn token_scores_are_the_models_scores_of_the_features() {
        use crate::entities::features::features;
        use crate::entities::lexicon::lexicon;
        let text = "Acme Corp hired Brad Holt in Lima, the firm said. Ünïcode-Name co-founded it.";
        let doc = crate::segment::segment(text, &crate::segment::split_paragraphs(text), &[]);
        let lex = lexicon();
        let words = Words::new(text, &doc, lex);
        let model = Model::committed();
        let (mut infos, mut feats) = (Vec::new(), Vec::new());
        for s in &doc.sentences {
            sentence_infos(text, &doc, &words, lex, s, &mut infos);
            for i in 0..infos.len() {
                for (prev, prev2) in [(O, O), (1, O), (2, 1), (16, 5)] {
                    features(&infos, i, prev, prev2, &mut feats);
                    let want = model.score(&feats);
                    assert_eq!(token_scores(&model, &infos, i, prev, prev2), want);
                }
            }
        }
        let empty = Model { mask: 0, rows: &[] };
        assert_eq!(token_scores(&empty, &infos, 0, O, O), [0; TAGS]);
    }

    #[test]
    fn damaged_model_files_are_refused() {
        let mut file = encode(10, &[0; (1 << 10) * TAGS]);
        file.extend_from_slice(&[5, 9]);
        assert!(Weights::parse(&file).is_none());
        assert!(Weights::parse(&encode(10, &[1; 3])).is_none());
    }
}
