/*
 * Translation memory in the editor: when a sentence link gets the focus, the panel shows reviewed
 * translations of similar Indonesian sentences from the library (GET /api/memory), best first, with
 * what differs from this sentence marked; Ctrl+1..3 puts one into the English box (not saved: the
 * editor's own save, draft and conflict handling take it from there).
 */
(function () {
  'use strict';
  var panel = document.getElementById('memory-panel');
  var rows = document.getElementById('rows');
  if (!panel || !rows) return;
  var list = document.getElementById('memory-offers');
  var status = document.getElementById('memory-status');
  var current = { row: null, text: '', offers: [] };
  var asked = 0;

  function msg(name, params) {
    var text = panel.getAttribute('data-msg-' + name) || '';
    Object.keys(params || {}).forEach(function (key) { text = text.split('{{' + key + '}}').join(String(params[key])); });
    return text;
  }

  function sourceText(row) {
    return Array.prototype.map.call(row.querySelectorAll('.link-source .source-sentence'), function (p) { return p.textContent.trim(); }).join(' ');
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** The stored Indonesian with its differences: <del> only in this sentence, <ins> only in the stored one. */
  function differenceNode(parts) {
    var p = el('p', 'memory-source');
    p.lang = 'id';
    parts.forEach(function (part) {
      p.appendChild(part.kind === 'same' ? document.createTextNode(part.text) : el(part.kind === 'added' ? 'ins' : 'del', '', part.text));
    });
    return p;
  }

  function render(offers) {
    list.textContent = '';
    if (offers.length === 0) {
      list.appendChild(el('li', 'hint', msg('none')));
      return;
    }
    offers.forEach(function (offer, i) {
      var item = el('li', 'memory-offer');
      item.setAttribute('data-offer', String(i + 1));
      var score = el('span', 'score', offer.score + '%');
      score.appendChild(el('span', 'key', msg('key', { n: i + 1 })));
      item.appendChild(score);
      var source = el('div');
      source.appendChild(differenceNode(offer.difference));
      source.appendChild(el('small', 'hint', msg('from', { title: offer.title })));
      item.appendChild(source);
      var target = el('p', 'memory-target', offer.target);
      target.lang = 'en';
      item.appendChild(target);
      list.appendChild(item);
    });
  }

  function lookUp(row) {
    var text = sourceText(row);
    current.row = row;
    if (text === current.text) return;
    current.text = text;
    current.offers = [];
    var mine = ++asked;
    if (!text) { panel.hidden = true; return; }
    fetch('/api/memory?q=' + encodeURIComponent(text), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (res) { return res.ok ? res.json() : Promise.reject(res); })
      .then(function (data) {
        if (mine !== asked) return;
        current.offers = data.offers || [];
        render(current.offers);
        panel.hidden = false;
      })
      .catch(function () { if (mine === asked) status.textContent = msg('failed'); });
  }

  rows.addEventListener('focusin', function (event) {
    var row = event.target instanceof Element ? event.target.closest('.link-row') : null;
    if (row) lookUp(row);
  });

  function insert(n) {
    var offer = current.offers[n - 1];
    var row = current.row;
    if (!offer || !row || !row.isConnected) return false;
    var active = document.activeElement;
    var box = active && active.classList.contains('seg-text') && row.contains(active) ? active : row.querySelector('.seg-text');
    if (!box) return false;
    box.value = offer.target;
    // The editor keeps drafts and marks the sentence unsaved on input, as if it had been typed.
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.focus();
    status.textContent = msg('inserted', { n: n });
    return true;
  }

  document.addEventListener('keydown', function (event) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    if (event.key !== '1' && event.key !== '2' && event.key !== '3') return;
    if (!(document.activeElement instanceof Element) || !rows.contains(document.activeElement)) return;
    if (insert(Number(event.key))) event.preventDefault();
  }, true);
})();
