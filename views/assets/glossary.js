// Glossary terms in the reader: partners light up on hover and focus, a popover shows the
// term's equivalents, note, status and word build, and selected Indonesian words can be added.
(function () {
  'use strict';
  var reader = document.querySelector('.reader');
  var popover = document.getElementById('term-popover');
  if (!reader || !popover) return;
  var lit = [];
  var shownFor = null;

  function idsOf(term) {
    return (term.getAttribute('data-terms') || '').split(' ').filter(Boolean);
  }

  function termOf(target) {
    return target instanceof Element ? target.closest('mark.term') : null;
  }

  // Partners: terms with a shared id in the sentences of the same sentence link.
  function partnersOf(term) {
    var sentence = term.closest('.sent');
    var link = sentence && sentence.getAttribute('data-link');
    if (link === null || link === undefined) return [];
    var ids = idsOf(term);
    var found = [];
    reader.querySelectorAll('.sent[data-link="' + link + '"] mark.term').forEach(function (other) {
      if (other !== term && idsOf(other).some(function (id) { return ids.indexOf(id) >= 0; })) found.push(other);
    });
    return found;
  }

  function clearLight() {
    lit.forEach(function (el) { el.classList.remove('is-term-active', 'is-term-partner'); });
    lit = [];
  }

  function light(term) {
    clearLight();
    term.classList.add('is-term-active');
    lit.push(term);
    partnersOf(term).forEach(function (p) {
      p.classList.add('is-term-partner');
      lit.push(p);
    });
  }

  function definition(id) {
    return document.querySelector('.term-def[data-term="' + id + '"]');
  }

  function fillPopover(term) {
    popover.textContent = '';
    var list = document.createElement('dl');
    idsOf(term).forEach(function (id) {
      var def = definition(id);
      if (!def) return;
      Array.prototype.forEach.call(def.children, function (child) { list.appendChild(child.cloneNode(true)); });
    });
    popover.appendChild(list);
    var build = term.getAttribute('data-build');
    if (build) {
      var p = document.createElement('p');
      p.className = 'term-popover-build';
      p.textContent = popover.getAttribute('data-label-build') + ': ' + term.textContent + ' = ' + build;
      p.setAttribute('lang', 'id');
      popover.appendChild(p);
    }
  }

  function place(term) {
    var box = term.getBoundingClientRect();
    popover.style.left = Math.max(8, window.scrollX + box.left) + 'px';
    popover.style.top = window.scrollY + box.bottom + 6 + 'px';
  }

  function show(term) {
    if (shownFor && shownFor !== term) hide();
    fillPopover(term);
    popover.hidden = false;
    place(term);
    term.setAttribute('aria-expanded', 'true');
    term.setAttribute('aria-describedby', 'term-popover');
    shownFor = term;
  }

  function hide() {
    popover.hidden = true;
    if (shownFor) {
      shownFor.setAttribute('aria-expanded', 'false');
      shownFor.removeAttribute('aria-describedby');
    }
    shownFor = null;
  }

  // With the script the popover replaces the native tooltip, which would show the same text twice.
  reader.querySelectorAll('mark.term').forEach(function (term) {
    term.setAttribute('data-hint', term.getAttribute('title') || '');
    term.removeAttribute('title');
    term.setAttribute('role', 'button');
    term.setAttribute('aria-expanded', 'false');
    term.setAttribute('aria-controls', 'term-popover');
  });

  reader.addEventListener('mouseover', function (event) {
    var term = termOf(event.target);
    if (!term) return;
    light(term);
    show(term);
  });
  reader.addEventListener('mouseout', function (event) {
    var term = termOf(event.target);
    if (!term || term.contains(event.relatedTarget)) return;
    clearLight();
    if (document.activeElement !== term) hide();
  });
  reader.addEventListener('focusin', function (event) {
    var term = termOf(event.target);
    if (!term) return;
    light(term);
    show(term);
  });
  reader.addEventListener('focusout', function (event) {
    if (!termOf(event.target)) return;
    clearLight();
    hide();
  });
  reader.addEventListener('keydown', function (event) {
    var term = termOf(event.target);
    if (!term) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (shownFor === term) hide();
      else show(term);
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && shownFor) hide();
  });

  // Selecting Indonesian words offers to add them to the glossary.
  var bar = document.querySelector('.add-term-bar');
  var addLink = document.getElementById('add-term-link');
  var addText = addLink && addLink.querySelector('.add-term-text');

  function selectedSource() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
    var node = selection.getRangeAt(0).commonAncestorContainer;
    var element = node.nodeType === 1 ? node : node.parentElement;
    if (!element || !element.closest('.cell-source')) return '';
    var text = selection.toString().replace(/\s+/g, ' ').trim();
    return text.length > 0 && text.length <= 200 ? text : '';
  }

  function updateBar() {
    if (!bar || !addLink) return;
    var text = selectedSource();
    if (!text) {
      bar.hidden = true;
      return;
    }
    var params = new URLSearchParams({ source: text, document: addLink.getAttribute('data-document') });
    addLink.setAttribute('href', '/glossary/new?' + params.toString());
    if (addText) addText.textContent = '“' + text + '”';
    bar.hidden = false;
  }

  document.addEventListener('selectionchange', updateBar);
  // Pressing the button must not clear the selection (and so hide the button) before the click.
  if (bar) bar.addEventListener('mousedown', function (event) { event.preventDefault(); });
})();
