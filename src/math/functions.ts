import { ExpressionError } from "./errors";

/** The built-in functions of the expression language, by canonical name. */
export type FunctionName =
  | "sin"
  | "cos"
  | "tan"
  | "exp"
  | "ln"
  | "log10"
  | "sqrt"
  | "abs"
  | "sigmoid"
  | "tanh"
  | "relu"
  | "softplus"
  | "step"
  | "min"
  | "max";

/** What the library knows about one built-in function. */
export interface FunctionSpec {
  /** Canonical name, also the plain-text spelling `format` writes. */
  readonly name: FunctionName;
  /** Smallest number of arguments. */
  readonly minArgs: number;
  /** Largest number of arguments (`Infinity` for `min`/`max`). */
  readonly maxArgs: number;
  /** The real-valued function; NaN outside its domain. */
  readonly apply: (...args: number[]) => number;
  /** One-argument fast path, used by `compile`. */
  readonly unary?: (x: number) => number;
}

/** The logistic sigmoid σ(x) = 1 / (1 + e^(−x)), stable for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const t = Math.exp(x);
  return t / (1 + t);
}

/** softplus(x) = ln(1 + eˣ), stable for large |x|. */
export function softplus(x: number): number {
  return x > 30 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** Heaviside step: 1 for x > 0, 0 for x < 0, undefined (NaN) at 0 — the slope of ReLU. */
export function step(x: number): number {
  return x > 0 ? 1 : x < 0 ? 0 : Number.NaN;
}

const ln = (x: number): number => Math.log(x);
const relu = (x: number): number => (x > 0 ? x : x === x ? 0 : Number.NaN);
const one = (name: FunctionName, f: (x: number) => number): FunctionSpec => ({
  name,
  minArgs: 1,
  maxArgs: 1,
  apply: f,
  unary: f,
});

/** The table of built-in functions, by canonical name. */
export const FUNCTIONS: Readonly<Record<FunctionName, FunctionSpec>> = {
  sin: one("sin", Math.sin),
  cos: one("cos", Math.cos),
  tan: one("tan", Math.tan),
  exp: one("exp", Math.exp),
  ln: one("ln", ln),
  log10: one("log10", Math.log10),
  sqrt: one("sqrt", Math.sqrt),
  abs: one("abs", Math.abs),
  sigmoid: one("sigmoid", sigmoid),
  tanh: one("tanh", Math.tanh),
  relu: one("relu", relu),
  softplus: one("softplus", softplus),
  step: one("step", step),
  min: { name: "min", minArgs: 2, maxArgs: Infinity, apply: Math.min },
  max: { name: "max", minArgs: 2, maxArgs: Infinity, apply: Math.max },
};

/** Spellings accepted for each function: canonical names plus `log` (natural), `σ`, `√`, `arc…`. */
export const FUNCTION_ALIASES: Readonly<Record<string, FunctionName>> = {
  ...Object.fromEntries(Object.keys(FUNCTIONS).map((name) => [name, name as FunctionName])),
  log: "ln",
  σ: "sigmoid",
  sig: "sigmoid",
  sqr: "sqrt",
  ReLU: "relu",
  heaviside: "step",
};

/** The canonical function for a spelling, or `undefined`. */
export function lookupFunction(spelling: string): FunctionName | undefined {
  return Object.hasOwn(FUNCTION_ALIASES, spelling) ? FUNCTION_ALIASES[spelling] : undefined;
}

/**
 * The spec of a function a tree names, looked up as an own property only: a hand-built tree
 * naming `toString` or `constructor` gets "Unknown function", never a method of Object.
 */
export function functionSpec(fn: string): FunctionSpec {
  if (!Object.hasOwn(FUNCTIONS, fn))
    throw new ExpressionError(`Unknown function '${fn}'`, 0, 0, "unknown-function");
  return FUNCTIONS[fn as FunctionName];
}
