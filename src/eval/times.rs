//! `storylens eval times FILE.jsonl`: time expressions scored as in TempEval-3 Task A on a file
//! of `{"id", "dct", "text", "timexes": [{"start", "end", "type", "value"}]}` lines (offsets in
//! code points). The document date `dct` is passed as the `published` option. Set
//! `STORYLENS_EVAL_ERRORS=1` to list every miss, spurious find and wrong value.

use super::{percent, read_jsonl, Score};
use crate::{analyze_to_format, OffsetUnit, Options};
use std::fmt::Write;

/// One gold or found expression: `[start, end)` in code points, type, value.
#[derive(Clone, Debug)]
struct Timex {
    start: usize,
    end: usize,
    kind: String,
    value: String,
}

/// The figures of one run.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Exact span matches.
    pub strict: Score,
    /// Overlapping span matches (one to one).
    pub relaxed: Score,
    /// Relaxed matches whose value is right.
    pub value_right: usize,
    /// Relaxed matches whose type is right.
    pub type_right: usize,
    /// Lines that list the errors.
    pub errors: Vec<String>,
}

impl Report {
    /// Value accuracy on relaxed matches, in percent.
    pub fn value_accuracy(&self) -> f64 {
        percent(self.value_right, self.relaxed.true_positives)
    }

    /// Type accuracy on relaxed matches, in percent.
    pub fn type_accuracy(&self) -> f64 {
        percent(self.type_right, self.relaxed.true_positives)
    }

    /// TempEval-3's value F1: relaxed F1 × value accuracy.
    pub fn value_f1(&self) -> f64 {
        self.relaxed.f1() * self.value_accuracy() / 100.0
    }
}

