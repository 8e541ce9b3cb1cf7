// Lights up a sentence's counterpart in the other language on hover and keyboard focus.
(function () {
  'use strict';
  var reader = document.querySelector('.reader');
  if (!reader) return;
  var lit = [];

  function clear() {
    lit.forEach(function (el) { el.classList.remove('is-active', 'is-partner'); });
    lit = [];
  }

  function light(sentence) {
    clear();
    var link = sentence.getAttribute('data-link');
    if (link === null) return;
    // A link's sentences share its passage: looking there keeps a long document quick.
    (sentence.closest('.row') || reader).querySelectorAll('.sent[data-link="' + link + '"]').forEach(function (el) {
      el.classList.add(el === sentence ? 'is-active' : 'is-partner');
      lit.push(el);
    });
  }

  function sentenceOf(target) {
    return target instanceof Element ? target.closest('.sent') : null;
  }

  reader.addEventListener('mouseover', function (event) {
    var sentence = sentenceOf(event.target);
    if (sentence) light(sentence);
  });
  reader.addEventListener('mouseleave', clear);
  reader.addEventListener('focusin', function (event) {
    var sentence = sentenceOf(event.target);
    if (sentence) light(sentence);
  });
  reader.addEventListener('focusout', function (event) {
    if (!reader.contains(event.relatedTarget)) clear();
  });
})();
