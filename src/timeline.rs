//! Stage 7: the story's events in time order: each body sentence anchored to a resolved date,
//! with the entities and quotes in it.

use crate::attribution::Quote;
use crate::entities::Mention;
use crate::segment::{Document, Part};
use crate::span::Span;
use crate::time::{TimeExpr, TimeKind};

/// One event: a sentence anchored to a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The normalised time (`2017-11-29`).
    pub value: String,
    /// Index of the time expression in the analysis's times.
    pub time: usize,
    /// The sentence.
    pub sentence: Span,
    /// Indexes of the entities mentioned in the sentence, in first-mention order.
    pub entities: Vec<usize>,
    /// Indexes of the quotes inside the sentence.
    pub quotes: Vec<usize>,
}

/// Builds the timeline: one event per body sentence that holds a fully resolved date or time
/// (its first such expression), ordered by time and then by position.
pub fn build(
    doc: &Document,
    times: &[TimeExpr],
    mentions: &[Mention],
    mention_entity: &[usize],
    quotes: &[Quote],
) -> Vec<Event> {
    let mut events = Vec::new();
    for sentence in &doc.sentences {
        let in_body = doc
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| p.part == Part::Body);
        if !in_body {
            continue;
        }
        let anchor = times.iter().enumerate().find(|(_, t)| {
            sentence.span.contains(t.span)
                && matches!(t.kind, TimeKind::Date | TimeKind::Time)
                && t.value.chars().next().is_some_and(|c| c.is_ascii_digit())
                && !t.value.contains('X')
        });
        let Some((ti, t)) = anchor else { continue };
        let mut entities = Vec::new();
        for (mi, m) in mentions.iter().enumerate() {
            if let Some(&e) = mention_entity
                .get(mi)
                .filter(|_| sentence.span.contains(m.span))
            {
                if !entities.contains(&e) {
                    entities.push(e);
                }
            }
        }
        let quotes = (0..quotes.len())
            .filter(|&q| sentence.span.contains(quotes[q].span))
            .collect();
        events.push(Event {
            value: t.value.clone(),
            time: ti,
            sentence: sentence.span,
            entities,
            quotes,
        });
    }
    events.sort_by(|a, b| a.value.cmp(&b.value).then(a.sentence.cmp(&b.sentence)));
    events
}
