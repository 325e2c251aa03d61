import { describe, expect, it, vi } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { render, screen } from "@testing-library/react";
import axe from "axe-core";
import type { Vec2 } from "../../src";
import { GradientExplorer } from "../../src";

async function violations(root: Element) {
  const result = await axe.run(root, { resultTypes: ["violations"] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

function readout(name: string): string {
  const term = screen.getByText(name, { selector: ".slopes-readout dt" });
  return term.nextElementSibling?.textContent ?? "";
}

describe("GradientExplorer in Chromium", () => {
  it("shows the chapter's numbers at (1, 1) and has no axe violations, light and dark", async () => {
    const { container, unmount } = render(
      <main style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[1, 1]} theme="light" defaultShowTrajectory />
      </main>,
    );
    expect(readout("Gradient ∇L")).toBe("(2, 4)");
    expect(readout("Descent direction −∇L")).toBe("(−2, −4)");
    expect(readout("Steepness |∇L|")).toBe("√20 ≈ 4.472");
    expect(await violations(container)).toEqual([]);
    unmount();
    const dark = render(
      <main style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[0, 0]} theme="dark" defaultShowHeatmap defaultShowField />
      </main>,
    );
    expect(document.querySelector(".slopes-gradient-notice")).toBeVisible();
    expect(await violations(dark.container)).toEqual([]);
  });

  it("moves the probe with the keyboard along both axes", async () => {
    const onProbeChange = vi.fn();
    render(
      <div style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[1, 1]} onProbeChange={onProbeChange} />
      </div>,
    );
    const w1 = screen.getByRole("slider", { name: "Probe, w1" });
    const w2 = screen.getByRole("slider", { name: "Probe, w2" });
    w1.focus();
    await userEvent.keyboard("{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}");
    expect(w1).toHaveAttribute("aria-valuenow", "0");
    await userEvent.tab();
    expect(w2).toHaveFocus();
    await userEvent.keyboard("{Shift>}{ArrowDown}{ArrowDown}{/Shift}");
    expect(w2).toHaveAttribute("aria-valuenow", "0");
    expect(onProbeChange).toHaveBeenLastCalledWith([0, 0]);
    expect(w2.getAttribute("aria-valuetext")).toBe(
      "w1 = 0, w2 = 0: L = 0, gradient (0, 0), steepness 0",
    );
    expect(document.querySelector(".slopes-gradient-notice")?.textContent).toMatch(
      /^Both partial slopes are zero/,
    );
  });

  it("follows a real mouse drag of the probe; the arrows follow", async () => {
    const onChangeEnd = vi.fn();
    render(
      <div style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[1, 1]} onChangeEnd={onChangeEnd} />
      </div>,
    );
    const before = document.querySelector(".slopes-gradient-ascent line")?.getAttribute("x2");
    await commands.realDrag(".slopes-gradient-map .slopes-handle", -40, 30, { steps: 8 });
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
    const end = onChangeEnd.mock.calls[0]?.[0] as { probe: Vec2; partials: Vec2 };
    expect(end.probe[0]).toBeLessThan(1);
    expect(end.probe[1]).toBeLessThan(1);
    expect(end.partials[0]).toBeCloseTo(2 * end.probe[0], 9);
    expect(end.partials[1]).toBeCloseTo(4 * end.probe[1], 9);
    expect(document.querySelector(".slopes-gradient-ascent line")?.getAttribute("x2")).not.toBe(
      before,
    );
  });

  it("draws gradient and descent arrows that differ by more than colour", () => {
    render(
      <div style={{ width: 960 }}>
        <GradientExplorer defaultProbe={[1, 1]} />
      </div>,
    );
    const up = screen.getByRole("img", { name: /Gradient ∇L = \(2, 4\), pointing uphill/ });
    const down = screen.getByRole("img", { name: /Descent direction −∇L = \(−2, −4\)/ });
    const dash = (g: Element) =>
      getComputedStyle(g.querySelector("line") as Element).strokeDasharray;
    const head = (g: Element) => getComputedStyle(g.querySelector("polygon") as Element).fill;
    expect(dash(up)).toBe("none");
    expect(dash(down)).not.toBe("none");
    expect(head(up)).not.toBe(head(down));
    expect(up.textContent).toBe("∇L");
    expect(down.textContent).toBe("−∇L");
  });

  it("screenshot of the explorer at (1, 1) with the descent path (reports/screenshots/gradient.png)", async () => {
    await page.viewport(1024, 1300);
    render(
      <div style={{ width: 980, padding: 8, background: "white" }} data-testid="scene">
        <GradientExplorer defaultProbe={[1, 1]} defaultShowTrajectory theme="light" />
      </div>,
    );
    await document.fonts.ready;
    await page
      .getByTestId("scene")
      .screenshot({ path: "../../reports/screenshots/gradient.png", save: true });
  });

  it("screenshot of a steep valley in the dark (reports/screenshots/gradient-dark.png)", async () => {
    await page.viewport(1024, 1300);
    render(
      <div style={{ width: 980 }} data-testid="scene">
        <GradientExplorer
          cost="w1^2 + 10 w2^2"
          defaultProbe={[-2.5, 1.2]}
          defaultLearningRate={0.09}
          defaultShowTrajectory
          defaultShowHeatmap
          defaultShowField
          theme="dark"
        />
      </div>,
    );
    await document.fonts.ready;
    await page
      .getByTestId("scene")
      .screenshot({ path: "../../reports/screenshots/gradient-dark.png", save: true });
  });
});
