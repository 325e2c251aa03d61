import type { Expr } from "../math/ast";
import { isOverBudget } from "../math/budgets";
import { computationGraph } from "../math/graph";
import { freeVariables } from "../math/ast";
import { canonicalName } from "../math/lexer";
import { safeParse } from "../math/parse";
import { ownValue } from "../math/scope";
import type { ChainLabels } from "../i18n/chainLabels";
import type { ChainWords } from "../i18n/catalogs";
import { CHAIN_EN } from "../i18n/catalogs";
import { checkExpression, withinBudget } from "./expression";
import type { ExpressionProblem } from "./expression";
import type { Step } from "./chainDecompose";
import { compose, decomposeWithin } from "./chainDecompose";

/** The two graphs of the chapter: the composition f(g(x)) and the neuron. */
export type ChainMode = "composition" | "neuron";

/** Which graph is drawn: one of the two modes, or a program the page supplied. */
export type ChainKind = ChainMode | "custom";

/** A composition given as its two functions: the inner one in x, the outer one in u. */
export interface ChainComposition {
  /** The outer function f, written in u. @default "u^2" */
  readonly outer: string;
  /** The inner function g, written in x. @default "3x + 1" */
  readonly inner: string;
}

/** Named steps of a custom graph, in evaluation order: `{ z: "w*x + b", a: "sigmoid(z)" }`. */
export type ChainProgram = string | Readonly<Record<string, string>>;

/** What went wrong with a formula of the chain, and in which field. */
export interface ChainProblem extends ExpressionProblem {
  /** The typed formula, the outer or inner function, or a step of a custom program. */
  readonly field: "formula" | "outer" | "inner" | "program";
  /** The step of a custom program the problem is in. */
  readonly step?: string | undefined;
}

/** A graph ready to evaluate: named steps, its inputs, and what the widget offers for them. */
export interface ChainSpec {
  readonly kind: ChainKind;
  /** Steps by canonical name, in evaluation order; the last one is the output. */
  readonly steps: readonly { readonly name: string; readonly expression: Expr }[];
  /** Input names, in order of first use. */
  readonly inputs: readonly string[];
  readonly output: string;
  /** The inputs a reader may pick as the target of the derivative. */
  readonly targets: readonly string[];
  readonly defaultTarget: string;
  /** A value for every input, used when the page gives none. */
  readonly defaults: Readonly<Record<string, number>>;
  /** Slider range of every input. */
  readonly ranges: Readonly<Record<string, readonly [number, number]>>;
  /** The whole output as one formula of the inputs: the engine's independent check. */
  readonly composed: Expr;
}

/** A resolved chain, or why it could not be built. */
export type ChainSpecResult =
  | { readonly ok: true; readonly spec: ChainSpec }
  | { readonly ok: false; readonly problem: ChainProblem };

/**
 * Most steps (boxes) a chain-rule graph draws. Past about 40 boxes the graph no longer fits a
 * screen, even scrolled, and every move re-evaluates each local derivative.
 */
export const MAX_CHAIN_STEPS = 40;

/** The chapter's composition: g(x) = 3x + 1, f(u) = u². */
export const DEFAULT_COMPOSITION: ChainComposition = { outer: "u^2", inner: "3x + 1" };

/** The neuron of the chapter: z = w·x + b, a = σ(z), L = (a − y)². */
export const NEURON_PROGRAM: Readonly<Record<string, string>> = {
  z: "w*x + b",
  a: "sigmoid(z)",
  L: "(a - y)^2",
};

/** Neuron inputs of exercise 3: x = 2, w = 0.5, b = −1, target y = 1. */
export const NEURON_DEFAULTS: Readonly<Record<string, number>> = { x: 2, w: 0.5, b: -1, y: 1 };

/** Slider range of each input of the neuron (x also the composition's). */
export const NEURON_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  x: [-3, 3],
  w: [-4, 4],
  b: [-4, 4],
  y: [0, 1],
};
const X_RANGE: readonly [number, number] = [-3, 3];
const CUSTOM_RANGE: readonly [number, number] = [-5, 5];
/** Value of an input of a custom program when the page gives none. */
export const CUSTOM_DEFAULT_VALUE = 1;

/** The options {@link chainSpec} reads. */
export interface ChainSpecInput {
  readonly mode: ChainMode;
  /** A formula in x (decomposed automatically) or the outer and inner functions. */
  readonly composition?: string | ChainComposition | undefined;
  /** A custom graph; when given, `mode` and `composition` are ignored. */
  readonly program?: ChainProgram | undefined;
  /**
   * Language of the widget's own problem messages (the engine's messages about formulas stay
   * English here; the formula field translates them). @default English
   */
  readonly locale?: ChainWords | undefined;
}

/**
 * Resolves what the widget should draw: the chapter's composition (or a typed one, cut into
 * one step per operation), the neuron, or a custom program. Pure; never throws.
 */
