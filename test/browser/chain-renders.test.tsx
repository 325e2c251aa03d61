// A move of the chain-rule explorer's input re-renders only the values that change (#15): the
// graph's picture (boxes, routes, definitions), an edge whose local derivative stays constant,
// the formula field, the mode choice and the formula panel are counted while a real mouse drags
// the x slider (and while keys move it), and must not render until the input rests. Each counted
// component is the real one, called from a wrapper (vi.mock of its module).
import { afterEach, describe, expect, it, vi } from "vitest";
import { commands, userEvent } from "vitest/browser";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { settle, watchMoves } from "./renders";

const renders = vi.hoisted(() => new Map<string, number>());
const count = (name: string) => renders.set(name, (renders.get(name) ?? 0) + 1);

vi.mock(import("../../src/views/ChainGraphSvg"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    ChainGraphSvg: counted(mod.ChainGraphSvg, () => count("ChainGraphSvg")),
  };
});
vi.mock(import("../../src/views/ChainNodeBox"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    ChainNodeBox: counted(mod.ChainNodeBox, (props: { node: { id: string } }) =>
      count(`node ${props.node.id}`),
    ),
  };
});
vi.mock(import("../../src/views/ChainEdgeShape"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    ChainEdgeShape: counted(mod.ChainEdgeShape, (props: { edge: { id: string } }) =>
      count(`edge ${props.edge.id}`),
    ),
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
vi.mock(import("../../src/explorers/parts/Choice"), async (original) => {
  const mod = await original();
  const { counted } = await import("./renders");
  return {
    ...mod,
    Choice: counted(mod.Choice, () => count("Choice")),
  };
});

const { ChainRuleExplorer } = await import("../../src");

// (3x + 1)², cut into u = 3x + 1 and f = u²: the edge x → u carries du/dx = 3 whatever x is;
// the nodes u and f and the edge u → f (df/du = 2u) change with x.
const STATIC = ["ChainGraphSvg", "edge x->u", "ExpressionField", "Choice"] as const;

function checkStatic() {
  for (const name of STATIC) expect(renders.get(name) ?? 0, name).toBe(0);
}

const number = (text: string | null | undefined) => Number((text ?? "").replace(/−/gu, "-"));

/** The product along the path, as the readouts show it (the item before the engine's check). */
function productReadout(): number {
  const values = [...document.querySelectorAll(".slopes-readout dd")];
  return number(values[values.length - 2]?.textContent);
}

function Explorer() {
  return (
    <main style={{ width: 1280 }}>
      <ChainRuleExplorer defaultComposition="(3x + 1)^2" defaultInputs={{ x: 1 }} lazy={false} />
    </main>
  );
}

// A scrollbar that comes and goes (the formulas settling on a loaded machine) would resize the
// graph: that is not a move.
document.documentElement.style.overflowY = "scroll";
afterEach(() => cleanup());

describe("a move of the chain-rule explorer's input", () => {
  it("re-renders the values that change on every move, and the graph's structure and formulas not once until it rests", async () => {
    render(<Explorer />);
    const slider = screen.getByRole<HTMLInputElement>("slider", { name: "x" });
    const formulas = screen.getByRole("group", { name: "Formulas" });
    const title = () => document.querySelector(".slopes-chain-svg title")?.textContent;
    await settle();
    const before = { formulas: formulas.textContent, title: title() };
    for (const name of [...STATIC, "edge u->f", "node f", "FormulaPanel"])
      expect([...renders.keys()].join("; ")).toContain(name);
    renders.clear();

    const watch = watchMoves();
    await commands.realDrag('.slopes-chain-inputs input[type="range"]', -90, 0, {
      steps: 12,
      release: false,
    });
    const rests = watch.rests();
    const x = Number(slider.value);
    expect(x).toBeLessThan(0.5);
    // What changes followed every change of x: the nodes u and f, the edge u → f, the readouts,
    // the graph's spoken text.
    const changes = Math.min(renders.get("Readouts") ?? 0, renders.get("node f") ?? 0);
    expect(changes).toBeGreaterThanOrEqual(3);
    expect(renders.get("edge u->f") ?? 0).toBeGreaterThanOrEqual(3);
    expect(productReadout()).toBeCloseTo(6 * (3 * x + 1), 1);
    const f = document.querySelector('[data-node="f"] .slopes-chain-node-value');
    expect(number(f?.textContent?.replace("=", ""))).toBeCloseTo((3 * x + 1) ** 2, 1);
    expect(title()).not.toBe(before.title);
    expect(title()).toContain(document.querySelectorAll(".slopes-readout dd")[2]?.textContent);
    // The structure did not render once; the formulas at most once a rest.
    checkStatic();
    expect(renders.get("FormulaPanel") ?? 0).toBeLessThanOrEqual(
      Math.min(rests, watch.moves() - 1),
    );
    renders.clear();

    await commands.realMouseUp();
    await waitFor(() => expect(formulas.textContent).not.toBe(before.formulas));
    expect(renders.get("FormulaPanel") ?? 0).toBeLessThanOrEqual(2);
    checkStatic();
  });

  it("keys move x: the structure renders not once, the formulas once at rest", async () => {
    render(<Explorer />);
    const slider = screen.getByRole<HTMLInputElement>("slider", { name: "x" });
    const formulas = screen.getByRole("group", { name: "Formulas" });
    await settle();
    const shown = formulas.textContent;
    renders.clear();
    slider.focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(slider).toHaveAttribute("aria-valuetext", "x = 1.3");
    expect(renders.get("node f") ?? 0).toBeGreaterThanOrEqual(3);
    await waitFor(() => expect(formulas.textContent).not.toBe(shown));
    expect(productReadout()).toBeCloseTo(6 * 4.9, 3);
    checkStatic();
  });
});
