import { computationGraph } from "../math/graph";
import { ownValue } from "../math/scope";
import type { Vec2 } from "../math/vec";
import type { ChainWords } from "../i18n/catalogs";
import { CHAIN_EN } from "../i18n/catalogs";
import { localizeTeX } from "../i18n/locale";
import type { ChainLayout, ChainLayoutOptions } from "./chainLayout";
import { edgeId, layoutChain } from "./chainLayout";
import type { ChainKind, ChainSpec } from "./chainProgram";
import { engineCheck } from "./chainCheck";
import { backwardSteps, saturationOf, stripTeX, valueText } from "./chainText";
import type { BackwardStep, ChainSaturation } from "./chainText";
import {
  texDerivative,
  texDerivativeInline,
  textDerivative,
  textFormula,
  textVariable,
} from "./chainFormat";

/** A node of the drawn graph: an input or a step, with its value and place. */
export interface ChainNode {
  readonly id: string;
  readonly kind: "input" | "operation";
  /** `"input"`, `"add"`, `"pow"`, `"sigmoid"`… */
  readonly operation: string;
  /** The name as TeX (`u_{1}`). */
  readonly labelTeX: string;
  /** The definition as TeX (`z = w x + b`); the name for an input. */
  readonly tex: string;
  /** The definition as plain text for screen readers (`z = w*x + b`). */
  readonly text: string;
  readonly value: number;
  /** The value is a finite number. */
  readonly defined: boolean;
  /** Centre of the node's box in the drawing, and its column. */
  readonly center: Vec2;
  readonly layer: number;
  /** On a path from the target to the output. */
  readonly onPath: boolean;
  /** ∂output/∂node from the backward pass. */
  readonly adjoint: number;
}

/** An edge with its local derivative, its place in the drawing, and whether the path uses it. */
export interface ChainEdge {
  /** `"from->to"`. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** The local derivative ∂to/∂from at the current values. */
  readonly derivative: number;
  /** Both ends and the derivative are finite numbers. */
  readonly defined: boolean;
  /** The local derivative as a formula of node names, TeX (`a (1 - a)`) and text (`a*(1 - a)`). */
  readonly tex: string;
  readonly text: string;
  /** `\frac{\partial a}{\partial z}`; `\frac{du}{dx}` in a pure chain (every step reads one node). */
  readonly labelTeX: string;
  /** The same as text: `∂a/∂z` or `du/dx`. */
  readonly labelText: string;
  /** The name on one line, for the drawn label: `\\partial a/\\partial z` or `du/dx`. */
  readonly nameTeX: string;
  readonly onPath: boolean;
  /** Polyline from the source box to the target box, and the centre of the label. */
  readonly route: readonly Vec2[];
  readonly labelAt: Vec2;
}

/** One factor of a path's product: an edge's local derivative. */
export interface ChainFactor {
  readonly edge: string;
  readonly labelTeX: string;
  readonly tex: string;
  readonly text: string;
  readonly value: number;
}

/** A path from the target to the output: its factors, output side first, and their product. */
export interface ChainPath {
  readonly nodes: readonly string[];
  readonly factors: readonly ChainFactor[];
  readonly product: number;
}

/** Everything the chain-rule picture, readouts and screen readers need. */
export interface ChainGraphState {
  readonly kind: ChainKind;
  readonly output: string;
  /** The input the derivative is taken with respect to. */
  readonly target: string;
  /** Inputs a reader may choose as target. */
  readonly targets: readonly string[];
  /** Input names, in order, and the value of each. */
  readonly inputs: readonly string[];
  readonly values: Readonly<Record<string, number>>;
  /** Nodes in evaluation order. */
  readonly nodes: readonly ChainNode[];
  readonly edges: readonly ChainEdge[];
  /** Every path from the target to the output (at most `maxPaths`). */
  readonly paths: readonly ChainPath[];
  readonly pathsTruncated: boolean;
  /** The chain rule: the sum over paths of the product of local derivatives. */
  readonly product: number;
  /** The derivative of the whole formula, differentiated symbolically by the engine. */
  readonly check: {
    readonly value: number;
    /** TeX of the derivative; `null` when it is over the engine's budgets. */
    readonly tex: string | null;
    readonly agrees: boolean;
    /**
     * What the engine left out because the formula is over one of its budgets (the symbolic
     * derivative or its TeX), as its English message; `null` when nothing was.
     */
    readonly omitted: string | null;
  };
  /** ∂output/∂node for every node: one backward sweep. */
  readonly adjoints: Readonly<Record<string, number>>;
  /** The backward pass, one node at a time, from the output back to the inputs. */
  readonly backward: readonly BackwardStep[];
  /** Set when a sigmoid or tanh on the path is saturated and the product collapses. */
  readonly saturation: ChainSaturation | null;
  readonly layout: ChainLayout;
  readonly tex: {
    /** `\frac{dL}{dw} = \frac{\partial L}{\partial a} \cdot …` */
    readonly chain: string;
    /** The strip: factors as formulas, then as numbers, then the product. */
    readonly strip: string;
    /** `\frac{d}{dx}\left[…\right] = …` from the engine. */
    readonly check: string;
    /** The steps with their values, one per line. */
    readonly steps: string;
  };
  /** What a screen reader says about the whole graph. */
  readonly valueText: string;
}

