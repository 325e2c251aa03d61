// Arbitrary states of the three widget pages (issue #13), for round-trip properties.
import fc from "fast-check";

const finite = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v));
const bool = fc.boolean();
const common = {
  theme: fc.constantFrom("auto", "light", "dark" as const),
  lang: fc.constantFrom("en", "fr" as const),
  editable: bool,
  showFormulas: bool,
};
// Formulas with the characters a URL must carry safely: + (space in a query), / ^ * , & = # %.
const secantFormulas = ["x^2", "x + 1", "sin(x)/x", "e^x - 1", "(x+1)^(1/2)", "abs(x) * 2"];
const costs = ["w1^2 + 2 w2^2", "w1*w2", "(w1 - 1)^2 + w2^2", "max(w1, w2)", "w1/2 + w2"];

export const secantState = fc.record({
  ...common,
  fn: fc.constantFrom(...secantFormulas),
  x: finite(-3, 3),
  h: finite(1e-12, 1),
  method: fc.constantFrom("forward", "central" as const),
  showErrorInset: bool,
  showZoom: bool,
  showTriangle: bool,
});
export const chainState = fc
  .record({
    ...common,
    mode: fc.constantFrom("composition", "neuron" as const),
    composition: fc.option(fc.constantFrom("sin(x^2)", "(3x + 1)^2", "e^(2x)"), {
      nil: undefined,
    }),
    x: fc.option(finite(-3, 3), { nil: undefined }),
    w: fc.option(finite(-4, 4), { nil: undefined }),
    b: fc.option(finite(-4, 4), { nil: undefined }),
    y: fc.option(finite(0, 1), { nil: undefined }),
    showBackward: bool,
    animation: fc.constantFrom("auto", "play", "step" as const),
    targetPick: fc.boolean(),
  })
  .map(({ targetPick, ...state }) => ({
    ...state,
    target: targetPick ? (state.mode === "neuron" ? ("b" as const) : ("x" as const)) : undefined,
  }));
export const gradientState = fc.record({
  ...common,
  cost: fc.constantFrom(...costs),
  probe: fc.tuple(finite(-3, 3), finite(-2, 2)),
  learningRate: finite(0.001, 1),
  showField: bool,
  showTrajectory: bool,
  showHeatmap: bool,
  showSections: bool,
});
