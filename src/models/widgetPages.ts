import { NEURON_RANGES } from "./chainProgram";
import { LEARNING_RATE_RANGE } from "./gradientProbe";
import { H_RANGE } from "./secant";
import type { SecantMethod } from "./secant";
import { BOOLEAN, LANGUAGE, choiceOf, formulaIn, numberIn, optional, pairIn } from "./urlParams";
import type { UrlNote, WidgetUrlSpec } from "./widgetUrl";
import { param, quoted } from "./widgetUrl";

/**
 * What each widget page holds in its URL: the state a reader can reach, the author's switches,
 * the theme and the language. The tables below are the one source of the pages' parameters.
 */

/** The widgets that have a page. */
export type WidgetName = "secant" | "chain-rule" | "gradient";

/** The widgets in the order the pages and the builder list them. */
export const WIDGET_NAMES: readonly WidgetName[] = ["secant", "chain-rule", "gradient"];

/** Colour theme of a page: `auto` follows the reader's system. */
export type PageTheme = "auto" | "light" | "dark";

/** The parts every page shares. */
export interface PageCommon {
  /** @default "auto" */
  theme: PageTheme;
  /** @default "en" */
  lang: "en" | "fr";
  /** Let the reader type a formula. @default true */
  editable: boolean;
  /** Show the formula panel. @default true */
  showFormulas: boolean;
}

/** The secant page's state. */
export interface SecantPageState extends PageCommon {
  fn: string;
  x: number;
  h: number;
  method: SecantMethod;
  showErrorInset: boolean;
  showZoom: boolean;
  showTriangle: boolean;
}

/** The chain-rule page's state; an input or target left `undefined` takes the graph's default. */
export interface ChainPageState extends PageCommon {
  mode: "composition" | "neuron";
  /** A composition in x; `undefined` is the chapter's (3x + 1)², u² after 3x + 1. */
  composition: string | undefined;
  x: number | undefined;
  w: number | undefined;
  b: number | undefined;
  y: number | undefined;
  target: "x" | "w" | "b" | undefined;
  showBackward: boolean;
  animation: "auto" | "play" | "step";
}

/** The gradient page's state. */
export interface GradientPageState extends PageCommon {
  cost: string;
  probe: readonly [number, number];
  learningRate: number;
  showField: boolean;
  showTrajectory: boolean;
  showHeatmap: boolean;
  showSections: boolean;
}

/** The state of one widget page, by widget. */
export interface WidgetPageStates {
  secant: SecantPageState;
  "chain-rule": ChainPageState;
  gradient: GradientPageState;
}

const COMMON = { theme: "auto", lang: "en", editable: true, showFormulas: true } as const;

function common<S extends PageCommon>(what: string) {
  return [
    param<S, "editable">("editable", "editable", BOOLEAN, `let the reader type ${what}`),
    param<S, "showFormulas">("show-formulas", "showFormulas", BOOLEAN, "show the formula panel"),
    param<S, "theme">("theme", "theme", choiceOf(["auto", "light", "dark"] as const), "colours"),
    param<S, "lang">("lang", "lang", LANGUAGE, "language of the widget and its notes"),
  ];
}

/** The secant page: `pages/secant.html`. */
export const SECANT_PAGE: WidgetUrlSpec<SecantPageState> = {
  defaults: {
    ...COMMON,
    fn: "x^2",
    x: 1,
    h: 0.5,
    method: "forward",
    showErrorInset: true,
    showZoom: true,
    showTriangle: true,
  },
  params: [
    param("fn", "fn", formulaIn(["x"]), "the function f(x)"),
    param("x", "x", numberIn(-3, 3), "the point's x"),
    param("h", "h", numberIn(H_RANGE[0], H_RANGE[1]), "the gap h"),
    param("method", "method", choiceOf(["forward", "central"] as const), "difference method"),
    param("show-error-inset", "showErrorInset", BOOLEAN, "show the error-against-h inset"),
    param("show-zoom", "showZoom", BOOLEAN, "show the zoom on the point"),
    param("show-triangle", "showTriangle", BOOLEAN, "show the slope triangle"),
    ...common<SecantPageState>("a function"),
  ],
};

