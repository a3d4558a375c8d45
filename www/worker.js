// Runs the analysis off the main thread, so a huge paste never freezes the page. In:
// `{id, text, options}`. Out: `{id, error}`, or the analysis in parts — `{id, part: 'head'}` with
// the lists empty, then `{id, part: <list name>, items}` in chunks, then `{id, part: 'end', ms}` —
// so the page unpacks a huge analysis a chunk per task instead of in one long freeze.
import { analyze } from './storylens.js';

const LISTS = ['paragraphs', 'sentences', 'mentions', 'entities', 'quotes', 'times', 'timeline'];
const CHUNK = 5_000;

self.addEventListener('message', async ({ data }) => {
  const { id, text, options } = data;
  try {
    const start = performance.now();
    const analysis = await analyze(text, options);
    const ms = performance.now() - start;
    const head = { ...analysis };
    for (const name of LISTS) head[name] = [];
    self.postMessage({ id, part: 'head', analysis: head });
    for (const name of LISTS) {
      const list = analysis[name] ?? [];
      for (let i = 0; i < list.length; i += CHUNK) self.postMessage({ id, part: name, items: list.slice(i, i + CHUNK) });
    }
    self.postMessage({ id, part: 'end', ms });
  } catch (err) {
    self.postMessage({ id, error: String(err?.message ?? err) });
  }
});
