//! The model file's weights, range-coded: each bucket's row of 17 `i8` weights goes through an
//! adaptive binary range coder (LZMA's), bit by bit — whether the row has any weight, which of
//! its tags do, each weight's sign and its magnitude in unary — each bit with a probability
//! learnt from the bits like it before (same tag, same place in the row). The weights are
//! sparse (81,000 of 1.1 million) and mostly small, so this takes 63 KB where the bytes of run
//! lengths and weights (SLNER03) took 81 KB gzipped; the coded bytes do not compress further,
//! so the model costs the gzipped wasm what the file weighs. Lossless: the same weights as
//! before. Decoding is one pass over the rows at first use.

use super::super::features::TAGS;

/// Bits of a probability (of a 0 bit), as in LZMA.
const PROB_BITS: u32 = 11;
/// A probability of one half.
const HALF: u16 = 1 << (PROB_BITS - 1);
/// How fast a probability follows the bits (a shift: larger is slower).
const MOVE_BITS: u32 = 5;
/// The range is renormalised below this.
const TOP: u32 = 1 << 24;
/// The unary magnitudes' contexts: steps past this share one.
const MAG_STEPS: usize = 20;

/// The adaptive probabilities: one per context.
struct Probs {
    /// Whether a row has a weight, after a row without (0) or with one (1).
    row: [u16; 2],
    /// Whether tag `t` has a weight, by tag, weights seen in the row so far (0, 1, 2+) and
    /// whether the tag before had one.
    has: [[[u16; 2]; 3]; TAGS],
    /// A weight's sign, by tag and the sign of the row's sum so far (0, +, −).
    sign: [[u16; 3]; TAGS],
    /// Whether a magnitude goes on past step `j`, by tag and step.
    more: [[u16; MAG_STEPS + 1]; TAGS],
}

impl Probs {
    fn new() -> Probs {
        Probs {
            row: [HALF; 2],
            has: [[[HALF; 2]; 3]; TAGS],
            sign: [[HALF; 3]; TAGS],
            more: [[HALF; MAG_STEPS + 1]; TAGS],
        }
    }
}

/// One side of the range coder: the encoder takes each bit, the decoder gives it.
trait Coder {
    /// Codes `bit` (the encoder) or reads one (the decoder) with probability `p` of a 0,
    /// which it then moves towards the bit.
    fn bit(&mut self, p: &mut u16, bit: bool) -> bool;
}

/// Moves probability `p` towards `bit`.
fn adapt(p: &mut u16, bit: bool) {
    if bit {
        *p -= *p >> MOVE_BITS;
    } else {
        *p += ((1 << PROB_BITS) - *p) >> MOVE_BITS;
    }
}

/// The range encoder (LZMA's, carry kept in `low`'s upper half).
pub struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    pending: u64,
    out: Vec<u8>,
}

impl Encoder {
    fn new() -> Encoder {
        Encoder {
            low: 0,
            range: u32::MAX,
            cache: 0,
            pending: 1,
            out: Vec::new(),
        }
    }

    fn shift_low(&mut self) {
        if self.low < 0xff00_0000 || self.low >= 1 << 32 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            while self.pending > 0 {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xff;
                self.pending -= 1;
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00ff_ffff) << 8;
    }

    fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

impl Coder for Encoder {
    fn bit(&mut self, p: &mut u16, bit: bool) -> bool {
        let bound = (self.range >> PROB_BITS) * u32::from(*p);
        if bit {
            self.low += u64::from(bound);
            self.range -= bound;
        } else {
            self.range = bound;
        }
        adapt(p, bit);
        while self.range < TOP {
            self.range <<= 8;
            self.shift_low();
        }
        bit
    }
}

/// The range decoder; past the end of its bytes it reads zeros (a damaged file decodes to
/// weights that its check then refuses).
struct Decoder<'a> {
    bytes: &'a [u8],
    range: u32,
    code: u32,
}

