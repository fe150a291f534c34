/**
 * Time savings, beregnet gevinst (DESIGN.md §4): minutes per case × cases per year ÷ 60 =
 * hours; hours × hourly cost = kr.; hours ÷ hours per årsværk = årsværk. Items given as
 * saving per unit × units add kr. only (they carry no hours).
 */
import type { TimeItem, TimeSavingsFile, UnitItem } from './time-savings-schema';

export interface TimeSavingsItemResult {
  readonly label: string;
  readonly kind: 'time' | 'unit';
  readonly kr: number;
  /** Hours saved a year; null for saving-per-unit items. */
  readonly hours: number | null;
  readonly fte: number | null;
}

export interface TimeSavingsResult {
  readonly template: 'time-savings';
  readonly title: string;
  readonly hoursPerFte: number;
  readonly kr: number;
  readonly hours: number;
  readonly fte: number;
  readonly items: TimeSavingsItemResult[];
}

const isTimeItem = (i: TimeItem | UnitItem): i is TimeItem => 'minutesPerCase' in i;

export function computeTimeSavings(c: TimeSavingsFile): TimeSavingsResult {
  const items = c.items.map((i): TimeSavingsItemResult => {
    if (!isTimeItem(i)) return { label: i.label, kind: 'unit', kr: i.savingPerUnit * i.units, hours: null, fte: null };
    const hours = (i.minutesPerCase * i.casesPerYear) / 60;
    return { label: i.label, kind: 'time', kr: hours * i.hourlyCost, hours, fte: hours / c.hoursPerFte };
  });
  const hours = items.reduce((a, i) => a + (i.hours ?? 0), 0);
  return {
    template: 'time-savings',
    title: c.title,
    hoursPerFte: c.hoursPerFte,
    kr: items.reduce((a, i) => a + i.kr, 0),
    hours,
    fte: hours / c.hoursPerFte,
    items,
  };
}
