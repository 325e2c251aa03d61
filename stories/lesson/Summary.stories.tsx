import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Summary } from "../../src";

const meta = {
  title: "Lesson/Summary",
  component: Summary,
  args: {
    children:
      "A derivative is a slope read up close, nested computations multiply their slopes, and the gradient gathers every weight's slope into one arrow whose opposite leads downhill.",
  },
} satisfies Meta<typeof Summary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The lesson in one sentence. */
export const InOneSentence: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("note", { name: "In one sentence" }),
    ).toHaveTextContent(/gradient gathers/);
  },
};

/** On the dark theme. */
export const Dark: Story = { parameters: { theme: "dark" } };
