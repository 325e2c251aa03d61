/**
 * Every number the chapter shows, computed by the engine through the public `slopes/math`
 * entry (here its source, `src/math`). The prose only places these values; none is typed.
 */
import {
  compile,
  computationGraph,
  differentiate,
  evaluate,
  gradient,
  secantSlope,
  sigmoid,
  toTeX,
} from "../../src/math";

const squareSlope = compile(differentiate("x^2", "x"), ["x"]);

/** Act 1: slopes of x² at the chapter's three positions (derivatives as TeX). */
export const act1 = {
  derivative: toTeX(differentiate("x^2", "x")),
  slopeAt: (x: number) => squareSlope(x),
  /**
   * The power of ten for h where the forward difference of x² at 1 comes closest to the exact
   * slope: below it, rounding makes the error grow again.
   */
  bestPower: bestPowerOfTen(compile("x^2", ["x"]), 1, squareSlope(1)),
};

function bestPowerOfTen(f: (x: number) => number, x: number, exact: number): number {
  let best = 0;
  let least = Infinity;
  for (let k = -1; k >= -14; k--) {
    const error = Math.abs(secantSlope(f, x, 10 ** k) - exact);
    if (error < least) [best, least] = [k, error];
  }
  return best;
}

/** Act 2: the composition g(x) = 3x + 1, f(u) = u² at x = 1. */
const composed = "(3x + 1)^2";
export const act2 = {
  x: 1,
  g: evaluate("3x + 1", { x: 1 }),
  gSlope: evaluate(differentiate("3x + 1", "x"), { x: 1 }),
  gDerivative: toTeX(differentiate("3x + 1", "x")),
  fDerivative: toTeX(differentiate("u^2", "u")),
  fSlopeAtG: evaluate(differentiate("u^2", "u"), { u: evaluate("3x + 1", { x: 1 }) }),
  derivative: toTeX(differentiate(composed, "x")),
  total: evaluate(differentiate(composed, "x"), { x: 1 }),
};

/** Exercise 2: h(x) = (2x + 1)³. */
const power = "(2x + 1)^3";
const powerAt = 1;
export const exercise2 = {
  expr: power,
  x: powerAt,
  derivative: toTeX(differentiate(power, "x")),
  atOne: evaluate(differentiate(power, "x"), { x: powerAt }),
};

/** Exercise 3: the neuron x = 2, w = 0.5, b = −1, target y = 1. */
const neuronValues = { x: 2, w: 0.5, b: -1, y: 1 };
const neuron = computationGraph({ z: "w*x + b", a: "sigmoid(z)", L: "(a - y)^2" }, neuronValues);
const adjoints = neuron.backward("L");
const valueOf = (id: string) => neuron.nodes.find((node) => node.id === id)?.value ?? Number.NaN;
export const exercise3 = {
  ...neuronValues,
  z: valueOf("z"),
  a: valueOf("a"),
  L: valueOf("L"),
  dLda: adjoints.a ?? Number.NaN,
  dadz: valueOf("a") * (1 - valueOf("a")),
  dLdw: adjoints.w ?? Number.NaN,
  dLdb: adjoints.b ?? Number.NaN,
  /** ∂z/∂b, the bias's local slope (the last factor of ∂L/∂b). */
  dzdb: neuron.edges.find((edge) => edge.from === "b" && edge.to === "z")?.derivative ?? Number.NaN,
  saturatedSlope: sigmoid(10) * (1 - sigmoid(10)),
};

/** Exercise 4 and Act 3: L(w1, w2) = w1² + 2 w2² at (1, 1). */
const cost = "w1^2 + 2 w2^2";
const partials = gradient(cost, ["w1", "w2"]);
const at = { w1: 1, w2: 1 };
export const exercise4 = {
  cost,
  partialTexts: partials.map((p) => toTeX(p)),
  grad: partials.map((p) => evaluate(p, at)) as [number, number],
  descent: partials.map((p) => -evaluate(p, at)) as [number, number],
};
