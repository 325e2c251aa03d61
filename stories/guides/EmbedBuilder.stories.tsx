import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { EmbedBuilder } from "./EmbedBuilder";

const meta = {
  title: "Guides/Embed-code builder",
  component: EmbedBuilder,
  args: { defaultBase: "https://example.org/slopes/pages/" },
  parameters: { layout: "padded" },
} satisfies Meta<typeof EmbedBuilder>;

export default meta;
type Story = StoryObj<typeof meta>;

const codeOf = (canvas: HTMLElement, title: RegExp) =>
  within(canvas).getByRole("region", { name: title }).querySelector("code")?.textContent ?? "";

/** Set the secant up with the keyboard and a switch: the three codes say that state. */
export const Secant: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(codeOf(canvasElement, /^iframe/)).toContain(
      'src="https://example.org/slopes/pages/secant.html"',
    );
    const point = canvas.getByRole("slider", { name: "Point on the curve" });
    await userEvent.click(point);
    await userEvent.keyboard("{Home}");
    await userEvent.click(canvas.getByRole("checkbox", { name: /show-zoom/ }));
    await waitFor(() =>
      expect(codeOf(canvasElement, /^iframe/)).toContain("secant.html?x=-3&amp;show-zoom=false"),
    );
    await expect(codeOf(canvasElement, /^Custom element/)).toBe(
      '<slopes-secant x="-3" show-zoom="false"></slopes-secant>',
    );
    // The element carries every switch of the page: no note that one is missing.
    await expect(canvas.queryByText(/has no attribute for/)).toBeNull();
    await expect(codeOf(canvasElement, /^React/)).toContain(
      "<SecantExplorer defaultX={-3} showZoom={false} />",
    );
  },
};

/** The gradient in French with its heat map on. */
export const GradientInFrench: Story = {
  args: { defaultWidget: "gradient" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: /^lang/ }), "fr");
    await userEvent.click(await canvas.findByRole("checkbox", { name: "Carte thermique" }));
    await waitFor(() =>
      expect(codeOf(canvasElement, /^iframe/)).toContain(
        "gradient.html?show-heatmap=true&amp;lang=fr",
      ),
    );
    await expect(codeOf(canvasElement, /^Custom element/)).toBe(
      '<slopes-gradient show-heatmap="true" lang="fr"></slopes-gradient>',
    );
    await expect(codeOf(canvasElement, /^React/)).toContain('<LocaleProvider locale="fr">');
    await expect(codeOf(canvasElement, /^React/)).toContain("defaultShowHeatmap={true}");
  },
};

/** Switching to the chain rule starts from its defaults; the theme is the author's. */
export const ChainRule: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("radio", { name: "Chain rule" }));
    await userEvent.click(await canvas.findByRole("radio", { name: "Neuron" }));
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: /^theme/ }), "dark");
    await waitFor(() =>
      expect(codeOf(canvasElement, /^React/)).toContain(
        '<ChainRuleExplorer defaultMode="neuron" theme="dark" />',
      ),
    );
    await expect(codeOf(canvasElement, /^Custom element/)).toBe(
      '<slopes-chain-rule mode="neuron" theme="dark"></slopes-chain-rule>',
    );
    await expect(codeOf(canvasElement, /^iframe/)).toContain(
      "chain-rule.html?mode=neuron&amp;theme=dark",
    );
  },
};
