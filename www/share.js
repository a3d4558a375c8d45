// Sharing a view: the text travels in the URL fragment (never sent to a server), compressed with
// deflate and written as base64url: `#z=<data>` plus `&published=2017-11-30` when set. And the
// analysis as a JSON download.

/** Above this many characters of fragment a link gets unwieldy; Export JSON is the way then. */
export const MAX_FRAGMENT = 1_500_000;

function toBase64url(bytes) {
  if (typeof bytes.toBase64 === 'function') return bytes.toBase64({ alphabet: 'base64url', omitPadding: true });
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(s) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(s, { alphabet: 'base64url' });
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function through(bytes, stream) {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** The fragment (without `#`) that carries `text` and the optional publication date. */
export async function packFragment(text, published = '') {
  const deflated = await through(new TextEncoder().encode(text), new CompressionStream('deflate'));
  const params = new URLSearchParams();
  params.set('z', toBase64url(deflated));
  if (published) params.set('published', published);
  return params.toString();
}

/**
 * Reads a fragment made by `packFragment` (`#` optional): `{text, published}`, or null when the
 * fragment carries no text. Throws on a damaged one.
 */
export async function unpackFragment(fragment) {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const z = params.get('z');
  if (z == null) return null;
  let bytes;
  try {
    bytes = await through(fromBase64url(z), new DecompressionStream('deflate'));
  } catch {
    throw new Error('the link’s text is damaged (it may have been cut short when it was copied)');
  }
  return { text: new TextDecoder().decode(bytes), published: params.get('published') ?? '' };
}

/** A file name from the article's title: `storylens-china-and-us-step-up.json`. */
export function exportName(text, analysis) {
  const t = analysis.article.title;
  const words = (t ? text.slice(t.start, t.end) : text.slice(0, 80)).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const slug = words.slice(0, 6).join('-').slice(0, 60);
  return `storylens${slug ? `-${slug}` : ''}.json`;
}

/**
 * Downloads the analysis as JSON: the analysis format (docs/FORMAT.md) with the analysed `text`
 * added last, so the offsets can be used on their own.
 */
export function downloadJSON(doc, text, analysis) {
  const blob = new Blob([JSON.stringify({ ...analysis, text }, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = exportName(text, analysis);
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
