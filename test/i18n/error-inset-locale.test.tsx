import { describe, expect, it } from "vitest";
import { render } from "@testing-library/react";
import { ErrorInset, LocaleProvider } from "../../src";

const ERRORS = [
  { h: 1, error: 0.5 },
  { h: 1e-4, error: 1e-8 },
  { h: 1e-10, error: 1e-6 },
];

/** Every text of a subtree a reader sees or hears: text nodes, titles, labels, descriptions. */
function everyText(root: Element): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.textContent?.trim()) texts.push(node.textContent);
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const name of ["aria-label", "aria-description", "aria-valuetext", "title", "alt"]) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return texts;
}

describe("ErrorInset and the language (#12)", () => {
  it("is French everywhere under a French locale: title, axis labels, description", () => {
    const { container } = render(
      <LocaleProvider locale="fr">
        <ErrorInset errors={ERRORS} h={1e-4} />
      </LocaleProvider>,
    );
    const texts = everyText(container);
    expect(texts.filter((text) => /error/i.test(text))).toEqual([]);
    const axisLabels = [...container.querySelectorAll(".slopes-axis-label")].map(
      (label) => label.textContent,
    );
    expect(axisLabels).toEqual(["h", "erreur"]);
    expect(container.querySelector("svg")?.getAttribute("aria-label")).toBe(
      "Erreur de la pente de la sécante selon h (log–log)",
    );
    expect(container.querySelector("desc")?.textContent).toMatch(/^Quand h diminue, l'erreur/);
    expect(container.querySelector("figcaption")?.textContent).toMatch(/^Erreur de la pente/);
  });

  it("stays English by default", () => {
    const { container } = render(<ErrorInset errors={ERRORS} h={1e-4} />);
    const axisLabels = [...container.querySelectorAll(".slopes-axis-label")].map(
      (label) => label.textContent,
    );
    expect(axisLabels).toEqual(["h", "error"]);
    expect(container.querySelector("figcaption")?.textContent).toMatch(/^Error of the secant/);
  });
});
