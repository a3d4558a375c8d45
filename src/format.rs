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
            // ASCII runs, a unit per byte, passed over whole; each other character decoded.
            let bytes = text.as_bytes();
            let (mut at, mut units) = (0, 0);
            while let Some(rest) = bytes.get(at..) {
                let run = crate::segment::ascii_run(rest);
                at += run;
                units += run;
                let Some(c) = text.get(at..).and_then(|t| t.chars().next()) else {
                    break;
                };
                at += c.len_utf8();
                units += match unit {
                    OffsetUnit::Utf16 => c.len_utf16(),
                    _ => 1,
                };
                marks.push((at, units));
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

    /// [`OffsetMap::convert`] for offsets that mostly come in text order, as the packer's do:
    /// `hint` is where the last one was found, and the search starts there when it can (a few
    /// steps forward, else a binary search).
    fn convert_near(&self, byte: usize, hint: &mut usize) -> u32 {
        let at_or_before = |&(b, _): &(usize, usize)| b <= byte;
        let h = (*hint).min(self.marks.len());
        let i = if h == 0 || self.marks.get(h - 1).is_some_and(at_or_before) {
            let mut i = h;
            while i < h + 4 && self.marks.get(i).is_some_and(at_or_before) {
                i += 1;
            }
            i + self
                .marks
                .get(i..)
                .filter(|_| i == h + 4)
                .map_or(0, |rest| rest.partition_point(at_or_before))
        } else {
            self.marks
                .get(..h)
                .map_or(0, |head| head.partition_point(at_or_before))
        };
        *hint = i;
        let out = match i.checked_sub(1).and_then(|k| self.marks.get(k)) {
            Some(&(b, u)) => u + (byte - b),
            None => byte,
        };
        u32::try_from(out).unwrap_or(u32::MAX)
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
pub struct AnalysisOut<'a> {
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
    pub mentions: Vec<MentionOut<'a>>,
    /// Entities with their mentions.
    pub entities: Vec<EntityOut>,
    /// Direct and reported quotes.
    pub quotes: Vec<QuoteOut<'a>>,
    /// Time expressions.
    pub times: Vec<TimeOut<'a>>,
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
pub struct MentionOut<'a> {
    /// `m1`, `m2` …
    pub id: Id,
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The mention's text.
    pub text: &'a str,
    /// `person`, `org`, `place` or `misc`.
    pub kind: &'static str,
    /// The entity's id.
    pub entity: Option<Id>,
}

/// `entities[]`.
#[derive(Clone, Debug, Serialize)]
pub struct EntityOut {
    /// `e1`, `e2` …
    pub id: Id,
    /// `person`, `org`, `place` or `misc`.
    pub kind: &'static str,
    /// Canonical name.
    pub name: String,
    /// Title (`Major General`).
    pub title: Option<String>,
    /// Role (`deputy chief of the Joint Staff Department`).
    pub role: Option<String>,
    /// Ids of its mentions.
    pub mentions: Vec<Id>,
}

/// `quotes[]`.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteOut<'a> {
    /// `q1`, `q2` …
    pub id: Id,
    /// Start of the content.
    pub start: u32,
    /// End of the content.
    pub end: u32,
    /// The content.
    pub text: &'a str,
    /// Quotation marks (true) or reported speech (false).
    pub direct: bool,
    /// The cue.
    pub cue: Option<TextSpanOut<'a>>,
    /// The speaker.
    pub speaker: Option<SpeakerOut<'a>>,
}

/// A span with its text.
#[derive(Clone, Debug, Serialize)]
pub struct TextSpanOut<'a> {
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The covered text.
    pub text: &'a str,
}

/// `quotes[].speaker`.
#[derive(Clone, Debug, Serialize)]
pub struct SpeakerOut<'a> {
    /// Start offset of the local mention.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The local mention (`he`).
    pub text: &'a str,
    /// The entity it refers to.
    pub entity: Option<Id>,
}

/// `times[]`.
#[derive(Clone, Debug, Serialize)]
pub struct TimeOut<'a> {
    /// `t1`, `t2` …
    pub id: Id,
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The words.
    pub text: &'a str,
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
    pub time: Id,
    /// The sentence.
    pub sentence: SpanOut,
    /// Ids of the entities in the sentence.
    pub entities: Vec<Id>,
    /// Ids of the quotes in the sentence.
    pub quotes: Vec<Id>,
}

