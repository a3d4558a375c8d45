// Wires the page: input → analysis → article, legend, sources and timeline.
import { analyze, prepare } from './storylens.js';
import { renderArticle } from './render.js';

const $ = (id) => document.getElementById(id);
const input = $('text');
const LAYERS = [
  ['quote', 'Quotes'], ['person', 'People'], ['org', 'Organisations'], ['place', 'Places'],
  ['misc', 'Other names'], ['time', 'Dates'],
];
const hidden = new Set();
let current = null;

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = !message;
}

async function run() {
  const text = prepare(input.value);
  try {
    const analysis = await analyze(text);
    current = { text, analysis };
    showError('');
    draw();
  } catch (err) {
    showError(`Could not analyse this text: ${err?.message ?? err}`);
  }
}

function draw() {
  if (!current) return;
  const { text, analysis } = current;
  renderArticle($('article'), text, analysis, { hidden });
  drawLegend(analysis);
  drawSources(analysis);
  drawTimeline(text, analysis);
}

function drawLegend(analysis) {
  const counts = { quote: analysis.quotes.length, time: analysis.times.length };
  for (const m of analysis.mentions) counts[m.kind] = (counts[m.kind] ?? 0) + 1;
  const legend = $('legend');
  legend.replaceChildren();
  for (const [kind, name] of LAYERS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `toggle sl-${kind}`;
    button.dataset.kind = kind;
    button.setAttribute('aria-pressed', String(!hidden.has(kind)));
    button.textContent = `${name} ${counts[kind] ?? 0}`;
    button.addEventListener('click', () => {
      if (hidden.has(kind)) hidden.delete(kind); else hidden.add(kind);
      draw();
    });
    legend.append(button);
  }
}

function drawSources(analysis) {
  const byEntity = new Map();
  for (const q of analysis.quotes) {
    if (!q.speaker) continue;
    const key = q.speaker.entity ?? `text:${q.speaker.text.toLowerCase()}`;
    const entity = analysis.entities.find((e) => e.id === q.speaker.entity);
    const row = byEntity.get(key) ?? { name: entity?.name ?? q.speaker.text, direct: 0, reported: 0, words: 0 };
    row[q.direct ? 'direct' : 'reported']++;
    row.words += q.text.split(/\s+/).filter(Boolean).length;
    byEntity.set(key, row);
  }
  const rows = [...byEntity.values()].sort((a, b) => b.words - a.words);
  const list = $('sources-list');
  list.replaceChildren();
  for (const r of rows) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'source-name';
    name.textContent = r.name;
    const stats = document.createElement('span');
    stats.className = 'source-stats';
    stats.textContent = `${r.direct} direct, ${r.reported} reported · ${r.words} words`;
    li.append(name, stats);
    list.append(li);
  }
}

function drawTimeline(text, analysis) {
  const list = $('timeline-list');
  list.replaceChildren();
  for (const ev of analysis.timeline) {
    const li = document.createElement('li');
    const time = document.createElement('time');
    time.dateTime = ev.value;
    time.textContent = ev.value;
    const sentence = document.createElement('span');
    sentence.textContent = text.slice(ev.sentence.start, ev.sentence.end);
    li.append(time, ' ', sentence);
    list.append(li);
  }
}

let timer = 0;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 250);
});
$('analyze').addEventListener('click', run);
$('example').addEventListener('click', loadExample);

async function loadExample() {
  const res = await fetch('examples/china-us-military-talks.txt');
  input.value = await res.text();
  await run();
}

loadExample().catch((err) => showError(`Could not load the example: ${err.message}`));
