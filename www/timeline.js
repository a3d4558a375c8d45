// The Timeline panel: an ordered list of events, each a <time datetime> and its sentence, and
// above it a decorative SVG time axis (aria-hidden; the list carries the information).
import { number, plural } from './render.js';

const SVG = 'http://www.w3.org/2000/svg';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** TIMEX3 parts of a day: the hour they start and their name. */
const DAY_PARTS = { MO: [6, 'morning'], AF: [12, 'afternoon'], EV: [18, 'evening'], NI: [21, 'night'] };
/** TIMEX3 parts of a year: first month (0-based), length in months, name. */
const PERIODS = {
  Q1: [0, 3, 'Q1'], Q2: [3, 3, 'Q2'], Q3: [6, 3, 'Q3'], Q4: [9, 3, 'Q4'],
  H1: [0, 6, 'First half of'], H2: [6, 6, 'Second half of'],
  SP: [2, 3, 'Spring'], SU: [5, 3, 'Summer'], FA: [8, 3, 'Autumn'], WI: [0, 2, 'Winter'],
};

/**
 * A TIMEX3 value as `{start, end, label, datetime}` (ms since epoch, UTC), or null when it is not
 * a point or period on the calendar (`PRESENT_REF`, `XXXX-11-30`, `P3D`).
 */
export function parseValue(value) {
  let m;
  const utc = Date.UTC;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value))) {
    const [y, mo, d, h, mi] = m.slice(1).map(Number);
    const start = utc(y, mo - 1, d, h, mi);
    const day = new Date(start).getUTCDay();
    return { start, end: start + 60_000, datetime: value.slice(0, 16), label: `${DAYS[day]} ${d} ${MONTHS[mo - 1]} ${y}, ${m[4]}:${m[5]}` };
  }
  // A part of a day (`2025-02-10TEV`: on Monday evening).
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI)$/.exec(value))) {
    const [y, mo, d] = m.slice(1, 4).map(Number);
    const day = utc(y, mo - 1, d);
    const [hour, name] = DAY_PARTS[m[4]];
    return { start: day + hour * 3_600_000, end: day + 86_400_000, datetime: value.slice(0, 10), label: `${DAYS[new Date(day).getUTCDay()]} ${d} ${MONTHS[mo - 1]} ${y}, ${name}` };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const [y, mo, d] = m.slice(1).map(Number);
    const start = utc(y, mo - 1, d);
    return { start, end: start + 86_400_000, datetime: value, label: `${DAYS[new Date(start).getUTCDay()]} ${d} ${MONTHS[mo - 1]} ${y}` };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const [y, w] = m.slice(1).map(Number);
    const jan4 = utc(y, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    const start = monday + (w - 1) * 7 * 86_400_000;
    return { start, end: start + 7 * 86_400_000, datetime: value, label: `Week ${w}, ${y}` };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [y, mo] = m.slice(1).map(Number);
    return { start: utc(y, mo - 1, 1), end: utc(y, mo, 1), datetime: value, label: `${MONTHS[mo - 1]} ${y}` };
  }
  // Quarters, halves and seasons (`2025-Q3`, `2025-H1`, `2025-SU`), decades (`199`: the 1990s).
  if ((m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value))) {
    const y = Number(m[1]);
    const [from, months, name] = PERIODS[m[2]];
    return { start: utc(y, from, 1), end: utc(y, from + months, 1), datetime: m[1], label: `${name} ${y}` };
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    const y = Number(m[1]) * 10;
    return { start: utc(y, 0, 1), end: utc(y + 10, 0, 1), datetime: value, label: `${y}s` };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    const y = Number(m[1]);
    return { start: utc(y, 0, 1), end: utc(y + 1, 0, 1), datetime: value, label: String(y) };
  }
  return null;
}

