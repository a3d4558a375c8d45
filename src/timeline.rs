//! Stage 7: the story's events in time order. An event is a body sentence anchored to a resolved
//! date or time — one per distinct time it names — or a clause told relative to one (`hours
//! after Pyongyang's latest missile test`), with the entities and quotes inside it.

use crate::attribution::Quote;
use crate::entities::Mention;
use crate::segment::{Document, Part, Token, TokenKind};
use crate::span::Span;
use crate::time::{self, TimeExpr, TimeKind};
use chrono::{Datelike, Days, Months, NaiveDate};

/// One event: a sentence or clause anchored to a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The normalised time (`2017-11-29`).
    pub value: String,
    /// Index of the time expression in the analysis's times.
    pub time: usize,
    /// The sentence, or the clause for an event told inside another event's sentence.
    pub sentence: Span,
    /// Indexes of the entities mentioned in it, in first-mention order.
    pub entities: Vec<usize>,
    /// Indexes of the quotes inside it.
    pub quotes: Vec<usize>,
}

/// Where an event sits on the calendar, for ordering: its start, then coarser values first
/// (`2017-11` before `2017-11-29`), then what happened `before` another event on the same date,
/// then text order, then the order found (so an unstable sort, which needs no buffer, orders as
/// a stable one).
type Key = (NaiveDate, u32, i8, Span, u32);

/// A number for a [`Key`] (lengths and counts, far below `u32::MAX`).
fn key_number(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Spans in order, to find those inside a span by binary search rather than by a scan of the
/// whole list (which would make the timeline quadratic in the article's length). A list already
/// in span order (the usual case) is searched where it is; any other is searched through a
/// sorted list of its indexes.
struct SpanIndex<'a, T, F> {
    items: &'a [T],
    span: F,
    /// Indexes of `items` by span then index; `None` when `items` are in span order already.
    order: Option<Vec<usize>>,
}

impl<'a, T, F: Fn(&T) -> Span> SpanIndex<'a, T, F> {
    fn new(items: &'a [T], span: F) -> SpanIndex<'a, T, F> {
        let sorted = items.windows(2).all(|w| match w {
            [a, b] => span(a) <= span(b),
            _ => true,
        });
        let order = (!sorted).then(|| {
            let mut order: Vec<usize> = (0..items.len()).collect();
            crate::sort::heap_sort_by_key(&mut order, |&i| (items.get(i).map(&span), i));
            order
        });
        SpanIndex { items, span, order }
    }

    fn span_of(&self, i: usize) -> Span {
        self.items.get(i).map_or_else(Span::default, &self.span)
    }

    /// Indexes of the spans inside `outer`, in text order.
    fn within(&self, outer: Span) -> impl Iterator<Item = usize> + '_ {
        let (from, order) = match &self.order {
            None => (
                self.items
                    .partition_point(|x| (self.span)(x).start < outer.start),
                None,
            ),
            Some(order) => (
                order.partition_point(|&i| self.span_of(i).start < outer.start),
                Some(order),
            ),
        };
        (from..self.items.len())
            .map(move |k| order.and_then(|o| o.get(k).copied()).unwrap_or(k))
            .map(|i| (i, self.span_of(i)))
            .take_while(move |(_, s)| s.start < outer.end)
            .filter(move |(_, s)| s.end <= outer.end)
            .map(|(i, _)| i)
    }
}

