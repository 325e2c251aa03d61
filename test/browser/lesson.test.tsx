import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { differentiate, evaluate } from "../../src/math";
import {
  DerivativeTable,
  Exercise,
  Glossary,
  Lesson,
  Notice,
  Quiz,
  Section,
  Sources,
  Summary,
  Term,
  Tex,
} from "../../src";
import { QUESTIONS } from "../lesson/fixtures";

const TERMS = {
  derivative: {
    term: "Derivative",
    definition: <p>How fast a function changes at a point: the slope of its tangent there.</p>,
  },
  "chain-rule": {
    term: "Chain rule",
    definition: <p>To differentiate a composition, multiply the local slopes along the chain.</p>,
  },
};

const hPrimeAtOne = evaluate(differentiate("(2x+1)^3", "x"), { x: 1 });

function SmallLesson({ theme, short }: { theme?: "light" | "dark"; short?: boolean }) {
  return (
    <Glossary terms={TERMS}>
      <Lesson title="Derivatives and the chain rule" chapter={7} theme={theme}>
        <Section id="act-1" label="Act 1" title="The derivative is a slope">
          <p>
            Before <Term id="derivative">the derivative</Term> there is a ratio,{" "}
            <Tex tex="\frac{f(x+h) - f(x)}{h}" />, the slope of a secant line through two points of
            the curve, and the <Term id="chain-rule">chain rule</Term> comes later.
          </p>
          <DerivativeTable
            rows={[{ f: "x^n" }, { f: "e^x" }, { f: "ln(x)" }, { f: "sigmoid(x)" }]}
          />
          <Notice
            items={["The secant tips over to the tangent.", "At the bottom the slope is 0."]}
          />
        </Section>
        {!short && (
          <>
            <Section id="act-2" label="Act 2" title="The chain rule">
              <Exercise
                number={2}
                statement={<p>Differentiate h(x) = (2x + 1)³ and give h′(1).</p>}
                answer={{ value: hPrimeAtOne, label: "h′(1) =" }}
                derivation={{ expr: "(2x+1)^3" }}
              />
              <Quiz questions={QUESTIONS} />
            </Section>
            <Summary>Slopes, multiplied along the chain, then stacked into the gradient.</Summary>
            <Sources
              references={[
                { authors: "Spivak", title: "Calculus", year: 2008, details: "4th edition" },
              ]}
            />
          </>
        )}
      </Lesson>
    </Glossary>
  );
}

