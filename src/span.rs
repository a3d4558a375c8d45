//! The one span type of the core.

use std::ops::Range;

/// A half-open range of UTF-8 byte offsets into the analysed text: `&text[span.start..span.end]`
/// is the covered string, and every span the core returns is on `char` boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (callers keep `start <= end`).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when the two spans overlap without either holding the other: spans of one layer
    /// must never cross.
    pub const fn crosses(&self, other: Span) -> bool {
        self.overlaps(other) && !self.contains(other) && !other.contains(*self)
    }

    /// The covered text, or `""` when the span does not fit `text` (never panics).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The span as a `Range`, for slicing.
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The span shrunk so that it neither starts nor ends with white space.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let inner = s.trim();
        if inner.is_empty() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.start + lead + inner.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_never_panics() {
        let text = "né";
        assert_eq!(Span::new(0, 1).slice(text), "n");
        assert_eq!(Span::new(1, 2).slice(text), "");
        assert_eq!(Span::new(5, 9).slice(text), "");
    }

    #[test]
    fn trim_keeps_offsets_exact() {
        let text = "  “hi” \n";
        let s = Span::new(0, text.len()).trim(text);
        assert_eq!(s.slice(text), "“hi”");
        assert_eq!(Span::new(0, 3).trim("   "), Span::new(0, 0));
    }
}
