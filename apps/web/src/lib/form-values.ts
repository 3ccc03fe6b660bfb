/** Values typed in a form, read as the API takes them, and where focus goes when a form has problems. */

/** Text typed in a form as the API takes it: trimmed, and null when empty. */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A decimal number typed in a form, a comma taken as the decimal point ("13,75"): null when empty, NaN
 * when it is not a number (the caller says so).
 */
export function decimalOrNull(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
}

/**
 * An amount typed in a form, commas taken as thousands separators ("1,200"): null when empty, NaN when
 * it is not a number (the caller says so).
 */
export function amountOrNull(value: string): number | null {
  const trimmed = value.trim().replace(/,/g, '');
  return trimmed === '' ? null : Number(trimmed);
}

/** The first field found at fault, else the general error message. */
export function firstProblem(form: HTMLFormElement | null, alertId: string): HTMLElement | null {
  return form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.getElementById(alertId);
}
