import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ChainRuleExplorer, GradientExplorer, SecantExplorer, SoundProvider } from "../../src";

/**
 * The explorers heard (issue #17): each one's sound controls, with a play function that drives
 * them as a keyboard reader would. Turn your speakers on and press the buttons, or put focus on
 * a handle and press S (sound while moving) or P (play the curve). Sound never starts by itself.
 */
const meta = {
  title: "Explorers/Sound",
  parameters: { layout: "padded" },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sound group of the widget in `canvas`, and its status line. */
function soundGroup(canvas: HTMLElement) {
  const group = within(canvas).getByRole("group", { name: "Sound" });
  return {
    toggle: within(group).getByRole("checkbox", { name: "Sound while moving" }),
    status: within(group).getByRole("status"),
  };
}

/** Sound is a page preference: leave it off for whatever story comes next. */
async function turnOff(canvas: HTMLElement) {
  const { toggle } = soundGroup(canvas);
  if ((toggle as HTMLInputElement).checked) await userEvent.click(toggle);
}

/**
 * x² heard: "Play the curve" sweeps the window, the pitch falling to the bottom of the bowl and
 * rising again, with clicks at x = 0 and at the point; P on the point does the same.
 */
export const HearTheCurve: Story = {
  render: () => <SecantExplorer fn="x^2" defaultX={1} lazy={false} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Play the curve" }));
    await expect(soundGroup(canvasElement).status).toHaveTextContent(
      "Playing the curve from x = −3 to 3",
    );
  },
};

/**
 * With sound on (S on the point), moving the point is heard: the curve's pitch and, quieter, the
 * slope's, above the middle while the curve rises and below it while it falls.
 */
export const SoundWhileMoving: Story = {
  render: () => <SecantExplorer fn="x^2" defaultX={1} lazy={false} />,
  play: async ({ canvasElement }) => {
    const point = within(canvasElement).getByRole("slider", { name: "Point on the curve" });
    point.focus();
    await userEvent.keyboard("s");
    const { toggle, status } = soundGroup(canvasElement);
    await expect(toggle).toBeChecked();
    await expect(status).toHaveTextContent("Sound while moving: on");
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}");
    await turnOff(canvasElement);
  },
};

/**
 * A saturated neuron's backward pass heard: one tone per step, its pitch following the size of
 * the product so far; the product collapses at the sigmoid, and so does the pitch.
 */
export const HearTheBackwardPass: Story = {
  render: () => (
    <ChainRuleExplorer
      defaultMode="neuron"
      defaultInputs={{ x: 2, w: 6, b: 1, y: 0 }}
      lazy={false}
    />
  ),
  play: async ({ canvasElement }) => {
    await userEvent.click(
      within(canvasElement).getByRole("button", { name: "Hear the backward pass" }),
    );
    await waitFor(() =>
      expect(soundGroup(canvasElement).status).toHaveTextContent(/Playing the backward pass/),
    );
  },
};

/**
 * The gradient's probe heard: with sound on, its pitch follows the cost and its loudness the
 * steepness; "Take one step" plays the drop in cost as a falling glide.
 */
export const HearTheProbe: Story = {
  render: () => <GradientExplorer defaultProbe={[2, 1.5]} lazy={false} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(soundGroup(canvasElement).toggle);
    await expect(soundGroup(canvasElement).toggle).toBeChecked();
    await userEvent.click(canvas.getByRole("button", { name: "Take one step" }));
    await turnOff(canvasElement);
  },
};

/** Inside `<SoundProvider muted>` every widget stays silent, whatever its switch says. */
export const MutedPage: Story = {
  render: () => (
    <SoundProvider muted>
      <SecantExplorer fn="x^2" defaultX={1} lazy={false} />
    </SoundProvider>
  ),
};
