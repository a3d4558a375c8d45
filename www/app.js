// Wires the page: input → analysis (main thread or worker) → article, legend, sources, timeline,
// card; the links between them (hover, focus, click); sharing, export and the theme.
import { prepare, version } from './storylens.js';
import { KINDS, number, plural, renderArticle, renderProgressively } from './render.js';
import { Runner, WORKER_THRESHOLD } from './runner.js';
import { drawSources, speakerKey, tallySources } from './sources.js';
import { drawTimeline } from './timeline.js';
import { Card } from './card.js';
import { pastedText } from './clipboard.js';
import { MAX_FRAGMENT, downloadJSON, packFragment, unpackFragment } from './share.js';

const $ = (id) => document.getElementById(id);
const input = $('text');
const publishedInput = $('published');
const articleEl = $('article');
const statusEl = $('status');
const EXAMPLE = 'examples/china-us-military-talks.txt';
const LAYER_NAMES = {
  quote: 'Quotes', person: 'People', org: 'Organisations', place: 'Places', misc: 'Other names', time: 'Dates',
};
const narrow = matchMedia('(max-width: 50rem)');

const runner = new Runner();
const hidden = new Set();
let current = null; // {text, analysis, tally}
let index = emptyIndex();
let renderAbort = null;

/** What the tests and curious developers can read: the last analysis and how long it took. */
const page = { last: null, runs: 0 };
window.storylensPage = page;

// ---------------------------------------------------------------------------------------------
// data-active: several groups (hover, focus, pinned selection, timeline event) can each light up
// a set of elements; an element is active while any group holds it.

const active = {
  groups: new Map(),
  count: new Map(),
  set(group, elements) {
    for (const el of this.groups.get(group) ?? []) {
      const n = (this.count.get(el) ?? 1) - 1;
      if (n > 0) this.count.set(el, n);
      else { this.count.delete(el); el.removeAttribute('data-active'); }
    }
    const unique = [...new Set(elements.filter(Boolean))];
    for (const el of unique) {
      this.count.set(el, (this.count.get(el) ?? 0) + 1);
      el.setAttribute('data-active', '');
    }
    this.groups.set(group, unique);
  },
  clear() {
    for (const el of this.count.keys()) el.removeAttribute('data-active');
    this.groups.clear();
    this.count.clear();
  },
};

function emptyIndex() {
  return {
    marks: [], // every mark, in document order
    entity: new Map(), // entity id → marks
    quote: new Map(), // quote id → mark
    speaker: new Map(), // quote id → speaker spans
    cue: new Map(), // quote id → cue spans
    sentence: new Map(), // event index → sentence span
    roving: null, // the mark that currently has tabindex=0
  };
}

function push(map, key, el) {
  const list = map.get(key);
  if (list) list.push(el); else map.set(key, [el]);
}

function indexElement(el, span) {
  if (span.tag === 'mark') {
    el.tabIndex = -1;
    index.marks.push(el);
    if (!index.roving) { index.roving = el; el.tabIndex = 0; }
    if (span.kind === 'quote') index.quote.set(el.dataset.quote, el);
    else if (el.dataset.entity) push(index.entity, el.dataset.entity, el);
  } else if (span.kind === 'speaker' || span.kind === 'cue') {
    const map = index[span.kind];
    for (const id of el.getAttribute(`data-${span.kind}-of`).split(' ')) push(map, id, el);
  } else if (span.kind === 'sentence') {
    for (const i of el.dataset.events.split(' ')) index.sentence.set(Number(i), el);
  }
}

// ---------------------------------------------------------------------------------------------
// Analysis and drawing

function showError(message) {
  $('error').textContent = message;
}

function say(message) {
  statusEl.textContent = message;
}