/// Builds the timeline of `text`.
pub fn build(
    text: &str,
    doc: &Document,
    times: &[TimeExpr],
    mentions: &[Mention],
    mention_entity: &[usize],
    quotes: &[Quote],
) -> Vec<Event> {
    let mut keyed: Vec<(Key, Event)> = Vec::new();
    let mention_index = SpanIndex::new(mentions, |m: &Mention| m.span);
    let quote_index = SpanIndex::new(quotes, |q: &Quote| q.span);
    let time_index = SpanIndex::new(times, |t: &TimeExpr| t.span);
    let event = |value: String, time: usize, span: Span| {
        let mut entities = Vec::new();
        for mi in mention_index.within(span) {
            if let Some(&e) = mention_entity.get(mi) {
                if !entities.contains(&e) {
                    entities.push(e);
                }
            }
        }
        let quotes = quote_index.within(span).collect();
        Event {
            value,
            time,
            sentence: span,
            entities,
            quotes,
        }
    };
    // Each sentence's times and points, in lists kept from one sentence to the next.
    let mut inside: Vec<usize> = Vec::new();
    let mut points: Vec<(usize, NaiveDate)> = Vec::new();
    // The clause of each token of the sentence: a count of the `;` and `, and` before it.
    let mut clause_at: Vec<u32> = Vec::new();
    for sentence in &doc.sentences {
        let in_body = doc
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| p.part == Part::Body);
        if !in_body {
            continue;
        }
        inside.clear();
        inside.extend(time_index.within(sentence.span));
        // One event per distinct resolved point in time.
        points.clear();
        for &t in &inside {
            let x = &times[t];
            if !matches!(x.kind, TimeKind::Date | TimeKind::Time) {
                continue;
            }
            let Some(start) = time::start_of(&x.value) else {
                continue;
            };
            if points.iter().any(|&(p, _)| times[p].value == x.value) {
                continue;
            }
            points.push((t, start));
        }
        let tokens = doc.sentence_tokens(sentence);
        // A sentence that tells two times in two clauses (`agreed in August, but held on
        // Wednesday`) gives each event its clause; with one point there is nothing to split.
        let clauses = if points.len() > 1 {
            clauses(text, tokens)
        } else {
            Vec::new()
        };
        let clause_of = |t: usize| {
            clauses
                .iter()
                .copied()
                .find(|c| c.contains(times[t].span))
                .unwrap_or(sentence.span)
        };
        let split = points.len() > 1
            && points
                .iter()
                .any(|&(t, _)| clause_of(t) != clause_of(points[0].0));
        for &(t, start) in &points {
            let span = if split { clause_of(t) } else { sentence.span };
            let x = &times[t];
            let seq = key_number(keyed.len());
            keyed.push((
                (start, key_number(x.value.len()), 0, span, seq),
                event(x.value.clone(), t, span),
            ));
        }
        // `hours after X`, `two days before X`: X is an event of its own, placed from a point
        // of the sentence.
        if points.is_empty() {
            continue;
        }
        clause_at.clear();
        for &t in &inside {
            let x = &times[t];
            if x.kind != TimeKind::Duration {
                continue;
            }
            let Some(k) = tokens.iter().position(|tok| tok.span().start >= x.span.end) else {
                continue;
            };
            let Some(word) = tokens.get(k).map(|tok| tok.span().slice(text)) else {
                continue;
            };
            let before = match word {
                "after" => false,
                "before" => true,
                _ => continue,
            };
            // `for six weeks before …` is how long something lasted, not when.
            let length = tokens
                .iter()
                .rev()
                .find(|tok| tok.span().end <= x.span.start)
                .is_some_and(|tok| {
                    let w = tok.span().slice(text);
                    ["for", "over", "within", "during"]
                        .iter()
                        .any(|p| w.eq_ignore_ascii_case(p))
                });
            if length {
                continue;
            }
            let Some(clause) = clause_after(text, tokens, k + 1) else {
                continue;
            };
            // A clause that names its own time (`two days before the verdict last Thursday`)
            // is placed by that time, as an event of its own already.
            if time_index.within(clause).next().is_some() {
                continue;
            }
            if clause_at.is_empty() {
                clause_numbers(text, tokens, &mut clause_at);
            }
            let clause_no = |span: Span| {
                let k = tokens.partition_point(|tok| tok.span().start < span.start);
                clause_at.get(k).copied()
            };
            let here = clause_no(x.span);
            // A date set off after the clause (`90 days before the vote, on Aug. 5`) is the
            // event's own; else the sentence's earliest point in the clause of the distance.
            let after_clause = tokens.partition_point(|tok| tok.span().start < clause.end);
            let comma = tokens
                .get(after_clause)
                .is_some_and(|tok| tok.span().slice(text) == ",");
            // The date's first word comes after the comma and at most one preposition.
            let set_off = |p: usize| {
                comma
                    && tokens
                        .iter()
                        .skip(after_clause + 1)
                        .take(2)
                        .any(|t| t.span().start == times[p].span.start)
            };
            let nearest = points
                .iter()
                .copied()
                .find(|&(p, _)| set_off(p))
                .or_else(|| {
                    points
                        .iter()
                        .copied()
                        .filter(|&(p, _)| clause_no(times[p].span) == here)
                        .min_by_key(|&(_, d)| d)
                });
            let Some((anchor_time, anchor)) = nearest else {
                continue;
            };
            let anchor_value = &times[anchor_time].value;
            let Some((value, start)) = relative_value(anchor_value, anchor, &x.value, before)
            else {
                continue;
            };
            let order = if before { 1 } else { -1 };
            let key = (
                start,
                key_number(value.len()),
                order,
                clause,
                key_number(keyed.len()),
            );
            keyed.push((key, event(value, t, clause)));
        }
    }
    crate::sort::heap_sort_by_key(&mut keyed, |k| k.0);
    // Collected in place, into the larger allocation of `keyed`: give back what is not used.
    let mut events: Vec<Event> = keyed.into_iter().map(|(_, e)| e).collect();
    events.shrink_to_fit();
    events
}

