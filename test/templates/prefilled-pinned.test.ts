/**
 * Every figure a catalogue entry comes prefilled with, pinned to the words of the report (seed 004,
 * "Kommunale veje til effektivisering", 2017) that give it: the page, a quote from that page, and the
 * number as printed there. Changing a prefilled figure, adding one or dropping one breaks the first
 * test; a pin whose quote is not on its page, or whose printed number is not the figure, breaks the
 * second. A figure the page gives only through others (a step between two printed levels) says how.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCatalogue } from '../../src/templates/catalogue';

interface Pin {
  readonly value: number;
  /** "Side" of the report; 0 for a project convention (DESIGN.md). */
  readonly page: number;
  /** Words on that page, as the seed's text has them. */
  readonly quote: string;
  /** The number as printed in the quote; a percentage when it ends in % or `percent` is set. */
  readonly printed?: string;
  readonly percent?: boolean;
  /** For a figure the page gives through others: how it follows from the printed numbers. */
  readonly derived?: () => number;
}

const pin = (value: number, page: number, quote: string, printed?: string, percent = false): Pin => ({
  value,
  page,
  quote,
  ...(printed === undefined ? {} : { printed }),
  percent,
});
const derived = (value: number, page: number, quote: string, derive: () => number): Pin => ({
  value,
  page,
  quote,
  derived: derive,
});
const FTE = pin(1924, 0, '1,924 normtimer', '1,924');