function size(n) {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} million characters` : `${number(n)} characters`;
}

let seq = 0;

/** Analyses the textbox now. `t0` is when the user acted (a paste), for the timing. */
async function run({ t0 = performance.now() } = {}) {
  clearTimeout(typingTimer);
  const mine = ++seq;
  const tRun = performance.now();
  const text = prepare(articleText());
  const published = publishedInput.value;
  if (!text.trim()) {
    runner.cancelWorker();
    renderAbort?.abort();
    current = null;
    clearView();
    showError('');
    say('Paste an article above, or load the example, to see its highlights.');
    return;
  }
  const big = text.length > WORKER_THRESHOLD;
  if (big) say(`Analysing ${size(text.length)} in the background — you can keep reading and typing…`);
  let result;
  try {
    result = await runner.run(text, published ? { published } : {});
  } catch (err) {
    if (mine !== seq) return;
    renderAbort?.abort();
    current = null;
    clearView();
    say('');
    // the core counts in bytes: 16,000,000 reads better than 16000000
    const why = String(err?.message ?? err).replace(/^storylens: /, '').replace(/\d{5,}/g, (n) => number(Number(n)));
    // a held paste is in no box: say it is gone rather than point at an empty one
    const kept = held == null ? 'Your text is still in the box above.' : `The ${size(text.length)} pasted were not kept: paste them in smaller parts.`;
    release();
    showError(`Could not analyse this text: ${why}. ${kept}`);
    return;
  }
  if (!result || mine !== seq) return;
  showError('');
  const t1 = performance.now();
  try {
    const finished = await draw(text, result.analysis, big);
    if (!finished || mine !== seq) return;
  } catch (err) {
    showError(`Could not show the analysis: ${err?.message ?? err}. Your text is still in the box above.`);
    return;
  }
  const t2 = performance.now();
  const timings = { input: tRun - t0, analyze: result.ms, render: t2 - t1, total: t2 - t0, where: result.where, chars: text.length };
  page.last = { text, analysis: result.analysis, timings };
  page.runs++;
  // …and once the browser has painted them (the next frame, then the task after it)
  requestAnimationFrame(() => setTimeout(() => { timings.painted = performance.now() - t0; }, 0));
  const a = result.analysis;
  say(`Analysed ${size(text.length)} in ${Math.round(timings.total)} ms: ${plural(a.quotes.length, 'quote')}, ${plural(a.entities.length, 'name')}, ${plural(a.times.length, 'date')}.`);
  document.dispatchEvent(new CustomEvent('storylens:rendered', { detail: timings }));
}

function clearView() {
  articleEl.replaceChildren();
  active.clear();
  index = emptyIndex();
  card.close({ restoreFocus: false });
  for (const id of ['sources-list', 'timeline-list', 'timeline-axis', 'legend']) $(id).replaceChildren();
  for (const id of ['sources-count', 'timeline-count']) $(id).textContent = '';
  for (const id of ['sources-extra', 'timeline-anchor']) $(id).textContent = 'Nothing to show yet: paste an article above.';
}

/** Draws everything for `analysis`; resolves false if a newer draw interrupted it. */
async function draw(text, analysis, big) {
  renderAbort?.abort();
  const abort = new AbortController();
  renderAbort = abort;
  const tally = tallySources(analysis);
  current = { text, analysis, tally };
  const rowOf = new Map(tally.rows.map((r) => [r.key, r]));
  const entityColor = new Map(tally.rows.filter((r) => r.entity).map((r) => [r.entity, r.color]));
  const options = {
    colorOf: (q) => rowOf.get(speakerKey(q))?.color ?? null,
    entityColor: (id) => entityColor.get(id) ?? null,
    onElement: indexElement,
  };
  // A redraw replaces the marks, the legend and the panels' rows: whatever held the focus (or
  // opened the card) is gone, so find its successor afterwards rather than drop to <body>.
  const focused = keyOf(document.activeElement);
  const reopen = card.open ? { name: card.name.textContent, opener: keyOf(card.opener), focus: card.root.contains(document.activeElement) } : null;
  card.close({ restoreFocus: false });
  active.clear();
  index = emptyIndex();
  drawLegend(analysis);
  drawSources({ list: $('sources-list'), count: $('sources-count'), extra: $('sources-extra') }, tally, {
    onOpen: (entity, button) => openCard(entity, button),
    onHover: (row) => active.set('hover', row ? [
      ...(row.entity ? index.entity.get(row.entity) ?? [] : []),
      ...row.quotes.map((id) => index.quote.get(id)),
    ] : []),
  });
  drawTimeline({ list: $('timeline-list'), axis: $('timeline-axis'), count: $('timeline-count'), anchor: $('timeline-anchor') },
    text, analysis, { onHover: (i) => showEvent('event', i), onPick: pickEvent, width: () => axisWidth });
  articleEl.classList.toggle('big', big);
  if (!big) {
    renderArticle(articleEl, text, analysis, options);
  } else {
    articleEl.setAttribute('aria-busy', 'true');
    await new Promise((ok) => setTimeout(ok, 0)); // the panels' work and the article's in separate tasks
    if (abort.signal.aborted) return false;
    const done = await renderProgressively(articleEl, text, analysis, { ...options, signal: abort.signal });
    if (!done) return false;
    articleEl.setAttribute('aria-busy', 'false');
  }
  // by name: entity ids are positions in the analysis, so after an edit `e5` may be someone else
  const again = reopen && analysis.entities.find((e) => e.name === reopen.name);
  if (again) openCard(again.id, find(reopen.opener), { focus: reopen.focus });
  if (focused && (!document.activeElement || document.activeElement === document.body)) {
    const el = find(focused) ?? (focused.inArticle ? $('reading') : null);
    if (el) {
      if (el.matches('mark')) rove(el);
      el.focus({ preventScroll: true });
    }
  }
  return true;
}

/**
 * A selector for the element that will stand in for `el` after a redraw (the same mention, quote,
 * date, legend toggle, source or event), or null for elements a redraw keeps.
 */
function keyOf(el) {
  if (!el || !el.isConnected) return null;
  const inArticle = articleEl.contains(el) || $('legend').contains(el);
  const at = (selector, attr) => {
    const owner = el.closest(selector);
    const value = owner?.getAttribute(attr);
    return value != null ? `${selector}[${attr}="${CSS.escape(value)}"]` : null;
  };
  const row = (selector, attr) => {
    const owner = at(selector, attr);
    return owner && `${owner} button`;
  };
  let selector = null;
  if (articleEl.contains(el)) selector = at('mark', 'data-mention') ?? at('mark', 'data-quote') ?? at('mark', 'data-time');
  else if ($('legend').contains(el)) selector = at('#legend button', 'data-kind');
  else if ($('sources-list').contains(el)) selector = row('#sources-list li', 'data-key');
  else if ($('timeline-list').contains(el)) selector = row('#timeline-list li', 'data-event');
  else if (el.matches('#timeline .show-all')) selector = '#timeline .show-all';
  else return null;
  return { selector, inArticle };
}

function find(key) {
  return key?.selector ? document.querySelector(key.selector) : null;
}

function drawLegend(analysis) {
  const counts = { quote: analysis.quotes.length, time: analysis.times.length };
  for (const m of analysis.mentions) counts[m.kind] = (counts[m.kind] ?? 0) + 1;
  const legend = $('legend');
  legend.replaceChildren();
  for (const kind of KINDS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `toggle toggle-${kind}`;
    button.dataset.kind = kind;
    button.setAttribute('aria-pressed', String(!hidden.has(kind)));
    const sample = document.createElement('span');
    sample.className = `sample sl-mark sl-${kind}`;
    sample.setAttribute('aria-hidden', 'true');
    sample.textContent = 'Ab';
    const name = document.createElement('span');
    name.textContent = LAYER_NAMES[kind];
    const count = document.createElement('span');
    count.className = 'n';
    count.textContent = number(counts[kind] ?? 0);
    button.append(sample, name, ' ', count);
    button.addEventListener('click', () => {
      if (hidden.has(kind)) hidden.delete(kind); else hidden.add(kind);
      button.setAttribute('aria-pressed', String(!hidden.has(kind)));
      articleEl.classList.toggle(`hide-${kind}`, hidden.has(kind));
    });
    legend.append(button);
  }
}

// ---------------------------------------------------------------------------------------------
// Linking the article, the card, the sources and the timeline

function groupFor(mark) {
  if (!mark) return [];
  if (mark.dataset.kind === 'quote') {
    const id = mark.dataset.quote;
    return [mark, ...(index.speaker.get(id) ?? []), ...(index.cue.get(id) ?? [])];
  }
  if (mark.dataset.entity) return index.entity.get(mark.dataset.entity) ?? [mark];
  return [mark];
}

function sentenceEvents(el) {
  const s = el?.closest?.('.sl-sentence');
  return s ? s.dataset.events.split(' ').map(Number) : [];
}

function eventElements(i) {
  if (i == null) return [];
  return [
    index.sentence.get(i),
    document.querySelector(`#timeline-list li[data-event="${i}"]`),
    document.querySelector(`#timeline-axis g[data-event="${i}"]`),
  ];
}

