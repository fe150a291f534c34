/** What the pane says when a batch fails: Excel's errors in plain words, the add-in's own as its fault. */
import { officeErrorMessage } from '../../src/app/office-errors';
import { SelectionTooLargeError } from '../../src/excel/read-selection';
import { ExcelTimeoutError } from '../../src/excel/run';

const richApi = (code: string): Error => Object.assign(new Error('…'), { name: 'RichApi.Error', code });

test("Excel's errors by their code, an unknown one as Excel's", () => {
  expect(officeErrorMessage(richApi('InvalidSelection'), 'en')).toMatch(/^Select one block of cells/);
  expect(officeErrorMessage(richApi('AccessDenied'), 'da')).toMatch(/^Excel afviste ændringen/);
  expect(officeErrorMessage(richApi('SomethingNew'), 'en')).toMatch(/^Excel could not complete the action/);
  expect(officeErrorMessage(new ExcelTimeoutError(30), 'en')).toMatch(/^Excel did not answer in time/);
});

test("the add-in's own errors are not blamed on Excel, and say what to report", () => {
  const bug = new TypeError("Cannot read properties of undefined (reading 'row')");
  expect(officeErrorMessage(bug, 'en')).toBe(
    "Gevinst failed (a fault of the add-in, not of your workbook): TypeError: Cannot read properties of undefined (reading 'row'). Please send us this text.",
  );
  // An error that merely carries a code is not Excel's either.
  expect(officeErrorMessage(Object.assign(new Error('x'), { code: 'AccessDenied' }), 'da')).toMatch(/^Gevinst fejlede/);
});

test('a selection too large to read says how large, in the language of the pane', () => {
  expect(officeErrorMessage(new SelectionTooLargeError(6_291_456), 'da')).toMatch(
    /^Markeringen rummer 6\.291\.456 udfyldte celler; Gevinst læser højst 250\.000/,
  );
});
