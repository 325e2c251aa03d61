import { displayVariable, gradientLabels } from "../i18n/gradient";
import type { GradientCost } from "../models/gradientCost";
import type { ProbeState } from "../models/gradientProbe";
import { gradientNumber } from "../models/gradientText";
import type { Formula } from "./parts/FormulaPanel";
import type { ReadoutItem } from "./parts/Readouts";

const t = gradientLabels;

function pair(x: number, y: number): string {
  return t.vector(gradientNumber(x), gradientNumber(y));
}

/** The readout lines of the gradient explorer: L, both partials, ∇L, |∇L| and −∇L. */
export function gradientReadouts(cost: GradientCost, state: ProbeState): ReadoutItem[] {
  const [a, b] = cost.variables.map(displayVariable) as [string, string];
  const length = gradientNumber(state.length);
  return [
    { id: "cost", label: t.costAt, value: gradientNumber(state.value) },
    { id: "partial-1", label: t.partial(a), value: gradientNumber(state.partials[0]) },
    { id: "partial-2", label: t.partial(b), value: gradientNumber(state.partials[1]) },
    {
      id: "gradient",
      label: t.gradient,
      value: pair(state.partials[0], state.partials[1]),
      color: "var(--slopes-gradient)",
    },
    {
      id: "length",
      label: t.length,
      value:
        state.lengthExact && state.lengthExact.startsWith("√")
          ? `${state.lengthExact} ≈ ${length}`
          : length,
    },
    {
      id: "descent",
      label: t.descent,
      value: pair(state.descent[0], state.descent[1]),
      color: "var(--slopes-descent)",
    },
  ];
}

/** The formulas of the gradient explorer: L, its partials, ∇L and |∇L| at the probe, one step. */
export function gradientFormulas(cost: GradientCost, state: ProbeState): Formula[] {
  const [a, b] = cost.tex.variables;
  const [pa, pb] = cost.tex.partials;
  return [
    { id: "cost", label: t.formulaCost, tex: `L(${a}, ${b}) = ${cost.tex.cost}` },
    {
      id: "partials",
      label: t.formulaPartials,
      tex: `\\frac{\\partial L}{\\partial ${a}} = ${pa}, \\qquad \\frac{\\partial L}{\\partial ${b}} = ${pb}`,
    },
    { id: "gradient", label: t.formulaGradient, tex: `${state.tex.gradient}` },
    { id: "length", label: t.length, tex: state.tex.length },
    { id: "step", label: t.formulaStep, tex: state.tex.step },
  ];
}

/** The notice at a flat point ("Both partial slopes are zero …"), or null elsewhere. */
export function flatNotice(state: ProbeState): string | null {
  if (!state.flat) return null;
  const head = state.flat.exact ? t.noticeZero : t.noticeNearlyZero;
  const kind = {
    minimum: t.noticeMinimum,
    maximum: t.noticeMaximum,
    saddle: t.noticeSaddle,
    flat: t.noticeFlat,
  }[state.flat.kind];
  return `${head} ${kind}`;
}

/** A sentence on how the descent path ended. */
export function trajectoryText(state: ProbeState, rate: string): string {
  const n = state.trajectory.points.length - 1;
  const status = state.trajectory.status;
  return status === "diverged"
    ? t.trajectoryStatus.diverged(n, rate)
    : t.trajectoryStatus[status](n);
}
