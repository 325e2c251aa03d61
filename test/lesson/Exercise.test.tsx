import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { derivationSteps, differentiate, evaluate, toTeX } from "../../src/math";
import { LocaleProvider } from "../../src/hooks/useLocale";
import { Exercise } from "../../src/lesson/Exercise";
import { readAnswer } from "../../src/lesson/answer";
import { displayTexOf } from "./helpers";

/** Exercise 2 of the chapter: h(x) = (2x + 1)³, h′(1) computed by the engine. */
const H = "(2x+1)^3";
const hPrime = differentiate(H, "x");
const hPrimeAtOne = evaluate(hPrime, { x: 1 });

function ExerciseTwo(props: { onCheck?: () => void; tolerance?: number }) {
  return (
    <Exercise
      number={2}
      title="A chain of three"
      statement={<p>Differentiate h(x) = (2x + 1)³, then give h′(1).</p>}
      answer={{ value: hPrimeAtOne, tolerance: props.tolerance, label: "h′(1) =" }}
      derivation={{ expr: H, variable: "x" }}
      steps={[{ text: "At x = 1:", tex: `h'(1) = ${hPrimeAtOne}` }]}
      onCheck={props.onCheck}
    />
  );
}

function answer(text: string) {
  fireEvent.change(screen.getByRole("textbox", { name: "h′(1) =" }), { target: { value: text } });
  fireEvent.click(screen.getByRole("button", { name: "Check" }));
}

describe("readAnswer", () => {
  it.each([
    ["54", 54],
    [" 54 ", 54],
    ["0,5", 0.5],
    ["−0.25", -0.25],
    ["-1/2", -0.5],
    ["6*9", 54],
    ["1e3", 1000],
    ["", undefined],
    ["x + 1", undefined],
    ["abc", undefined],
    ["1/0", undefined],
  ])("reads %j as %j", (text, value) => {
    expect(readAnswer(text)).toBe(value);
  });
});

