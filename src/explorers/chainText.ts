import { chainLabels } from "../i18n/chain";
import { texDerivative, textDerivative, textValue, textVariable } from "../models/chainFormat";
import type { ChainGraphState } from "../models/chainGraph";
import type { Formula } from "./parts/FormulaPanel";
import type { ReadoutItem } from "./parts/Readouts";

/** Derivative notation of the state: d for a one-input graph, ∂ otherwise. */
function partial(state: ChainGraphState): boolean {
  return state.inputs.length > 1;
}

/** The readout lines of the chain-rule explorer: step values, the product, the engine's check. */
export function chainReadouts(state: ChainGraphState): ReadoutItem[] {
  const steps = state.nodes.filter((n) => n.kind === "operation");
  const items: ReadoutItem[] = steps.slice(-4).map((n) => ({
    id: `node-${n.id}`,
    label: n.id === state.output ? chainLabels.outputLabel(textVariable(n.id)) : n.text,
    value: textValue(n.value),
  }));
  const d = textDerivative(state.output, state.target, partial(state));
  items.push({
    id: "product",
    label: `${d}: ${chainLabels.productLabel.toLowerCase()}`,
    value: textValue(state.product),
    color: "var(--slopes-secant)",
  });
  items.push({
    id: "check",
    label: chainLabels.checkLabel,
    value: `${textValue(state.check.value)} (${state.check.agrees ? chainLabels.agrees : chainLabels.disagrees})`,
    color: "var(--slopes-tangent)",
  });
  return items;
}

/** The formulas of the chain-rule explorer: the steps, the chain rule, the whole derivative. */
export function chainFormulas(state: ChainGraphState): Formula[] {
  const formulas: Formula[] = [
    { id: "steps", label: chainLabels.stepsFormula, tex: state.tex.steps },
    { id: "chain", label: chainLabels.chainFormula, tex: state.tex.chain },
    { id: "check", label: chainLabels.checkFormula, tex: state.tex.check },
  ];
  if (state.pathsTruncated) {
    formulas[1] = {
      id: "chain",
      label: `${chainLabels.chainFormula}. ${chainLabels.pathsTruncated(state.paths.length)}`,
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