const inputRange = (name: string) => NEURON_RANGES[name] ?? ([-5, 5] as const);
const input = (name: "x" | "w" | "b" | "y", doc: string) =>
  param<ChainPageState, typeof name>(
    name,
    name,
    optional(numberIn(...inputRange(name))),
    `${doc} (default: the graph's)`,
  );

/** Whether a graph offers a target: x for the composition, w and b for the neuron. */
function offers(mode: ChainPageState["mode"], target: string): boolean {
  return (mode === "neuron" ? ["w", "b"] : ["x"]).includes(target);
}

/** The chain-rule page: `pages/chain-rule.html`. */
export const CHAIN_PAGE: WidgetUrlSpec<ChainPageState> = {
  defaults: {
    ...COMMON,
    mode: "composition",
    composition: undefined,
    x: undefined,
    w: undefined,
    b: undefined,
    y: undefined,
    target: undefined,
    showBackward: true,
    animation: "auto",
  },
  params: [
    param("mode", "mode", choiceOf(["composition", "neuron"] as const), "which graph"),
    param(
      "composition",
      "composition",
      optional(formulaIn(["x"])),
      "the composition in x (default: (3x + 1)^2 as u^2 after 3x + 1)",
    ),
    input("x", "input x"),
    input("w", "the neuron's weight w"),
    input("b", "the neuron's bias b"),
    input("y", "the neuron's target y"),
    param(
      "target",
      "target",
      optional(choiceOf(["x", "w", "b"] as const)),
      "differentiate with respect to (x for the composition; w or b for the neuron)",
    ),
    param("show-backward", "showBackward", BOOLEAN, "offer the backward pass"),
    param("animation", "animation", choiceOf(["auto", "play", "step"] as const), "backward pass"),
    ...common<ChainPageState>("a composition"),
  ],
  check(state, notes: UrlNote[], given) {
    if (state.target === undefined || offers(state.mode, state.target)) return state;
    notes.push({
      param: "target",
      value: quoted(given.get("target") ?? state.target),
      expected: { kind: "combination", with: `mode=${state.mode}` },
    });
    return { ...state, target: undefined };
  },
  // The explorer keeps the target across a switch of graph (and uses its default where the
  // graph does not offer it): the address says only a target the graph offers.
  tidy: (state) =>
    state.target === undefined || offers(state.mode, state.target)
      ? state
      : { ...state, target: undefined },
};

/** The gradient page: `pages/gradient.html`. */
export const GRADIENT_PAGE: WidgetUrlSpec<GradientPageState> = {
  defaults: {
    ...COMMON,
    cost: "w1^2 + 2 w2^2",
    probe: [1, 1],
    learningRate: 0.1,
    showField: false,
    showTrajectory: false,
    showHeatmap: false,
    showSections: true,
  },
  params: [
    param("cost", "cost", formulaIn(["w1", "w2"]), "the cost L(w1, w2)"),
    param("probe", "probe", pairIn([-3, 3], [-2, 2]), "the probe (w1, w2)"),
    param(
      "learning-rate",
      "learningRate",
      numberIn(LEARNING_RATE_RANGE[0], LEARNING_RATE_RANGE[1]),
      "step size η of gradient descent",
    ),
    param("show-field", "showField", BOOLEAN, "show the arrow field"),
    param("show-trajectory", "showTrajectory", BOOLEAN, "show the descent path"),
    param("show-heatmap", "showHeatmap", BOOLEAN, "show the heat map"),
    param("show-sections", "showSections", BOOLEAN, "show the two slices through the probe"),
    ...common<GradientPageState>("a cost"),
  ],
};

/** Each widget's URL table. */
export const WIDGET_PAGES: { readonly [W in WidgetName]: WidgetUrlSpec<WidgetPageStates[W]> } = {
  secant: SECANT_PAGE,
  "chain-rule": CHAIN_PAGE,
  gradient: GRADIENT_PAGE,
};
