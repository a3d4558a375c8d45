//! The analysis format: the one JSON shape that wasm, the CLI and the tests share (see
//! `docs/FORMAT.md`). Byte spans become `utf16`, `chars` or `bytes` offsets here, once.

use crate::span::Span;
use crate::Analysis;
use serde::Serialize;

/// The unit of the offsets in an output analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OffsetUnit {
    /// UTF-16 code units: JavaScript's `text.slice(start, end)`.
    #[default]
    Utf16,
    /// Unicode scalar values: Python's `text[start:end]`.
    Chars,
    /// UTF-8 bytes: the core's own unit.
    Bytes,
}

impl OffsetUnit {
    /// Reads `utf16`, `chars` or `bytes`.
    pub fn parse(name: &str) -> Option<OffsetUnit> {
        match name {
            "utf16" => Some(OffsetUnit::Utf16),
            "chars" => Some(OffsetUnit::Chars),
            "bytes" => Some(OffsetUnit::Bytes),
            _ => None,
        }
    }

    /// The name used in the format.
    pub fn as_str(self) -> &'static str {
        match self {
            OffsetUnit::Utf16 => "utf16",
            OffsetUnit::Chars => "chars",
            OffsetUnit::Bytes => "bytes",
        }
    }
}

/// Converts UTF-8 byte offsets of one text into another unit. Built once per text; only the
/// positions after non-ASCII characters are stored, so ASCII text costs nothing.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    /// `(byte, unit)` at the end of every multi-byte character, in order.
    marks: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// Prepares the conversion of offsets into `text` to `unit`.
    pub fn new(text: &str, unit: OffsetUnit) -> OffsetMap {
        let mut marks = Vec::new();
        if unit != OffsetUnit::Bytes {
            let mut units = 0;
            for (at, c) in text.char_indices() {
                units += match unit {
                    OffsetUnit::Utf16 => c.len_utf16(),
                    _ => 1,
                };
                if c.len_utf8() > 1 {
                    marks.push((at + c.len_utf8(), units));
                }
            }
        }
        OffsetMap { marks }
    }

    /// The offset in the target unit of byte offset `byte` (a char boundary).
    pub fn convert(&self, byte: usize) -> u32 {
        let i = self.marks.partition_point(|&(b, _)| b <= byte);
        let out = match i.checked_sub(1).and_then(|k| self.marks.get(k)) {
            Some(&(b, u)) => u + (byte - b),
            None => byte,
        };
        u32::try_from(out).unwrap_or(u32::MAX)
    }

    fn span(&self, span: Span) -> SpanOut {
        SpanOut {
            start: self.convert(span.start),
            end: self.convert(span.end),
        }
    }
}

/// A plain span.
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
pub struct SpanOut {
    /// Start offset.
    pub start: u32,
    /// End offset (exclusive).
    pub end: u32,
}

/// The whole analysis as the format gives it.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnalysisOut {
    /// Format version: 1.
    pub schema: u32,
    /// `utf16`, `chars` or `bytes`.
    pub offsets: &'static str,
    /// Headline, publication date, body and the lines that are not body.
    pub article: ArticleOut,
    /// Paragraphs.
    pub paragraphs: Vec<SpanOut>,
    /// Sentences.
    pub sentences: Vec<SpanOut>,
    /// Named mentions.
    pub mentions: Vec<MentionOut>,
    /// Entities with their mentions.
    pub entities: Vec<EntityOut>,
    /// Direct and reported quotes.
    pub quotes: Vec<QuoteOut>,
    /// Time expressions.
    pub times: Vec<TimeOut>,
    /// Events in time order.
    pub timeline: Vec<EventOut>,
}

/// `article`.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleOut {
    /// The headline.
    pub title: Option<SpanOut>,
    /// Publication moment (`2017-11-30T21:34`).
    pub published: Option<String>,
    /// Update moment.
    pub updated: Option<String>,
    /// First to last body paragraph.
    pub body: Option<SpanOut>,
    /// Lines that are not body text.
    pub asides: Vec<AsideOut>,
}

/// `article.asides[]`.
#[derive(Clone, Debug, Serialize)]
pub struct AsideOut {
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// `section`, `standfirst`, `dateline`, `byline`, `credit`, `related` or `heading`.
    pub kind: &'static str,
}

/// `mentions[]`.
#[derive(Clone, Debug, Serialize)]
pub struct MentionOut {
    /// `m1`, `m2` …
    pub id: String,
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The mention's text.
    pub text: String,
    /// `person`, `org`, `place` or `misc`.
    pub kind: &'static str,
    /// The entity's id.
    pub entity: Option<String>,
}

/// `entities[]`.
#[derive(Clone, Debug, Serialize)]
pub struct EntityOut {
    /// `e1`, `e2` …
    pub id: String,
    /// `person`, `org`, `place` or `misc`.
    pub kind: &'static str,
    /// Canonical name.
    pub name: String,
    /// Title (`Major General`).
    pub title: Option<String>,
    /// Role (`deputy chief of the Joint Staff Department`).
    pub role: Option<String>,
    /// Ids of its mentions.
    pub mentions: Vec<String>,
}