function svg(doc, name, attrs = {}) {
  const el = doc.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Tick positions and labels for the range [lo, hi] (ms). */
function ticks(lo, hi) {
  const day = 86_400_000;
  const span = hi - lo;
  const out = [];
  const d = new Date(lo);
  if (span > 3 * 365 * day) {
    const step = Math.ceil(span / (6 * 365 * day));
    for (let y = d.getUTCFullYear(); Date.UTC(y, 0, 1) <= hi; y += step) {
      const t = Date.UTC(y, 0, 1);
      if (t >= lo) out.push([t, String(y)]);
    }
  } else if (span > 60 * day) {
    const months = span / (30 * day);
    const step = months > 24 ? 6 : months > 10 ? 3 : 1;
    for (let y = d.getUTCFullYear(), mo = d.getUTCMonth(); Date.UTC(y, mo, 1) <= hi; mo += step) {
      const t = Date.UTC(y, mo, 1);
      const at = new Date(t);
      if (t >= lo) out.push([t, at.getUTCMonth() === 0 || !out.length ? `${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}` : MONTHS[at.getUTCMonth()]]);
    }
  } else {
    const days = span / day;
    const step = days > 30 ? 7 : days > 12 ? 3 : 1;
    for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()); t <= hi; t += step * day) {
      const at = new Date(t);
      if (t >= lo) out.push([t, `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]}`]);
    }
  }
  return out;
}

/**
 * Draws the events of `analysis.timeline`. `hooks.onHover(index|null)` while an event is under
 * the pointer or focused, `hooks.onPick(index)` when one is pressed.
 */
export function drawTimeline(parts, text, analysis, hooks = {}, limit = 200) {
  const { list, axis, count, anchor } = parts;
  const doc = list.ownerDocument;
  list.replaceChildren();
  axis.replaceChildren();
  list.parentElement.querySelector('.show-all')?.remove();
  // A list of thousands of events helps nobody and costs a long task: show the first ones.
  const events = analysis.timeline.slice(0, limit);
  const total = analysis.timeline.length;
  count.textContent = total ? `(${number(total)})` : '';
  const published = analysis.article.published ? parseValue(analysis.article.published) : null;
  // Without a year (no dateline, or one like "March 3" with none), "on Wednesday" and "May 30"
  // stay unplaced (their values hold X): say so, and how to place them.
  const unplaced = (analysis.times ?? [])
    .filter((t) => (t.kind === 'date' || t.kind === 'time') && /^X/.test(t.value ?? '')).length;
  anchor.textContent = published
    ? `Dates are read against the publication date, ${published.label}.`
    : unplaced
      ? `${plural(unplaced, 'date')} could not be placed: the article gives no year. Set its publication date above to place ${unplaced === 1 ? 'it' : 'them'}.`
      : total ? '' : 'No dated events found. If the article has no dateline, set its publication date above so “on Wednesday” can be placed.';
  const items = [];
  events.forEach((ev, i) => {
    const parsed = parseValue(ev.value);
    const li = doc.createElement('li');
    li.className = 'event';
    li.dataset.event = String(i);
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'event-button';
    const time = doc.createElement('time');
    time.dateTime = parsed?.datetime ?? ev.value;
    time.textContent = parsed?.label ?? ev.value;
    const sentence = doc.createElement('span');
    sentence.className = 'event-text';
    sentence.textContent = ev.sentence ? text.slice(ev.sentence.start, ev.sentence.end) : '';
    button.append(time, sentence);
    button.addEventListener('click', () => hooks.onPick?.(i));
    li.append(button);
    li.addEventListener('pointerenter', () => hooks.onHover?.(i));
    li.addEventListener('pointerleave', () => hooks.onHover?.(null));
    button.addEventListener('focus', () => hooks.onHover?.(i));
    button.addEventListener('blur', () => hooks.onHover?.(null));
    list.append(li);
    if (parsed) items.push({ i, parsed });
  });
  drawAxis(axis, items, hooks);
  if (total > events.length) {
    const more = doc.createElement('button');
    more.type = 'button';
    more.className = 'show-all';
    more.textContent = `Show all ${number(total)} events`;
    more.addEventListener('click', () => {
      drawTimeline(parts, text, analysis, hooks, Infinity);
      list.querySelector(`li[data-event="${limit}"] button`)?.focus();
    });
    list.after(more);
  }
}

/**
 * How the axis draws events: dot radius, lane height, least gap between dots in a lane, lanes,
 * the first lane's height over the axis and the axis's distance from the top.
 */
const NUMBERED = { r: 6.5, step: 15, gap: 15, lanes: 5, lift: 11, top: 32 };
const DENSE = { r: 2.5, step: 6, gap: 6, lanes: 10, lift: 6, top: 17 };

/**
 * Stacks events that would touch: each takes the lowest lane whose last dot is far enough left;
 * when every lane is taken it goes in the top one, over its neighbours.
 */
