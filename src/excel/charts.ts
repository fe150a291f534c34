/** Native charts from a plan: columns, bars or an x-y line, extra series from other ranges, a series as a line. */
import type { PlannedChart } from '../sheet/plan';

const TYPES: Record<PlannedChart['kind'], `${Excel.ChartType}`> = {
  cashFlow: 'ColumnClustered',
  histogram: 'ColumnClustered',
  ranking: 'ColumnStacked',
  tornado: 'BarClustered',
  drivers: 'BarClustered',
  // x from the categories' range, y from the series': a line through the points in x order.
  sCurve: 'XYScatterLines',
};

export function addChart(sheet: Excel.Worksheet, c: PlannedChart): void {
  const [first, ...rest] = c.series;
  if (!first) return;
  const type = TYPES[c.kind];
  // 'Auto' reads a row range as one series and a column range as one series.
  const chart = sheet.charts.add(type, sheet.getRange(first.values), 'Auto');
  chart.name = c.name;
  chart.title.text = c.title;
  const head = chart.series.getItemAt(0);
  head.name = first.name;
  head.setXAxisValues(sheet.getRange(c.categories));
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(sheet.getRange(c.categories));
    if (s.line) series.chartType = 'Line';
  }
  chart.setPosition(c.from, c.to);
}
