// Types of the embedding API (storylens/embed, and window.storylens of the single-file build).
import type { Analysis } from './storylens.js';
export * from './storylens.js';

export type Layer = 'quote' | 'person' | 'org' | 'place' | 'misc' | 'time';

/** Options of highlight(); each overrides the element's data-storylens-* attribute. */
export interface HighlightOptions {
  /** Layers to mark (default all). */
  layers?: Iterable<Layer>;
  /** CSS colours per layer, set as --storylens-<layer> on the element. */
  colors?: Partial<Record<Layer, string>>;
  /** Publication date, `2024-03-05` or `2024-03-05T09:30`. */
  published?: string;
}

/** What a highlighted element holds (also the detail of its `storylens:highlighted` event). */
export interface Highlighted {
  element: Element;
  /** The text that was analysed (the element's text with blank lines between blocks). */
  text: string;
  analysis: Analysis;
  /** How many <mark> elements were made. */
  marks: number;
  /** Scrolls to these spans of `text` and flashes them. */
  reveal(spans: { start: number; end: number }[], id?: string): void;
}

/** Highlights `element` in place; null when a newer call for the same element superseded it. */
export function highlight(element: Element, options?: HighlightOptions): Promise<Highlighted | null>;

/** Removes the highlights from `element`. */
export function unhighlight(element: Element): void;

declare global {
  interface Window {
    /** Set by embed.js and by the single-file build. */
    storylens?: {
      highlight: typeof highlight;
      unhighlight: typeof unhighlight;
      analyze: typeof import('./storylens.js').analyze;
      load: typeof import('./storylens.js').load;
      prepare: typeof import('./storylens.js').prepare;
      version: typeof import('./storylens.js').version;
    };
  }
  interface HTMLElementTagNameMap {
    'storylens-timeline': HTMLElement;
    'storylens-sources': HTMLElement;
  }
  interface DocumentEventMap {
    'storylens:highlighted': CustomEvent<Highlighted>;
  }
}
