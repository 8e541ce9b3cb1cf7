/*
 * Find in the reader: the server says which sentences match (by root or stem, the library search's
 * rules, GET /documents/:id/search as JSON); this marks them and moves between them with Next and
 * Previous (Enter in the box goes on to the next). The whole document is on the page.
 */
(function () {
  'use strict';
  var form = document.getElementById('doc-find');
  if (!form) return;
  var input = document.getElementById('doc-find-q');
  var lang = document.getElementById('doc-find-lang');
  var prev = document.getElementById('doc-find-prev');
  var next = document.getElementById('doc-find-next');
  var status = document.getElementById('doc-find-status');
  var state = { key: '', hits: [], at: -1 };

  function msg(name, params) {
    var text = form.getAttribute('data-msg-' + name) || '';
    Object.keys(params || {}).forEach(function (key) { text = text.split('{{' + key + '}}').join(String(params[key])); });
    return text;
  }

  function clear() {
    state.hits.forEach(function (el) { el.classList.remove('find-hit', 'find-current'); });
    state.hits = [];
    state.at = -1;
  }

  function show(at) {
    if (state.hits.length === 0) return;
    if (state.at >= 0) state.hits[state.at].classList.remove('find-current');
    state.at = (at + state.hits.length) % state.hits.length;
    var el = state.hits[state.at];
    el.classList.add('find-current');
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    status.textContent = msg('count', { n: state.at + 1, total: state.hits.length });
  }

  function search() {
    var key = lang.value + ':' + input.value.trim();
    if (key === state.key && state.hits.length > 0) return show(state.at + 1);
    clear();
    state.key = key;
    var url = form.getAttribute('action') + '?' + new URLSearchParams({ q: input.value, lang: lang.value }).toString();
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (res) { return res.json().then(function (data) { return { ok: res.ok, data: data }; }); })
      .then(function (answer) {
        if (!answer.ok) { status.textContent = (answer.data.error && answer.data.error.message) || msg('failed'); return; }
        state.hits = answer.data.positions
          .map(function (p) { return document.getElementById(answer.data.lang + '-' + p); })
          .filter(function (el) { return el !== null; });
        state.hits.forEach(function (el) { el.classList.add('find-hit'); });
        prev.disabled = next.disabled = state.hits.length < 2;
        if (state.hits.length === 0) status.textContent = msg('none');
        else show(0);
      })
      .catch(function () { status.textContent = msg('failed'); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    search();
  });
  prev.addEventListener('click', function () { show(state.at - 1); });
  next.addEventListener('click', function () { show(state.at + 1); });
})();
