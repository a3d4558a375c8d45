//! The analysis format as JSON, written by hand: the same text as `serde_json::to_string` of a
//! [`AnalysisOut`] (field order, escapes, numbers), which a test checks in every offset unit.
//! The wasm glue's `analyze` writes its JSON with this, so the wasm carries no serde_json
//! (~5 KB gzipped); the CLI keeps serde_json.

use crate::format::{
    AnalysisOut, ArticleOut, EntityOut, EventOut, MentionOut, QuoteOut, SpanOut, TimeOut,
};
use std::fmt::{self, Write};

/// Writes `analysis` as compact JSON to `out`.
pub fn write(analysis: &AnalysisOut, out: &mut impl Write) -> fmt::Result {
    Json { out }.analysis(analysis)
}

/// `analysis` as compact JSON.
pub fn to_string(analysis: &AnalysisOut) -> String {
    let mut out = String::new();
    // Writing to a `String` cannot fail.
    let _ = write(analysis, &mut out);
    out
}

struct Json<'a, W: Write> {
    out: &'a mut W,
}

/// `,"name":`, or `"name":` for the first field.
macro_rules! key {
    (first $name:literal) => {
        concat!("\"", $name, "\":")
    };
    ($name:literal) => {
        concat!(",\"", $name, "\":")
    };
}

