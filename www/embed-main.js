// The embedding's behaviour, independent of how the core is loaded (ES module + .wasm file, or
// the single-file build with the wasm inlined): highlight(element, options), unhighlight(element),
// and start(), which highlights every [data-storylens] element now and whenever one is added.
import {
  EVENT, registry, collectText, buildMarks, applyMarks, removeMarks, rangeFor, readOptions,
  setColors, adoptStyles, MARK_CSS,
} from './embed-core.js';
import { defineWidgets } from './embed-widgets.js';

/**
 * `core` is `{analyze(text, options): Promise<Analysis>, prepare(text): string}`. Returns the
 * embedding API bound to it.
 */
export function createEmbed(core) {
  const latest = new WeakMap();
  const wired = new WeakSet();
  const seen = new WeakSet();
  let focusTimer = 0;

  /**
   * Analyses the text of `element` and highlights it in place. Options (each overrides the
   * element's data-storylens-* attribute): `layers` (['quote', 'person', 'org', 'place', 'misc',
   * 'time']), `colors` ({quote: '#7c3aed', ...}), `published` ('2017-11-30'). Resolves to
   * `{element, text, analysis, marks}`, or null when a newer call for the same element won.
   */
  async function highlight(element, options = {}) {
    if (!element || element.nodeType !== 1) throw new TypeError('storylens: highlight() needs an element');
    const token = {};
    latest.set(element, token);
    seen.add(element);
    const opts = readOptions(element, options);
    const root = element.getRootNode();
    adoptStyles(root.nodeType === 11 ? root : element.ownerDocument, MARK_CSS);
    removeMarks(element);
    for (let attempt = 0; ; attempt++) {
      const source = collectText(element);
      const text = core.prepare(source.text);
      element.setAttribute('data-storylens-state', 'working');
      let analysis;
      try {
        analysis = await core.analyze(text, opts.published ? { offsets: 'utf16', published: opts.published } : { offsets: 'utf16' });
      } catch (err) {
        if (latest.get(element) === token) element.setAttribute('data-storylens-state', 'error');
        throw err;
      }
      if (latest.get(element) !== token) return null;
      // The core ran asynchronously: if the post changed meanwhile, read it again.
      const now = collectText(element);
      if (now.text !== source.text && attempt < 2) continue;
      const marks = applyMarks(now, buildMarks(analysis, opts.layers));
      setColors(element, opts.colors);
      wire(element);
      const entry = { element, text, analysis, marks, reveal: (spans, id) => reveal(element, spans, id) };
      registry.set(element, entry);
      element.setAttribute('data-storylens-state', 'done');
      element.dispatchEvent(new CustomEvent(EVENT, { bubbles: true, composed: true, detail: entry }));
      return entry;
    }
  }

  /** Removes the highlights from `element` (its DOM is as before, text nodes merged back). */
  function unhighlight(element) {
    latest.delete(element);
    registry.delete(element);
    removeMarks(element);
    element.removeAttribute('data-storylens-state');
  }

  /** Hover a name: every mention of the same entity lights up. */
  function wire(element) {
    if (wired.has(element)) return;
    wired.add(element);
    const lit = [];
    const clear = () => { for (const m of lit.splice(0)) m.classList.remove('storylens-lit'); };
    element.addEventListener('mouseover', (e) => {
      const mark = e.target.closest?.('mark.storylens-mark[data-storylens-entity]');
      clear();
      const id = mark?.getAttribute('data-storylens-entity');
      if (!id || !element.contains(mark)) return;
      for (const m of element.querySelectorAll('mark.storylens-mark[data-storylens-entity]')) {
        if (m.getAttribute('data-storylens-entity') === id) {
          m.classList.add('storylens-lit');
          lit.push(m);
        }
      }
    });
    element.addEventListener('mouseleave', clear);
  }

  /** Scrolls to the spans (analysis offsets) of `element` and flashes them. */
  function reveal(element, spans, id) {
    const source = collectText(element);
    const ranges = spans.map((s) => rangeFor(source, s.start, s.end)).filter(Boolean);
    const win = element.ownerDocument.defaultView;
    const smooth = !win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const marks = id ? [...element.querySelectorAll('mark.storylens-mark')].filter((m) => m.getAttribute('data-storylens-id') === id) : [];
    const target = marks[0] ?? ranges[0]?.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    const highlights = win?.CSS?.highlights;
    if (highlights && win.Highlight && ranges.length) {
      highlights.set('storylens-focus', new win.Highlight(...ranges));
      clearTimeout(focusTimer);
      focusTimer = setTimeout(() => highlights.delete('storylens-focus'), 2500);
    }
  }

  function report(err) {
    console.error(`storylens: ${err?.message ?? err}`);
  }

  /** Highlights every not yet seen [data-storylens] element in or at `root`. */
  function scan(root) {
    const found = root.matches?.('[data-storylens]') ? [root] : [];
    found.push(...(root.querySelectorAll?.('[data-storylens]') ?? []));
    for (const el of found) if (!seen.has(el)) highlight(el).catch(report);
  }

  /** Registers the widgets, highlights the page's posts, and watches for posts added later. */
  function start(doc = globalThis.document) {
    if (!doc) return;
    defineWidgets(doc.defaultView);
    const run = () => {
      scan(doc);
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.addedNodes) {
            if (n.nodeType === 1 && !n.classList.contains('storylens-mark')) scan(n);
          }
        }
      }).observe(doc.documentElement, { childList: true, subtree: true });
    };
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', run, { once: true });
    else run();
  }

  return { highlight, unhighlight, start };
}
