// Types of the storylens analysis format (schema 1, docs/FORMAT.md) and of analyze().

/** The unit of every offset in an analysis. `utf16` (the JS default): `text.slice(start, end)`. */
export type OffsetUnit = 'utf16' | 'chars' | 'bytes';

/** Options of analyze(); both optional. Unknown keys are an error. */
export interface Options {
  /** Unit of the offsets in the result; default `utf16`. */
  offsets?: OffsetUnit;
  /** Publication date, `2017-11-30` or `2017-11-30T21:34`; wins over the article's dateline. */
  published?: string;
}

/** A half-open range `[start, end)` of the analysed text, in the unit of `Analysis.offsets`. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the exact text it covers. */
export interface TextSpan extends Span {
  text: string;
}

export type AsideKind = 'section' | 'standfirst' | 'dateline' | 'byline' | 'credit' | 'related' | 'heading';

/** A line that is not body text. */
export interface Aside extends Span {
  kind: AsideKind;
}

export interface Article {
  /** The headline paragraph, or null when the text starts with its body. */
  title: Span | null;
  /** TIMEX3 moment (`2017-11-30T21:34` or `2017-11-30`), or null. */
  published: string | null;
  updated: string | null;
  /** First to last body paragraph. */
  body: Span | null;
  asides: Aside[];
}

export type EntityKind = 'person' | 'org' | 'place' | 'misc';

/** One occurrence of a name. A person's title is not inside the span. */
export interface Mention extends TextSpan {
  id: string;
  kind: EntityKind;
  /** The id of its entity. */
  entity: string | null;
}

/** Mentions grouped: one person, organisation, place or other name. */
export interface Entity {
  id: string;
  kind: EntityKind;
  /** The fullest name in the article. */
  name: string;
  /** `Major General` (people). */
  title: string | null;
  /** `deputy chief of the Joint Staff Department` (people). */
  role: string | null;
  /** Mention ids. */
  mentions: string[];
}

/** The local mention of a quote's source. */
export interface Speaker extends TextSpan {
  /** The entity it refers to, or null when unresolved. */
  entity: string | null;
}

/** A direct quote (content inside the marks) or reported speech (`direct: false`). */
export interface Quote extends TextSpan {
  id: string;
  direct: boolean;
  /** The attributing word(s): `said`, `told`, `according to`, `:`. */
  cue: TextSpan | null;
  /** null when nobody is named (a scare quote, a title). */
  speaker: Speaker | null;
}

export type TimeKind = 'date' | 'time' | 'duration' | 'set';
export type Precision = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

/** A date or time expression, normalised against the publication date. */
export interface TimeExpr extends TextSpan {
  id: string;
  kind: TimeKind;
  /** TIMEX3: `2017-11-29`, `2017-08`, `2017-W48`, `P3D`, `PRESENT_REF`, `XXXX-11-30`. */
  value: string;
  /** null for values that are not points in time. */
  precision: Precision | null;
}

/** A sentence anchored to a normalised time. */
export interface TimelineEvent {
  value: string;
  /** The id of the time expression. */
  time: string;
  sentence: Span;
  /** Entity ids inside the sentence. */
  entities: string[];
  /** Quote ids inside the sentence. */
  quotes: string[];
}

/** The analysis of one article. Spans of one layer never cross; across layers they nest. */
export interface Analysis {
  schema: 1;
  offsets: OffsetUnit;
  article: Article;
  paragraphs: Span[];
  sentences: Span[];
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpr[];
  timeline: TimelineEvent[];
}

/** What load() accepts: a URL of the .wasm, a Response, its bytes or a compiled module. */
export type WasmSource = string | URL | Response | BufferSource | WebAssembly.Module;

/** Loads the wasm core once (analyze() calls it for you); pass `wasm` to load it from elsewhere. */
export function load(wasm?: WasmSource): Promise<unknown>;

/** The text as the core sees it (well-formed UTF-16): analyse and render this string. */
export function prepare(text: string): string;

/** Analyses `text`; rejects with an Error on bad options or a text over the size limit. */
export function analyze(text: string, options?: Options): Promise<Analysis>;

/** The core's version (the crate version). */
export function version(): Promise<string>;
