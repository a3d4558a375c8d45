// Pasting: rich HTML from the clipboard becomes plain text that keeps its paragraphs and loses its
// markup. The HTML is parsed into an inert document (DOMParser: no scripts run, nothing loads)
// and only its text is read.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG',
  'CANVAS', 'VIDEO', 'AUDIO', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
]);

/** The text of an HTML fragment: one paragraph per block, separated by a blank line. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs = [];
  let line = '';
  let pre = 0;
  const flush = () => {
    const text = line.split('\n').map((l) => l.replace(/[ \t\f\r]+/g, ' ').trim()).join('\n').trim();
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        line += pre ? n.data : n.data.replace(/\s+/g, ' ');
      } else if (n.nodeType === 1) {
        const tag = n.nodeName.toUpperCase();
        if (SKIP.has(tag) || n.hidden) continue;
        if (tag === 'BR') { line += '\n'; continue; }
        if (tag === 'TD' || tag === 'TH') line += ' ';
        const block = BLOCKS.has(tag);
        if (block) flush();
        if (tag === 'PRE') pre++;
        walk(n);
        if (tag === 'PRE') pre--;
        if (block) flush();
      }
    }
  };
  walk(doc.body);
  flush();
  return paragraphs.join('\n\n');
}

/** What a paste event carries, as plain text: HTML when there is some, else the plain text. */
export function pastedText(clipboardData) {
  if (!clipboardData) return null;
  const html = clipboardData.getData('text/html');
  if (html && /<[a-z!]/i.test(html)) {
    const text = htmlToText(html);
    if (text) return text;
  }
  const plain = clipboardData.getData('text/plain');
  return plain ? plain.replace(/\r\n?/g, '\n') : null;
}
