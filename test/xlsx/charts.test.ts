/**
 * `gevinst build` writes the charts the add-in inserts as native chart parts: the business case's
 * cash flow and tornado (with its Beregn block) and the benchmark's ranking. Proof by an independent
 * reader: LibreOffice opens each workbook and, saving it again, writes every chart back with the
 * series ranges the plan gave, so it read them as charts over the sheet's cells. The parts are also
 * well-formed XML (xmllint) in a file LibreOffice opens.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { validateCase } from '../../src/engine/case-file';
import { qualified } from '../../src/sheet/address';
import type { PlannedChart } from '../../src/sheet/plan';
import { plansForCase } from '../../src/sheet/registry';
import { plansToXlsx } from '../../src/xlsx/write-plan';
import { recalculate } from '../helpers/libreoffice';
import { requireTool } from '../helpers/system';

const office = requireTool('soffice', 'LibreOffice reads the chart parts back');
const xmllint = requireTool('xmllint', 'xmllint checks the chart parts are well-formed');

const risks = JSON.parse(readFileSync(join(__dirname, '../../examples/business-case-risks.json'), 'utf8')) as object;
const example = JSON.parse(readFileSync(join(__dirname, '../../examples/business-case.json'), 'utf8')) as object;
const CASES: [string, unknown][] = [
  [
    'a business case with scenarios and a tornado',
    {
      ...example,
      scenarios: [{ name: 'Pessimistisk', gainFactor: 0.8, costFactor: 1.1, investmentFactor: 1.2 }],
      sensitivity: { step: 0.1 },
    },
  ],
  [
    'a benchmark',
    {
      template: 'benchmark',
      title: 'Sagsbehandlingstid',
      unit: 'dage',
      direction: 'lower-is-better',
      own: 'Nyborg',
      rows: [
        { name: 'Nyborg', value: 41 },
        { name: 'Varde', value: 35 },
        { name: 'Aabenraa', value: 28 },
      ],
    },
  ],
  ['a business case with risks and a simulation', risks],
];

interface Built {
  readonly what: string;
  readonly charts: { sheet: string; chart: PlannedChart }[];
  readonly file: Buffer;
}

async function built(): Promise<Built[]> {
  const out: Built[] = [];
  for (const [what, data] of CASES) {
    const c = validateCase(data);
    if (!c.ok) throw new Error(`${what}: ${JSON.stringify(c.issues)}`);
    const plans = plansForCase(c.value, 'da');
    if (!plans.ok) throw new Error(what);
    const charts = plans.value.flatMap((p) => (p.charts ?? []).map((chart) => ({ sheet: p.sheetName, chart })));
    out.push({ what, charts, file: await plansToXlsx(plans.value) });
  }
  return out;
}

const plain = (ref: string): string => ref.replace(/^'(\w+)'!/, '$1!');

/** The series ranges of every chart part in a file, chart by chart, in the order of the part names. */
async function seriesRanges(file: Buffer): Promise<string[][]> {
  const zip = await JSZip.loadAsync(file);
  const names = Object.keys(zip.files)
    .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  const decode = (s: string): string =>
    s
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return Promise.all(
    names.map(async (n) => {
      const xml = (await zip.file(n)?.async('string')) ?? '';
      // Quotes around a plain sheet name are optional (LibreOffice leaves them out).
      // A column or bar chart's values, an x-y chart's y values (its x values are the categories).
      return [...xml.matchAll(/<c:(?:val|yVal)>.*?<c:f>(.*?)<\/c:f>/gs)].map((m) => plain(decode(m[1] ?? '')));
    }),
  );
}

/** The first plot of every chart part (barChart, scatterChart, …), in the order of the part names. */
async function plotTypes(file: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  const names = Object.keys(zip.files)
    .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  return Promise.all(
    names.map(
      async (n) => /<c:(barChart|lineChart|scatterChart)>/.exec((await zip.file(n)?.async('string')) ?? '')?.[1] ?? '?',
    ),
  );
}

test("the plans carry the charts the add-in inserts: cash flow and tornado, the ranking, and the simulation's three", async () => {
  const kinds = (await built()).map((b) => b.charts.map((c) => c.chart.kind));
  expect(kinds).toEqual([['cashFlow', 'tornado'], ['ranking'], ['histogram', 'sCurve', 'drivers']]);
});

test('each chart part holds its series over the sheet, and the file has one part per planned chart', async () => {
  for (const b of await built()) {
    const ranges = await seriesRanges(b.file);
    expect([b.what, ranges]).toEqual([
      b.what,
      b.charts.map(({ sheet, chart }) => chart.series.map((s) => plain(qualified(sheet, s.values)))),
    ]);
  }
});

(xmllint ? test : test.skip)('every part written for the charts is well-formed XML', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-chart-xml-'));
  let checked = 0;
  for (const b of await built()) {
    const zip = await JSZip.loadAsync(b.file);
    for (const name of Object.keys(zip.files).filter((n) =>
      /^xl\/(charts|drawings|worksheets)\/.*\.(xml|rels)$/.test(n),
    )) {
      const path = join(dir, name.replace(/\//g, '_'));
      writeFileSync(path, (await zip.file(name)?.async('nodebuffer')) ?? Buffer.alloc(0));
      execFileSync('xmllint', ['--noout', path], { stdio: 'pipe' });
      checked++;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(8);
});

(office ? test : test.skip)(
  'LibreOffice reads every chart and saves it back over the same ranges',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gevinst-charts-'));
    const all = await built();
    const paths = all.map((b, i) => {
      const path = join(dir, `${i}.xlsx`);
      writeFileSync(path, b.file);
      return path;
    });
    const back = recalculate(paths);
    for (const [i, b] of all.entries()) {
      const file = readFileSync(back[i] ?? '');
      // The S-curve comes back as an x-y chart over the NPV column, every other chart as bars or columns.
      expect([b.what, await plotTypes(file)]).toEqual([
        b.what,
        b.charts.map(({ chart }) => (chart.kind === 'sCurve' ? 'scatterChart' : 'barChart')),
      ]);
      const ranges = await seriesRanges(file);
      expect([b.what, ranges]).toEqual([
        b.what,
        b.charts.map(({ sheet, chart }) => chart.series.map((s) => plain(qualified(sheet, s.values)))),
      ]);
    }
  },
  300_000,
);
