import { formatSignificant } from "../i18n/formatNumber";
import type { SecantWords } from "../i18n/catalogs";
import { localizeTeX } from "../i18n/locale";
import type { SecantState } from "../models/secant";
import type { Formula } from "./parts/FormulaPanel";
import type { ReadoutItem } from "./parts/Readouts";

/** The readout lines of the secant explorer, in the reader's language. */
export function secantReadouts(state: SecantState, { code, labels }: SecantWords): ReadoutItem[] {
  const value = (v: number, digits = 8) =>
    Number.isFinite(v) ? formatSignificant(v, { digits, locale: code }) : labels.undefinedValue;
  const exactLabel =
    state.slopeSource === "estimated" ? labels.estimatedSlope : labels.tangentSlope;
  return [
    {
      id: "secant",
      label: labels.secantSlope,
      value: value(state.secantSlope),
      numeric: true,
      color: "var(--slopes-secant)",
    },
    {
      id: "exact",
      label: exactLabel,
      value: value(state.exactSlope),
      numeric: true,
      color: "var(--slopes-tangent)",
    },
    {
      id: "difference",
      label: labels.difference,
      value: value(state.difference, 3),
      numeric: true,
    },
    {
      id: "direction",
      label: labels.direction,
      value: state.direction === "undefined" ? labels.undefinedValue : labels[state.direction],
    },
  ];
}

/** The formulas of the secant explorer: f, f′ (when known), and the quotient with numbers. */
export function secantFormulas(state: SecantState, { code, labels }: SecantWords): Formula[] {
  const formulas: Formula[] = [];
  if (state.tex.f) {
    const tex = localizeTeX(`f(x) = ${state.tex.f}`, code);
    formulas.push({ id: "f", label: labels.formulaFunction, tex });
  }
  if (state.tex.slope) {
    const tex = localizeTeX(`f'(x) = ${state.tex.slope}`, code);
    formulas.push({ id: "slope", label: labels.formulaDerivative, tex });
  }
  formulas.push({ id: "quotient", label: labels.formulaQuotient, tex: state.tex.quotient });
  return formulas;
}
