// The edit page's passages in parts: the server renders a window of them, this script adds the
// passages before and after it as they scroll into reach, jumps the window to a passage far away,
// and puts in place the passages a change answered with (see src/web/edit/rows.ts) so that no
// change reloads the page. The window stays one unbroken run of passages.
(function () {
  'use strict';

  window.sejajarEditorRows = function (root, msg, onRows) {
    var docId = root.getAttribute('data-document');
    var box = document.getElementById('rows');
    var earlier = document.getElementById('rows-earlier');
    var later = document.getElementById('rows-later');
    var chunk = Number(box.getAttribute('data-chunk')) || 30;
    var state = {
      from: Number(box.getAttribute('data-from')),
      to: Number(box.getAttribute('data-to')),
      count: Number(box.getAttribute('data-count')),
      revision: Number(root.getAttribute('data-revision'))
    };
    var loading = null;

    function sections() { return box.querySelectorAll('.edit-group'); }
    function section(index) { return box.querySelector('.edit-group[data-group="' + index + '"]'); }

    function syncLinks() {
      earlier.parentElement.hidden = state.from <= 0;
      later.parentElement.hidden = state.to >= state.count;
      earlier.href = '?from=' + Math.max(0, state.from - chunk);
      later.href = '?from=' + state.to;
      box.setAttribute('data-from', String(state.from));
      box.setAttribute('data-to', String(state.to));
    }

    /** Parses rendered passages; the caller restores drafts into them before they are shown. */
    function fragment(html) {
      var template = document.createElement('template');
      template.innerHTML = html;
      onRows(template.content);
      return template.content;
    }

    function fetchRows(from, to) {
      var url = '/documents/' + docId + '/edit/rows?from=' + from + '&to=' + to;
      return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (res) {
        if (!res.ok) throw new Error(String(res.status));
        return res.json();
      });
    }

    /** One request at a time: the window's edges move with each answer. */
    function queue(work) {
      loading = (loading || Promise.resolve()).then(work).catch(function () { /* the links still work as links */ });
      return loading;
    }

    function extendLater() {
      return queue(function () {
        if (state.to >= state.count) return;
        return fetchRows(state.to, state.to + chunk).then(function (data) {
          if (data.from !== state.to) return;
          box.insertBefore(fragment(data.html), later.parentElement);
          state.to = data.to;
          state.count = data.groupCount;
          syncLinks();
        });
      });
    }

    function extendEarlier() {
      return queue(function () {
        if (state.from <= 0) return;
        return fetchRows(Math.max(0, state.from - chunk), state.from).then(function (data) {
          if (data.to !== state.from) return;
          // Chromium keeps the passage in view where it was (scroll anchoring) while rows appear above it.
          box.insertBefore(fragment(data.html), earlier.parentElement.nextSibling);
          state.from = data.from;
          state.count = data.groupCount;
          syncLinks();
        });
      });
    }

    function showWindow(data) {
      sections().forEach(function (s) { s.remove(); });
      box.insertBefore(fragment(data.html), later.parentElement);
      state.from = data.from;
      state.to = data.to;
      state.count = data.groupCount;
      syncLinks();
    }

    /** Renders the window again from `from`, dropping what it showed. */
    function replaceWindow(from) {
      return queue(function () {
        return fetchRows(Math.max(0, from), Math.max(0, from) + chunk).then(showWindow);
      });
    }

    /** Brings a passage (0-based) into the window and answers its section. */
    function reveal(index) {
      var ready = index >= state.from && index < state.to ? Promise.resolve() : replaceWindow(index - 3);
      return ready.then(function () { return section(index); });
    }

    function relabel(row, index) {
      var label = msg('link', { n: index + 1 });
      row.id = 'link-' + index;
      row.setAttribute('data-index', String(index));
      row.setAttribute('aria-label', row.classList.contains('is-confirmed') ? label + ' · ' + msg('link-confirmed') : label);
      row.querySelector('.link-tools').setAttribute('aria-label', msg('link-tools', { n: index + 1 }));
      row.querySelectorAll('.link-tools [data-index]').forEach(function (b) { b.setAttribute('data-index', String(index)); });
    }

    /** A passage after a change keeps its content and takes its new number (and its links theirs). */
    function renumber(s, groupShift, linkShift) {
      var index = Number(s.getAttribute('data-group')) + groupShift;
      var name = msg('passage', { n: index + 1 });
      s.id = 'group-' + index;
      s.setAttribute('data-group', String(index));
      s.setAttribute('aria-label', name);
      s.querySelector('.group-name').textContent = name;
      s.querySelectorAll('.group-tools [data-index]').forEach(function (b) { b.setAttribute('data-index', String(index)); });
      if (linkShift === 0) return;
      s.querySelectorAll('.link-row').forEach(function (row) { relabel(row, Number(row.getAttribute('data-index')) + linkShift); });
    }

    function shiftFrom(list, groupShift, linkShift) {
      if (groupShift === 0 && linkShift === 0) return;
      list.forEach(function (s) { renumber(s, groupShift, linkShift); });
    }

    /**
     * Puts in place the passages a change answered with; see RowsUpdate in src/web/edit/rows.ts.
     * Queued behind passages still loading, which are numbered as before the change.
     */
    function apply(update) {
      return queue(function () { return applyNow(update); });
    }

    function applyNow(update) {
      state.revision = update.revision;
      root.setAttribute('data-revision', String(update.revision));
      state.count = update.groupCount;
      if (update.reset) return fetchRows(state.from, state.from + chunk).then(showWindow);
      var end = update.from + update.removed;
      var all = Array.prototype.slice.call(sections());
      var after = all.filter(function (s) { return Number(s.getAttribute('data-group')) >= end; });
      if (end < state.from) {
        shiftFrom(all, update.groupShift, update.linkShift);
        state.from += update.groupShift;
        state.to += update.groupShift;
      } else if (update.from <= state.to) {
        all.forEach(function (s) {
          var g = Number(s.getAttribute('data-group'));
          if (g >= update.from && g < end) s.remove();
        });
        box.insertBefore(fragment(update.html), after[0] || later.parentElement);
        shiftFrom(after, update.groupShift, update.linkShift);
        state.from = Math.min(state.from, update.from);
        state.to = Math.max(state.to, end) + update.groupShift;
      }
      state.to = Math.min(state.to, state.count);
      syncLinks();
    }

    // Passages come in before they are needed: a screen or two ahead of the reader.
    if ('IntersectionObserver' in window) {
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          (entry.target === later ? extendLater : extendEarlier)().then(function () {
            // Still in reach after a short answer: keep going.
            observer.unobserve(entry.target);
            observer.observe(entry.target);
          });
        });
      }, { rootMargin: '1500px 0px' });
      observer.observe(later);
      observer.observe(earlier);
    }
    [earlier, later].forEach(function (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        (link === later ? extendLater : extendEarlier)();
      });
    });
    syncLinks();

    return { state: state, apply: apply, reveal: reveal, section: section };
  };
})();

