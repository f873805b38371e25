// Draws a chart over each [data-chart] element from the table with the same id: the table holds the
// numbers (for everybody, screen readers included); the chart only pictures them.
(function () {
  'use strict';

  // Whole numbers only on the count axis.
  var STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000];

  // "24/11/2026" becomes "24/11"; a month such as "11/2026" stays whole.
  function shortLabel(label) {
    if (!label) {
      return '';
    }
    return label.length === 10 ? label.slice(0, 5) : label;
  }

  function readTable(table) {
    var labels = [];
    var visits = [];
    var views = [];
    var names = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.querySelectorAll('td');
      labels.push(row.querySelector('th').textContent.trim());
      visits.push(Number(cells[0].getAttribute('data-value')));
      views.push(Number(cells[1].getAttribute('data-value')));
    });
    return { names: names, labels: labels, visits: visits, views: views };
  }

  function draw(container) {
    var table = document.getElementById(container.getAttribute('data-chart'));
    if (!table || !window.uPlot) {
      return;
    }
    var data = readTable(table);
    var x = data.labels.map(function (label, i) { return i; });
    var width = Math.max(280, container.clientWidth);
    container.textContent = '';
    var number = function (v) { return v == null ? '' : Math.round(v).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.'); };
    var plot = new window.uPlot({
      width: width,
      height: width < 500 ? 220 : 280,
      // the legend names the lines only: live values beside them stayed empty until a hover
      legend: { live: false },
      scales: { x: { time: false }, y: { range: function (u, min, max) { return [0, Math.max(5, max)]; } } },
      axes: [
        { values: function (u, ticks) { return ticks.map(function (t) { return shortLabel(data.labels[t]); }); } },
        { values: function (u, ticks) { return ticks.map(number); }, size: 60, incrs: STEPS }
      ],
      series: [
        { label: data.names[0], value: function (u, v) { return data.labels[v] || ''; } },
        { label: data.names[1], stroke: '#0b4a8b', width: 2, fill: 'rgba(11,74,139,0.08)', value: function (u, v) { return number(v); } },
        { label: data.names[2], stroke: '#b3261e', width: 2, value: function (u, v) { return number(v); } }
      ]
    }, [x, data.visits, data.views], container);
    container.uplot = plot;
  }

  function drawAll() {
    document.querySelectorAll('[data-chart]').forEach(function (container) {
      if (container.uplot || container.hasAttribute('data-drawn')) {
        draw(container);
      }
    });
  }

  // Each chart is drawn when it comes near the screen: on a phone the page's first screen shows
  // the figures at once instead of waiting for charts further down.
  function drawWhenSeen() {
    var charts = document.querySelectorAll('[data-chart]');
    if (!('IntersectionObserver' in window)) {
      charts.forEach(function (c) { c.setAttribute('data-drawn', ''); draw(c); });
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          entry.target.setAttribute('data-drawn', '');
          draw(entry.target);
        }
      });
    }, { rootMargin: '200px 0px' });
    charts.forEach(function (c) { observer.observe(c); });
  }

  var resizeTimer;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(drawAll, 200);
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawWhenSeen);
  } else {
    drawWhenSeen();
  }
}());