function showEvent(group, i) {
  active.set(group, eventElements(i));
}

/** The event whose sentence a pick focused: Escape from that sentence goes back to it. */
let picked = null;

function pickEvent(i) {
  const sentence = index.sentence.get(i);
  showEvent('pin', i);
  if (!sentence) return;
  sentence.scrollIntoView({ block: 'center', behavior: smooth() });
  sentence.focus({ preventScroll: true });
  picked = i;
}

function smooth() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

function visible(mark) {
  return !hidden.has(mark.dataset.kind);
}

function rove(mark) {
  if (index.roving && index.roving !== mark) index.roving.tabIndex = -1;
  index.roving = mark;
  mark.tabIndex = 0;
}

/** What a click (or Enter) on a mark does. */
function activate(mark) {
  rove(mark);
  const kind = mark.dataset.kind;
  if (kind === 'quote') {
    selectQuote(mark.dataset.quote);
  } else if (mark.dataset.entity) {
    active.set('pin', groupFor(mark));
    openCard(mark.dataset.entity, mark);
  } else if (kind === 'time') {
    const events = sentenceEvents(mark);
    if (events.length) {
      active.set('pin', [mark, ...events.flatMap(eventElements)]);
      document.querySelector(`#timeline-list li[data-event="${events[0]}"]`)?.scrollIntoView({ block: 'nearest', behavior: smooth() });
    } else active.set('pin', [mark]);
  }
}

