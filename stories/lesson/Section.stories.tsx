import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Notice, Section } from "../../src";

const meta = {
  title: "Lesson/Section",
  component: Section,
  args: {
    id: "act-3",
    label: "Act 3",
    title: "Many weights, one compass",
    children: (
      <>
        <p>
          With two weights the cost is a landscape. Hold one weight still and walk along the other:
          the slope you feel is a partial derivative.
        </p>
        <Notice items={["Each axis has its own slope.", "Together they make the gradient."]} />
      </>
    ),
  },
} satisfies Meta<typeof Section>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An act of a lesson: a region named by its heading, with an anchor for the contents. */
export const Act: Story = {
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole("region", {
      name: "Act 3 Many weights, one compass",
    });
    await expect(region).toHaveAttribute("id", "act-3");
    await expect(within(region).getByRole("heading", { name: "Things to notice" }).tagName).toBe(
      "H3",
    );
  },
};
