// In-place highlighting for embedding: reads a host element's text from its own text nodes and
// wraps the analysis's spans in <mark>s INSIDE those text nodes. The host's elements (links,
// emphasis, headings, images) keep their place and parents, and the element's textContent never
// changes: a mark only splits a text node, it adds no text. No DOM API here takes markup.

/** The highlight layers, in the order the legend and the docs name them. */
export const LAYERS = ['quote', 'person', 'org', 'place', 'misc', 'time'];

/** The event a highlighted element dispatches (bubbling), with the registry entry as detail. */
export const EVENT = 'storylens:highlighted';

/** Element → {element, text, analysis, reveal(spans)} for every highlighted element. */
export const registry = new WeakMap();

const ALIASES = {
  quotes: 'quote', people: 'person', persons: 'person', orgs: 'org', organisations: 'org',
  organizations: 'org', places: 'place', other: 'misc', dates: 'time', times: 'time',
};

// Elements that end a paragraph: the analysis text gets a blank line there (a "virtual" break
// that maps to no text node), so the core sees the post's paragraphs.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Elements whose text is not prose (or not ours to touch): left out of the analysis and never marked.
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'button', 'svg',
  'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'code', 'pre', 'kbd', 'samp',
  'storylens-timeline', 'storylens-sources',
]);

function skipped(el) {
  return SKIP.has(el.localName) || el.hasAttribute('data-storylens-skip')
    || el.hasAttribute('data-storylens');
}

/**
 * The text the core analyses for `root`, and where each of its text nodes sits in it:
 * `{text, nodes: [{node, start, end}]}` with UTF-16 offsets. Every text node's characters appear
 * 1:1 (line breaks and tabs read as spaces, same length), so an analysis offset inside a node is
 * `node.data` offset `offset - start`; the blank lines between blocks belong to no node.
 */
export function collectText(root) {
  let text = '';
  const nodes = [];
  let pending = '';
  const walk = (parent) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (!n.data) continue;
        if (pending && text) text += pending;
        pending = '';
        nodes.push({ node: n, start: text.length, end: text.length + n.data.length });
        text += n.data.replace(/[\n\r\t\f\v]/g, ' ');
      } else if (n.nodeType === 1) {
        const name = n.localName;
        const block = BLOCK.has(name);
        if (name === 'br') {
          if (!pending) pending = '\n';
        } else if (skipped(n)) {
          if (block) pending = '\n\n';
          else if (!pending) pending = ' ';
        } else {
          if (block) pending = '\n\n';
          walk(n);
          if (block) pending = '\n\n';
        }
      }
    }
  };
  walk(root);
  return { text, nodes };
}

/** Human names for a mark's title (colour is never the only signal). */
const KIND_NAMES = {
  quote: 'quote', person: 'person', org: 'organisation', place: 'place', misc: 'name', time: 'date',
};

/**
 * The marks to draw for `analysis`, restricted to `layers` (a Set of LAYERS): outer spans first;
 * a span that would cross an earlier one is dropped rather than broken.
 */
