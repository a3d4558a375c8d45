// The Sources panel: everyone quoted, with their number of quotes, words quoted, direct vs
// reported, and their share of voice as a small bar chart plus the numbers.
import { number, plural } from './render.js';

/** Number of distinct speaker colours (see style.css, --s0 … --s7). */
export const PALETTE_SIZE = 8;

const words = (s) => (s.match(/[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** The key that groups a quote's speaker: its entity, or the local words when unresolved. */
export function speakerKey(q) {
  if (!q.speaker) return null;
  return q.speaker.entity ?? `text:${q.speaker.text.toLowerCase()}`;
}

/**
 * Everyone quoted, most words first: `{key, entity, name, quotes: [ids], direct, reported,
 * words, share, color}`; plus the ids of quotes without a speaker.
 */
export function tallySources(analysis) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const rows = new Map();
  const unattributed = [];
  for (const q of analysis.quotes) {
    const key = speakerKey(q);
    if (!key) { unattributed.push(q.id); continue; }
    const entity = q.speaker.entity ? entities.get(q.speaker.entity) : null;
    let row = rows.get(key);
    if (!row) {
      row = { key, entity: entity?.id ?? null, kind: entity?.kind ?? null, name: entity?.name ?? q.speaker.text, quotes: [], direct: 0, reported: 0, words: 0, directWords: 0 };
      rows.set(key, row);
    }
    row.quotes.push(q.id);
    const n = words(q.text);
    row.words += n;
    if (q.direct) { row.direct++; row.directWords += n; } else row.reported++;
  }
  const list = [...rows.values()].sort((a, b) => b.words - a.words || b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
  const total = list.reduce((n, r) => n + r.words, 0);
  list.forEach((r, i) => {
    r.share = total ? r.words / total : 0;
    r.color = i < PALETTE_SIZE ? i : null; // the biggest voices get distinct colours
  });
  return { rows: list, unattributed, totalWords: total };
}

/**
 * Draws the tally into the panel. `onOpen(entityId, button)` is called when a named source is
 * pressed; `onHover(row|null)` while the pointer or focus is on a row.
 */
export function drawSources({ list, count, extra }, tally, { onOpen, onHover } = {}) {
  const doc = list.ownerDocument;
  list.replaceChildren();
  count.textContent = tally.rows.length ? `(${number(tally.rows.length)})` : '';
  // bars are scaled to the biggest voice, so the chart uses its width; the % is the real share
  const top = tally.rows[0]?.share || 1;
  for (const r of tally.rows) {
    const li = doc.createElement('li');
    li.className = 'source';
    li.dataset.key = r.key;
    if (r.entity) li.dataset.entity = r.entity;
    if (r.color != null) li.dataset.color = String(r.color);

    const head = doc.createElement('div');
    head.className = 'source-head';
    const swatch = doc.createElement('span');
    swatch.className = 'swatch';
    swatch.setAttribute('aria-hidden', 'true');
    let name;
    if (r.entity) {
      name = doc.createElement('button');
      name.type = 'button';
      name.className = 'source-name linkish';
      name.addEventListener('click', () => onOpen?.(r.entity, name));
    } else {
      name = doc.createElement('span');
      name.className = 'source-name';
    }
    name.textContent = r.name;
    const pct = doc.createElement('span');
    pct.className = 'source-share';
    pct.textContent = `${Math.round(r.share * 100)}%`;
    head.append(swatch, name, pct);

    const bar = doc.createElement('div');
    bar.className = 'bar';
    bar.setAttribute('aria-hidden', 'true');
    const direct = doc.createElement('span');
    direct.className = 'bar-direct';
    direct.style.width = `${(r.words ? (r.directWords / r.words) * (r.share / top) : 0) * 100}%`;
    const reported = doc.createElement('span');
    reported.className = 'bar-reported';
    reported.style.width = `${(r.words ? ((r.words - r.directWords) / r.words) * (r.share / top) : 0) * 100}%`;
    bar.append(direct, reported);

    const stats = doc.createElement('p');
    stats.className = 'source-stats';
    const parts = [plural(r.quotes.length, 'quote'), plural(r.words, 'word')];
    const mix = [];
    if (r.direct) mix.push(`${number(r.direct)} direct`);
    if (r.reported) mix.push(`${number(r.reported)} reported`);
    stats.textContent = `${parts.join(' · ')} (${mix.join(', ')})${r.entity ? '' : ' · not resolved to a name'}`;

    li.append(head, bar, stats);
    li.addEventListener('pointerenter', () => onHover?.(r));
    li.addEventListener('pointerleave', () => onHover?.(null));
    li.addEventListener('focusin', () => onHover?.(r));
    li.addEventListener('focusout', () => onHover?.(null));
    list.append(li);
  }
  const notes = [];
  if (!tally.rows.length) notes.push('Nobody is quoted in this text.');
  const grey = tally.rows.length - PALETTE_SIZE;
  if (grey > 0) notes.push(`The ${PALETTE_SIZE} biggest voices each have their own colour; the other ${grey} ${grey === 1 ? 'is' : 'are'} grey.`);
  if (tally.unattributed.length) notes.push(`${plural(tally.unattributed.length, 'quote')} with no named speaker (a title, a scare quote or an unattributed phrase).`);
  extra.textContent = notes.join(' ');
}
