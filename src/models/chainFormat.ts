import type { Expr } from "../math/ast";
import { format } from "../math/formatExpression";
import { texNumber, texVariable } from "../math/tex";
import { formatSignificant } from "../i18n/formatNumber";
import type { ChainWords } from "../i18n/catalogs";
import { CHAIN_EN } from "../i18n/catalogs";
import { localizeTeX, usesDecimalComma } from "../i18n/locale";

/**
 * Significant digits of every number the chain widget shows: nodes, edges, adjoints, strip,
 * steps, readouts and sliders, in TeX and in text alike (#12: one precision, one place).
 */
export const CHAIN_DIGITS = 4;

/**
 * A number as TeX, to {@link CHAIN_DIGITS} significant digits and in the locale's writing
 * (`0{,}5` in French); "undefined here" in its words when not finite. @default English
 */
export function texValue(value: number, locale: ChainWords = CHAIN_EN): string {
  if (!Number.isFinite(value)) return `\\text{${locale.chain.undefinedValue}}`;
  const rounded = Number(value.toPrecision(CHAIN_DIGITS));
  return localizeTeX(texNumber(rounded === 0 ? 0 : rounded), locale.code);
}

/** {@link texValue}, in parentheses when negative (a factor of a product). @default English */
export function texFactor(value: number, locale: ChainWords = CHAIN_EN): string {
  const tex = texValue(value, locale);
  return Number.isFinite(value) && Number(value.toPrecision(CHAIN_DIGITS)) < 0 ? `(${tex})` : tex;
}

/**
 * A number as a reader of the locale sees it, to {@link CHAIN_DIGITS} significant digits
 * (`−0,5` in French, true minus, "undefined here" in its words). @default English
 */
export function textValue(value: number, locale: ChainWords = CHAIN_EN): string {
  return Number.isFinite(value)
    ? formatSignificant(value, { digits: CHAIN_DIGITS, locale: locale.code })
    : locale.chain.undefinedValue;
}

/** Plain-text spelling of a variable name for screen readers: `u1` → `u₁`. */
export function textVariable(name: string): string {
  return name.replace(
    /(\D)(\d+)$/u,
    (_, letter: string, digits: string) =>
      letter + [...digits].map((d) => "₀₁₂₃₄₅₆₇₈₉"[Number(d)] ?? d).join(""),
  );
}

/** `\frac{df}{dx}` for a one-input graph, `\frac{\partial L}{\partial w}` otherwise. */
export function texDerivative(output: string, input: string, partial: boolean): string {
  const d = partial ? "\\partial " : "d";
  return `\\frac{${d}${texVariable(output)}}{${d}${texVariable(input)}}`;
}

/** `df/dx` or `∂L/∂w`. */
export function textDerivative(output: string, input: string, partial: boolean): string {
  const d = partial ? "∂" : "d";
  return `${d}${textVariable(output)}/${d}${textVariable(input)}`;
}

/** `\partial L/\partial z` (or `du/dx`): a derivative on one line, for labels. */
export function texDerivativeInline(output: string, input: string, partial = true): string {
  const d = partial ? "\\partial " : "d";
  return `${d}${texVariable(output)}/${d}${texVariable(input)}`;
}

/**
 * A formula as plain text for readers: `w×x + b`, `a×(1 − a)` (times sign, true minus), with
 * decimal commas where the locale writes them (`0,5×x`). @default English
 */
export function textFormula(expr: Expr, locale: ChainWords = CHAIN_EN): string {
  const text = format(expr).replace(/\*/gu, "×").replace(/-/gu, "−");
  return usesDecimalComma(locale.code) ? text.replace(/(\d)\.(\d)/gu, "$1,$2") : text;
}
