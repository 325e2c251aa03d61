import type { Expr } from "./ast";
import { MAX_SYMBOLIC_WORK, overBudget } from "./budgets";
import { charge, withBudget } from "./meter";
import { exprEquals, freeVariables, substitute, variable } from "./ast";
import { derive } from "./differentiate";
import { ExpressionError } from "./errors";
import { evaluateCanonical } from "./evaluate";
import type { GraphProgram } from "./graphProgram";
import { stepsOf } from "./graphProgram";
import type { Scope } from "./scope";
import { canonicalScope, ownValue } from "./scope";
import { simplify } from "./simplify";
import { texVariable, toTeX } from "./tex";

export type { GraphProgram };

/** A node of a computation graph: an input, or one step of the computation. */
export interface GraphNode {
  /** Unique id, equal to the canonical name. */
  readonly id: string;
  /** The variable name (`z`, `a`, `L`; `v1`, `v2`… for steps of a decomposed formula). */
  readonly name: string;
  readonly kind: "input" | "operation";
  /** The operation at the top of the step: `"input"`, `"add"`, `"mul"`, `"pow"`, `"sigmoid"`… */
  readonly operation: string;
  /** The step's formula in terms of earlier nodes (absent for inputs). */
  readonly expression?: Expr;
  /** The name as TeX (`w_{1}`). */
  readonly labelTeX: string;
  /** The definition as TeX: `z = w x + b`; just the name for an input. */
  readonly tex: string;
  /** Forward value. */
  readonly value: number;
  /** Ids of the nodes this step reads. */
  readonly inputs: readonly string[];
}

/** An edge from a node to a step that reads it, carrying the local derivative. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** ∂to/∂from at the current values. */
  readonly derivative: number;
  /** The local derivative as a formula of node names (`a(1 − a)` for `a = σ(z)`). */
  readonly expression: Expr;
  /** That formula as TeX. */
  readonly tex: string;
  /** `\frac{\partial a}{\partial z}`. */
  readonly labelTeX: string;
}

/** One path from an input to the output: the chain rule multiplies its local derivatives. */
export interface GraphPath {
  /** Node ids from the input to the output. */
  readonly nodes: readonly string[];
  /** The edges along it, in the same order. */
  readonly edges: readonly GraphEdge[];
  /** Product of the local derivatives. */
  readonly product: number;
  /** The product written as TeX, output side first: `\frac{\partial L}{\partial a} \cdot …`. */
  readonly tex: string;
}

/** The graph behind the chain-rule widget, with forward values and backward adjoints. */
export interface ComputationGraph {
  /** Nodes in evaluation (topological) order: inputs first. */
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Id of the last step, the default output. */
  readonly output: string;
  /** The adjoint ∂output/∂node of every node (reverse-mode, one backward sweep). */
  backward(output?: string): Readonly<Record<string, number>>;
  /** Every path from `from` to `output` (at most `limit`, default 1000); their products sum to the derivative. */
  paths(from: string, output?: string, limit?: number): GraphPath[];
}

/**
 * Builds the computation graph of a formula or of named steps, evaluates it forward at
 * `values` (one value per input), and attaches to every edge its local derivative — as a
 * number and as a formula written with node names, `a(1 − a)` for `a = σ(z)`.
 * Throws {@link ExpressionError} for a formula that does not parse, a step that uses a later
 * step, an input without a value, or a graph whose local derivatives take more than
 * `MAX_SYMBOLIC_WORK` (code `"derivative-too-large"`).
 */
export function computationGraph(program: GraphProgram, values: Scope): ComputationGraph {
  const refuse = (): ExpressionError =>
    overBudget("derivative-too-large", MAX_SYMBOLIC_WORK, "work");
  return withBudget(MAX_SYMBOLIC_WORK, refuse, () => buildGraph(program, values));
}

