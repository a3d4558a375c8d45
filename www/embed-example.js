// The example blog's late-rendered post: the page fills it in after load (as a client-side
// rendered site would), then asks storylens to highlight it with the JS API. Works with both the
// ES module (embed.js) and the single-file build, which both define window.storylens.
const TEXT = [
  'Ferry fares will rise by 5 percent in April, the harbour authority said on Monday.',
  '“Fuel costs have doubled since 2022,” said Priya Nair, the authority’s finance director.',
];

function render() {
  const post = document.getElementById('late-post');
  const paragraphs = TEXT.map((line) => {
    const p = document.createElement('p');
    p.textContent = line;
    return p;
  });
  post.replaceChildren(...paragraphs);
  return post;
}

window.addEventListener('load', () => {
  const post = render();
  window.storylens.highlight(post, { layers: ['quote', 'person', 'time'], published: '2024-03-05' })
    .catch((err) => console.error(err));
});
