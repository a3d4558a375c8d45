// The embeddable widgets: <storylens-timeline for="post-id"> and <storylens-sources for="post-id">.
// Each draws from the analysis of the element it names (or the page's first [data-storylens]),
// inside its own Shadow DOM so the host's CSS cannot reach in and ours cannot leak out. Text from
// the article only ever enters as text nodes; styles come from a constructed stylesheet (allowed
// under a strict Content-Security-Policy). Hosts theme them with --storylens-* custom properties
// and ::part(box | title | item | time | name).
import { EVENT, registry, adoptStyles } from './embed-core.js';

const SVG = 'http://www.w3.org/2000/svg';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A TIMEX3 value for people: `2017-11-29` → `29 Nov 2017`, `2017-W48` → `week 48, 2017`. */
export function formatValue(value) {
  let m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}|MO|AF|EV|NI))?/.exec(value);
  if (m) {
    const date = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]}${m[1] === 'XXXX' ? '' : ` ${m[1]}`}`;
    const part = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' }[m[4]] ?? m[4];
    return part ? `${date}, ${part}` : date;
  }
  if ((m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value))) {
    const name = { H1: 'first half of', H2: 'second half of', SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' }[m[2]] ?? m[2];
    return `${name} ${m[1]}`;
  }
  if ((m = /^(\d{3})$/.exec(value))) return `${m[1]}0s`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return `week ${Number(m[2])}, ${m[1]}`;
  return value;
}

/** Milliseconds for a point-in-time value (for the axis), or null. */
function moment(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/.exec(value)
    ?? /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m) return null;
  if (value.includes('W')) return Date.UTC(Number(m[1]), 0, 1 + 7 * (Number(m[2]) - 1));
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1), Number(m[4] ?? 0), Number(m[5] ?? 0));
}

const WIDGET_CSS = `
:host {
  all: initial; display: block; color: inherit; contain: content; container-type: inline-size;
  font: 0.95rem/1.45 var(--storylens-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  --line: color-mix(in srgb, currentColor 18%, transparent);
  --accent: var(--storylens-time, #db2777);
}
:host([hidden]) { display: none; }
.box { border: 1px solid var(--line); border-radius: 10px; padding: 0.8rem 1rem; }
h2 { font: inherit; font-weight: 650; font-size: 1.02em; margin: 0 0 0.5rem; }
ol { list-style: none; margin: 0; padding: 0; }
li { margin: 0; }
button {
  all: unset; box-sizing: border-box; display: grid; width: 100%; gap: 0.15rem 0.7rem;
  padding: 0.4rem 0.45rem; border-radius: 6px; cursor: pointer;
}
button:hover { background: color-mix(in srgb, var(--accent) 10%, transparent); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.timeline button { grid-template-columns: 1fr; }
@container (min-width: 30rem) { .timeline button { grid-template-columns: minmax(7.5em, max-content) 1fr; } }
time { font-weight: 650; font-variant-numeric: tabular-nums; white-space: nowrap; }
time::before {
  content: ""; display: inline-block; width: 0.55em; height: 0.55em; border-radius: 50%;
  background: var(--accent); margin-right: 0.45em; vertical-align: 0.08em;
}
.sentence {
  opacity: 0.85; overflow: hidden; display: -webkit-box; -webkit-box-orient: vertical;
  -webkit-line-clamp: 3; line-clamp: 3;
}
svg { display: block; width: 100%; height: 30px; margin: 0 0 0.35rem; overflow: visible; }
svg line { stroke: var(--line); stroke-width: 2; }
svg circle { fill: var(--accent); stroke: Canvas; stroke-width: 1.5; }
svg text { fill: currentColor; opacity: 0.7; font-size: 11px; }
.sources { --accent: var(--storylens-quote, #8b5cf6); }
.sources button { grid-template-columns: 1fr; }
.name { font-weight: 650; }
.role { font-weight: 400; opacity: 0.75; }
.stats { opacity: 0.8; font-size: 0.92em; }
.bar { height: 6px; border-radius: 3px; background: var(--line); overflow: hidden; }
.fill { display: block; height: 100%; background: var(--accent); }
.empty { opacity: 0.7; font-style: italic; margin: 0; }
@media (forced-colors: active) { .fill, time::before, svg circle { background: CanvasText; fill: CanvasText; } }
`;

/** A widget class on the window's own HTMLElement (made on demand: importing this file needs no DOM). */
function widgetClass(win, kind, defaultHeading, draw) {
  return class extends win.HTMLElement {
    static observedAttributes = ['for', 'heading'];

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      adoptStyles(this.shadowRoot, WIDGET_CSS);
      this.onHighlighted = (e) => { if (e.target === this.post()) this.render(); };
    }

    connectedCallback() {
      this.ownerDocument.addEventListener(EVENT, this.onHighlighted);
      this.render();
    }

    disconnectedCallback() {
      this.ownerDocument.removeEventListener(EVENT, this.onHighlighted);
    }

    attributeChangedCallback() {
      if (this.isConnected) this.render();
    }

    /** The element this widget draws: `for="id"`, or the page's first [data-storylens]. */
    post() {
      const id = this.getAttribute('for');
      return id ? this.ownerDocument.getElementById(id) : this.ownerDocument.querySelector('[data-storylens]');
    }

    render() {
      const doc = this.ownerDocument;
      const entry = registry.get(this.post());
      const box = doc.createElement('section');
      box.className = `box ${kind}`;
      box.setAttribute('part', 'box');
      const title = doc.createElement('h2');
      title.setAttribute('part', 'title');
      title.textContent = this.getAttribute('heading') ?? defaultHeading;
      box.setAttribute('aria-label', title.textContent);
      box.append(title);
      if (entry) draw(doc, box, entry);
      else box.append(note(doc, 'Reading the post…'));
      this.shadowRoot.replaceChildren(box);
      this.dataset.ready = entry ? 'true' : 'false';
    }
  };
}

function note(doc, text) {
  const p = doc.createElement('p');
  p.className = 'empty';
  p.textContent = text;
  return p;
}

/** <storylens-timeline for="post-id">: the dated events of the post, in time order. */
function drawTimeline(doc, box, { text, analysis, reveal }) {
  const events = analysis.timeline;
  if (!events.length) {
    box.append(note(doc, 'No dated events in this post.'));
    return;
  }
  box.append(axis(doc, events));
  const list = doc.createElement('ol');
  for (const ev of events) {
    const li = doc.createElement('li');
    const button = doc.createElement('button');
    button.type = 'button';
    button.setAttribute('part', 'item');
    const time = doc.createElement('time');
    time.dateTime = ev.value;
    time.setAttribute('part', 'time');
    time.textContent = formatValue(ev.value);
    const sentence = doc.createElement('span');
    sentence.className = 'sentence';
    sentence.textContent = text.slice(ev.sentence.start, ev.sentence.end).replace(/\s+/g, ' ').trim();
    button.append(time, sentence);
    button.addEventListener('click', () => reveal([ev.sentence], ev.time));
    li.append(button);
    list.append(li);
  }
  box.append(list);
}

/** The decorative time axis: one dot per event (the list is the accessible version). */
function axis(doc, events) {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const points = events.map((e) => ({ value: e.value, t: moment(e.value) })).filter((p) => p.t !== null);
  const at = points.map((p) => p.t);
  const line = doc.createElementNS(SVG, 'line');
  for (const [k, v] of [['x1', '1%'], ['x2', '99%'], ['y1', '9'], ['y2', '9']]) line.setAttribute(k, v);
  svg.append(line);
  if (!at.length) return svg;
  const lo = Math.min(...at);
  const hi = Math.max(...at);
  for (const t of at) {
    const c = doc.createElementNS(SVG, 'circle');
    c.setAttribute('cx', `${hi > lo ? 2 + (96 * (t - lo)) / (hi - lo) : 50}%`);
    c.setAttribute('cy', '9');
    c.setAttribute('r', '5');
    svg.append(c);
  }
  const label = (x, anchor, t) => {
    const s = doc.createElementNS(SVG, 'text');
    s.setAttribute('x', x);
    s.setAttribute('y', '28');
    s.setAttribute('text-anchor', anchor);
    s.textContent = formatValue(points.find((p) => p.t === t)?.value ?? '');
    svg.append(s);
  };
  label('1%', 'start', lo);
  if (hi > lo) label('99%', 'end', hi);
  return svg;
}

/** <storylens-sources for="post-id">: who is quoted, how often and how much (share of voice). */
function drawSources(doc, box, { analysis, reveal }) {
  const rows = speakers(analysis);
  if (!rows.length) {
    box.append(note(doc, 'Nobody is quoted in this post.'));
    return;
  }
  const total = rows.reduce((n, r) => n + r.words, 0) || 1;
  const list = doc.createElement('ol');
  for (const r of rows) {
    const li = doc.createElement('li');
    const button = doc.createElement('button');
    button.type = 'button';
    button.setAttribute('part', 'item');
    const name = doc.createElement('span');
    name.className = 'name';
    name.setAttribute('part', 'name');
    name.textContent = r.name;
    if (r.role) {
      const role = doc.createElement('span');
      role.className = 'role';
      role.textContent = `, ${r.role}`;
      name.append(role);
    }
    const stats = doc.createElement('span');
    stats.className = 'stats';
    const share = Math.round((100 * r.words) / total);
    stats.textContent = `${quoteCount(r)} · ${count(r.words, 'word')} (${share}% of all quoted)`;
    const bar = doc.createElement('span');
    bar.className = 'bar';
    const fill = doc.createElement('span');
    fill.className = 'fill';
    fill.style.width = `${share}%`; // CSSOM, not a style attribute: fine under a strict CSP
    bar.append(fill);
    button.append(name, stats, bar);
    button.addEventListener('click', () => reveal(r.quotes, r.quotes[0]?.id));
    li.append(button);
    list.append(li);
  }
  box.append(list);
}

const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `2 quotes (1 reported)`: every quote counts, so a source only reported is never `0 quotes`. */
function quoteCount({ direct, reported }) {
  const n = direct + reported;
  if (!reported) return count(n, 'quote');
  return `${count(n, 'quote')} (${reported === n ? (n === 1 ? 'reported' : 'all reported') : `${reported} reported`})`;
}

/** The quoted sources, most words first. */
export function speakers(analysis) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const rows = new Map();
  for (const q of analysis.quotes) {
    if (!q.speaker) continue;
    const key = q.speaker.entity ?? `text:${q.speaker.text.toLowerCase()}`;
    const e = entities.get(q.speaker.entity);
    const row = rows.get(key)
      ?? { name: e?.name ?? q.speaker.text, role: e?.role ?? e?.title ?? null, direct: 0, reported: 0, words: 0, quotes: [] };
    row[q.direct ? 'direct' : 'reported']++;
    row.words += q.text.split(/\s+/).filter(Boolean).length;
    row.quotes.push({ id: q.id, start: q.start, end: q.end });
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.words - a.words || a.name.localeCompare(b.name));
}

/** Registers the two custom elements (once per window). */
export function defineWidgets(win = globalThis) {
  const elements = win?.customElements;
  if (!elements || !win.HTMLElement) return;
  if (!elements.get('storylens-timeline')) {
    elements.define('storylens-timeline', widgetClass(win, 'timeline', 'Timeline', drawTimeline));
  }
  if (!elements.get('storylens-sources')) {
    elements.define('storylens-sources', widgetClass(win, 'sources', 'Sources', drawSources));
  }
}
