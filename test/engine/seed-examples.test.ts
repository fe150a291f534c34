/**
 * The seeds' own cases as example files, computed by hand from the minutes they quote.
 * Høje-Taastrup's investment in the social area for adults (seed 002, direktionen 15-09-2015):
 * "1,610 mio. kr. i 2015 til investering i lønmidler samt kompetenceudviklingsmidler", "1,1 mio. kr.
 * til lønmidler i årene 2016 og 2017", "Fra 2018 og fremover … 500.000 kr.", and "en udgiftsreduktion
 * på 10,3 mio. kr. årligt fra og med 2018"; wages and training are Service, not Anlæg.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCase } from '../../src/engine/case-file';
import { calculateCase } from '../../src/sheet/registry';

const EXAMPLE = JSON.parse(
  readFileSync(join(__dirname, '../../examples/hoeje-taastrup-investment.json'), 'utf8'),
) as unknown;

test("Høje-Taastrup's investment case: totals, payback in 2018 and Service consequences, by hand", () => {
  const c = validateCase(EXAMPLE);
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  const r = calculateCase(c.value);
  if (!r.ok || !('summary' in r.value) || !('paybackYear' in r.value)) throw new Error('not a business case');
  // 1.610 + 1.100 + 1.100 invested; 5 × 500 in costs and 5 × 10.300 saved over 2018–2022.
  expect(r.value.totals).toEqual({ gains: 51500, costs: 2500, investments: 3810, result: 45190 });
  // Cumulative −1.610, −2.710, −3.810, then +9.800 in 2018: paid back in År 4, 2018.
  expect([r.value.paybackYear, r.value.paybackCalendarYear]).toEqual([4, 2018]);
  // The summary books the investment as Service (+ is spending) and the net saving from 2018 (−).
  expect(r.value.summary.consequences.service).toEqual([1610, 1100, 1100, -9800, -9800, -9800, -9800, -9800]);
  expect(r.value.summary.consequences.construction).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
});
