/**
 * An issue is a problem found in a case, with a stable code that scripts can rely on,
 * the path into the case (rendered as `lines[1].values[3]`), the parameters its message
 * needs, and the cell address once the sheet layer knows it.
 */
export type IssueCode =
  | 'json_syntax'
  | 'encoding'
  | 'too_deep'
  | 'figure_not_finite'
  | 'figure_error'
  | 'invalid_type'
  | 'not_finite'
  | 'missing'
  | 'unknown_field'
  | 'unknown_template'
  | 'unknown_preset'
  | 'invalid_value'
  | 'too_small'
  | 'too_big'
  | 'line_length_mismatch'
  | 'no_years'
  | 'three_point_order'
  | 'year_beyond_horizon'
  | 'rate_range'
  | 'not_applicable'
  | 'duplicate_profile'
  | 'text_number'
  | 'ambiguous_number'
  | 'cell_error'
  | 'negative_amount'
  | 'formula_overwritten'
  | 'blank_required'
  | 'blank_table'
  | 'not_instance'
  | 'layout_missing'
  | 'layout_invalid'
  | 'name_moved'
  | 'rows_shifted'
  | 'sheet_renamed'
  | 'date_text'
  | 'percent_over_100'
  | 'no_volume'
  | 'not_checkable'
  | 'no_free_line'
  | 'keys_sum'
  | 'not_multiple'
  | 'own_row_missing'
  | 'nothing_to_compare'
  | 'nothing_uncertain'
  | 'approval_needed'
  | 'irr_no_sign_change'
  | 'irr_no_root'
  | 'irr_multiple_roots'
  | 'irr_not_converged';

export type IssuePath = readonly (string | number)[];

export type Severity = 'error' | 'warning';

export type IssueParams = Readonly<Record<string, string | number | readonly (string | number)[]>>;

export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly path: IssuePath;
  readonly params: IssueParams;
  /** A1-style address such as `Forretning!D12`, set by the sheet layer. */
  readonly cell?: string;
}

export function issue(code: IssueCode, path: IssuePath, params: IssueParams = {}, severity: Severity = 'error'): Issue {
  return { code, severity, path, params };
}

/**
 * Renders a path the way a user reads it in a JSON file: `lines[1].values[3]`; a key that is not a
 * plain word (`"Holbæk.volume"`, `"bc.hours"`) in brackets, so its dot is not read as a step. The root is `case`.
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (!/^[A-Za-z_$][\w$]*$/.test(part)) out += `[${JSON.stringify(part)}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? 'case' : out;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
