// Lesson blocks written by hand in HTML (the markup of the Embedding guide) become working
// blocks: the answer is checked, the solution revealed, the quiz graded with its feedback, the
// term's popover opens inside the shadow root; lang="fr" gives French words and numbers.
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import lesson from "./fixtures/lesson.html?raw";
import "../../../src/elements";

/** The author's page: their markup, parsed by the browser as it would be from a file. */
function page(lang = "en"): HTMLElement {
  const main = document.createElement("main");
  main.lang = lang;
  main.innerHTML = lesson;
  document.body.append(main);
  return main;
}

function shadow(main: HTMLElement, selector: string): ShadowRoot {
  const root = main.querySelector(selector)?.shadowRoot;
  if (!root) throw new Error(`no shadow root on ${selector}`);
  return root;
}

const text = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? "");

function button(root: ParentNode, name: RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll("button")].find((b) => name.test(b.textContent ?? ""));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

afterEach(() => document.body.replaceChildren());

/** A block's code is a chunk fetched when the first such element connects (compiled by the dev
 * server the first time it is asked for): the first look waits that long. */
const FIRST_LOAD = { timeout: 15_000 };

describe("<slopes-exercise> from hand-written markup", () => {
  it("shows the statement, checks the answer the engine computed, reveals the solution", async () => {
    const root = shadow(page(), "slopes-exercise");
    await expect
      .poll(() => text(root, ".slopes-block-title")[0], FIRST_LOAD)
      .toBe("Exercise 2 · A chain of three");
    expect(root.querySelector(".slopes-exercise-statement em")?.textContent).toBe(
      "h(x) = (2x + 1)³",
    );
    const field = root.querySelector("input")!;
    expect(root.querySelector(`label[for="${field.id}"]`)?.textContent).toBe("h′(1) =");
    await userEvent.fill(field, "50");
    await userEvent.click(button(root, /^Check$/));
    await expect.poll(() => root.textContent).toMatch(/Not quite: 50 is not the answer/);
    await userEvent.fill(field, "54");
    await userEvent.click(button(root, /^Check$/));
    await expect.poll(() => root.textContent).toMatch(/Correct: the answer is 54\./);
    // The engine's derivation, then the author's own line.
    await userEvent.click(button(root, /Show the next step/));
    await expect
      .poll(() => root.querySelectorAll(".slopes-exercise-step:not([hidden])").length)
      .toBe(1);
    await userEvent.click(button(root, /Show the whole solution/));
    await expect.poll(() => root.textContent).toMatch(/At x = 1:/);
    expect(root.querySelectorAll(".slopes-exercise-step:not([hidden])").length).toBeGreaterThan(2);
  });

  it("in French: words, and 54,0 read with a decimal comma", async () => {
    const root = shadow(page("fr"), "slopes-exercise");
    await expect
      .poll(() => text(root, ".slopes-block-title")[0], FIRST_LOAD)
      .toBe("Exercice 2 · A chain of three");
    await userEvent.fill(root.querySelector("input")!, "54,0");
    await userEvent.click(button(root, /^Vérifier$/));
    await expect.poll(() => root.textContent).toMatch(/Exact : la réponse est 54\./);
  });

  it("follows its markup when the author's page changes it", async () => {
    const main = page();
    const root = shadow(main, "slopes-exercise");
    await expect.poll(() => root.querySelector("input")).toBeTruthy();
    main.querySelector("slopes-answer")!.setAttribute("at", "0");
    await userEvent.fill(root.querySelector("input")!, "6");
    await userEvent.click(button(root, /^Check$/));
    await expect.poll(() => root.textContent).toMatch(/Correct: the answer is 6\./);
  });
});

describe("<slopes-quiz> from hand-written markup", () => {
  it("grades a question, gives a second try, then marks the right answer with feedback", async () => {
    const root = shadow(page(), "slopes-quiz");
    await expect.poll(() => root.querySelectorAll("fieldset").length).toBe(2);
    const [first, second] = [...root.querySelectorAll("fieldset")];
    expect(first!.querySelector("legend")?.textContent).toMatch(/What is the derivative of x²\?/);
    expect(text(first!, ".slopes-quiz-hint")).toEqual(["Choose one answer."]);
    expect(text(second!, ".slopes-quiz-hint")).toEqual(["Choose every answer that applies."]);
    const option = (set: Element, label: string) =>
      [...set.querySelectorAll("label")].find((l) => l.textContent?.includes(label))!;
    await userEvent.click(option(first!, "x³/3"));
    await userEvent.click(button(first!, /^Check$/));
    await expect.poll(() => first!.textContent).toMatch(/Not quite\. Try again\./);
    await userEvent.click(option(first!, "x²"));
    await userEvent.click(button(first!, /^Check$/));
    await expect.poll(() => first!.textContent).toMatch(/The right answer is now marked/);
    expect(first!.textContent).toMatch(/Bring the power down and lower it by one\./);
    await userEvent.click(option(second!, "f′(2)"));
    await userEvent.click(option(second!, "the tangent's slope"));
    await userEvent.click(button(second!, /^Check$/));
    await expect.poll(() => second!.textContent).toMatch(/Correct\./);
    expect(root.querySelector(".slopes-quiz-score")?.textContent).toMatch(/^Score: 1 of 2/);
  });

  it("in French", async () => {
    const root = shadow(page("fr"), "slopes-quiz");
    await expect.poll(() => text(root, ".slopes-quiz-hint")[0]).toBe("Choisissez une réponse.");
  });
});

describe("<slopes-term> from hand-written markup", () => {
  it("opens its definition in a popover inside its shadow root, and closes on Escape", async () => {
    const main = page();
    const term = main.querySelectorAll("slopes-term")[1]!;
    const root = term.shadowRoot!;
    await expect
      .poll(() => root.querySelector("button.slopes-term")?.textContent?.trim())
      .toBe("chain rule");
    await userEvent.click(root.querySelector("button.slopes-term")!);
    await expect.poll(() => root.querySelector("[role='dialog']")).toBeTruthy();
    expect(document.querySelector("body > [role='dialog'], [data-floating-ui-portal]")).toBeNull();
    const popover = root.querySelector<HTMLElement>("[role='dialog']")!;
    expect(popover.textContent).toMatch(
      /The derivative of f\(g\(x\)\) is f′\(g\(x\)\) · g′\(x\)\./,
    );
    const box = popover.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(100);
    expect(box.top).toBeGreaterThanOrEqual(term.getBoundingClientRect().bottom - 1);
    await userEvent.keyboard("{Escape}");
    await expect.poll(() => root.querySelector("[role='dialog']")).toBeNull();
    expect(root.activeElement).toBe(root.querySelector("button.slopes-term"));
  });

  it("takes its heading from the term attribute", async () => {
    const root = page().querySelector("slopes-term")!.shadowRoot!;
    await expect.poll(() => root.querySelector("button.slopes-term")).toBeTruthy();
    await userEvent.click(root.querySelector("button.slopes-term")!);
    await expect
      .poll(() => root.querySelector(".slopes-term-popover-title")?.textContent)
      .toBe("Derivative");
  });
});
