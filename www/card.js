// The card for a person (or any named entity): name, title, role, how often they are named, and
// every quote attributed to them; pressing a quote jumps to it in the article.

const KIND = { person: 'Person', org: 'Organisation', place: 'Place', misc: 'Other name' };

export class Card {
  constructor(root, { onQuote, onClose } = {}) {
    this.root = root;
    this.onQuote = onQuote;
    this.onClose = onClose;
    this.opener = null;
    const $ = (id) => root.querySelector(`#${id}`);
    this.kind = $('card-kind');
    this.name = $('card-name');
    this.facts = $('card-facts');
    this.quotesTitle = $('card-quotes-title');
    this.quotes = $('card-quotes');
    $('card-close').addEventListener('click', () => this.close());
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') { e.stopPropagation(); this.close(); }
    });
  }

  get open() { return !this.root.hidden; }

  /**
   * Shows `entityId` of `analysis`; `opener` gets focus back on close. `focus: false` leaves the
   * focus where it is (a card reopened after a re-analysis must not pull it out of the textbox).
   */
  show(text, analysis, entityId, opener, { focus = true } = {}) {
    const doc = this.root.ownerDocument;
    const e = analysis.entities.find((x) => x.id === entityId);
    if (!e) return;
    this.opener = opener ?? null;
    this.kind.textContent = KIND[e.kind] ?? e.kind;
    this.name.textContent = e.name;
    this.facts.replaceChildren();
    const fact = (term, value) => {
      if (!value) return;
      const dt = doc.createElement('dt');
      dt.textContent = term;
      const dd = doc.createElement('dd');
      dd.textContent = value;
      this.facts.append(dt, dd);
    };
    fact('Title', e.title);
    fact('Role', e.role);
    const named = e.mentions.length;
    fact('Named', `${named} ${named === 1 ? 'time' : 'times'} in the article`);
    const quotes = analysis.quotes.filter((q) => q.speaker?.entity === entityId);
    this.quotesTitle.textContent = quotes.length
      ? `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}`
      : 'No quotes attributed';
    this.quotes.replaceChildren();
    for (const q of quotes) {
      const li = doc.createElement('li');
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'card-quote';
      button.dataset.quote = q.id;
      const body = text.slice(q.start, q.end);
      const shown = body.length > 220 ? `${body.slice(0, 210).trimEnd()}…` : body;
      const tag = doc.createElement('span');
      tag.className = `quote-tag ${q.direct ? 'is-direct' : 'is-reported'}`;
      tag.textContent = q.direct ? 'Direct' : 'Reported';
      const words = doc.createElement('span');
      words.className = 'card-quote-text';
      words.textContent = q.direct ? `“${shown}”` : shown;
      button.append(tag, ' ', words);
      button.addEventListener('click', () => this.onQuote?.(q.id));
      li.append(button);
      this.quotes.append(li);
    }
    this.root.hidden = false;
    if (focus) this.name.focus({ preventScroll: true });
  }

  /** Hides the card and gives focus back to what opened it. */
  close({ restoreFocus = true } = {}) {
    if (this.root.hidden) return;
    this.root.hidden = true;
    const opener = this.opener;
    this.opener = null;
    if (restoreFocus && opener?.isConnected) opener.focus({ preventScroll: true });
    this.onClose?.();
  }
}
