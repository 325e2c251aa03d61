/**
 * `slopes/embed`: custom elements for pages without React (plain HTML, Moodle, WordPress).
 * Importing this module registers `<slopes-secant>`, `<slopes-chain-rule>` and `<slopes-gradient>`;
 * React is bundled in. Add `slopes/embed/style.css` (KaTeX's styles with their fonts, and the
 * theme) to the page once.
 *
 * ```html
 * <link rel="stylesheet" href="slopes-embed.css">
 * <script type="module" src="slopes-embed.js"></script>
 * <slopes-secant fn="x^2" x="1"></slopes-secant>
 * ```
 * Attributes map to the explorer's props (`fn`, `x`, `h`, `method`, `domain-x`, `theme`, …);
 * changing one updates the widget; each gesture's end dispatches a `change` event whose
 * `detail` is the widget's state.
 * @packageDocumentation
 */
import r2wc from "@r2wc/react-to-web-component";
import type { ComponentType } from "react";
import { ChainElement } from "./ChainElement";
import { GradientElement } from "./GradientElement";
import { SecantElement } from "./SecantElement";

/** One custom element: its tag, the component it wraps, and the attributes it observes. */
export interface ElementSpec {
  tag: string;
  component: ComponentType<never>;
  attributes: readonly string[];
}

/** The custom elements slopes defines, with the attributes (camelCase props) they observe. */
export const ELEMENTS: readonly ElementSpec[] = [
  {
    tag: "slopes-secant",
    component: SecantElement as ComponentType<never>,
    attributes: [
      "fn",
      "x",
      "h",
      "method",
      "domainX",
      "domainY",
      "title",
      "theme",
      "lang",
      "editable",
      "showErrorInset",
      "showFormulas",
    ],
  },
  {
    tag: "slopes-chain-rule",
    component: ChainElement as ComponentType<never>,
    attributes: [
      "mode",
      "composition",
      "x",
      "w",
      "b",
      "y",
      "target",
      "title",
      "theme",
      "lang",
      "editable",
      "showFormulas",
      "showBackward",
      "animation",
    ],
  },
  {
    tag: "slopes-gradient",
    component: GradientElement as ComponentType<never>,
    attributes: [
      "cost",
      "variables",
      "probe",
      "learningRate",
      "domainX",
      "domainY",
      "resolution",
      "title",
      "theme",
      "lang",
      "editable",
      "showField",
      "showTrajectory",
      "showHeatmap",
      "showSections",
      "showFormulas",
    ],
  },
];

/**
 * Registers the slopes custom elements (once; a second call, or a tag already taken, is
 * skipped). Called on import.
 */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const spec of ELEMENTS) {
    if (registry.get(spec.tag)) continue;
    const props = Object.fromEntries(spec.attributes.map((name) => [name, "string"]));
    registry.define(
      spec.tag,
      r2wc(spec.component as ComponentType<Record<string, unknown>>, {
        props: props as Record<string, "string">,
        events: { onChange: { bubbles: true, composed: true } },
      }),
    );
  }
}

if (typeof customElements !== "undefined") defineElements();

export type { ChainElementProps } from "./ChainElement";
export type { GradientElementProps } from "./GradientElement";
export type { SecantElementProps } from "./SecantElement";
