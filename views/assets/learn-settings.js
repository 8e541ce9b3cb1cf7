// The reader's own choices, kept in this browser: reading mode, font size, line spacing and theme.
// Nothing here is in the page itself, which is the same cached bytes for every visitor.
(function () {
  'use strict';
  var reader = document.querySelector('.reader');
  if (!reader) return;
  var KEY = 'sejajar.reader';
  var MODES = ['side', 'hidden', 'id', 'interlinear'];
  var LIMITS = { font: [-2, 4], leading: [-1, 3] };
  var root = document.documentElement;

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(KEY) || '{}');
      return saved && typeof saved === 'object' ? saved : {};
    } catch (e) {
      return {};
    }
  }
  var settings = load();
  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(settings)); } catch (e) { /* private mode: the choice lasts for this page */ }
  }

  function clamp(name, value) {
    var n = Math.round(Number(value) || 0);
    return Math.max(LIMITS[name][0], Math.min(LIMITS[name][1], n));
  }

  // Classes, not inline styles: the Content-Security-Policy allows no style attributes.
  function applyComfort() {
    ['font', 'leading'].forEach(function (name) {
      for (var v = LIMITS[name][0]; v <= LIMITS[name][1]; v++) root.classList.remove(name + '-' + String(v).replace('-', 'm'));
      root.classList.add(name + '-' + String(clamp(name, settings[name])).replace('-', 'm'));
    });
    var dark = settings.theme === 'dark';
    root.classList.toggle('theme-dark', dark);
    var themeButton = document.getElementById('learn-theme');
    if (themeButton) themeButton.setAttribute('aria-pressed', dark ? 'true' : 'false');
  }

  // Interlinear: each English sentence moves under the last Indonesian sentence of its link; a
  // placeholder keeps its place in the English column so that the other modes can put it back.
  var moved = [];
  function interlinear() {
    reader.querySelectorAll('.row').forEach(function (row) {
      var lastOfLink = {};
      row.querySelectorAll('.cell-source .sent[data-link]').forEach(function (s) { lastOfLink[s.getAttribute('data-link')] = s; });
      row.querySelectorAll('.cell-target .sent[data-link]').forEach(function (english) {
        var anchor = lastOfLink[english.getAttribute('data-link')];
        if (!anchor) return;
        var holder = anchor.nextElementSibling && anchor.nextElementSibling.classList.contains('interlinear-en')
          ? anchor.nextElementSibling : null;
        if (!holder) {
          holder = document.createElement('span');
          holder.className = 'interlinear-en';
          holder.setAttribute('lang', 'en');
          anchor.after(holder);
        }
        var place = document.createComment('en');
        english.before(place);
        holder.appendChild(english);
        moved.push({ node: english, place: place });
      });
    });
  }
  function sideBySide() {
    moved.forEach(function (m) { m.place.replaceWith(m.node); });
    moved = [];
    reader.querySelectorAll('.interlinear-en').forEach(function (h) { h.remove(); });
  }

  function applyMode() {
    var mode = MODES.indexOf(settings.mode) >= 0 ? settings.mode : 'side';
    MODES.forEach(function (m) { reader.classList.toggle('mode-' + m, m === mode); });
    if (mode === 'interlinear' && moved.length === 0) interlinear();
    if (mode !== 'interlinear' && moved.length > 0) sideBySide();
    var select = document.getElementById('learn-mode');
    if (select) select.value = mode;
    var help = document.querySelector('.learn-hidden-help');
    if (help) help.hidden = mode !== 'hidden';
    reader.dispatchEvent(new CustomEvent('learn:mode', { detail: mode }));
  }

  function revealPartners(sentence) {
    var link = sentence.getAttribute('data-link');
    if (link === null) return;
    reader.querySelectorAll('.cell-target .sent[data-link="' + link + '"], .interlinear-en .sent[data-link="' + link + '"]').forEach(function (el) {
      el.classList.add('is-revealed');
    });
  }

  var select = document.getElementById('learn-mode');
  if (select) select.addEventListener('change', function () { settings.mode = select.value; save(); applyMode(); });
  document.querySelectorAll('[data-learn-step]').forEach(function (button) {
    button.addEventListener('click', function () {
      var name = button.getAttribute('data-learn-step');
      settings[name] = clamp(name, (Number(settings[name]) || 0) + Number(button.getAttribute('data-delta')));
      save();
      applyComfort();
    });
  });
  var themeButton = document.getElementById('learn-theme');
  if (themeButton) themeButton.addEventListener('click', function () {
    settings.theme = settings.theme === 'dark' ? 'light' : 'dark';
    save();
    applyComfort();
  });

  // Hidden English: a click or tap on a hidden sentence shows it; on a focused Indonesian sentence, R or Enter shows its partner.
  reader.addEventListener('click', function (event) {
    if (!reader.classList.contains('mode-hidden')) return;
    var english = event.target instanceof Element ? event.target.closest('.cell-target .sent, .interlinear-en .sent') : null;
    if (english) english.classList.add('is-revealed');
  });
  reader.addEventListener('keydown', function (event) {
    if (!reader.classList.contains('mode-hidden') || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key !== 'r' && event.key !== 'R' && event.key !== 'Enter') return;
    var sentence = event.target instanceof Element ? event.target.closest('.sent') : null;
    if (!sentence) return;
    if (sentence.closest('.cell-source')) revealPartners(sentence);
    else sentence.classList.add('is-revealed');
    event.preventDefault();
  });

  applyComfort();
  applyMode();
})();