impl<W: Write> Json<'_, W> {
    fn raw(&mut self, s: &str) -> fmt::Result {
        self.out.write_str(s)
    }

    fn num(&mut self, n: u32) -> fmt::Result {
        let mut digits = [0u8; 10];
        let mut at = digits.len();
        let mut n = n;
        loop {
            at -= 1;
            if let Some(d) = digits.get_mut(at) {
                *d = b'0' + (n % 10) as u8;
            }
            n /= 10;
            if n == 0 || at == 0 {
                break;
            }
        }
        let digits = digits.get(at..).unwrap_or_default();
        self.raw(std::str::from_utf8(digits).unwrap_or_default())
    }

    /// A string with serde_json's escapes: `"`, `\`, and control characters (`\n`, `\r`, `\t`,
    /// `\b`, `\f`, the rest `\u00XX`); everything else as it is.
    fn string(&mut self, s: &str) -> fmt::Result {
        self.raw("\"")?;
        let bytes = s.as_bytes();
        let mut from = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            // `i` is an ASCII byte, so both cuts are on character boundaries.
            self.raw(s.get(from..i).unwrap_or_default())?;
            if escape.is_empty() {
                // A control character below 0x20: `\u00` and two hex digits.
                self.raw(if b < 0x10 { "\\u000" } else { "\\u001" })?;
                self.out
                    .write_char(char::from_digit(u32::from(b & 15), 16).unwrap_or('0'))?;
            } else {
                self.raw(escape)?;
            }
            from = i + 1;
        }
        self.raw(s.get(from..).unwrap_or_default())?;
        self.raw("\"")
    }

    fn opt_string(&mut self, s: Option<&str>) -> fmt::Result {
        match s {
            Some(s) => self.string(s),
            None => self.raw("null"),
        }
    }

    fn strings(&mut self, list: &[crate::format::Id]) -> fmt::Result {
        self.raw("[")?;
        for (k, s) in list.iter().enumerate() {
            if k > 0 {
                self.raw(",")?;
            }
            self.string(s)?;
        }
        self.raw("]")
    }

    /// `"start":…,"end":…` and, if `text`, `,"text":…` (the fields of a span, no braces).
    fn span_fields(
        &mut self,
        start: u32,
        end: u32,
        text: Option<&str>,
        first: bool,
    ) -> fmt::Result {
        self.raw(if first {
            key!(first "start")
        } else {
            key!("start")
        })?;
        self.num(start)?;
        self.raw(key!("end"))?;
        self.num(end)?;
        if let Some(text) = text {
            self.raw(key!("text"))?;
            self.string(text)?;
        }
        Ok(())
    }

    fn span(&mut self, s: &SpanOut) -> fmt::Result {
        self.raw("{")?;
        self.span_fields(s.start, s.end, None, true)?;
        self.raw("}")
    }

    fn opt_span(&mut self, s: Option<&SpanOut>) -> fmt::Result {
        match s {
            Some(s) => self.span(s),
            None => self.raw("null"),
        }
    }

    fn list<T>(
        &mut self,
        items: &[T],
        mut item: impl FnMut(&mut Self, &T) -> fmt::Result,
    ) -> fmt::Result {
        self.raw("[")?;
        for (k, x) in items.iter().enumerate() {
            if k > 0 {
                self.raw(",")?;
            }
            item(self, x)?;
        }
        self.raw("]")
    }

    fn analysis(&mut self, a: &AnalysisOut) -> fmt::Result {
        self.raw("{")?;
        self.raw(key!(first "schema"))?;
        self.num(a.schema)?;
        self.raw(key!("offsets"))?;
        self.string(a.offsets)?;
        self.raw(key!("article"))?;
        self.article(&a.article)?;
        self.raw(key!("paragraphs"))?;
        self.list(&a.paragraphs, Self::span)?;
        self.raw(key!("sentences"))?;
        self.list(&a.sentences, Self::span)?;
        self.raw(key!("mentions"))?;
        self.list(&a.mentions, Self::mention)?;
        self.raw(key!("entities"))?;
        self.list(&a.entities, Self::entity)?;
        self.raw(key!("quotes"))?;
        self.list(&a.quotes, Self::quote)?;
        self.raw(key!("times"))?;
        self.list(&a.times, Self::time)?;
        self.raw(key!("timeline"))?;
        self.list(&a.timeline, Self::event)?;
        self.raw("}")
    }

    fn article(&mut self, a: &ArticleOut) -> fmt::Result {
        self.raw("{")?;
        self.raw(key!(first "title"))?;
        self.opt_span(a.title.as_ref())?;
        self.raw(key!("published"))?;
        self.opt_string(a.published.as_deref())?;
        self.raw(key!("updated"))?;
        self.opt_string(a.updated.as_deref())?;
        self.raw(key!("body"))?;
        self.opt_span(a.body.as_ref())?;
        self.raw(key!("asides"))?;
        self.list(&a.asides, |j, aside| {
            j.raw("{")?;
            j.span_fields(aside.start, aside.end, None, true)?;
            j.raw(key!("kind"))?;
            j.string(aside.kind)?;
            j.raw("}")
        })?;
        self.raw("}")
    }

    fn mention(&mut self, m: &MentionOut) -> fmt::Result {
        self.raw("{")?;
        self.raw(key!(first "id"))?;
        self.string(&m.id)?;
        self.span_fields(m.start, m.end, Some(m.text), false)?;
        self.raw(key!("kind"))?;
        self.string(m.kind)?;
        self.raw(key!("entity"))?;
        self.opt_string(m.entity.as_deref())?;
        self.raw("}")
    }

    fn entity(&mut self, e: &EntityOut) -> fmt::Result {
        self.raw("{")?;
        self.raw(key!(first "id"))?;
        self.string(&e.id)?;
        self.raw(key!("kind"))?;
        self.string(e.kind)?;
        self.raw(key!("name"))?;
        self.string(&e.name)?;
        self.raw(key!("title"))?;
        self.opt_string(e.title.as_deref())?;
        self.raw(key!("role"))?;
        self.opt_string(e.role.as_deref())?;
        self.raw(key!("mentions"))?;
        self.strings(&e.mentions)?;
        self.raw("}")
    }

    fn quote(&mut self, q: &QuoteOut) -> fmt::Result {
        self.raw("{")?;
        self.raw(key!(first "id"))?;
        self.string(&q.id)?;
        self.span_fields(q.start, q.end, Some(q.text), false)?;
        self.raw(key!("direct"))?;
        self.raw(if q.direct { "true" } else { "false" })?;
        self.raw(key!("cue"))?;
        match &q.cue {
            Some(cue) => {
                self.raw("{")?;
                self.span_fields(cue.start, cue.end, Some(cue.text), true)?;
                self.raw("}")?;
            }
            None => self.raw("null")?,
        }
        self.raw(key!("speaker"))?;
        match &q.speaker {
            Some(s) => {
                self.raw("{")?;
                self.span_fields(s.start, s.end, Some(s.text), true)?;
                self.raw(key!("entity"))?;
                self.opt_string(s.entity.as_deref())?;
                self.raw("}")?;
            }
            None => self.raw("null")?,
        }
        self.raw("}")
    }

    fn time(&mut self, t: &TimeOut) -> fmt::Result {
        self.raw("{")?;
        self.raw(key!(first "id"))?;
        self.string(&t.id)?;
        self.span_fields(t.start, t.end, Some(t.text), false)?;
        self.raw(key!("kind"))?;
        self.string(t.kind)?;
        self.raw(key!("value"))?;
        self.string(&t.value)?;
        self.raw(key!("precision"))?;
        self.opt_string(t.precision)?;
        self.raw("}")
    }

    fn event(&mut self, e: &EventOut) -> fmt::Result {
        self.raw("{")?;
        self.raw(key!(first "value"))?;
        self.string(&e.value)?;
        self.raw(key!("time"))?;
        self.string(&e.time)?;
        self.raw(key!("sentence"))?;
        self.span(&e.sentence)?;
        self.raw(key!("entities"))?;
        self.strings(&e.entities)?;
        self.raw(key!("quotes"))?;
        self.strings(&e.quotes)?;
        self.raw("}")
    }
}

