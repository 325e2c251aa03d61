/**
 * slopes: interactive calculus widgets for course sites.
 *
 * Styles live apart in `slopes/styles.css` (KaTeX and the theme); import it once per page.
 * The calculus engine is also available alone, without React, as `slopes/math`.
 * @packageDocumentation
 */
export { formatNumber, formatSignificant } from "./i18n/formatNumber";
export type { FormatNumberOptions, FormatSignificantOptions } from "./i18n/formatNumber";
export { LOCALES, resolveLocale, localizeTeX } from "./i18n/locale";
export type { Locale } from "./i18n/locale";
export * from "./models";
export * from "./hooks";
export * from "./views";
export * from "./explorers";
export * from "./lesson";
export type { Vec2 } from "./math/vec";
export { vec } from "./math/vec";