export function buildMarks(analysis, layers = new Set(LAYERS)) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const marks = [];
  if (layers.has('quote')) {
    for (const q of analysis.quotes) {
      const who = q.speaker ? entities.get(q.speaker.entity)?.name ?? q.speaker.text : null;
      marks.push({
        start: q.start, end: q.end, kind: 'quote', id: q.id,
        attrs: { 'data-storylens-speaker': q.speaker?.entity ?? '', 'data-storylens-direct': String(q.direct) },
        title: who ? `${q.direct ? 'quote' : 'reported speech'}: ${who}` : 'quote, no speaker named',
      });
    }
  }
  for (const m of analysis.mentions) {
    if (!layers.has(m.kind)) continue;
    const e = entities.get(m.entity);
    marks.push({
      start: m.start, end: m.end, kind: m.kind, id: m.id,
      attrs: { 'data-storylens-entity': m.entity ?? '' },
      title: `${KIND_NAMES[m.kind] ?? m.kind}: ${e?.name ?? m.text}${e?.title ? `, ${e.title}` : ''}${e?.role ? ` (${e.role})` : ''}`,
    });
  }
  if (layers.has('time')) {
    for (const t of analysis.times) {
      marks.push({
        start: t.start, end: t.end, kind: 'time', id: t.id,
        attrs: { 'data-storylens-value': t.value },
        title: `${t.kind === 'date' ? 'date' : t.kind}: ${t.value}`,
      });
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  const open = [];
  for (const m of marks) {
    if (m.end <= m.start) continue;
    while (open.length && open[open.length - 1].end <= m.start) open.pop();
    if (open.length && m.end > open[open.length - 1].end) continue; // would cross
    kept.push(m);
    open.push(m);
  }
  return kept;
}

/**
 * Wraps `marks` (from buildMarks, offsets into `source.text`) around the text nodes of `source`
 * (from collectText). A mark over several text nodes (across a link or <em>) becomes one
 * <mark> per text node, all with the same data-storylens-id; the first has class
 * storylens-start, the last storylens-end. Returns the number of <mark> elements made.
 */
export function applyMarks(source, marks) {
  let made = 0;
  let next = 0;
  const active = [];
  for (const { node, start, end } of source.nodes) {
    while (next < marks.length && marks[next].start < end) active.push(marks[next++]);
    for (let i = active.length - 1; i >= 0; i--) if (active[i].end <= start) active.splice(i, 1);
    const here = active.filter((m) => m.end > start);
    if (!here.length || !node.parentNode) continue;
    made += wrapNode(node, start, here);
  }
  return made;
}

function wrapNode(node, offset, marks) {
  const doc = node.ownerDocument;
  const data = node.data;
  const frag = doc.createDocumentFragment();
  const stack = [{ el: frag, end: data.length }];
  let cursor = 0;
  let made = 0;
  const text = (el, a, b) => { if (a < b) el.append(doc.createTextNode(data.slice(a, b))); };
  const closeUntil = (pos) => {
    while (stack.length > 1 && stack[stack.length - 1].end <= pos) {
      const top = stack.pop();
      text(top.el, cursor, top.end);
      cursor = Math.max(cursor, top.end);
    }
  };
  for (const m of marks) {
    const a = Math.max(m.start - offset, 0);
    const b = Math.min(m.end - offset, data.length);
    closeUntil(a);
    const top = stack[stack.length - 1];
    if (a < cursor || b > top.end || a >= b) continue;
    text(top.el, cursor, a);
    cursor = a;
    const el = doc.createElement('mark');
    el.className = `storylens-mark storylens-${m.kind}`;
    if (a + offset === m.start) el.classList.add('storylens-start');
    if (b + offset === m.end) el.classList.add('storylens-end');
    el.setAttribute('data-storylens-id', m.id);
    el.setAttribute('data-storylens-kind', m.kind);
    for (const [k, v] of Object.entries(m.attrs)) el.setAttribute(k, v);
    el.title = m.title;
    top.el.append(el);
    stack.push({ el, end: b });
    made++;
  }
  closeUntil(data.length);
  text(frag, cursor, data.length);
  node.replaceWith(frag);
  return made;
}

/** Removes every storylens mark inside `root`, merging the text nodes back. */
export function removeMarks(root) {
  const parents = new Set();
  for (const mark of root.querySelectorAll('mark.storylens-mark')) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parents.add(parent);
  }
  for (const p of parents) if (p.isConnected || root.contains(p)) p.normalize();
}

/** A DOM Range over [start, end) of the analysis text, or null when it covers no text node. */
export function rangeFor(source, start, end) {
  const { nodes } = source;
  const first = nodes.find((n) => n.end > start && n.start < end);
  if (!first) return null;
  let last = first;
  for (const n of nodes) if (n.start < end && n.end > start) last = n;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, Math.max(start - first.start, 0));
  range.setEnd(last.node, Math.min(end - last.start, last.node.data.length));
  return range;
}

/** Reads options from the element's attributes; `given` (the JS options) wins. */
export function readOptions(el, given = {}) {
  const layers = given.layers
    ? parseLayers([...given.layers].join(' '))
    : parseLayers(el.getAttribute('data-storylens-layers'));
  const colors = { ...parseColors(el.getAttribute('data-storylens-colors')), ...(given.colors ?? {}) };
  const published = normalizePublished(
    given.published ?? el.getAttribute('data-storylens-published') ?? pageDate(el),
  );
  return { layers, colors, published };
}

/** The post's date as blog themes mark it: schema.org datePublished, or the page's Open Graph meta. */
function pageDate(el) {
  const sel = '[itemprop="datePublished"]';
  const item = el.querySelector(sel) ?? el.closest('article, [itemscope]')?.querySelector(sel);
  if (item) return item.getAttribute('datetime') ?? item.getAttribute('content') ?? item.textContent;
  return el.ownerDocument.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
}