async function violations(root: Element) {
  const result = await axe.run(root, { resultTypes: ["violations"] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

describe("glossary terms in Chromium", () => {
  it("open with Enter, take focus, close with Escape and give focus back to the term", async () => {
    render(<SmallLesson />);
    const term = screen.getByRole("button", { name: "the derivative" });
    term.focus();
    await userEvent.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog", { name: "Derivative" });
    expect(dialog).toHaveAccessibleDescription(/slope of its tangent/);
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    expect(term).toHaveAttribute("aria-expanded", "true");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(term).toHaveFocus());
  });

  it("open with Space; Tab reaches the close button, which closes and returns focus", async () => {
    render(<SmallLesson />);
    const term = screen.getByRole("button", { name: "chain rule" });
    term.focus();
    await userEvent.keyboard(" ");
    await screen.findByRole("dialog", { name: "Chain rule" });
    await userEvent.tab();
    const close = screen.getByRole("button", { name: "Close the definition of Chain rule" });
    expect(close).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(term).toHaveFocus());
  });

  it("close on a click outside, and open with a tap", async () => {
    render(<SmallLesson />);
    await userEvent.click(screen.getByRole("button", { name: "the derivative" }));
    const dialog = await screen.findByRole("dialog", { name: "Derivative" });
    // Below the term, inside the lesson, without covering it.
    const box = dialog.getBoundingClientRect();
    const termBox = screen.getByRole("button", { name: "the derivative" }).getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(termBox.bottom);
    await userEvent.click(screen.getByRole("heading", { name: /The derivative is a slope/ }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());

    await commands.realTouchDrag(".slopes-term", 0, 0, 1);
    expect(await screen.findByRole("dialog")).toBeVisible();
  });
});

describe("lesson blocks in Chromium", () => {
  it("have no axe violations, light and dark, with a popover and feedback open", async () => {
    for (const theme of ["light", "dark"] as const) {
      const { container, unmount } = render(<SmallLesson theme={theme} />);
      await userEvent.click(screen.getByRole("button", { name: "Show the whole solution" }));
      const quiz = within(screen.getByRole("group", { name: /Question 1/ }));
      await userEvent.click(quiz.getByRole("radio", { name: "The area under the curve" }));
      await userEvent.click(quiz.getByRole("button", { name: "Check" }));
      await userEvent.type(screen.getByRole("textbox", { name: "h′(1) =" }), "50{Enter}");
      await userEvent.click(screen.getByRole("button", { name: "the derivative" }));
      await screen.findByRole("dialog");
      expect(await violations(container), theme).toEqual([]);
      unmount();
    }
  });

  it("keep focus on the step button while the solution unfolds with the keyboard", async () => {
    render(<SmallLesson />);
    const next = screen.getByRole("button", { name: "Show the next step" });
    next.focus();
    const total = 5;
    for (let i = 1; i <= total; i++) {
      await userEvent.keyboard("{Enter}");
      expect(next).toHaveFocus();
    }
    const solution = screen.getByRole("group", { name: "Worked solution" });
    expect(within(solution).getAllByRole("listitem")).toHaveLength(total);
    expect(next).toHaveAttribute("aria-disabled", "true");
    await userEvent.keyboard("{Enter}");
    expect(next).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "Hide the solution" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Show the whole solution" })).toHaveFocus();
  });

  it("answer an exercise and a quiz with the keyboard alone", async () => {
    const onComplete = vi.fn();
    render(
      <>
        <Exercise
          statement="h′(1)?"
          answer={{ value: hPrimeAtOne, label: "h′(1) =" }}
          derivation={{ expr: "(2x+1)^3" }}
        />
        <Quiz questions={QUESTIONS} onComplete={onComplete} />
      </>,
    );
    screen.getByRole("textbox", { name: "h′(1) =" }).focus();
    await userEvent.keyboard("54{Enter}");
    expect(screen.getAllByRole("status")[0]).toHaveTextContent("Correct: the answer is 54.");

    screen.getAllByRole("radio")[0]?.focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: /How steeply/ })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    const first = within(screen.getByRole("group", { name: /Question 1/ }));
    expect(first.getByRole("status")).toHaveTextContent("Correct.");
    await userEvent.tab();
    await userEvent.keyboard(" ");
    await userEvent.tab();
    await userEvent.keyboard(" ");
    expect(screen.getByRole("checkbox", { name: "It points uphill" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "It vanishes at the bottom" })).toBeChecked();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Score: 2 of 2/)).toBeVisible();
  });

  it("wrap inline formulas in a narrow column and scroll long display formulas", () => {
    const long = Array.from({ length: 24 }, (_, i) => `w_{${i}} x_{${i}}`).join(" + ");
    render(
      <div style={{ width: 320 }}>
        <Lesson title="Narrow" contents={false}>
          <p data-testid="text">
            A weighted sum such as <Tex tex={`z = ${long}`} /> is only the start.
          </p>
          <Tex tex={`z = ${long}`} display />
        </Lesson>
      </div>,
    );
    const text = screen.getByTestId("text");
    expect(text.scrollWidth).toBeLessThanOrEqual(320);
    expect(text.getBoundingClientRect().height).toBeGreaterThan(60);
    const display = document.querySelector('.slopes-tex[data-display="true"]') as HTMLElement;
    expect(display.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(display.scrollWidth).toBeGreaterThan(320);
  });
});

/**
 * Where a fieldset's top border is painted: through the middle of its rendered legend (the first
 * legend child, neither floated nor positioned, per the HTML rendering rules for fieldsets), or
 * else along the top of its border box.
 */
