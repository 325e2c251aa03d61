import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { render, screen } from "@testing-library/react";
import { userEvent } from "vitest/browser";
import { DerivativeTable, Exercise, Glossary, Lesson, Quiz, SecantExplorer, Term } from "../../src";
import { QUESTIONS } from "../lesson/fixtures";
import "../../src/theme/styles.css";
import { cutOffSideways, smallTargets } from "../support/phone";

afterEach(async () => {
  await page.viewport(1024, 768);
});

describe("on a phone, 390 × 844 (#12)", () => {
  it("the secant explorer: 44 px targets, 200 px sliders, nothing cut off sideways", async () => {
    await page.viewport(390, 844);
    const { container } = render(
      <SecantExplorer
        fn="(x^3 - 3x)*sin(x)/(1 + x^2)*cos(x) + e^(-x^2/2)*sqrt(1 + x^2)"
        defaultX={1}
        lazy={false}
      />,
    );
    await document.fonts.ready;
    expect(smallTargets(container), "controls under 44 × 44 px").toEqual([]);
    const sliders = [...container.querySelectorAll("input[type=range]")];
    expect(sliders.length).toBeGreaterThan(0);
    for (const slider of sliders) {
      expect(slider.getBoundingClientRect().width, "slider width").toBeGreaterThanOrEqual(200);
    }
    expect(document.documentElement.scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(
      390,
    );
    expect(cutOffSideways(container, 390), "cut off sideways without a scroll cue").toEqual([]);
  });

  it("the secant picture stays in view while the reader uses what is under it", async () => {
    await page.viewport(390, 844);
    render(
      <main>
        <p style={{ height: 600 }}>Text before the explorer.</p>
        <SecantExplorer fn="x^2" defaultX={1} lazy={false} />
        <p style={{ height: 1200 }}>Text after the explorer.</p>
      </main>,
    );
    // The reader scrolls down to the zoom, the last thing under the picture, and moves h.
    const zoom = document.querySelector(".slopes-zoom") as HTMLElement;
    zoom.scrollIntoView({ block: "end" });
    await userEvent.click(screen.getByRole("radio", { name: "Central (x − h, x + h)" }));
    const picture = (
      document.querySelector(".slopes-explorer-figure svg") as Element
    ).getBoundingClientRect();
    expect(zoom.getBoundingClientRect().bottom).toBeLessThanOrEqual(844.5);
    expect(picture.top, "the picture's top is on screen").toBeGreaterThanOrEqual(0);
    expect(picture.bottom, "the picture is above the zoom").toBeLessThanOrEqual(
      zoom.getBoundingClientRect().top,
    );
  });

  it("the lesson blocks: exercise, quiz, term and derivative table, opened up", async () => {
    await page.viewport(390, 844);
    const { container } = render(
      <Lesson title="Phone">
        <Glossary
          terms={{
            derivative: {
              term: "Derivative",
              definition: "The slope of the tangent: the limit of the secant slopes as h → 0.",
            },
          }}
        >
          <p>
            The <Term id="derivative">derivative</Term> of a function.
          </p>
          <Exercise
            number={1}
            title="Chain rule"
            statement={<p>Differentiate (2x + 1)^3 at x = 1.</p>}
            answer={{ value: 54, label: "h′(1) =" }}
            derivation={{ expr: "(2x+1)^3", variable: "x" }}
          />
          <Quiz questions={QUESTIONS} />
          <DerivativeTable
            rows={[{ f: "x^n" }, { f: "e^x" }, { f: "sin(x)*cos(x)^2/(1 + x^2)" }]}
          />
        </Glossary>
      </Lesson>,
    );
    await document.fonts.ready;
    // Open what a reader opens: the term's popover, the worked solution.
    await userEvent.click(container.querySelector(".slopes-term") as Element);
    for (const button of [...container.querySelectorAll("button")].filter((b) =>
      /solution|hint/i.test(b.textContent ?? ""),
    )) {
      await userEvent.click(button);
    }
    const targets = smallTargets(document.body);
    expect(targets, "controls under 44 × 44 px").toEqual([]);
    expect(document.documentElement.scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(
      390,
    );
    expect(cutOffSideways(document.body, 390), "cut off sideways without a scroll cue").toEqual([]);
  });
});
