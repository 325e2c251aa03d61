import "../../support/keepKatexUnloaded";
// A custom element's formulas go from their plain-text placeholder to KaTeX's typesetting in one
// step: KaTeX's rules for the shadow roots arrive with KaTeX's code, so no frame shows a formula
// typeset but unstyled (hidden at an unstyled size) in between. This file runs in a page of its
// own, where nothing has loaded KaTeX before the element asks for it.
import { expect, it } from "vitest";
import "../../../src/elements";
import { loadedKatex } from "../../../src/views/katexEngine";

interface Sample {
  katex: boolean;
  styled: boolean;
  boxes: string;
}

function sample(element: HTMLElement): Sample {
  const root = element.shadowRoot!;
  const formulas = [...root.querySelectorAll(".slopes-formula > .slopes-tex")];
  const katex = root.querySelector(".katex");
  return {
    katex: katex !== null,
    styled: katex !== null && getComputedStyle(katex).visibility === "visible",
    boxes: formulas
      .map((formula) => {
        const box = formula.getBoundingClientRect();
        return `${box.y.toFixed(1)}:${box.height.toFixed(1)}`;
      })
      .join(" "),
  };
}

it("typesets each formula of <slopes-secant> in one step, styled, in the box its placeholder held", async () => {
  expect(loadedKatex()).toBeNull();
  const element = document.createElement("slopes-secant");
  element.setAttribute("fn", "x^2");
  element.setAttribute("x", "1");
  document.body.append(element);
  const samples: Sample[] = [];
  for (let i = 0; i < 600; i++) {
    await new Promise((done) => requestAnimationFrame(done));
    const now = sample(element);
    if (now.boxes !== "") samples.push(now);
    if (now.styled) break;
  }
  const placeholders = samples.filter((s) => !s.katex);
  const typeset = samples.filter((s) => s.katex);
  expect(placeholders.length, "frames with plain-text formulas").toBeGreaterThan(0);
  expect(typeset.length, "KaTeX arrived").toBeGreaterThan(0);
  // No frame with KaTeX's markup but without its rules.
  expect(typeset.filter((s) => !s.styled)).toEqual([]);
  // The placeholders held the typeset formulas' boxes.
  expect(typeset.at(-1)!.boxes).toBe(placeholders.at(-1)!.boxes);
  element.remove();
});
