/**
 * The colour theme of an element's shadow root. The library's `[data-theme="dark"] .slopes` rule
 * does not reach into a shadow root, so the element copies the theme onto its root there: its own
 * `theme` attribute if readable, else the nearest `data-theme` of the element or an ancestor (the
 * page's `<html data-theme="dark">`, a React app's theme switch), else none (the reader's system).
 * The ancestors are watched while the element is on the page, so a page that switches its theme
 * switches the widgets too.
 */
import { readChoice } from "./attributes";

/** The themes an element knows. */
export type ElementTheme = "light" | "dark";

const THEMES = ["light", "dark"] as const;

/** The nearest `data-theme` of the element or an ancestor in its tree, when it names a theme. */
export function ancestorTheme(element: Element): ElementTheme | undefined {
  return readChoice(element.closest("[data-theme]")?.getAttribute("data-theme"), THEMES);
}

/** The theme the element's shadow root shows: its own `theme` attribute wins over the page's. */
export function elementTheme(element: Element): ElementTheme | undefined {
  return readChoice(element.getAttribute("theme"), THEMES) ?? ancestorTheme(element);
}

/** Sets (or removes) `data-theme` on the root inside the shadow root. */
export function applyTheme(element: Element, root: HTMLElement): void {
  const theme = elementTheme(element);
  if (theme === undefined) root.removeAttribute("data-theme");
  else if (root.getAttribute("data-theme") !== theme) root.setAttribute("data-theme", theme);
}

/**
 * Calls `onChange` whenever a `data-theme` changes in the element's tree (the document, or the
 * shadow root the element sits in). Returns the function that stops watching.
 */
export function watchPageTheme(element: Element, onChange: () => void): () => void {
  const tree = element.getRootNode();
  if (typeof MutationObserver === "undefined" || !(tree instanceof Node) || tree === element)
    return () => undefined;
  const observer = new MutationObserver(onChange);
  observer.observe(tree, { attributes: true, attributeFilter: ["data-theme"], subtree: true });
  return () => observer.disconnect();
}
