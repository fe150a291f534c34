/**
 * The one catalogue of user-facing issue messages, in Danish and English (DESIGN.md §7).
 * Messages are rendered from an issue's code and parameters, so the same issue reads
 * correctly in the CLI, the task pane and a JSON report.
 */
import { formatPath, type Issue, type IssueCode, type IssueParams } from './issue';

export type Language = 'da' | 'en';

type Render = (p: IssueParams) => string;

const s = (p: IssueParams, key: string): string => {
  const v = p[key];
  if (v === undefined) return '?';
  return Array.isArray(v) ? v.join(', ') : String(v);
};

const en: Record<IssueCode, Render> = {
  encoding: (p) =>
    `the file is not UTF-8 text at line ${s(p, 'line')}, column ${s(p, 'column')} (byte ${s(p, 'byte')}, probably Windows-1252 or Latin-1); save it as UTF-8 and try again`,
  too_deep: (p) => `the JSON is nested more than ${s(p, 'limit')} levels deep; a case file needs a handful`,
  figure_error: (p) =>
    `this figure gives ${s(p, 'received')} (${s(p, 'received') === '#DIV/0!' ? 'a division by zero: an input it divides by is 0' : 'a formula error'}); check its inputs`,
  figure_not_finite: () =>
    `this figure could not be computed as a finite number (an overflow or a division by almost nothing); check the inputs it rests on`,
  json_syntax: (p) => `the file is not valid JSON at line ${s(p, 'line')}, column ${s(p, 'column')}: ${s(p, 'detail')}`,
  invalid_type: (p) => `expected ${s(p, 'expected')}, got ${s(p, 'received')}`,
  not_finite: (p) => `expected a finite number, got ${s(p, 'received')}`,
  missing: (p) => `required field is missing: expected ${s(p, 'expected')}`,
  unknown_field: (p) => `unknown field "${s(p, 'field')}" (check the spelling)`,
  unknown_template: (p) => `unknown template ${s(p, 'received')}; expected one of ${s(p, 'allowed')}`,
  unknown_preset: (p) =>
    `expected a discount rate such as 0.035 or one of the presets ${s(p, 'allowed')}, got ${s(p, 'received')}`,
  invalid_value: (p) => `expected one of ${s(p, 'allowed')}, got ${s(p, 'received')}`,
  too_small: (p) => `expected ${s(p, 'expected')}, got ${s(p, 'received')}`,
  too_big: (p) => `expected ${s(p, 'expected')}, got ${s(p, 'received')}`,
  line_length_mismatch: (p) =>
    `expected ${s(p, 'expected')} yearly values (År 1..År ${s(p, 'expected')}), got ${s(p, 'received')}; ` +
    `every line must cover the whole horizon, missing years are not filled in`,
  no_years: () => `the case has no yearly values: give at least one line with values, or "years"`,
  three_point_order: (p) =>
    `a three-point estimate needs min <= likely <= max, got min ${s(p, 'min')}, likely ${s(p, 'likely')}, max ${s(p, 'max')}`,
  year_beyond_horizon: (p) =>
    `expected a year within the horizon, År 1..År ${s(p, 'expected')}, got År ${s(p, 'received')}`,
  rate_range: (p) =>
    `expected a rate as a fraction above -1 and at most 1 (0.035 means 3.5 %), got ${s(p, 'received')}`,
  not_applicable: (p) => `"${s(p, 'field')}" applies only to ${s(p, 'appliesTo')}`,
  duplicate_profile: () => `give either "values" or "profile" for a line, not both and not neither`,
  text_number: (p) =>
    p['suggestion'] === undefined
      ? `expected a number, got the text ${s(p, 'received')}`
      : `expected a number, got the text ${s(p, 'received')}; did you mean ${s(p, 'suggestion')}?`,
  ambiguous_number: (p) =>
    `the text ${s(p, 'received')} was read the Danish way as ${s(p, 'reading')}; if it means ${s(p, 'other')}, type the number itself`,
  cell_error: (p) => `the cell shows the error ${s(p, 'received')}; enter a number or repair the formula`,
  negative_amount: (p) => `expected 0 or more here, got ${s(p, 'received')}; enter reductions as gains`,
  formula_overwritten: (p) =>
    `this cell should hold the template's formula ${s(p, 'expected')} but holds the constant ${s(p, 'received')}`,
  blank_table: (p) =>
    `fill in at least one row of the table ${s(p, 'expected')}; until then the figures resting on it wait`,
  blank_required: (p) => `a value is required here: ${s(p, 'expected')}`,
  not_instance: () => `the active sheet is not a Gevinst template; insert one from the Gevinst tab`,
  layout_missing: () =>
    `this sheet is a Gevinst template, but its layout record is missing (the workbook was saved by another program); insert a new instance`,
  layout_invalid: (p) =>
    `this sheet's layout record (the name ${s(p, 'name')}) was edited to a size the template cannot have (1-50 years, 1-100 lines per section); undo the edit, or insert a new instance`,
  name_moved: (p) => `the name ${s(p, 'name')} should point at ${s(p, 'expected')} but points at ${s(p, 'received')}`,
  rows_shifted: (p) =>
    `rows were inserted or deleted inside the template near row ${s(p, 'row')} (expected ${s(p, 'expected')} here); undo the change, or insert a new instance`,
  sheet_renamed: (p) => `the sheet was renamed from ${s(p, 'from')}; its names moved with it, nothing to repair`,
  date_text: (p) =>
    p['suggestion'] === undefined
      ? `expected a date, got the text ${s(p, 'received')}`
      : `expected a date, got the text ${s(p, 'received')}; did you mean ${s(p, 'suggestion')}?`,
  percent_over_100: (p) => `a rate of ${s(p, 'received')} is over 100 %; did you mean ${s(p, 'suggestion')}?`,
  not_checkable: (p) =>
    `this is a Gevinst ${s(p, 'template')} sheet; its figures are live formulas, and the task pane checks business cases only so far`,
  no_free_line: (p) =>
    `the business case ${s(p, 'sheet')} has no empty gain line; insert a business case with more gain lines, or clear one`,
  keys_sum: (p) => `the allocation keys must sum to 100 % (1), but sum to ${s(p, 'received')}`,
  not_multiple: (p) =>
    `expected a whole multiple of the rounding ${s(p, 'rounding')}, got ${s(p, 'received')}, so the total cannot be kept exactly`,
  no_volume: (p) => `the own row ${s(p, 'name')} has no volume or denominator, so no potential can be computed`,
  own_row_missing: (p) => `no row is named ${s(p, 'received')}; "own" must be one of the rows' names`,
  nothing_to_compare: () => `a benchmark compares: expected at least 2 rows, or the own row and at least one target`,
  nothing_uncertain: () =>
    `nothing to simulate: write a three-point estimate in a line's year as =(min+4*likely+max)/6, or fill in a risk in the case's risk register`,
  approval_needed: (p) =>
    `${s(p, 'name')} is ${s(p, 'other')}, so the department cannot release it itself: its approval is "pending", "approved" or "refused", not "not-needed"`,
  irr_no_sign_change: () =>
    `no internal rate of return: the yearly results never change sign, so no rate makes the net present value zero`,
  irr_no_root: () =>
    `no internal rate of return: the results change sign, but no rate above -100 % makes the net present value zero`,
  irr_multiple_roots: (p) =>
    `the results change sign more than once and several rates make the net present value zero (${s(p, 'roots')}); IRR is not a reliable key figure here, use the net present value`,
  irr_not_converged: () =>
    `the internal rate of return could not be determined to full precision; use the net present value`,
};

