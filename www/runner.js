// Runs analyses for the page: small texts on the main thread (fastest: no copying), large ones in
// a Web Worker so typing, scrolling and clicking stay smooth. A newer request supersedes an older
// one: its result is dropped, and a busy worker is replaced rather than waited for.
import { analyze, load } from './storylens.js';

/** Texts longer than this (UTF-16 code units) go to the worker. */
export const WORKER_THRESHOLD = 20_000;

export class Runner {
  constructor({ threshold = WORKER_THRESHOLD } = {}) {
    this.threshold = threshold;
    this.worker = null;
    this.busy = null; // {id, resolve, reject} of the request the worker is working on
    this.seq = 0;
    this.workerBroken = false;
  }

  /** Loads the core on the main thread (the worker loads its own copy when first needed). */
  ready() {
    return load();
  }

  /**
   * Analyses `text`; resolves `{analysis, ms, where}` or null when a newer request superseded
   * this one; rejects with an Error carrying a readable message.
   */
  async run(text, options = {}) {
    const id = ++this.seq;
    this.cancelWorker();
    if (text.length > this.threshold && !this.workerBroken) {
      try {
        return await this.inWorker(id, text, options);
      } catch (err) {
        if (!err?.workerFailed) throw err;
        this.workerBroken = true; // e.g. a host that forbids workers: fall back to the main thread
      }
    }
    const start = performance.now();
    const analysis = await analyze(text, options);
    if (id !== this.seq) return null;
    return { analysis, ms: performance.now() - start, where: 'main thread' };
  }

  inWorker(id, text, options) {
    if (!this.worker) {
      try {
        this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
      } catch (cause) {
        const err = new Error(`no analysis worker: ${cause?.message ?? cause}`);
        err.workerFailed = true;
        return Promise.reject(err);
      }
      this.worker.addEventListener('message', ({ data }) => {
        const job = this.busy;
        if (!job || job.id !== data.id) return;
        if (data.error) {
          this.busy = null;
          job.reject(new Error(data.error));
        } else if (data.part === 'head') {
          job.analysis = data.analysis;
        } else if (data.part === 'end') {
          this.busy = null;
          job.resolve({ analysis: job.analysis, ms: data.ms, where: 'worker' });
        } else if (job.analysis) {
          const list = job.analysis[data.part];
          for (const item of data.items) list.push(item);
        }
      });
      this.worker.addEventListener('error', (e) => {
        e.preventDefault?.();
        const job = this.busy;
        this.busy = null;
        this.worker?.terminate();
        this.worker = null;
        const err = new Error(`the analysis worker failed${e.message ? `: ${e.message}` : ''}`);
        err.workerFailed = true;
        job?.reject(err);
      });
    }
    return new Promise((resolve, reject) => {
      this.busy = { id, resolve, reject };
      this.worker.postMessage({ id, text, options });
    });
  }

  /** Stops a worker that is still busy with an older text; its promise resolves null. */
  cancelWorker() {
    if (!this.busy) return;
    this.busy.resolve(null);
    this.busy = null;
    this.worker?.terminate();
    this.worker = null;
  }
}
