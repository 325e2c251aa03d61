import type { Expr } from "../math/ast";
import { format } from "../math/format";
import { texNumber, texVariable } from "../math/tex";
import { chainLabels } from "../i18n/chain";
import { formatSignificant } from "../i18n/format";

/** Significant digits of every number the chain widget shows (TeX and text agree). */
export const CHAIN_DIGITS = 6;

/** A number as TeX, to `digits` significant digits; "undefined here" when not finite. */
export function texValue(value: number, digits = CHAIN_DIGITS): string {
  if (!Number.isFinite(value)) return `\\text{${chainLabels.undefinedValue}}`;
  const rounded = Number(value.toPrecision(digits));
  return texNumber(rounded === 0 ? 0 : rounded);
}

/** {@link texValue}, in parentheses when negative (a factor of a product). */
export function texFactor(value: number): string {
  const tex = texValue(value);
  return Number.isFinite(value) && Number(value.toPrecision(CHAIN_DIGITS)) < 0 ? `(${tex})` : tex;
}

/** A number as a reader sees it, to `digits` significant digits (true minus, "undefined here"). */
export function textValue(value: number, digits = CHAIN_DIGITS): string {
  return Number.isFinite(value) ? formatSignificant(value, { digits }) : chainLabels.undefinedValue;
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

/** `\partial L/\partial z`: a derivative on one line, for small labels. */
export function texDerivativeInline(output: string, input: string): string {
  return `\\partial ${texVariable(output)}/\\partial ${texVariable(input)}`;
}

/** A formula as plain text for readers: `w×x + b`, `a×(1 − a)` (times sign, true minus). */
export function textFormula(expr: Expr): string {
  return format(expr).replace(/\*/gu, "×").replace(/-/gu, "−");
}