function stack(points, { gap, lanes }) {
  const laneEnds = [];
  return points.map((p) => {
    let lane = laneEnds.findIndex((end) => end <= p.cx - gap);
    const crowded = lane < 0 && laneEnds.length === lanes;
    if (lane < 0) lane = crowded ? lanes - 1 : laneEnds.length;
    laneEnds[lane] = p.cx;
    return { ...p, lane, crowded };
  });
}

/** Redraws the axis at the container's current width (call on resize). */
function drawAxis(axis, items, hooks) {
  // Set first: a resize after an analysis with no events must not bring back the last ones.
  axis.redraw = () => drawAxis(axis, items, hooks);
  axis.replaceChildren();
  axis.hidden = items.length === 0;
  if (!items.length) return;
  const doc = axis.ownerDocument;
  // the width the page measured last (ResizeObserver), to avoid forcing a layout here
  const width = Math.max(200, Math.round(hooks.width?.() || axis.clientWidth || 300));
  const pad = 14;
  let lo = Math.min(...items.map((x) => x.parsed.start));
  let hi = Math.max(...items.map((x) => x.parsed.end));
  const margin = Math.max((hi - lo) * 0.04, 43_200_000);
  lo -= margin;
  hi += margin;
  const x = (t) => pad + ((t - lo) / (hi - lo)) * (width - 2 * pad);
  const points = items
    .map(({ i, parsed }) => ({ i, parsed, cx: Math.round(x((parsed.start + parsed.end) / 2)), x0: x(parsed.start), x1: x(parsed.end) }))
    .sort((a, b) => a.cx - b.cx || a.i - b.i);
  // Numbered dots while they fit (two digits, a few lanes); past that a number per dot is
  // unreadable and the stacks grow taller than the panel, so every event becomes a small dot
  // in a few lanes (the list below still numbers them all).
  let look = NUMBERED;
  let placed = stack(points, look);
  if (items.length > 99 || placed.some((p) => p.crowded)) {
    look = DENSE;
    placed = stack(points, look);
  }
  const maxLane = Math.max(...placed.map((p) => p.lane));
  const baseY = look.top + maxLane * look.step;
  const height = baseY + 26;
  const root = svg(doc, 'svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: `axis-svg${look === DENSE ? ' axis-dense' : ''}`, 'aria-hidden': 'true', focusable: 'false' });
  root.append(svg(doc, 'line', { x1: pad, x2: width - pad, y1: baseY, y2: baseY, class: 'axis-line' }));
  let lastLabelEnd = -Infinity;
  for (const [t, label] of ticks(lo, hi)) {
    const tx = x(t);
    root.append(svg(doc, 'line', { x1: tx, x2: tx, y1: baseY, y2: baseY + 5, class: 'axis-tick' }));
    const approx = label.length * 6.2;
    if (tx - approx / 2 > lastLabelEnd + 4 && tx + approx / 2 < width) {
      const text = svg(doc, 'text', { x: tx, y: baseY + 18, class: 'axis-label', 'text-anchor': 'middle' });
      text.textContent = label;
      root.append(text);
      lastLabelEnd = tx + approx / 2;
    }
  }
  // stems and periods first, then the dots over them, so no line crosses a number
  const under = svg(doc, 'g');
  const over = svg(doc, 'g');
  root.append(under, over);
  for (const p of placed) {
    const cy = baseY - look.lift - p.lane * look.step;
    const g = svg(doc, 'g', { class: 'axis-event', 'data-event': p.i });
    if (p.x1 - p.x0 > 8) under.append(svg(doc, 'rect', { x: p.x0, y: baseY - 3, width: p.x1 - p.x0, height: 6, rx: 2, class: 'axis-period' }));
    if (p.lane === 0) under.append(svg(doc, 'line', { x1: p.cx, x2: p.cx, y1: cy, y2: baseY, class: 'axis-stem' }));
    g.append(svg(doc, 'circle', { cx: p.cx, cy, r: look.r, class: 'axis-dot' }));
    if (look === NUMBERED) {
      const num = svg(doc, 'text', { x: p.cx, y: cy + 3.2, class: 'axis-num', 'text-anchor': 'middle' });
      num.textContent = String(p.i + 1);
      g.append(num);
    }
    g.addEventListener('pointerenter', () => hooks.onHover?.(p.i));
    g.addEventListener('pointerleave', () => hooks.onHover?.(null));
    g.addEventListener('click', () => hooks.onPick?.(p.i));
    over.append(g);
  }
  axis.append(root);
}
