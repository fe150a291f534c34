/**
 * One look per cell role. Inputs follow the finance convention: blue figures on a light
 * fill, unlocked; formulas black and locked. Colours meet WCAG AA contrast on their fills.
 */
import type { CellRole } from './plan';

export interface RoleStyle {
  readonly fill: string | null;
  readonly fontColor: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number;
  /** Input cells are unlocked so a protected sheet still takes the user's numbers. */
  readonly locked: boolean;
  /**
   * Text wraps within its cell (the row grows): column headers, whose neighbours hold headers too,
   * so a long one is never cut off. Labels, notes and titles run on into empty cells.
   */
  readonly wrap: boolean;
}

const base: RoleStyle = {
  fill: null,
  fontColor: '#000000',
  bold: false,
  italic: false,
  size: 11,
  locked: true,
  wrap: false,
};

/** Small grey italics: the line under a title, technical helper rows and notes look alike, as one style. */
const note: RoleStyle = { ...base, italic: true, fontColor: '#44546A', size: 9 };

export const ROLE_STYLES: Readonly<Record<CellRole, RoleStyle>> = {
  title: { ...base, bold: true, size: 16, fontColor: '#0F4C3A' },
  subtitle: note,
  section: { ...base, bold: true, fill: '#DDEBE6', fontColor: '#0F4C3A' },
  header: { ...base, bold: true, fill: '#0F6E56', fontColor: '#FFFFFF', wrap: true },
  label: base,
  inputLabel: { ...base, fill: '#FFF7D6', fontColor: '#1F3F8F', locked: false },
  input: { ...base, fill: '#FFF7D6', fontColor: '#1F3F8F', locked: false },
  formula: base,
  total: { ...base, bold: true, fill: '#F2F2F2' },
  key: { ...base, bold: true, fill: '#DDEBE6' },
  helper: note,
  note,
};

/**
 * The named cell style of each look, as Excel's style gallery shows it: colleagues can restyle
 * every input of a workbook at once, and a style the user changed is never overwritten. Plain
 * roles keep Excel's Normal style. One name per look, whatever the sheet's language; roles that
 * look alike share one, as each style costs Excel about six actions to create.
 */
export const STYLE_NAMES: Readonly<Record<CellRole, string | null>> = {
  title: 'Gevinst title',
  subtitle: 'Gevinst note',
  section: 'Gevinst section',
  header: 'Gevinst header',
  label: null,
  inputLabel: 'Gevinst input',
  input: 'Gevinst input',
  formula: null,
  total: 'Gevinst total',
  key: 'Gevinst key figure',
  helper: 'Gevinst note',
  note: 'Gevinst note',
};
