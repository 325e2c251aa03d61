import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Glossary, Term } from "../../src";
import { GLOSSARY } from "./glossary";

const meta = {
  title: "Lesson/Term",
  component: Term,
  args: { id: "derivative", children: "derivative" },
  render: (args) => (
    <Glossary terms={GLOSSARY}>
      <p style={{ maxWidth: "36rem" }}>
        Zoom in far enough on a smooth curve and it looks straight; the slope of that straight piece
        is the <Term {...args} />. Between two distinct points we only get the slope of a{" "}
        <Term id="secant">secant</Term>.
      </p>
    </Glossary>
  ),
} satisfies Meta<typeof Term>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Click the underlined word: its definition opens in a small dialog. */
export const Click: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "derivative" }));
    const dialog = await canvas.findByRole("dialog", { name: "Derivative" });
    await expect(dialog).toHaveAccessibleDescription(/slope of the line that just touches/);
    await userEvent.click(
      canvas.getByRole("button", { name: "Close the definition of Derivative" }),
    );
    await waitFor(() => expect(canvas.queryByRole("dialog")).toBeNull());
  },
};

/** Enter opens, Escape closes, and focus goes back to the word in the text. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const term = canvas.getByRole("button", { name: "secant" });
    term.focus();
    await userEvent.keyboard("{Enter}");
    const dialog = await canvas.findByRole("dialog", { name: "Secant" });
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(canvas.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(term).toHaveFocus());
  },
};

/** The same popover on the dark theme. */
export const Dark: Story = {
  parameters: { theme: "dark" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "derivative" }));
    await expect(await canvas.findByRole("dialog")).toBeVisible();
  },
};
