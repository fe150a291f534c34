/**
 * Native charts in a workbook `gevinst build` writes: the plan's charts (the business case's cash
 * flow and tornado, the benchmark's ranking), as the add-in inserts them through Office.js, written
 * as DrawingML chart parts into the file exceljs made (exceljs writes no charts). Each chart reads
 * its ranges from the sheet, so it follows the numbers when the user changes them.
 */
import JSZip from 'jszip';
import type { PlannedChart } from '../sheet/plan';
import { parseA1Range, qualified } from '../sheet/address';

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const REL = {
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};
const TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

/** The charts of one sheet: its position in the workbook (0-based) and name. */
export interface SheetCharts {
  readonly sheetIndex: number;
  readonly sheetName: string;
  readonly charts: readonly PlannedChart[];
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An absolute range on the sheet, as a chart formula: 'Business case'!$B$23:$K$23. */
const onSheet = qualified;

function series(sheet: string, c: PlannedChart, s: PlannedChart['series'][number], i: number): string {
  // A histogram's categories are its bins' upper bounds: numbers, shown whole.
  const ref = c.kind === 'histogram' ? 'numRef' : 'strRef';
  const cats = `<c:cat><c:${ref}><c:f>${esc(onSheet(sheet, c.categories))}</c:f></c:${ref}></c:cat>`;
  const vals = `<c:val><c:numRef><c:f>${esc(onSheet(sheet, s.values))}</c:f></c:numRef></c:val>`;
  const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>`;
  return s.line
    ? `<c:ser>${head}<c:marker><c:symbol val="circle"/></c:marker>${cats}${vals}<c:smooth val="0"/></c:ser>`
    : `<c:ser>${head}<c:invertIfNegative val="0"/>${cats}${vals}</c:ser>`;
}

const CAT_AX = 1001;
const VAL_AX = 1002;
const axes = (horizontal: boolean, categoryFormat: string | null, valueFormat: string): string =>
  `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
  `<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>` +
  (categoryFormat === null
    ? `<c:numFmt formatCode="General" sourceLinked="1"/>`
    : `<c:numFmt formatCode="${categoryFormat}" sourceLinked="0"/>`) +
  `<c:tickLblPos val="low"/><c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
  `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
  `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
  `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="${valueFormat}" sourceLinked="0"/>` +
  `<c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/>` +
  `<c:crossBetween val="between"/></c:valAx>`;

const X_AX = 1003;
/** Two value axes for an x-y chart: x along the bottom, y (a share) up the left. */
const scatterAxes =
  `<c:valAx><c:axId val="${X_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
  `<c:axPos val="b"/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="low"/>` +
  `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>` +
  `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>` +
  `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/>` +
  `<c:tickLblPos val="nextTo"/><c:crossAx val="${X_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`;

/** An S-curve: each series a line through (x, y) points, x from the categories' range. */
function scatterChart(sheet: string, c: PlannedChart): string {
  const series = c.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
        `<c:marker><c:symbol val="none"/></c:marker>` +
        `<c:xVal><c:numRef><c:f>${esc(onSheet(sheet, c.categories))}</c:f></c:numRef></c:xVal>` +
        `<c:yVal><c:numRef><c:f>${esc(onSheet(sheet, s.values))}</c:f></c:numRef></c:yVal><c:smooth val="0"/></c:ser>`,
    )
    .join('');
  return (
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}` +
    `<c:axId val="${X_AX}"/><c:axId val="${VAL_AX}"/></c:scatterChart>${scatterAxes}`
  );
}

/** One chart part: columns (stacked for the ranking) or bars (the tornado, the drivers), line series over them; or an S-curve. */
export function chartXml(sheet: string, c: PlannedChart): string {
  const horizontal = c.kind === 'tornado' || c.kind === 'drivers';
  const stacked = c.kind === 'ranking';
  const bars = c.series.map((s, i) => (s.line ? '' : series(sheet, c, s, i))).join('');
  const lines = c.series.map((s, i) => (s.line ? series(sheet, c, s, i) : '')).join('');
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const gap = c.kind === 'histogram' ? 10 : 80;
  const barChart =
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/>` +
    `<c:varyColors val="0"/>${bars}<c:gapWidth val="${gap}"/>${stacked ? '<c:overlap val="100"/>' : ''}${axIds}</c:barChart>`;
  const lineChart = lines
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axIds}</c:lineChart>`
    : '';
  const plot =
    c.kind === 'sCurve'
      ? scatterChart(sheet, c)
      : `${barChart}${lineChart}${axes(horizontal, c.kind === 'histogram' ? '#,##0' : null, c.kind === 'drivers' ? '0%' : '#,##0')}`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr b="1" sz="1200"/></a:pPr><a:r><a:rPr b="1" sz="1200"/>` +
    `<a:t>${esc(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** The sheet's drawing: each chart anchored from its top-left cell to its bottom-right cell. */
function drawingXml(charts: readonly PlannedChart[]): string {
  const marker = (tag: string, cell: string): string => {
    const { row, col } = parseA1Range(cell);
    return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  };
  const anchors = charts
    .map(
      (c, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${marker('from', c.from)}${marker('to', c.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(c.name)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`;
}

