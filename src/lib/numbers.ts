// Figures are shown the Vietnamese way: "." groups thousands, "," marks decimals (7.178; 1,83).
// Written by hand rather than with Intl so the output does not depend on the ICU data Node ships with.

/** Formats a number with a fixed count of decimals, e.g. formatNumber(7178) → "7.178", formatNumber(1.8, 2) → "1,80". */
export function formatNumber(value: number, fractionDigits = 0): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot format ${value}`);
  const fixed = Math.abs(value).toFixed(fractionDigits);
  const [whole, fraction] = fixed.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

/** Formats a share given in percent points, e.g. formatPercent(1.83) → "1,83%". */
export function formatPercent(value: number, fractionDigits = 2): string {
  return `${formatNumber(value, fractionDigits)}%`;
}
