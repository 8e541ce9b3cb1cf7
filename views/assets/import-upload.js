// The import form: files can be dropped on either language's box, and the
// form is sent with a progress bar (a large EPUB or PDF takes a while to
// upload, then to read and align). Without this script the form works as a
// plain multipart form.
(function () {
  'use strict';
  var form = document.querySelector('form.document-form');
  if (!form || !window.FormData || !window.XMLHttpRequest) return;

  Array.prototype.forEach.call(form.querySelectorAll('input[type="file"][data-drop-label]'), function (input) {
    var box = input.closest('fieldset') || input.parentNode;
    var note = document.createElement('p');
    note.className = 'drop-note';
    note.textContent = input.getAttribute('data-drop-label');
    input.insertAdjacentElement('afterend', note);
    var showChosen = function () {
      var file = input.files && input.files[0];
      note.textContent = file ? input.getAttribute('data-dropped-label') + ' ' + file.name : input.getAttribute('data-drop-label');
    };
    input.addEventListener('change', showChosen);
    box.addEventListener('dragover', function (event) {
      if (!event.dataTransfer || Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') < 0) return;
      event.preventDefault();
      box.classList.add('drop-target');
    });
    box.addEventListener('dragleave', function () {
      box.classList.remove('drop-target');
    });
    box.addEventListener('drop', function (event) {
      box.classList.remove('drop-target');
      if (!event.dataTransfer || event.dataTransfer.files.length === 0) return;
      event.preventDefault();
      input.files = event.dataTransfer.files;
      showChosen();
    });
  });

  var progressBox = document.getElementById('upload-progress');
  form.addEventListener('submit', function (event) {
    if (!progressBox) return;
    event.preventDefault();
    var bar = progressBox.querySelector('progress');
    var label = progressBox.querySelector('span');
    var button = form.querySelector('button[type="submit"]');
    progressBox.hidden = false;
    label.textContent = label.getAttribute('data-uploading');
    if (button) button.disabled = true;
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (e) {
      if (!e.lengthComputable) return;
      bar.value = Math.round((e.loaded / e.total) * 100);
      if (e.loaded >= e.total) label.textContent = label.getAttribute('data-processing');
    });
    request.upload.addEventListener('load', function () {
      bar.value = 100;
      label.textContent = label.getAttribute('data-processing');
    });
    request.addEventListener('load', function () {
      if (request.status < 400 && request.responseURL && request.responseURL !== form.action) {
        window.location.assign(request.responseURL);
        return;
      }
      // A refusal comes back as the form with its message: show that page.
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener('error', function () {
      if (button) button.disabled = false;
      progressBox.hidden = true;
      form.submit();
    });
    request.send(new FormData(form));
  });
})();
