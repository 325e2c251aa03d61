/**
 * English labels and messages of the gradient widget (`useGradientField`, `GradientFieldView`,
 * `GradientExplorer`). A French table with the same keys comes with the locale provider.
 * Variable names arrive already written for the reader (`w₁`), or as typed (`w1`) in speech.
 */
export const gradientLabels = {
  title: "Partial derivatives and the gradient",
  planeLabel: (cost: string | null) =>
    cost
      ? `Contour map of L = ${cost} with a probe, the gradient and the descent direction`
      : "Contour map of the cost with a probe, the gradient and the descent direction",
  planeDescription:
    "Contour lines join points of equal cost. The solid arrow is the gradient (steepest ascent), the dashed arrow with an open head is the descent direction.",
  probe: "Probe",
  gradientArrow: "∇L",
  descentArrow: "−∇L",
  gradientArrowName: (x: string, y: string) => `Gradient ∇L = (${x}, ${y}), pointing uphill`,
  descentArrowName: (x: string, y: string) =>
    `Descent direction −∇L = (${x}, ${y}), pointing downhill`,
  /** Added to an arrow's name when it is drawn longer than to scale (too short to see). */
  notToScale: "drawn longer than to scale",
  legendGradient: "∇L: the gradient, steepest ascent (uphill)",
  legendDescent: "−∇L: the descent direction (downhill)",
  legendTrajectory: "Gradient descent from the probe, one dot per step",
  trajectoryName: (steps: number) =>
    `Gradient descent path from the probe, ${steps} ${steps === 1 ? "step" : "steps"}`,
  fieldName: "Arrow field of the gradient",

  valueText: (w1: string, w2: string, cost: string, gx: string, gy: string, length: string) =>
    `${w1}, ${w2}: L = ${cost}, gradient (${gx}, ${gy}), steepness ${length}`,
  valueTextUndefined: (w1: string, w2: string) => `${w1}, ${w2}: the cost is undefined here`,
  valueTextNoSlope: (w1: string, w2: string, cost: string) =>
    `${w1}, ${w2}: L = ${cost}, the gradient is undefined here`,

  costLabel: "L =",
  costHelp: (a: string, b: string) =>
    `Type a cost of ${a} and ${b}, for example ${a}^2 + 2${b}^2 or (${a} - 1)^2 + 10(${b} - ${a}^2)^2.`,
  costVariables: (found: readonly string[], allowed: readonly [string, string]) =>
    `This cost has ${found.length} variables (${found.join(", ")}); the landscape has two, ${allowed[0]} and ${allowed[1]}.`,
  costStranger: (extra: readonly string[], allowed: readonly [string, string]) =>
    `This cost uses ${extra.join(" and ")}; the landscape's two variables are ${allowed[0]} and ${allowed[1]}.`,
  variablesCount: (given: readonly string[]) =>
    `A gradient field needs exactly two variables; it was given ${given.length}${given.length ? ` (${given.join(", ")})` : ""}.`,
  variablesDuplicate: (name: string) => `The two variables must differ; both are ${name}.`,
  costHint: (suggestion: string) => `Did you mean '${suggestion}'?`,
  keptLastGood: "The map keeps the last cost that worked.",
  overBudgetSlopes: "The map is still drawn; its slopes are estimated numerically.",
  overBudgetFormula: "The map and its slopes are still there; the formula is not typeset.",

  readouts: "Readouts",
  formulas: "Formulas",
  costAt: "Cost L",
  partial: (v: string) => `∂L/∂${v}`,
  gradient: "Gradient ∇L",
  length: "Steepness |∇L|",
  descent: "Descent direction −∇L",
  undefinedValue: "undefined here",
  vector: (x: string, y: string) => `(${x}, ${y})`,

  formulaCost: "Cost",
  formulaPartials: "Partial derivatives",
  formulaGradient: "Gradient at the probe",
  formulaStep: "One step of gradient descent",
  /** Words inside formulas (wrapped in `\\text{}`). */
  formulaUndefined: "undefined",
  formulaNoStep: "no step",
  /** Between the two coordinates of a point or vector in a formula (TeX). */
  formulaSeparator: ",\\ ",

  noticeZero: "Both partial slopes are zero: the gradient vanishes.",
  noticeNearlyZero: "Both partial slopes are nearly zero: the gradient almost vanishes.",
  noticeMinimum:
    "This is the bottom of the bowl, a minimum: the many-weight version of a horizontal tangent.",
  noticeMaximum: "This is a peak, a maximum: every direction goes down from here.",
  noticeSaddle: "This is a saddle: uphill along one direction, downhill along another.",
  noticeFlat: "The landscape is flat here to first order.",

  show: "Show",
  showField: "Arrow field",
  showTrajectory: "Descent path",
  showHeatmap: "Heat map",
  learningRate: "Learning rate η",
  learningRateText: (eta: string) => `η = ${eta}`,
  takeStep: "Take one step",
  stepOutside: "One more step would leave the map.",
  stepUndefined: "No step: the gradient is undefined here.",
  stepFlat: "No step: the gradient is zero here.",
  trajectoryStatus: {
    converged: (n: number) =>
      n === 0
        ? "The probe is at a flat point: descent has nowhere to go."
        : `Descent reaches a flat point after ${n} ${n === 1 ? "step" : "steps"}.`,
    "max-steps": (n: number) => `Descent path: ${n} steps shown.`,
    diverged: (n: number, eta: string) =>
      `With η = ${eta} each step overshoots and the cost grows: descent diverges. The path stops after ${n} steps.`,
    undefined: (n: number) => `Descent stops after ${n} steps where the cost is undefined.`,
    "out-of-bounds": (n: number) => `Descent leaves the map after ${n} steps.`,
  },

  sections: "Slices through the probe",
  sectionTitle: (moving: string, fixed: string, value: string) =>
    `Slice along ${moving}, with ${fixed} fixed at ${value}`,
  sectionDescription: (moving: string) =>
    `The cost as a function of ${moving} alone; the tangent's slope is the partial derivative.`,
  sectionSlope: (moving: string, slope: string) => `slope ∂L/∂${moving} = ${slope}`,
};

/** The shape of the gradient widget's label table (a translation provides the same keys). */
export type GradientLabels = typeof gradientLabels;

const SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉";

/**
 * A variable name as a reader sees it: trailing digits (or `_digits`) become subscripts,
 * `w1` → `w₁`, `w_2` → `w₂`; other names are unchanged.
 */
export function displayVariable(name: string): string {
  const match = /^([^\d_]+)_?(\d+)$/u.exec(name);
  if (!match) return name;
  const [, letters = name, digits = ""] = match;
  return letters + digits.replace(/[0-9]/gu, (d) => SUBSCRIPT[Number(d)] ?? d);
}
