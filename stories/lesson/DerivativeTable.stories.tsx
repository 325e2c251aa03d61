import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { DerivativeTable, Tex } from "../../src";

const meta = {
  title: "Lesson/DerivativeTable",
  component: DerivativeTable,
  args: {
    caption: "Derivatives we use all course long",
    rows: [
      { f: "x^n" },
      { f: "e^x", note: "the exponential is its own slope" },
      { f: "ln(x)", note: "for x > 0" },
      {
        f: "sigmoid(x)",
        note: (
          <>
            with <Tex tex="\sigma(x) = \frac{1}{1 + e^{-x}}" />: its slope is written with its own
            value
          </>
        ),
      },
    ],
  },
} satisfies Meta<typeof DerivativeTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The table of the chapter; the f′ column is worked out by the engine. */
export const Chapter: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table", {
      name: "Derivatives we use all course long",
    });
    const annotations = [...table.querySelectorAll("tbody tr td:nth-child(2) annotation")].map(
      (a) => a.textContent,
    );
    await expect(annotations).toEqual([
      "n x^{n - 1}",
      "e^{x}",
      "\\frac{1}{x}",
      "\\sigma(x) (1 - \\sigma(x))",
    ]);
  },
};

/** Any formula the engine reads; a typo shows its message in its own row. */
export const WithATypo: Story = {
  args: {
    caption: "Polynomials, products and a typo",
    rows: [{ f: "3x^2 - 2x + 1" }, { f: "x sin(x)" }, { f: "x^^2" }, { f: "sqrt(1 + x^2)" }],
  },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText(/Cannot differentiate this formula/),
    ).toBeVisible();
  },
};