export function chainSpec(input: ChainSpecInput): ChainSpecResult {
  const words = (input.locale ?? CHAIN_EN).chain;
  if (input.program !== undefined) return customSpec(input.program, words);
  if (input.mode === "neuron") return namedSpec("neuron", NEURON_PROGRAM, "program", words);
  const composition = input.composition ?? DEFAULT_COMPOSITION;
  if (typeof composition === "string") {
    return formulaSpec("composition", composition, ["x"], words);
  }
  const inner = checkExpression(composition.inner, ["x"]);
  if (!inner.ok) return { ok: false, problem: { ...inner.problem, field: "inner" } };
  const outer = checkExpression(composition.outer, ["u"]);
  if (!outer.ok) return { ok: false, problem: { ...outer.problem, field: "outer" } };
  if (!freeVariables(inner.expr).includes("x")) {
    return noInput("inner", composition.inner, "x", words);
  }
  return build(
    "composition",
    [
      { name: "u", expression: inner.expr },
      { name: "f", expression: outer.expr },
    ],
    { field: "formula", end: 0, words },
  );
}

function noInput(
  field: ChainProblem["field"],
  source: string,
  name: string,
  words: ChainLabels,
): ChainSpecResult {
  return {
    ok: false,
    problem: { message: words.needsInput(name), start: 0, end: source.length, field },
  };
}

function customSpec(program: ChainProgram, words: ChainLabels): ChainSpecResult {
  if (typeof program === "string") return formulaSpec("custom", program, null, words);
  return namedSpec("custom", program, "program", words);
}

function namedSpec(
  kind: ChainKind,
  program: Readonly<Record<string, string>>,
  field: ChainProblem["field"],
  words: ChainLabels,
): ChainSpecResult {
  const steps: { name: string; expression: Expr }[] = [];
  for (const [rawName, source] of Object.entries(program)) {
    const name = canonicalName(rawName);
    const parsed = safeParse(source);
    if (!parsed.ok) {
      const { message, start, end } = parsed.error;
      return { ok: false, problem: { message, start, end, field, step: name } };
    }
    const later = freeVariables(parsed.expr).find(
      (v) => v === name || (ownValue(program, v) !== undefined && !steps.some((s) => s.name === v)),
    );
    if (later !== undefined) {
      const message = words.usedBeforeDefined(name, later);
      return { ok: false, problem: { message, start: 0, end: source.length, field, step: name } };
    }
    steps.push({ name, expression: parsed.expr });
  }
  if (steps.length === 0) {
    return { ok: false, problem: { message: words.emptyProgram, start: 0, end: 0, field } };
  }
  return build(kind, steps, { field, end: 0, words });
}

/** A single formula, cut into one step per operation by the engine's own decomposition. */
function formulaSpec(
  kind: ChainKind,
  source: string,
  only: string[] | null,
  words: ChainLabels,
): ChainSpecResult {
  const field = kind === "custom" ? "program" : "formula";
  let expr: Expr;
  if (only) {
    const checked = checkExpression(source, only);
    if (!checked.ok) return { ok: false, problem: { ...checked.problem, field } };
    expr = checked.expr;
  } else {
    const parsed = safeParse(source);
    if (!parsed.ok) {
      const { message, start, end } = parsed.error;
      return { ok: false, problem: { message, start, end, field } };
    }
    expr = parsed.expr;
  }
  const inputs = freeVariables(expr);
  if (inputs.length === 0) return noInput(field, source, only?.[0] ?? "x", words);
  let steps: Step[];
  try {
    steps = decomposeWithin(expr, inputs);
  } catch (error) {
    if (!isOverBudget(error)) throw error;
    return { ok: false, problem: { message: error.message, start: 0, end: source.length, field } };
  }
  return build(kind, steps, { field, end: source.length, words });
}

/** Where a problem of the whole graph points: its field, and the end of its source. */
interface Whole {
  readonly field: ChainProblem["field"];
  readonly end: number;
  readonly words: ChainLabels;
}

function build(kind: ChainKind, steps: readonly Step[], whole: Whole): ChainSpecResult {
  const { field, end, words } = whole;
  if (steps.length > MAX_CHAIN_STEPS) {
    const message = words.tooManySteps(steps.length, MAX_CHAIN_STEPS);
    return { ok: false, problem: { message, start: 0, end, field } };
  }
  const names = new Set(steps.map((s) => s.name));
  const inputs: string[] = [];
  for (const step of steps)
    for (const v of freeVariables(step.expression))
      if (!names.has(v) && !inputs.includes(v)) inputs.push(v);
  const output = (steps[steps.length - 1] as Step).name;
  const defaults: Record<string, number> = {};
  const ranges: Record<string, readonly [number, number]> = {};
  for (const name of inputs) {
    const neuron = kind === "neuron";
    defaults[name] = neuron
      ? (ownValue(NEURON_DEFAULTS, name) ?? 1)
      : name === "x"
        ? 1
        : CUSTOM_DEFAULT_VALUE;
    ranges[name] = neuron
      ? (ownValue(NEURON_RANGES, name) ?? CUSTOM_RANGE)
      : kind === "composition"
        ? X_RANGE
        : CUSTOM_RANGE;
  }
  const targets = kind === "neuron" ? ["w", "b"] : inputs;
  // The graph's work does not depend on the values: build it once here, so that a program
  // over the engine's budgets (a large step, a long TeX) is a problem, not a failure mid-render.
  const program = Object.fromEntries(steps.map((s) => [s.name, s.expression]));
  const tried: string[] = [];
  if (withinBudget(() => computationGraph(program, defaults), tried) === null) {
    return {
      ok: false,
      problem: { message: tried[0] ?? "", start: 0, end: 0, field },
    };
  }
  return {
    ok: true,
    spec: {
      kind,
      steps,
      inputs,
      output,
      targets,
      defaultTarget: targets[0] ?? "x",
      defaults,
      ranges,
      composed: compose(steps),
    },
  };
}
