import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import type { QuizQuestion } from "../../src";
import { Quiz, Tex } from "../../src";

const QUESTIONS: QuizQuestion[] = [
  {
    id: "slope",
    prompt: "Zoomed in on one point of a smooth curve, what does the derivative tell you?",
    options: [
      {
        id: "height",
        label: "How high the curve is there",
        feedback: "That is the value f(x), not how it changes.",
      },
      {
        id: "tilt",
        label: "How steep the curve is there, and in which direction",
        correct: true,
        feedback: "Yes: the slope of the tangent, with its sign.",
      },
      {
        id: "average",
        label: "The average slope over the whole curve",
        feedback: "An average needs two points far apart; the derivative is local.",
      },
    ],
  },
  {
    id: "minimum",
    prompt: (
      <>
        At the bottom of the bowl <Tex tex="y = x^2" />, which statements hold?
      </>
    ),
    options: [
      {
        id: "flat",
        label: "The tangent is horizontal",
        correct: true,
        feedback: "Right: slope 0 is the mark of a minimum.",
      },
      {
        id: "signs",
        label: "Slopes are negative to the left and positive to the right",
        correct: true,
        feedback: "Right: the sign says which way is downhill.",
      },
      {
        id: "steep",
        label: "The curve is at its steepest",
        feedback: "No: it is at its flattest.",
      },
    ],
  },
];

const meta = {
  title: "Lesson/Quiz",
  component: Quiz,
  args: { questions: QUESTIONS, onCheck: fn(), onComplete: fn() },
} satisfies Meta<typeof Quiz>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Answer both questions, the first at the second try; onComplete fires once with the results. */
export const Answering: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const first = within(canvas.getByRole("group", { name: /Question 1/ }));
    await userEvent.click(first.getByRole("radio", { name: "How high the curve is there" }));
    await userEvent.click(first.getByRole("button", { name: "Check" }));
    // A first wrong answer: why it is wrong, and a second try, with the right answer hidden.
    await expect(first.getByRole("status")).toHaveTextContent("Not quite. Try again.");
    await expect(first.getByText(/not how it changes/)).toBeVisible();
    await expect(first.queryByText(/the slope of the tangent, with its sign/)).toBeNull();
    await userEvent.click(first.getByRole("radio", { name: /How steep/ }));
    await userEvent.click(first.getByRole("button", { name: "Check" }));
    await expect(first.getByRole("status")).toHaveTextContent("Correct.");

    const second = within(canvas.getByRole("group", { name: /Question 2/ }));
    await userEvent.click(second.getByRole("checkbox", { name: "The tangent is horizontal" }));
    await userEvent.click(second.getByRole("checkbox", { name: /Slopes are negative/ }));
    await userEvent.click(second.getByRole("button", { name: "Check" }));
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(args.onComplete).toHaveBeenCalledWith([
      { id: "slope", selected: ["tilt"], correct: true },
      { id: "minimum", selected: ["flat", "signs"], correct: true },
    ]);
    await expect(canvas.getByText(/Score: 2 of 2/)).toBeVisible();
  },
};

/** Keyboard only: arrows move between radio buttons, Space ticks checkboxes. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getAllByRole("radio")[0]?.focus();
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("radio", { name: /How steep/ })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await expect(
      within(canvas.getByRole("group", { name: /Question 1/ })).getByRole("status"),
    ).toHaveTextContent("Correct.");
  },
};

/** Two wrong answers: the second shows the right one, with every option's feedback. */
export const SecondTry: Story = {
  play: async ({ canvasElement }) => {
    const first = within(within(canvasElement).getByRole("group", { name: /Question 1/ }));
    await userEvent.click(first.getByRole("radio", { name: "How high the curve is there" }));
    await userEvent.click(first.getByRole("button", { name: "Check" }));
    await expect(first.getByRole("status")).toHaveTextContent("Not quite. Try again.");
    await userEvent.click(first.getByRole("radio", { name: /The average slope/ }));
    await userEvent.click(first.getByRole("button", { name: "Check" }));
    await expect(first.getByRole("status")).toHaveTextContent(/The right answer is now marked/);
    await expect(first.getByText(/the slope of the tangent, with its sign/)).toBeVisible();
  },
};

/** Feedback on the dark theme. */
export const Dark: Story = {
  parameters: { theme: "dark" },
  play: async ({ canvasElement }) => {
    const second = within(within(canvasElement).getByRole("group", { name: /Question 2/ }));
    await userEvent.click(second.getByRole("checkbox", { name: "The curve is at its steepest" }));
    await userEvent.click(second.getByRole("button", { name: "Check" }));
    await expect(second.getByText(/it is at its flattest/)).toBeVisible();
  },
};