/** The inputs of {@link chainGraphState}. */
export interface ChainGraphInput {
  readonly spec: ChainSpec;
  /** A value per input; missing ones take the spec's defaults. */
  readonly values: Readonly<Record<string, number>>;
  /** The input to differentiate with respect to; an unknown one falls back to the default. */
  readonly target?: string | undefined;
  readonly layout?: Partial<ChainLayoutOptions> | undefined;
  /** |σ′(z)| below this counts as saturated. @default 0.01 */
  readonly saturationThreshold?: number | undefined;
  /** Most paths listed. @default 24 */
  readonly maxPaths?: number | undefined;
  /** Language of the sentences and of the numbers in text and TeX. @default English */
  readonly locale?: ChainWords | undefined;
}

/**
 * The chain-rule model: evaluates the graph forward with the engine, takes every edge's local
 * derivative, multiplies them along the paths from the target to the output, checks the result
 * against the engine's symbolic derivative, runs the backward pass and lays the graph out.
 * Pure: the same inputs always give the same state.
 */
export function chainGraphState(input: ChainGraphInput): ChainGraphState {
  const { spec } = input;
  const locale = input.locale ?? CHAIN_EN;
  const local = (tex: string) => localizeTeX(tex, locale.code);
  const values: Record<string, number> = {};
  for (const name of spec.inputs)
    values[name] = ownValue(input.values, name) ?? ownValue(spec.defaults, name) ?? 1;
  const target =
    input.target !== undefined && spec.inputs.includes(input.target)
      ? input.target
      : spec.defaultTarget;
  const program = Object.fromEntries(spec.steps.map((s) => [s.name, s.expression]));
  const graph = computationGraph(program, values);
  const output = graph.output;
  const layout = layoutChain(graph.nodes, input.layout);
  const maxPaths = input.maxPaths ?? 24;
  const found = graph.paths(target, output, maxPaths + 1);
  const listed = found.slice(0, maxPaths);
  const onPath = new Set(listed.flatMap((p) => p.edges.map((e) => edgeId(e.from, e.to))));
  const pathNodes = new Set(listed.flatMap((p) => p.nodes));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const finite = (id: string) => Number.isFinite(byId.get(id)?.value ?? Number.NaN);

  const drafts: ChainNode[] = graph.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    operation: n.operation,
    labelTeX: n.labelTeX,
    tex: local(n.tex),
    text: n.expression
      ? `${textVariable(n.name)} = ${textFormula(n.expression, locale)}`
      : textVariable(n.name),
    value: n.value,
    defined: Number.isFinite(n.value),
    center: layout.nodes[n.id]?.center ?? [0, 0],
    layer: layout.nodes[n.id]?.layer ?? 0,
    onPath: pathNodes.has(n.id),
    adjoint: 0,
  }));
  // In a pure chain every step has one input, so its local derivative is an ordinary one: du/dx.
  const pureChain = graph.nodes.every((n) => n.inputs.length <= 1);
  // The engine evaluates a local derivative even where the step itself is undefined (1/x for
  // ln x at x = −1 gives −1): an edge counts as defined only when both its ends are.
  const edges: ChainEdge[] = graph.edges.map((e) => {
    const id = edgeId(e.from, e.to);
    const route = layout.routes[id] ?? [];
    return {
      id,
      from: e.from,
      to: e.to,
      derivative: e.derivative,
      defined: Number.isFinite(e.derivative) && finite(e.from) && finite(e.to),
      tex: local(e.tex),
      text: textFormula(e.expression, locale),
      labelTeX: pureChain ? texDerivative(e.to, e.from, false) : e.labelTeX,
      labelText: textDerivative(e.to, e.from, !pureChain),
      nameTeX: texDerivativeInline(e.to, e.from, !pureChain),
      onPath: onPath.has(id),
      route,
      labelAt: layout.labels[id] ?? route[0] ?? [0, 0],
    };
  });
  const partial = spec.inputs.length > 1;
  const backward = backwardSteps(drafts, edges, output, !pureChain, locale);
  const adjoints: Record<string, number> = Object.fromEntries(drafts.map((n) => [n.id, 0]));
  for (const step of backward) adjoints[step.node] = step.adjoint;
  const nodes = drafts.map((n) => ({ ...n, adjoint: adjoints[n.id] ?? 0 }));
  const edgeById = new Map(edges.map((e) => [e.id, e]));
  const paths: ChainPath[] = listed.map((p) => {
    const factors = [...p.edges].reverse().map((e): ChainFactor => {
      const edge = edgeById.get(edgeId(e.from, e.to)) as ChainEdge;
      const value = edge.defined ? edge.derivative : Number.NaN;
      return { edge: edge.id, labelTeX: edge.labelTeX, tex: edge.tex, text: edge.text, value };
    });
    return { nodes: p.nodes, factors, product: factors.reduce((s, f) => s * f.value, 1) };
  });
  const pathsTruncated = found.length > maxPaths;
  const sum = paths.reduce((s, p) => s + p.product, 0);
  const product = pathsTruncated ? (adjoints[target] ?? Number.NaN) : sum;
  // The engine evaluates f′ even where a step of f is undefined (1/x at x = −1 for ln x):
  // the derivative of the whole formula only exists where every step does.
  const undefinedStep = nodes.some((n) => n.kind === "operation" && !n.defined);
  const check = engineCheck(spec, values, target, product, undefinedStep, locale.code);
  const state = {
    kind: spec.kind,
    output,
    target,
    targets: spec.targets,
    inputs: spec.inputs,
    values,
    nodes,
    edges,
    paths,
    pathsTruncated,
    product: Number.isFinite(product) ? product : Number.NaN,
    check,
    adjoints,
    layout,
  };
  const saturation = saturationOf(nodes, edges, input.saturationThreshold ?? 0.01);
  const tex = stripTeX(state, partial, spec.composed, locale);
  const spoken = valueText(state, partial, locale);
  return { ...state, backward, saturation, tex, valueText: spoken };
}
