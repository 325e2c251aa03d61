/**
 * Formulas a hostile (or unlucky) reader may type, paste or put in a link or an attribute
 * (issue #18, "No input can freeze the page"). Every one is valid syntax: the engine must give
 * a result or refuse it with a budget message, quickly. Shared by the Chromium acceptance test
 * (test/timing/adversarial.test.tsx) and any Node property test or bench.
 *
 * Each formula is written over two variable names, so the same list serves a formula in x
 * (`["x", "x"]`) and a cost in w1 and w2 (`["w1", "w2"]`).
 */

/** The two variable names a formula is written with: the first, and the one alternated with it. */
export type FormulaVariables = readonly [string, string];

/** One adversarial formula. */
export interface AdversarialFormula {
  /** Short, unique, usable as a test name. */
  readonly name: string;
  /** Why this formula is hard for the engine (one line). */
  readonly reason: string;
  /** From the table of issue #18 (measured to freeze the page before the budgets). */
  readonly fromIssue: boolean;
  /** The formula over the given variables. */
  readonly source: (v: FormulaVariables) => string;
}

/** `f(0) f(1) … f(n - 1)` joined by `separator`. */
function list(n: number, f: (i: number) => string, separator = ""): string {
  return Array.from({ length: n }, (_, i) => f(i)).join(separator);
}

/** `open` n times, then `core`, then `close` n times. */
function nest(n: number, open: string | ((i: number) => string), core: string, close = ")") {
  const opener = typeof open === "string" ? () => open : open;
  return list(n, opener) + core + close.repeat(n);
}

/** The i-th variable: the first name at even positions, the second at odd ones. */
const at = (v: FormulaVariables, i: number): string => (i % 2 === 0 ? v[0] : v[1]);

/** `text` padded with trailing spaces to exactly `length` characters. */
function padTo(text: string, length: number): string {
  if (text.length > length) throw new Error(`padTo: ${text.length} > ${length}`);
  return text + " ".repeat(length - text.length);
}

/** A sum `a+b+a+b…` of exactly `length` characters (spaces pad the end). */
function sumOfLength(v: FormulaVariables, length: number): string {
  const terms: string[] = [];
  let size = -1;
  for (let i = 0; ; i++) {
    const term = at(v, i);
    if (size + 1 + term.length > length) break;
    terms.push(term);
    size += 1 + term.length;
  }
  return padTo(terms.join("+"), length);
}

const FUNCTION_CYCLE = ["sin", "cos", "tanh", "sigmoid", "softplus"] as const;

