import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { LocaleProvider } from "../../src";
import { Quiz } from "../../src/lesson/Quiz";
import { QUESTIONS } from "./fixtures";

function question(name: RegExp) {
  return within(screen.getByRole("group", { name }));
}

describe("Quiz", () => {
  it("offers radio buttons for one answer and checkboxes for several, in named fieldsets", () => {
    render(<Quiz questions={QUESTIONS} />);
    expect(screen.getByRole("region", { name: "Quiz" })).toBeInTheDocument();
    const first = question(/Question 1 of 2 What does the derivative/);
    expect(first.getAllByRole("radio")).toHaveLength(3);
    expect(first.queryAllByRole("checkbox")).toHaveLength(0);
    const second = question(/Question 2 of 2/);
    expect(second.getAllByRole("checkbox")).toHaveLength(3);
    expect(screen.getByRole("group", { name: /Question 2/ })).toHaveAccessibleDescription(
      "Choose every answer that applies.",
    );
  });

  it("asks for a choice before checking", () => {
    render(<Quiz questions={QUESTIONS} />);
    const first = question(/Question 1/);
    fireEvent.click(first.getByRole("button", { name: "Check" }));
    expect(first.getByRole("status")).toHaveTextContent("Choose an answer first.");
    expect(screen.getByText(/0 of 2 questions checked/)).toBeInTheDocument();
  });

  it("gives feedback for each option once checked, and a score", () => {
    const onCheck = vi.fn();
    render(<Quiz questions={QUESTIONS} onCheck={onCheck} />);
    const first = question(/Question 1/);
    expect(first.queryByText("That is f(x) itself.")).toBeNull();
    fireEvent.click(first.getByRole("radio", { name: "The value of the function there" }));
    fireEvent.click(first.getByRole("button", { name: "Check" }));
    expect(first.getByRole("status")).toHaveTextContent("Not quite. Try again.");
    // A second wrong answer shows the right one and every option's feedback.
    fireEvent.click(first.getByRole("radio", { name: "The area under the curve" }));
    fireEvent.click(first.getByRole("button", { name: "Check" }));
    expect(first.getByRole("status")).toHaveTextContent(/^Not quite\. The right answer/);
    expect(
      first.getByRole("radio", { name: "The area under the curve" }),
    ).toHaveAccessibleDescription("Wrong answer: That is an integral.");
    expect(
      first.getByRole("radio", { name: "How steeply the function rises or falls there" }),
    ).toHaveAccessibleDescription("The right answer: Yes: the slope of the tangent.");
    expect(first.getByText("That is f(x) itself.")).toBeInTheDocument();
    expect(screen.getByText(/Score: 0 of 2 · 1 of 2 questions checked/)).toBeInTheDocument();
    expect(onCheck).toHaveBeenLastCalledWith({
      id: "derivative",
      selected: ["area"],
      correct: false,
    });

    // A new choice hides the old feedback until the next check.
    fireEvent.click(first.getByRole("radio", { name: /How steeply/ }));
    expect(first.queryByText("That is an integral.")).toBeNull();
    expect(first.getByRole("status")).toHaveTextContent("");
    fireEvent.click(first.getByRole("button", { name: "Check" }));
    expect(first.getByRole("status")).toHaveTextContent("Correct.");
    expect(screen.getByText(/Score: 1 of 2 · 1 of 2 questions checked/)).toBeInTheDocument();
  });

  it("gives a second try after a first wrong answer, without revealing the right one (#12)", () => {
    const onCheck = vi.fn();
    render(<Quiz questions={QUESTIONS} onCheck={onCheck} />);
    const first = question(/Question 1/);
    fireEvent.click(first.getByRole("radio", { name: "The value of the function there" }));
    fireEvent.click(first.getByRole("button", { name: "Check" }));
    expect(first.getByRole("status")).toHaveTextContent(/^Not quite\. Try again\.$/);
    // Why the chosen answer is wrong, and nothing that gives the right one away.
    expect(
      first.getByRole("radio", { name: "The value of the function there" }),
    ).toHaveAccessibleDescription("Wrong answer: That is f(x) itself.");
    expect(first.getByRole("radio", { name: /How steeply/ })).not.toHaveAccessibleDescription();
    expect(first.queryByText(/The right answer/)).toBeNull();
    expect(first.queryByText("Yes: the slope of the tangent.")).toBeNull();
    expect(first.queryByText("That is an integral.")).toBeNull();
    expect(onCheck).toHaveBeenLastCalledWith({
      id: "derivative",
      selected: ["value"],
      correct: false,
    });
    // Still open: not counted as checked until it is right or the answer is shown.
    expect(screen.getByText(/Score: 0 of 2 · 0 of 2 questions checked/)).toBeInTheDocument();
    // Checking the same choice again is not a second try.
    fireEvent.click(first.getByRole("button", { name: "Check" }));
    expect(first.queryByText("Yes: the slope of the tangent.")).toBeNull();

    // The second wrong answer reveals the right one, with every explanation.
    fireEvent.click(first.getByRole("radio", { name: "The area under the curve" }));
    expect(first.getByRole("status")).toHaveTextContent("");
    fireEvent.click(first.getByRole("button", { name: "Check" }));
    expect(first.getByRole("status")).toHaveTextContent(
      "Not quite. The right answer is now marked: read the feedback under each option.",
    );
    expect(first.getByRole("radio", { name: /How steeply/ })).toHaveAccessibleDescription(
      "The right answer: Yes: the slope of the tangent.",
    );
    expect(
      first.getByRole("radio", { name: "The area under the curve" }),
    ).toHaveAccessibleDescription("Wrong answer: That is an integral.");
    expect(screen.getByText(/Score: 0 of 2 · 1 of 2 questions checked/)).toBeInTheDocument();
  });

  it("does not reveal the missed answers of a several-answer question on the first try", () => {
    render(<Quiz questions={QUESTIONS} />);
    const second = question(/Question 2/);
    fireEvent.click(second.getByRole("checkbox", { name: "It points uphill" }));
    fireEvent.click(second.getByRole("button", { name: "Check" }));
    expect(second.getByRole("status")).toHaveTextContent("Not quite. Try again.");
    expect(second.getByRole("checkbox", { name: "It points uphill" })).toHaveAccessibleDescription(
      "Right answer: Steepest ascent.",
    );
    expect(
      second.getByRole("checkbox", { name: "It vanishes at the bottom" }),
    ).not.toHaveAccessibleDescription();
    expect(second.queryByText(/Also a right answer/)).toBeNull();
  });

  it("says try again, then shows the answer, in French", () => {
    render(
      <LocaleProvider locale="fr">
        <Quiz questions={QUESTIONS} />
      </LocaleProvider>,
    );
    const first = within(screen.getByRole("group", { name: /Question 1 sur 2/ }));
    fireEvent.click(first.getByRole("radio", { name: "The value of the function there" }));
    fireEvent.click(first.getByRole("button", { name: "Vérifier" }));
    expect(first.getByRole("status")).toHaveTextContent(/^Pas tout à fait\. Essayez encore\.$/);
    expect(first.queryByText(/La bonne réponse/)).toBeNull();
    fireEvent.click(first.getByRole("radio", { name: "The area under the curve" }));
    fireEvent.click(first.getByRole("button", { name: "Vérifier" }));
    expect(first.getByRole("status")).toHaveTextContent(/^Pas tout à fait\. La bonne réponse/);
    expect(first.getByRole("radio", { name: /How steeply/ })).toHaveAccessibleDescription(
      /^La bonne réponse\s: Yes: the slope of the tangent\.$/,
    );
    // French typography: a no-break space before the colon (#12).
    const feedback = [...document.querySelectorAll(".slopes-quiz-feedback")].map(
      (p) => p.textContent,
    );
    expect(feedback).toContain("✓ La bonne réponse\u00a0: Yes: the slope of the tangent.");
  });

  it("grades several answers: all the right ones and none of the wrong ones", () => {
    render(<Quiz questions={QUESTIONS} />);
    const second = question(/Question 2/);
    fireEvent.click(second.getByRole("checkbox", { name: "It points uphill" }));
    fireEvent.click(second.getByRole("button", { name: "Check" }));
    expect(second.getByRole("status")).toHaveTextContent("Not quite. Try again.");
    // The second wrong choice shows the answers it missed.
    fireEvent.click(second.getByRole("checkbox", { name: "It points downhill" }));
    fireEvent.click(second.getByRole("button", { name: "Check" }));
    expect(second.getByRole("status")).toHaveTextContent(/^Not quite\. The right answer/);
    expect(
      second.getByRole("checkbox", { name: "It vanishes at the bottom" }),
    ).toHaveAccessibleDescription("Also a right answer: Flat there.");
    fireEvent.click(second.getByRole("checkbox", { name: "It points downhill" }));
    fireEvent.click(second.getByRole("checkbox", { name: "It vanishes at the bottom" }));
    fireEvent.click(second.getByRole("button", { name: "Check" }));
    expect(second.getByRole("status")).toHaveTextContent("Correct.");
    fireEvent.click(second.getByRole("checkbox", { name: "It points downhill" }));
    fireEvent.click(second.getByRole("button", { name: "Check" }));
    expect(second.getByRole("status")).toHaveTextContent("Not quite.");
  });

  it("calls onComplete once, when every question has been checked, with the results", () => {
    const onComplete = vi.fn();
    render(<Quiz questions={QUESTIONS} onComplete={onComplete} />);
    const first = question(/Question 1/);
    const second = question(/Question 2/);
    fireEvent.click(first.getByRole("radio", { name: /How steeply/ }));
    fireEvent.click(first.getByRole("button", { name: "Check" }));
    expect(onComplete).not.toHaveBeenCalled();
    fireEvent.click(second.getByRole("checkbox", { name: "It points uphill" }));
    fireEvent.click(second.getByRole("checkbox", { name: "It vanishes at the bottom" }));
    fireEvent.click(second.getByRole("button", { name: "Check" }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith([
      { id: "derivative", selected: ["slope"], correct: true },
      { id: "gradient", selected: ["uphill", "zero"], correct: true },
    ]);
    expect(second.getByRole("status")).toHaveTextContent(
      "Correct. Quiz complete: 2 of 2 questions right.",
    );
    expect(screen.getByText(/Score: 2 of 2 · 2 of 2 questions checked/)).toBeInTheDocument();
    fireEvent.click(first.getByRole("button", { name: "Check" }));
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