// Edit mode: in-place sentence editing with versioned saves, local drafts,
// conflict resolution, revision history, and keyboard-driven alignment fixes.
(function () {
  'use strict';
  var root = document.getElementById('editor');
  if (!root) return;
  var docId = root.getAttribute('data-document');
  var statusEl = document.getElementById('save-status');
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute('content') || '' : '';
  var FOCUS_KEY = 'sejajar:focus:' + docId;
  var NOTICE_KEY = 'sejajar:notice:' + docId;
  var DRAFT_PREFIX = 'sejajar:draft:' + docId + ':';

  function msg(name, params) {
    var text = root.getAttribute('data-msg-' + name) || name;
    Object.keys(params || {}).forEach(function (key) {
      text = text.split('{{' + key + '}}').join(String(params[key]));
    });
    return text;
  }

  function announce(text) {
    statusEl.textContent = '';
    // A fresh text node makes screen readers speak the same message twice in a row.
    window.setTimeout(function () { statusEl.textContent = text; }, 30);
  }

  function api(method, url, body) {
    return fetch(url, {
      method: method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        return { status: res.status, ok: res.ok, data: data };
      });
    });
  }

  function errorText(result) {
    return msg('failed', { message: (result.data && result.data.error && result.data.error.message) || result.status });
  }

  // ---- drafts: unsaved text survives a reload, keyed by the version it was based on

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  function draftKey(seg) {
    return DRAFT_PREFIX + seg.getAttribute('data-id') + ':' + seg.getAttribute('data-version');
  }
  function storedDrafts(seg) {
    var store = storage();
    if (!store) return [];
    var prefix = DRAFT_PREFIX + seg.getAttribute('data-id') + ':';
    var found = [];
    for (var i = 0; i < store.length; i++) {
      var key = store.key(i);
      if (key && key.indexOf(prefix) === 0) found.push({ key: key, version: Number(key.slice(prefix.length)), text: store.getItem(key) });
    }
    return found;
  }
  function clearDrafts(seg) {
    var store = storage();
    if (store) storedDrafts(seg).forEach(function (d) { store.removeItem(d.key); });
  }
  function keepDraft(seg) {
    var store = storage();
    var area = textOf(seg);
    if (!store) return;
    clearDrafts(seg);
    if (area.value !== area.getAttribute('data-saved')) store.setItem(draftKey(seg), area.value);
  }

  function textOf(seg) { return seg.querySelector('.seg-text'); }
  function segmentOf(el) { return el instanceof Element ? el.closest('.segment') : null; }
  function setState(seg, text) { seg.querySelector('[data-state]').textContent = text; }

  /** Brings back this browser's unsaved text into the sentences of `scope` (the page, or passages just rendered). */
  function restoreDrafts(scope) {
    var restored = false;
    restoreAside(scope);
    if (!storage() || storage().length === 0) return;
    scope.querySelectorAll('.segment').forEach(function (seg) {
      var drafts = storedDrafts(seg);
      if (drafts.length === 0) return;
      var latest = drafts.sort(function (a, b) { return b.version - a.version; })[0];
      var area = textOf(seg);
      if (latest.text === area.getAttribute('data-saved')) return clearDrafts(seg);
      area.value = latest.text;
      // A draft from an older version is saved against that version, so the server reports the conflict.
      seg.setAttribute('data-version', String(latest.version));
      setState(seg, msg('unsaved'));
      restored = true;
    });
    if (restored) announce(msg('restored'));
  }

  // ---- Esc: unsaved text is set aside, not thrown away; one button (or Esc again on the button) brings it back

  var ASIDE_PREFIX = 'sejajar:aside:' + docId + ':';

  function setAside(seg) {
    var area = textOf(seg);
    var saved = area.getAttribute('data-saved');
    if (area.value === saved) {
      hideConflict(seg);
      return announce(msg('cancelled'));
    }
    var aside = { text: area.value, version: seg.getAttribute('data-version') };
    var store = storage();
    if (store) store.setItem(ASIDE_PREFIX + seg.getAttribute('data-id'), JSON.stringify(aside));
    area.value = saved;
    clearDrafts(seg);
    hideConflict(seg);
    setState(seg, '');
    showBringBack(seg, aside);
    announce(msg('draft-set-aside'));
  }

  function showBringBack(seg, aside) {
    dropBringBack(seg);
    var back = button(msg('draft-undo'), function () {
      var area = textOf(seg);
      area.value = aside.text;
      var store = storage();
      if (store) store.removeItem(ASIDE_PREFIX + seg.getAttribute('data-id'));
      // Based on the version it was typed on: saved over a newer one, the server reports the conflict.
      seg.setAttribute('data-version', aside.version);
      keepDraft(seg);
      setState(seg, msg('unsaved'));
      dropBringBack(seg);
      area.focus();
      announce(msg('draft-back'));
    });
    back.setAttribute('data-bring-back', '');
    seg.querySelector('.segment-tools').appendChild(back);
  }

  function dropBringBack(seg) {
    var old = seg.querySelector('[data-bring-back]');
    if (old) old.remove();
  }

  /** Text set aside with Esc stays within reach after a reload, until it is brought back or the sentence saved. */
  function restoreAside(scope) {
    var store = storage();
    if (!store) return;
    scope.querySelectorAll('.segment').forEach(function (seg) {
      var raw = store.getItem(ASIDE_PREFIX + seg.getAttribute('data-id'));
      if (!raw) return;
      try { showBringBack(seg, JSON.parse(raw)); } catch (e) { store.removeItem(ASIDE_PREFIX + seg.getAttribute('data-id')); }
    });
  }

  // ---- saving one segment

  function chosenStatus(seg) {
    var reviewed = seg.querySelector('.seg-reviewed').checked;
    if (reviewed) return 'reviewed';
    return seg.getAttribute('data-status') === 'reviewed' ? 'draft' : undefined;
  }

  function showSaved(seg, segment) {
    var area = textOf(seg);
    clearDrafts(seg);
    var store = storage();
    if (store) store.removeItem(ASIDE_PREFIX + seg.getAttribute('data-id'));
    dropBringBack(seg);
    seg.setAttribute('data-version', String(segment.version));
    seg.setAttribute('data-status', segment.status);
    area.setAttribute('data-saved', segment.text);
    area.value = segment.text;
    var badge = seg.querySelector('[data-status-badge]');
    badge.textContent = msg('status-' + segment.status);
    badge.className = 'badge badge-' + segment.status;
    seg.querySelector('.seg-reviewed').checked = segment.status === 'reviewed';
    hideConflict(seg);
    setState(seg, msg('saved'));
    markReviewedRow(seg.closest('.link-row'));
  }

  function markReviewedRow(row) {
    var segs = row.querySelectorAll('.segment');
    var all = segs.length > 0 && Array.prototype.every.call(segs, function (s) { return s.getAttribute('data-status') === 'reviewed'; });
    row.classList.toggle('is-reviewed', all);
  }

  function afterSave(seg, result) {
    if (result.ok) {
      showSaved(seg, result.data.segment);
      if (result.data.rows) return showRows(result.data.rows, textOf(seg).id, msg('saved'));
      announce(msg('saved'));
      return true;
    }
    if (result.status === 409 && result.data.current) {
      showConflict(seg, result.data.current);
      announce(msg('conflict'));
      return false;
    }
    announce(errorText(result));
    return false;
  }

  function save(seg) {
    var area = textOf(seg);
    announce(msg('saving'));
    var body = { text: area.value, version: Number(seg.getAttribute('data-version')), revision: rows.state.revision };
    var status = chosenStatus(seg);
    if (status) body.status = status;
    return api('PUT', '/api/segments/' + seg.getAttribute('data-id'), body).then(function (result) {
      return afterSave(seg, result);
    });
  }

  // ---- conflicts: both texts side by side; choose one or merge in the text box

  function hideConflict(seg) {
    var box = seg.querySelector('[data-conflict]');
    box.hidden = true;
    box.textContent = '';
  }

  /** A block under a small label: one side of a conflict, one line of a revision's history. */
  function labelled(label, content) {
    var wrap = document.createElement('div');
    var p = document.createElement('p');
    p.className = 'conflict-label';
    p.textContent = label;
    wrap.appendChild(p);
    wrap.appendChild(content);
    return wrap;
  }

  function quoted(label, text) {
    var q = document.createElement('blockquote');
    q.lang = 'en';
    q.textContent = text;
    return labelled(label, q);
  }

  function button(label, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'button-small';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  function showConflict(seg, current) {
    var area = textOf(seg);
    var mine = area.value;
    var box = seg.querySelector('[data-conflict]');
    box.textContent = '';
    box.setAttribute('role', 'group');
    box.appendChild(savedByLine(current));
    box.appendChild(quoted(msg('theirs'), current.text));
    box.appendChild(quoted(msg('mine'), mine));
    if (current.diff) box.appendChild(diffLine(msg('conflict-diff'), current.diff));
    box.appendChild(button(msg('use-theirs'), function () {
      area.value = current.text;
      keepDraft(seg);
      hideConflict(seg);
      setState(seg, '');
      area.focus();
    }));
    box.appendChild(button(msg('keep-mine'), function () {
      area.value = mine;
      save(seg);
    }));
    var help = document.createElement('p');
    help.className = 'hint';
    help.textContent = msg('conflict-help');
    box.appendChild(help);
    box.hidden = false;
    // From now on the editor works on top of the version saved meanwhile.
    seg.setAttribute('data-version', String(current.version));
    seg.setAttribute('data-status', current.status);
    area.setAttribute('data-saved', current.text);
    keepDraft(seg);
  }

  /** Who saved the text that met this one, and when. */
  function savedByLine(current) {
    var line = document.createElement('p');
    line.className = 'conflict-by';
    var date = current.savedAt ? localDate(current.savedAt) : '';
    line.textContent = current.savedBy ? msg('saved-by', { author: current.savedBy, date: date }) : msg('saved-at', { date: date });
    return line;
  }

  // ---- history

  function diffLine(label, parts) {
    var line = document.createElement('p');
    line.className = 'diff';
    line.lang = 'en';
    parts.forEach(function (part) {
      var el = document.createElement(part.kind === 'added' ? 'ins' : part.kind === 'removed' ? 'del' : 'span');
      el.textContent = part.text;
      line.appendChild(el);
    });
    return labelled(label, line);
  }

  /** One version in a history list: who made it and when, then its text in its language. */
  function revisionItem(rev, lang) {
    var item = document.createElement('li');
    var head = document.createElement('p');
    head.className = 'revision-head';
    head.textContent = msg('history-version', {
      version: rev.version,
      origin: msg('origin-' + rev.origin) + (rev.author ? ' (' + rev.author + ')' : ''),
      date: localDate(rev.createdAt)
    });
    item.appendChild(head);
    var text = document.createElement('p');
    text.lang = lang;
    text.textContent = rev.text;
    item.appendChild(text);
    return item;
  }

  function renderHistory(seg, panel, data) {
    panel.textContent = '';
    var h = document.createElement('h3');
    h.textContent = msg('history-title');
    panel.appendChild(h);
    var list = document.createElement('ol');
    list.className = 'revisions';
    data.revisions.forEach(function (rev) {
      var item = revisionItem(rev, 'en');
      if (rev.diffPrevious) item.appendChild(diffLine(msg('history-previous'), rev.diffPrevious));
      if (rev.diffMachine) item.appendChild(diffLine(msg('history-machine'), rev.diffMachine));
      if (rev.version !== data.segment.version) {
        item.appendChild(button(msg('history-revert'), function () {
          api('POST', '/api/segments/' + seg.getAttribute('data-id') + '/revert', {
            revisionId: rev.id,
            version: Number(seg.getAttribute('data-version')),
            revision: rows.state.revision
          }).then(function (result) {
            if (afterSave(seg, result)) loadHistory(seg, panel);
          });
        }));
      }
      list.appendChild(item);
    });
    panel.appendChild(list);
    if (data.statusChanges && data.statusChanges.length > 0) panel.appendChild(statusChangeList(data.statusChanges));
  }

  /** A date as the interface's language writes it, not the browser's. */
  function localDate(iso) {
    return new Date(iso).toLocaleString(document.documentElement.lang || undefined);
  }

  /** Reviews given or taken back: recorded apart from the text's revisions, which they did not change. */
  function statusChangeList(changes) {
    var wrap = document.createElement('div');
    var h = document.createElement('h4');
    h.textContent = msg('status-changes');
    wrap.appendChild(h);
    var list = document.createElement('ul');
    list.className = 'status-changes';
    changes.forEach(function (change) {
      var item = document.createElement('li');
      item.textContent = msg('status-change', {
        version: change.version,
        before: msg('status-' + change.before),
        status: msg('status-' + change.status),
        who: change.author || msg('nobody'),
        date: localDate(change.createdAt)
      });
      list.appendChild(item);
    });
    wrap.appendChild(list);
    return wrap;
  }

  function loadHistory(seg, panel) {
    return api('GET', '/api/segments/' + seg.getAttribute('data-id') + '/revisions').then(function (result) {
      if (result.ok) renderHistory(seg, panel, result.data);
      else announce(errorText(result));
    });
  }

  function toggleHistory(seg, toggle) {
    var panel = seg.querySelector('.history');
    var open = panel.hidden;
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) loadHistory(seg, panel);
  }

  // ---- correcting the Indonesian: one text box per sentence of a link; saving or joining answers the passages to render again

  function sourceEditor(row) {
    return row.querySelector('.source-editor');
  }

  function toggleSourceEditor(row, toggle) {
    var open = sourceEditor(row);
    if (open) {
      open.remove();
      toggle.setAttribute('aria-expanded', 'false');
      return;
    }
    var panel = document.createElement('div');
    panel.className = 'source-editor';
    var help = document.createElement('p');
    help.className = 'hint';
    help.textContent = msg('source-help');
    panel.appendChild(help);
    row.querySelectorAll('.source-sentence').forEach(function (p) {
      var id = p.getAttribute('data-source-id');
      var field = document.createElement('div');
      field.className = 'source-field';
      var label = document.createElement('label');
      label.htmlFor = 'source-text-' + id;
      label.textContent = msg('source-label', { n: Array.prototype.indexOf.call(document.querySelectorAll('.source-sentence'), p) + 1 });
      label.className = 'visually-hidden';
      var area = document.createElement('textarea');
      area.id = 'source-text-' + id;
      area.className = 'source-text';
      area.lang = 'id';
      area.rows = Math.max(2, Math.ceil(p.textContent.length / 60));
      area.value = p.textContent;
      field.appendChild(label);
      field.appendChild(area);
      field.appendChild(button(msg('source-save'), function () { correctSource(row, p, area); }));
      field.appendChild(button(msg('source-join'), function () { joinSource(row, p); }));
      field.appendChild(button(msg('source-history'), function () { toggleSourceHistory(field, id); }));
      panel.appendChild(field);
    });
    panel.appendChild(button(msg('source-cancel'), function () { toggleSourceEditor(row, toggle); toggle.focus(); }));
    row.querySelector('.link-source').appendChild(panel);
    toggle.setAttribute('aria-expanded', 'true');
    panel.querySelector('textarea').focus();
  }

  /** The corrections of one Indonesian sentence, newest first, each with what it changed. */
  function toggleSourceHistory(field, id) {
    var open = field.querySelector('.history');
    if (open) return open.remove();
    var panel = document.createElement('div');
    panel.className = 'history';
    field.appendChild(panel);
    api('GET', '/api/segments/' + id + '/revisions').then(function (result) {
      if (!result.ok) return announce(errorText(result));
      var list = document.createElement('ol');
      list.className = 'revisions';
      result.data.revisions.forEach(function (rev) {
        var item = revisionItem(rev, 'id');
        if (rev.diffPrevious) {
          var diff = diffLine(msg('history-previous'), rev.diffPrevious);
          diff.querySelector('.diff').lang = 'id';
          item.appendChild(diff);
        }
        list.appendChild(item);
      });
      panel.appendChild(list);
    });
  }

  function afterCorrection(row, result, notice) {
    if (result.ok) {
      if (result.data.rows) return showRows(result.data.rows, row.id, notice);
      return reloadAt(row.id, notice);
    }
    if (result.status === 409 && result.data.current) {
      var panel = sourceEditor(row);
      var old = panel.querySelector('.conflict');
      if (old) old.remove();
      var box = document.createElement('div');
      box.className = 'conflict';
      box.appendChild(savedByLine(result.data.current));
      box.appendChild(quoted(msg('theirs'), result.data.current.text));
      panel.insertBefore(box, panel.firstChild);
      return announce(msg('conflict'));
    }
    announce(errorText(result));
  }

  function correctSource(row, p, area) {
    announce(msg('saving'));
    var body = { text: area.value, version: Number(p.getAttribute('data-version')), revision: rows.state.revision };
    api('PUT', '/api/source-sentences/' + p.getAttribute('data-source-id'), body).then(function (result) {
      afterCorrection(row, result, msg('source-saved'));
    });
  }

  function joinSource(row, p) {
    var all = Array.prototype.slice.call(document.querySelectorAll('.source-sentence'));
    var next = all[all.indexOf(p) + 1];
    var body = { version: Number(p.getAttribute('data-version')), revision: rows.state.revision };
    if (next) body.nextVersion = Number(next.getAttribute('data-version'));
    announce(msg('saving'));
    api('POST', '/api/source-sentences/' + p.getAttribute('data-source-id') + '/join', body).then(function (result) {
      afterCorrection(row, result, msg('source-joined'));
    });
  }

  // ---- moving between segments

  function visibleAreas() {
    return Array.prototype.filter.call(root.querySelectorAll('.seg-text'), function (a) { return a.offsetParent !== null; });
  }
  function focusSibling(area, step) {
    var areas = visibleAreas();
    var next = areas[areas.indexOf(area) + step];
    if (next) next.focus();
  }
  function visibleRows() {
    return Array.prototype.filter.call(root.querySelectorAll('.link-row'), function (r) { return r.offsetParent !== null; });
  }

  // ---- alignment operations: stored server-side; the answer names the passages to render again

  /** The passages a change answered with go in place; focus goes to `focusId` (or stays where it was). */
  function showRows(update, focusId, notice) {
    return rows.apply(update).then(function () {
      var el = focusId ? document.getElementById(focusId) : null;
      if (el && el !== document.activeElement) focusOn(el);
      if (notice) announce(notice);
      root.dispatchEvent(new CustomEvent('editor:updated'));
      return true;
    });
  }

  function focusOn(el) {
    if (!el.hasAttribute('tabindex') && !/^(TEXTAREA|BUTTON|INPUT|A)$/.test(el.tagName)) el.setAttribute('tabindex', '-1');
    el.focus();
  }

  function showHistoryState(data) {
    ['undo', 'redo'].forEach(function (id) {
      var can = data[id === 'undo' ? 'canUndo' : 'canRedo'];
      if (typeof can === 'boolean') document.getElementById(id).setAttribute('aria-disabled', can ? 'false' : 'true');
    });
  }

  function afterChange(result, focusId) {
    if (!result.ok) return false;
    showHistoryState(result.data);
    if (!result.data.rows) return reloadAt(focusId, msg('aligned'));
    return showRows(result.data.rows, focusId, msg('aligned'));
  }

  // Only where an answer lacks the passages (an older server): the page then loads again at the same place.
  function reloadAt(id, notice) {
    try {
      window.sessionStorage.setItem(FOCUS_KEY, id);
      window.sessionStorage.setItem(NOTICE_KEY, notice);
    } catch (e) { /* private mode: the page still reloads */ }
    window.location.reload();
    return true;
  }

  function numbers(text) {
    return text ? text.split(',').map(Number) : [];
  }

  function linkOperation(level, op, index, extra) {
    var body = { level: level, op: op, index: index };
    var row = level === 'sentence' ? document.getElementById('link-' + index) : null;
    if (row) body.expect = { source: numbers(row.getAttribute('data-source')), target: numbers(row.getAttribute('data-target')) };
    Object.keys(extra || {}).forEach(function (k) { body[k] = extra[k]; });
    body.revision = rows.state.revision;
    announce(msg('aligning'));
    return api('POST', '/api/documents/' + docId + '/alignment', body).then(function (result) {
      if (!result.ok) return announce(errorText(result));
      // The merged or split link (or passage) keeps the focus; a unit moved back follows to the link before.
      var target = Math.max(0, op === 'move' && extra.edge === 'first' ? index - 1 : index);
      var focus = level === 'sentence' ? 'link-' + target : 'group-' + target;
      afterChange(result, focus);
    });
  }

  function historyStep(direction) {
    var active = document.activeElement;
    var focus = active && active.id ? active.id : 'editor';
    return api('POST', '/api/documents/' + docId + '/alignment/' + direction, { revision: rows.state.revision }).then(function (result) {
      if (result.ok) return afterChange(result, focus);
      var code = result.data && result.data.error ? result.data.error.code : '';
      announce(result.status === 409 && /^nothing_/.test(code) ? msg('nothing') : errorText(result));
    });
  }

  // By key position (event.code), with Alt: the letter Alt gives differs between keyboards and systems.
  var ROW_KEYS = {
    KeyM: { op: 'merge' },
    KeyS: { op: 'split' },
    KeyC: { op: 'confirm' },
    BracketLeft: { op: 'move', side: 'source', edge: 'first' },
    BracketRight: { op: 'move', side: 'source', edge: 'last' },
    'Shift+BracketLeft': { op: 'move', side: 'target', edge: 'first' },
    'Shift+BracketRight': { op: 'move', side: 'target', edge: 'last' }
  };

  function onRowKey(event, row) {
    var index = Number(row.getAttribute('data-index'));
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      var rows = visibleRows();
      var next = rows[rows.indexOf(row) + (event.key === 'ArrowUp' ? -1 : 1)];
      if (next) next.focus();
      return;
    }
    // These act at once on the alignment, so they need Alt: a key typed in the wrong place must not break it.
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    var action = ROW_KEYS[(event.shiftKey ? 'Shift+' : '') + event.code];
    if (!action) return;
    event.preventDefault();
    var op = action.op === 'confirm' && row.classList.contains('is-confirmed') ? 'unconfirm' : action.op;
    linkOperation('sentence', op, index, action.side ? { side: action.side, edge: action.edge } : {});
  }

  function onTextKey(event, area) {
    var seg = segmentOf(area);
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      save(seg).then(function (ok) { if (ok) focusSibling(area, 1); });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setAside(seg);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      focusSibling(area, event.key === 'ArrowUp' ? -1 : 1);
    }
  }

  root.addEventListener('keydown', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    if (target.classList.contains('seg-text')) return onTextKey(event, target);
    if (target.classList.contains('link-row')) onRowKey(event, target);
    if (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT') return;
    var key = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && (key === 'z' || key === 'y')) {
      event.preventDefault();
      historyStep(key === 'y' || event.shiftKey ? 'redo' : 'undo');
    }
  });

  root.addEventListener('input', function (event) {
    var seg = segmentOf(event.target);
    if (!seg || !event.target.classList.contains('seg-text')) return;
    keepDraft(seg);
    setState(seg, textOf(seg).value === textOf(seg).getAttribute('data-saved') ? '' : msg('unsaved'));
  });

  root.addEventListener('click', function (event) {
    var el = event.target instanceof Element ? event.target.closest('button') : null;
    if (!el) return;
    var seg = segmentOf(el);
    if (el.hasAttribute('data-op')) {
      var extra = el.hasAttribute('data-side') ? { side: el.getAttribute('data-side'), edge: el.getAttribute('data-edge') } : {};
      linkOperation(el.getAttribute('data-level'), el.getAttribute('data-op'), Number(el.getAttribute('data-index')), extra);
    } else if (el.hasAttribute('data-save') && seg) {
      save(seg);
    } else if (el.hasAttribute('data-correct-source')) {
      toggleSourceEditor(el.closest('.link-row'), el);
    } else if (el.hasAttribute('data-history') && seg) {
      toggleHistory(seg, el);
    } else if (el.hasAttribute('data-edit-paragraph')) {
      var editor = document.getElementById('paragraph-' + el.getAttribute('data-edit-paragraph'));
      editor.hidden = !editor.hidden;
      if (!editor.hidden) editor.querySelector('textarea').focus();
    } else if (el.hasAttribute('data-save-paragraph')) {
      saveParagraph(el.getAttribute('data-save-paragraph'));
    } else if (el.id === 'undo' || el.id === 'redo') {
      historyStep(el.id);
    } else if (el.id === 'realign') {
      announce(msg('aligning'));
      api('POST', '/api/documents/' + docId + '/realign', { revision: rows.state.revision }).then(function (result) {
        if (result.ok) afterChange(result, 'realign');
        else announce(errorText(result));
      });
    }
  });

  root.addEventListener('change', function (event) {
    if (event.target.id === 'filter-unreviewed') root.classList.toggle('only-unreviewed', event.target.checked);
  });

  function saveParagraph(id) {
    var area = document.getElementById('paragraph-text-' + id);
    var versions = numbers(area.getAttribute('data-versions'));
    announce(msg('saving'));
    var group = area.closest('.edit-group');
    var focus = group ? 'group-' + group.getAttribute('data-group') : 'editor';
    api('PUT', '/api/paragraphs/' + id, { text: area.value, versions: versions, revision: rows.state.revision }).then(function (result) {
      if (result.ok && result.data.rows) return showRows(result.data.rows, focus, msg('saved'));
      if (result.ok) return reloadAt(area.id, msg('saved'));
      if (result.status === 409 && result.data.current) {
        var box = area.parentElement;
        var old = box.querySelector('.conflict');
        if (old) old.remove();
        var panel = document.createElement('div');
        panel.className = 'conflict';
        panel.appendChild(quoted(msg('theirs'), result.data.current.text));
        panel.appendChild(button(msg('use-theirs'), function () { area.value = result.data.current.text; panel.remove(); }));
        box.appendChild(panel);
        area.setAttribute('data-versions', result.data.current.sentences.map(function (s) { return s.version; }).join(','));
        return announce(msg('conflict'));
      }
      announce(errorText(result));
    });
  }

  function restoreFocus() {
    var focusId = null;
    var notice = null;
    try {
      focusId = window.sessionStorage.getItem(FOCUS_KEY);
      notice = window.sessionStorage.getItem(NOTICE_KEY);
      window.sessionStorage.removeItem(FOCUS_KEY);
      window.sessionStorage.removeItem(NOTICE_KEY);
    } catch (e) { return; }
    var el = focusId ? document.getElementById(focusId) : null;
    if (el) focusOn(el);
    if (notice) announce(notice);
  }

  // ---- go-to, and the place of a sentence for the document's find (find.js): over the whole document, rendered or not

  /** Renders a passage (0-based) if it is not, and puts the focus on it. */
  function showPassage(index) {
    return rows.reveal(index).then(function (section) {
      if (!section) return;
      focusOn(section);
      root.dispatchEvent(new CustomEvent('editor:shown'));
    });
  }

  /**
   * A rendered sentence (`lang` id or en, by position): its element, and where the focus goes for it
   * (the English box, or the link of an Indonesian sentence); null when it is not rendered.
   */
  function sentenceAt(lang, position) {
    var attribute = lang === 'id' ? 'data-source' : 'data-target';
    var rowsOf = document.getElementById('rows').querySelectorAll('.link-row');
    for (var i = 0; i < rowsOf.length; i++) {
      var at = rowsOf[i].getAttribute(attribute).split(',').indexOf(String(position));
      if (at < 0) continue;
      var el = rowsOf[i].querySelectorAll(lang === 'id' ? '.source-sentence' : '.segment')[at];
      if (!el) return null;
      return { element: el, focus: lang === 'id' ? rowsOf[i] : el.querySelector('.seg-text') };
    }
    return null;
  }

  document.getElementById('goto-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var n = Number(document.getElementById('goto-passage').value);
    if (!(n >= 1 && n <= rows.state.count)) return announce(msg('no-passage', { total: rows.state.count }));
    showPassage(n - 1);
  });

  var rows = window.sejajarEditorRows(root, msg, restoreDrafts);
  // The review queue (queue.js) brings an item into view: its passage rendered, focus on the sentence or link.
  // The find (find.js) renders a hit's passage, then looks the sentence up.
  window.sejajarEditor = {
    show: function (passage, id) {
      return rows.reveal(passage).then(function (section) {
        var el = document.getElementById(id) || section;
        if (el) focusOn(el);
      });
    },
    reveal: function (passage) { return rows.reveal(passage); },
    sentenceAt: sentenceAt
  };
  restoreDrafts(root);
  restoreFocus();
})();
