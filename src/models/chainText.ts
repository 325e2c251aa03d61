import type { Expr } from "../math/ast";
import { withinBudget } from "./expression";
import { texVariable, toTeX } from "../math/tex";
import type { ChainWords } from "../i18n/catalogs";
import { CHAIN_EN } from "../i18n/catalogs";
import { localizeTeX } from "../i18n/locale";
import type { ChainEdge, ChainGraphState, ChainNode } from "./chainGraph";
import {
  texDerivative,
  texFactor,
  texValue,
  textDerivative,
  textValue,
  textVariable,
} from "./chainFormat";

/** One step of the backward pass: a node receives its adjoint from the nodes that read it. */
export interface BackwardStep {
  readonly node: string;
  /** ∂output/∂node: the sum over its outgoing edges of (adjoint of the reader) × (local derivative). */
  readonly adjoint: number;
  /** The edges the adjoint travels back along in this step. */
  readonly edges: readonly string[];
  /** `\frac{\partial L}{\partial z} = \frac{\partial L}{\partial a} \cdot \frac{\partial a}{\partial z} = (-1) \times 0.25 = -0.25` */
  readonly tex: string;
  /** The same sentence in plain text for screen readers. */
  readonly text: string;
  /**
   * What this step multiplies, said in words: the upstream adjoint and the local derivative of
   * each edge it travels back along (the picture marks both); empty for the output.
   */
  readonly factorsText: string;
}

/** A saturated sigmoid (or tanh) on the path: its local slope is nearly 0. */
export interface ChainSaturation {
  /** The saturated node (`a`) and the node it reads (`z`). */
  readonly node: string;
  readonly from: string;
  /** The value it reads (z). */
  readonly input: number;
  /** Its local derivative, σ′(z) = a(1 − a). */
  readonly slope: number;
}

type Core = Pick<
  ChainGraphState,
  "output" | "target" | "inputs" | "values" | "nodes" | "edges" | "paths" | "product" | "check"
>;

const SATURATING = new Set(["sigmoid", "tanh"]);

/** The first sigmoid or tanh on the path whose local slope is below `threshold` in size. */
export function saturationOf(
  nodes: readonly ChainNode[],
  edges: readonly ChainEdge[],
  threshold: number,
): ChainSaturation | null {
  for (const node of nodes) {
    if (!node.onPath || !SATURATING.has(node.operation)) continue;
    const edge = edges.find((e) => e.to === node.id && e.onPath);
    if (!edge?.defined || Math.abs(edge.derivative) >= threshold) continue;
    const from = nodes.find((n) => n.id === edge.from);
    return {
      node: node.id,
      from: edge.from,
      input: from?.value ?? Number.NaN,
      slope: edge.derivative,
    };
  }
  return null;
}

/**
 * The backward pass as steps: the output first (adjoint 1), then every node that feeds it,
 * column by column from right to left, each adding up (reader's adjoint) × (local derivative).
 * An undefined local derivative makes the adjoints behind it undefined. Numbers are written
 * for `locale` (English by default).
 */
export function backwardSteps(
  nodes: readonly ChainNode[],
  edges: readonly ChainEdge[],
  output: string,
  partial: boolean,
  locale: ChainWords = CHAIN_EN,
): BackwardStep[] {
  const reaches = new Set([output]);
  for (const node of [...nodes].reverse())
    if (edges.some((e) => e.from === node.id && reaches.has(e.to))) reaches.add(node.id);
  const order = nodes
    .filter((n) => reaches.has(n.id))
    .sort((a, b) => b.layer - a.layer || a.center[1] - b.center[1]);
  const adjoint = new Map<string, number>();
  return order.map((node): BackwardStep => {
    const d = texDerivative(output, node.id, partial);
    if (node.id === output) {
      adjoint.set(node.id, 1);
      const text = `${textDerivative(output, output, partial)} = 1`;
      return { node: node.id, adjoint: 1, edges: [], tex: `${d} = 1`, text, factorsText: "" };
    }
    const outgoing = edges.filter((e) => e.from === node.id && reaches.has(e.to));
    const terms = outgoing.map((e) => {
      const upstream = adjoint.get(e.to) ?? Number.NaN;
      const local = e.defined ? e.derivative : Number.NaN;
      return { e, upstream, local };
    });
    const value = terms.reduce((s, t) => s + t.upstream * t.local, 0);
    const result = Number.isFinite(value) ? value : Number.NaN;
    adjoint.set(node.id, result);
    const symbolic = terms
      .map((t) => `${texDerivative(output, t.e.to, partial)} \\cdot ${t.e.labelTeX}`)
      .join(" + ");
    const numeric = terms.map(
      (t) => `${texFactor(t.upstream, locale)} \\times ${texFactor(t.local, locale)}`,
    );
    const tex = `${d} = ${symbolic} = ${numeric.join(" + ")} = ${texValue(result, locale)}`;
    const words = terms
      .map((t) => `${textDerivative(output, t.e.to, partial)} × ${t.e.labelText}`)
      .join(" + ");
    const numbers = terms
      .map((t) => `${textValue(t.upstream, locale)} × ${textValue(t.local, locale)}`)
      .join(" + ");
    const text = `${textDerivative(output, node.id, partial)} = ${words} = ${numbers} = ${textValue(result, locale)}`;
    const factorsText = terms
      .map((t) =>
        locale.chain.stepFactors(
          `${textDerivative(output, t.e.to, partial)} = ${textValue(t.upstream, locale)}`,
          `${t.e.labelText} = ${textValue(t.local, locale)}`,
        ),
      )
      .join(" ");
    const edgeIds = outgoing.map((e) => e.id);
    return { node: node.id, adjoint: result, edges: edgeIds, tex, text, factorsText };
  });
}

