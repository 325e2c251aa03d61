/** Cached `Intl.NumberFormat`s: building one costs far more than using it. */
const formatters = new Map<string, Intl.NumberFormat>();

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** BCP 47 language tag. @default "en" */
  locale?: string | undefined;
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
  const locale = options.locale ?? "en";
  const digits = Math.max(0, Math.min(20, Math.round(options.maximumFractionDigits ?? 4)));
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
