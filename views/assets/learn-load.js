// The word popover, statuses and listening (learn-words.js, learn-speech.js; their styles come with
// the page) come with the reader's first move: a pointer, a finger, a key, focus or a scroll. A visit
// that only reads the top of a page does not pay for them. A click on a word or on "Listen" made
// before they arrive is carried out once they have. LEARN_WORDS_SCRIPT is replaced by its hashed
// address when the server builds the assets (src/web/learner/assets.ts).
(function () {
  'use strict';
  var reader = document.querySelector('.reader');
  if (!reader) return;
  var MOVES = ['pointerdown', 'pointerover', 'touchstart', 'focusin', 'keydown', 'scroll'];
  var started = false;
  var ready = false;
  var waiting = null;

  function stored(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function start() {
    if (started) return;
    started = true;
    MOVES.forEach(function (name) { window.removeEventListener(name, start, true); });
    var script = document.createElement('script');
    script.src = LEARN_WORDS_SCRIPT;
    var loaded = function () {
      ready = true;
      if (waiting) waiting();
      waiting = null;
    };
    script.addEventListener('load', loaded);
    script.addEventListener('error', loaded);
    document.head.appendChild(script);
  }

  // The words of a sentence pressed before the scripts are here are asked for at once, beside them,
  // so that a first tap waits for one round trip rather than two (learn-words.js takes the answers).
  var early = {};
  window.sejajarLearn = window.sejajarLearn || {};
  window.sejajarLearn.early = early;
  window.addEventListener('pointerdown', function (event) {
    var sentence = !ready && event.target instanceof Element ? event.target.closest('.sent[data-link]') : null;
    var link = sentence && reader.contains(sentence) ? sentence.getAttribute('data-link') : null;
    if (link === null) return;
    if (!early[link]) {
      early[link] = fetch('/documents/' + reader.getAttribute('data-document') + '/words/' + link, { credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); });
      early[link].catch(function () { /* asked again on the tap */ });
    }
    // Where in the text the finger went down, for the click done again: a hit test made while the
    // scripts are on their way rather than after.
    var x = event.clientX;
    var y = event.clientY;
    setTimeout(function () {
      var range = document.caretRangeFromPoint ? document.caretRangeFromPoint(x, y) : null;
      window.sejajarLearn.caret = range && { node: range.startContainer, offset: range.startOffset, x: x, y: y };
    }, 0);
  }, { capture: true, passive: true });

  // A finger's tap on a sentence before the script is here does not move focus, as a tap on a word
  // does not once it is (learn-words.js): focus would light the whole sentence and restyle the page
  // while the script is on its way.
  var touch = false;
  reader.addEventListener('pointerdown', function (event) { touch = event.pointerType === 'touch'; });
  reader.addEventListener('mousedown', function (event) {
    if (!ready && touch && event.target instanceof Element && event.target.closest('.sent')) event.preventDefault();
  });

  // Clicks before the scripts are here: the last one is done again when they are.
  reader.addEventListener('click', function (event) {
    if (ready) return;
    var listen = event.target instanceof Element ? event.target.closest('#learn-listen') : null;
    var x = event.clientX;
    var y = event.clientY;
    waiting = listen
      ? function () { listen.click(); }
      : function () { reader.dispatchEvent(new CustomEvent('learn:replay', { detail: { x: x, y: y } })); };
    start();
  });

  // A reader who underlines new words, or who signs in with statuses kept in this browser, needs them at once.
  var kept = stored('sejajar.words');
  if (stored('sejajar.unknown') === '1' || (reader.hasAttribute('data-signed-in') && kept && kept !== '{}')) start();
  else MOVES.forEach(function (name) { window.addEventListener(name, start, { capture: true, passive: true }); });
})();
