import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { Chapter } from "./Chapter";

const meta = {
  title: "Chapter/Derivatives and the chain rule",
  component: Chapter,
  parameters: { layout: "padded" },
} satisfies Meta<typeof Chapter>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The point slider of act 1, as a reader reaches it: explorers mount when they come near the
 * viewport, so scroll down to them until it is there (French text is longer than English).
 */
async function act1Slider(canvasElement: HTMLElement, name: string): Promise<HTMLElement> {
  const canvas = within(canvasElement);
  for (const placeholder of canvasElement.querySelectorAll(".slopes-placeholder")) {
    if (canvas.queryByRole("slider", { name })) break;
    placeholder.scrollIntoView();
    // The frame stays; it stops being a placeholder once its content has mounted.
    await waitFor(() => expect(placeholder).not.toHaveClass("slopes-placeholder"), {
      timeout: 5000,
    });
  }
  return canvas.findByRole("slider", { name }, { timeout: 5000 });
}

/** The whole chapter 7 in English: three acts, table, glossary, exercises, quiz, summary. */
export const English: Story = {
  args: { lang: "en" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", { level: 1, name: /Derivatives and the chain rule/ }),
    ).toBeInTheDocument();
    await expect(canvas.getAllByRole("heading", { level: 2 })).toHaveLength(7);
    await expect(await act1Slider(canvasElement, "Point on the curve")).toHaveAttribute(
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
    await expect(await act1Slider(canvasElement, "Point sur la courbe")).toHaveAttribute(
      "aria-valuenow",
      "1",
    );
    await expect(canvas.getAllByRole("button", { name: /^Voir l'étape suivante$/ })).toHaveLength(
      4,
    );
  },
};
