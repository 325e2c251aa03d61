import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Chapter } from "./Chapter";

const meta = {
  title: "Chapter/Derivatives and the chain rule",
  component: Chapter,
  parameters: { layout: "padded" },
} satisfies Meta<typeof Chapter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole chapter 7 in English: three acts, table, glossary, exercises, quiz, summary. */
export const English: Story = {
  args: { lang: "en" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", { level: 1, name: /Derivatives and the chain rule/ }),
    ).toBeInTheDocument();
    await expect(canvas.getAllByRole("heading", { level: 2 })).toHaveLength(7);
    await expect(canvas.getByRole("slider", { name: "Point on the curve" })).toHaveAttribute(
      "aria-valuenow",
      "1",
    );
    await expect(canvas.getAllByRole("button", { name: /^Show the next step$/ })).toHaveLength(4);
    await expect(canvas.getAllByRole("group", { name: /^Question \d of 5/ })).toHaveLength(5);
  },
};

/** Le chapitre entier en français. */
export const French: Story = {
  args: { lang: "fr" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", { level: 1, name: /Dérivées et règle de la chaîne/ }),
    ).toBeInTheDocument();
    await expect(canvas.getByRole("slider", { name: "Point sur la courbe" })).toBeInTheDocument();
    await expect(canvas.getAllByRole("button", { name: /^Voir l'étape suivante$/ })).toHaveLength(
      4,
    );
  },
};
