// Draws a chart from a table already on the page: the numbers are read from data-value attributes, so
// the page shows them without this script and the chart never disagrees with the table.
(function () {
  function draw(table) {
    var target = document.getElementById(table.dataset.chartInto);
    if (!target || typeof echarts === 'undefined') { return; }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-label]'));
    var labels = rows.map(function (r) { return r.dataset.label; });
    var names = [];
    rows.forEach(function (r) {
      r.querySelectorAll('[data-series]').forEach(function (c) {
        if (names.indexOf(c.dataset.series) < 0) { names.push(c.dataset.series); }
      });
    });
    var kind = table.dataset.chart;
    var series = names.map(function (name, i) {
      return {
        name: name, type: name === table.dataset.chartLine ? 'line' : kind, connectNulls: false,
        data: rows.map(function (r) {
          var cell = r.querySelector('[data-series="' + name + '"]');
          return cell && cell.dataset.value !== '' ? Number(cell.dataset.value) : null;
        })
      };
    });
    var chart = echarts.init(target, null, { renderer: 'svg' });
    var fmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    chart.setOption({
      animation: false,
      grid: { left: 70, right: 20, top: 30, bottom: kind === 'bar' ? 80 : 30 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : fmt.format(v); } },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: kind === 'bar' && labels.length > 6 ? 40 : 0 } },
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return fmt.format(v); } } },
      series: series
    });
    target.setAttribute('aria-hidden', 'true'); // the table beside it says the same to a screen reader
  }
  function drawAll(root) {
    (root || document).querySelectorAll('table[data-chart]').forEach(draw);
  }
  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:afterSettle', function (e) { drawAll(e.target); });
})();
