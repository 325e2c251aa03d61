import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render, screen, within } from "@testing-library/react";
import { SecantExplorer, SoundProvider } from "../../src";
import { watchOscillators } from "../support/audio";

let oscillators: OscillatorNode[] = [];
beforeEach(() => {
  oscillators = watchOscillators();
});
afterEach(async () => {
  // Sound is a page preference: leave it off for the next test.
  for (const box of screen.queryAllByRole("checkbox", { name: "Sound while moving" })) {
    if ((box as HTMLInputElement).checked) await userEvent.click(box);
  }
  vi.restoreAllMocks();
});

describe("the secant explorer's sound (#17)", () => {
  it("never starts by itself; Play the curve plays it and says so", async () => {
    render(<SecantExplorer fn="x^2" defaultX={1} lazy={false} showFormulas={false} />);
    const point = screen.getByRole("slider", { name: "Point on the curve" });
    await userEvent.click(point);
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    expect(oscillators).toHaveLength(0);
    await userEvent.click(screen.getByRole("button", { name: "Play the curve" }));
    // One voice and a mark for x = 0 and for the point.
    expect(oscillators.length).toBeGreaterThanOrEqual(3);
    const group = screen.getByRole("group", { name: "Sound" });
    expect(within(group).getByRole("status")).toHaveTextContent(
      "Playing the curve from x = −3 to 3",
    );
  });

  it("P on the point plays the curve too (aria-keyshortcuts)", async () => {
    render(<SecantExplorer fn="x^2" defaultX={1} lazy={false} showFormulas={false} />);
    expect(screen.getByRole("button", { name: "Play the curve" })).toHaveAttribute(
      "aria-keyshortcuts",
      "P",
    );
    await userEvent.click(screen.getByRole("slider", { name: "Point on the curve" }));
    await userEvent.keyboard("p");
    expect(oscillators.length).toBeGreaterThanOrEqual(1);
  });

  it("S on the point or the h slider turns sound on and off, and says so (aria-keyshortcuts)", async () => {
    render(<SecantExplorer fn="x^2" defaultX={1} lazy={false} showFormulas={false} />);
    const box = screen.getByRole("checkbox", { name: "Sound while moving" });
    expect(box).toHaveAttribute("aria-keyshortcuts", "S");
    await userEvent.click(screen.getByRole("slider", { name: "Point on the curve" }));
    await userEvent.keyboard("s");
    expect(box).toBeChecked();
    const group = screen.getByRole("group", { name: "Sound" });
    expect(within(group).getByRole("status")).toHaveTextContent("Sound while moving: on");
    // The point stayed where it was: the key only toggled sound.
    await userEvent.keyboard("{ArrowLeft}");
    expect(oscillators).toHaveLength(2);
    const gap = screen.getAllByRole("slider").find((el) => el instanceof HTMLInputElement);
    (gap as HTMLElement).focus();
    await userEvent.keyboard("S");
    expect(box).not.toBeChecked();
    expect(within(group).getByRole("status")).toHaveTextContent("Sound while moving: off");
    // Elsewhere (the formula field) S is a letter, not a shortcut.
    await userEvent.click(screen.getByRole("textbox"));
    await userEvent.keyboard("s");
    expect(box).not.toBeChecked();
  });

  it("with sound on, moving the point is heard; the choice holds for every explorer of the page", async () => {
    render(
      <>
        <SecantExplorer fn="x^2" defaultX={1} lazy={false} showFormulas={false} />
        <SecantExplorer fn="sin(x)" defaultX={1} lazy={false} showFormulas={false} />
      </>,
    );
    const [first, second] = screen.getAllByRole("checkbox", { name: "Sound while moving" });
    await userEvent.click(first as Element);
    expect(second).toBeChecked();
    const [point] = screen.getAllByRole("slider", { name: "Point on the curve" });
    await userEvent.click(point as Element);
    await userEvent.keyboard("{ArrowLeft}");
    // The curve's voice and the slope's voice.
    expect(oscillators).toHaveLength(2);
    const pitches = oscillators.map((o) => o.frequency.value);
    expect(pitches.every((f) => f >= 0)).toBe(true);
  });

  it("a muted page stays silent", async () => {
    render(
      <SoundProvider muted>
        <SecantExplorer fn="x^2" defaultX={1} lazy={false} showFormulas={false} />
      </SoundProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Play the curve" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Sound while moving" }));
    await userEvent.click(screen.getByRole("slider", { name: "Point on the curve" }));
    await userEvent.keyboard("{ArrowLeft}");
    expect(oscillators).toHaveLength(0);
  });
});