/// An item's id (`m1`, `e2`, `q3`, `t4`): held in place, no string of its own (an analysis
/// has thousands of ids, and each would be an allocation to make and to free). It reads as a
/// `str` and serialises as one.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Id {
    /// The prefix and the digits, ASCII.
    bytes: [u8; 24],
    len: u8,
}

impl Id {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or_default();
        std::str::from_utf8(bytes).unwrap_or_default()
    }
}

impl std::ops::Deref for Id {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Id {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// `m1`, `e2` …: the prefix (ASCII) and `index + 1`.
fn id(prefix: char, index: usize) -> Id {
    let mut out = Id {
        bytes: [0; 24],
        len: 0,
    };
    let n = index.saturating_add(1);
    // At most 20 digits: with the prefix, they fit.
    let mut digits = 1;
    let mut m = n;
    while m >= 10 {
        m /= 10;
        digits += 1;
    }
    if let Some(first) = out.bytes.first_mut() {
        *first = if prefix.is_ascii() {
            prefix as u8
        } else {
            b'?'
        };
    }
    let mut m = n;
    for d in out.bytes.iter_mut().take(1 + digits).skip(1).rev() {
        *d = b'0' + (m % 10) as u8;
        m /= 10;
    }
    out.len = (1 + digits) as u8;
    out
}

/// Renders an analysis of `text` in the format, with offsets in `unit`.
pub fn render<'a>(text: &'a str, analysis: &Analysis, unit: OffsetUnit) -> AnalysisOut<'a> {
    let r = Renderer::new(text, analysis, unit);
    AnalysisOut {
        schema: 1,
        offsets: unit.as_str(),
        article: r.article(),
        paragraphs: r.paragraphs().collect(),
        sentences: r.sentences().collect(),
        mentions: r.mentions().collect(),
        entities: r.entities().collect(),
        quotes: r.quotes().collect(),
        times: r.times().collect(),
        timeline: r.timeline().collect(),
    }
}

/// An analysis in the format, serialised item by item as it is written: the same JSON as
/// [`render`]'s [`AnalysisOut`] without building it first. The format's strings (ids, span
/// texts) are several times the size of the text; the CLI writes a big text's analysis this way.
///
/// ```
/// use storylens::{analyze, format, Options, OffsetUnit};
///
/// let text = "“We will be ready,” Li Na said on Monday.";
/// let analysis = analyze(text, &Options::default()).unwrap();
/// let streamed = serde_json::to_string(&format::rendered(text, &analysis, OffsetUnit::Utf16));
/// let built = serde_json::to_string(&format::render(text, &analysis, OffsetUnit::Utf16));
/// assert_eq!(streamed.unwrap(), built.unwrap());
/// ```
pub struct Rendered<'a> {
    r: Renderer<'a, 'a>,
    unit: OffsetUnit,
}

/// [`Rendered`]: the analysis of `text` in the format, with offsets in `unit`, to serialise.
pub fn rendered<'a>(text: &'a str, analysis: &'a Analysis, unit: OffsetUnit) -> Rendered<'a> {
    Rendered {
        r: Renderer::new(text, analysis, unit),
        unit,
    }
}

impl Serialize for Rendered<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let r = &self.r;
        // The fields of `AnalysisOut`, in its order.
        let mut out = serializer.serialize_struct("AnalysisOut", 10)?;
        out.serialize_field("schema", &1u32)?;
        out.serialize_field("offsets", self.unit.as_str())?;
        out.serialize_field("article", &r.article())?;
        out.serialize_field("paragraphs", &Seq(|| r.paragraphs()))?;
        out.serialize_field("sentences", &Seq(|| r.sentences()))?;
        out.serialize_field("mentions", &Seq(|| r.mentions()))?;
        out.serialize_field("entities", &Seq(|| r.entities()))?;
        out.serialize_field("quotes", &Seq(|| r.quotes()))?;
        out.serialize_field("times", &Seq(|| r.times()))?;
        out.serialize_field("timeline", &Seq(|| r.timeline()))?;
        out.end()
    }
}

