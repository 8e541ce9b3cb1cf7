// Any word explained in place: a tap, click or keyboard focus on a word opens a popover with its
// analysis, glossary entry, dictionary glosses and the words it corresponds to in the other
// language, lit in place. Words are wrapped in spans only in the sentences being looked at (the
// page itself carries none), and their statuses live in this browser or, signed in, on the server.
// The words of the passages on screen are wrapped and fetched when the scrolling stops, a
// screenful in one request, so that a tap finds them here and opens the popover without a round
// trip or a change to the text.
(function () {
  'use strict';
  var reader = document.querySelector('.reader');
  if (!reader) return;
  var documentId = reader.getAttribute('data-document');
  var signedIn = reader.hasAttribute('data-signed-in');
  var labels = readLabels();
  // The same word patterns as the server's scanner (src/core/glossary/words.ts), so indices agree.
  var ID_WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
  var EN_WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
  var STATUSES = ['new', 'learning', 'known', 'ignored'];
  var LOCAL_KEY = 'sejajar.words';
  var PLACEHOLDER_AFTER_MS = 150;
  var lookups = {};
  var statuses = loadLocalStatuses();
  var popover = null;
  var current = null;
  var lit = [];

  function readLabels() {
    var el = document.getElementById('learn-labels');
    var out = {};
    if (!el) return out;
    Array.prototype.forEach.call(el.attributes, function (a) {
      if (a.name.indexOf('data-') === 0) out[a.name.slice(5)] = a.value;
    });
    return out;
  }

  // Statuses: this browser's list for anonymous readers; the account's for signed-in ones,
  // after handing over whatever this browser kept before signing in.
  function loadLocalStatuses() {
    try { return JSON.parse(localStorage.getItem(LOCAL_KEY) || '{}') || {}; } catch (e) { return {}; }
  }
  function saveLocalStatuses() {
    try { localStorage.setItem(LOCAL_KEY, JSON.stringify(statuses)); } catch (e) { /* private mode */ }
  }
  function csrf() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }
  function postJson(url, body) {
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf() }, body: JSON.stringify(body) })
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); });
  }
  var ready = Promise.resolve();
  if (signedIn) {
    var carried = Object.keys(statuses).length > 0 ? postJson('/learn/statuses', { statuses: statuses, mode: 'merge' }).then(function () {
      try { localStorage.removeItem(LOCAL_KEY); } catch (e) { /* nothing kept */ }
    }) : Promise.resolve();
    ready = carried.then(function () { return fetch('/learn/statuses', { credentials: 'same-origin' }); })
      .then(function (r) { return r.ok ? r.json() : { statuses: {} }; })
      .then(function (data) { statuses = data.statuses || {}; markStatuses(); })
      .catch(function () { /* statuses shown once the server answers again */ });
  }
  function setStatus(root, status) {
    statuses[root] = status;
    if (signedIn) {
      var change = {};
      change[root] = status;
      postJson('/learn/statuses', { statuses: change, mode: 'set' }).catch(function () { showMessage(labels.failed); });
    } else {
      saveLocalStatuses();
    }
    markStatuses();
    if (current) render(current);
  }
  // Only sentences looked at have words to mark: they are listed as they are wrapped.
  var wrapped = [];
  function markStatuses() {
    wrapped.forEach(function (sentence) { markSentence(sentence); });
  }
  function markSentence(sentence) {
    sentence.querySelectorAll('.w[data-root]').forEach(function (w) {
      var s = statuses[w.getAttribute('data-root')];
      if (s) w.setAttribute('data-status', s); else w.removeAttribute('data-status');
    });
  }

  // Words of a link, fetched once per link and page: with the screen it is on, or alone.
  var answered = {};
  // Links asked for with their screen whose answer has not come: a tap on one asks for it alone too.
  var inRange = {};
  function getJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); });
  }
  function keep(link, words) {
    var kept = lookups[link] = words.then(function (data) {
      answered[link] = data;
      if (rowOfLink[link]) annotateRoots(link, data);
      return data;
    });
    // A link not answered is asked for again on a tap.
    kept.catch(function () { if (lookups[link] === kept) delete lookups[link]; });
    return kept;
  }
  function alone(link) {
    return getJson('/documents/' + documentId + '/words/' + link);
  }
  function lookup(link) {
    return lookups[link] || keep(link, alone(link));
  }
  // A tap's words: a link still waiting with its screen is asked for alone too (a small answer, which
  // the server gives between the screen's links), the first answer taken.
  function lookupNow(link) {
    if (!inRange[link] || answered[link]) return lookup(link);
    delete inRange[link];
    return keep(link, firstOf(lookups[link], alone(link)));
  }
  // The first answer of two, failing only if both fail.
  function firstOf(a, b) {
    return new Promise(function (resolve, reject) {
      var failed = 0;
      [a, b].forEach(function (p) { p.then(resolve, function (e) { if (++failed === 2) reject(e); }); });
    });
  }
  // Asked for by the page's loader when the sentence was pressed, before this script came (learn-load.js).
  var early = (window.sejajarLearn && window.sejajarLearn.early) || {};
  // The screen's words are then wrapped when the page is idle, after the tap done again.
  var pressedBefore = Object.keys(early).length > 0;
  Object.keys(early).forEach(function (link) { keep(link, early[link]); });

  // The links of the passages on screen not asked for yet, in runs of neighbours, one request a run.
  var MAX_LINKS_AT_ONCE = 40;
  // Their words are wrapped then too, so that a tap changes nothing but the popover and the lit
  // words; while a tap is under way (a finger down, a popover waiting for its words), when the page
  // is next idle, so that the tap does not wait behind the wrapping.
  function fetchScreen() {
    var links = linksOnScreen();
    var missing = links.filter(function (link) { return !lookups[link]; }).sort(function (a, b) { return a - b; });
    while (missing.length) {
      var first = missing[0];
      var run = missing.filter(function (link) { return link - first < MAX_LINKS_AT_ONCE; });
      missing = missing.slice(run.length);
      fetchRun(first, run[run.length - 1], run);
    }
    var wrapScreen = function () {
      links.forEach(function (link) {
        wrapLink(link);
        if (answered[link]) annotateRoots(link, answered[link]);
      });
    };
    if (pressed || pressedBefore || (current && !current.data)) whenIdle(wrapScreen);
    else wrapScreen();
    pressedBefore = false;
  }
  function whenIdle(task) {
    if (window.requestIdleCallback) window.requestIdleCallback(task, { timeout: 1000 });
    else setTimeout(task, 50);
  }
  function fetchRun(first, last, links) {
    var answer = getJson('/documents/' + documentId + '/words?from=' + first + '&to=' + last);
    links.forEach(function (link) {
      inRange[link] = true;
      keep(link, answer.then(function (data) {
        var words = data.links[link];
        if (!words) throw new Error('no link ' + link);
        return words;
      })).then(function () { delete inRange[link]; }, function () { delete inRange[link]; });
    });
  }
  // The passages from the top of the screen to its foot (learn-long.js finds them without a hit test).
  function linksOnScreen() {
    var links = {};
    window.sejajarLearn.passagesBetween(0, window.innerHeight).slice(0, 60).forEach(function (row) {
      row.querySelectorAll('.sent[data-link]').forEach(function (sentence) {
        var link = sentence.getAttribute('data-link');
        links[link] = true;
        rowOfLink[link] = rowOfLink[link] || row;
      });
    });
    return Object.keys(links).map(Number);
  }
  // A jump (a contents entry, a search hit, a link: one scroll after none for a while) has the screen
  // it lands on asked for at once, as a tap may follow straight away; a scroll under way, when it stops.
  var settling = null;
  var lastScroll = 0;
  window.addEventListener('scroll', function () {
    var now = performance.now();
    var jump = now - lastScroll > 200;
    lastScroll = now;
    clearTimeout(settling);
    if (jump) fetchScreen();
    settling = setTimeout(fetchScreen, 100);
  }, { passive: true });

  // A link's sentences lie in one passage (row): looking there, not through the whole page, keeps a
  // tap quick on a document of thousands of passages.
  var rowOfLink = {};
  function sentencesOf(link, english) {
    var row = rowOfLink[link];
    if (!row || !row.isConnected) {
      var any = reader.querySelector('.sent[data-link="' + link + '"]');
      row = rowOfLink[link] = any ? (any.closest('.row') || reader) : reader;
    }
    var selector = english ? '.cell-target .sent[data-link="' + link + '"], .interlinear-en .sent[data-link="' + link + '"]' : '.cell-source .sent[data-link="' + link + '"]';
    var list = Array.prototype.slice.call(row.querySelectorAll(selector));
    return list.sort(function (a, b) { return Number(a.id.split('-')[1]) - Number(b.id.split('-')[1]); });
  }

  // Wraps each word of the link's sentences of one side in a span numbered as the server counts;
  // returns the word holding the caret position `at` ({ node, offset }), if one does.
  function wrapSide(link, english, at) {
    var index = 0;
    var found = null;
    sentencesOf(link, english).forEach(function (sentence) {
      if (sentence.hasAttribute('data-wrapped')) {
        index += sentence.querySelectorAll('.w').length;
        return;
      }
      var walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
      var texts = [];
      for (var n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
      texts.forEach(function (node) {
        var text = node.nodeValue;
        var pattern = english ? EN_WORD : ID_WORD;
        pattern.lastIndex = 0;
        var fragment = document.createDocumentFragment();
        var last = 0;
        for (var m = pattern.exec(text); m; m = pattern.exec(text)) {
          if (m.index > last) fragment.appendChild(document.createTextNode(text.slice(last, m.index)));
          var span = document.createElement('span');
          span.className = 'w';
          span.setAttribute('data-i', String(index++));
          span.setAttribute('tabindex', '-1');
          span.textContent = m[0];
          if (at && at.node === node && !found && at.offset >= m.index && at.offset <= m.index + m[0].length) found = span;
          fragment.appendChild(span);
          last = m.index + m[0].length;
        }
        if (last === 0) return;
        if (last < text.length) fragment.appendChild(document.createTextNode(text.slice(last)));
        node.parentNode.replaceChild(fragment, node);
      });
      sentence.setAttribute('data-wrapped', '');
      wrapped.push(sentence);
    });
    return found;
  }
  function wrapLink(link, at) {
    var source = wrapSide(link, false, at);
    var english = wrapSide(link, true, at);
    return source || english;
  }
  function wordsOf(link, english) {
    var out = [];
    sentencesOf(link, english).forEach(function (s) { s.querySelectorAll('.w').forEach(function (w) { out.push(w); }); });
    return out;
  }

  function clearLit() {
    lit.forEach(function (el) { el.classList.remove('is-word-active', 'is-word-partner'); });
    lit = [];
  }
  function light(el, cls) { el.classList.add(cls); lit.push(el); }

  function close() {
    clearLit();
    if (popover) popover.hidden = true;
    current = null;
  }

  // Focus goes back to the word the popover was for, without opening it again.
  var returning = false;
  function closeAndReturn() {
    var back = current.word;
    close();
    returning = true;
    back.focus();
    returning = false;
    hideTermPopover();
  }

  // One popover at a time: the glossary's own (glossary.js), which focus on a term opens, gives way.
  function hideTermPopover() {
    var termPopover = document.getElementById('term-popover');
    if (termPopover) termPopover.hidden = true;
  }

  function open(word) {
    if (current && current.word === word && !current.failed) return;
    var sentence = word.closest('.sent');
    var link = sentence && sentence.getAttribute('data-link');
    if (link === null || link === undefined) return;
    var english = !!word.closest('.cell-target, .interlinear-en');
    current = { word: word, link: link, english: english, index: Number(word.getAttribute('data-i')), data: null, failed: false };
    var asked = current;
    // Fetched while the finger was still down: one rendering, with the answer.
    if (answered[link]) current.data = answered[link];
    hideTermPopover();
    clearLit();
    light(word, 'is-word-active');
    if (current.data) {
      render(current);
      return;
    }
    // Words on their way are mostly here within a few frames: the popover waits for them rather than
    // being laid out twice, and shows that it waits only when they are late.
    if (popover) popover.hidden = true;
    var late = setTimeout(function () { if (current === asked && !asked.data) render(asked); }, PLACEHOLDER_AFTER_MS);
    lookupNow(link).then(function (data) {
      clearTimeout(late);
      if (current !== asked) return;
      asked.data = data;
      annotateRoots(link, data);
      render(asked);
    }, function () {
      clearTimeout(late);
      if (current !== asked) return;
      asked.failed = true;
      render(asked);
    });
  }

  function annotateRoots(link, data) {
    var words = wordsOf(link, false);
    var flat = [];
    data.source.forEach(function (s) { s.words.forEach(function (w) { flat.push(w); }); });
    words.forEach(function (el, i) { if (flat[i]) el.setAttribute('data-root', flat[i].root); });
    sentencesOf(link, false).forEach(markSentence);
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }
  function line(label, value, lang) {
    var p = element('p');
    p.appendChild(element('span', 'wp-label', label + ': '));
    var v = element('span', '', value);
    if (lang) v.setAttribute('lang', lang);
    p.appendChild(v);
    return p;
  }

  function ensurePopover() {
    if (popover) return popover;
    popover = element('div', 'word-popover');
    popover.id = 'word-popover';
    popover.setAttribute('role', 'dialog');
    popover.hidden = true;
    document.body.appendChild(popover);
    popover.addEventListener('click', function (event) {
      var button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button || !current) return;
      if (button.hasAttribute('data-status')) setStatus(button.getAttribute('data-root'), button.getAttribute('data-status'));
      else if (button.hasAttribute('data-save')) saveWord(button);
      else if (button.hasAttribute('data-speak')) reader.dispatchEvent(new CustomEvent('learn:speak', { detail: current.word.closest('.sent') }));
      else if (button.hasAttribute('data-close')) closeAndReturn();
    });
    return popover;
  }

  function partnersOf(state) {
    var links = state.data.links;
    var mine = state.english ? 1 : 0;
    var theirs = state.english ? 0 : 1;
    return links.filter(function (l) { return l[mine] === state.index; }).map(function (l) { return l[theirs]; });
  }

  function render(state) {
    var pop = ensurePopover();
    pop.textContent = '';
    pop.setAttribute('aria-label', (labels.word || '') + ' ' + state.word.textContent);
    pop.appendChild(element('h2', '', state.word.textContent)).setAttribute('lang', state.english ? 'en' : 'id');
    if (state.failed) pop.appendChild(element('p', '', labels.failed));
    else if (!state.data) pop.appendChild(element('p', 'wp-label', '…'));
    else renderData(pop, state);
    pop.hidden = false;
    place(pop, state.word);
  }

  function renderData(pop, state) {
    clearLit();
    light(state.word, 'is-word-active');
    var partners = partnersOf(state);
    var others = wordsOf(state.link, !state.english);
    partners.forEach(function (i) { if (others[i]) light(others[i], 'is-word-partner'); });
    var partnerText = partners.map(function (i) { return others[i] ? others[i].textContent : ''; }).join(' ');
    if (state.english) {
      pop.appendChild(partners.length ? line(labels.partnerof, partnerText, 'id') : element('p', 'wp-label', labels.nopartner));
      return;
    }
    var flat = [];
    state.data.source.forEach(function (s) { s.words.forEach(function (w) { flat.push(w); }); });
    var info = flat[state.index];
    if (!info) return;
    if (info.build) pop.appendChild(line(labels.build, info.build, 'id'));
    else if (info.known) pop.appendChild(line(labels.root, info.root, 'id'));
    else pop.appendChild(element('p', 'wp-label', labels.noanalysis));
    info.glossary.forEach(function (g) { pop.appendChild(line(labels.glossary, g.source + ' → ' + g.targets.join(', '))); });
    if (info.dictionary.length) pop.appendChild(line(labels.dictionary, info.dictionary.join('; '), 'en'));
    pop.appendChild(partners.length ? line(labels.partner, partnerText, 'en') : element('p', 'wp-label', labels.nopartner));
    var group = element('div', 'wp-statuses');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', labels.statuslabel);
    STATUSES.forEach(function (s, n) {
      var b = element('button', 'button-small', (n + 1) + ' ' + labels['status-' + s]);
      b.type = 'button';
      b.setAttribute('data-status', s);
      b.setAttribute('data-root', info.root);
      b.setAttribute('aria-pressed', statuses[info.root] === s ? 'true' : 'false');
      group.appendChild(b);
    });
    pop.appendChild(group);
    var actions = element('div', 'wp-actions');
    if (signedIn) {
      var save = element('button', 'button-small', labels.save);
      save.type = 'button';
      save.setAttribute('data-save', '');
      actions.appendChild(save);
    }
    var speak = element('button', 'button-small', labels.speak);
    speak.type = 'button';
    speak.setAttribute('data-speak', '');
    actions.appendChild(speak);
    var shut = element('button', 'button-small', labels.close);
    shut.type = 'button';
    shut.setAttribute('data-close', '');
    actions.appendChild(shut);
    pop.appendChild(actions);
  }

  function saveWord(button) {
    var state = current;
    postJson('/documents/' + documentId + '/words/' + state.link + '/save', { word: state.word.textContent })
      .then(function () { button.textContent = labels.saved; button.disabled = true; }, function () { showMessage(labels.failed); });
  }

  function showMessage(text) {
    var box = document.querySelector('.learn-message');
    if (box) box.textContent = text || '';
  }

  // Below the word, or above it when the screen ends first; never past the screen's sides.
  function place(pop, word) {
    var r = word.getBoundingClientRect();
    var width = pop.offsetWidth;
    var height = pop.offsetHeight;
    var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
    var top = r.bottom + 6;
    if (top + height > window.innerHeight && r.top - height - 6 > 0) top = r.top - height - 6;
    pop.style.left = (left + window.scrollX) + 'px';
    pop.style.top = (top + window.scrollY) + 'px';
  }

  function wordAt(event) {
    var target = event.target instanceof Element ? event.target : null;
    if (target && target.classList.contains('w')) return target;
    var hit = document.elementFromPoint(event.clientX, event.clientY);
    return hit && hit.classList.contains('w') ? hit : null;
  }
  function prepare(sentence, at) {
    var link = sentence && sentence.getAttribute('data-link');
    if (link === null || link === undefined) return null;
    if (!rowOfLink[link]) rowOfLink[link] = sentence.closest('.row') || reader;
    var found = wrapLink(link, at);
    if (answered[link]) annotateRoots(link, answered[link]);
    else lookupNow(link).catch(function () { /* tried again on a tap */ });
    return found;
  }

  // Words are wrapped when a sentence is first pointed at, pressed or focused.
  reader.addEventListener('pointerover', function (event) {
    var sentence = event.target instanceof Element ? event.target.closest('.sent') : null;
    if (sentence && !sentence.hasAttribute('data-wrapped')) prepare(sentence);
  });
  // A finger's tap on a word opens its popover without moving focus to the sentence: focusing
  // costs a long page dearly and lights the whole sentence, which a tap on a word does not ask for.
  var lastPointer = '';
  reader.addEventListener('mousedown', function (event) {
    if (lastPointer === 'touch' && event.target instanceof Element && event.target.closest('.w')) event.preventDefault();
  });
  // A press released where it began opens the popover then: the click comes later, after the
  // browser has decided the tap was no other gesture, often a frame or more on a long page.
  var pressed = null;
  var openedOnRelease = null;
  reader.addEventListener('pointerdown', function (event) {
    lastPointer = event.pointerType;
    openedOnRelease = null;
    pressed = event.isPrimary && event.button === 0 ? { x: event.clientX, y: event.clientY } : null;
    var sentence = event.target instanceof Element ? event.target.closest('.sent') : null;
    if (sentence && !sentence.hasAttribute('data-wrapped')) prepare(sentence);
  });
  reader.addEventListener('pointercancel', function () { pressed = null; });
  reader.addEventListener('pointerup', function (event) {
    var from = pressed;
    pressed = null;
    if (!from || Math.abs(event.clientX - from.x) > 8 || Math.abs(event.clientY - from.y) > 8) return;
    var word = wordToOpen(event);
    openedOnRelease = word;
    if (word) open(word);
  });
  // A finger's tap that opened a popover is done: the mouse events and click the browser would make
  // of it next would only light the sentence (reader.js) and lay the page out again before the
  // popover is drawn.
  reader.addEventListener('touchend', function (event) {
    if (openedOnRelease && event.cancelable) event.preventDefault();
  }, { passive: false });
  reader.addEventListener('click', function (event) {
    var opened = openedOnRelease;
    openedOnRelease = null;
    if (hiddenEnglish(event)) return;
    var word = wordAt(event);
    if (word && word !== opened) open(word);
    // The click of a press made before this script came (whose words it did not wrap then): the
    // word found from where it is.
    var sentence = !word && !opened && event.target instanceof Element ? event.target.closest('.sent') : null;
    if (sentence && !sentence.hasAttribute('data-wrapped')) openAt(event.clientX, event.clientY, null);
  });
  // A hidden English sentence's first click shows it (learn-settings.js) rather than a word.
  function hiddenEnglish(event) {
    return reader.classList.contains('mode-hidden') && event.target instanceof Element && !!event.target.closest('.cell-target .sent:not(.is-revealed)');
  }
  function wordToOpen(event) {
    return hiddenEnglish(event) ? null : wordAt(event);
  }
  // A click made before this script was here (learn-load.js), done again on what is at its place now.
  // No hit test after wrapping the words: the caret position at the point, which the loader found
  // when the finger went down (while this script was on its way), or found now.
  reader.addEventListener('learn:replay', function (event) {
    openAt(event.detail.x, event.detail.y, window.sejajarLearn.caret);
  });
  function openAt(x, y, down) {
    var at = down && down.node.isConnected && Math.abs(down.x - x) <= 8 && Math.abs(down.y - y) <= 8 ? down : caretAt(x, y);
    var node = at && (at.node.nodeType === 1 ? at.node : at.node.parentElement);
    var sentence = node ? node.closest('.reader .sent') : null;
    if (!sentence) return;
    var word = node.classList.contains('w') ? node : sentence.hasAttribute('data-wrapped') ? null : prepare(sentence, at);
    if (!word) {
      var hit = document.elementFromPoint(x, y);
      word = hit && hit.classList.contains('w') ? hit : null;
    }
    // The caret nearest a point off the text is no word tapped.
    var box = word && word.getBoundingClientRect();
    if (box && x >= box.left - 2 && x <= box.right + 2 && y >= box.top - 2 && y <= box.bottom + 2) open(word);
  }
  function caretAt(x, y) {
    if (document.caretRangeFromPoint) {
      var range = document.caretRangeFromPoint(x, y);
      return range && { node: range.startContainer, offset: range.startOffset };
    }
    var position = document.caretPositionFromPoint ? document.caretPositionFromPoint(x, y) : null;
    return position && { node: position.offsetNode, offset: position.offset };
  }
  reader.addEventListener('focusin', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    if (target.classList.contains('w')) { if (!returning) open(target); }
    else if (target.classList.contains('sent') && !target.hasAttribute('data-wrapped')) prepare(target);
  });

  // Keys: arrows step through the words of the focused sentence, 1–4 set the status of the word
  // looked at, Escape closes the popover.
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target instanceof Element ? event.target : null;
    if (event.key === 'Escape' && current) {
      closeAndReturn();
      return;
    }
    if (!target || target.closest('input, select, textarea')) return;
    var n = STATUSES.length >= Number(event.key) && Number(event.key) >= 1 ? Number(event.key) : 0;
    if (n && current && current.data && !current.english) {
      var root = current.word.getAttribute('data-root');
      if (root) { setStatus(root, STATUSES[n - 1]); event.preventDefault(); }
      return;
    }
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    var sentence = target.closest('.reader .sent');
    if (!sentence) return;
    if (!sentence.hasAttribute('data-wrapped')) prepare(sentence);
    var words = Array.prototype.slice.call(sentence.querySelectorAll('.w'));
    if (!words.length) return;
    var at = words.indexOf(target);
    var next = at < 0 ? (event.key === 'ArrowRight' ? 0 : words.length - 1) : at + (event.key === 'ArrowRight' ? 1 : -1);
    if (next >= 0 && next < words.length) { words[next].focus(); event.preventDefault(); }
  });
  document.addEventListener('click', function (event) {
    if (!current || !(event.target instanceof Element)) return;
    if (event.target.closest('.word-popover, .w')) return;
    close();
  });

  ready.then(function () { markStatuses(); });
  fetchScreen();
  // The sentence pointed at or focused before this script arrived gets its words now.
  [reader.querySelector('.sent:hover'), document.activeElement].forEach(function (el) {
    if (el && el.classList && el.classList.contains('sent') && reader.contains(el) && !el.hasAttribute('data-wrapped')) prepare(el);
  });
  // "Underline new words": the passages coming into view get their words wrapped and rooted from
  // the document's vocabulary (one request), so unmarked words show without a tap.
  var vocabulary = null;
  var watcher = null;
  function underlineNewWords(on) {
    reader.classList.toggle('show-unknown', on);
    if (!on || watcher || !('IntersectionObserver' in window)) return;
    vocabulary = vocabulary || fetch('/documents/' + documentId + '/vocabulary', { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : { byWord: {} }; }, function () { return { byWord: {} }; });
    vocabulary.then(function (v) {
      watcher = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          watcher.unobserve(entry.target);
          entry.target.querySelectorAll('.cell-source .sent[data-link]').forEach(function (sentence) {
            wrapSide(sentence.getAttribute('data-link'), false);
            sentence.querySelectorAll('.w:not([data-root])').forEach(function (w) {
              var root = v.byWord[w.textContent.toLowerCase()];
              if (root) w.setAttribute('data-root', root);
            });
            markSentence(sentence);
          });
        });
      }, { rootMargin: '200px' });
      reader.querySelectorAll('.row').forEach(function (row) { watcher.observe(row); });
    });
  }
  var unknownToggle = document.getElementById('learn-unknown');
  if (unknownToggle) {
    // Ticked before this script arrived, or kept from an earlier visit.
    var on = unknownToggle.checked;
    try { on = on || localStorage.getItem('sejajar.unknown') === '1'; } catch (e) { /* off */ }
    unknownToggle.checked = on;
    underlineNewWords(on);
    if (on) try { localStorage.setItem('sejajar.unknown', '1'); } catch (e) { /* this page only */ }
    unknownToggle.addEventListener('change', function () {
      underlineNewWords(unknownToggle.checked);
      try { localStorage.setItem('sejajar.unknown', unknownToggle.checked ? '1' : '0'); } catch (e) { /* this page only */ }
    });
  }
})();
