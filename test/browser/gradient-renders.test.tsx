// A move of the gradient explorer re-renders only what moves (#15): the map's plane, its axes,
// the heat map, the contours, the arrow field, the cost field and the formula panel are counted
// while a real mouse drags the probe (and while the learning rate moves), and must not render
// at all until the move rests. Each counted component is the real one, called from a wrapper
// that keeps its memoisation (vi.mock of its module).
import { afterEach, describe, expect, it, vi } from "vitest";
import { commands, userEvent } from "vitest/browser";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { burst, settle, watchMoves } from "./renders";

const renders = vi.hoisted(() => new Map<string, number>());
const count = (name: string) => renders.set(name, (renders.get(name) ?? 0) + 1);

vi.mock(import("../../src/views/PlaneAxes"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    // Counted by the name of their y axis: the map's is w₂; the slices' (which move) are L.
    PlaneAxes: counted(mod.PlaneAxes, (props: { yLabel?: string }) =>
      count(`PlaneAxes ${props.yLabel ?? ""}`),
    ),
  };
});
vi.mock(import("../../src/views/Plane"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    // Counted by title: the slices have planes of their own, which move.
    Plane: counted(mod.Plane, (props: { title?: string }) => count(`Plane ${props.title ?? ""}`)),
  };
});
vi.mock(import("../../src/views/Heatmap"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    Heatmap: counted(mod.Heatmap, () => count("Heatmap")),
  };
});
vi.mock(import("../../src/views/ContourMap"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    ContourMap: counted(mod.ContourMap, () => count("ContourMap")),
  };
});
vi.mock(import("../../src/views/ArrowField"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    ArrowField: counted(mod.ArrowField, () => count("ArrowField")),
  };
});
vi.mock(import("../../src/views/DescentTrail"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    DescentTrail: counted(mod.DescentTrail, () => count("DescentTrail")),
  };
});
vi.mock(import("../../src/explorers/parts/FormulaPanel"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    FormulaPanel: counted(mod.FormulaPanel, () => count("FormulaPanel")),
  };
});
vi.mock(import("../../src/explorers/parts/Readouts"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    Readouts: counted(mod.Readouts, () => count("Readouts")),
  };
});
vi.mock(import("../../src/explorers/parts/ExpressionField"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    ExpressionField: counted(mod.ExpressionField, () => count("ExpressionField")),
  };
});

const { GradientExplorer } = await import("../../src");

const MAIN_PLANE =
  "Plane Contour map of L = w1^2 + 2w2^2 with a probe, the gradient and the descent direction";
const STATIC = [
  MAIN_PLANE,
  "PlaneAxes w₂",
  "Heatmap",
  "ContourMap",
  "ArrowField",
  "ExpressionField",
] as const;

function readout(name: string): string {
  const term = screen.getByText(name, { selector: ".slopes-readout dt" });
  return (term.nextElementSibling?.textContent ?? "").replace(/−/gu, "-");
}

/** The gradient (a, b) said by the probe's value text. */
function spokenGradient(slider: Element): [number, number] {
  const text = (slider.getAttribute("aria-valuetext") ?? "").replace(/−/gu, "-");
  const match = /gradient \((\S+), (\S+)\)/u.exec(text);
  return [Number(match?.[1]), Number(match?.[2])];
}

function checkStatic() {
  for (const name of STATIC) expect(renders.get(name) ?? 0, name).toBe(0);
}

function Explorer() {
  return (
    <main style={{ width: 1280 }}>
      <GradientExplorer
        cost="w1^2 + 2 w2^2"
        defaultProbe={[1, 1]}
        defaultShowHeatmap
        defaultShowField
        defaultShowTrajectory
        lazy={false}
      />
    </main>
  );
}

// A scrollbar that comes and goes (the formulas settling on a loaded machine) would resize the
// picture: that is not a move.
document.documentElement.style.overflowY = "scroll";
afterEach(() => cleanup());

