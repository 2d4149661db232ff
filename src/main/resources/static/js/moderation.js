// The moderation queue: one box picks or clears every comment on the page. Without scripts the
// box stays hidden and each comment is picked by its own box.
(function () {
  'use strict';
  var all = document.getElementById('pick-all');
  if (!all) {
    return;
  }
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="ids"]'));
  var status = document.getElementById('pick-count');
  var update = function () {
    var picked = boxes.filter(function (b) { return b.checked; }).length;
    all.checked = picked === boxes.length;
    all.indeterminate = picked > 0 && picked < boxes.length;
    status.textContent = status.getAttribute('data-template').replace('{0}', String(picked));
  };
  all.closest('.pick-all').hidden = false;
  all.addEventListener('change', function () {
    boxes.forEach(function (b) { b.checked = all.checked; });
    update();
  });
  boxes.forEach(function (b) { b.addEventListener('change', update); });
  update();
})();