/// The clauses of a sentence of `tokens`, split before `but`, `while`, `whereas`, `although`
/// and at semicolons; a piece under four words stays with its neighbour.
fn clauses(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (k, tok) in tokens.iter().enumerate() {
        let w = tok.span().slice(text);
        let splits_before = ["but", "while", "whereas", "although"]
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c));
        if w == ";" || (splits_before && k > start) {
            // The clause before ends before the semicolon or the comma before the conjunction.
            let mut end = k;
            while end > start
                && tokens
                    .get(end - 1)
                    .is_some_and(|t| matches!(t.span().slice(text), "," | ";" | "–" | "—"))
            {
                end -= 1;
            }
            if end > start {
                out.push((start, end));
            }
            start = if w == ";" { k + 1 } else { k };
        }
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    // Merge pieces too short to stand alone.
    let words = |a: usize, b: usize| {
        tokens.get(a..b).map_or(0, |ts| {
            ts.iter().filter(|t| t.kind == TokenKind::Word).count()
        })
    };
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in out {
        match merged.last_mut() {
            Some(last) if words(a, b) < 4 || words(last.0, last.1) < 4 => last.1 = b,
            _ => merged.push((a, b)),
        }
    }
    merged
        .into_iter()
        .filter_map(|(a, b)| {
            let first = tokens.get(a)?;
            let last = tokens.get(b.checked_sub(1)?)?;
            Some(Span::new(first.span().start, last.span().end))
        })
        .collect()
}

/// The clause of each of `tokens` into `out`: a count of the `;` and `, and` (`, but`) before it,
/// outside a pair of dashes (`Meetings on Wednesday – chaired by A, and B – were held`).
fn clause_numbers(text: &str, tokens: &[Token], out: &mut Vec<u32>) {
    let mut n = 0;
    let mut aside = false;
    for (k, tok) in tokens.iter().enumerate() {
        out.push(n);
        let w = tok.span().slice(text);
        aside ^= matches!(w, "–" | "—");
        let opens = match w {
            ";" => true,
            "," => tokens.get(k + 1).is_some_and(|next| {
                let w = next.span().slice(text);
                w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("but")
            }),
            _ => false,
        };
        n += u32::from(opens && !aside);
    }
}

/// The clause from token `k` to the next comma, dash, semicolon or the sentence's end.
fn clause_after(text: &str, tokens: &[Token], k: usize) -> Option<Span> {
    let first = tokens.get(k)?;
    let mut last = first;
    for tok in tokens.get(k + 1..)? {
        let w = tok.span().slice(text);
        if one_of!(w, "," | ";" | ":" | "–" | "—" | "-" | "(" | ".") {
            break;
        }
        last = tok;
    }
    if !first
        .span()
        .slice(text)
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    Some(Span::new(first.span().start, last.span().end))
}