/// A list serialised from an iterator, one item at a time.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

/// Makes the format's items, one at a time: shared by [`render`] and [`Rendered`].
struct Renderer<'t, 'a> {
    text: &'t str,
    analysis: &'a Analysis,
    map: OffsetMap,
    /// Where in `map` the last offset was found: the items come mostly in text order.
    hint: std::cell::Cell<usize>,
}

impl<'t, 'a> Renderer<'t, 'a> {
    fn new(text: &'t str, analysis: &'a Analysis, unit: OffsetUnit) -> Renderer<'t, 'a> {
        Renderer {
            text,
            analysis,
            map: OffsetMap::new(text, unit),
            hint: std::cell::Cell::new(0),
        }
    }

    /// [`OffsetMap::convert`], searched from the last offset converted.
    fn at(&self, byte: usize) -> u32 {
        let mut hint = self.hint.get();
        let out = self.map.convert_near(byte, &mut hint);
        self.hint.set(hint);
        out
    }

    fn span(&self, span: Span) -> SpanOut {
        SpanOut {
            start: self.at(span.start),
            end: self.at(span.end),
        }
    }

    fn text_span(&self, s: Span) -> TextSpanOut<'t> {
        TextSpanOut {
            start: self.at(s.start),
            end: self.at(s.end),
            text: s.slice(self.text),
        }
    }

    fn article(&self) -> ArticleOut {
        let a = &self.analysis.article;
        ArticleOut {
            title: a.title.map(|s| self.span(s)),
            published: a.published.clone(),
            updated: a.updated.clone(),
            body: a.body.map(|s| self.span(s)),
            asides: a
                .asides
                .iter()
                .map(|(s, part)| AsideOut {
                    start: self.at(s.start),
                    end: self.at(s.end),
                    kind: part.as_str(),
                })
                .collect(),
        }
    }

    fn paragraphs(&self) -> impl Iterator<Item = SpanOut> + '_ {
        self.analysis.paragraphs.iter().map(|&s| self.span(s))
    }

    fn sentences(&self) -> impl Iterator<Item = SpanOut> + '_ {
        self.analysis.sentences.iter().map(|&s| self.span(s))
    }

    fn mentions(&self) -> impl Iterator<Item = MentionOut<'t>> + '_ {
        let analysis = self.analysis;
        analysis
            .mentions
            .iter()
            .enumerate()
            .map(move |(i, m)| MentionOut {
                id: id('m', i),
                start: self.at(m.span.start),
                end: self.at(m.span.end),
                text: m.span.slice(self.text),
                kind: m.kind.as_str(),
                entity: analysis.mention_entity.get(i).map(|&e| id('e', e)),
            })
    }

    fn entities(&self) -> impl Iterator<Item = EntityOut> + '_ {
        self.analysis
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
    }

    fn quotes(&self) -> impl Iterator<Item = QuoteOut<'t>> + '_ {
        self.analysis
            .quotes
            .iter()
            .enumerate()
            .map(move |(i, q)| QuoteOut {
                id: id('q', i),
                start: self.at(q.span.start),
                end: self.at(q.span.end),
                text: q.span.slice(self.text),
                direct: q.direct,
                cue: q.cue.map(|c| self.text_span(c)),
                speaker: q.speaker.map(|s| SpeakerOut {
                    start: self.at(s.span.start),
                    end: self.at(s.span.end),
                    text: s.span.slice(self.text),
                    entity: s.entity.map(|e| id('e', e)),
                }),
            })
    }

    fn times(&self) -> impl Iterator<Item = TimeOut<'t>> + '_ {
        self.analysis
            .times
            .iter()
            .enumerate()
            .map(move |(i, t)| TimeOut {
                id: id('t', i),
                start: self.at(t.span.start),
                end: self.at(t.span.end),
                text: t.span.slice(self.text),
                kind: t.kind.as_str(),
                value: t.value.clone(),
                precision: t.precision.map(|p| p.as_str()),
            })
    }

    fn timeline(&self) -> impl Iterator<Item = EventOut> + '_ {
        self.analysis.timeline.iter().map(|ev| EventOut {
            value: ev.value.clone(),
            time: id('t', ev.time),
            sentence: self.span(ev.sentence),
            entities: ev.entities.iter().map(|&e| id('e', e)).collect(),
            quotes: ev.quotes.iter().map(|&q| id('q', q)).collect(),
        })
    }
}

