//! storylens reads an English news article and finds who said what, who and what is named, and
//! when things happened.
//!
//! # Overview
//!
//! - [`analyze`] runs the whole pipeline on a text and returns an [`Analysis`];
//!   [`analyze_to_format`] returns the same as the analysis format that wasm, the CLI and the
//!   tests share ([`format::AnalysisOut`]).
//! - [`Span`] is the one span type: UTF-8 byte offsets into the text.
//! - [`Options`] say which offset unit the format uses and, optionally, the publication date.
//! - [`Error`] is the one error type: an option storylens does not understand, or a text larger
//!   than [`MAX_INPUT_BYTES`].
//!
//! The stages, one module each, take the text and the earlier stages' spans: [`segment`]
//! (paragraphs, sentences, tokens, article parts), [`quotes`] (direct quotations), [`entities`]
//! (named mentions), [`coref`] (mentions grouped into entities), [`attribution`] (cue and
//! speaker of each quote, reported speech), [`time`] (publication date and time expressions)
//! and [`timeline`] (events in time order). [`validate`] checks an analysis against the
//! format's invariants.
//!
//! # Offsets
//!
//! Inside the core every offset is a UTF-8 byte offset and every span is on `char` boundaries,
//! so `&text[span.start..span.end]` is always the span's text. The format converts them once, at
//! the boundary, to UTF-16 code units (JavaScript), Unicode scalar values (Python) or bytes.
//!
//! ```
//! use storylens::{analyze, Options};
//!
//! let text = "“We will be ready,” Li Na said on Monday.";
//! let analysis = analyze(text, &Options::default()).unwrap();
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.span.slice(text), "We will be ready,");
//! assert_eq!(quote.speaker.unwrap().span.slice(text), "Li Na");
//! assert_eq!(&text[quote.cue.unwrap().range()], "said");
//! ```

#[macro_use]
mod word_set;

mod case;

pub mod attribution;
pub mod coref;
pub mod entities;
mod error;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod format;
pub mod json;
pub mod quotes;
pub mod segment;
mod sort;
mod span;
pub mod time;
pub mod timeline;
pub mod validate;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::Error;
pub use format::OffsetUnit;
pub use span::Span;

use segment::Part;

/// The largest text storylens analyses at once, in UTF-8 bytes (16 MB).
pub const MAX_INPUT_BYTES: usize = 16_000_000;

/// How to analyse and what to return.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The unit of the format's offsets.
    pub offsets: OffsetUnit,
    /// The publication date or moment (`2017-11-30` or `2017-11-30T21:34`); when given it wins
    /// over the article's own dateline.
    pub published: Option<String>,
}

impl Options {
    /// Options from their names: `offsets` is `utf16`, `chars` or `bytes`; `published` is an
    /// ISO date or date-time.
    pub fn new(offsets: Option<&str>, published: Option<&str>) -> Result<Options, Error> {
        let offsets = match offsets {
            None => OffsetUnit::default(),
            Some(name) => OffsetUnit::parse(name).ok_or_else(|| {
                Error::invalid_option(format!(
                    "offsets must be \"utf16\", \"chars\" or \"bytes\", not {name:?}"
                ))
            })?,
        };
        let published = match published.map(str::trim).filter(|p| !p.is_empty()) {
            None => None,
            Some(p) => Some(time::Moment::parse(p).map(|m| m.value()).ok_or_else(|| {
                Error::invalid_option(format!(
                    "published must be a date like 2017-11-30 or 2017-11-30T21:34, not {p:?}"
                ))
            })?),
        };
        Ok(Options { offsets, published })
    }
}

/// The article's head and body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The headline.
    pub title: Option<Span>,
    /// The publication moment as a TIMEX3 value.
    pub published: Option<String>,
    /// The update moment.
    pub updated: Option<String>,
    /// First to last body paragraph.
    pub body: Option<Span>,
    /// The lines that are not body text, with what they are.
    pub asides: Vec<(Span, Part)>,
}

/// Everything storylens finds in one text, with byte spans.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// Head, publication date, body.
    pub article: Article,
    /// Paragraph spans.
    pub paragraphs: Vec<Span>,
    /// Sentence spans.
    pub sentences: Vec<Span>,
    /// Named mentions in text order.
    pub mentions: Vec<entities::Mention>,
    /// For each mention, the index of its entity.
    pub mention_entity: Vec<usize>,
    /// Entities in order of first mention.
    pub entities: Vec<coref::Entity>,
    /// Direct and reported quotes in text order.
    pub quotes: Vec<attribution::Quote>,
    /// Time expressions in text order.
    pub times: Vec<time::TimeExpr>,
    /// Events in time order.
    pub timeline: Vec<timeline::Event>,
}