const PINS: Readonly<Record<string, Readonly<Record<string, Pin>>>> = {
  A01: {
    'profile.step.y1': pin(0.1, 15, 'Bruttobesparelse 10% 5% 5% 5%', '10%'),
    'profile.step.y2': pin(0.05, 15, 'Bruttobesparelse 10% 5% 5% 5%', '5%'),
    'profile.step.y3': pin(0.05, 15, 'Bruttobesparelse 10% 5% 5% 5%', '5%'),
    'profile.step.y4': pin(0.05, 15, 'Bruttobesparelse 10% 5% 5% 5%', '5%'),
  },
  A02: {
    'cut.share.y1': pin(0.1, 22, 'administrative ressourcer med 10 % i år 1', '10 %'),
    // The share cut in each year: 10 % in year 1 "og yderligere 10 % i år 2", then kept.
    ...Object.fromEntries(
      ['y2', 'y3', 'y4', 'y5'].map((y) => [
        `cut.share.${y}`,
        derived(0.2, 22, 'med 10 % i år 1 og yderligere 10 % i år 2', () => 0.1 + 0.1),
      ]),
    ),
  },
  A03: {
    'inputs.hoursPerFte': FTE,
    'items.item1.hours': pin(5, 25, '(5-10 timer) * 12 * antal enheder', '5'),
    'items.item1.perYear': pin(12, 25, '(5-10 timer) * 12 * antal enheder', '12'),
  },
  A05: {
    'inputs.staffCut': pin(0.1, 28, 'personaleomkostningerne til refusionshåndtering med 10 % i det første år', '10 %'),
    'inputs.lossCut': pin(0.5, 28, 'tabte refusioner med 50 % i det første år', '50 %'),
  },
  A06: { 'inputs.hoursPerFte': FTE },
  A07: {
    'bc1.employees': pin(2762, 36, 'Antal medarbejdere 2762', '2762'),
    'bc1.saving': pin(235, 36, 'årlig besparelse på 235 kr. per medarbejder', '235'),
    'bc2.wage': pin(306, 36, 'Gennemsnitlig timeløn 306', '306'),
  },
  A08: {
    'inputs.weight': pin(0.5, 41, 'efter antal borgere ( = 50%)', '50%'),
    'it.example.y1': pin(1.3, 42, 'Samlet 1,3 3,0 4,6 4,6', '1,3'),
    'it.example.y2': pin(3, 42, 'Samlet 1,3 3,0 4,6 4,6', '3,0'),
    'it.example.y3': pin(4.6, 42, 'Samlet 1,3 3,0 4,6 4,6', '4,6'),
    'it.example.y4': pin(4.6, 42, 'Samlet 1,3 3,0 4,6 4,6', '4,6'),
    'staff.kyLow': pin(0.75, 41, 'KY på 0,75-1,25 årsværk', '0,75'),
    'staff.kyHigh': pin(1.25, 41, 'KY på 0,75-1,25 årsværk', '1,25'),
    'staff.ksdLow': pin(0.35, 41, 'KSD 0,35-0,75 årsværk', '0,35'),
    'staff.ksdHigh': pin(0.75, 41, 'KSD 0,35-0,75 årsværk', '0,75'),
  },
  A11: {
    'moves.shop.before': pin(330, 52, 'Køb i butik: 330 kr. pr. indkøb', '330'),
    'moves.shop.ehandel': pin(90, 52, 'Køb via E-handel: 90 kr. pr. indkøb', '90'),
    'moves.phone.before': pin(175, 52, 'Køb via telefon eller mail: 175 kr. pr. indkøb', '175'),
    'moves.phone.ehandel': pin(90, 52, 'Køb via E-handel: 90 kr. pr. indkøb', '90'),
    // "Tabel Gevinster fra effektiviseringer af regningsbetaling i Holbæk kommune" (Side 51-52), in its order.
    'holbaek.workflow': pin(2.25, 51, 'som følge af det nye e- 2,25 årsværk', '2,25'),
    'holbaek.search': pin(0.75, 52, 'Anslået fakturaer 0,75 årsværk 0,75 årsværk 1,50 årsværk 3,0 årsværk', '0,75'),
    'holbaek.small': pin(0.75, 52, 'Anslået fakturaer 0,75 årsværk 0,75 årsværk 1,50 årsværk 3,0 årsværk', '0,75'),
    'holbaek.app': pin(1.5, 52, 'Anslået fakturaer 0,75 årsværk 0,75 årsværk 1,50 årsværk 3,0 årsværk', '1,50'),
    'holbaek.standard': pin(3, 52, 'Anslået fakturaer 0,75 årsværk 0,75 årsværk 1,50 årsværk 3,0 årsværk', '3,0'),
  },
  A12: {
    // "Udvikling i administrationsudgifter og ydelser" (Side 58): Adm. 2012 | 2016 | … | Ydelser 2012 | 2016.
    'Nyborg.numerator': pin(32.39, 58, 'Nyborg 21,66 32,39 10,72 49,5 426,7 433,3', '32,39'),
    'Nyborg.denominator': pin(433.3, 58, 'Nyborg 21,66 32,39 10,72 49,5 426,7 433,3', '433,3'),
    'Varde.numerator': pin(44.56, 58, 'Varde 33,93 44,56 10,63 31,3 585,6 652,1', '44,56'),
    'Varde.denominator': pin(652.1, 58, 'Varde 33,93 44,56 10,63 31,3 585,6 652,1', '652,1'),
    'Aabenraa.numerator': pin(58.37, 58, 'Aabenraa 35,69 58,37 22,68 63,6 853,9 864,3', '58,37'),
    'Aabenraa.denominator': pin(864.3, 58, 'Aabenraa 35,69 58,37 22,68 63,6 853,9 864,3', '864,3'),
    'Nordfyns.numerator': pin(26.61, 58, 'Nordfyns 22,60 26,61 4,01 17,7 418,7 431,9', '26,61'),
    'Nordfyns.denominator': pin(431.9, 58, 'Nordfyns 22,60 26,61 4,01 17,7 418,7 431,9', '431,9'),
    'Holbæk.numerator': pin(53.23, 58, 'Holbæk 48,72 53,23 4,51 9,3 917,4 973,7', '53,23'),
    'Holbæk.denominator': pin(973.7, 58, 'Holbæk 48,72 53,23 4,51 9,3 917,4 973,7', '973,7'),
    'Hvidovre.numerator': pin(33.67, 58, 'Hvidovre 30,42 33,67 3,25 10,7 675,2 726,6', '33,67'),
    'Hvidovre.denominator': pin(726.6, 58, 'Hvidovre 30,42 33,67 3,25 10,7 675,2 726,6', '726,6'),
    'Billund.numerator': pin(14.51, 58, 'Billund 18,85 14,51', '14,51'),
    'Billund.denominator': pin(339.2, 58, '339,2 39,2 13,1 6,3 4,3', '339,2'),
    // "Udvikling i administrationsandel" (Side 57), the 2016 column, in percentage points (per = 100).
    'København.value': pin(5.9, 57, 'København 4,7% 4,7% 5,4% 5,4% 5,9%', '5,9'),
    'Slagelse.value': pin(5.4, 57, 'Slagelse 4,4% 4,7% 5,1% 5,2% 5,4%', '5,4'),
    'Silkeborg.value': pin(4.6, 57, 'Silkeborg 4,3% 4,0% 4,6% 4,2% 4,6%', '4,6'),
  },
  A13: Object.fromEntries(
    (
      [
        ['Aabenraa', 537],
        ['Varde', 594],
        ['Nyborg', 583],
        ['Nordfyn', 486],
        ['Billund', 617],
        ['Silkeborg', 745],
        ['Slagelse', 775],
        ['Hvidovre', 746],
        ['Holbæk', 884],
        ['København', 860],
      ] as const
    ).map(([name, value]) => [`${name}.value`, pin(value, 68, `${name} ${value}`, String(value))]),
  ),
  B01: Object.fromEntries(
    ['y1', 'y2', 'y3', 'y4'].map((y) => [
      `support.refund.${y}`,
      pin(0.2, 76, 'regne med 20 % refusion i ydelsen', '20 %'),
    ]),
  ),
  B04: { 'bridge.wrong': pin(0.25, 87, 'Overslag over antal fejlvisiterede forløb (fx 25 %)', '25 %') },
  B06: { 'interviews.rate': pin(0.05, 93, 'i størrelsesordenen 5-10 %', '5', true) },
  S02: {
    // "Hvidovre 57,837 (årligt) : 52": 57.837 kr. a year, its thousands separator printed as a comma.
    'yearlyPrices.hvidovreBh.year': derived(57837, 99, 'Hvidovre 57,837 (årligt) : 52', () => 57.837 * 1000),
    'weeklyPrices.miniSfo1.week': pin(797.75, 99, 'Mini- SFO 797,75 (pr. uge)', '797,75'),
    'weeklyPrices.miniSfo2.week': pin(444.61, 99, '444,61 (pr. uge)', '444,61'),
  },
  S06: {
    'profile.step.y1': pin(0.05, 108, 'besparelsespotentiale på 5% i 2018 stigende til 10%', '5%'),
    // From 5 % in 2018 "stigende til 10%": a step of 5 percentage points.
    'profile.step.y2': derived(0.05, 108, 'besparelsespotentiale på 5% i 2018 stigende til 10%', () => 0.1 - 0.05),
  },
  E01: {
    'aabenraa.cases': pin(52, 121, 'en gennemgang af 52 sager', '52'),
    'aabenraa.reduced': pin(19, 121, 'fornyet visitation af 19 borgere', '19'),
    'aabenraa.hours': pin(10, 121, 'Kommunens indsats er opgjort til 10 timer alt inkl.', '10'),
  },
  E03: {
    'aabenraa.home.weeks': pin(3.51, 128, '3,51 uger (25 dage)', '3,51'),
    'aabenraa.residential.weeks': pin(2.6, 128, '2,6 uger (18 dage)', '2,6'),
    'aabenraa.combined.weeks': pin(5.83, 128, '5,83 uger (41 dage)', '5,83'),
  },
  T01: {
    // Holbæk's budgeted levels "Besparelse % 7,1 % 9,3 % 11,4 % 14,3 %" (Side 151); each step is the rise.
    'profile.step.y1': pin(0.071, 151, 'Besparelse % 7,1 % 9,3 % 11,4 % 14,3 %', '7,1 %'),
    'profile.step.y2': derived(0.022, 151, 'Besparelse % 7,1 % 9,3 % 11,4 % 14,3 %', () => 0.093 - 0.071),
    'profile.step.y3': derived(0.021, 151, 'Besparelse % 7,1 % 9,3 % 11,4 % 14,3 %', () => 0.114 - 0.093),
    'profile.step.y4': derived(0.029, 151, 'Besparelse % 7,1 % 9,3 % 11,4 % 14,3 %', () => 0.143 - 0.114),
  },
  T03: {
    'fleet.cut': pin(0.15, 157, 'reduktion af bilflåden samt kørselsbehovet på 15%', '15%'),
    'fleet.gpsWage': pin(0.027, 157, 'besparelsespotentiale på 2,7% af lønbudgettet', '2,7%'),
    'fleet.gpsMaterials': pin(0.06, 157, '6% på materiale, forsi', '6%'),
    'kk.cars': pin(87, 157, 'indkøb/konvertering af 87 el-personbiler', '87'),
    'kk.investment': pin(12.1, 157, 'Anlægsinvesteringerne (ca. 12,1 mio. kr.)', '12,1'),
    'kk.savingLow': pin(2.6, 157, 'årlige driftsbesparelser ligger på 2,6-3,1 mio. kr.', '2,6'),
    'kk.savingHigh': pin(3.1, 157, 'årlige driftsbesparelser ligger på 2,6-3,1 mio. kr.', '3,1'),
    'kk.gpsYear3': pin(6.4, 157, 'Den forventede besparelse stiger til 6,4 mio. kr.', '6,4'),
  },
  T04: { 'casework.cut': pin(0.2, 161, 'sagsbehandlingstiden reduceres med mellem 20-30%', '20', true) },
  X01: { 'sick.weeks': pin(2.6, 171, 'fravær på i gennemsnit 2,6 uger', '2,6') },
  X02: {
    'admin.share': pin(0.1, 174, 'en effektivisering på 10 % af denne del', '10 %'),
    'operations.share': pin(0.25, 174, 'ca. 25 % af de overlappende', '25 %'),
  },
};

