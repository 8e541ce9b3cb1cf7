// A form sent as multipart carries its CSRF token in the address it posts to (the body is read
// after the check). When the answer is a page (the form again with an error), the address bar, the
// history and a bookmark would keep the token: this puts the address of the form's page there instead.
(function () {
  'use strict';
  var url = new URL(window.location.href);
  if (!url.searchParams.has('_csrf')) return;
  url.searchParams.delete('_csrf');
  // The import forms post to addresses that are no page of their own.
  var pages = { '/documents': '/documents/new', '/documents/tmx': '/documents/new', '/glossary/import': '/glossary' };
  var path = pages[url.pathname] || url.pathname;
  window.history.replaceState(window.history.state, '', path + url.search + url.hash);
})();