impl<'a> Decoder<'a> {
    fn new(bytes: &'a [u8]) -> Decoder<'a> {
        let mut d = Decoder {
            bytes,
            range: u32::MAX,
            code: 0,
        };
        for _ in 0..5 {
            d.code = d.code << 8 | u32::from(d.next());
        }
        d
    }

    fn next(&mut self) -> u8 {
        match self.bytes.split_first() {
            Some((&b, rest)) => {
                self.bytes = rest;
                b
            }
            None => 0,
        }
    }
}

impl Coder for Decoder<'_> {
    #[inline]
    fn bit(&mut self, p: &mut u16, _: bool) -> bool {
        let bound = (self.range >> PROB_BITS) * u32::from(*p);
        let bit = self.code >= bound;
        if bit {
            self.code -= bound;
            self.range -= bound;
        } else {
            self.range = bound;
        }
        adapt(p, bit);
        while self.range < TOP {
            self.range <<= 8;
            self.code = self.code << 8 | u32::from(self.next());
        }
        bit
    }
}

/// Codes `rows` rows of weights: `row(r)` gives row `r`'s weights to the encoder (the decoder
/// passes zeros), and `put(r, t, w)` receives each weight that is not zero, in order.
fn code_rows<C: Coder>(
    c: &mut C,
    rows: usize,
    row: impl Fn(usize) -> [i8; TAGS],
    mut put: impl FnMut(usize, usize, i8),
) {
    let mut p = Probs::new();
    let mut before = 0;
    for r in 0..rows {
        let weights = row(r);
        let any = weights.iter().any(|&w| w != 0);
        if !c.bit(&mut p.row[before], any) {
            before = 0;
            continue;
        }
        before = 1;
        let (mut seen, mut had, mut sum) = (0usize, 0usize, 0i32);
        for (t, &w) in weights.iter().enumerate() {
            // The last tag of a row with a weight and none before: it has one.
            let has = if t == TAGS - 1 && seen == 0 {
                true
            } else {
                let ctx = &mut p.has[t][seen.min(2)][had];
                c.bit(ctx, w != 0)
            };
            had = usize::from(has);
            if !has {
                continue;
            }
            seen += 1;
            let sign_ctx = match sum {
                0 => 0,
                1.. => 1,
                _ => 2,
            };
            let negative = c.bit(&mut p.sign[t][sign_ctx], w < 0);
            // The magnitude, 1 to 128, in unary.
            let target = i32::from(w).unsigned_abs();
            let mut size = 1u32;
            while size < 128 {
                let ctx = &mut p.more[t][(size as usize).min(MAG_STEPS)];
                if !c.bit(ctx, target > size) {
                    break;
                }
                size += 1;
            }
            let value = if negative {
                -(size as i32)
            } else {
                size as i32
            };
            sum += value;
            put(r, t, value as i8);
        }
    }
}

/// The weights (flat, `i8` as bytes, bucket-major; missing ones read as zero) range-coded.
pub fn encode_weights(rows: usize, weights: &[u8]) -> Vec<u8> {
    let mut e = Encoder::new();
    let row = |r: usize| {
        let mut out = [0i8; TAGS];
        for (t, w) in out.iter_mut().enumerate() {
            *w = weights.get(r * TAGS + t).map_or(0, |&b| b as i8);
        }
        out
    };
    code_rows(&mut e, rows, row, |_, _, _| {});
    e.finish()
}

/// Decodes `rows` rows of range-coded weights, calling `put(row, tag, weight)` for each weight
/// that is not zero, in order.
pub fn decode_weights(bytes: &[u8], rows: usize, put: impl FnMut(usize, usize, i8)) {
    let mut d = Decoder::new(bytes);
    code_rows(&mut d, rows, |_| [0; TAGS], put);
}

/// A check of the weights that are not zero (FNV-1a over their places and values), stored in
/// the model file and compared after decoding.
pub struct Check(u32);

impl Check {
    /// A check of `len` weights (2^bits × tags).
    pub fn new(len: usize) -> Check {
        let mut c = Check(0x811c_9dc5);
        c.add(len, 0);
        c
    }

    pub fn add(&mut self, at: usize, w: i8) {
        for b in (at as u32).to_le_bytes().into_iter().chain([w as u8]) {
            self.0 = (self.0 ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }

    pub fn value(&self) -> u32 {
        self.0
    }
}
