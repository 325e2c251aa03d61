/**
 * `slopes/embed`: custom elements for pages without React (plain HTML, Moodle, WordPress).
 * Importing this module registers `<slopes-secant>`, `<slopes-chain-rule>` and `<slopes-gradient>`,
 * and the lesson blocks `<slopes-term>`, `<slopes-exercise>` and `<slopes-quiz>`; React is bundled
 * in. The elements bring their styles; KaTeX's fonts come from `fonts/` beside the bundle, or from
 * `slopes/embed/style.css` (the fonts inlined) when the page links it.
 *
 * ```html
 * <script type="module" src="slopes-embed.js"></script>
 * <slopes-secant fn="x^2" x="1"></slopes-secant>
 * ```
 * Each element renders into its own shadow root, so the page's stylesheet does not reach it;
 * `--slopes-*` custom properties set by the page still do. Attributes map to the explorer's props
 * (`fn`, `x`, `h`, `method`, `domain-x`, `theme`, …; each element's list is in {@link ELEMENTS});
 * changing or removing one updates the widget, and a value that cannot be read warns in the
 * console and keeps the default. Each gesture's end dispatches a `change` event whose `detail` is
 * the widget's state.
 * @packageDocumentation
 */
import { defineAll } from "./customElement";
import { ELEMENTS } from "./elements";

export { ELEMENTS } from "./elements";
export type { ElementSpec } from "./elements";
export type { AttributeKind, AttributeSpec } from "./attributeSpec";

/**
 * Registers the slopes custom elements (once; a second call, or a tag already taken, is
 * skipped). Called on import.
 */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  defineAll(ELEMENTS, registry);
}

if (typeof customElements !== "undefined") defineElements();

export type { ChainElementProps } from "./ChainElement";
export type { GradientElementProps } from "./GradientElement";
export type { SecantElementProps } from "./SecantElement";
