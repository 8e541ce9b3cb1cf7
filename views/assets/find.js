/*
 * Find inside one document, in the reader and in the editor: the server says which sentences match
 * (by root or stem, the library search's rules, GET /documents/:id/search as JSON); this marks them
 * and moves between them. Enter in the box goes to the next hit and Shift+Enter to the previous one,
 * the focus staying in the box; the Next and Previous buttons do the same; F3 and Shift+F3 do it from
 * anywhere else on the page and put the focus on the hit. The reader has the whole document on the
 * page. The editor renders its passages in parts (editor.js): there the answer also names each hit's
 * passage, which is rendered before its hit is shown, and hits are marked as their passages appear.
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
  var editor = window.sejajarEditor || null;
  var state = { key: '', lang: 'id', hits: [], at: -1, current: null, pending: false, extra: 0 };

  function msg(name, params) {
    var text = form.getAttribute('data-msg-' + name) || '';
    Object.keys(params || {}).forEach(function (key) { text = text.split('{{' + key + '}}').join(String(params[key])); });
    return text;
  }

  /** A hit's element and where the focus goes for it, when it is on the page. */
  function placeOf(hit) {
    if (editor) return editor.sentenceAt(state.lang, hit.position);
    var el = document.getElementById(state.lang + '-' + hit.position);
    return el && { element: el, focus: el };
  }

  /** Marks the hits on the page (in the editor, again whenever passages are rendered). */
  function markAll() {
    state.hits.forEach(function (hit, i) {
      var place = placeOf(hit);
      if (!place) return;
      place.element.classList.add('find-hit');
      place.element.classList.toggle('find-current', i === state.at);
    });
  }

  function clear() {
    document.querySelectorAll('.find-hit').forEach(function (el) { el.classList.remove('find-hit', 'find-current'); });
    state.hits = [];
    state.at = -1;
  }

  /** Brings hit `at` (wrapping round) into view, its passage rendered first where needed; `focus`: the focus goes to it. */
  function show(at, focus) {
    if (state.hits.length === 0) return;
    state.at = (at + state.hits.length) % state.hits.length;
    var hit = state.hits[state.at];
    status.textContent = msg('count', { n: state.at + 1, total: state.hits.length });
    var ready = editor && hit.passage >= 0 ? editor.reveal(hit.passage) : Promise.resolve();
    return ready.then(function () {
      var current = document.querySelector('.find-current');
      if (current) current.classList.remove('find-current');
      markAll();
      var place = placeOf(hit);
      if (!place) return;
      place.element.scrollIntoView({ block: 'center' });
      if (focus) place.focus.focus({ preventScroll: true });
    });
  }

  function search(step, focus) {
    // In the editor a change the page knows of (its revision moves) can move sentences: the search is made again.
    var editorRoot = document.getElementById('editor');
    var key = lang.value + ':' + input.value.trim() + (editorRoot ? ':' + editorRoot.getAttribute('data-revision') : '');
    // Enter pressed again before the answer came: counted, and gone through once it is here.
    if (key === state.key && state.pending) { state.extra += step; return; }
    if (key === state.key && state.hits.length > 0) return show(state.at + step, focus);
    clear();
    state.key = key;
    state.pending = true;
    state.extra = 0;
    var params = { q: input.value, lang: lang.value };
    if (editor) params.in = 'edit';
    var url = form.getAttribute('action') + '?' + new URLSearchParams(params).toString();
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (res) { return res.json().then(function (data) { return { ok: res.ok, data: data }; }); })
      .then(function (answer) {
        // A later search (another word, or after a change) has taken this one's place.
        if (state.key !== key) return;
        state.pending = false;
        if (!answer.ok) { status.textContent = (answer.data.error && answer.data.error.message) || msg('failed'); return; }
        var data = answer.data;
        state.lang = data.lang;
        state.hits = data.positions.map(function (position, i) { return { position: position, passage: data.passages ? data.passages[i] : -1 }; });
        prev.disabled = next.disabled = state.hits.length < 2;
        if (state.hits.length === 0) status.textContent = msg('none');
        else show((step < 0 ? -1 : 0) + state.extra, focus);
      })
      .catch(function () {
        if (state.key !== key) return;
        state.pending = false;
        status.textContent = msg('failed');
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    search(1, false);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !event.shiftKey) return;
    event.preventDefault();
    search(-1, false);
  });
  prev.addEventListener('click', function () { show(state.at - 1, false); });
  next.addEventListener('click', function () { show(state.at + 1, false); });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'F3' || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    if (input.value.trim()) search(event.shiftKey ? -1 : 1, event.target !== input);
  });
  // New passages of the editor come without marks; the hits in them are marked as they appear.
  var rows = document.getElementById('rows');
  if (editor && rows && window.MutationObserver) {
    new MutationObserver(function () { if (state.hits.length > 0) markAll(); }).observe(rows, { childList: true });
  }
})();
