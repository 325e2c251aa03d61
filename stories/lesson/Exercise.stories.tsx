import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { differentiate, evaluate, texNumber, toTeX } from "../../src/math";
import { Exercise, Tex, formatNumber } from "../../src";

const H = "(2x+1)^3";
const slopeAtOne = evaluate(differentiate(H, "x"), { x: 1 });

const meta = {
  title: "Lesson/Exercise",
  component: Exercise,
  args: {
    number: 2,
    title: "Three layers of the chain rule",
    statement: (
      <p>
        Let <Tex tex="h(x) = (2x + 1)^3" />. Find <Tex tex="h'(x)" />, then its value at{" "}
        <Tex tex="x = 1" />.
      </p>
    ),
    answer: { value: slopeAtOne, label: "h′(1) =" },
    derivation: { expr: H, variable: "x" },
    steps: [
      {
        text: "Put x = 1 into the derivative:",
        tex: `h'(1) = ${texNumber(slopeAtOne)}`,
      },
    ],
    onCheck: fn(),
    onReveal: fn(),
  },
} satisfies Meta<typeof Exercise>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Type the answer and check it; the verdict is announced politely. */
export const CheckingTheAnswer: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole("textbox", { name: "h′(1) =" });
    await userEvent.type(input, "50{Enter}");
    await expect(canvas.getAllByRole("status")[0]).toHaveTextContent(/Not quite/);
    await userEvent.clear(input);
    await userEvent.type(input, String(slopeAtOne));
    await userEvent.click(canvas.getByRole("button", { name: "Check" }));
    await expect(canvas.getAllByRole("status")[0]).toHaveTextContent(
      `Correct: the answer is ${formatNumber(slopeAtOne)}.`,
    );
    await expect(args.onCheck).toHaveBeenLastCalledWith({
      text: String(slopeAtOne),
      value: slopeAtOne,
      correct: true,
    });
  },
};

/** The engine's derivation, one line at a time, then the author's last line. */
export const StepByStep: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const next = canvas.getByRole("button", { name: "Show the next step" });
    await userEvent.click(next);
    await expect(canvas.getAllByRole("listitem")).toHaveLength(1);
    await expect(canvas.getByText("Chain rule")).toBeVisible();
    await expect(next).toHaveFocus();
    await userEvent.click(next);
    await expect(canvas.getAllByRole("listitem")).toHaveLength(2);
    await expect(args.onReveal).toHaveBeenLastCalledWith(2);
  },
};

/** Everything at once, then hidden again. */
export const WholeSolution: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Show the whole solution" }));
    await expect(canvas.getByText(/Put x = 1/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Hide the solution" })).toHaveFocus();
  },
};

/** Authored steps only (numbers still computed), no answer field. */
export const FromTheDefinition: Story = {
  args: {
    number: 1,
    title: "The slope of x² from the definition",
    statement: (
      <p>
        Starting from the difference quotient, show that the slope of <Tex tex="x^2" /> is{" "}
        <Tex tex="2x" />.
      </p>
    ),
    answer: undefined,
    derivation: undefined,
    steps: [
      { text: "Write the difference quotient.", tex: "\\frac{(x+h)^2 - x^2}{h}" },
      {
        text: "Expand the square.",
        tex: "\\frac{x^2 + 2xh + h^2 - x^2}{h} = \\frac{2xh + h^2}{h}",
      },
      { text: "Divide by h (h is not zero).", tex: "2x + h" },
      {
        text: "Let h shrink to 0.",
        tex: `\\lim_{h \\to 0} (2x + h) = ${toTeX(differentiate("x^2", "x"))}`,
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("textbox")).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Show the whole solution" }));
    await expect(canvas.getAllByRole("listitem")).toHaveLength(4);
  },
};

/** On the dark theme, with the whole solution open. */
export const Dark: Story = {
  parameters: { theme: "dark" },
  play: async ({ canvasElement }) => {
    await userEvent.click(
      within(canvasElement).getByRole("button", { name: "Show the whole solution" }),
    );
  },
};