function buildGraph(program: GraphProgram, values: Scope): ComputationGraph {
  const scope = canonicalScope(values);
  const steps = stepsOf(program, scope);
  const stepNames = new Set(steps.map((s) => s.name));
  const nodes: GraphNode[] = [];
  const known: Record<string, number> = Object.create(null) as Record<string, number>;
  const defined = new Set<string>();
  const addInput = (name: string): void => {
    if (defined.has(name)) return;
    const value = ownValue(scope, name);
    if (value === undefined)
      throw new ExpressionError(`The input '${name}' needs a value`, 0, 0, "unknown-variable");
    defined.add(name);
    known[name] = value;
    nodes.push({
      id: name,
      name,
      kind: "input",
      operation: "input",
      labelTeX: texVariable(name),
      tex: texVariable(name),
      value,
      inputs: [],
    });
  };
  const seen = new Set<string>();
  for (const step of steps) {
    for (const name of freeVariables(step.expression)) {
      if (stepNames.has(name) && !seen.has(name)) {
        throw new ExpressionError(
          `The step '${step.name}' uses '${name}' before it is defined`,
          0,
          0,
          "unknown-variable",
        );
      }
      if (!stepNames.has(name)) addInput(name);
    }
    seen.add(step.name);
  }
  const edges: GraphEdge[] = [];
  for (const step of steps) {
    const inputs = freeVariables(step.expression);
    charge(1 + inputs.length);
    const value = evaluateCanonical(step.expression, known);
    known[step.name] = value;
    defined.add(step.name);
    const e = step.expression;
    const operation = e.kind === "call" ? e.fn : e.kind === "variable" ? "copy" : e.kind;
    const labelTeX = texVariable(step.name);
    nodes.push({
      id: step.name,
      name: step.name,
      kind: "operation",
      operation,
      expression: e,
      labelTeX,
      tex: `${labelTeX} = ${toTeX(e)}`,
      value,
      inputs,
    });
    const own = simplify(e);
    for (const from of inputs) {
      const local = simplify(derive(e, from));
      const named = substitute(local, (node) =>
        node.kind !== "variable" && node.kind !== "number" && exprEquals(node, own)
          ? variable(step.name)
          : undefined,
      );
      edges.push({
        from,
        to: step.name,
        derivative: evaluateCanonical(named, known),
        expression: named,
        tex: toTeX(named),
        labelTeX: `\\frac{\\partial ${labelTeX}}{\\partial ${texVariable(from)}}`,
      });
    }
  }
  const output = steps[steps.length - 1]?.name ?? "";
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const check = (id: string): void => {
    if (!index.has(id))
      throw new ExpressionError(`There is no node '${id}' in this graph`, 0, 0, "unknown-variable");
  };
  return {
    nodes,
    edges,
    output,
    backward(target = output) {
      check(target);
      const adjoint: Record<string, number> = Object.fromEntries(nodes.map((n) => [n.id, 0]));
      adjoint[target] = 1;
      for (let i = index.get(target) ?? 0; i >= 0; i--) {
        const node = nodes[i] as GraphNode;
        const a = adjoint[node.id] ?? 0;
        if (a === 0 && node.id !== target) continue;
        for (const edge of edges)
          if (edge.to === node.id)
            adjoint[edge.from] = (adjoint[edge.from] ?? 0) + a * edge.derivative;
      }
      return adjoint;
    },
    paths(from, target = output, limit = 1000) {
      check(from);
      check(target);
      const found: GraphPath[] = [];
      const walk = (at: string, trail: GraphEdge[]): void => {
        if (found.length >= limit) return;
        if (at === target) {
          found.push({
            nodes: [from, ...trail.map((e) => e.to)],
            edges: trail,
            product: trail.reduce((p, e) => p * e.derivative, 1),
            tex:
              trail.length === 0
                ? "1"
                : [...trail]
                    .reverse()
                    .map((e) => e.labelTeX)
                    .join(" \\cdot "),
          });
          return;
        }
        for (const edge of edges) if (edge.from === at) walk(edge.to, [...trail, edge]);
      };
      walk(from, []);
      return found;
    },
  };
}