#[cfg(test)]
mod tests {
    use crate::format::{render, OffsetUnit};
    use crate::{analyze, Options};

    /// Texts with every kind of item, and every character JSON escapes.
    const TEXTS: &[&str] = &[
        "",
        " \n\n ",
        "Council backs bridge plan\n\nWASHINGTON (Reuters) — The mayor, Ana Lopez, said on Monday that the bridge would open in \
         May. “We will be ready,” Lopez told reporters at City Hall.\n\nThe council voted 7-2 on \
         3 March 2021, officials said. Bob Stone, a spokesman for the United Nations in Paris, \
         said the plan was “a good start.”",
        "Back\\slash \"straight\" quotes, tab\there, bell\u{7} NUL\u{0} escape\u{1b} form\u{c} \
         back\u{8} DEL\u{7f}: “They said \"no\" twice,” said Dr. Omar Haddad on Friday.",
        "😀 “We will be ready,” Li Na said on Monday. 🚧 CRLF\r\nlines: “Quote two,” he added on \
         3 March 2021.\r\n\r\nRTL שלום and 中文 “引用” said 王伟 in Beijing last week.",
    ];

    #[test]
    fn same_text_as_serde_json_in_every_unit() {
        for text in TEXTS {
            for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
                for published in [None, Some("2017-11-30T21:34")] {
                    let options = Options::new(Some(unit.as_str()), published).unwrap();
                    let analysis = analyze(text, &options).unwrap();
                    let out = render(text, &analysis, unit);
                    let want = serde_json::to_string(&out).unwrap();
                    assert_eq!(super::to_string(&out), want, "{unit:?} {text:?}");
                }
            }
        }
    }

    #[test]
    fn the_test_texts_have_every_kind_of_item() {
        let outs: Vec<_> = TEXTS
            .iter()
            .map(|text| {
                render(
                    text,
                    &analyze(text, &Options::default()).unwrap(),
                    OffsetUnit::Utf16,
                )
            })
            .collect();
        let any = |f: &dyn Fn(&crate::format::AnalysisOut) -> bool| outs.iter().any(f);
        assert!(any(
            &|o| o.article.title.is_some() && o.article.body.is_some()
        ));
        assert!(any(&|o| !o.article.asides.is_empty()));
        assert!(any(&|o| !o.mentions.is_empty() && !o.entities.is_empty()));
        assert!(any(&|o| o
            .quotes
            .iter()
            .any(|q| q.direct && q.speaker.is_some() && q.cue.is_some())));
        assert!(any(&|o| o.quotes.iter().any(|q| !q.direct)));
        assert!(any(&|o| !o.times.is_empty() && !o.timeline.is_empty()));
        assert!(any(&|o| o
            .entities
            .iter()
            .any(|e| e.title.is_some() || e.role.is_some())));
    }
}
