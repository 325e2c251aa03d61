import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { Chapter } from "../stories/chapter/Chapter";

/** The exercise whose heading starts with "Exercise n" (or "Exercice n"). */
function exercise(word: string, n: number): HTMLElement {
  return screen.getByRole("region", { name: new RegExp(`^${word} ${n}\\b`) });
}

function answer(region: HTMLElement, label: RegExp, check: RegExp, value: string): string {
  fireEvent.change(within(region).getByRole("textbox", { name: label }), {
    target: { value },
  });
  fireEvent.click(within(region).getByRole("button", { name: check }));
  return region.querySelector(".slopes-exercise-feedback")?.textContent ?? "";
}

describe("the chapter page's exercises", () => {
  it("accept the chapter's answers, each in its own exercise, and refuse a wrong one", () => {
    render(<Chapter lang="en" />);
    // The answers the chapter states: f′(3) = 6, h′(1) = 54, ∂L/∂w = −0.5, ∂L/∂w2 = 4.
    const expected = ["6", "54", "-0.5", "4"];
    expected.forEach((value, index) => {
      const region = exercise("Exercise", index + 1);
      expect(answer(region, /Your answer/, /^Check$/, value)).toMatch(/^Correct/);
    });
    expect(answer(exercise("Exercise", 2), /Your answer/, /^Check$/, "24")).toMatch(/^Not quite/);
  });

  it("shows the worked solution of exercise 2 down to h′(1) = 54, in French too", () => {
    for (const [lang, word, show] of [
      ["en", "Exercise", /^Show the whole solution$/],
      ["fr", "Exercice", /^Voir toute la solution$/],
    ] as const) {
      const { unmount } = render(<Chapter lang={lang} />);
      const region = exercise(word, 2);
      fireEvent.click(within(region).getByRole("button", { name: show }));
      const annotations = [...region.querySelectorAll("annotation")].map((a) => a.textContent);
      expect(annotations.at(-1)).toBe("h'(1) = 54");
      unmount();
    }
  });
});
