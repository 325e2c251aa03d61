import type { UrlKind } from "../models/urlParams";
import type { WidgetName, WidgetPageStates } from "../models/widgetPages";
import { WIDGET_PAGES } from "../models/widgetPages";
import type { WidgetUrlSpec } from "../models/widgetUrl";
import { tidyState } from "../models/widgetUrl";

/**
 * React code for one state of a widget page: the explorer with the props that give that state
 * (`default…` for what the reader moves afterwards, plain props for the author's switches),
 * inside a `LocaleProvider` when the page is not in English.
 */

/** The prop each field of a page state goes to (`inputs.x`: a key of the `defaultInputs` prop). */
const PROPS: { readonly [W in WidgetName]: Record<keyof WidgetPageStates[W] & string, string> } = {
  secant: {
    fn: "defaultFn",
    x: "defaultX",
    h: "defaultH",
    method: "defaultMethod",
    showErrorInset: "showErrorInset",
    showZoom: "showZoom",
    showTriangle: "showTriangle",
    editable: "editable",
    showFormulas: "showFormulas",
    theme: "theme",
    lang: "",
  },
  "chain-rule": {
    mode: "defaultMode",
    composition: "defaultComposition",
    x: "defaultInputs.x",
    w: "defaultInputs.w",
    b: "defaultInputs.b",
    y: "defaultInputs.y",
    target: "defaultTarget",
    showBackward: "showBackward",
    animation: "animation",
    editable: "editable",
    showFormulas: "showFormulas",
    theme: "theme",
    lang: "",
  },
  gradient: {
    cost: "defaultCost",
    probe: "defaultProbe",
    learningRate: "defaultLearningRate",
    showField: "defaultShowField",
    showTrajectory: "defaultShowTrajectory",
    showHeatmap: "defaultShowHeatmap",
    showSections: "showSections",
    editable: "editable",
    showFormulas: "showFormulas",
    theme: "theme",
    lang: "",
  },
};

const COMPONENTS: { readonly [W in WidgetName]: string } = {
  secant: "SecantExplorer",
  "chain-rule": "ChainRuleExplorer",
  gradient: "GradientExplorer",
};

/** The props (by name, with their values) that give this state; defaults are left out. */
export function reactProps<W extends WidgetName>(
  widget: W,
  state: WidgetPageStates[W],
): { component: string; props: Record<string, unknown>; locale: string | null } {
  const spec = WIDGET_PAGES[widget] as unknown as WidgetUrlSpec<Record<string, unknown>>;
  const values = tidyState(spec, state as unknown as Record<string, unknown>);
  const props: Record<string, unknown> = {};
  for (const entry of spec.params) {
    const prop = (PROPS[widget] as Record<string, string>)[entry.key] ?? "";
    const value = values[entry.key];
    if (prop === "" || value === undefined) continue;
    if ((entry.kind as UrlKind<unknown>).same(value, spec.defaults[entry.key])) continue;
    if (entry.key === "theme" && value === "auto") continue;
    const [name, key] = prop.split(".") as [string, string | undefined];
    if (key === undefined) props[name] = Array.isArray(value) ? [...(value as unknown[])] : value;
    else props[name] = { ...(props[name] as object | undefined), [key]: value };
  }
  return { component: COMPONENTS[widget], props, locale: state.lang === "en" ? null : state.lang };
}

/** A value as JSX writes it in an attribute: `"x^2"`, `{1.5}`, `{[1, 1]}`, `{{ x: 1 }}`. */
function jsx(value: unknown): string {
  if (typeof value === "string")
    return /["\\{}<>&\n]/.test(value) ? `{${JSON.stringify(value)}}` : `"${value}"`;
  return `{${literal(value)}}`;
}

function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{ ${Object.entries(value)
      .map(([key, v]) => `${key}: ${literal(v)}`)
      .join(", ")} }`;
  return Object.is(value, -0) ? "0" : JSON.stringify(value);
}

/** The React code (imports and element) for this state. */
export function reactCode<W extends WidgetName>(widget: W, state: WidgetPageStates[W]): string {
  const { component, props, locale } = reactProps(widget, state);
  const names = locale ? `${component}, LocaleProvider` : component;
  const attributes = Object.entries(props).map(([name, value]) => `${name}=${jsx(value)}`);
  const indent = locale ? "    " : "  ";
  const element =
    attributes.length === 0
      ? `<${component} />`
      : attributes.join(" ").length + component.length < 60
        ? `<${component} ${attributes.join(" ")} />`
        : `<${component}\n${attributes.map((a) => `${indent}${a}`).join("\n")}\n${indent.slice(2)}/>`;
  const body = locale
    ? `<LocaleProvider locale="${locale}">\n  ${element}\n</LocaleProvider>`
    : element;
  return `import { ${names} } from "slopes";\nimport "slopes/styles.css";\n\n${body}`;
}
