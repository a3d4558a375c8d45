// storylens for blogs, as an ES module:
//   <script type="module" src="…/embed.js"></script>
// highlights every element with a data-storylens attribute in place, and defines
// <storylens-timeline for="id"> and <storylens-sources for="id">. For sites that render late:
//   import { highlight } from '…/embed.js'; await highlight(element, { layers: ['quote', 'person'] });
// The single-file build (make dist → dist/storylens.js) does the same from one classic script.
import * as core from './storylens.js';
import { createEmbed } from './embed-main.js';

const embed = createEmbed(core);

/** Highlights `element` in place; see embed-main.js for the options. */
export const highlight = embed.highlight;
/** Removes the highlights from `element`. */
export const unhighlight = embed.unhighlight;
export { analyze, load, prepare, version } from './storylens.js';

embed.start();

// The same API as the single-file build's global, for classic scripts on the page.
if (typeof document !== 'undefined') {
  globalThis.storylens ??= {
    highlight, unhighlight, analyze: core.analyze, load: core.load, prepare: core.prepare, version: core.version,
  };
}
