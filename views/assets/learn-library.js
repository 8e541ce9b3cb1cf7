// The library's "New words" column: each document's share of roots this reader has not marked
// learning, known or ignored, from the reader's statuses (the account's, else this browser's).
(function () {
  'use strict';
  var cells = document.querySelectorAll('td.new-words[data-document]');
  var head = document.getElementById('new-words-head');
  if (!cells.length || !head) return;
  var label = head.getAttribute('data-label') || '';

  function localStatuses() {
    try { return JSON.parse(localStorage.getItem('sejajar.words') || '{}') || {}; } catch (e) { return {}; }
  }
  var statuses = fetch('/learn/statuses', { credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.json().then(function (d) { return d.statuses || {}; }) : localStatuses(); }, localStatuses);

  function fill(cell, roots, known) {
    var unseen = roots.filter(function (root) { var s = known[root]; return !s || s === 'new'; }).length;
    var percent = roots.length ? Math.round((100 * unseen) / roots.length) : 0;
    cell.textContent = label.replace('{{percent}}', String(percent)).replace('{{unseen}}', String(unseen)).replace('{{total}}', String(roots.length));
  }

  statuses.then(function (known) {
    Array.prototype.forEach.call(cells, function (cell) {
      fetch('/documents/' + cell.getAttribute('data-document') + '/vocabulary', { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data) fill(cell, data.roots, known); }, function () { /* left empty */ });
    });
  });
})();
