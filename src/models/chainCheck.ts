import { differentiate } from "../math/differentiate";
import { evaluate } from "../math/evaluate";
import { toTeX } from "../math/tex";
import { localizeTeX } from "../i18n/locale";
import type { ChainGraphState } from "./chainGraph";
import type { ChainSpec } from "./chainProgram";

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
  const derivative = differentiate(spec.composed, target);
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
  return { value, tex: localizeTeX(toTeX(derivative), code), agrees };
}
