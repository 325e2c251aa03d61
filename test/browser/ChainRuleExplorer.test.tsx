import { afterEach, describe, expect, it, vi } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { ChainGraphView, ChainRuleExplorer, LocaleProvider, useChainGraph } from "../../src";

async function violations(root: Element) {
  const result = await axe.run(root, { resultTypes: ["violations"] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

function readout(name: string | RegExp): string {
  const panel = screen.getByRole("group", { name: "Readouts" });
  return within(panel).getByText(name).parentElement?.querySelector("dd")?.textContent ?? "";
}

function boxesOf(selector: string): DOMRect[] {
  return [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
}

function overlap(a: DOMRect, b: DOMRect): boolean {
  return (
    a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
  );
}

afterEach(async () => {
  await commands.emulateReducedMotion(null);
});

describe("ChainRuleExplorer in Chromium", () => {
  it("has no axe violations: composition and saturated neuron, light and dark", async () => {
    for (const theme of ["light", "dark"] as const) {
      const a = render(
        <ChainRuleExplorer defaultMode="composition" defaultInputs={{ x: 1 }} theme={theme} />,
      );
      expect(await violations(a.container)).toEqual([]);
      a.unmount();
      const b = render(
        <ChainRuleExplorer
          defaultMode="neuron"
          defaultInputs={{ w: 4, b: 3 }}
          theme={theme}
          animation="step"
        />,
      );
      await userEvent.click(screen.getByRole("button", { name: "Next step" }));
      expect(await violations(b.container)).toEqual([]);
      b.unmount();
    }
  }, 45_000); // four axe runs on the whole widget: 15 s was too short on a loaded CI machine

  it("moves every slider with the real keyboard, one change end per key", async () => {
    const onChangeEnd = vi.fn();
    render(<ChainRuleExplorer defaultMode="neuron" onChangeEnd={onChangeEnd} />);
    const expected: Record<string, [string, string, string]> = {
      w: ["w = 0.6", "w = −4", "w = 4"],
      x: ["x = 2.1", "x = −3", "x = 3"],
      b: ["b = −0.9", "b = −4", "b = 4"],
      y: ["y = 1", "y = 0", "y = 1"],
    };
    for (const [name, [right, home, end]] of Object.entries(expected)) {
      const slider = screen.getByRole("slider", { name });
      slider.focus();
      await userEvent.keyboard("{ArrowRight}");
      expect(slider).toHaveAttribute("aria-valuetext", right);
      await userEvent.keyboard("{Home}");
      expect(slider).toHaveAttribute("aria-valuetext", home);
      await userEvent.keyboard("{End}");
      expect(slider).toHaveAttribute("aria-valuetext", end);
    }
    expect(onChangeEnd).toHaveBeenCalledTimes(12);
    // w = 4, x = 3, b = 4: z = 16, a deep in saturation.
    expect(readout("z = w×x + b")).toBe("16");
    expect(screen.getByTestId("saturation-notice")).toBeVisible();
  });

  it("toggles mode and target with the keyboard (radio groups)", async () => {
    render(<ChainRuleExplorer />);
    const composition = screen.getByRole("radio", { name: "Composition f(g(x))" });
    composition.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(screen.getByRole("radio", { name: "Neuron" })).toBeChecked();
    expect(readout(/∂L\/∂w: product/)).toBe("−0.5");
    screen.getByRole("radio", { name: "∂L/∂w" }).focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(readout(/∂L\/∂b: product/)).toBe("−0.25");
  });

  it("under reduced motion offers 'Next step', usable with Enter and Space, and nothing animates", async () => {
    await commands.emulateReducedMotion("reduce");
    const { container } = render(
      <ChainRuleExplorer defaultMode="composition" defaultInputs={{ x: 1 }} />,
    );
    expect(screen.queryByRole("button", { name: "Play the backward pass" })).toBeNull();
    const next = screen.getByRole("button", { name: "Next step" });
    next.focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard(" ");
    expect(container.querySelectorAll(".slopes-chain-adjoint")).toHaveLength(2);
    const status = within(
      container.querySelector(".slopes-chain-backward") as HTMLElement,
    ).getByRole("status");
    expect(status).toHaveTextContent("Step 2 of 3: df/du = df/df × df/du = 1 × 8 = 8");
    const adjoint = container.querySelector(".slopes-chain-adjoint") as Element;
    expect(getComputedStyle(adjoint).animationName).toBe("none");
    await userEvent.keyboard("{Enter}");
    expect(next).toHaveAttribute("aria-disabled", "true");
    expect(container.querySelector("[data-node='x'] .slopes-chain-adjoint")?.textContent).toContain(
      "24",
    );
  });

  it("without reduced motion plays the backward pass: adjoints flow back step by step", async () => {
    await commands.emulateReducedMotion("no-preference");
    function Animated() {
      const chain = useChainGraph({ mode: "neuron" });
      // Slow enough to watch each step even on a busy machine.
      return <ChainGraphView graph={chain} interval={500} />;
    }
    const { container } = render(<Animated />);
    expect(screen.queryByRole("button", { name: "Next step" })).toBeNull();
    screen.getByRole("button", { name: "Play the backward pass" }).focus();
    await userEvent.keyboard("{Enter}");
    const svg = container.querySelector("svg") as SVGSVGElement;
    expect(["1", "2"]).toContain(svg.getAttribute("data-revealed"));
    await waitFor(() => expect(svg.getAttribute("data-revealed")).toBe("3"), { timeout: 3000 });
    const flow = container.querySelector(".slopes-chain-edge-flow");
    expect(flow).not.toBeNull();
    expect(getComputedStyle(flow as Element).animationName).toBe("slopes-chain-flow");
    await waitFor(() => expect(svg.getAttribute("data-revealed")).toBe("7"), { timeout: 8000 });
    expect(screen.getByRole("button", { name: "Play it again" })).toBeInTheDocument();
    expect(container.querySelector("[data-node='w'] .slopes-chain-adjoint")?.textContent).toContain(
      "−0.5",
    );
  });

  it("draws no overlapping boxes or labels, for the chapter's graphs and typed ones", async () => {
    const cases = [
      <ChainRuleExplorer key="c" />,
      <ChainRuleExplorer key="n" defaultMode="neuron" />,
      <ChainRuleExplorer key="sat" defaultMode="neuron" defaultInputs={{ w: 4, b: 3, y: 0.3 }} />,
      <ChainRuleExplorer key="s" composition="sigmoid(3x - 1)" />,
      <ChainRuleExplorer key="m" composition="x*sin(x) + exp(x^2)" />,
    ];
    for (const element of cases) {
      const { unmount } = render(<div style={{ width: 1000 }}>{element}</div>);
      await document.fonts.ready;
      const shapes = [...boxesOf(".slopes-chain-node-box"), ...boxesOf(".slopes-chain-edge-label")];
      expect(shapes.length).toBeGreaterThan(3);
      for (let i = 0; i < shapes.length; i++)
        for (let j = i + 1; j < shapes.length; j++)
          expect(overlap(shapes[i] as DOMRect, shapes[j] as DOMRect)).toBe(false);
      // Every label fits in its box (nothing cut off).
      for (const content of document.querySelectorAll(
        ".slopes-chain-node-content, .slopes-chain-edge-label",
      ))
        expect(content.scrollWidth).toBeLessThanOrEqual(content.clientWidth + 1);
      unmount();
    }
  });

  it("in French: no axe violations, nothing overlaps or is cut off, numbers with commas", async () => {
    const { container } = render(
      <div style={{ width: 1000 }}>
        <LocaleProvider locale="fr">
          <ChainRuleExplorer defaultMode="neuron" animation="step" />
        </LocaleProvider>
      </div>,
    );
    const next = screen.getByRole("button", { name: "Étape suivante" });
    for (let i = 0; i < 4; i++) await userEvent.click(next);
    await document.fonts.ready;
    // Let fades end: axe reads colours mid-transition as they are at that instant.
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished));
    expect(await violations(container)).toEqual([]);
    const shapes = [...boxesOf(".slopes-chain-node-box"), ...boxesOf(".slopes-chain-edge-label")];
    for (let i = 0; i < shapes.length; i++)
      for (let j = i + 1; j < shapes.length; j++)
        expect(overlap(shapes[i] as DOMRect, shapes[j] as DOMRect)).toBe(false);
    for (const content of document.querySelectorAll(
      ".slopes-chain-node-content, .slopes-chain-edge-label",
    ))
      expect(content.scrollWidth).toBeLessThanOrEqual(content.clientWidth + 1);
    // Step 4 reaches z: ∂L/∂z = −0,25, written with a comma by KaTeX.
    expect(container.querySelector("[data-node='z'] .slopes-chain-adjoint")?.textContent).toContain(
      "0,25",
    );
    expect(container.querySelector("[data-node='a'] .slopes-chain-node-value")).toHaveTextContent(
      "= 0,5",
    );
  });

  it("marks the two factors of a backward step by colour and weight (#12)", async () => {
    await commands.emulateReducedMotion("reduce");
    const { container } = render(<ChainRuleExplorer defaultInputs={{ x: 1 }} theme="light" />);
    const next = screen.getByRole("button", { name: "Next step" });
    await userEvent.click(next);
    await userEvent.click(next);
    const upstream = container.querySelector("[data-node='f'] [data-factor='upstream']") as Element;
    const local = container.querySelector("[data-edge='u->f'] [data-factor='local']") as Element;
    const plain = container.querySelector("[data-edge='x->u'] .slopes-chain-edge-label") as Element;
    const adjointColour = getComputedStyle(container.querySelector(".slopes-chain") as Element)
      .getPropertyValue("--slopes-accent")
      .trim();
    expect(adjointColour).not.toBe("");
    for (const factor of [upstream, local]) {
      const style = getComputedStyle(factor);
      expect(style.borderTopWidth).toBe("3px");
      expect(Number(style.fontWeight)).toBeGreaterThanOrEqual(700);
      // Not colour alone: heavier than an unmarked label, and in another colour.
      expect(parseFloat(style.borderTopWidth)).toBeGreaterThan(
        parseFloat(getComputedStyle(plain).borderTopWidth),
      );
      expect(style.borderTopColor).not.toBe(getComputedStyle(plain).borderTopColor);
    }
  });

  it("on a phone, a graph too wide to fit says it scrolls, and the page does not (#12)", async () => {
    await page.viewport(390, 844);
    try {
      render(<ChainRuleExplorer program={{ h: "w1*x1 + w2*x2 + b", a: "tanh(h)" }} />);
      await document.fonts.ready;
      const scroller = document.querySelector(".slopes-chain-scroll") as HTMLElement;
      expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
      const cue = screen.getByText("Scroll sideways to see the whole graph →");
      expect(cue.getBoundingClientRect().height).toBeGreaterThan(0);
      expect(scroller).toHaveAttribute("aria-label", "Computation graph (scrolls sideways)");
      const root = document.documentElement;
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    } finally {
      await page.viewport(1024, 768);
    }
  });
});
