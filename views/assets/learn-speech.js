// Listening: the browser's speech synthesis reads a sentence, or the whole text from the first
// sentence on, with an Indonesian voice; the spoken sentence and its English partner are lit.
// Without an Indonesian voice nothing is read in a wrong accent: a message says why.
(function () {
  'use strict';
  var reader = document.querySelector('.reader');
  var button = document.getElementById('learn-listen');
  var message = document.querySelector('.learn-message');
  if (!reader) return;
  var speaking = false;
  var lit = [];

  function say(text) { if (message) message.textContent = text || ''; }

  function indonesianVoice() {
    var synth = window.speechSynthesis;
    var voices = synth ? synth.getVoices() : [];
    for (var i = 0; i < voices.length; i++) {
      var lang = String(voices[i].lang || '').replace('_', '-').toLowerCase();
      if (lang === 'id-id' || lang === 'id' || lang.indexOf('id-') === 0) return voices[i];
    }
    return null;
  }

  // Voices load late in some browsers: wait for them a moment before concluding there is none.
  function withVoice(then) {
    if (!window.speechSynthesis || typeof window.SpeechSynthesisUtterance !== 'function') {
      say(message && message.getAttribute('data-no-speech'));
      return;
    }
    var voice = indonesianVoice();
    if (voice) { then(voice); return; }
    var done = false;
    var finish = function () {
      if (done) return;
      done = true;
      var found = indonesianVoice();
      if (found) then(found);
      else say(message && message.getAttribute('data-no-voice'));
    };
    window.speechSynthesis.addEventListener('voiceschanged', finish, { once: true });
    setTimeout(finish, 1000);
  }

  function clearLit() {
    lit.forEach(function (el) { el.classList.remove('is-speaking', 'is-partner'); });
    lit = [];
  }
  function lightSentence(sentence) {
    clearLit();
    sentence.classList.add('is-speaking');
    lit.push(sentence);
    var link = sentence.getAttribute('data-link');
    if (link === null) return;
    reader.querySelectorAll('.cell-target .sent[data-link="' + link + '"], .interlinear-en .sent[data-link="' + link + '"]').forEach(function (el) {
      el.classList.add('is-partner');
      lit.push(el);
    });
  }

  function speak(sentences, voice) {
    var synth = window.speechSynthesis;
    synth.cancel();
    say('');
    speaking = true;
    if (button) button.textContent = button.getAttribute('data-stop');
    var next = 0;
    var step = function () {
      if (!speaking || next >= sentences.length) { stop(); return; }
      var sentence = sentences[next++];
      var utterance = new SpeechSynthesisUtterance(sentence.textContent);
      utterance.lang = 'id-ID';
      try { utterance.voice = voice; } catch (e) { /* the language alone chooses the voice */ }
      utterance.onend = step;
      utterance.onerror = stop;
      lightSentence(sentence);
      synth.speak(utterance);
    };
    step();
  }

  function stop() {
    speaking = false;
    if (window.speechSynthesis) window.speechSynthesis.cancel();
    clearLit();
    if (button) button.textContent = button.getAttribute('data-start');
  }

  if (button) button.addEventListener('click', function () {
    if (speaking) { stop(); return; }
    var all = Array.prototype.slice.call(reader.querySelectorAll('.cell-source .sent'));
    withVoice(function (voice) { speak(all, voice); });
  });
  reader.addEventListener('learn:speak', function (event) {
    var sentence = event.detail;
    if (!sentence || !sentence.closest('.cell-source')) return;
    withVoice(function (voice) { speak([sentence], voice); });
  });
})();
