/** The .xlsx writer's own guards, without LibreOffice. */
import ExcelJS from 'exceljs';
import { Grid } from '../../src/sheet/grid';
import { addPlanSheet } from '../../src/xlsx/write-plan';

test('a non-finite number in a plan becomes #NUM! in the file, never an Infinity that breaks it', () => {
  const g = new Grid();
  g.number(0, 0, Infinity, 'key');
  g.number(0, 1, NaN, 'key');
  g.number(0, 2, 12.5, 'key');
  const plan = g.toPlan(
    'Ark',
    [],
    { rows: 1, cols: 3 },
    { templateId: 't', templateVersion: 1, language: 'da', layout: {} },
  );
  const ws = addPlanSheet(new ExcelJS.Workbook(), plan);
  expect([ws.getCell('A1').value, ws.getCell('B1').value, ws.getCell('C1').value]).toEqual([
    { error: '#NUM!' },
    { error: '#NUM!' },
    12.5,
  ]);
});