/// The analysis packed for JavaScript: numbers and one string that `www/unpack.js` turns into
/// exactly the object [`render`] gives (the wasm `analyze` of the page and the npm package).
/// Building that object from a typed array in JavaScript is several times faster than handing it
/// over field by field or as JSON.
///
/// `nums` is read front to back in the order of the format's fields: a span is `start, end`
/// (with UTF-16 offsets the JavaScript side slices `text` from the input; otherwise it is the
/// next string); a list is its length then its items; an optional value is `0` for `null`, else
/// `1` and the value (an optional id is `0` or its index + 1); an id is its index; a string is
/// its length in UTF-16 code units, the text following on in `strings`; a name (a kind, the
/// unit) is an index into the names sent so far, the next index meaning a new name (a string).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Packed {
    /// The numbers.
    pub nums: Vec<u32>,
    /// The strings, one after the other.
    pub strings: String,
}

/// Writes a [`Packed`].
struct Packer<'a> {
    text: &'a str,
    map: OffsetMap,
    /// Where in `map` the last offset was found.
    hint: usize,
    /// Span texts go as strings (not sliced in JavaScript).
    texts: bool,
    names: Vec<&'static str>,
    out: Packed,
}

impl Packer<'_> {
    fn num(&mut self, n: usize) {
        self.out.nums.push(u32::try_from(n).unwrap_or(u32::MAX));
    }

    fn string(&mut self, s: &str) {
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.encode_utf16().count()
        };
        self.num(units);
        self.out.strings.push_str(s);
    }

    fn opt_string(&mut self, s: Option<&str>) {
        self.num(usize::from(s.is_some()));
        if let Some(s) = s {
            self.string(s);
        }
    }

    fn name(&mut self, name: &'static str) {
        match self.names.iter().position(|&n| n == name) {
            Some(i) => self.num(i),
            None => {
                self.num(self.names.len());
                self.names.push(name);
                self.string(name);
            }
        }
    }

    fn opt_id(&mut self, id: Option<usize>) {
        self.num(id.map_or(0, |i| i + 1));
    }

    fn ids(&mut self, ids: &[usize]) {
        self.num(ids.len());
        self.out
            .nums
            .extend(ids.iter().map(|&i| u32::try_from(i).unwrap_or(u32::MAX)));
    }

    fn span(&mut self, s: Span) {
        let start = self.map.convert_near(s.start, &mut self.hint);
        let end = self.map.convert_near(s.end, &mut self.hint);
        self.out.nums.extend([start, end]);
    }

    fn opt_span(&mut self, s: Option<Span>) {
        self.num(usize::from(s.is_some()));
        if let Some(s) = s {
            self.span(s);
        }
    }

    /// A span and its text.
    fn text_span(&mut self, s: Span) {
        self.span(s);
        if self.texts {
            self.string(s.slice(self.text));
        }
    }

    fn spans(&mut self, spans: impl ExactSizeIterator<Item = Span>) {
        self.num(spans.len());
        for s in spans {
            self.span(s);
        }
    }
}

