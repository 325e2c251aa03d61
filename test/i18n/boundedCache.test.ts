// @vitest-environment node
import { describe, expect, it } from "vitest";
import { BoundedCache, LANGUAGE_CACHE_LIMIT } from "../../src/i18n/boundedCache";
import { cachedFormatterCount, formatNumber } from "../../src/i18n/formatNumber";
import { cachedCommaCount, localizeTeX, usesDecimalComma } from "../../src/i18n/locale";

describe("BoundedCache", () => {
  it("keeps the most recently used entries and drops the least recently used", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now newer than b
    cache.set("c", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
  });
});

describe("language caches", () => {
  /** 5,000 distinct valid tags (French with a private-use subtag). */
  const tags = Array.from({ length: 5000 }, (_, i) => `fr-x-t${i}`);

  it("formatNumber keeps at most 64 formatters however many languages it is given", () => {
    for (const tag of tags) expect(formatNumber(0.5, { locale: tag })).toBe("0,5");
    expect(LANGUAGE_CACHE_LIMIT).toBe(64);
    expect(cachedFormatterCount()).toBeLessThanOrEqual(LANGUAGE_CACHE_LIMIT);
    expect(cachedFormatterCount()).toBeGreaterThan(0);
  });

  it("the decimal-comma cache keeps at most 64 answers", () => {
    for (const tag of tags) expect(usesDecimalComma(tag)).toBe(true);
    expect(localizeTeX("0.5", tags[0] as string)).toBe("0{,}5");
    expect(cachedCommaCount()).toBeLessThanOrEqual(LANGUAGE_CACHE_LIMIT);
    expect(cachedCommaCount()).toBeGreaterThan(0);
  });
});
