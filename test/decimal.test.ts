import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Decimal,
  decimalToNumber,
  decimalToString,
  isNonNegativeDecimal,
  parseDecimal,
  shiftDecimal,
} from '../src/compiler/decimal.js';
import { runs } from "./support/property.js";

function must(input: string | number): Decimal {
  const d = parseDecimal(input);
  if (d === undefined) throw new Error(`parseDecimal(${JSON.stringify(input)}) rejected`);
  return d;
}

const perToken = (perMillion: string | number): number => decimalToNumber(shiftDecimal(must(perMillion), -6));

describe('per-million to per-token prices', () => {
  // The expected values are double literals: the nearest doubles to the exact decimals.
  const CASES: Array<[string, number]> = [
    ['0.1', 1e-7],
    ['3', 3e-6],
    ['0.075', 7.5e-8],
    ['15.5', 1.55e-5],
    ['0.8', 8e-7],
    ['0.2', 2e-7],
    ['2.5', 2.5e-6],
    ['60', 6e-5],
    ['1.25', 1.25e-6],
    ['0.0375', 3.75e-8],
    ['1000', 1e-3],
    ['0', 0],
  ];

  it('is exact for strings and for numbers', () => {
    for (const [text, want] of CASES) {
      expect(perToken(text), text).toBe(want);
      expect(perToken(Number(text)), text).toBe(want);
    }
  });

  it('differs from naive division, which rounds twice', () => {
    // 0.8 / 1e6 is 8.000000000000001e-7: 0.8 is already rounded, and the quotient rounds again.
    expect(0.8 / 1e6).not.toBe(8e-7);
    expect(0.1 / 1e6).not.toBe(1e-7);
    expect(perToken('0.8')).toBe(8e-7);
    expect(perToken(0.1)).toBe(1e-7);
    // Multiplying by 1e-6 is no better in general: 2.5 * 1e-6 is 0.0000024999999999999998.
    expect(2.5 * 1e-6).not.toBe(2.5e-6);
    expect(perToken('2.5')).toBe(2.5e-6);
  });

  it('handles huge and tiny exponents', () => {
    expect(perToken('1e300')).toBe(1e294);
    expect(perToken('1.7976931348623157e314')).toBe(1.7976931348623157e308);
    expect(perToken('1e315')).toBe(Infinity); // out of range: the caller checks Number.isFinite
    expect(perToken('5e-318')).toBe(5e-324);
    expect(perToken('1e-400')).toBe(0);
    expect(perToken('-1e-400')).toBe(-0);
    expect(decimalToString(must('1e-20'))).toBe('0.00000000000000000001');
    expect(decimalToString(shiftDecimal(must('12.5e3'), -6))).toBe('0.0125');
    expect(decimalToString(must('1.5e+25'))).toBe('15000000000000000000000000');
  });
});

describe('parseDecimal', () => {
  it('parses into normalised sign, digits and scale', () => {
    const parsed = (input: string | number) => {
      const d = must(input);
      return [d.negative, d.digits, d.scale];
    };
    expect(parsed('0.8')).toEqual([false, 8n, 1]);
    expect(parsed('15.50')).toEqual([false, 155n, 1]);
    expect(parsed('00012.3400')).toEqual([false, 1234n, 2]);
    expect(parsed('100')).toEqual([false, 1n, -2]);
    expect(parsed('-1.50e2')).toEqual([true, 15n, -1]);
    expect(parsed('+7')).toEqual([false, 7n, 0]);
    expect(parsed('.5')).toEqual([false, 5n, 1]);
    expect(parsed('5.')).toEqual([false, 5n, 0]);
    expect(parsed('1E-6')).toEqual([false, 1n, 6]);
    expect(parsed('-0.000')).toEqual([false, 0n, 0]);
    expect(parsed(0.1)).toEqual([false, 1n, 1]);
    expect(parsed(1e-7)).toEqual([false, 1n, 7]);
    expect(parsed(1e21)).toEqual([false, 1n, -21]);
    expect(parsed(-0)).toEqual([false, 0n, 0]);
    expect(parsed(5e-324)).toEqual([false, 5n, 324]);
  });

  it('rejects anything that is not a plain decimal literal', () => {
    const bad: unknown[] = [
      ...['', ' ', '\t', ' 1', '1 ', '1,5', '1_000', '0x10', '0b1', '1e', 'e5', '.', '-', '+', '--1', '1..2', '1.2.3'],
      ...['NaN', 'Infinity', '-Infinity', '1e10001', '1e-10001', '١', '1/2', '$1', '1e5.5', '0.8 '],
      ...[NaN, Infinity, -Infinity, null, undefined, {}, 1n],
    ];
    for (const input of bad) expect(parseDecimal(input as string), String(input)).toBeUndefined();
  });

  it('keeps the sign for the caller to judge', () => {
    expect(must('-0.5').negative).toBe(true);
    expect(isNonNegativeDecimal('-0.5')).toBe(false);
    expect(isNonNegativeDecimal('-0')).toBe(true);
    expect(isNonNegativeDecimal('0')).toBe(true);
    expect(isNonNegativeDecimal('0.8')).toBe(true);
    expect(isNonNegativeDecimal(-1)).toBe(false);
    expect(isNonNegativeDecimal('abc')).toBe(false);
  });
});

describe('decimalToString', () => {
  it('is canonical plain notation', () => {
    const cases: Array<[string, string]> = [
      ['0.8', '0.8'],
      ['-0.0000008', '-0.0000008'],
      ['8e-7', '0.0000008'],
      ['15.500', '15.5'],
      ['3', '3'],
      ['3e2', '300'],
      ['-0', '0'],
      ['0.075', '0.075'],
      ['+1.0', '1'],
    ];
    for (const [input, want] of cases) expect(decimalToString(must(input)), input).toBe(want);
  });
});

// Decimals of at most 15 significant digits, over a wide range of scales.
const decimal = fc
  .record({
    negative: fc.boolean(),
    digits: fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
    scale: fc.integer({ min: -30, max: 40 }),
  })
  .map(({ negative, digits, scale }) => `${negative ? '-' : ''}${digits}e${-scale}`);

describe('properties', () => {
  it('shifting by -6 then rounding once equals rounding the shifted literal', () => {
    fc.assert(
      fc.property(decimal, (literal) => {
        const d = must(literal);
        const [mantissa, exp] = literal.split('e');
        const want = Number(`${mantissa}e${Number(exp) - 6}`);
        expect(decimalToNumber(shiftDecimal(d, -6))).toBe(want === 0 ? 0 : want); // ±0 → 0: zero has no sign
        // and the canonical string names the same value
        expect(must(decimalToString(d))).toEqual(d);
        expect(decimalToNumber(d)).toBe(Number(decimalToString(d)) || 0);
      }),
      runs(2000),
    );
  });

  it('parses any finite double to a decimal that converts back to it', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(decimalToNumber(must(n))).toBe(n === 0 ? 0 : n);
      }),
      runs(2000),
    );
  });

  it('shifting is exact and reversible', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: -50, max: 50 }), (literal, places) => {
        const d = must(literal);
        expect(shiftDecimal(shiftDecimal(d, places), -places)).toEqual(d);
      }),
    );
  });
});
