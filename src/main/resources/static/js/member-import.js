// The member import page: refuses a file over the size limit before it is sent, and while a
// job runs, polls its progress and reloads the page (which then shows the outcome) when it ends.
(function () {
  'use strict';

  var box = document.getElementById('import-progress');
  if (box) {
    var bar = document.getElementById('import-progress-bar');
    var text = document.getElementById('import-progress-text');
    var url = box.getAttribute('data-progress-url');
    var poll = function () {
      fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (response) { return response.json(); })
        .then(function (progress) {
          if (progress.total > 0) {
            bar.max = progress.total;
            bar.value = progress.done;
          } else {
            bar.removeAttribute('value');
          }
          text.textContent = progress.text;
          if (progress.finished) {
            window.location.reload();
          } else {
            window.setTimeout(poll, 800);
          }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    };
    window.setTimeout(poll, 400);
  }

  var form = document.getElementById('import-form');
  if (form) {
    var input = form.querySelector('input[type=file]');
    var error = document.getElementById('file-error');
    var button = form.querySelector('button[type=submit]');
    var uploading = document.getElementById('import-uploading');
    var clear = function () {
      error.textContent = '';
      input.classList.remove('is-invalid');
      button.disabled = false;
      uploading.textContent = '';
    };
    input.addEventListener('change', clear);
    // back from the next page, the browser may restore the disabled button
    window.addEventListener('pageshow', clear);
    form.addEventListener('submit', function (event) {
      var file = input.files && input.files[0];
      if (file && file.size > Number(form.getAttribute('data-max-bytes'))) {
        event.preventDefault();
        error.textContent = form.getAttribute('data-too-large');
        input.classList.add('is-invalid');
        input.focus();
        return;
      }
      button.disabled = true;
      uploading.textContent = form.getAttribute('data-uploading');
    });
  }
})();
