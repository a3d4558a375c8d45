// Lays out an analysed article as DOM: paragraphs with nested <mark>s for quotes, names and
// dates. Article text is only ever inserted as text nodes.

/** Every highlight of the analysis, as {start, end, kind, attrs} in UTF-16 offsets. */
export function highlights(analysis) {
  const marks = [];
  const speakerOf = (q) => q.speaker?.entity ?? '';
  for (const q of analysis.quotes) {
    marks.push({
      start: q.start, end: q.end, kind: 'quote',
      attrs: { 'data-quote': q.id, 'data-speaker': speakerOf(q), 'data-direct': String(q.direct) },
      label: q.speaker ? `quote, ${q.direct ? '' : 'reported, '}said by ${q.speaker.text}` : 'quote, no speaker named',
    });
  }
  const entityKind = new Map(analysis.entities.map((e) => [e.id, e]));
  for (const m of analysis.mentions) {
    const e = entityKind.get(m.entity);
    marks.push({
      start: m.start, end: m.end, kind: m.kind,
      attrs: { 'data-entity': m.entity ?? '', 'data-mention': m.id },
      label: `${m.kind}${e && e.name !== m.text ? `: ${e.name}` : ''}`,
    });
  }
  for (const t of analysis.times) {
    marks.push({
      start: t.start, end: t.end, kind: 'time',
      attrs: { 'data-time': t.id, 'data-value': t.value },
      label: `${t.kind} ${t.value}`,
    });
  }
  // Outer spans first; a span that would cross an open one is dropped rather than broken.
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  return marks;
}

const BLOCK = {
  title: 'h2', section: 'p', standfirst: 'p', dateline: 'p', byline: 'p', credit: 'p',
  related: 'p', heading: 'h3',
};

/**
 * Renders `text` with its `analysis` into `container` (emptied first). Returns the list of
 * created mark elements.
 */
export function renderArticle(container, text, analysis, { hidden = new Set() } = {}) {
  const doc = container.ownerDocument;
  container.replaceChildren();
  const marks = highlights(analysis).filter((m) => !hidden.has(m.kind));
  const asides = new Map(analysis.article.asides.map((a) => [a.start, a]));
  const title = analysis.article.title;
  const created = [];
  let mi = 0;
  for (const para of analysis.paragraphs) {
    const aside = asides.get(para.start);
    const isTitle = title && title.start === para.start;
    const kind = isTitle ? 'title' : aside && aside.end === para.end ? aside.kind : 'body';
    const block = doc.createElement(BLOCK[kind] ?? 'p');
    block.className = `sl-block sl-${kind}`;
    block.dataset.start = para.start;
    while (mi < marks.length && marks[mi].end <= para.start) mi++;
    const inside = [];
    for (let k = mi; k < marks.length && marks[k].start < para.end; k++) {
      if (marks[k].start >= para.start && marks[k].end <= para.end) inside.push(marks[k]);
    }
    fill(block, text, para.start, para.end, inside, created);
    container.append(block);
  }
  return created;
}

/** Appends text[start, end) to `parent` with the given (sorted, nested) marks. */
function fill(parent, text, start, end, marks, created) {
  const doc = parent.ownerDocument;
  const stack = [{ el: parent, end }];
  let cursor = start;
  const closeUntil = (pos) => {
    while (stack.length > 1 && stack[stack.length - 1].end <= pos) {
      const top = stack.pop();
      if (cursor < top.end) {
        top.el.append(doc.createTextNode(text.slice(cursor, top.end)));
        cursor = top.end;
      }
    }
  };
  for (const m of marks) {
    closeUntil(m.start);
    const top = stack[stack.length - 1];
    if (m.start < cursor || m.end > top.end) continue; // would cross: skip it
    if (cursor < m.start) top.el.append(doc.createTextNode(text.slice(cursor, m.start)));
    cursor = m.start;
    const el = doc.createElement('mark');
    el.className = `sl-mark sl-${m.kind}`;
    el.dataset.kind = m.kind;
    for (const [k, v] of Object.entries(m.attrs)) el.setAttribute(k, v);
    el.title = m.label;
    top.el.append(el);
    created.push(el);
    stack.push({ el, end: m.end });
  }
  closeUntil(end);
  if (cursor < end) parent.append(doc.createTextNode(text.slice(cursor, end)));
}
