/** What every template definition says about itself, for the gallery and the writers. */
export type Language = 'da' | 'en';

export type Localized = Readonly<Record<Language, string>>;

export interface TemplateInfo {
  readonly id: string;
  readonly version: number;
  readonly kind:
    'business-case' | 'time-savings' | 'benchmark' | 'realisation' | 'measurement' | 'refund-loss' | 'release-list';
  readonly title: Localized;
  /** One line: what the template is for. */
  readonly purpose: Localized;
  /** Where the structure comes from. */
  readonly source: Localized;
  /** The settings form the gallery opens before inserting; null inserts at once in the pane's language. */
  readonly form: 'business-case' | 'benchmark' | null;
  /** Parameters this card inserts its template with (a wording), under what the form or pane sends. */
  readonly preset?: Readonly<Record<string, string>>;
}