function selectQuote(id) {
  const q = current?.analysis.quotes.find((x) => x.id === id);
  const mark = index.quote.get(id);
  if (!q || !mark) return;
  active.set('pin', groupFor(mark));
  const who = q.speaker
    ? current.analysis.entities.find((e) => e.id === q.speaker.entity)?.name ?? q.speaker.text
    : null;
  say(who
    ? `${q.direct ? 'Quote' : 'Reported speech'} by ${who}${q.speaker.text !== who ? ` (“${q.speaker.text}”)` : ''}, cue “${q.cue?.text ?? '—'}”.`
    : 'A quote with no named speaker.');
}

function openCard(entity, opener, { focus = true } = {}) {
  if (!current) return;
  card.show(current.text, current.analysis, entity, opener, { focus });
}

function jumpToQuote(id) {
  const mark = index.quote.get(id);
  if (!mark) return;
  if (hidden.has('quote')) $('legend').querySelector('[data-kind="quote"]')?.click();
  if (narrow.matches) card.close({ restoreFocus: false });
  mark.scrollIntoView({ block: 'center', behavior: smooth() });
  rove(mark);
  mark.focus({ preventScroll: true });
  selectQuote(id);
}

const card = new Card($('card'), {
  onQuote: jumpToQuote,
  onClose: () => active.set('pin', []),
});

articleEl.addEventListener('pointerover', (e) => {
  const mark = e.target.closest('mark');
  active.set('hover', mark && visible(mark) ? groupFor(mark) : []);
  const events = sentenceEvents(e.target);
  active.set('event', events.flatMap(eventElements));
});
articleEl.addEventListener('pointerleave', () => {
  active.set('hover', []);
  active.set('event', []);
});
articleEl.addEventListener('focusin', (e) => {
  const mark = e.target.closest('mark');
  if (mark) rove(mark);
  active.set('focus', mark ? groupFor(mark) : []);
  active.set('event', sentenceEvents(e.target).flatMap(eventElements));
});
articleEl.addEventListener('focusout', () => {
  active.set('focus', []);
  active.set('event', []);
});
articleEl.addEventListener('click', (e) => {
  const mark = e.target.closest('mark');
  if (mark && visible(mark)) activate(mark);
  else active.set('pin', []);
});
articleEl.addEventListener('keydown', (e) => {
  const mark = e.target.closest?.('mark');
  if (!mark) return;
  const marks = index.marks;
  let next = null;
  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
    const step = e.key === 'ArrowRight' ? 1 : -1;
    for (let i = marks.indexOf(mark) + step; i >= 0 && i < marks.length; i += step) {
      if (visible(marks[i])) { next = marks[i]; break; }
    }
  } else if (e.key === 'Home') next = marks.find(visible);
  else if (e.key === 'End') next = marks.findLast(visible);
  else if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    activate(mark);
    return;
  } else return;
  e.preventDefault();
  if (next) {
    rove(next);
    next.focus();
  }
});
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  if (card.open) { card.close(); return; }
  active.set('pin', []);
  const sentence = document.activeElement?.closest?.('.sl-sentence');
  if (sentence && sentenceEvents(sentence).includes(picked)) {
    $('timeline-list').querySelector(`li[data-event="${picked}"] button`)?.focus();
  }
});

// ---------------------------------------------------------------------------------------------
// Input: typing, pasting, the buttons

let typingTimer = 0;
let pasteStart = null;

/**
 * A paste this long is held here instead of in the textbox: Chromium takes seconds to lay out a
 * textarea holding megabytes (3 s for 5 MB on a busy machine), and the page must not freeze.
 */
const HOLD_OVER = 500_000;
let held = null;
const placeholder = input.placeholder;

function articleText() {
  return held ?? input.value;
}

function hold(text) {
  held = text;
  input.value = '';
  input.placeholder = `${size(text.length)} pasted: too long to edit here, so this box stays empty and the article below shows the text. Paste or type here to replace it.`;
  input.classList.add('holding');
}

