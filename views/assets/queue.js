// The review queue beside the editor (views/review/panel.ejs): what needs attention, ranked by the
// server (GET /documents/:id/edit/queue). Alt+N goes to the next item (Alt+Shift+N the previous),
// Alt+R marks it resolved, Alt+I ignored; the filter and the current item live in the URL, so a
// reload or a shared link opens the same view. In the reader the panel opens items in the editor.
(function () {
  'use strict';
  var panel = document.getElementById('review-queue');
  if (!panel) return;
  var docId = panel.getAttribute('data-document');
  var inEditor = panel.getAttribute('data-editor') === 'true';
  var stateSelect = document.getElementById('queue-state');
  var kindBoxes = Array.prototype.slice.call(panel.querySelectorAll('input[name="kinds"]'));
  var list = document.getElementById('queue-list');
  var current = document.getElementById('queue-current');
  var countEl = document.getElementById('queue-count');
  var fullLink = document.getElementById('queue-full');
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute('content') || '' : '';
  var queue = { items: [], key: null, at: -1 };
  var loading = null;

  function msg(name, params) {
    var text = panel.getAttribute('data-msg-' + name) || name;
    Object.keys(params || {}).forEach(function (key) { text = text.split('{{' + key + '}}').join(String(params[key])); });
    return text;
  }

  function say(text) {
    current.textContent = '';
    window.setTimeout(function () { current.textContent = text; }, 30);
  }

  // ---- the filter and the current item in the URL

  function filterParams() {
    var params = new URLSearchParams();
    if (stateSelect.value !== 'open') params.set('state', stateSelect.value);
    var kinds = kindBoxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    if (kinds.length) params.set('kinds', kinds.join(','));
    return params;
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    var state = params.get('state');
    if (state && stateSelect.querySelector('option[value="' + state + '"]')) stateSelect.value = state;
    var kinds = (params.get('kinds') || '').split(',');
    kindBoxes.forEach(function (b) { b.checked = kinds.indexOf(b.value) >= 0; });
    queue.key = params.get('item');
  }

  function writeUrl() {
    var params = new URLSearchParams(window.location.search);
    ['state', 'kinds', 'item', 'unreviewed'].forEach(function (name) { params.delete(name); });
    filterParams().forEach(function (value, name) { params.set(name, value); });
    if (queue.key) params.set('item', queue.key);
    if (unreviewed && unreviewed.checked) params.set('unreviewed', '1');
    var search = params.toString();
    window.history.replaceState(window.history.state, '', window.location.pathname + (search ? '?' + search : '') + window.location.hash);
    var query = filterParams().toString();
    fullLink.href = '/documents/' + docId + '/edit/queue' + (query ? '?' + query : '');
  }

  // ---- the list

  function load() {
    var query = filterParams().toString();
    loading = fetch('/documents/' + docId + '/edit/queue' + (query ? '?' + query : ''), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    }).then(function (res) {
      if (!res.ok) throw new Error(String(res.status));
      return res.json();
    }).then(function (data) {
      queue.items = data.items;
      countEl.textContent = data.countText;
      render();
      return data;
    });
    return loading;
  }

  /** How many items the panel lists around the current one; the whole list is a page of its own. */
  var SHOWN = 40;

  function render() {
    list.textContent = '';
    var at = Math.max(0, indexOfKey(queue.key));
    var from = Math.max(0, Math.min(at - 5, queue.items.length - SHOWN));
    list.setAttribute('start', String(from + 1));
    queue.items.slice(from, from + SHOWN).forEach(function (item, shown) {
      var i = from + shown;
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = itemHref(item);
      link.setAttribute('data-key', item.key);
      link.textContent = item.title + ' · ' + msg('item', { passage: item.passage + 1, link: item.link + 1 });
      if (item.key === queue.key) link.setAttribute('aria-current', 'true');
      link.addEventListener('click', function (event) {
        if (!inEditor) return;
        event.preventDefault();
        go(i);
      });
      var detail = document.createElement('span');
      detail.className = 'queue-detail';
      detail.textContent = item.detail;
      li.appendChild(link);
      li.appendChild(detail);
      list.appendChild(li);
    });
  }

  function itemHref(item) {
    var params = filterParams();
    params.set('item', item.key);
    return '/documents/' + docId + '/edit?' + params.toString();
  }

  function indexOfKey(key) {
    for (var i = 0; i < queue.items.length; i++) if (queue.items[i].key === key) return i;
    return -1;
  }

  /** Shows item `index`: in the editor its sentence (or link) gets the focus; the reader opens the editor there. */
  function go(index) {
    var item = queue.items[index];
    if (!item) {
      queue.key = null;
      writeUrl();
      render();
      return say(msg('done'));
    }
    queue.key = item.key;
    queue.at = index;
    writeUrl();
    render();
    if (!inEditor) {
      window.location.href = itemHref(item);
      return;
    }
    var target = item.sentence !== null ? 'seg-' + item.sentence : 'link-' + item.link;
    window.sejajarEditor.show(item.passage, target).then(function () {
      say(msg('current', { n: index + 1, total: queue.items.length, title: item.title + ' — ' + item.detail }));
    });
  }

  /** The next (step 1) or previous (-1) item of the queue as it is now: a fixed item has left it, its follower took its place. */
  function step(direction) {
    return load().then(function () {
      if (queue.items.length === 0) return go(-1);
      var at = indexOfKey(queue.key);
      var index = at >= 0 ? at + direction : direction > 0 ? Math.max(queue.at, 0) : queue.at - 1;
      var n = queue.items.length;
      go(((index % n) + n) % n);
    });
  }

  function mark(state) {
    if (!queue.key) return step(1);
    return fetch('/api/documents/' + docId + '/review/marks', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ key: queue.key, state: state })
    }).then(function (res) {
      if (!res.ok) return;
      say(msg(state));
      return step(1);
    });
  }

  var ACTIONS = { next: function () { step(1); }, previous: function () { step(-1); }, resolved: function () { mark('resolved'); }, ignored: function () { mark('ignored'); } };

  panel.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[data-queue]') : null;
    if (button) ACTIONS[button.getAttribute('data-queue')]();
  });

  document.getElementById('queue-filter').addEventListener('submit', function (event) {
    event.preventDefault();
    writeUrl();
    load();
  });
  panel.addEventListener('change', function (event) {
    if (event.target === stateSelect || kindBoxes.indexOf(event.target) >= 0) {
      writeUrl();
      load();
    }
  });

  // Alt with a letter, so that typing in a sentence never moves through the queue by accident.
  document.addEventListener('keydown', function (event) {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    var action = event.code === 'KeyN' ? (event.shiftKey ? 'previous' : 'next') : event.code === 'KeyR' ? 'resolved' : event.code === 'KeyI' ? 'ignored' : null;
    if (!action) return;
    event.preventDefault();
    ACTIONS[action]();
  });

  // Alignment changes move links: the list follows.
  var editorRoot = document.getElementById('editor');
  if (editorRoot) editorRoot.addEventListener('editor:updated', function () { load(); });

  // The editor's "only sentences not reviewed" is a filter too: it lives in the URL with the queue's.
  var unreviewed = document.getElementById('filter-unreviewed');
  if (unreviewed && editorRoot) {
    if (new URLSearchParams(window.location.search).get('unreviewed') === '1') {
      unreviewed.checked = true;
      editorRoot.classList.add('only-unreviewed');
    }
    unreviewed.addEventListener('change', writeUrl);
  }

  readUrl();
  writeUrl();
  load().then(function () {
    var at = queue.key ? indexOfKey(queue.key) : -1;
    if (at >= 0 && inEditor) go(at);
  });
})();
