import { displayVariable } from "../i18n/gradientLabels";
import type { GradientWords } from "../i18n/catalogs";
import { GRADIENT_EN } from "../i18n/catalogs";
import { localizeTeX } from "../i18n/locale";
import type { GradientCost } from "../models/gradientCost";
import type { ProbeState } from "../models/gradientProbe";
import { gradientNumber } from "../models/gradientText";
import type { Formula } from "./parts/FormulaPanel";
import type { ReadoutItem } from "./parts/Readouts";

/**
 * The readout lines of the gradient explorer, in the reader's language: L, both partials, ∇L,
 * |∇L| and −∇L.
 * @param locale @default English
 */
export function gradientReadouts(
  cost: GradientCost,
  state: ProbeState,
  locale: GradientWords = GRADIENT_EN,
): ReadoutItem[] {
  const t = locale.gradient;
  const n = (v: number) => gradientNumber(v, locale);
  const pair = (x: number, y: number) => t.vector(n(x), n(y));
  const [a, b] = cost.variables.map(displayVariable) as [string, string];
  const length = n(state.length);
  return [
    { id: "cost", label: t.costAt, value: n(state.value), numeric: true },
    { id: "partial-1", label: t.partial(a), value: n(state.partials[0]), numeric: true },
    { id: "partial-2", label: t.partial(b), value: n(state.partials[1]), numeric: true },
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

/**
 * The formulas of the gradient explorer: L, its partials, ∇L and |∇L| at the probe, one step
 * (numbers written for the reader: `0{,}5` in French).
 * @param locale @default English
 */
export function gradientFormulas(
  cost: GradientCost,
  state: ProbeState,
  locale: GradientWords = GRADIENT_EN,
): Formula[] {
  const t = locale.gradient;
  const local = (tex: string) => localizeTeX(tex, locale.code);
  const [a, b] = cost.tex.variables;
  const exact: Formula[] = [];
  // A cost over the engine's budgets leaves out what it could not write (the widget says so).
  if (cost.tex.cost !== null)
    exact.push({
      id: "cost",
      label: t.formulaCost,
      tex: local(`L(${a}, ${b}) = ${cost.tex.cost}`),
    });
  if (cost.tex.partials !== null) {
    const [pa, pb] = cost.tex.partials;
    exact.push({
      id: "partials",
      label: t.formulaPartials,
      tex: local(
        `\\frac{\\partial L}{\\partial ${a}} = ${pa}, \\qquad \\frac{\\partial L}{\\partial ${b}} = ${pb}`,
      ),
    });
  }
  return [
    ...exact,
    { id: "gradient", label: t.formulaGradient, tex: state.tex.gradient },
    { id: "length", label: t.length, tex: state.tex.length },
    { id: "step", label: t.formulaStep, tex: state.tex.step },
  ];
}

/**
 * The notice at a flat point ("Both partial slopes are zero …"), or null elsewhere.
 * @param locale @default English
 */
export function flatNotice(state: ProbeState, locale: GradientWords = GRADIENT_EN): string | null {
  if (!state.flat) return null;
  const t = locale.gradient;
  const head = state.flat.exact ? t.noticeZero : t.noticeNearlyZero;
  const kind = {
    minimum: t.noticeMinimum,
    maximum: t.noticeMaximum,
    saddle: t.noticeSaddle,
    flat: t.noticeFlat,
  }[state.flat.kind];
  return `${head} ${kind}`;
}

/**
 * A sentence on how the descent path ended.
 * @param locale @default English
 */
export function trajectoryText(
  state: ProbeState,
  rate: string,
  locale: GradientWords = GRADIENT_EN,
): string {
  const t = locale.gradient;
  const n = state.trajectory.points.length - 1;
  const status = state.trajectory.status;
  return status === "diverged"
    ? t.trajectoryStatus.diverged(n, rate)
    : t.trajectoryStatus[status](n);
}
