import type { ChainWords } from "../i18n/catalogs";
import { CHAIN_EN } from "../i18n/catalogs";
import { texDerivative, textDerivative, textValue, textVariable } from "../models/chainFormat";
import type { ChainGraphState } from "../models/chainGraph";
import type { Formula } from "./parts/FormulaPanel";
import type { ReadoutItem } from "./parts/Readouts";

/** Derivative notation of the state: d for a one-input graph, ∂ otherwise. */
function partial(state: ChainGraphState): boolean {
  return state.inputs.length > 1;
}

/**
 * The readout lines of the chain-rule explorer: step values, the product, the engine's check,
 * in the words and numbers of `locale`. @default English
 */
export function chainReadouts(
  state: ChainGraphState,
  locale: ChainWords = CHAIN_EN,
): ReadoutItem[] {
  const words = locale.chain;
  const number = (v: number) => textValue(v, locale);
  const steps = state.nodes.filter((n) => n.kind === "operation");
  const items: ReadoutItem[] = steps.slice(-4).map((n) => ({
    id: `node-${n.id}`,
    label: n.id === state.output ? words.outputLabel(textVariable(n.id)) : n.text,
    value: number(n.value),
  }));
  const d = textDerivative(state.output, state.target, partial(state));
  items.push({
    id: "product",
    label: words.productReadout(d),
    value: number(state.product),
    color: "var(--slopes-secant)",
  });
  items.push({
    id: "check",
    label: words.checkLabel,
    value: state.check.omitted
      ? words.checkOmitted
      : `${number(state.check.value)} (${state.check.agrees ? words.agrees : words.disagrees})`,
    color: "var(--slopes-tangent)",
  });
  return items;
}

/**
 * The formulas of the chain-rule explorer: the steps, the chain rule, the whole derivative,
 * labelled in `locale`. @default English
 */
export function chainFormulas(state: ChainGraphState, locale: ChainWords = CHAIN_EN): Formula[] {
  const words = locale.chain;
  const formulas: Formula[] = [
    { id: "steps", label: words.stepsFormula, tex: state.tex.steps },
    { id: "chain", label: words.chainFormula, tex: state.tex.chain },
    { id: "check", label: words.checkFormula, tex: state.tex.check },
  ];
  if (state.pathsTruncated) {
    formulas[1] = {
      id: "chain",
      label: `${words.chainFormula}. ${words.pathsTruncated(state.paths.length)}`,
      tex: state.tex.chain,
    };
  }
  return formulas;
}

/** The target toggle's options: `∂L/∂w`, `∂L/∂b`. */
export function targetOptions(state: ChainGraphState): { value: string; label: string }[] {
  return state.targets.map((t) => ({
    value: t,
    label: textDerivative(state.output, t, partial(state)),
  }));
}

/** TeX of the derivative the explorer shows, `\frac{\partial L}{\partial w}`. */
export function derivativeTeX(state: ChainGraphState): string {
  return texDerivative(state.output, state.target, partial(state));
}
