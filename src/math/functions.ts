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
  | "max"
  | "sec"
  | "csc"
  | "cot"
  | "arcsin"
  | "arccos"
  | "arctan"
  | "arccot"
  | "arcsec"
  | "arccsc"
  | "sinh"
  | "cosh"
  | "coth"
  | "sech"
  | "csch"
  | "arsinh"
  | "arcosh"
  | "artanh"
  | "arcoth"
  | "arsech"
  | "arcsch"
  | "cbrt"
  | "log2"
  | "nthroot"
  | "log";

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

/**
 * The real n-th root: `nthroot(-8, 3)` is −2 (an odd root of a negative number), `nthroot(-4, 2)`
 * is NaN, `nthroot(x, 0)` is NaN.
 */
export function nthroot(x: number, n: number): number {
  if (n === 0 || !Number.isFinite(n)) return Number.NaN;
  if (x < 0 && Number.isInteger(n) && n % 2 !== 0) return -((-x) ** (1 / n));
  return x ** (1 / n);
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
  sec: one("sec", (x) => 1 / Math.cos(x)),
  csc: one("csc", (x) => 1 / Math.sin(x)),
  cot: one("cot", (x) => Math.cos(x) / Math.sin(x)),
  arcsin: one("arcsin", Math.asin),
  arccos: one("arccos", Math.acos),
  arctan: one("arctan", Math.atan),
  // The continuous branch, values in (0, π), as in calculus textbooks.
  arccot: one("arccot", (x) => Math.PI / 2 - Math.atan(x)),
  arcsec: one("arcsec", (x) => Math.acos(1 / x)),
  arccsc: one("arccsc", (x) => Math.asin(1 / x)),
  sinh: one("sinh", Math.sinh),
  cosh: one("cosh", Math.cosh),
  coth: one("coth", (x) => 1 / Math.tanh(x)),
  sech: one("sech", (x) => 1 / Math.cosh(x)),
  csch: one("csch", (x) => 1 / Math.sinh(x)),
  arsinh: one("arsinh", Math.asinh),
  arcosh: one("arcosh", Math.acosh),
  artanh: one("artanh", Math.atanh),
  arcoth: one("arcoth", (x) => Math.atanh(1 / x)),
  arsech: one("arsech", (x) => Math.acosh(1 / x)),
  arcsch: one("arcsch", (x) => Math.asinh(1 / x)),
  cbrt: one("cbrt", Math.cbrt),
  log2: one("log2", Math.log2),
  nthroot: { name: "nthroot", minArgs: 2, maxArgs: 2, apply: nthroot },
  log: { name: "log", minArgs: 2, maxArgs: 2, apply: (x, b) => Math.log(x) / Math.log(b) },
};

/** Functions of two inputs whose second input is a parameter: `nthroot(x, n)`, `log(x, b)`. */
export const WITH_PARAMETER: ReadonlySet<FunctionName> = new Set(["nthroot", "log"]);

const aliases = (names: string, fn: FunctionName): [string, FunctionName][] =>
  names.split(" ").map((name) => [name, fn]);

/**
 * Spellings accepted for each function: canonical names plus `log` (natural with one input,
 * `log(x, b)` with two), `σ`, `asin`, `arcsinh`, `asinh`, `root`, and the spellings of French
 * textbooks (`Arcsin`, `cotan`, `argsh`, and `sh`, `ch`, `th` before a parenthesis only, see
 * {@link CALL_ONLY_ALIASES}).
 */
export const FUNCTION_ALIASES: Readonly<Record<string, FunctionName>> = {
  ...Object.fromEntries(Object.keys(FUNCTIONS).map((name) => [name, name as FunctionName])),
  ...Object.fromEntries([
    ...aliases("asin Arcsin", "arcsin"),
    ...aliases("acos Arccos", "arccos"),
    ...aliases("atan Arctan arctg", "arctan"),
    ...aliases("acot arcctg arccotan", "arccot"),
    ...aliases("asec", "arcsec"),
    ...aliases("acsc arccosec", "arccsc"),
    ...aliases("cosec", "csc"),
    ...aliases("cotan cotg", "cot"),
    ...aliases("asinh arcsinh argsinh argsh", "arsinh"),
    ...aliases("acosh arccosh argcosh argch", "arcosh"),
    ...aliases("atanh arctanh argtanh argth", "artanh"),
    ...aliases("acoth arccoth argcoth", "arcoth"),
    ...aliases("asech arcsech", "arsech"),
    ...aliases("acsch arccsch", "arcsch"),
    ...aliases("root nthRoot", "nthroot"),
  ]),
  log: "ln",
  σ: "sigmoid",
  sig: "sigmoid",
  sqr: "sqrt",
  ReLU: "relu",
  heaviside: "step",
};

/**
 * French short names of the hyperbolic functions (`sh(x)`, `ch(x)`, `th(x)`), read as functions
 * only before a parenthesis: `sh` alone stays a variable (or `s·h` in a hint).
 */
export const CALL_ONLY_ALIASES: Readonly<Record<string, FunctionName>> = {
  sh: "sinh",
  ch: "cosh",
  th: "tanh",
};

/** The canonical function for a spelling, or `undefined`; `call` when a `(` follows it. */
export function lookupFunction(spelling: string, call = false): FunctionName | undefined {
  if (Object.hasOwn(FUNCTION_ALIASES, spelling)) return FUNCTION_ALIASES[spelling];
  return call && Object.hasOwn(CALL_ONLY_ALIASES, spelling)
    ? CALL_ONLY_ALIASES[spelling]
    : undefined;
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
