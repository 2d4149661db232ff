// The article's text size switch (A−, A, A+), kept in localStorage. Without JavaScript the page
// reads at the default size, and the browser's own zoom still works.
(function () {
  'use strict';
  var KEY = 'dangbo-font-size';
  function apply(story, size) {
    story.classList.remove('size-smaller', 'size-larger');
    if (size === 'smaller' || size === 'larger') {
      story.classList.add('size-' + size);
    }
    story.querySelectorAll('[data-font-size]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-font-size') === (size || 'normal')));
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var story = document.getElementById('story');
    if (!story) {
      return;
    }
    var saved = null;
    try { saved = window.localStorage.getItem(KEY); } catch (e) { /* storage off */ }
    apply(story, saved || 'normal');
    story.addEventListener('click', function (event) {
      var button = event.target.closest('[data-font-size]');
      if (!button) {
        return;
      }
      var size = button.getAttribute('data-font-size');
      apply(story, size);
      try { window.localStorage.setItem(KEY, size); } catch (e) { /* storage off */ }
    });
  });
})();
