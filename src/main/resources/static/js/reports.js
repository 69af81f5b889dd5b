// Draws each report's chart from the JSON in its data-chart attribute; the table beside it holds the same figures.
(function () {
  'use strict';

  function option(chart) {
    if (chart.kind === 'funnel') {
      return {
        tooltip: { trigger: 'item' },
        series: [{
          type: 'funnel', sort: 'none', left: '10%', width: '80%', minSize: '10%',
          label: { show: true, position: 'inside', formatter: '{b}: {c}' },
          data: chart.categories.map(function (name, i) { return { name: name, value: chart.series[0].data[i] }; })
        }]
      };
    }
    var stacked = chart.kind === 'stack';
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0, rotate: chart.categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: chart.series.map(function (s) {
        return { name: s.name, type: 'bar', stack: stacked ? 'all' : undefined, data: s.data };
      })
    };
  }

  function draw() {
    if (!window.echarts) {
      return;
    }
    var charts = [];
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var chart = JSON.parse(el.getAttribute('data-chart'));
      if (!chart.categories.length) {
        el.hidden = true;
        return;
      }
      var instance = window.echarts.init(el, null, { renderer: 'svg' });
      instance.setOption(option(chart));
      charts.push(instance);
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (c) { c.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