/// Analyses `text`. Fails only on a text larger than [`MAX_INPUT_BYTES`].
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    analyze_watched(text, options, &mut Unwatched)
}

/// A stage of the pipeline, as [`analyze_watched`] names it to its [`Watch`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Segment,
    Quotes,
    Time,
    Entities,
    Coref,
    Attribution,
    Timeline,
}

/// Runs each stage of [`analyze_watched`] and may measure it: the native bench times and weighs
/// the stages this way, on exactly the pipeline [`analyze`] runs.
pub trait Watch {
    /// Runs `work`, one step of `stage`, and returns what it returns.
    fn stage<T>(&mut self, stage: Stage, work: impl FnOnce() -> T) -> T;
}

/// The watch of [`analyze`]: runs each stage, nothing more.
struct Unwatched;

impl Watch for Unwatched {
    fn stage<T>(&mut self, _: Stage, work: impl FnOnce() -> T) -> T {
        work()
    }
}

/// [`analyze`], with each stage run by `watch`.
pub fn analyze_watched(
    text: &str,
    options: &Options,
    watch: &mut impl Watch,
) -> Result<Analysis, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::too_large(text.len(), MAX_INPUT_BYTES));
    }
    let paragraph_spans = watch.stage(Stage::Segment, || segment::split_paragraphs(text));
    let pieces = watch.stage(Stage::Quotes, || {
        quotes::find_quotes(text, &paragraph_spans)
    });
    let doc = watch.stage(Stage::Segment, || {
        let protected: Vec<Span> = pieces.iter().map(quotes::QuoteMarks::outer).collect();
        segment::segment(text, &paragraph_spans, &protected)
    });
    // What is alive at the end of the pipeline is its peak: drop what no later stage reads.
    drop(paragraph_spans);

    let (anchor, updated, mut times) = watch.stage(Stage::Time, || {
        let (dateline, updated) = time::publication(text, &doc);
        let anchor = match &options.published {
            Some(p) => time::Moment::parse(p),
            None => dateline,
        };
        (
            anchor,
            updated,
            time::find_times(text, &doc, anchor, updated),
        )
    });

    let mentions = watch.stage(Stage::Entities, || entities::find_mentions(text, &doc));
    let (entities, mention_entity) =
        watch.stage(Stage::Coref, || coref::resolve(text, &doc, &mentions));
    let quotes = watch.stage(Stage::Attribution, || {
        attribution::attribute(text, &doc, &pieces, &mentions, &mention_entity, &entities)
    });
    watch.stage(Stage::Time, || {
        let others = mentions.iter().map(|m| m.span);
        time::drop_crossing(&mut times, others.chain(quotes.iter().map(|q| q.span)));
    });
    let timeline = watch.stage(Stage::Timeline, || {
        timeline::build(text, &doc, &times, &mentions, &mention_entity, &quotes)
    });

    let title = doc
        .paragraphs
        .iter()
        .find(|p| p.part == Part::Title)
        .map(|p| p.span);
    let mut asides: Vec<(Span, Part)> = doc
        .paragraphs
        .iter()
        .filter(|p| !matches!(p.part, Part::Body | Part::Title))
        .map(|p| (p.span, p.part))
        .collect();
    asides.extend(doc.inline_datelines.iter().map(|&s| (s, Part::Dateline)));
    sort::heap_sort_by_key(&mut asides, |a| a.0);
    let article = Article {
        title,
        published: anchor.map(|m| m.value()),
        updated: updated.map(|m| m.value()),
        body: doc.body(),
        asides,
    };
    Ok(Analysis {
        article,
        paragraphs: doc.paragraphs.iter().map(|p| p.span).collect(),
        sentences: doc.sentences.iter().map(|s| s.span).collect(),
        mentions,
        mention_entity,
        entities,
        quotes,
        times,
        timeline,
    })
}

/// Analyses `text` and renders the result in the analysis format.
pub fn analyze_to_format<'a>(
    text: &'a str,
    options: &Options,
) -> Result<format::AnalysisOut<'a>, Error> {
    let analysis = analyze(text, options)?;
    Ok(format::render(text, &analysis, options.offsets))
}
