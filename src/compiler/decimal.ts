/**
 * Exact decimal arithmetic for prices. Users write per-million-token prices ("0.8"); LiteLLM
 * wants per-token floats. `0.8 / 1e6` is 8.000000000000001e-7 (two roundings); shifting the
 * exact decimal and rounding once gives 8e-7, the double nearest to 0.0000008.
 */

/** value = (negative ? -1 : 1) × digits × 10^-scale. Normalised: no trailing zeros in `digits`; zero is `{false, 0n, 0}`. */
export interface Decimal {
  readonly negative: boolean;
  readonly digits: bigint;
  readonly scale: number;
}

/**
 * Sign, integer part, fraction, exponent. `.5` and `5.` are accepted because YAML reads both
 * as floats. No whitespace, underscores, thousands separators, hex, Infinity or NaN.
 */
const DECIMAL = /^([+-]?)(?:([0-9]+)(?:\.([0-9]*))?|\.([0-9]+))(?:[eE]([+-]?[0-9]+))?$/;

/**
 * Exponents beyond this are far outside any double's range (5e-324 … 1.8e308) and would only
 * make decimalToString allocate huge strings, so such input is rejected as garbage.
 */
const MAX_EXPONENT = 10_000;

const ZERO: Decimal = { negative: false, digits: 0n, scale: 0 };

/**
 * Parses a decimal literal, or a finite number through its shortest round-trip repr
 * (`String(n)`), so `0.1` parses as exactly 1/10. Returns undefined for anything else.
 * The sign is kept: whether a negative value is acceptable is the caller's rule.
 */
export function parseDecimal(input: string | number): Decimal | undefined {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return undefined;
    text = String(input);
  } else if (typeof input === 'string') {
    text = input;
  } else {
    return undefined;
  }
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const [, sign, intPart = '', fracA, fracB, exp] = m;
  const frac = fracA ?? fracB ?? '';
  let exponent = 0;
  if (exp !== undefined) {
    exponent = Number(exp);
    if (Math.abs(exponent) > MAX_EXPONENT) return undefined;
  }
  const all = intPart + frac;
  let start = 0;
  while (start < all.length && all.charCodeAt(start) === 0x30) start++;
  if (start === all.length) return ZERO;
  let end = all.length;
  while (all.charCodeAt(end - 1) === 0x30) end--;
  return {
    negative: sign === '-',
    digits: BigInt(all.slice(start, end)),
    scale: frac.length - exponent - (all.length - end),
  };
}

/** The value multiplied by 10^places, exactly (`shiftDecimal(d, -6)` divides by a million). */
export function shiftDecimal(d: Decimal, places: number): Decimal {
  if (!Number.isInteger(places)) throw new RangeError(`shiftDecimal: places must be an integer, got ${places}`);
  return d.digits === 0n ? ZERO : { negative: d.negative, digits: d.digits, scale: d.scale - places };
}

/**
 * The double nearest to the exact value (ties to even), rounded once: JS's string-to-number
 * conversion is correctly rounded for any number of digits. Out-of-range values give
 * ±Infinity or ±0, which callers should check for with Number.isFinite when it matters.
 */
export function decimalToNumber(d: Decimal): number {
  if (d.digits === 0n) return 0;
  return Number(`${d.negative ? '-' : ''}${d.digits}e${-d.scale}`);
}

/** Canonical plain decimal notation: no exponent, no trailing zeros, no `+`, `-` only when below zero (`0.0000008`, `15.5`, `3`, `-2`). */
export function decimalToString(d: Decimal): string {
  const sign = d.negative ? '-' : '';
  const digits = d.digits.toString();
  if (d.scale <= 0) return sign + digits + (d.digits === 0n ? '' : '0'.repeat(-d.scale));
  const padded = digits.padStart(d.scale + 1, '0');
  const point = padded.length - d.scale;
  return `${sign}${padded.slice(0, point)}.${padded.slice(point)}`;
}

/** Does `input` parse as a decimal that is zero or positive? */
export function isNonNegativeDecimal(input: string | number): boolean {
  const d = parseDecimal(input);
  return d !== undefined && !d.negative;
}

/**
 * Why a decimal has no faithful double, LiteLLM's float (Python's float is a double): beyond the
 * largest (about 1.8e308) it becomes infinity; a non-zero value nearer to zero than the smallest
 * (about 4.9e-324) becomes 0, a price that silently makes a model free.
 */
export function floatRangeProblem(d: Decimal): 'overflow' | 'underflow' | undefined {
  if (d.digits === 0n) return undefined;
  const n = decimalToNumber(d);
  if (!Number.isFinite(n)) return 'overflow';
  return n === 0 ? 'underflow' : undefined;
}
