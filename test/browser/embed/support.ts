// Helpers of the custom-element tests: mount an element, read what its shadow root shows.
import { expect } from "vitest";
import "../../../src/elements";

/** Children of each lesson element for the tests that mount it bare. */
export const LESSON_MARKUP: Record<string, string> = {
  "slopes-exercise": '<p>Give 1.</p><slopes-answer value="1"></slopes-answer>',
  "slopes-quiz":
    "<slopes-question>One?<slopes-option correct>1</slopes-option><slopes-option>2</slopes-option></slopes-question>",
  "slopes-term": "slope",
};

/** Appends `<tag …attributes>` to the body and waits until its widget has drawn its picture. */
export async function mount(
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
  parent: HTMLElement = document.body,
  markup = "",
): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  // The test's own fixed markup (a lesson block's children, as an author writes them).
  element.innerHTML = markup;
  parent.append(element);
  // A widget has drawn its picture; a lesson block has rendered its first part.
  const ready = tag in LESSON_MARKUP ? ".slopes-shadow-root > *" : "svg";
  await expect.poll(() => element.shadowRoot?.querySelector(ready), { timeout: 5000 }).toBeTruthy();
  await settled(element);
  return element;
}

/** Everything the widget shows, as markup, without the author's notes above it. */
export function shown(element: HTMLElement): string {
  const root = element.shadowRoot?.querySelector(".slopes-shadow-root");
  if (!root) return "";
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(".slopes-attribute-notes").forEach((note) => note.remove());
  // React's generated ids (useId) differ between mounts of the same part.
  return copy.innerHTML.replace(/_r_[0-9a-z]+_/g, "_id_");
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Whether KaTeX's rules, which arrive after the first paint, reach the element's formulas
 * (until then they are hidden: src/embed/shadowStyles.ts). */
function formulasStyled(element: HTMLElement): boolean {
  const formula = element.shadowRoot?.querySelector(".katex");
  return !formula || getComputedStyle(formula).visibility !== "hidden";
}

/** Waits until the widget's markup is the same over three frames (effects and layout done) and
 * its formulas, if any, have KaTeX's rules. */
export async function settled(element: HTMLElement): Promise<string> {
  let last = shown(element);
  let same = 0;
  for (let i = 0; i < 120 && (same < 3 || !formulasStyled(element)); i++) {
    await frame();
    const now = shown(element);
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}