function release() {
  if (held == null) return;
  held = null;
  input.placeholder = placeholder;
  input.classList.remove('holding');
}

input.addEventListener('paste', (e) => {
  const text = pastedText(e.clipboardData);
  if (text == null) return; // let the browser do it
  e.preventDefault();
  pasteStart = performance.now();
  const whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
  if (text.length > HOLD_OVER && (whole || held != null)) {
    hold(text);
    run({ t0: pasteStart });
    pasteStart = null;
    return;
  }
  release();
  insertText(text);
});

/**
 * Inserts at the caret like a paste would. setRangeText, not execCommand('insertText'): the
 * latter keeps the paste undoable but costs 50–150 ms for a 4 KB article (it is most of the
 * paste→highlights time), this costs well under 1 ms.
 */
function insertText(text) {
  if (document.activeElement !== input) input.focus();
  input.setRangeText(text, input.selectionStart, input.selectionEnd, 'end');
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

input.addEventListener('input', (e) => {
  release();
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  clearTimeout(typingTimer);
  if (pasteStart != null || e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop') {
    const t0 = pasteStart ?? performance.now();
    pasteStart = null;
    run({ t0 });
    return;
  }
  typingTimer = setTimeout(run, input.value.length > WORKER_THRESHOLD ? 800 : 300);
});
publishedInput.addEventListener('change', () => run());
$('analyze').addEventListener('click', () => run());
$('example').addEventListener('click', () => loadExample());
$('export').addEventListener('click', () => {
  if (!current) { say('Nothing to export yet: paste an article first.'); return; }
  downloadJSON(document, current.text, current.analysis);
  say('The analysis was saved as a JSON file.');
});
$('share').addEventListener('click', async () => {
  const text = articleText();
  if (!text.trim()) { say('Nothing to share yet: paste an article first.'); return; }
  if (text.length > MAX_FRAGMENT) { say('This text is too long to travel in a link; use Export JSON instead.'); return; }
  const fragment = await packFragment(text, publishedInput.value);
  if (fragment.length > MAX_FRAGMENT) {
    say('This text is too long to travel in a link; use Export JSON instead.');
    return;
  }
  history.replaceState(null, '', `#${fragment}`);
  try {
    await navigator.clipboard.writeText(location.href);
    say('A link to this view was copied to the clipboard. The text travels inside the link itself.');
  } catch {
    say('The link to this view is now in the address bar: copy it from there.');
  }
});

async function loadExample() {
  try {
    const res = await fetch(EXAMPLE);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    release();
    input.value = text;
    publishedInput.value = '';
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    await run();
  } catch (err) {
    showError(`Could not load the example: ${err.message}`);
  }
}

/** Opens the text a shared link carries, if any; returns whether it did. */
async function loadFragment() {
  let shared;
  try {
    shared = await unpackFragment(location.hash);
  } catch (err) {
    showError(`Could not open this link: ${err.message}.`);
    return true;
  }
  if (!shared) return false;
  release();
  if (shared.text.length > HOLD_OVER) hold(shared.text); else input.value = shared.text;
  publishedInput.value = /^\d{4}-\d{2}-\d{2}$/.test(shared.published) ? shared.published : '';
  await run();
  return true;
}

window.addEventListener('hashchange', () => { loadFragment(); });

// ---------------------------------------------------------------------------------------------
// Theme and start-up

const themeSelect = $('theme');
function applyTheme(value) {
  if (value === 'light' || value === 'dark') document.documentElement.dataset.theme = value;
  else delete document.documentElement.dataset.theme;
}
try { themeSelect.value = localStorage.getItem('storylens-theme') ?? 'auto'; } catch { themeSelect.value = 'auto'; }
applyTheme(themeSelect.value);
themeSelect.addEventListener('change', () => {
  applyTheme(themeSelect.value);
  try { localStorage.setItem('storylens-theme', themeSelect.value); } catch { /* private mode */ }
});

let axisWidth = 0;
new ResizeObserver(([entry]) => {
  const width = Math.round(entry.contentRect.width);
  if (width === axisWidth) return;
  axisWidth = width;
  requestAnimationFrame(() => $('timeline-axis').redraw?.());
}).observe($('timeline-axis'));

(async () => {
  try {
    await runner.ready();
    $('version').textContent = await version();
  } catch (err) {
    showError(`Could not load the analyser: ${err?.message ?? err}. Reload the page to try again; your text is kept in the box.`);
    return;
  }
  if (!(await loadFragment())) await loadExample();
})();
