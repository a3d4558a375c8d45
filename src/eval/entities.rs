//! `storylens eval entities FILE...`: exact-span precision, recall and F1 of named mentions on
//! CoNLL-style `token TAG` files (BIO, IO or BILOU tags; PER/ORG/LOC/MISC or the corpora's own
//! label names), scored CoNLL-style per type, with PER/ORG/LOC overall and MISC apart. Tokens
//! tagged `IGNORE` (and mentions of labels that are not names) are regions where a found name
//! counts neither for nor against.

use super::Score;
use crate::entities::tagger::{tag_document, Model, Weights};
use crate::entities::train::{data_files, doc_text, read_conll, segment_like_analyze};
use crate::entities::{find_mentions_with, lexicon::lexicon, EntityKind};
use crate::span::Span;
use std::collections::HashSet;
use std::path::Path;

const KINDS: [(EntityKind, &str); 4] = [
    (EntityKind::Person, "PER"),
    (EntityKind::Org, "ORG"),
    (EntityKind::Place, "LOC"),
    (EntityKind::Misc, "MISC"),
];

/// Scores per kind (in [`KINDS`] order).
#[derive(Clone, Copy, Debug, Default)]
pub struct Scores {
    /// One score per kind.
    pub kinds: [Score; 4],
}

impl Scores {
    fn add(&mut self, gold: &[(Span, EntityKind)], found: &[(Span, EntityKind)], ignored: &[Span]) {
        let gold_set: HashSet<&(Span, EntityKind)> = gold.iter().collect();
        let found_set: HashSet<&(Span, EntityKind)> = found.iter().collect();
        for (k, (kind, _)) in KINDS.iter().enumerate() {
            let s = &mut self.kinds[k];
            for g in gold.iter().filter(|g| g.1 == *kind) {
                if found_set.contains(g) {
                    s.true_positives += 1;
                } else {
                    s.false_negatives += 1;
                }
            }
            s.false_positives += found
                .iter()
                .filter(|f| {
                    f.1 == *kind
                        && !gold_set.contains(f)
                        && !ignored.iter().any(|s| s.overlaps(f.0))
                })
                .count();
        }
    }

    /// PER, ORG and LOC together.
    pub fn overall(&self) -> Score {
        let mut s = Score::default();
        for k in &self.kinds[..3] {
            s.add(*k);
        }
        s
    }
}

/// Scores the full entity stage (`rules`) and the bare tagger on every document of `paths`
/// (files, or folders searched for data files).
pub fn evaluate(
    paths: &[String],
    model: Model<'_>,
    mut errors: Option<&mut String>,
) -> Result<(Scores, Scores, usize), String> {
    let mut full = Scores::default();
    let mut bare = Scores::default();
    let mut docs = 0;
    for p in paths {
        for file in data_files(Path::new(p))? {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            for d in read_conll(&file.display().to_string(), &text, false) {
                docs += 1;
                let (text, gold, ignored) = doc_text(&d);
                let doc = segment_like_analyze(&text);
                let found: Vec<(Span, EntityKind)> = find_mentions_with(&text, &doc, model)
                    .iter()
                    .map(|m| (m.span, m.kind))
                    .collect();
                full.add(&gold, &found, &ignored);
                if let Some(out) = errors.as_deref_mut() {
                    let found: Vec<(Span, EntityKind)> = found
                        .iter()
                        .copied()
                        .filter(|f| !ignored.iter().any(|s| s.overlaps(f.0)))
                        .collect();
                    list_errors(&text, &gold, &found, out);
                }
                let tagged: Vec<(Span, EntityKind)> = tag_document(&text, &doc, lexicon(), model)
                    .into_iter()
                    .filter_map(|(r, k)| {
                        let a = doc.tokens.get(r.start)?;
                        let b = doc.tokens.get(r.end.checked_sub(1)?)?;
                        Some((Span::new(a.span().start, b.span().end), k))
                    })
                    .collect();
                bare.add(&gold, &tagged, &ignored);
            }
        }
    }
    Ok((full, bare, docs))
}

fn kind_name(k: EntityKind) -> &'static str {
    KINDS.iter().find(|x| x.0 == k).map_or("?", |x| x.1)
}

/// Lists the misses (`-`) and false alarms (`+`) of one document, with some context.
fn list_errors(
    text: &str,
    gold: &[(Span, EntityKind)],
    found: &[(Span, EntityKind)],
    out: &mut String,
) {
    let context = |s: Span| {
        let mut a = s.start.saturating_sub(30);
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (s.end + 30).min(text.len());
        while !text.is_char_boundary(b) {
            b += 1;
        }
        text.get(a..b).unwrap_or("").replace('\n', " ")
    };
    for g in gold.iter().filter(|g| !found.contains(g)) {
        out.push_str(&format!(
            "- {:<4} {:<30} | {}\n",
            kind_name(g.1),
            g.0.slice(text),
            context(g.0)
        ));
    }
    for f in found.iter().filter(|f| !gold.contains(f)) {
        out.push_str(&format!(
            "+ {:<4} {:<30} | {}\n",
            kind_name(f.1),
            f.0.slice(text),
            context(f.0)
        ));
    }
}

fn report(title: &str, s: &Scores) -> String {
    let mut out = format!("{title}\n");
    for (k, (_, name)) in KINDS.iter().enumerate().take(3) {
        out.push_str(&format!("  {name:<8} {}\n", s.kinds[k]));
    }
    out.push_str(&format!("  {:<8} {}\n", "overall", s.overall()));
    out.push_str(&format!("  {:<8} {}\n", "MISC", s.kinds[3]));
    out
}

/// Evaluates the files and returns the report to print.
pub fn run_files(paths: &[String]) -> Result<String, String> {
    let mut files = Vec::new();
    let mut model_bytes = None;
    let mut show_errors = false;
    let mut it = paths.iter();
    while let Some(p) = it.next() {
        if p == "--errors" {
            show_errors = true;
        } else if p == "--model" {
            let path = it.next().ok_or("--model needs a file")?;
            model_bytes =
                Some(std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?);
        } else {
            files.push(p.clone());
        }
    }
    if files.is_empty() {
        return Err("eval entities needs at least one CoNLL file or folder".into());
    }
    let weights = match &model_bytes {
        Some(b) => Some(Weights::parse(b).ok_or("not a storylens entity model")?),
        None => None,
    };
    let model = match &weights {
        Some(w) => w.model(),
        None => Model::committed(),
    };
    let mut errors = String::new();
    let (full, bare, docs) = evaluate(&files, model, show_errors.then_some(&mut errors))?;
    Ok(format!(
        "{errors}{docs} documents; exact-span scores (overall = PER/ORG/LOC)\n{}{}",
        report(
            "entity stage (tagger + rules + document consistency):",
            &full
        ),
        report("tagger alone:", &bare)
    ))
}

/// Evaluates one file or folder.
pub fn run(path: &str) -> Result<String, String> {
    run_files(&[path.to_string()])
}
