// Lays out an analysed article as DOM: one block per paragraph, with nested <mark>s for quotes,
// names and dates, and plain <span>s for quote cues, speakers and the sentences the timeline
// points at. One pass over sorted spans with a cursor; article text is only ever inserted as
// text nodes, so pasted HTML or script never becomes markup.

/** Nesting order for spans with the same start and end: outer first. */
const ORDER = { sentence: 0, quote: 1, speaker: 2, cue: 3, person: 4, org: 4, place: 4, misc: 4, time: 4 };

const KIND_LABEL = { person: 'Person', org: 'Organisation', place: 'Place', misc: 'Other name' };

const numbers = new Intl.NumberFormat('en');

/** `n` with its thousands grouped, as readers expect: 7,194. */
export const number = (n) => numbers.format(n);

/** `plural(7194, 'quote')` → `7,194 quotes`. */
export const plural = (n, one, many = `${one}s`) => `${number(n)} ${n === 1 ? one : many}`;

/** The mark kinds, in legend order. */
export const KINDS = ['quote', 'person', 'org', 'place', 'misc', 'time'];

const byStart = (a, b) => a.start - b.start || b.end - a.end;

/** `list` sorted by start (most already are: then it is returned as is). */
function sorted(list) {
  for (let i = 1; i < list.length; i++) {
    if (byStart(list[i - 1], list[i]) > 0) return [...list].sort(byStart);
  }
  return list;
}

/**
 * The highlight layers of the analysis, each sorted by start, with a function that turns an item
 * into `{start, end, kind, tag, attrs, label}` (UTF-16 offsets). Items are made lazily, per
 * paragraph, so a huge article costs nothing up front. `colorOf(quote)` gives a speaker colour
 * index (or null) for quotes and `entityColor(entityId)` the same for mentions of a quoted entity.
 */
function layers(analysis, { colorOf = () => null, entityColor = () => null } = {}) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const quote = (q) => {
    const color = colorOf(q);
    const who = q.speaker ? entities.get(q.speaker.entity)?.name ?? q.speaker.text : null;
    const attrs = { 'data-quote': q.id, 'data-speaker': q.speaker?.entity ?? '', 'data-direct': String(q.direct) };
    if (color != null) attrs['data-color'] = String(color);
    if (!q.speaker) attrs['data-unattributed'] = '';
    return {
      start: q.start, end: q.end, kind: 'quote', tag: 'mark', attrs,
      label: who ? `${q.direct ? 'Quote' : 'Reported speech'} — ${who}` : 'Quote — no speaker named',
    };
  };
  const mention = (m) => {
    const e = entities.get(m.entity);
    const attrs = { 'data-entity': m.entity ?? '', 'data-mention': m.id };
    const color = m.entity ? entityColor(m.entity) : null;
    if (color != null) attrs['data-color'] = String(color);
    return {
      start: m.start, end: m.end, kind: m.kind, tag: 'mark', attrs,
      label: `${KIND_LABEL[m.kind] ?? m.kind}: ${e?.name ?? m.text}`,
    };
  };
  const time = (t) => ({
    start: t.start, end: t.end, kind: 'time', tag: 'mark',
    attrs: { 'data-time': t.id, 'data-value': t.value },
    label: `${t.kind === 'time' ? 'Time' : 'Date'}: ${t.value}`,
  });
  // Cues and speakers: one span per place, listing every quote it belongs to.
  const side = new Map();
  const addSide = (span, kind, qid) => {
    if (!span || !(span.end > span.start)) return;
    const key = `${span.start}:${span.end}:${kind}`;
    const known = side.get(key);
    if (known) known.attrs[`data-${kind}-of`] += ` ${qid}`;
    else side.set(key, { start: span.start, end: span.end, kind, tag: 'span', attrs: { class: `sl-${kind}`, [`data-${kind}-of`]: qid } });
  };
  for (const q of analysis.quotes) {
    if (q.speaker) addSide(q.speaker, 'speaker', q.id);
    if (q.cue) addSide(q.cue, 'cue', q.id);
  }
  // The sentences the timeline points at: one span each, listing its events.
  const events = new Map();
  analysis.timeline.forEach((ev, i) => {
    const s = ev.sentence;
    if (!s) return;
    const key = `${s.start}:${s.end}`;
    const known = events.get(key);
    if (known) known.attrs['data-events'] += ` ${i}`;
    else events.set(key, { start: s.start, end: s.end, kind: 'sentence', tag: 'span', attrs: { class: 'sl-sentence', 'data-events': String(i), tabindex: '-1' } });
  });
  const same = (x) => x;
  return [
    { items: sorted(analysis.quotes), make: quote },
    { items: sorted([...side.values()]), make: same },
    { items: sorted(analysis.mentions), make: mention },
    { items: sorted(analysis.times), make: time },
    { items: sorted([...events.values()]), make: same },
  ];
}

const byNesting = (a, b) => a.start - b.start || b.end - a.end || ORDER[a.kind] - ORDER[b.kind];

/** Every highlight of the analysis (see `layers`), sorted outer-first. */
export function highlights(analysis, options = {}) {
  return layers(analysis, options).flatMap((l) => l.items.map(l.make)).sort(byNesting);
}

const BLOCK = {
  title: 'h3', section: 'p', standfirst: 'p', dateline: 'p', byline: 'p', credit: 'p',
  related: 'p', heading: 'h4',
};