/// The time of an event `duration` before (or, when `before`, after) the anchor: the anchor's
/// own value when the distance is under a day or unknown hours, the shifted day otherwise.
fn relative_value(
    anchor_value: &str,
    anchor: NaiveDate,
    duration: &str,
    before: bool,
) -> Option<(String, NaiveDate)> {
    if duration.starts_with("PT") {
        return Some((
            anchor_value.get(..10).unwrap_or(anchor_value).to_string(),
            anchor,
        ));
    }
    let body = duration.strip_prefix('P')?;
    let unit = body.chars().last()?;
    // `Four years ago, … a week before the vote`: a year is no day to count a week from.
    let digits = |r: std::ops::Range<usize>| {
        anchor_value
            .get(r)
            .is_some_and(|s| s.bytes().all(|b| b.is_ascii_digit()))
    };
    let fine_enough = match unit {
        'D' | 'W' => digits(5..7) && digits(8..10),
        'M' => digits(5..7),
        _ => true,
    };
    if !fine_enough {
        return None;
    }
    let n: u32 = body.get(..body.len() - 1)?.parse().ok()?;
    let date = match (unit, before) {
        ('D', false) => anchor.checked_sub_days(Days::new(u64::from(n)))?,
        ('D', true) => anchor.checked_add_days(Days::new(u64::from(n)))?,
        ('W', false) => anchor.checked_sub_days(Days::new(u64::from(n) * 7))?,
        ('W', true) => anchor.checked_add_days(Days::new(u64::from(n) * 7))?,
        ('M', false) => anchor.checked_sub_months(Months::new(n))?,
        ('M', true) => anchor.checked_add_months(Months::new(n))?,
        ('Y', false) => anchor.checked_sub_months(Months::new(n.checked_mul(12)?))?,
        ('Y', true) => anchor.checked_add_months(Months::new(n.checked_mul(12)?))?,
        _ => return None,
    };
    let value = match unit {
        'D' | 'W' => format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
        'M' => format!("{:04}-{:02}", date.year(), date.month()),
        _ => format!("{:04}", date.year()),
    };
    Some((value, date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_index_finds_the_spans_inside_in_text_order_sorted_or_not() {
        let spans = [
            Span::new(5, 9),
            Span::new(0, 3),
            Span::new(4, 12),
            Span::new(5, 7),
        ];
        let index = SpanIndex::new(&spans, |s: &Span| *s);
        assert_eq!(index.within(Span::new(4, 10)).collect::<Vec<_>>(), [3, 0]);
        let mut sorted = spans;
        sorted.sort();
        let index = SpanIndex::new(&sorted, |s: &Span| *s);
        assert!(index.order.is_none());
        assert_eq!(index.within(Span::new(4, 10)).collect::<Vec<_>>(), [2, 3]);
    }

    use crate::{analyze, Options};

    fn timeline(text: &str, published: &str) -> Vec<(String, String)> {
        let options = Options {
            published: Some(published.to_string()),
            ..Options::default()
        };
        let a = analyze(text, &options).unwrap_or_default();
        a.timeline
            .iter()
            .map(|e| (e.value.clone(), e.sentence.slice(text).to_string()))
            .collect()
    }

    macro_rules! t {
        ($($name:ident: $input:expr, $published:expr => [$(($value:expr, $sentence:expr)),* $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let want: Vec<(String, String)> = vec![$(($value.to_string(), $sentence.to_string())),*];
                assert_eq!(timeline($input, $published), want, "in {:?}", $input);
            }
        )*};
    }

    t! {
        sentences_in_time_order:
            "The mayor resigned on Wednesday after weeks of pressure.\n\nShe was elected in March 2015 by a wide margin.",
            "2017-11-30" => [
                ("2015-03", "She was elected in March 2015 by a wide margin."),
                ("2017-11-29", "The mayor resigned on Wednesday after weeks of pressure."),
            ];
        one_event_per_distinct_day:
            "Talks were held on Monday and Tuesday in the capital.",
            "2017-11-30" => [
                ("2017-11-27", "Talks were held on Monday and Tuesday in the capital."),
                ("2017-11-28", "Talks were held on Monday and Tuesday in the capital."),
            ];
        hours_after_is_an_earlier_clause:
            "The meeting was held on Wednesday, hours after the rocket launch.",
            "2017-11-30" => [
                ("2017-11-29", "the rocket launch"),
                ("2017-11-29", "The meeting was held on Wednesday, hours after the rocket launch."),
            ];
        days_before_is_a_later_clause:
            "The deal was signed on Nov. 3, 2017, two days before the election.",
            "2017-11-30" => [
                ("2017-11-03", "The deal was signed on Nov. 3, 2017, two days before the election."),
                ("2017-11-05", "the election"),
            ];
        coarse_before_fine_on_the_same_start:
            "Exports fell on Nov. 1, 2017.\n\nImports fell in November.",
            "2017-12-05" => [
                ("2017-11", "Imports fell in November."),
                ("2017-11-01", "Exports fell on Nov. 1, 2017."),
            ];
        two_clauses_two_events:
            "The talks were agreed in August, but they took place on Wednesday.",
            "2017-11-30" => [
                ("2017-08", "The talks were agreed in August"),
                ("2017-11-29", "but they took place on Wednesday."),
            ];
        one_clause_keeps_the_sentence:
            "The vote on Monday and Tuesday, which was close, passed.",
            "2017-11-30" => [
                ("2017-11-27", "The vote on Monday and Tuesday, which was close, passed."),
                ("2017-11-28", "The vote on Monday and Tuesday, which was close, passed."),
            ];
        a_length_before_a_clause_places_nothing:
            "The truce held for six weeks before it collapsed on Dec. 28, 2025.",
            "2026-01-15" => [
                ("2025-12-28", "The truce held for six weeks before it collapsed on Dec. 28, 2025."),
            ];
        a_clause_with_its_own_time_is_not_placed_again:
            "Jurors met on Monday, two days before returning the verdict on Wednesday.",
            "2026-01-15" => [
                ("2026-01-12", "Jurors met on Monday, two days before returning the verdict on Wednesday."),
                ("2026-01-14", "Jurors met on Monday, two days before returning the verdict on Wednesday."),
            ];
        a_distance_is_told_from_the_nearest_time_of_its_clause:
            "The board said on Tuesday that entries would close 90 days before the vote, on Aug. 5.",
            "2026-01-14" => [
                ("2026-01-13", "The board said on Tuesday that entries would close 90 days before the vote, on Aug. 5."),
                ("2026-08-05", "The board said on Tuesday that entries would close 90 days before the vote, on Aug. 5."),
                ("2026-11-03", "the vote"),
            ];
        a_distance_is_not_told_from_a_time_past_and:
            "The list comes out on July 15, and early voting begins three weeks before the vote.",
            "2026-01-14" => [
                ("2026-07-15", "The list comes out on July 15, and early voting begins three weeks before the vote."),
            ];
        an_and_between_dashes_opens_no_clause:
            "Talks on Monday and Tuesday – led by Ann Lee, and Bo Chen – were held hours after the launch.",
            "2017-11-30" => [
                ("2017-11-27", "the launch"),
                ("2017-11-27", "Talks on Monday and Tuesday – led by Ann Lee, and Bo Chen – were held hours after the launch."),
                ("2017-11-28", "Talks on Monday and Tuesday – led by Ann Lee, and Bo Chen – were held hours after the launch."),
            ];
        a_distance_in_days_from_a_year_places_nothing:
            "In 2022, the ruling came a week before the vote.",
            "2026-10-08" => [
                ("2022", "In 2022, the ruling came a week before the vote."),
            ];
        unresolved_times_stay_out:
            "The plant will close for three days, as it does every year.",
            "2017-11-30" => [];
    }

    #[test]
    fn without_a_date_there_is_no_timeline() {
        let a =
            analyze("They met on Wednesday in August.", &Options::default()).unwrap_or_default();
        assert!(a.timeline.is_empty());
    }
}
