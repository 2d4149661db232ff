// Draws the statistics charts from the tables beside them: the tables are the source of truth
// (and what screen readers read); each canvas names its table in data-table.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#b3161b', '#0b5394', '#e69138', '#38761d', '#674ea7', '#7f6000', '#45818e', '#a64d79'];
  var small = window.matchMedia('(max-width: 575.98px)').matches;
  var still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var locale = document.documentElement.lang || 'vi';

  function rowsOf(table) {
    return Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      return { label: row.cells[0].textContent.trim(), count: Number(row.getAttribute('data-count')) };
    });
  }

  function shorten(label, max) {
    return label.length > max ? label.slice(0, max - 1) + '…' : label;
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var rows = rowsOf(table);
    var kind = canvas.getAttribute('data-chart');
    var doughnut = kind === 'doughnut';
    // Long labels (cells), and every bar chart on a phone, lie on the vertical axis: no
    // rotated labels cut at the edge.
    var horizontal = kind === 'hbar' || (small && !doughnut);
    if (horizontal) {
      // One bar per row: the box grows with the rows instead of squeezing them.
      canvas.parentElement.style.height = Math.max(160, rows.length * 34 + 48) + 'px';
    }
    var labelAxis = {
      ticks: {
        autoSkip: false,
        callback: function (value) {
          return shorten(this.getLabelForValue(value), small ? 18 : 34);
        }
      },
      grid: { display: false }
    };
    var countAxis = { beginAtZero: true, ticks: { precision: 0 } };
    var config = {
      type: doughnut ? 'doughnut' : 'bar',
      data: {
        labels: rows.map(function (r) { return r.label; }),
        datasets: [{
          label: canvas.getAttribute('data-series'),
          data: rows.map(function (r) { return r.count; }),
          backgroundColor: doughnut ? palette.slice(0, rows.length) : palette[0]
        }]
      },
      options: {
        locale: locale,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: doughnut, position: 'bottom' } },
        scales: doughnut ? {} : horizontal ? { y: labelAxis, x: countAxis } : { x: labelAxis, y: countAxis }
      }
    };
    if (still) {
      config.options.animation = false;
    }
    new Chart(canvas, config);
  });
})();
