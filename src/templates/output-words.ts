/** The words of the output block that Beregn writes, in Danish and English. */
import type { Localized } from './template';

export const OUTPUT_WORDS = {
  heading: { da: 'Resultater fra Gevinst', en: 'Results from Gevinst' },
  ownedNote: {
    da: 'Dette område skrives af Gevinst og erstattes ved næste Beregn. Skriv ikke her.',
    en: 'Gevinst writes this area and replaces it at the next Calculate. Do not type here.',
  },
  scenarios: { da: 'Scenarier', en: 'Scenarios' },
  scenario: { da: 'Scenarie', en: 'Scenario' },
  gainFactor: { da: 'Gevinstfaktor', en: 'Gain factor' },
  costFactor: { da: 'Omkostningsfaktor', en: 'Cost factor' },
  investmentFactor: { da: 'Investeringsfaktor', en: 'Investment factor' },
  npv: { da: 'Nutidsværdi', en: 'NPV' },
  irr: { da: 'Intern rente', en: 'IRR' },
  paybackYear: { da: 'Tilbagebetalingsår', en: 'Payback year' },
  totalGains: { da: 'Gevinster i alt', en: 'Total gains' },
  netResult: { da: 'Nettoresultat', en: 'Net result' },
  engineValues: {
    da: 'Tal mærket * er værdier, som Gevinst beregnede på datoen øverst; de følger ikke arket før næste Beregn. De øvrige tal er formler.',
    en: 'Figures marked * are values Gevinst computed on the date at the top; they follow the sheet only at the next Calculate. The other figures are formulas.',
  },
  calculatedOnFormat: { da: 'dd-mm-yyyy', en: 'yyyy-mm-dd' },
  sensitivity: { da: 'Følsomhed (tornado)', en: 'Sensitivity (tornado)' },
  driver: { da: 'Faktor', en: 'Driver' },
  /** Followed by the change, such as "−10 %": the NPV with the driver moved down or up. */
  npvAt: { da: 'Nutidsværdi ved', en: 'NPV at' },
  baseNpv: { da: 'Nutidsværdi (basis)', en: 'NPV (base)' },
  swing: { da: 'Udsving', en: 'Swing' },
  discountRate: { da: 'Diskonteringsrente', en: 'Discount rate' },
  grid: { da: 'Nutidsværdi ved rente og gevinstrealisering', en: 'NPV by discount rate and gain realisation' },
  gridCorner: { da: 'Realisering \\ rente', en: 'Realisation \\ rate' },
  breakEven: { da: 'Break-even', en: 'Break-even' },
  breakEvenNpv: { da: 'Gevinstfaktor, der giver nutidsværdi 0', en: 'Gain factor that gives NPV 0' },
  breakEvenPayback: { da: 'Gevinstfaktor for tilbagebetaling inden', en: 'Gain factor for payback within' },
  years: { da: 'år', en: 'years' },
  cashFlowTitle: { da: 'Pengestrømme pr. år', en: 'Cash flows by year' },
  tornadoTitle: { da: 'Følsomhed: nutidsværdi', en: 'Sensitivity: NPV' },
} satisfies Record<string, Localized>;

/**
 * Where Danish compound words in the block's column headers may break: the year columns are 11
 * characters wide, too narrow for "Investeringsfaktor" whole, and Excel would otherwise break it
 * anywhere ("Investeringsfakt|or"). A header wraps at these hyphens and line breaks instead.
 */
const HEADER_BREAKS: Readonly<Record<string, string>> = {
  Gevinstfaktor: 'Gevinst-\nfaktor',
  Omkostningsfaktor: 'Omkost-\nnings-\nfaktor',
  Investeringsfaktor: 'Investe-\nrings-\nfaktor',
  Tilbagebetalingsår: 'Tilbage-\nbetalings-\når',
  Nutidsværdi: 'Nutids-\nværdi',
  Nettoresultat: 'Netto-\nresultat',
};

export const breakableHeader = (text: string): string =>
  text.replace(/\p{L}+/gu, (word) => HEADER_BREAKS[word] ?? word);