const relsXml = (rels: readonly { id: string; type: string; target: string }[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">` +
  rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') +
  `</Relationships>`;

/** Elements a worksheet's <drawing> must come before (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = [
  '<legacyDrawing',
  '<legacyDrawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
  '</worksheet>',
];

/** The sheet's xml with a <drawing> in its place, pointing at relationship `id`. */
function withDrawing(sheetXml: string, id: string): string {
  const at = Math.min(...AFTER_DRAWING.map((t) => sheetXml.indexOf(t)).filter((i) => i >= 0));
  const root = /<worksheet[^>]*>/.exec(sheetXml)?.[0] ?? '';
  const xml = root.includes('xmlns:r=')
    ? sheetXml
    : sheetXml.replace(root, root.replace('<worksheet', `<worksheet xmlns:r="${NS.r}"`));
  const shift = xml.length - sheetXml.length;
  return `${xml.slice(0, at + shift)}<drawing r:id="${id}"/>${xml.slice(at + shift)}`;
}

/** The workbook with each sheet's charts added as native chart parts. */
export async function withCharts(xlsx: Buffer, sheets: readonly SheetCharts[]): Promise<Buffer> {
  const todo = sheets.filter((s) => s.charts.length > 0);
  if (todo.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  let types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  let chartNo = 0;
  for (const [d, s] of todo.entries()) {
    const drawing = `drawing${d + 1}.xml`;
    const chartRels: { id: string; type: string; target: string }[] = [];
    for (const [i, c] of s.charts.entries()) {
      const name = `chart${++chartNo}.xml`;
      zip.file(`xl/charts/${name}`, chartXml(s.sheetName, c));
      chartRels.push({ id: `rId${i + 1}`, type: REL.chart, target: `../charts/${name}` });
      types = types.replace(
        '</Types>',
        `<Override PartName="/xl/charts/${name}" ContentType="${TYPE.chart}"/></Types>`,
      );
    }
    zip.file(`xl/drawings/${drawing}`, drawingXml(s.charts));
    zip.file(`xl/drawings/_rels/${drawing}.rels`, relsXml(chartRels));
    types = types.replace(
      '</Types>',
      `<Override PartName="/xl/drawings/${drawing}" ContentType="${TYPE.drawing}"/></Types>`,
    );
    const sheetPath = `xl/worksheets/sheet${s.sheetIndex + 1}.xml`;
    const relsPath = `xl/worksheets/_rels/sheet${s.sheetIndex + 1}.xml.rels`;
    const sheetXml = await zip.file(sheetPath)?.async('string');
    if (sheetXml === undefined) throw new Error(`charts: the workbook has no ${sheetPath}`);
    const existing = (await zip.file(relsPath)?.async('string')) ?? relsXml([]);
    const id = 'rIdGevinstDrawing';
    zip.file(
      relsPath,
      existing.replace(
        '</Relationships>',
        `<Relationship Id="${id}" Type="${REL.drawing}" Target="../drawings/${drawing}"/></Relationships>`,
      ),
    );
    zip.file(sheetPath, withDrawing(sheetXml, id));
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