fn timexes(v: &serde_json::Value) -> Vec<Timex> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|t| {
                    Some(Timex {
                        start: usize::try_from(t["start"].as_u64()?).ok()?,
                        end: usize::try_from(t["end"].as_u64()?).ok()?,
                        kind: t["type"].as_str()?.to_ascii_uppercase(),
                        value: t["value"].as_str()?.to_string(),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

fn snippet(text: &[char], start: usize, end: usize) -> String {
    text.get(start..end.min(text.len()))
        .map(|s| s.iter().collect::<String>().replace('\n', " "))
        .unwrap_or_default()
}

fn context(text: &[char], start: usize, end: usize) -> String {
    let a = start.saturating_sub(40);
    let b = (end + 40).min(text.len());
    format!(
        "{}[{}]{}",
        snippet(text, a, start),
        snippet(text, start, end),
        snippet(text, end, b)
    )
}

/// Scores one document into `report`.
fn score_document(id: &str, text: &str, dct: Option<&str>, gold: &[Timex], report: &mut Report) {
    let options = Options {
        offsets: OffsetUnit::Chars,
        published: dct.and_then(|d| crate::time::Moment::parse(d).map(|m| m.value())),
    };
    let found: Vec<Timex> = match analyze_to_format(text, &options) {
        Ok(a) => a
            .times
            .into_iter()
            .map(|t| Timex {
                start: t.start as usize,
                end: t.end as usize,
                kind: t.kind.to_ascii_uppercase(),
                value: t.value,
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    let chars: Vec<char> = text.chars().collect();
    // Strict: exact spans.
    let exact = gold
        .iter()
        .filter(|g| found.iter().any(|f| f.start == g.start && f.end == g.end))
        .count();
    report.strict.add(Score {
        true_positives: exact,
        false_positives: found.len() - exact.min(found.len()),
        false_negatives: gold.len() - exact,
    });
    // Relaxed: each gold matched to the unused found expression overlapping it most.
    let mut used = vec![false; found.len()];
    let mut tp = 0;
    for g in gold {
        let best = found
            .iter()
            .enumerate()
            .filter(|(k, f)| !used[*k] && f.start < g.end && g.start < f.end)
            .max_by_key(|(_, f)| f.end.min(g.end) - f.start.max(g.start));
        match best {
            Some((k, f)) => {
                used[k] = true;
                tp += 1;
                if f.value == g.value {
                    report.value_right += 1;
                } else {
                    report.errors.push(format!(
                        "{id}\tVALUE\t{} want {} got {}\t{}",
                        snippet(&chars, f.start, f.end),
                        g.value,
                        f.value,
                        context(&chars, g.start, g.end)
                    ));
                }
                if f.kind == g.kind {
                    report.type_right += 1;
                } else {
                    report.errors.push(format!(
                        "{id}\tTYPE\t{} want {} got {}",
                        snippet(&chars, f.start, f.end),
                        g.kind,
                        f.kind
                    ));
                }
                if f.start != g.start || f.end != g.end {
                    report.errors.push(format!(
                        "{id}\tSPAN\twant [{}] got [{}]",
                        snippet(&chars, g.start, g.end),
                        snippet(&chars, f.start, f.end)
                    ));
                }
            }
            None => report.errors.push(format!(
                "{id}\tMISS\t{} {} {}\t{}",
                snippet(&chars, g.start, g.end),
                g.kind,
                g.value,
                context(&chars, g.start, g.end)
            )),
        }
    }
    for (k, f) in found.iter().enumerate() {
        if !used[k] {
            report.errors.push(format!(
                "{id}\tSPURIOUS\t{} {} {}\t{}",
                snippet(&chars, f.start, f.end),
                f.kind,
                f.value,
                context(&chars, f.start, f.end)
            ));
        }
    }
    report.relaxed.add(Score {
        true_positives: tp,
        false_positives: found.len() - tp,
        false_negatives: gold.len() - tp,
    });
}

/// Scores every document of the corpus.
pub fn evaluate(path: &str) -> Result<Report, String> {
    let mut report = Report::default();
    for doc in read_jsonl(path)? {
        let id = doc["id"].as_str().unwrap_or("?").to_string();
        let text = doc["text"].as_str().unwrap_or("");
        let dct = doc["dct"].as_str();
        score_document(&id, text, dct, &timexes(&doc["timexes"]), &mut report);
    }
    Ok(report)
}

/// Evaluates the analysis against the corpus at `path` and returns the report to print.
pub fn run(path: &str) -> Result<String, String> {
    let report = evaluate(path)?;
    let mut out = String::new();
    if std::env::var_os("STORYLENS_EVAL_ERRORS").is_some() {
        for e in &report.errors {
            let _ = writeln!(out, "{e}");
        }
    }
    let _ = writeln!(out, "time expressions (TempEval-3 Task A) on {path}");
    let _ = writeln!(out, "  strict span   {}", report.strict);
    let _ = writeln!(out, "  relaxed span  {}", report.relaxed);
    let _ = writeln!(
        out,
        "  value accuracy {:5.1}  (on relaxed matches)",
        report.value_accuracy()
    );
    let _ = writeln!(out, "  type accuracy  {:5.1}", report.type_accuracy());
    let _ = writeln!(
        out,
        "  value F1       {:5.1}  (relaxed F1 × value accuracy)",
        report.value_f1()
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_a_small_corpus() {
        let dir = std::env::temp_dir().join(format!("storylens-eval-times-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or(());
        let path = dir.join("t.jsonl");
        let line = serde_json::json!({
            "id": "a", "dct": "2017-11-30",
            "text": "They met on Wednesday and will meet again next month.",
            "timexes": [
                {"start": 12, "end": 21, "type": "DATE", "value": "2017-11-29"},
                {"start": 42, "end": 52, "type": "DATE", "value": "2017-12"}
            ]
        });
        std::fs::write(&path, format!("{line}\n")).unwrap_or(());
        let report = evaluate(path.to_str().unwrap_or("")).unwrap_or_default();
        assert_eq!(report.relaxed.true_positives, 2);
        assert_eq!(report.strict.true_positives, 2);
        assert_eq!(report.value_right, 2);
        assert!((report.value_f1() - 100.0).abs() < 1e-9);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
