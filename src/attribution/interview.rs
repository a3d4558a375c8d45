//! Interviews laid out as questions and answers: `Q: …` / `A: …` paragraphs (also `Q.`,
//! `Question:`, `Answer:`). The answers are the words of the person the introduction is
//! about (`Elena Vasquez was elected mayor … She spoke to the Metro Ledger …`), the questions
//! those of the interviewer the article names (`Interview by Claire Dubois`, `spoke to our
//! reporter Daniel Ortiz`) or else of the publication the person spoke to. Each line is one
//! quote (`direct: false`, like a transcript line), its label the speaker's local mention and
//! its colon the cue; a paragraph between two labelled lines goes on with the line before it.

use super::{Context, Quote, Speaker};
use crate::entities::EntityKind;
use crate::segment::Part;
use crate::span::Span;

/// One labelled line of an interview.
#[derive(Clone, Copy)]
pub(super) struct QaLine {
    /// Its paragraph.
    pub paragraph: usize,
    /// The label (`Q`, `A`, `Question`).
    pub label: Span,
    /// The colon or full stop after the label.
    pub cue: Span,
    /// The words after the label.
    pub content: Span,
    /// True for a question.
    pub question: bool,
}

impl<'a> Context<'a> {
    /// Paragraph `pi` as a `Q:`/`A:` line of an interview.
    fn qa_line(&self, pi: usize) -> Option<QaLine> {
        let para = self.doc.paragraphs.get(pi)?;
        if !matches!(
            para.part,
            Part::Body | Part::Heading | Part::Related | Part::Standfirst
        ) {
            return None;
        }
        let body = para.span.slice(self.text);
        let (label, question) = [
            ("Question", true),
            ("Answer", false),
            ("Q", true),
            ("A", false),
        ]
        .into_iter()
        .find(|(l, _)| body.starts_with(l))?;
        let after = body.get(label.len()..)?;
        let mark = after.chars().next()?;
        // `Q:` / `Q.` / `Q -`; `A.` needs a space after it (`A. Smith` is a name).
        if !matches!(mark, ':' | '.') || !after.get(1..)?.starts_with([' ', '\u{a0}']) {
            return None;
        }
        let rest = after.get(1..)?;
        let words = rest.trim();
        if words.is_empty() {
            return None;
        }
        let cue_at = para.span.start + label.len();
        let from = cue_at + 1 + (rest.len() - rest.trim_start().len());
        Some(QaLine {
            paragraph: pi,
            label: Span::new(para.span.start, cue_at),
            cue: Span::new(cue_at, cue_at + 1),
            content: Span::new(from, from + words.len()),
            question,
        })
    }

    /// The `Q:`/`A:` lines of the article, when it has both questions and answers.
    pub(super) fn qa_lines(&self) -> Vec<QaLine> {
        let lines: Vec<QaLine> = (1..self.doc.paragraphs.len())
            .filter_map(|pi| self.qa_line(pi))
            .collect();
        let questions = lines.iter().filter(|l| l.question).count();
        if questions == 0 || questions == lines.len() {
            return Vec::new();
        }
        lines
    }

    /// Who answers and who asks: the person most named before the first line (outside
    /// bylines), and the person a byline credits (`Interview by Claire Dubois`) or else the
    /// organisation the person spoke to (`told the Metro Ledger`, `in an interview with
    /// Reuters`).
    fn interview_roles(&self, first: usize) -> (Option<usize>, Option<usize>) {
        let end = self.doc.paragraphs.get(first).map_or(0, |p| p.span.start);
        let mut counts: Vec<(usize, usize, usize)> = Vec::new(); // (entity, count, first)
        let mut asker = None;
        let mut publication = None;
        for (k, m) in self.mentions.iter().enumerate() {
            if m.span.start >= end {
                break;
            }
            let Some(&e) = self.mention_entity.get(k) else {
                continue;
            };
            let t = self.token_at(m.span.start);
            let before = self.lw(t.wrapping_sub(1));
            let before2 = self.lw(t.wrapping_sub(2));
            // (`spoke to our reporter Daniel Ortiz`: a journalist named is the one asking.)
            let by = before == "by"
                || m.kind == EntityKind::Person
                    && one_of!(
                        before.as_str(),
                        "with" | "reporter" | "correspondent" | "journalist" | "interviewer"
                    );
            if m.kind == EntityKind::Person && by {
                asker = asker.or(Some(e));
                continue;
            }
            if m.kind == EntityKind::Org
                && (matches!(before.as_str(), "to" | "with" | "told")
                    || before == "the" && matches!(before2.as_str(), "to" | "with"))
            {
                publication = publication.or(Some(e));
            }
            if m.kind != EntityKind::Person {
                continue;
            }
            match counts.iter_mut().find(|c| c.0 == e) {
                Some(c) => c.1 += 1,
                None => counts.push((e, 1, k)),
            }
        }
        let answerer = counts
            .iter()
            .filter(|c| Some(c.0) != asker)
            .max_by_key(|c| (c.1, std::cmp::Reverse(c.2)))
            .map(|c| c.0);
        (answerer, asker.or(publication))
    }

    /// The quotes of an interview's lines, and of the paragraphs that go on with a line.
    pub(super) fn interview(&self, lines: &[QaLine]) -> Vec<Quote> {
        let Some(first) = lines.first() else {
            return Vec::new();
        };
        let (answerer, asker) = self.interview_roles(first.paragraph);
        let mut out = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let entity = if line.question { asker } else { answerer };
            let speaker = Some(Speaker {
                span: line.label,
                entity,
            });
            out.push(Quote {
                span: line.content,
                direct: false,
                cue: Some(line.cue),
                speaker,
            });
            // `A: …` then a paragraph with no label before the next `Q:`: more of the answer,
            // until the article's own text resumes: a paragraph that names the person
            // answering (`Ortiz grew up in …`) or quotes someone in marks, and all after it.
            let next = lines.get(i + 1).map_or(line.paragraph, |n| n.paragraph);
            for pi in line.paragraph + 1..next {
                let Some(p) = self
                    .doc
                    .paragraphs
                    .get(pi)
                    .filter(|p| p.part == Part::Body && !self.crosses_piece(p.span))
                else {
                    continue;
                };
                if self.narrates(p.span, answerer) {
                    break;
                }
                out.push(Quote {
                    span: p.span,
                    direct: false,
                    cue: Some(line.cue),
                    speaker,
                });
            }
        }
        out
    }

    /// True when the paragraph at `span` is the article's own text, not an answer going on:
    /// it names the person who answers, or holds a quotation in marks.
    fn narrates(&self, span: Span, answerer: Option<usize>) -> bool {
        let first = self.pieces.partition_point(|p| p.outer().end <= span.start);
        let quotes = self
            .pieces
            .get(first)
            .is_some_and(|p| p.outer().start < span.end);
        let lo = self.mentions.partition_point(|m| m.span.start < span.start);
        let hi = self.mentions.partition_point(|m| m.span.start < span.end);
        let names =
            answerer.is_some() && (lo..hi).any(|k| self.mention_entity.get(k).copied() == answerer);
        quotes || names
    }
}
