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
afterEach(() => vi.restoreAllMocks());

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
});
