import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render, screen, within } from "@testing-library/react";
import { ChainRuleExplorer } from "../../src";

let frequencies: number[] = [];
beforeEach(() => {
  frequencies = [];
  const original = AudioParam.prototype.setTargetAtTime;
  // Every pitch the backward pass asks for (the voice's frequency targets, in order).
  vi.spyOn(AudioParam.prototype, "setTargetAtTime").mockImplementation(function (
    this: AudioParam,
    value: number,
    start: number,
    constant: number,
  ) {
    if (this.maxValue > 1000 && value > 0) frequencies.push(value);
    return original.call(this, value, start, constant);
  });
});
afterEach(async () => {
  // Sound is a page preference: leave it off for the next test.
  const box = screen.queryByRole("checkbox", { name: "Sound while moving" });
  if (box && (box as HTMLInputElement).checked) await userEvent.click(box);
  vi.restoreAllMocks();
});

describe("the chain-rule explorer's sound (#17)", () => {
  it("plays the backward pass of a saturated neuron as a collapsing pitch, and says so", async () => {
    render(
      <ChainRuleExplorer
        lazy={false}
        defaultMode="neuron"
        defaultInputs={{ x: 2, w: 6, b: 1, y: 1 }}
        showFormulas={false}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Hear the backward pass" }));
    expect(frequencies.length).toBeGreaterThanOrEqual(3);
    // The product collapses at the sigmoid: the last tone is far lower than the first.
    expect(frequencies[frequencies.length - 1]).toBeLessThan((frequencies[0] as number) / 2);
    const group = screen.getByRole("group", { name: "Sound" });
    expect(within(group).getByRole("status")).toHaveTextContent(/Playing the backward pass/);
  });

  it("with sound on, each step of the backward pass plays the tone of its adjoint", async () => {
    render(
      <ChainRuleExplorer
        lazy={false}
        defaultMode="neuron"
        defaultInputs={{ x: 2, w: 6, b: 1, y: 0 }}
        showFormulas={false}
        animation="step"
      />,
    );
    const next = screen.getByRole("button", { name: "Next step" });
    // Sound off: stepping is silent.
    await userEvent.click(next);
    expect(frequencies).toEqual([]);
    await userEvent.click(screen.getByRole("checkbox", { name: "Sound while moving" }));
    const heard: number[] = [];
    for (let i = 0; i < 3; i++) {
      frequencies = [];
      await userEvent.click(next);
      expect(frequencies.length, `step ${i + 2}`).toBeGreaterThanOrEqual(1);
      heard.push(frequencies[0] as number);
    }
    // ∂L/∂a = 2(a − y) ≈ 2, then the adjoint collapses through the saturated sigmoid (its slope
    // is about 2 × 10⁻⁶): a later step sounds far below the first one heard.
    expect(Math.min(...heard)).toBeLessThan((heard[0] as number) / 2);
    // Moving an input while a step is shown does not replay it.
    frequencies = [];
    const slider = screen.getAllByRole("slider")[0] as HTMLElement;
    slider.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(frequencies).toEqual([]);
  });

  it("S on an input's slider turns sound on and off (the keys work in every explorer)", async () => {
    render(<ChainRuleExplorer lazy={false} showFormulas={false} />);
    const box = screen.getByRole("checkbox", { name: "Sound while moving" });
    expect(box).not.toBeChecked();
    (screen.getAllByRole("slider")[0] as HTMLElement).focus();
    await userEvent.keyboard("s");
    expect(box).toBeChecked();
    await userEvent.keyboard("s");
    expect(box).not.toBeChecked();
  });
});