/** True when a TeX product factor needs parentheses: a top-level sum or a leading minus. */
function needsGroup(tex: string): boolean {
  if (tex.startsWith("-")) return true;
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") depth--;
    else if (depth === 0 && (c === "+" || (c === "-" && tex[i - 1] === " "))) return true;
  }
  return false;
}

const factorTeX = (tex: string): string => (needsGroup(tex) ? `\\left(${tex}\\right)` : tex);

/**
 * The formulas of the widget: the chain rule, the multiplying strip, the engine's check, the
 * steps; words and numbers in `locale` (English by default).
 */
export function stripTeX(
  state: Core,
  partial: boolean,
  composed: Expr,
  locale: ChainWords = CHAIN_EN,
): ChainGraphState["tex"] {
  const value = (v: number) => texValue(v, locale);
  const d = texDerivative(state.output, state.target, partial);
  const { paths } = state;
  const many = paths.length > 1;
  const wrap = (t: string) => (many ? `\\left(${t}\\right)` : t);
  const chain =
    paths.length === 0
      ? `${d} = 0`
      : `${d} = ${paths.map((p) => wrap(p.factors.map((f) => f.labelTeX).join(" \\cdot "))).join(" + ")}`;
  let strip: string;
  if (paths.length === 0) strip = `${d} = 0`;
  else if (paths.length > 4)
    strip = `${d} = \\text{${locale.chain.sumOverPaths(paths.length)}} = ${value(state.product)}`;
  else {
    const symbolic = paths.map((p) =>
      wrap(p.factors.map((f) => factorTeX(f.tex)).join(" \\times ")),
    );
    const numeric = paths.map((p) =>
      wrap(p.factors.map((f) => texFactor(f.value, locale)).join(" \\times ")),
    );
    strip = `${d} = ${symbolic.join(" + ")} = ${numeric.join(" + ")} = ${value(state.product)}`;
  }
  const dOp = partial
    ? `\\frac{\\partial}{\\partial ${texVariable(state.target)}}`
    : `\\frac{d}{d${texVariable(state.target)}}`;
  // Parts over the engine's budgets are left out of the line (the widget says so).
  const whole = withinBudget(() => toTeX(composed), []);
  const check = [
    whole === null ? dOp : `${dOp}\\left[${whole}\\right]`,
    state.check.tex,
    value(state.check.value),
  ]
    .filter((part): part is string => part !== null)
    .join(" = ");
  const lines = state.nodes
    .filter((n) => n.kind === "operation")
    .map((n) => `${n.tex.replace(" = ", " &= ")} = ${value(n.value)}`);
  const steps = `\\begin{aligned} ${lines.join(" \\\\ ")} \\end{aligned}`;
  // Numbers inside the formulas themselves (a typed 0.5x) are written for the locale too.
  const local = (tex: string) => localizeTeX(tex, locale.code);
  return { chain: local(chain), strip: local(strip), check: local(check), steps: local(steps) };
}

/** One sentence for screen readers: the inputs, the values, and the chain rule with numbers. */
export function valueText(state: Core, partial: boolean, locale: ChainWords = CHAIN_EN): string {
  const { chain: words } = locale;
  const number = (v: number) => textValue(v, locale);
  const inputs = state.inputs
    .map((name) => `${textVariable(name)} = ${number(state.values[name] ?? Number.NaN)}`)
    .join(words.listSeparator);
  const steps = state.nodes
    .filter((n) => n.kind === "operation")
    .map((n) => `${textVariable(n.id)} = ${number(n.value)}`)
    .join(words.listSeparator);
  const d = textDerivative(state.output, state.target, partial);
  const value = number(state.product);
  let chain: string;
  if (state.paths.length === 1) {
    const path = state.paths[0] as Core["paths"][number];
    const names = path.factors.map((f) => {
      const edge = state.edges.find((e) => e.id === f.edge) as ChainEdge;
      return edge.labelText;
    });
    const numbers = path.factors.map((f) => number(f.value));
    chain = words.pathSentence(d, `${names.join(" × ")} = ${numbers.join(" × ")}`, value);
  } else {
    chain = words.sumSentence(d, state.paths.length, value);
  }
  return `${words.valueAt(inputs)} ${steps}. ${chain}`;
}
