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

  // The passages between two heights of the screen, found by halving the list of passages: a hit
  // test (elementFromPoint) costs milliseconds on a page of thousands. The word popover's script
  // asks too (learn-words.js).
  var rows = null;
  function passagesBetween(top, bottom) {
    if (!rows || (rows.length && !rows[0].isConnected)) {
      rows = [];
      for (var el = reader.firstElementChild; el; el = el.nextElementSibling) if (el.classList.contains('row')) rows.push(el);
    }
    var lo = 0;
    var hi = rows.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (rows[mid].getBoundingClientRect().bottom <= top) lo = mid + 1; else hi = mid;
    }
    var out = [];
    for (; lo < rows.length && rows[lo].getBoundingClientRect().top < bottom; lo++) out.push(rows[lo]);
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
