import { BoundedCache, LANGUAGE_CACHE_LIMIT } from "./boundedCache";
import type { LocaleInput } from "./locale";

/** The language tag of a `locale` option, one `Intl` accepts ("en" when it accepts none). */
function tagOf(locale: LocaleInput | undefined): string {
  const raw = locale === undefined ? "en" : typeof locale === "string" ? locale : locale.code;
  return raw === "en" ? raw : (canonicalTag(raw) ?? "en");
}

/** Tags already read by {@link canonicalTag}, bounded like the formatters. */
const canonical = new BoundedCache<string, string | null>(LANGUAGE_CACHE_LIMIT);

/**
 * `tag` as `Intl` writes it, with `_` read as `-` and spaces trimmed (`"fr_FR"` gives `"fr-FR"`),
 * or `null` when `Intl` refuses it (`"français"`, `""`). Never throws.
 */
export function canonicalTag(tag: string): string | null {
  let known = canonical.get(tag);
  if (known === undefined) {
    const text = tag.trim().replace(/_/g, "-");
    try {
      known = text ? (Intl.getCanonicalLocales(text)[0] ?? null) : null;
      // Some tags pass the syntax check and still have no number format (never seen, but cheap).
      if (known !== null) new Intl.NumberFormat(known);
    } catch {
      known = null;
    }
    canonical.set(tag, known);
  }
  return known;
}

/**
 * Cached `Intl.NumberFormat`s: building one costs far more than using it. Bounded, since a page
 * may pass any number of distinct tags.
 */
const formatters = new BoundedCache<string, Intl.NumberFormat>(LANGUAGE_CACHE_LIMIT);

/** How many formatters are cached now (for tests of the bound). */
export function cachedFormatterCount(): number {
  return formatters.size;
}

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** A BCP 47 language tag or a `Locale`. @default "en" */
  locale?: LocaleInput | undefined;
  /** Most digits after the decimal separator. @default 4 */
  maximumFractionDigits?: number | undefined;
}

/**
 * A number as a reader sees it, through `Intl.NumberFormat` (so French readers get `0,5`).
 * Minus is the true minus sign, negative zero prints as 0, and non-finite values get words
 * instead of `NaN`: "undefined", "∞", "−∞".
 */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  if (Number.isNaN(value)) return "undefined";
  if (value === Infinity) return "∞";
  if (value === -Infinity) return "−∞";
  const locale = tagOf(options.locale);
  const digits = Math.max(0, Math.min(20, Math.round(options.maximumFractionDigits ?? 4)));
  const plain = isEnglish(locale) ? plainEnglish(value, digits) : null;
  if (plain !== null) return plain;
  const key = `${locale}|${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    formatters.set(key, formatter);
  }
  const text = formatter.format(value === 0 ? 0 : value);
  return text === "-0" ? "0" : text.replace("-", "−");
}

/** English tags ("en", "en-GB", …): a point for decimals, and no grouping is asked for. */
export function isEnglish(locale: string): boolean {
  return locale === "en" || locale.startsWith("en-");
}

/**
 * The English text of `value` without `Intl` when JavaScript's own shortest decimal is already
 * that text (no exponent, no more fraction digits than allowed, which is what `Intl` prints
 * then too); `null` otherwise. The first `Intl.NumberFormat` of a page loads locale data (about
 * 15 ms before the first paint of a widget); English readouts mostly never need it.
 */
function plainEnglish(value: number, digits: number): string | null {
  if (value === 0) return "0";
  const text = String(value);
  if (text.includes("e")) return null;
  const dot = text.indexOf(".");
  if (dot >= 0 && text.length - dot - 1 > digits) return null;
  return text.replace("-", "−");
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Options of {@link formatSignificant}. */
export interface FormatSignificantOptions {
  /** A BCP 47 language tag or a `Locale`. @default "en" */
  locale?: LocaleInput | undefined;
  /** Significant digits kept. @default 6 */
  digits?: number | undefined;
}

/**
 * A number with a fixed count of significant digits, switching to "3.2 × 10⁻⁹" for very small
 * or very large magnitudes (below 10⁻⁴ or from 10⁶ on). Same words as {@link formatNumber} for
 * NaN and infinities.
 */
export function formatSignificant(value: number, options: FormatSignificantOptions = {}): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  const digits = Math.max(1, Math.min(17, Math.round(options.digits ?? 6)));
  const locale = tagOf(options.locale);
  const magnitude = Math.abs(value);
  if (magnitude === 0 || (magnitude >= 1e-4 && magnitude < 1e6)) {
    const rounded = Number(value.toPrecision(digits));
    return formatNumber(rounded, { locale, maximumFractionDigits: 20 });
  }
  const [mantissa = "0", exponent = "0"] = value.toExponential(digits - 1).split("e");
  const trimmed = Number(mantissa);
  const power = String(Number(exponent))
    .replace("-", "⁻")
    .replace(/[0-9]/g, (d) => SUPERSCRIPT[Number(d)] ?? d);
  const head =
    trimmed === 1
      ? ""
      : trimmed === -1
        ? "−"
        : `${formatNumber(trimmed, { locale, maximumFractionDigits: 20 })} × `;
  return `${head}10${power}`;
}