/// `quotes[]`.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteOut {
    /// `q1`, `q2` …
    pub id: String,
    /// Start of the content.
    pub start: u32,
    /// End of the content.
    pub end: u32,
    /// The content.
    pub text: String,
    /// Quotation marks (true) or reported speech (false).
    pub direct: bool,
    /// The cue.
    pub cue: Option<TextSpanOut>,
    /// The speaker.
    pub speaker: Option<SpeakerOut>,
}

/// A span with its text.
#[derive(Clone, Debug, Serialize)]
pub struct TextSpanOut {
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The covered text.
    pub text: String,
}

/// `quotes[].speaker`.
#[derive(Clone, Debug, Serialize)]
pub struct SpeakerOut {
    /// Start offset of the local mention.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The local mention (`he`).
    pub text: String,
    /// The entity it refers to.
    pub entity: Option<String>,
}

/// `times[]`.
#[derive(Clone, Debug, Serialize)]
pub struct TimeOut {
    /// `t1`, `t2` …
    pub id: String,
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The words.
    pub text: String,
    /// `date`, `time`, `duration` or `set`.
    pub kind: &'static str,
    /// TIMEX3 value.
    pub value: String,
    /// `year` … `minute`.
    pub precision: Option<&'static str>,
}

/// `timeline[]`.
#[derive(Clone, Debug, Serialize)]
pub struct EventOut {
    /// Normalised time.
    pub value: String,
    /// Id of the time expression.
    pub time: String,
    /// The sentence.
    pub sentence: SpanOut,
    /// Ids of the entities in the sentence.
    pub entities: Vec<String>,
    /// Ids of the quotes in the sentence.
    pub quotes: Vec<String>,
}

fn id(prefix: char, index: usize) -> String {
    format!("{prefix}{}", index + 1)
}

/// Renders an analysis of `text` in the format, with offsets in `unit`.
pub fn render(text: &str, analysis: &Analysis, unit: OffsetUnit) -> AnalysisOut {
    let map = OffsetMap::new(text, unit);
    let text_span = |s: Span| TextSpanOut {
        start: map.convert(s.start),
        end: map.convert(s.end),
        text: s.slice(text).to_string(),
    };
    let a = &analysis.article;
    AnalysisOut {
        schema: 1,
        offsets: unit.as_str(),
        article: ArticleOut {
            title: a.title.map(|s| map.span(s)),
            published: a.published.clone(),
            updated: a.updated.clone(),
            body: a.body.map(|s| map.span(s)),
            asides: a
                .asides
                .iter()
                .map(|(s, part)| AsideOut {
                    start: map.convert(s.start),
                    end: map.convert(s.end),
                    kind: part.as_str(),
                })
                .collect(),
        },
        paragraphs: analysis.paragraphs.iter().map(|&s| map.span(s)).collect(),
        sentences: analysis.sentences.iter().map(|&s| map.span(s)).collect(),
        mentions: analysis
            .mentions
            .iter()
            .enumerate()
            .map(|(i, m)| MentionOut {
                id: id('m', i),
                start: map.convert(m.span.start),
                end: map.convert(m.span.end),
                text: m.span.slice(text).to_string(),
                kind: m.kind.as_str(),
                entity: analysis.mention_entity.get(i).map(|&e| id('e', e)),
            })
            .collect(),
        entities: analysis
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| EntityOut {
                id: id('e', i),
                kind: e.kind.as_str(),
                name: e.name.clone(),
                title: e.title.clone(),
                role: e.role.clone(),
                mentions: e.mentions.iter().map(|&m| id('m', m)).collect(),
            })
            .collect(),
        quotes: analysis
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| QuoteOut {
                id: id('q', i),
                start: map.convert(q.span.start),
                end: map.convert(q.span.end),
                text: q.span.slice(text).to_string(),
                direct: q.direct,
                cue: q.cue.map(text_span),
                speaker: q.speaker.map(|s| SpeakerOut {
                    start: map.convert(s.span.start),
                    end: map.convert(s.span.end),
                    text: s.span.slice(text).to_string(),
                    entity: s.entity.map(|e| id('e', e)),
                }),
            })
            .collect(),
        times: analysis
            .times
            .iter()
            .enumerate()
            .map(|(i, t)| TimeOut {
                id: id('t', i),
                start: map.convert(t.span.start),
                end: map.convert(t.span.end),
                text: t.span.slice(text).to_string(),
                kind: t.kind.as_str(),
                value: t.value.clone(),
                precision: t.precision.map(|p| p.as_str()),
            })
            .collect(),
        timeline: analysis
            .timeline
            .iter()
            .map(|ev| EventOut {
                value: ev.value.clone(),
                time: id('t', ev.time),
                sentence: map.span(ev.sentence),
                entities: ev.entities.iter().map(|&e| id('e', e)).collect(),
                quotes: ev.quotes.iter().map(|&q| id('q', q)).collect(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_agree_with_encodings() {
        let text = "a😀b–c中d\r\ne";
        for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
            let map = OffsetMap::new(text, unit);
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let want = match unit {
                    OffsetUnit::Utf16 => text[..at].encode_utf16().count(),
                    OffsetUnit::Chars => text[..at].chars().count(),
                    OffsetUnit::Bytes => at,
                };
                assert_eq!(map.convert(at) as usize, want, "{unit:?} at {at}");
            }
        }
    }
}
