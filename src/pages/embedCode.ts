import { ELEMENTS } from "../embed";
import type { UrlKind } from "../models/urlParams";
import type { WidgetName, WidgetPageStates } from "../models/widgetPages";
import { WIDGET_PAGES } from "../models/widgetPages";
import type { WidgetUrlSpec } from "../models/widgetUrl";
import { tidyState, writeWidgetUrl } from "../models/widgetUrl";

/**
 * The three ways to embed one state of a widget, as code an author pastes: an `<iframe>` of its
 * page, the custom element, the React component. Each is written from the widget's URL table
 * (`models/widgetPages.ts`), so it says exactly the state the builder shows.
 */

type AnyState = WidgetPageStates[WidgetName];
const specOf = (widget: WidgetName) => WIDGET_PAGES[widget] as WidgetUrlSpec<AnyState>;

/** Each widget's page file, custom element, React component and first frame height (px). */
export const WIDGET_EMBEDS: {
  readonly [W in WidgetName]: { page: string; tag: string; component: string; height: number };
} = {
  secant: { page: "secant.html", tag: "slopes-secant", component: "SecantExplorer", height: 1060 },
  "chain-rule": {
    page: "chain-rule.html",
    tag: "slopes-chain-rule",
    component: "ChainRuleExplorer",
    height: 760,
  },
  gradient: {
    page: "gradient.html",
    tag: "slopes-gradient",
    component: "GradientExplorer",
    height: 980,
  },
};

/** Text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** The widget page's address for this state: `base` (the folder of the pages) + file + query. */
export function pageUrl<W extends WidgetName>(
  widget: W,
  state: WidgetPageStates[W],
  base: string,
): string {
  const query = writeWidgetUrl(specOf(widget), state);
  const folder = base === "" || base.endsWith("/") ? base : `${base}/`;
  return `${folder}${WIDGET_EMBEDS[widget].page}${query ? `?${query}` : ""}`;
}

/** `<iframe>` code for this state (the frame's title names the widget for screen readers). */
export function iframeCode<W extends WidgetName>(
  widget: W,
  state: WidgetPageStates[W],
  base: string,
  title: string,
): string {
  const src = escapeAttribute(pageUrl(widget, state, base));
  const { height } = WIDGET_EMBEDS[widget];
  return `<iframe src="${src}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border: 0; max-width: 100%" loading="lazy"></iframe>`;
}

/** The script line that fits the frames above to their widget's height. */
export function iframeSizerCode(base: string): string {
  const folder = base === "" || base.endsWith("/") ? base : `${base}/`;
  return `<script src="${escapeAttribute(`${folder}slopes-iframe.js`)}"></script>`;
}

/** `showErrorInset` → `show-error-inset`, as custom elements name their attributes. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The attribute names the element of a widget observes (from `ELEMENTS`, the embed's table). */
export function elementAttributes(widget: WidgetName): string[] {
  const tag = WIDGET_EMBEDS[widget].tag;
  return (ELEMENTS.find((e) => e.tag === tag)?.attributes ?? []).map((attribute) => attribute.name);
}

/**
 * The custom element for this state, and the page parameters it cannot carry (the element has
 * no attribute for them; the builder says so). Only values that differ from the defaults are
 * written; `theme="auto"` is the element's default too.
 */
export function elementCode<W extends WidgetName>(
  widget: W,
  state: WidgetPageStates[W],
): { code: string; missing: string[] } {
  const spec = specOf(widget);
  const known = elementAttributes(widget);
  const attributes: string[] = [];
  const missing: string[] = [];
  const tidy = tidyState(spec, state as AnyState);
  for (const entry of spec.params) {
    const kind = entry.kind as UrlKind<unknown>;
    const value = (tidy as unknown as Record<string, unknown>)[entry.key];
    if (kind.same(value, (spec.defaults as unknown as Record<string, unknown>)[entry.key]))
      continue;
    if (!known.includes(entry.name)) missing.push(entry.name);
    else attributes.push(`${entry.name}="${escapeAttribute(kind.write(value))}"`);
  }
  const { tag } = WIDGET_EMBEDS[widget];
  const open = attributes.length > 0 ? `<${tag} ${attributes.join(" ")}>` : `<${tag}>`;
  return { code: `${open}</${tag}>`, missing };
}

export { reactCode, reactProps } from "./reactCode";
