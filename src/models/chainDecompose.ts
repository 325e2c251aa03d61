import type { Expr } from "../math/ast";
import { freeVariables, substitute, variable } from "../math/ast";
import { differentiate } from "../math/differentiate";
import { MAX_SYMBOLIC_WORK, overBudget } from "../math/budgets";
import { computationGraph } from "../math/graph";
import { withBudget } from "../math/meter";

/** A named step of a computation. */
export interface Step {
  name: string;
  expression: Expr;
}

/** One step per operation, shared sub-formulas computed once (the engine's decomposition). */
export function decompose(expr: Expr): Step[] {
  const zeros = Object.fromEntries(freeVariables(expr).map((v) => [v, 0]));
  return computationGraph(expr, zeros).nodes.flatMap((n) =>
    n.kind === "operation" && n.expression ? [{ name: n.name, expression: n.expression }] : [],
  );
}

/**
 * Merges runs of affine steps (`3x`, then `+ 1`) into one (`3x + 1`), as a teacher writes
 * g(x) = 3x + 1 rather than two boxes; a step is merged into its only reader.
 */
export function fuseAffine(steps: readonly Step[]): Step[] {
  const result = steps.map((s) => ({ ...s }));
  const affine = (e: Expr): boolean => {
    const vars = freeVariables(e);
    // Under the caller's one budget (see chainSpec): past it the whole decomposition is refused.
    return vars.length === 1 && freeVariables(differentiate(e, vars[0] as string)).length === 0;
  };
  for (let i = result.length - 1; i > 0; i--) {
    const step = result[i] as Step;
    const vars = freeVariables(step.expression);
    if (vars.length !== 1 || !affine(step.expression)) continue;
    const j = result.findIndex((s) => s.name === vars[0]);
    const inner = result[j];
    if (!inner || !affine(inner.expression)) continue;
    const readers = result.filter((s) => freeVariables(s.expression).includes(inner.name));
    if (readers.length !== 1) continue;
    step.expression = substitute(step.expression, (n) =>
      n.kind === "variable" && n.name === inner.name ? inner.expression : undefined,
    );
    result.splice(j, 1);
    i = Math.min(i, result.length);
  }
  return result;
}

/**
 * Names of the intermediate steps, in order: single letters that read as "a value in the
 * middle", never f, g, h (the function names of f(g(x))), d or e (derivative, Euler's number).
 */
const STEP_LETTERS = ["u", "v", "w", "s", "t", "p", "q", "r", "m", "n", "k", "c"];

/**
 * Renames decomposed steps u, v, w… (u₁, u₂ … past the single letters) and the output f,
 * avoiding the inputs' names: an intermediate step never reuses f or an input's name (#12).
 */
export function nameSteps(steps: readonly Step[], inputs: readonly string[]): Step[] {
  const taken = new Set(inputs);
  const free = (name: string) => !taken.has(name);
  const output = ["f", "g", "h", "F", "out"].find(free) ?? "out";
  taken.add(output);
  const count = steps.length - 1;
  const letters = STEP_LETTERS.filter(free);
  let middle: string[];
  if (letters.length >= count) middle = letters.slice(0, count);
  else {
    const prefix = ["u", "v", "s", "t", "q"].find((p) =>
      Array.from({ length: count }, (_, k) => `${p}${k + 1}`).every(free),
    );
    middle = Array.from({ length: count }, (_, k) => `${prefix ?? "u"}${k + 1}`);
  }
  const names = [...middle, output];
  const rename = new Map(steps.map((s, k) => [s.name, names[k] as string]));
  return steps.map((s, k) => ({
    name: names[k] as string,
    expression: substitute(s.expression, (n) => {
      const to = n.kind === "variable" ? rename.get(n.name) : undefined;
      return to === undefined ? undefined : variable(to);
    }),
  }));
}

/** The output written with inputs only: every step substituted into the ones that read it. */
export function compose(steps: readonly Step[]): Expr {
  const done = new Map<string, Expr>();
  for (const step of steps) {
    done.set(
      step.name,
      substitute(step.expression, (n) => (n.kind === "variable" ? done.get(n.name) : undefined)),
    );
  }
  return done.get((steps[steps.length - 1] as Step).name) as Expr;
}

const tooLarge = () => overBudget("derivative-too-large", MAX_SYMBOLIC_WORK, "work");

/**
 * Cuts a formula into named steps (decompose, fuse affine runs, name) under one budget for the
 * whole: a derivative per step adds up. Past it the formula is refused, never cut differently.
 */
export function decomposeWithin(expr: Expr, inputs: readonly string[]): Step[] {
  return withBudget(MAX_SYMBOLIC_WORK, tooLarge, () =>
    nameSteps(fuseAffine(decompose(expr)), inputs),
  );
}
