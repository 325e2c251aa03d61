import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render, screen } from "@testing-library/react";
import { GradientExplorer } from "../../src";
import { watchOscillators } from "../support/audio";

let oscillators: OscillatorNode[] = [];
beforeEach(() => {
  oscillators = watchOscillators();
});
afterEach(async () => {
  const box = screen.queryByRole("checkbox", { name: "Sound while moving" });
  if (box && (box as HTMLInputElement).checked) await userEvent.click(box);
  vi.restoreAllMocks();
});

describe("the gradient explorer's sound (#17)", () => {
  it("is silent until the reader turns it on, then follows the probe and plays each step", async () => {
    render(<GradientExplorer lazy={false} defaultProbe={[2, 1.5]} showFormulas={false} />);
    await userEvent.click(screen.getByRole("button", { name: "Take one step" }));
    const probe = screen
      .getAllByRole("slider")
      .find((s) => /Probe/.test(s.getAttribute("aria-label") ?? ""));
    expect(probe).toBeDefined();
    (probe as HTMLElement).focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(oscillators).toHaveLength(0);

    await userEvent.click(screen.getByRole("checkbox", { name: "Sound while moving" }));
    (probe as HTMLElement).focus();
    await userEvent.keyboard("{ArrowLeft}");
    // The probe's voice.
    expect(oscillators).toHaveLength(1);
    await userEvent.click(screen.getByRole("button", { name: "Take one step" }));
    // The step's glide.
    expect(oscillators).toHaveLength(2);
  });

  it("S on the probe turns sound on, and the next move is heard", async () => {
    render(<GradientExplorer lazy={false} defaultProbe={[2, 1.5]} showFormulas={false} />);
    const probe = screen
      .getAllByRole("slider")
      .find((s) => /Probe/.test(s.getAttribute("aria-label") ?? "")) as HTMLElement;
    probe.focus();
    await userEvent.keyboard("s");
    expect(screen.getByRole("checkbox", { name: "Sound while moving" })).toBeChecked();
    await userEvent.keyboard("{ArrowLeft}");
    expect(oscillators).toHaveLength(1);
  });
});