/** The numbers an entry comes prefilled with (its row names and words such as statuses are not figures). */
function prefilledFigures(): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const e of listCatalogue('da')) {
    const figures = Object.entries(e.prefilled).filter((x): x is [string, number] => typeof x[1] === 'number');
    if (figures.length > 0) out[e.id] = Object.fromEntries(figures);
  }
  return out;
}

test('every prefilled figure of the catalogue is pinned, and no pin is left without its figure', () => {
  const pinned = Object.fromEntries(
    Object.entries(PINS).map(([id, pins]) => [
      id,
      Object.fromEntries(Object.entries(pins).map(([k, p]) => [k, p.value])),
    ]),
  );
  expect(prefilledFigures()).toEqual(pinned);
});

const SEEDS = join(__dirname, '../../../shared/seeds');
const DESIGN = join(__dirname, '../../../shared/DESIGN.md');

function seedAvailable(): boolean {
  if (existsSync(SEEDS) && existsSync(DESIGN)) return true;
  const message = `the seeds are missing at ${SEEDS}`;
  if (process.env['CI'] === 'true') throw new Error(`${message} (required when CI=true)`);
  process.stderr.write(`NOTICE: ${message}; the prefilled figures are not checked against the report's text.\n`);
  return false;
}

/** The report's pages as the seed's text has them: one line per page, "57 Kommunale veje … Side 57 af 231 …". */
function reportPages(): Map<number, string> {
  const file = readdirSync(SEEDS).find((f) => f.startsWith('004_'));
  const pages = new Map<number, string>();
  for (const line of readFileSync(join(SEEDS, file ?? ''), 'utf8').split('\n')) {
    const m = /^\d+ Kommunale veje til effektivisering Side (\d+)/.exec(line);
    if (m) pages.set(Number(m[1]), line);
  }
  return pages;
}

