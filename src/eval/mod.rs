//! Evaluation against development corpora (`storylens eval …`): shared scoring helpers and one
//! module per stage. Native only; the wasm build never includes it.

pub mod entities;
pub mod quotes;
pub mod times;

use std::fmt;

/// Counts of a precision/recall evaluation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Predictions that match a gold item.
    pub true_positives: usize,
    /// Predictions that match nothing.
    pub false_positives: usize,
    /// Gold items nothing matched.
    pub false_negatives: usize,
}

impl Score {
    /// Precision in percent (100 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        percent(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    /// Recall in percent (100 when there was nothing to find).
    pub fn recall(&self) -> f64 {
        percent(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    /// F1 in percent.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Adds another score's counts to this one.
    pub fn add(&mut self, other: Score) {
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:5.1}  R {:5.1}  F1 {:5.1}  (tp {}, fp {}, fn {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.true_positives,
            self.false_positives,
            self.false_negatives
        )
    }
}

/// `part / whole` in percent; 100 when `whole` is zero.
pub fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

/// How much two half-open ranges overlap, as intersection over union (0 to 1).
pub fn overlap(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1).saturating_sub(a.0.min(b.0));
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Reads a JSON Lines file into values, naming the line of a parse error.
pub fn read_jsonl(path: &str) -> Result<Vec<serde_json::Value>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).map_err(|e| format!("{path}: line {}: {e}", n + 1)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores() {
        let s = Score {
            true_positives: 8,
            false_positives: 2,
            false_negatives: 8,
        };
        assert!((s.precision() - 80.0).abs() < 1e-9);
        assert!((s.recall() - 50.0).abs() < 1e-9);
        assert!((s.f1() - 61.538).abs() < 1e-2);
        assert!((overlap((0, 10), (5, 15)) - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(overlap((0, 0), (0, 0)), 0.0);
    }
}
