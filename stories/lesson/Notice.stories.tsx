import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Notice } from "../../src";

const meta = {
  title: "Lesson/Notice",
  component: Notice,
  args: {
    items: [
      "Shrink the gap h: the secant slope creeps up on the exact slope, and the difference between them fades to nothing.",
      "Drag the point to the bottom of the bowl: the tangent lies flat there, which is how a minimum shows itself.",
      "Left of the bottom the slope is negative, right of it positive: the sign points the way down.",
    ],
  },
} satisfies Meta<typeof Notice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** "Things to notice" beside a widget: a note with a numbered list. */
export const ThingsToNotice: Story = {
  play: async ({ canvasElement }) => {
    const note = within(canvasElement).getByRole("note", { name: "Things to notice" });
    await expect(within(note).getAllByRole("listitem")).toHaveLength(3);
  },
};

/** Another heading, on the dark theme. */
export const DarkWithTitle: Story = {
  args: { title: "Try this" },
  parameters: { theme: "dark" },
};