/** `"quotes people dates"` → Set {quote, person, time}; empty or missing → every layer. */
export function parseLayers(value) {
  const names = String(value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (!names.length) return new Set(LAYERS);
  const out = new Set();
  for (const n of names) {
    if (n === 'all') LAYERS.forEach((l) => out.add(l));
    else if (n === 'names' || n === 'entities') ['person', 'org', 'place', 'misc'].forEach((l) => out.add(l));
    else if (LAYERS.includes(ALIASES[n] ?? n)) out.add(ALIASES[n] ?? n);
  }
  return out;
}

/** `"quote: #7c3aed; person: teal"` → {quote: '#7c3aed', person: 'teal'}. */
export function parseColors(value) {
  const out = {};
  for (const part of String(value ?? '').split(';')) {
    const at = part.search(/[:=]/);
    if (at < 0) continue;
    const name = part.slice(0, at).trim().toLowerCase();
    const layer = ALIASES[name] ?? name;
    if (LAYERS.includes(layer)) out[layer] = part.slice(at + 1).trim();
  }
  return out;
}

/** A `published` value the core accepts (`2017-11-30` or `2017-11-30T21:34`), or undefined. */
export function normalizePublished(value) {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(String(value ?? '').trim());
  if (!m) return undefined;
  return m[2] ? `${m[1]}T${m[2]}` : m[1];
}

/** Sets the per-layer colours as custom properties on `el` (CSSOM: allowed under a strict CSP). */
export function setColors(el, colors) {
  for (const [layer, color] of Object.entries(colors)) {
    if (!LAYERS.includes(layer)) continue;
    const ok = typeof CSS === 'undefined' || CSS.supports('color', color);
    if (ok) el.style.setProperty(`--storylens-${layer}`, color);
  }
}

const sheets = new WeakMap(); // document → css → sheet (a sheet belongs to one document)

/**
 * Adds `css` to `root` (a Document or ShadowRoot) once, as a constructed stylesheet: those are
 * not inline styles, so a Content-Security-Policy without 'unsafe-inline' allows them.
 */
export function adoptStyles(root, css) {
  const doc = root.ownerDocument ?? root;
  const win = doc.defaultView;
  if (root.adoptedStyleSheets && win?.CSSStyleSheet && 'replaceSync' in win.CSSStyleSheet.prototype) {
    if (!sheets.has(doc)) sheets.set(doc, new Map());
    let sheet = sheets.get(doc).get(css);
    if (!sheet) {
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.get(doc).set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = doc.createElement('style');
  style.textContent = css;
  (root.head ?? root).append(style);
}

// In-text marks live in the host's DOM, so they are reset with !important against whatever the
// host's stylesheet says about `mark` (background, padding, colour...), and take their colours
// only from --storylens-* custom properties, whose fallbacks are mid-tones readable on light and
// dark pages. Nothing here selects anything but storylens classes.
const C = {
  quote: '#8b5cf6', person: '#ea580c', org: '#0d9488', place: '#2563eb', misc: '#ca8a04', time: '#db2777',
};
const layerRule = (k, extra = '') => `mark.storylens-${k} {
  background: color-mix(in srgb, var(--storylens-${k}, ${C[k]}) 12%, transparent) !important;
  box-shadow: inset 0 -2px var(--storylens-${k}, ${C[k]}) !important; ${extra}
}`;

/** The stylesheet of the in-text marks. */
export const MARK_CSS = `
mark.storylens-mark {
  all: unset !important;
  border-radius: 2px !important;
  -webkit-box-decoration-break: clone !important;
  box-decoration-break: clone !important;
}
mark.storylens-mark::before, mark.storylens-mark::after { content: none !important; }
mark.storylens-quote {
  text-decoration: underline 2px var(--storylens-quote, ${C.quote}) !important;
  text-underline-offset: 0.28em !important;
  text-decoration-skip-ink: none !important;
}
mark.storylens-quote[data-storylens-direct="false"] { text-decoration-style: dashed !important; }
${layerRule('person')}
${layerRule('org')}
${layerRule('place', 'border-bottom: 2px dotted var(--storylens-place, #2563eb) !important; box-shadow: none !important;')}
${layerRule('misc')}
${layerRule('time', 'border-bottom: 2px dashed var(--storylens-time, #db2777) !important; box-shadow: none !important;')}
mark.storylens-lit { outline: 2px solid color-mix(in srgb, currentColor 55%, transparent) !important; outline-offset: 1px !important; }
::highlight(storylens-focus) { background-color: color-mix(in srgb, var(--storylens-focus, #facc15) 45%, transparent); }
@media (forced-colors: active) {
  mark.storylens-mark { border-bottom: 2px solid CanvasText !important; }
}
`;
