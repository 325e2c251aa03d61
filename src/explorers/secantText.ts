import { en } from "../i18n/en";
import { formatSignificant } from "../i18n/format";
import type { SecantState } from "../models/secant";
import type { Formula } from "./parts/FormulaPanel";
import type { ReadoutItem } from "./parts/Readouts";

function value(v: number, digits = 8): string {
  return Number.isFinite(v) ? formatSignificant(v, { digits }) : en.undefinedValue;
}

/** The readout lines of the secant explorer. */
export function secantReadouts(state: SecantState): ReadoutItem[] {
  const exactLabel = state.slopeSource === "estimated" ? en.estimatedSlope : en.tangentSlope;
  return [
    {
      id: "secant",
      label: en.secantSlope,
      value: value(state.secantSlope),
      color: "var(--slopes-secant)",
    },
    {
      id: "exact",
      label: exactLabel,
      value: value(state.exactSlope),
      color: "var(--slopes-tangent)",
    },
    { id: "difference", label: en.difference, value: value(state.difference, 3) },
    {
      id: "direction",
      label: en.direction,
      value: state.direction === "undefined" ? en.undefinedValue : en[state.direction],
    },
  ];
}

/** The formulas of the secant explorer: f, f′ (when known), and the quotient with numbers. */
export function secantFormulas(state: SecantState): Formula[] {
  const formulas: Formula[] = [];
  if (state.tex.f) formulas.push({ id: "f", label: "Function", tex: `f(x) = ${state.tex.f}` });
  if (state.tex.slope)
    formulas.push({ id: "slope", label: "Derivative", tex: `f'(x) = ${state.tex.slope}` });
  formulas.push({ id: "quotient", label: "Difference quotient", tex: state.tex.quotient });
  return formulas;
}
