// A move of the secant explorer re-renders only what moves (#15): the plane, its grid and axes,
// the curve, the explorer's body and the formula panel are counted while a real mouse drags the
// point, and must not render at all until the drag rests. Each counted component is the real
// one, called from a wrapper that keeps its memoisation (vi.mock of its module).
import { afterEach, describe, expect, it, vi } from "vitest";
import { commands } from "vitest/browser";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { burst, watchMoves } from "./renders";

const renders = vi.hoisted(() => new Map<string, number>());
const count = (name: string) => renders.set(name, (renders.get(name) ?? 0) + 1);

vi.mock(import("../../src/views/PlaneAxes"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    // Counted by the name of their x axis (the error inset has axes of its own, "h"); the
    // zoom's plane, which moves, draws none and is not counted.
    PlaneAxes: counted(mod.PlaneAxes, (props: { xLabel?: string; axes?: boolean }) => {
      if (props.axes !== false) count(`PlaneAxes ${props.xLabel ?? "x"}`);
    }),
  };
});
vi.mock(import("../../src/views/Curve"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    Curve: counted(mod.Curve, (props: { className?: string }) =>
      count(`Curve ${props.className ?? ""}`),
    ),
  };
});
vi.mock(import("../../src/views/Plane"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    // Counted by title: the zoom has a plane of its own, which moves.
    Plane: counted(mod.Plane, (props: { title?: string }) => count(`Plane ${props.title ?? ""}`)),
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

const { SecantExplorer } = await import("../../src");

function readout(term: string): string {
  const panel = screen.getByRole("group", { name: "Readouts" });
  return within(panel).getByText(term).parentElement?.querySelector("dd")?.textContent ?? "";
}

/** The static parts, with the formula panel left to {@link checkFormulas}. */
function checkStatic() {
  for (const name of STATIC) {
    if (name !== "FormulaPanel") expect(renders.get(name) ?? 0, name).toBe(0);
  }
}

/**
 * The formula panel renders only when the drag rests (at most twice per rest: its content, then
 * its own settle hook), not per move.
 */
function checkFormulas(rests: number, moves: number) {
  const formulas = renders.get("FormulaPanel") ?? 0;
  expect(formulas).toBeLessThanOrEqual(Math.min(2 * rests, moves - 1));
}

const MAIN_PLANE = "Plane Graph of f(x) = x^2 with a secant and a tangent";
const STATIC = [
  MAIN_PLANE,
  "PlaneAxes x",
  "Curve slopes-secant-curve",
  "FormulaPanel",
  "ExpressionField",
] as const;

// A scrollbar that comes and goes (the formulas settling on a loaded machine) would resize the
// picture: that is not a move.
document.documentElement.style.overflowY = "scroll";
afterEach(() => cleanup());

describe("a drag of the secant explorer's point", () => {
  it("re-renders the moving parts on every move, and the static ones not once until it rests", async () => {
    render(
      <main style={{ width: 1280 }}>
        <SecantExplorer fn="x^2" defaultX={1} defaultH={0.5} lazy={false} />
      </main>,
    );
    const point = screen.getByRole("slider", { name: "Point on the curve" });
    const formulas = screen.getByRole("group", { name: "Formulas" });
    const quotientBefore = formulas.textContent;
    // Let the first renders and the settle timers of the mount pass.
    await new Promise((done) => setTimeout(done, 400));
    for (const name of STATIC) expect([...renders.keys()].join("; ")).toContain(name);
    renders.clear();

    const before = Number(point.getAttribute("aria-valuenow"));
    const watch = watchMoves();
    await commands.realDrag(".slopes-point-handle", -120, 0, {
      steps: 12,
      release: false,
    });
    const rests = watch.rests();
    const x = Number(point.getAttribute("aria-valuenow"));
    expect(x).toBeLessThan(before - 0.3);
    // What moves followed every move: the readouts, the spoken value text, the moving lines.
    expect(renders.get("Readouts") ?? 0).toBeGreaterThanOrEqual(10);
    expect(renders.get("Curve slopes-tangent") ?? 0).toBeGreaterThanOrEqual(10);
    expect(Number(readout("Exact slope f′(x)").replace("−", "-"))).toBeCloseTo(2 * x, 5);
    const spoken = point.getAttribute("aria-valuetext") ?? "";
    const slope = /slope of the tangent (\S+),/.exec(spoken)?.[1] ?? "";
    expect(Number(slope.replace("−", "-"))).toBeCloseTo(2 * x, 4);
    // What stays still was not rendered once during the drag.
    checkStatic();
    checkFormulas(rests, watch.moves());
    renders.clear();

    // Once the drag rests, the formulas catch up (one render of the panel), nothing else static.
    await commands.realMouseUp();
    await waitFor(() => expect(formulas.textContent).not.toBe(quotientBefore));
    // A few renders once the gesture ends (onChangeEnd re-renders the explorer once), and one
    // when the formulas settle: not one per move.
    expect(renders.get("FormulaPanel") ?? 0).toBeLessThanOrEqual(3);
    for (const name of [MAIN_PLANE, "PlaneAxes x", "Curve slopes-secant-curve"])
      expect(renders.get(name) ?? 0, name).toBe(0);
  });

  it("moving h re-renders the slider and the picture's moving layer, not the plane or the formulas", async () => {
    render(
      <main style={{ width: 1280 }}>
        <SecantExplorer fn="x^2" defaultX={1} defaultH={0.5} lazy={false} />
      </main>,
    );
    await new Promise((done) => setTimeout(done, 400));
    renders.clear();
    const watch = watchMoves();
    await commands.realDrag(".slopes-secant-handle", -40, 0, {
      steps: 12,
      release: false,
    });
    const rests = watch.rests();
    const h = screen.getByRole("slider", { name: "Gap h" });
    expect(h.getAttribute("aria-valuetext")).not.toBe("h = 0.5");
    expect(renders.get("Readouts") ?? 0).toBeGreaterThanOrEqual(8);
    checkStatic();
    checkFormulas(rests, watch.moves());
    await commands.realMouseUp();
  });

  it("a burst of moves renders the formula panel not once, then once more when it rests", async () => {
    render(
      <main style={{ width: 1280 }}>
        <SecantExplorer fn="x^2" defaultX={1} defaultH={0.5} lazy={false} />
      </main>,
    );
    const point = screen.getByRole("slider", { name: "Point on the curve" });
    const formulas = screen.getByRole("group", { name: "Formulas" });
    const shown = formulas.textContent;
    await new Promise((done) => setTimeout(done, 400));
    renders.clear();
    const release = burst(document.querySelector(".slopes-point-handle")!, [90, 0], 15);
    expect(Number(point.getAttribute("aria-valuenow"))).toBeGreaterThan(1.3);
    expect(renders.get("Readouts") ?? 0).toBe(15);
    checkStatic();
    expect(renders.get("FormulaPanel") ?? 0).toBe(0);
    expect(formulas.textContent).toBe(shown);
    release();
    // The formulas follow the resting point: f′(x) = 2x at the new x in the quotient.
    await waitFor(() => expect(formulas.textContent).not.toBe(shown));
    expect(renders.get("FormulaPanel") ?? 0).toBeGreaterThan(0);
    // A few renders once the gesture ends (onChangeEnd re-renders the explorer once), and one
    // when the formulas settle: not one per move.
    expect(renders.get("FormulaPanel") ?? 0).toBeLessThanOrEqual(3);
    checkStatic();
  });
});
