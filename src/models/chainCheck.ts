import type { Expr } from "../math/ast";
import { differentiate } from "../math/differentiate";
import { evaluate } from "../math/evaluate";
import { toTeX } from "../math/tex";
import { localizeTeX } from "../i18n/locale";
import type { ChainGraphState } from "./chainGraph";
import type { ChainSpec } from "./chainProgram";
import { withinBudget } from "./expression";

/**
 * The engine's independent check: the whole formula differentiated symbolically, evaluated, and
 * compared with the product along the paths. TeX numbers are written for the language `code`.
 */
export function engineCheck(
  spec: ChainSpec,
  values: Record<string, number>,
  target: string,
  product: number,
  undefinedStep: boolean,
  code = "en",
): ChainGraphState["check"] {
  const { derivative, tex: rawTex, omitted } = symbolicCheck(spec.composed, target);
  // Over the engine's budgets the check is left out (and said so), never guessed.
  if (derivative === null) return { value: Number.NaN, tex: null, agrees: false, omitted };
  let value: number;
  try {
    value = evaluate(derivative, values);
  } catch {
    value = Number.NaN;
  }
  if (!Number.isFinite(value) || undefinedStep) value = Number.NaN;
  const agrees = Number.isFinite(value)
    ? Math.abs(value - product) <= 1e-9 * Math.max(1, Math.abs(value))
    : !Number.isFinite(product);
  const tex = rawTex === null ? null : localizeTeX(rawTex, code);
  return { value, tex, agrees, omitted };
}

interface Symbolic {
  readonly derivative: Expr | null;
  readonly tex: string | null;
  readonly omitted: string | null;
}

/** The derivative and its TeX per formula and target: a move changes values, not the formula. */
const checks = new WeakMap<Expr, Map<string, Symbolic>>();

function symbolicCheck(composed: Expr, target: string): Symbolic {
  let byTarget = checks.get(composed);
  if (!byTarget) checks.set(composed, (byTarget = new Map()));
  const known = byTarget.get(target);
  if (known) return known;
  const omitted: string[] = [];
  const derivative = withinBudget(() => differentiate(composed, target), omitted);
  const tex = derivative === null ? null : withinBudget(() => toTeX(derivative), omitted);
  const result = { derivative, tex, omitted: omitted[0] ?? null };
  byTarget.set(target, result);
  return result;
}
