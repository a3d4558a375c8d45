// Generates news-like articles for the benches: the same texts every run (a seeded generator),
// written by this script from its own word lists — no corpus text. Each article has a headline,
// a dateline, people with titles and roles, organisations, places, direct quotes in several
// mark styles, reported speech and dates.
//
//   node tools/articles.mjs [--count 60] [--seed 1] [--out DIR]   writes DIR/article-NN.txt
//   node tools/articles.mjs --big FILE [--big-mb 5]   also writes one document of that size
//   import { articles } from './articles.mjs'; articles({ count, seed }) → [string]

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FIRST = ['Maria', 'James', 'Li', 'Aisha', 'Tomás', 'Olga', 'Kwame', 'Priya', 'Daniel', 'Mei',
  'Hassan', 'Sofia', 'Jonas', 'Amara', 'Pierre', 'Yuki', 'Elena', 'Samuel', 'Fatima', 'Ivan'];
const LAST = ['Okafor', 'Lindqvist', 'Chen', 'Haddad', 'Moreno', 'Petrova', 'Mensah', 'Raman',
  'Becker', 'Zhang', 'Nasser', 'Rossi', 'Keller', 'Diallo', 'Laurent', 'Tanaka', 'Novak',
  'Adeyemi', 'Kowalski', 'Sato'];
const TITLES = ['President', 'Senator', 'Minister', 'General', 'Dr.', 'Mayor', 'Professor',
  'Governor', 'Ambassador', 'Judge'];
const ROLES = ['a spokeswoman for the ministry', 'an analyst at the institute',
  'the head of the regional council', 'a former trade negotiator', 'a senior economist',
  'the company’s chief executive', 'a lawyer for the families', 'a professor of history'];
const DESCRIPTORS = ['Veteran diplomat', 'Opposition leader', 'Defence analyst',
  'Union organiser', 'Energy researcher', 'Health official'];
const PLACES = ['Berlin', 'Nairobi', 'Lima', 'Jakarta', 'Toronto', 'Seoul', 'Madrid', 'Cairo',
  'Oslo', 'Manila', 'Warsaw', 'Accra', 'Brazil', 'Japan', 'Kenya', 'Canada', 'France', 'India'];
const ORGS = ['the World Health Organization', 'the European Union', 'the United Nations',
  'the Central Bank', 'the Ministry of Finance', 'the Red Cross', 'Reuters',
  'the International Monetary Fund', 'the Supreme Court', 'the National Assembly'];