/** A Danish number as printed: "2,7%" is 0.027, "57,837" is 57.837, "1,924" (DESIGN.md's English) is 1924. */
function printedValue(p: Pin): number {
  const text = p.printed ?? '';
  if (p.page === 0) return Number(text.replace(/,/g, ''));
  const n = Number(text.replace('%', '').trim().replace(',', '.'));
  return text.endsWith('%') || p.percent ? n / 100 : n;
}

(seedAvailable() ? test : test.skip)("each pin's quote is on its page, and its printed number is the figure", () => {
  const pages = reportPages();
  const design = readFileSync(DESIGN, 'utf8');
  const wrong: string[] = [];
  for (const [id, pins] of Object.entries(PINS))
    for (const [key, p] of Object.entries(pins)) {
      const text = p.page === 0 ? design : (pages.get(p.page) ?? '');
      if (!text.includes(p.quote)) wrong.push(`${id} ${key}: "${p.quote}" is not on page ${p.page}`);
      if (p.derived) {
        if (Math.abs(p.derived() - p.value) > 1e-9) wrong.push(`${id} ${key}: derives ${p.derived()}, not ${p.value}`);
        continue;
      }
      if (!p.printed || !p.quote.includes(p.printed)) wrong.push(`${id} ${key}: "${p.printed}" is not in its quote`);
      if (Math.abs(printedValue(p) - p.value) > 1e-9) wrong.push(`${id} ${key}: printed ${p.printed}, not ${p.value}`);
    }
  expect(wrong).toEqual([]);
});
