// "Copy" buttons of the meeting pages: copy the text of the field they name, then say so.
document.querySelectorAll('[data-copy]').forEach(function (button) {
  button.addEventListener('click', function () {
    var field = document.querySelector(button.getAttribute('data-copy'));
    var status = document.getElementById('copyStatus');
    var done = function () { if (status) { status.textContent = button.getAttribute('data-copied'); } };
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
    } else {
      document.execCommand('copy');
      done();
    }
  });
});
// Show the reason field only when it is asked for (it stays in the page without scripts).
document.querySelectorAll('[data-attendance]').forEach(function (fieldset) {
  var reason = fieldset.querySelector('[data-reason]');
  var update = function () {
    var chosen = fieldset.querySelector('input[type=radio]:checked');
    reason.hidden = !(chosen && chosen.value === 'ABSENT_WITH_REASON');
  };
  fieldset.querySelectorAll('input[type=radio]').forEach(function (r) { r.addEventListener('change', update); });
  update();
});
