// Long texts: one tab stop for the text (arrow keys move between sentences), a contents list made
// from the document's chapters and headings, and the reading position kept per document in this browser.
(function () {
  'use strict';
  var reader = document.querySelector('.reader');
  if (!reader) return;
  var documentId = reader.getAttribute('data-document');

  // One tab stop, not one per sentence and term: the last sentence focused keeps it.
  var stop = null;
  function makeStop(el) {
    if (stop === el) return;
    if (stop) stop.setAttribute('tabindex', '-1');
    el.setAttribute('tabindex', '0');
    stop = el;
  }
  reader.querySelectorAll('.sent[tabindex], mark.term[tabindex]').forEach(function (el) { el.setAttribute('tabindex', '-1'); });
  var first = reader.querySelector('.cell-source .sent') || reader.querySelector('.sent');
  if (first) makeStop(first);
  reader.addEventListener('focusin', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (target && target.classList.contains('sent')) makeStop(target);
  });
  reader.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var sentence = event.target instanceof Element ? event.target.closest('.sent') : null;
    if (!sentence) return;
    var parts = sentence.id.split('-');
    var next = document.getElementById(parts[0] + '-' + (Number(parts[1]) + (event.key === 'ArrowDown' ? 1 : -1)));
    if (next) {
      next.focus();
      event.preventDefault();
    }
  });

  // Contents: the headings of the Indonesian text, listed when first opened; in a book with chapters,
  // one entry per chapter (named by its first heading, else by its number) with its other headings under it.
  var contents = document.getElementById('learn-contents');
  function entry(text, sentence) {
    var item = document.createElement('li');
    var link = document.createElement('a');
    link.href = '#' + sentence.id;
    link.textContent = text;
    item.appendChild(link);
    return item;
  }
  if (contents) contents.addEventListener('toggle', function () {
    var list = contents.querySelector('ol');
    if (!contents.open || list.childElementCount > 0) return;
    var chapterLabel = contents.getAttribute('data-chapter-label') || '{{n}}';
    var chapter = null;
    var named = false;
    reader.querySelectorAll('.row[data-chapter], .cell-source .heading').forEach(function (el) {
      if (el.classList.contains('row')) {
        var first = el.querySelector('.sent');
        if (!first) return;
        // A chapter only the English edition has is named by its English heading, as the editor names it.
        var english = el.querySelector('.cell-source .heading') ? null : el.querySelector('.cell-target .heading');
        chapter = entry(english ? english.textContent.trim() : chapterLabel.replace('{{n}}', el.getAttribute('data-chapter')), first);
        chapter.appendChild(document.createElement('ol'));
        list.appendChild(chapter);
        named = Boolean(english);
        return;
      }
      var sentence = el.querySelector('.sent');
      if (!sentence) return;
      var text = el.textContent.trim();
      if (chapter && !named) {
        chapter.firstChild.textContent = text;
        named = true;
        return;
      }
      (chapter ? chapter.lastChild : list).appendChild(entry(text, sentence));
    });
    list.querySelectorAll('ol:empty').forEach(function (empty) { empty.remove(); });
    contents.querySelector('.no-headings').hidden = list.childElementCount > 0;
  });

  // Passages in groups of twenty, each group laid out only when near the screen (learn.css): on a
  // long page the browser then has a hundred or so boxes to watch as it draws each frame and to pass
  // over as it finds what is under a finger, rather than thousands of passages. Made once, as the
  // page opens (the server writes each passage on its own).
  var GROUP = 20;
  var groups = [];
  (function () {
    var run = [];
    var flush = function () {
      if (run.length === 0) return;
      var group = document.createElement('div');
      group.className = 'passage-group';
      reader.insertBefore(group, run[0]);
      var range = document.createRange();
      range.setStartBefore(run[0]);
      range.setEndAfter(run[run.length - 1]);
      group.appendChild(range.extractContents());
      groups.push(group);
      run = [];
    };
    for (var el = reader.firstElementChild; el; el = el.nextElementSibling) {
      if (!el.classList.contains('row')) {
        flush();
        continue;
      }
      run.push(el);
      if (run.length === GROUP) {
        var last = el;
        flush();
        el = last.parentNode;
      }
    }
    flush();
  })();

  // The passages between two heights of the screen, found by halving the list of their groups, whose
  // boxes the browser has without laying out a group off screen: a hit test (elementFromPoint) costs
  // milliseconds on a long page. The word popover's script asks too (learn-words.js).
  function passagesBetween(top, bottom) {
    var lo = 0;
    var hi = groups.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (groups[mid].getBoundingClientRect().bottom <= top) lo = mid + 1; else hi = mid;
    }
    var out = [];
    for (; lo < groups.length && groups[lo].getBoundingClientRect().top < bottom; lo++) {
      var rows = groups[lo].children;
      for (var n = 0; n < rows.length; n++) {
        var box = rows[n].getBoundingClientRect();
        if (box.bottom > top && box.top < bottom) out.push(rows[n]);
      }
    }
    return out;
  }
  window.sejajarLearn = window.sejajarLearn || {};
  window.sejajarLearn.passagesBetween = passagesBetween;

  // The reading position: the passage at the top of the screen, kept as the reader scrolls.
  var KEY = 'sejajar.position.' + documentId;
  var saving = null;
  window.addEventListener('scroll', function () {
    if (saving) return;
    saving = setTimeout(function () {
      saving = null;
      var row = passagesBetween(80, 81)[0];
      try {
        if (row) localStorage.setItem(KEY, row.getAttribute('data-row'));
        else if (window.scrollY < 100) localStorage.removeItem(KEY);
      } catch (e) { /* not kept in private mode */ }
    }, 400);
  }, { passive: true });
  if (!location.hash) {
    var saved = null;
    try { saved = localStorage.getItem(KEY); } catch (e) { /* nothing kept */ }
    var row = saved && /^\d+$/.test(saved) && Number(saved) > 0 ? reader.querySelector('.row[data-row="' + saved + '"]') : null;
    if (row) row.scrollIntoView();
  }
})();
