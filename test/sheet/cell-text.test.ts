/** Numbers typed as text: the reading chosen, and the texts that read two ways. */
import { ambiguousNumberText, numberFromText } from '../../src/sheet/cell-text';

test.each([
  ['1.234.567,5', 1234567.5],
  ['-3.000', -3000],
  ['12,5', 12.5],
  ['1,234,567.25', 1234567.25],
  ['1 234 567 kr.', 1234567],
  ['1.234', 1234],
  ['1,234', 1.234],
])('%s reads as %d', (text, expected) => {
  expect(numberFromText(text)).toBe(expected);
});

test.each(['abc', '1.2.3', '12,5,6', '', '--4'])('%j is no number', (text) => {
  expect(numberFromText(text)).toBeNull();
});

test('a text with one separator and three digits after it is ambiguous, and says the other reading', () => {
  expect(ambiguousNumberText('1.234')).toBe(1.234);
  expect(ambiguousNumberText('1,234')).toBe(1234);
  expect(ambiguousNumberText('-12.500')).toBe(-12.5);
  expect(ambiguousNumberText('1.234,5')).toBeNull();
  expect(ambiguousNumberText('1.234.567')).toBeNull();
  expect(ambiguousNumberText('12,5')).toBeNull();
});