describe("Exercise", () => {
  it("is a region named by its number and title", () => {
    render(<ExerciseTwo />);
    expect(screen.getByRole("region", { name: "Exercise 2 · A chain of three" })).toBeVisible();
    expect(hPrimeAtOne).toBe(54);
  });

  it("accepts the engine's answer within the tolerance and says so politely", () => {
    const onCheck = vi.fn();
    render(<ExerciseTwo onCheck={onCheck} tolerance={0.01} />);
    const status = screen.getAllByRole("status")[0] as HTMLElement;
    answer("54.004");
    expect(status).toHaveTextContent("Correct: the answer is 54.");
    expect(onCheck).toHaveBeenLastCalledWith({ text: "54.004", value: 54.004, correct: true });
    answer("54.02");
    expect(status).toHaveTextContent("Not quite: 54.02 is not the answer.");
    expect(screen.getByRole("textbox")).toHaveAttribute("aria-invalid", "true");
    expect(onCheck).toHaveBeenLastCalledWith({ text: "54.02", value: 54.02, correct: false });
  });

  it("uses a tight tolerance by default, and explains text that is not a number", () => {
    render(<ExerciseTwo />);
    const status = screen.getAllByRole("status")[0] as HTMLElement;
    answer("54.01");
    expect(status).toHaveTextContent(/Not quite/);
    answer("6*9");
    expect(status).toHaveTextContent("Correct");
    answer("fifty-four");
    expect(status).toHaveTextContent("Type a number");
  });

  it("reveals the engine's derivation one step at a time, then the authored steps", () => {
    render(<ExerciseTwo />);
    const engine = derivationSteps(H, "x");
    const total = engine.length + 1;
    const next = screen.getByRole("button", { name: "Show the next step" });
    const list = () => screen.queryAllByRole("listitem");
    expect(list()).toHaveLength(0);

    fireEvent.click(next);
    expect(list()).toHaveLength(1);
    expect(displayTexOf(list()[0])).toBe(engine[0]?.tex);
    expect(list()[0]).toHaveTextContent("Chain rule");
    const announcer = screen.getAllByRole("status")[1] as HTMLElement;
    expect(announcer).toHaveTextContent(`Step 1 of ${total}. Chain rule.`);

    for (let i = 1; i < total; i++) fireEvent.click(next);
    expect(list()).toHaveLength(total);
    expect(next).toHaveAttribute("aria-disabled", "true");
    // The last engine line ends with the engine's own derivative.
    expect(displayTexOf(list()[engine.length - 1])).toMatch(
      new RegExp(`= ${escape(toTeX(hPrime))}$`),
    );
    expect(displayTexOf(list()[total - 1])).toBe("h'(1) = 54");
    expect(announcer).toHaveTextContent(`Step ${total} of ${total}. At x = 1:`);
    fireEvent.click(next);
    expect(list()).toHaveLength(total);
  });

  it("shows the whole solution at once and hides it again with the same button", () => {
    render(<ExerciseTwo />);
    const all = screen.getByRole("button", { name: "Show the whole solution" });
    fireEvent.click(all);
    expect(screen.getAllByRole("listitem").length).toBeGreaterThan(3);
    expect(all).toHaveAccessibleName("Hide the solution");
    expect(screen.getAllByRole("status")[1]).toHaveTextContent(/^All \d+ steps are shown\.$/);
    fireEvent.click(all);
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
    expect(all).toHaveAccessibleName("Show the whole solution");
    expect(screen.getAllByRole("status")[1]).toHaveTextContent("The solution is hidden.");
  });

  it("indents the engine's sub-derivations and names the chain rule's outer and inner parts", () => {
    render(<ExerciseTwo />);
    fireEvent.click(screen.getByRole("button", { name: "Show the whole solution" }));
    const items = screen.getAllByRole("listitem");
    const depths = derivationSteps(H, "x").map((s) => String(s.depth));
    expect(
      items.slice(0, depths.length).map((li) => li.style.getPropertyValue("--slopes-step-depth")),
    ).toEqual(depths);
    const first = within(items[0] as HTMLElement);
    expect(first.getByText(/outer/)).toBeInTheDocument();
    expect(first.getByText(/inner/)).toBeInTheDocument();
  });

  it("works with authored steps only and no answer field", () => {
    render(
      <Exercise
        title="From the definition"
        statement={<p>Find the derivative of x² from the limit.</p>}
        steps={[{ text: "Expand the square." }, { tex: "\\frac{(x+h)^2 - x^2}{h} = 2x + h" }]}
      />,
    );
    expect(screen.queryByRole("textbox")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Show the next step" }));
    expect(screen.getByRole("listitem")).toHaveTextContent("Expand the square.");
    expect(screen.getAllByRole("status")[0]).toHaveTextContent("Step 1 of 2. Expand the square.");
  });

  it("refuses a derivation too long to explain with the engine's budget message (#18)", () => {
    // The case: an Exercise worked out a 199-deep sqrt for 42 s while rendering.
    const deep = "sqrt(".repeat(199) + "x" + ")".repeat(199);
    const product = Array.from({ length: 40 }, (_, i) => `(x+${i + 1})`).join("");
    for (const expr of [deep, product]) {
      const { unmount } = render(<Exercise title="Big" statement="?" derivation={{ expr }} />);
      expect(screen.getByRole("alert")).toHaveTextContent(/too (deeply|long|large)/);
      unmount();
    }
  });

  it("says the refusal in the lesson's language", () => {
    const product = Array.from({ length: 40 }, (_, i) => `(x+${i + 1})`).join("");
    render(
      <LocaleProvider locale="fr">
        <Exercise title="Grand" statement="?" derivation={{ expr: product }} />
      </LocaleProvider>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      /^Impossible de mener cette dérivation : Cette dérivation est trop longue pour être détaillée ici \(plus de 50 000 opérations\)$/,
    );
  });

  it("shows a derivation that does not parse as a message instead of crashing", () => {
    render(<Exercise title="Broken" statement="?" derivation={{ expr: "(2x+1" }} />);
    expect(screen.getByRole("alert")).toHaveTextContent(/Cannot work out this derivation:/);
    expect(screen.queryByRole("button", { name: "Show the next step" })).toBeNull();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