function topBorderLine(fieldset: HTMLFieldSetElement): { top: number; bottom: number } {
  const box = fieldset.getBoundingClientRect();
  const width = parseFloat(getComputedStyle(fieldset).borderTopWidth);
  const legend = fieldset.querySelector(":scope > legend");
  const style = legend && getComputedStyle(legend);
  const rendered =
    style !== null &&
    style.float === "none" &&
    style.position !== "absolute" &&
    style.position !== "fixed";
  if (!legend || !rendered) return { top: box.top, bottom: box.top + width };
  const legendBox = legend.getBoundingClientRect();
  const middle = legendBox.top + legendBox.height / 2;
  return { top: middle - width / 2, bottom: middle + width / 2 };
}

/** The boxes of the lines of text inside an element. */
function lineBoxes(element: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(element);
  return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
}

describe("lesson blocks on a 390 px wide phone in Chromium (#12)", () => {
  beforeEach(async () => {
    await page.viewport(390, 844);
  });
  afterEach(async () => {
    await page.viewport(1024, 768);
  });

  it("draw the quiz border clear of a question that wraps onto two lines", () => {
    render(
      <Lesson title="Quiz" contents={false}>
        <Quiz questions={QUESTIONS} />
      </Lesson>,
    );
    const fieldsets = [...document.querySelectorAll<HTMLFieldSetElement>(".slopes-quiz-question")];
    expect(fieldsets).toHaveLength(QUESTIONS.length);
    for (const fieldset of fieldsets) {
      const legend = fieldset.querySelector("legend") as HTMLLegendElement;
      const lines = lineBoxes(legend);
      const bottom = Math.max(...lines.map((r) => r.bottom));
      // The case of the fault: the question takes two lines or more.
      expect(new Set(lines.map((r) => Math.round(r.top))).size).toBeGreaterThanOrEqual(2);
      const border = topBorderLine(fieldset);
      const box = fieldset.getBoundingClientRect();
      const style = getComputedStyle(fieldset);
      const left = box.left + parseFloat(style.borderLeftWidth);
      const right = box.right - parseFloat(style.borderRightWidth);
      for (const line of lines) {
        // Below the top border, between the side borders: no border line crosses the text.
        expect(line.top, legend.textContent ?? "").toBeGreaterThanOrEqual(border.bottom);
        expect(line.left).toBeGreaterThanOrEqual(left);
        expect(line.right).toBeLessThanOrEqual(right);
      }
      // And the hint under the question still starts below it.
      const hint = fieldset.querySelector(".slopes-quiz-hint") as HTMLElement;
      expect(hint.getBoundingClientRect().top).toBeGreaterThanOrEqual(bottom - 0.5);
    }
  });

  it("keep an open Term popover inside the viewport, for a term near either edge", async () => {
    const terms = {
      derivative: {
        term: "Derivative",
        definition: (
          <p>
            How fast a function changes at a point: the slope of its tangent there, the limit of the
            slopes of the secants through that point as the second point closes in.
          </p>
        ),
      },
    };
    const margin = 4;
    // In a lesson, and in any themed root (an explorer's caption, a page wrapped in .slopes).
    for (const Wrapper of [
      ({ children }: { children: ReactNode }) => (
        <Lesson title="Terms" contents={false}>
          {children}
        </Lesson>
      ),
      ({ children }: { children: ReactNode }) => <div className="slopes">{children}</div>,
    ]) {
      const { unmount } = render(
        <Glossary terms={terms}>
          <Wrapper>
            <p>
              <Term id="derivative">derivative</Term> near the left edge.
            </p>
            <p style={{ textAlign: "end" }}>
              Near the right edge, the <Term id="derivative">derivative</Term>
            </p>
          </Wrapper>
        </Glossary>,
      );
      const buttons = screen.getAllByRole("button", { name: "derivative" });
      for (const [index, button] of buttons.entries()) {
        await userEvent.click(button);
        const dialog = await screen.findByRole("dialog", { name: "Derivative" });
        await waitFor(() => {
          const box = dialog.getBoundingClientRect();
          const where = `term ${index}: ${box.left}–${box.right} of ${window.innerWidth}`;
          expect(window.innerWidth, where).toBe(390);
          expect(box.left, where).toBeGreaterThanOrEqual(margin);
          expect(box.right, where).toBeLessThanOrEqual(390 - margin);
        });
        await userEvent.keyboard("{Escape}");
        await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
      }
      unmount();
    }
  });
});
