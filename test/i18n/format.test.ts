// @vitest-environment node
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/i18n/format";

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
