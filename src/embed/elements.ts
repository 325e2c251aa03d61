/**
 * The custom elements and their attribute tables: one list per element, read by the element
 * (which attributes it observes, how each is checked), by the docs and by the tests.
 */
import type { ComponentType } from "react";
import type { AttributeSpec } from "./attributeSpec";

/** One custom element: its tag, the component it wraps, and the attributes it observes. */
export interface ElementSpec {
  /** The tag, `slopes-secant`. */
  readonly tag: string;
  /**
   * Loads the component the element renders (given the attributes as camelCase props): a chunk
   * of its own in the embed bundle, fetched when the first such element joins the page, so a
   * page pays only for the widgets it shows.
   */
  readonly load: () => Promise<ComponentType<never>>;
  /** Every attribute the element observes, each live: a change after mount updates the widget. */
  readonly attributes: readonly AttributeSpec[];
}

const THEME: AttributeSpec = {
  name: "theme",
  kind: "choice",
  choices: ["light", "dark"],
  example: "dark",
};
const LANG: AttributeSpec = { name: "lang", kind: "text", example: "fr" };
const EDITABLE: AttributeSpec = { name: "editable", kind: "boolean", example: "false" };
const FORMULAS: AttributeSpec = { name: "show-formulas", kind: "boolean", example: "false" };
const NEURON = { mode: "neuron" } as const;

/** `<slopes-secant>`: the secant and tangent explorer. */
export const SECANT_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: "fn", kind: "text", example: "x^3" },
  { name: "x", kind: "number", example: "2" },
  { name: "h", kind: "number", example: "0.25" },
  { name: "method", kind: "choice", choices: ["forward", "central"], example: "central" },
  { name: "domain-x", kind: "pair", example: "-5, 5" },
  { name: "domain-y", kind: "pair", example: "-1, 9" },
  { name: "title", kind: "text", example: "Slope of a parabola" },
  THEME,
  LANG,
  EDITABLE,
  { name: "show-error-inset", kind: "boolean", example: "false" },
  { name: "show-zoom", kind: "boolean", example: "false" },
  { name: "show-triangle", kind: "boolean", example: "false" },
  FORMULAS,
];

/** `<slopes-chain-rule>`: the chain-rule explorer (composition or neuron). */
export const CHAIN_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: "mode", kind: "choice", choices: ["composition", "neuron"], example: "neuron" },
  { name: "composition", kind: "text", example: "sin(x^2)" },
  { name: "x", kind: "number", example: "0.5" },
  { name: "w", kind: "number", example: "2", with: NEURON },
  { name: "b", kind: "number", example: "0.5", with: NEURON },
  { name: "y", kind: "number", example: "0", with: NEURON },
  { name: "target", kind: "choice", choices: ["x", "w", "b"], example: "b", with: NEURON },
  { name: "title", kind: "text", example: "A neuron" },
  THEME,
  LANG,
  EDITABLE,
  FORMULAS,
  { name: "show-backward", kind: "boolean", example: "false" },
  { name: "animation", kind: "choice", choices: ["auto", "play", "step"], example: "step" },
];

/** `<slopes-gradient>`: the gradient explorer. */
export const GRADIENT_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: "cost", kind: "text", example: "w1^2 + w2^2" },
  { name: "variables", kind: "names", example: "w2, w1" },
  { name: "probe", kind: "pair", example: "-1, 0.5" },
  { name: "learning-rate", kind: "number", example: "0.3" },
  { name: "domain-x", kind: "pair", example: "-5, 5" },
  { name: "domain-y", kind: "pair", example: "-4, 4" },
  { name: "resolution", kind: "number", example: "24" },
  { name: "title", kind: "text", example: "A bowl" },
  THEME,
  LANG,
  EDITABLE,
  { name: "show-field", kind: "boolean", example: "true" },
  { name: "show-trajectory", kind: "boolean", example: "true" },
  { name: "show-heatmap", kind: "boolean", example: "true" },
  { name: "show-sections", kind: "boolean", example: "false" },
  FORMULAS,
];

/** The custom elements slopes defines, with the attributes they observe. */
export const ELEMENTS: readonly ElementSpec[] = [
  {
    tag: "slopes-secant",
    load: () => import("./SecantElement").then((m) => m.SecantElement as ComponentType<never>),
    attributes: SECANT_ATTRIBUTES,
  },
  {
    tag: "slopes-chain-rule",
    load: () => import("./ChainElement").then((m) => m.ChainElement as ComponentType<never>),
    attributes: CHAIN_ATTRIBUTES,
  },
  {
    tag: "slopes-gradient",
    load: () => import("./GradientElement").then((m) => m.GradientElement as ComponentType<never>),
    attributes: GRADIENT_ATTRIBUTES,
  },
];