/**
 * Lays out the article block by block. Yields each paragraph's element; `onElement(el, span)`
 * sees every mark and span as it is made, in document order. A span that is not inside one
 * paragraph is left out.
 */
export function* blocks(doc, text, analysis, { onElement = () => {}, skip = null, ...options } = {}) {
  const all = layers(analysis, options);
  const cursor = all.map(() => 0);
  const asides = new Map(analysis.article.asides.map((a) => [a.start, a]));
  const title = analysis.article.title;
  for (const para of analysis.paragraphs) {
    const aside = asides.get(para.start);
    const isTitle = title && title.start === para.start;
    const kind = isTitle ? 'title' : aside && aside.end === para.end ? aside.kind : 'body';
    const block = doc.createElement(BLOCK[kind] ?? 'p');
    block.className = `sl-block sl-${kind}`;
    block.dataset.start = para.start;
    const inside = [];
    all.forEach(({ items, make }, l) => {
      let k = cursor[l];
      while (k < items.length && items[k].start < para.start) k++;
      for (; k < items.length && items[k].start < para.end; k++) {
        if (items[k].end <= para.end) {
          const m = make(items[k]);
          if (!skip?.(m)) inside.push(m);
        }
      }
      cursor[l] = k;
    });
    inside.sort(byNesting);
    fill(block, text, para.start, para.end, inside, onElement);
    yield block;
  }
}

/**
 * Renders `text` with its `analysis` into `container` (emptied first), all at once. `hidden`
 * leaves out whole layers. Returns the created mark elements.
 */
export function renderArticle(container, text, analysis, { hidden = new Set(), ...options } = {}) {
  const created = [];
  const onElement = (el, m) => {
    if (m.tag === 'mark') created.push(el);
    options.onElement?.(el, m);
  };
  container.replaceChildren();
  const frag = container.ownerDocument.createDocumentFragment();
  const skip = hidden.size ? (m) => hidden.has(m.kind) : null;
  for (const block of blocks(container.ownerDocument, text, analysis, { ...options, onElement, skip })) frag.append(block);
  container.append(frag);
  return created;
}

/**
 * Renders like `renderArticle` but in slices of about `sliceMs` so a huge article never blocks
 * the page: the first slice is synchronous, the rest follow in later tasks. Blocks go into
 * `div.sl-chunk`s of `chunk` paragraphs, so each frame lays out a few hundred chunks rather than
 * tens of thousands of paragraphs (and CSS can skip the chunks off screen). Resolves `true` when
 * done, `false` if `signal` aborted it first.
 */
export async function renderProgressively(container, text, analysis, { signal, sliceMs = 12, chunk = 100, ...options } = {}) {
  const doc = container.ownerDocument;
  const it = blocks(doc, text, analysis, options);
  container.replaceChildren();
  let box = null;
  let inBox = 0;
  for (;;) {
    const until = performance.now() + sliceMs;
    while (performance.now() < until) {
      const next = it.next();
      if (next.done) return true;
      if (!box || inBox === chunk) {
        box = doc.createElement('div');
        box.className = 'sl-chunk';
        container.append(box);
        inBox = 0;
      }
      box.append(next.value);
      inBox++;
    }
    await new Promise((ok) => setTimeout(ok, 0));
    if (signal?.aborted) return false;
  }
}

/** Spans that only help the linking; a mark that crosses one cuts it short instead of vanishing. */
const SOFT = new Set(['sentence', 'speaker', 'cue']);

/** Appends text[start, end) to `parent` with the given (sorted, nested) spans. */
function fill(parent, text, start, end, marks, onElement) {
  const doc = parent.ownerDocument;
  const stack = [{ el: parent, end, quote: 0, kind: 'block' }];
  let cursor = start;
  const write = (upto) => {
    if (cursor < upto) {
      stack[stack.length - 1].el.append(doc.createTextNode(text.slice(cursor, upto)));
      cursor = upto;
    }
  };
  const closeUntil = (pos) => {
    while (stack.length > 1 && stack[stack.length - 1].end <= pos) {
      write(stack[stack.length - 1].end);
      stack.pop();
    }
  };
  for (const m of marks) {
    closeUntil(m.start);
    if (m.start < cursor || m.end <= m.start) continue;
    if (m.end > stack[stack.length - 1].end) {
      // m crosses open spans: cut the soft ones short at m.start; crossing a mark drops m
      let k = stack.length - 1;
      while (k > 0 && stack[k].end < m.end && SOFT.has(stack[k].kind)) k--;
      if (stack[k].end < m.end) continue;
      write(m.start);
      stack.length = k + 1;
    }
    const top = stack[stack.length - 1];
    write(m.start);
    const el = doc.createElement(m.tag);
    for (const [k, v] of Object.entries(m.attrs)) el.setAttribute(k, v);
    let quote = top.quote;
    if (m.tag === 'mark') {
      el.className = `sl-mark sl-${m.kind}`;
      el.dataset.kind = m.kind;
      el.title = m.label;
      if (m.kind === 'quote') {
        if (quote > 0) el.dataset.depth = String(Math.min(quote, 3));
        quote++;
      }
    }
    top.el.append(el);
    onElement?.(el, m);
    stack.push({ el, end: m.end, quote, kind: m.kind });
  }
  closeUntil(end);
  write(end);
}
