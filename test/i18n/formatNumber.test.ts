// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatNumber, formatSignificant } from "../../src/i18n/formatNumber";
import { LOCALES } from "../../src/i18n/locale";

describe("formatNumber", () => {
  it.each([
    [2, {}, "2"],
    [0.5, {}, "0.5"],
    [0.5, { locale: "fr" }, "0,5"],
    [-2, {}, "−2"],
    [-0, {}, "0"],
    [-0.00001, {}, "0"],
    [1 / 3, { maximumFractionDigits: 2 }, "0.33"],
    [12345.678, {}, "12345.678"],
    [Number.NaN, {}, "undefined"],
    [Infinity, {}, "∞"],
    [-Infinity, {}, "−∞"],
  ])("%d with %o reads %s", (value, options, text) => {
    expect(formatNumber(value, options)).toBe(text);
  });
});

describe("formatNumber with any tag (#18)", () => {
  it.each([
    ["en_US", "1234.5"],
    ["fr_FR", "1234,5"],
    ["français", "1234.5"],
    ["", "1234.5"],
    ["not a tag!", "1234.5"],
    ["i-klingon", "1234.5"],
  ])("%j never throws: %s", (locale, text) => {
    expect(formatNumber(1234.5, { locale })).toBe(text);
    expect(formatNumber(1234.5, { locale: { ...LOCALES.en, code: locale } })).toBe(text);
    expect(formatSignificant(1234.5, { locale })).toBe(text);
    expect(formatSignificant(3.2e-9, { locale })).toMatch(/^3[.,]2 × 10⁻⁹$/);
  });
});

describe("formatNumber in English without Intl", () => {
  /** What Intl prints, as formatNumber writes it (true minus sign, no negative zero). */
  function intl(value: number, digits: number, locale: string): string {
    const text = new Intl.NumberFormat(locale, {
      maximumFractionDigits: digits,
      useGrouping: false,
    }).format(value === 0 ? 0 : value);
    return text === "-0" ? "0" : text.replace("-", "−");
  }

  it("prints exactly what Intl.NumberFormat prints, for any double and digit count", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
          fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        ),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom("en", "en-GB", "en-US"),
        (value, digits, locale) => {
          expect(formatNumber(value, { maximumFractionDigits: digits, locale })).toBe(
            intl(value, digits, locale),
          );
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("leaves other languages to Intl", () => {
    expect(formatNumber(0.5, { locale: "fr" })).toBe("0,5");
    expect(formatNumber(-1234.5, { locale: "de" })).toBe("−1234,5");
  });
});