describe("a drag of the gradient explorer's probe", () => {
  it("re-renders the moving parts on every move, and the map and formulas not once until it rests", async () => {
    render(<Explorer />);
    const w1 = screen.getByRole("slider", { name: "Probe, w1" });
    const w2 = screen.getByRole("slider", { name: "Probe, w2" });
    const formulas = screen.getByRole("group", { name: "Formulas" });
    await settle();
    const before = formulas.textContent;
    for (const name of STATIC) expect([...renders.keys()].join("; ")).toContain(name);
    renders.clear();

    const watch = watchMoves();
    await commands.realDrag(".slopes-gradient-map .slopes-handle", -120, 60, {
      steps: 12,
      release: false,
    });
    const rests = watch.rests();
    const p = [Number(w1.getAttribute("aria-valuenow")), Number(w2.getAttribute("aria-valuenow"))];
    expect(p[0]).toBeLessThan(0.7);
    expect(p[1]).toBeLessThan(0.7);
    // What moves followed every move: readouts, the spoken value text, the path, the slices.
    expect(renders.get("Readouts") ?? 0).toBeGreaterThanOrEqual(10);
    expect(renders.get("DescentTrail") ?? 0).toBeGreaterThanOrEqual(10);
    const slices = [...renders].filter(([name]) => name.startsWith("Plane Slice along"));
    expect(slices.reduce((sum, [, n]) => sum + n, 0)).toBeGreaterThanOrEqual(20);
    expect(Number(readout("∂L/∂w₁"))).toBeCloseTo(2 * p[0]!, 2);
    expect(Number(readout("∂L/∂w₂"))).toBeCloseTo(4 * p[1]!, 2);
    const [g1, g2] = spokenGradient(w1);
    expect(g1).toBeCloseTo(2 * p[0]!, 2);
    expect(g2).toBeCloseTo(4 * p[1]!, 2);
    // What stays still was not rendered once during the drag; the formulas at most once a rest.
    checkStatic();
    expect(renders.get("FormulaPanel") ?? 0).toBeLessThanOrEqual(
      Math.min(rests, watch.moves() - 1),
    );
    renders.clear();

    // Once the drag rests, the formulas catch up at the new probe; nothing static renders.
    await commands.realMouseUp();
    await waitFor(() => expect(formulas.textContent).not.toBe(before));
    expect(renders.get("FormulaPanel") ?? 0).toBeLessThanOrEqual(2);
    checkStatic();
  });

  it("a burst of moves renders the readouts once per move and the formula panel not once, then once when it rests", async () => {
    render(<Explorer />);
    const w1 = screen.getByRole("slider", { name: "Probe, w1" });
    const formulas = screen.getByRole("group", { name: "Formulas" });
    await settle();
    const shown = formulas.textContent;
    renders.clear();
    const handle = document.querySelector(".slopes-gradient-map .slopes-handle")!;
    const release = burst(handle, [-90, 0], 15);
    expect(Number(w1.getAttribute("aria-valuenow"))).toBeLessThan(0.6);
    expect(renders.get("Readouts") ?? 0).toBe(15);
    expect(renders.get("DescentTrail") ?? 0).toBe(15);
    checkStatic();
    expect(renders.get("FormulaPanel") ?? 0).toBe(0);
    expect(formulas.textContent).toBe(shown);
    release();
    await waitFor(() => expect(formulas.textContent).not.toBe(shown));
    expect(renders.get("FormulaPanel") ?? 0).toBeGreaterThan(0);
    expect(renders.get("FormulaPanel") ?? 0).toBeLessThanOrEqual(2);
    checkStatic();
  });

  it("moving the learning rate re-renders the path and the stepper, not the map; the step formula follows at rest", async () => {
    render(<Explorer />);
    const rate = screen.getByRole("slider", { name: "Learning rate η" });
    const formulas = screen.getByRole("group", { name: "Formulas" });
    await settle();
    const shown = formulas.textContent;
    const status = document.querySelector(".slopes-gradient-status")?.textContent;
    renders.clear();
    rate.focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(rate.getAttribute("aria-valuetext")).not.toBe("η = 0.1");
    expect(renders.get("DescentTrail") ?? 0).toBeGreaterThanOrEqual(3);
    await waitFor(() => expect(formulas.textContent).not.toBe(shown));
    expect(document.querySelector(".slopes-gradient-status")?.textContent).not.toBe(status);
    checkStatic();
  });
});
