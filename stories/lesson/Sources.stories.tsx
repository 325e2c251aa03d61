import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Sources } from "../../src";

const meta = {
  title: "Lesson/Sources",
  component: Sources,
  args: {
    references: [
      {
        authors: "Goodfellow, Bengio & Courville",
        title: "Deep Learning",
        year: 2016,
        details: "ch. 6 and §6.5",
      },
      { authors: "Spivak", title: "Calculus", year: 2008, details: "4th ed." },
      {
        authors: "Nielsen",
        title: "Neural Networks and Deep Learning",
        year: 2015,
        details: "ch. 2",
        url: "http://neuralnetworksanddeeplearning.com/chap2.html",
      },
    ],
  },
} satisfies Meta<typeof Sources>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The works the chapter leans on. */
export const Chapter: Story = {
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole("list", { name: "Sources" });
    await expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    await expect(within(list).getByRole("link")).toHaveTextContent(
      "Neural Networks and Deep Learning",
    );
  },
};
