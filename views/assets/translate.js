// Follows a running translation job: updates the progress bar from the job's
// JSON, and reloads the page when the job ends so the English shows up.
(function () {
  'use strict';
  var panel = document.getElementById('translation');
  var url = panel && panel.getAttribute('data-job-url');
  if (!url) return;
  var bar = document.getElementById('translate-progress');
  var summary = document.getElementById('translate-summary');
  var INTERVAL_MS = 1000;

  function show(job) {
    if (bar) {
      bar.max = Math.max(job.total, 1);
      bar.value = job.done;
    }
    if (summary) summary.textContent = job.summary;
  }

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      })
      .then(function (job) {
        show(job);
        if (job.active) setTimeout(poll, INTERVAL_MS);
        else window.location.reload();
      })
      .catch(function () {
        setTimeout(poll, INTERVAL_MS * 3);
      });
  }

  setTimeout(poll, INTERVAL_MS / 2);
})();