/// Packs an analysis of `text` for `www/unpack.js`, with offsets in `unit` (see [`Packed`]).
pub fn pack(text: &str, analysis: &Analysis, unit: OffsetUnit) -> Packed {
    let mut p = Packer {
        text,
        map: OffsetMap::new(text, unit),
        hint: 0,
        texts: unit != OffsetUnit::Utf16,
        names: Vec::new(),
        out: Packed {
            nums: Vec::with_capacity(
                16 + 3 * analysis.sentences.len()
                    + 5 * analysis.mentions.len()
                    + 12 * analysis.quotes.len()
                    + 8 * analysis.times.len(),
            ),
            strings: String::new(),
        },
    };
    p.num(1); // schema
    p.name(unit.as_str());
    let a = &analysis.article;
    p.opt_span(a.title);
    p.opt_string(a.published.as_deref());
    p.opt_string(a.updated.as_deref());
    p.opt_span(a.body);
    p.num(a.asides.len());
    for (s, part) in &a.asides {
        p.span(*s);
        p.name(part.as_str());
    }
    p.spans(analysis.paragraphs.iter().copied());
    p.spans(analysis.sentences.iter().copied());
    p.num(analysis.mentions.len());
    for (i, m) in analysis.mentions.iter().enumerate() {
        p.text_span(m.span);
        p.name(m.kind.as_str());
        p.opt_id(analysis.mention_entity.get(i).copied());
    }
    p.num(analysis.entities.len());
    for e in &analysis.entities {
        p.name(e.kind.as_str());
        p.string(&e.name);
        p.opt_string(e.title.as_deref());
        p.opt_string(e.role.as_deref());
        p.ids(&e.mentions);
    }
    p.num(analysis.quotes.len());
    for q in &analysis.quotes {
        p.text_span(q.span);
        p.num(usize::from(q.direct));
        p.num(usize::from(q.cue.is_some()));
        if let Some(cue) = q.cue {
            p.text_span(cue);
        }
        p.num(usize::from(q.speaker.is_some()));
        if let Some(speaker) = q.speaker {
            p.text_span(speaker.span);
            p.opt_id(speaker.entity);
        }
    }
    p.num(analysis.times.len());
    for t in &analysis.times {
        p.text_span(t.span);
        p.name(t.kind.as_str());
        p.string(&t.value);
        p.num(usize::from(t.precision.is_some()));
        if let Some(precision) = t.precision {
            p.name(precision.as_str());
        }
    }
    p.num(analysis.timeline.len());
    for ev in &analysis.timeline {
        p.string(&ev.value);
        p.num(ev.time);
        p.span(ev.sentence);
        p.ids(&ev.entities);
        p.ids(&ev.quotes);
    }
    p.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_count_from_one() {
        for (prefix, index, want) in [('m', 0, "m1"), ('e', 9, "e10"), ('q', 1233, "q1234")] {
            assert_eq!(id(prefix, index), want);
        }
        assert_eq!(id('t', usize::MAX), format!("t{}", usize::MAX));
        assert_eq!(serde_json::to_string(&id('m', 41)).unwrap(), "\"m42\"");
        assert_eq!(format!("{:?} {}", id('e', 0), id('e', 0)), "\"e1\" e1");
    }

    #[test]
    fn offsets_agree_with_encodings() {
        let texts = ["a😀b–c中d\r\ne", "é😀 x “y” ’ab’ — ü ö ä 中文 z 😀😀 é"];
        for (text, unit) in texts
            .into_iter()
            .flat_map(|t| [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes].map(|u| (t, u)))
        {
            let map = OffsetMap::new(text, unit);
            for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let want = match unit {
                    OffsetUnit::Utf16 => text[..at].encode_utf16().count(),
                    OffsetUnit::Chars => text[..at].chars().count(),
                    OffsetUnit::Bytes => at,
                };
                assert_eq!(map.convert(at) as usize, want, "{unit:?} at {at}");
                // From every place a search may start.
                for from in 0..=map.marks.len() + 1 {
                    let mut hint = from;
                    assert_eq!(map.convert_near(at, &mut hint), map.convert(at));
                }
            }
        }
    }

    #[test]
    fn rendered_streams_the_same_json_as_render() {
        let texts = [
            include_str!("../www/examples/china-us-military-talks.txt"),
            "",
            "“We will be ready,” Li Na said on Monday. She 😀 told reporters “no” in Beijing.",
            "PUBLISHED : Thursday, 30 November, 2017\n\nSen. Ann Lee said on Tuesday that the \
             talks, which began in August, would resume next week.",
        ];
        for text in texts {
            let analysis = crate::analyze(text, &crate::Options::default()).unwrap();
            for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
                let built = render(text, &analysis, unit);
                let streamed = rendered(text, &analysis, unit);
                assert_eq!(
                    serde_json::to_string(&streamed).unwrap(),
                    serde_json::to_string(&built).unwrap()
                );
                assert_eq!(
                    serde_json::to_string_pretty(&streamed).unwrap(),
                    serde_json::to_string_pretty(&built).unwrap()
                );
            }
        }
    }
}
