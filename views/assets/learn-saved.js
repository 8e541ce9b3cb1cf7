// The saved-words page: a print button (the list is styled for paper in learn.css).
(function () {
  'use strict';
  var button = document.getElementById('print-saved');
  if (button) button.addEventListener('click', function () { window.print(); });
})();