/** The four formulas of the issue's table, then formulas of our own. */
export const ADVERSARIAL_FORMULAS: readonly AdversarialFormula[] = [
  // The issue's table.
  {
    name: "product of 200 sums (x+1)(x+2)…(x+200)",
    reason: "product rule: 200 terms of 200 factors; the derivative's TeX was 18.9 M characters",
    fromIssue: true,
    source: (v) => list(200, (i) => `(${at(v, i)}+${i + 1})`),
  },
  {
    name: "sin nested 199 deep",
    reason: "chain rule repeats every inner factor: derivative and TeX grow like n²",
    fromIssue: true,
    source: (v) => nest(199, "sin(", v[0]),
  },
  {
    name: "min of 300 arguments",
    reason: "the derivative of an n-argument min compares every pair; 250 arguments took 15-23 s",
    fromIssue: true,
    source: (v) => `min(${list(300, (i) => at(v, i), ",")})`,
  },
  {
    name: "x x … x, 4,999 factors",
    reason: "implicit product of 4,999 factors: n² product-rule terms, ~10,000 characters",
    fromIssue: true,
    source: (v) => list(4999, (i) => at(v, i), " "),
  },
  // Just under the likely budgets: accepted, so every later step must stay bounded too.
  {
    name: "product of 100 sums (x+1)…(x+100)",
    reason: "half the issue's product: a derivative of 100 terms of 100 factors, TeX of megabytes",
    fromIssue: false,
    source: (v) => list(100, (i) => `(${at(v, i)}+${i + 1})`),
  },
  {
    name: "sin nested 99 deep",
    reason: "just under a depth budget of 100: the chain rule's n² derivative and TeX",
    fromIssue: false,
    source: (v) => nest(99, "sin(", v[0]),
  },
  {
    name: "min of 120 arguments",
    reason: "many-argument min under the node budget (250 arguments took 15-23 s in Node)",
    fromIssue: false,
    source: (v) => `min(${list(120, (i) => `${at(v, i)}+${i}`, ",")})`,
  },
  // Long sums.
  {
    name: "sum of 200 sines sin(1x)+…+sin(200x)",
    reason: "long sum of calls: linear derivative, but 200 terms to simplify, typeset and sample",
    fromIssue: false,
    source: (v) => list(200, (i) => `sin(${i + 1}${at(v, i)})`, "+"),
  },
  {
    name: "polynomial x+x^2+…+x^150",
    reason: "a sum of powers whose simplification may collect and sort many like terms",
    fromIssue: false,
    source: (v) => list(150, (i) => `${at(v, i)}^${i + 1}`, "+"),
  },
  {
    name: "sum of 100 quotients k/(x^2+k)",
    reason: "quotient rule in every term of a long sum: large derivative and TeX",
    fromIssue: false,
    source: (v) => list(100, (i) => `${i + 1}/(${at(v, i)}^2+${i + 1})`, "+"),
  },
  // Deep nesting.
  {
    name: "sqrt nested 199 deep",
    reason: "derivationSteps of sqrt( nested 199 deep took 42 s in Node",
    fromIssue: false,
    source: (v) => nest(199, "sqrt(", `${v[0]}^2+1`),
  },
  {
    name: "ln(1+…) nested 150 deep",
    reason: "nested logarithms, defined everywhere: chain rule with quotients at every level",
    fromIssue: false,
    source: (v) => nest(150, "ln(1+", `${v[0]}^2`),
  },
  {
    name: "exp(-…) nested 150 deep",
    reason: "nested exponentials: derivative repeats every inner exp",
    fromIssue: false,
    source: (v) => nest(150, "exp(-", `${v[0]}^2`),
  },
  {
    name: "sin, cos, tanh, sigmoid, softplus cycled 200 deep",
    reason: "deep nesting of several functions at once (different rules at every level)",
    fromIssue: false,
    source: (v) => nest(200, (i) => `${FUNCTION_CYCLE[i % FUNCTION_CYCLE.length]}(`, v[0]),
  },
  {
    name: "1,000 parentheses around x",
    reason: "parentheses only, 1,000 deep: recursion depth in the parser and every pass",
    fromIssue: false,
    source: (v) => nest(1000, "(", v[0]),
  },
  {
    name: "1/(1/(…1/x)) 200 deep",
    reason: "repeated quotients: the quotient rule squares a denominator at every level",
    fromIssue: false,
    source: (v) => nest(200, "1/(", v[0]),
  },
  {
    name: "x/x/…/x chained 1,000 times",
    reason: "a chain of divisions parses as a 1,000-deep left-leaning tree",
    fromIssue: false,
    source: (v) => list(1001, (i) => at(v, i), "/"),
  },
  {
    name: "abs(x-abs(x-…)) 150 deep",
    reason: "abs nests with a sum at every level: sign functions everywhere in the derivative",
    fromIssue: false,
    source: (v) => nest(150, (i) => `abs(${at(v, i)}-`, "1"),
  },
  {
    name: "1,000 minus signs before x",
    reason: "signs nest: 1,000 unary minus nodes, one inside the other",
    fromIssue: false,
    source: (v) => `${"-".repeat(1000)}${v[0]}`,
  },
  // Towers and huge exponents.
  {
    name: "power tower x^x^…^x, 100 high",
    reason:
      "right-associative tower: the derivative of u^v repeats u^v, ln u and v' at every level",
    fromIssue: false,
    source: (v) => list(100, (i) => at(v, i), "^"),
  },
  {
    name: "((x^2)^2)^2… squared 100 times",
    reason: "an exponent of 2^100 if powers are merged; overflow to Infinity otherwise",
    fromIssue: false,
    source: (v) => nest(100, "(", v[0], ")^2"),
  },
  {
    name: "x^1e308",
    reason: "an exponent at the edge of double range: the derivative's exponent 1e308 - 1",
    fromIssue: false,
    source: (v) => `${v[0]}^1e308 + ${v[1]}`,
  },
  {
    name: "10^10^10 + x",
    reason:
      "a constant tower that overflows (10^(10^10)); folding it must not hang or print Infinity",
    fromIssue: false,
    source: (v) => `10^10^10 + ${v[0]}`,
  },
  {
    name: "(x+1)^100000",
    reason: "a huge integer power must not be expanded binomially (100,001 terms)",
    fromIssue: false,
    source: (v) => `(${v[0]}+1)^100000 + ${v[1]}`,
  },
  {
    name: "(x+2)^(x+3)^… tower of 40 sums",
    reason: "a tower of non-trivial bases and exponents: u^v rules nested 40 deep",
    fromIssue: false,
    source: (v) => list(40, (i) => `(${at(v, i)}+${i + 2})`, "^"),
  },
  // Many arguments and long products.
  {
    name: "max of 150 shifted arguments",
    reason: "many-argument max with distinct arguments (none can be merged)",
    fromIssue: false,
    source: (v) => `max(${list(150, (i) => `${at(v, i)}-${i + 1}`, ",")})`,
  },
  {
    name: "product of 60 sums (1+x)(1+x^2)…(1+x^60)",
    reason: "long product of sums under the length budget: n² product-rule terms",
    fromIssue: false,
    source: (v) => list(60, (i) => `(1+${at(v, i)}^${i + 1})`),
  },
  // Sheer length.
  {
    name: "a sum of exactly 2,000 characters",
    reason:
      "a pasted formula at 2,000 characters: the parse, the field and its error must stay fast",
    fromIssue: false,
    source: (v) => sumOfLength(v, 2000),
  },
  {
    name: "a sum of exactly 10,000 characters",
    reason: "a pasted formula at 10,000 characters (the length of the issue's x x … x)",
    fromIssue: false,
    source: (v) => sumOfLength(v, 10_000),
  },
  {
    name: "a number of 1,000 digits times x",
    reason: "a 1,000-digit literal: number parsing, formatting and TeX of a huge constant",
    fromIssue: false,
    source: (v) => `${"9".repeat(1000)} ${v[0]}`,
  },
  {
    name: "affine steps ((x+1)·2+1)·2… nested 90 deep",
    reason: "every step is affine, so the chain graph fuses them into one huge step",
    fromIssue: false,
    source: (v) => "(".repeat(90) + v[0] + list(90, (i) => `+1)*${(i % 3) + 2}`),
  },
  {
    name: "100,000 characters pasted",
    reason: "far over any length budget: refusing it must not cost time proportional to it twice",
    fromIssue: false,
    source: (v) => padTo(list(25_000, (i) => `${at(v, i)}+`) + "1", 100_000),
  },
];

/** The formulas with their text over the given variables (default: all in x). */
export function adversarialFormulas(
  v: FormulaVariables = ["x", "x"],
): { name: string; reason: string; fromIssue: boolean; source: string }[] {
  return ADVERSARIAL_FORMULAS.map(({ name, reason, fromIssue, source }) => ({
    name,
    reason,
    fromIssue,
    source: source(v),
  }));
}