const TOPICS = ['the budget', 'the trade deal', 'the flood defences', 'the new rail line',
  'the election', 'the vaccine rollout', 'the strike', 'the peace talks', 'the tax reform',
  'fishing quotas'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'noted', 'insisted', 'explained'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WHEN = () => [`on ${pick(WEEKDAYS)}`, `in ${pick(MONTHS)}`, 'last year', 'next week',
  `on ${pick(MONTHS)} ${1 + int(27)}`, `in ${2010 + int(15)}`, 'earlier this month',
  `at ${1 + int(11)}:${String(int(60)).padStart(2, '0')}${pick(['am', 'pm'])}`];
const CLAUSES = ['the plan would cost more than expected', 'talks would resume within days',
  'the figures were better than feared', 'nobody had been consulted',
  'the decision could not be reversed', 'more money was needed for schools',
  'the border would stay open', 'prices had risen sharply'];
const QUOTES = ['We are ready to work with anyone who wants a fair outcome',
  'This is not the end of the story', 'People deserve to know what happened',
  'It was a difficult week, but we have made real progress',
  'I don’t think anyone expected it to go this far',
  'Nobody should be surprised by these numbers', 'We will keep pushing until it is done',
  'The evidence speaks for itself', 'Our doors remain open'];
const FILLER = ['The decision follows months of negotiations.',
  'Officials have not released the full report.',
  'Critics say the process has been rushed.',
  'The measure passed by a narrow margin.',
  'Markets reacted calmly to the news.',
  'Several groups have called for an independent review.',
  'The proposal will be debated again in the autumn.'];

let state = 1;
function rand() {
  // xorshift32: deterministic, good enough for text.
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state / 4294967296;
}
const int = (n) => Math.floor(rand() * n);
const pick = (list) => list[int(list.length)];

function person() {
  return { first: pick(FIRST), last: pick(LAST), title: pick(TITLES), role: pick(ROLES) };
}

function quoteMarks(text) {
  switch (int(5)) {
    case 0: return `"${text}`;
    case 1: return `‘${text}`;
    default: return `“${text}`;
  }
}

function closeMark(open) {
  return open === '"' ? '"' : open === '‘' ? '’' : '”';
}

function directQuote(p, full) {
  const q = pick(QUOTES);
  const marked = quoteMarks(q);
  const open = marked[0];
  const close = closeMark(open);
  const name = full ? `${p.first} ${p.last}` : p.last;
  switch (int(4)) {
    case 0: return `${marked},${close} ${name} ${pick(VERBS)}.`;
    case 1: return `${marked},${close} said ${name}, ${p.role}.`;
    case 2: return `${name} ${pick(VERBS)}: ${marked}.${close}`;
    default: return `${marked},${close} ${pick(['he', 'she'])} said ${pick(WHEN())}.`;
  }
}

function reported(p) {
  switch (int(3)) {
    case 0: return `${p.last} said ${pick(WHEN())} that ${pick(CLAUSES)}.`;
    case 1: return `${capitalise(pick(CLAUSES))}, ${p.last} said.`;
    default: return `According to ${pick(ORGS)}, ${pick(CLAUSES)}.`;
  }
}

function capitalise(s) {
  return s[0].toUpperCase() + s.slice(1);
}

function article() {
  const year = 2012 + int(12);
  const month = int(12);
  const day = 1 + int(27);
  const place = pick(PLACES);
  const topic = pick(TOPICS);
  const people = [person(), person(), person()];
  const lines = [];
  lines.push(pick(['World', 'Business', 'Politics', 'Science']));
  lines.push(`${capitalise(topic)} divides ${place} as ${pick(ORGS).replace(/^the /, '')} weighs in`);
  lines.push(`PUBLISHED : ${pick(WEEKDAYS)}, ${day} ${MONTHS[month]}, ${year}, ${1 + int(11)}:${String(int(60)).padStart(2, '0')}pm`);
  const paras = [];
  const [a, b, c] = people;
  paras.push(`${place.toUpperCase()} (Reuters) - ${a.title} ${a.first} ${a.last} ${pick(WHEN())} defended ${topic}, as ${pick(ORGS)} and ${pick(ORGS)} met in ${pick(PLACES)}.`);
  paras.push(directQuote(a, false));
  paras.push(`${pick(DESCRIPTORS)} ${b.first} ${b.last}, ${b.role}, disagreed. ${directQuote(b, false)}`);
  paras.push(reported(a) + ' ' + pick(FILLER));
  const n = 8 + int(12);
  for (let i = 0; i < n; i++) {
    const who = pick(people);
    switch (int(5)) {
      case 0: paras.push(directQuote(who, int(2) === 0)); break;
      case 1: paras.push(reported(who)); break;
      case 2: paras.push(`${pick(FILLER)} ${capitalise(pick(WHEN()))}, ${pick(ORGS)} in ${pick(PLACES)} said ${pick(CLAUSES)}.`); break;
      case 3: paras.push(`${c.first} ${c.last} of ${pick(ORGS)} said ${topic} ${pick(['was', 'is'])} “${pick(['a turning point', 'overdue', 'a mistake', 'unfinished business'])}”. ${pick(FILLER)}`); break;
      default: paras.push(`${pick(FILLER)} ${pick(FILLER)}`);
    }
  }
  paras.push(`Additional reporting by ${pick(FIRST)} ${pick(LAST)}`);
  return [...lines, ...paras].join('\n\n') + '\n';
}

/** `count` articles from `seed`; the same arguments give the same texts. */
export function articles({ count = 60, seed = 1 } = {}) {
  state = seed >>> 0 || 1;
  return Array.from({ length: count }, article);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const arg = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const list = articles({ count: Number(arg('--count', 60)), seed: Number(arg('--seed', 1)) });
  const out = arg('--out', null);
  if (out) {
    mkdirSync(out, { recursive: true });
    list.forEach((t, i) => writeFileSync(join(out, `article-${String(i).padStart(2, '0')}.txt`), t));
    const bytes = list.reduce((s, t) => s + Buffer.byteLength(t), 0);
    console.log(`${list.length} articles, ${(bytes / 1024).toFixed(0)} KB, in ${out}`);
  }
  const big = arg('--big', null);
  if (big) {
    const target = Number(arg('--big-mb', 5)) * 1e6;
    const parts = [];
    for (let n = 0, i = 0; n < target; i++) {
      const t = list[i % list.length];
      n += Buffer.byteLength(t) + 2;
      if (n <= target) parts.push(t);
      else break;
    }
    mkdirSync(dirname(big), { recursive: true });
    writeFileSync(big, parts.join('\n\n'));
    console.log(`one document of ${parts.length} articles, ${(Buffer.byteLength(parts.join('\n\n')) / 1e6).toFixed(2)} MB, in ${big}`);
  }
  if (!out && !big) process.stdout.write(list.join('\n\n'));
}
