// Turns the core's packed analysis (`analyzePacked` of the wasm glue: a Uint32Array and one
// string, written by `pack` in src/format.rs, which documents the layout) into the analysis format
// (docs/FORMAT.md) — exactly the object the core's `render` gives, field order included.
// Building it here from a typed array is several times faster than handing the object over from
// wasm field by field, or as JSON. With UTF-16 offsets the span texts are sliced from `text`.

/** The analysis format from `packed` = `[nums, strings]`, the packed analysis of `text`. */
export function unpack(text, packed) {
  const nums = packed[0];
  const strings = packed[1];
  let at = 0; // next number
  let from = 0; // next string's start in `strings`
  const names = [];

  const num = () => nums[at++];
  const string = () => {
    const end = from + nums[at++];
    const s = strings.slice(from, end);
    from = end;
    return s;
  };
  const optString = () => (nums[at++] === 0 ? null : string());
  const name = () => {
    const i = nums[at++];
    if (i === names.length) names.push(string());
    return names[i];
  };
  const ids = (prefix) => {
    const out = [];
    for (let n = nums[at++]; n > 0; n--) out.push(prefix + (nums[at++] + 1));
    return out;
  };
  const optId = (prefix) => {
    const i = nums[at++];
    return i === 0 ? null : prefix + i;
  };
  const span = () => {
    const start = nums[at++];
    return { start, end: nums[at++] };
  };
  const optSpan = () => (nums[at++] === 0 ? null : span());
  const spans = () => {
    const out = [];
    for (let n = nums[at++]; n > 0; n--, at += 2) out.push({ start: nums[at], end: nums[at + 1] });
    return out;
  };

  const schema = num();
  const offsets = name();
  // With UTF-16 offsets a span's text is the input's slice (the core saw the well-formed text).
  let source = null;
  if (offsets === 'utf16') {
    source = String(text);
    if (typeof source.toWellFormed === 'function') source = source.toWellFormed();
  }
  /** A span's text: sliced from the input, or the next string. */
  const cut = (start, end) => (source === null ? string() : source.slice(start, end));

  const title = optSpan();
  const published = optString();
  const updated = optString();
  const body = optSpan();
  const asides = [];
  for (let k = 0, n = num(); k < n; k++) {
    const start = num();
    const end = num();
    asides.push({ start, end, kind: name() });
  }
  const article = { title, published, updated, body, asides };

  const paragraphs = spans();
  const sentences = spans();

  const mentions = [];
  for (let k = 0, n = num(); k < n; k++) {
    const start = nums[at++];
    const end = nums[at++];
    const text = cut(start, end);
    mentions.push({ id: `m${k + 1}`, start, end, text, kind: name(), entity: optId('e') });
  }

  const entities = [];
  for (let k = 0, n = num(); k < n; k++) {
    const kind = name();
    const entityName = string();
    const entityTitle = optString();
    const role = optString();
    entities.push({ id: `e${k + 1}`, kind, name: entityName, title: entityTitle, role, mentions: ids('m') });
  }

  const quotes = [];
  for (let k = 0, n = num(); k < n; k++) {
    const start = nums[at++];
    const end = nums[at++];
    const text = cut(start, end);
    const direct = num() === 1;
    let cue = null;
    if (num() !== 0) {
      const start = num();
      const end = num();
      cue = { start, end, text: cut(start, end) };
    }
    let speaker = null;
    if (num() !== 0) {
      const start = num();
      const end = num();
      speaker = { start, end, text: cut(start, end), entity: optId('e') };
    }
    quotes.push({ id: `q${k + 1}`, start, end, text, direct, cue, speaker });
  }

  const times = [];
  for (let k = 0, n = num(); k < n; k++) {
    const start = nums[at++];
    const end = nums[at++];
    const text = cut(start, end);
    const kind = name();
    const value = string();
    const precision = num() === 0 ? null : name();
    times.push({ id: `t${k + 1}`, start, end, text, kind, value, precision });
  }

  const timeline = [];
  for (let k = 0, n = num(); k < n; k++) {
    const value = string();
    const time = `t${num() + 1}`;
    const sentence = span();
    const entityIds = ids('e');
    timeline.push({ value, time, sentence, entities: entityIds, quotes: ids('q') });
  }

  if (at !== nums.length || from !== strings.length) throw new Error('storylens: the packed analysis does not match this reader');
  return { schema, offsets, article, paragraphs, sentences, mentions, entities, quotes, times, timeline };
}