/**
 * A parameter in Danish: its own Danish form when the issue gives one (`receivedDa`), else the
 * English words the engine describes values with ("a list", "3 values") turned into Danish;
 * quoted text, numbers and cell errors read the same in both languages.
 */
const DA_WORDS: Readonly<Record<string, string>> = {
  nothing: 'ingenting',
  'a list': 'en liste',
  'an object': 'et objekt',
  'one value': 'én værdi',
  'a mix': 'en blanding',
  'a catalogue id': 'et katalognummer',
};
const sDa = (p: IssueParams, key: string): string => {
  if (p[`${key}Da`] !== undefined) return s(p, `${key}Da`);
  const v = s(p, key);
  return DA_WORDS[v] ?? v.replace(/^(\d+) values$/, '$1 værdier');
};

const da: Record<IssueCode, Render> = {
  encoding: (p) =>
    `filen er ikke UTF-8-tekst i linje ${s(p, 'line')}, kolonne ${s(p, 'column')} (byte ${s(p, 'byte')}, sandsynligvis Windows-1252 eller Latin-1); gem den som UTF-8 og prøv igen`,
  too_deep: (p) => `JSON-teksten er indlejret mere end ${s(p, 'limit')} niveauer; en sagsfil behøver en håndfuld`,
  figure_error: (p) =>
    `tallet giver ${sDa(p, 'received')} (${sDa(p, 'received') === '#DIV/0!' ? 'division med nul: et input, der divideres med, er 0' : 'en formelfejl'}); kontrollér dets input`,
  figure_not_finite: () =>
    `tallet kunne ikke beregnes som et endeligt tal (overløb eller division med næsten ingenting); kontrollér de input, det bygger på`,
  json_syntax: (p) => `filen er ikke gyldig JSON i linje ${s(p, 'line')}, kolonne ${s(p, 'column')}: ${s(p, 'detail')}`,
  invalid_type: (p) => `forventede ${s(p, 'expectedDa')}, fik ${sDa(p, 'received')}`,
  not_finite: (p) => `forventede et endeligt tal, fik ${sDa(p, 'received')}`,
  missing: (p) => `påkrævet felt mangler: forventede ${s(p, 'expectedDa')}`,
  unknown_field: (p) => `ukendt felt "${s(p, 'field')}" (kontrollér stavningen)`,
  unknown_template: (p) => `ukendt skabelon ${sDa(p, 'received')}; forventede en af ${sDa(p, 'allowed')}`,
  unknown_preset: (p) =>
    `forventede en diskonteringsrente som 0.035 eller en af forudindstillingerne ${sDa(p, 'allowed')}, fik ${sDa(p, 'received')}`,
  invalid_value: (p) => `forventede en af ${sDa(p, 'allowed')}, fik ${sDa(p, 'received')}`,
  too_small: (p) => `forventede ${s(p, 'expectedDa')}, fik ${sDa(p, 'received')}`,
  too_big: (p) => `forventede ${s(p, 'expectedDa')}, fik ${sDa(p, 'received')}`,
  line_length_mismatch: (p) =>
    `forventede ${s(p, 'expected')} årlige værdier (År 1..År ${s(p, 'expected')}), fik ${sDa(p, 'received')}; ` +
    `hver linje skal dække hele tidshorisonten, manglende år udfyldes ikke`,
  no_years: () => `casen har ingen årlige værdier: angiv mindst én linje med værdier, eller "years"`,
  three_point_order: (p) =>
    `et trepunktsestimat kræver min <= mest sandsynlig <= maks, fik min ${s(p, 'min')}, mest sandsynlig ${s(p, 'likely')}, maks ${s(p, 'max')}`,
  year_beyond_horizon: (p) =>
    `forventede et år inden for horisonten, År 1..År ${s(p, 'expected')}, fik År ${s(p, 'received')}`,
  rate_range: (p) => `forventede en rente som brøk over -1 og højst 1 (0.035 betyder 3,5 %), fik ${sDa(p, 'received')}`,
  not_applicable: (p) => `"${s(p, 'field')}" gælder kun for ${s(p, 'appliesToDa')}`,
  duplicate_profile: () => `angiv enten "values" eller "profile" for en linje, ikke begge og ikke ingen af dem`,
  text_number: (p) =>
    p['suggestion'] === undefined
      ? `forventede et tal, fik teksten ${sDa(p, 'received')}`
      : `forventede et tal, fik teksten ${sDa(p, 'received')}; mente du ${s(p, 'suggestionDa')}?`,
  ambiguous_number: (p) =>
    `teksten ${sDa(p, 'received')} er læst på dansk som ${s(p, 'readingDa')}; betyder den ${s(p, 'otherDa')}, så skriv selve tallet`,
  cell_error: (p) => `cellen viser fejlen ${sDa(p, 'received')}; skriv et tal eller ret formlen`,
  negative_amount: (p) => `forventede 0 eller mere her, fik ${sDa(p, 'received')}; skriv reduktioner som gevinster`,
  formula_overwritten: (p) =>
    `cellen skal indeholde skabelonens formel ${s(p, 'expected')}, men indeholder konstanten ${sDa(p, 'received')}`,
  blank_table: (p) =>
    `udfyld mindst én række i tabellen ${s(p, 'expectedDa')}; indtil da venter de tal, der bygger på den`,
  blank_required: (p) => `her skal stå en værdi: ${s(p, 'expectedDa')}`,
  not_instance: () => `det aktive ark er ikke en Gevinst-skabelon; indsæt en fra fanen Gevinst`,
  layout_missing: () =>
    `arket er en Gevinst-skabelon, men dets layoutoplysninger mangler (projektmappen er gemt af et andet program); indsæt en ny`,
  layout_invalid: (p) =>
    `arkets layoutoplysning (navnet ${s(p, 'name')}) er rettet til en størrelse, skabelonen ikke kan have (1-50 år, 1-100 linjer pr. afsnit); fortryd rettelsen, eller indsæt en ny skabelon`,
  name_moved: (p) => `navnet ${s(p, 'name')} skal pege på ${s(p, 'expected')}, men peger på ${sDa(p, 'received')}`,
  rows_shifted: (p) =>
    `der er indsat eller slettet rækker i skabelonen omkring række ${s(p, 'row')} (her forventedes ${s(p, 'expected')}); fortryd ændringen, eller indsæt en ny skabelon`,
  sheet_renamed: (p) => `arket er omdøbt fra ${s(p, 'from')}; navnene fulgte med, intet skal repareres`,
  date_text: (p) =>
    p['suggestion'] === undefined
      ? `forventede en dato, fik teksten ${sDa(p, 'received')}`
      : `forventede en dato, fik teksten ${sDa(p, 'received')}; mente du ${s(p, 'suggestion')}?`,
  percent_over_100: (p) => `en rente på ${s(p, 'receivedDa')} er over 100 %; mente du ${s(p, 'suggestionDa')}?`,
  not_checkable: (p) =>
    `dette er et Gevinst-ark af typen ${s(p, 'template')}; tallene er levende formler, og opgaveruden kontrollerer indtil videre kun business cases`,
  no_free_line: (p) =>
    `business casen ${s(p, 'sheet')} har ingen tom gevinstlinje; indsæt en business case med flere gevinstlinjer, eller ryd en`,
  keys_sum: (p) => `fordelingsnøglerne skal summere til 100 % (1), men summerer til ${sDa(p, 'received')}`,
  not_multiple: (p) =>
    `forventede et helt multiplum af afrundingen ${s(p, 'rounding')}, fik ${sDa(p, 'received')}, så totalen kan ikke holdes præcist`,
  no_volume: (p) => `egen række ${s(p, 'name')} har hverken volumen eller nævner, så potentialet kan ikke beregnes`,
  own_row_missing: (p) => `ingen række hedder ${sDa(p, 'received')}; "own" skal være navnet på en af rækkerne`,
  nothing_to_compare: () => `en benchmark sammenligner: forventede mindst 2 rækker, eller egen række og mindst ét mål`,
  nothing_uncertain: () =>
    `intet at simulere: skriv et trepunktsestimat i en linjes år som =(min+4*sandsynlig+maks)/6, eller udfyld en risiko i casens risikoregister`,
  approval_needed: (p) =>
    `${s(p, 'name')} er ${s(p, 'otherDa')}, så forvaltningen kan ikke selv frisætte den: godkendelsen er "pending", "approved" eller "refused", ikke "not-needed"`,
  irr_no_sign_change: () =>
    `ingen intern rente: de årlige resultater skifter aldrig fortegn, så ingen rente giver nutidsværdien nul`,
  irr_no_root: () =>
    `ingen intern rente: resultaterne skifter fortegn, men ingen rente over -100 % giver nutidsværdien nul`,
  irr_multiple_roots: (p) =>
    `resultaterne skifter fortegn flere gange, og flere renter giver nutidsværdien nul (${s(p, 'roots')}); den interne rente er ikke et pålideligt nøgletal her, brug nutidsværdien`,
  irr_not_converged: () => `den interne rente kunne ikke bestemmes med fuld præcision; brug nutidsværdien`,
};

const catalogue: Record<Language, Record<IssueCode, Render>> = { en, da };

/** Every issue code the catalogue has words for (all of them: the type checks it). */
export const ISSUE_CODES = Object.keys(en) as IssueCode[];

export function issueMessage(i: Issue, lang: Language = 'en'): string {
  return catalogue[lang][i.code](i.params);
}

/** One line per issue, as the CLI prints it: `lines[1].values[3]: expected a number, got "12,5"`. */
export function formatIssue(i: Issue, lang: Language = 'en'): string {
  const where = i.cell ?? formatPath(i.path);
  const tag = i.severity === 'warning' ? (lang === 'da' ? 'advarsel: ' : 'warning: ') : '';
  return `${where}: ${tag}${issueMessage(i, lang)}`;
}
