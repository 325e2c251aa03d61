import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Tex } from "../../src";

const meta = {
  title: "Primitives/Tex",
  component: Tex,
  args: { tex: "f'(x) = \\lim_{h \\to 0} \\frac{f(x+h) - f(x)}{h}", display: true },
} satisfies Meta<typeof Tex>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A display formula, with MathML underneath for screen readers. */
export const Display: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("math")).not.toBeNull();
    await expect(canvasElement.querySelector(".katex-display")).not.toBeNull();
  },
};

/** Inline in a sentence. */
export const Inline: Story = {
  args: { tex: "\\sigma'(x) = \\sigma(x)\\,(1 - \\sigma(x))", display: false },
  render: (args) => (
    <p>
      The sigmoid&apos;s slope is written with its own value: <Tex {...args} />.
    </p>
  ),
};

/** Malformed TeX shows KaTeX's error text instead of crashing the page. */
export const Malformed: Story = {
  args: { tex: "\\frac{1}{", display: false },
  play: async ({ canvasElement }) => {
    const error = canvasElement.querySelector(".katex-error");
    await expect(error).not.toBeNull();
    await expect(within(canvasElement).getByText("\\frac{1}{")).toBeInTheDocument();
  },
};

/** Links are not trusted: `\href` renders as inert text. */
export const Untrusted: Story = {
  args: { tex: "\\href{javascript:alert(1)}{click}", display: false },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("a")).toBeNull();
  },
};
