import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { ChainRuleExplorer, LocaleProvider } from "../../src";

function readout(name: string | RegExp): string {
  const panel = screen.getByRole("group", { name: "Readouts" });
  const term = within(panel).getByText(name);
  return term.parentElement?.querySelector("dd")?.textContent ?? "";
}

describe("ChainRuleExplorer", () => {
  it("shows the chapter's composition at x = 1: the product 24, checked by the engine", () => {
    render(<ChainRuleExplorer defaultMode="composition" defaultInputs={{ x: 1 }} />);
    expect(
      screen.getByRole("group", { name: "The chain rule: multiply the slopes along the path" }),
    ).toBeInTheDocument();
    expect(readout("u = 3x + 1")).toBe("4");
    expect(readout(/product along the path/)).toBe("24");
    expect(readout("Engine's derivative (check)")).toBe("24 (agrees)");
    expect(screen.getByRole("radio", { name: "Composition f(g(x))" })).toBeChecked();
  });

  it("toggles to the neuron and between dL/dw and dL/db by role", () => {
    const onModeChange = vi.fn();
    const onTargetChange = vi.fn();
    render(<ChainRuleExplorer onModeChange={onModeChange} onTargetChange={onTargetChange} />);
    fireEvent.click(screen.getByRole("radio", { name: "Neuron" }));
    expect(onModeChange).toHaveBeenCalledWith("neuron");
    expect(readout("z = w×x + b")).toBe("0");
    expect(readout("a = sigmoid(z)")).toBe("0.5");
    expect(readout("Output L")).toBe("0.25");
    expect(readout(/∂L\/∂w: product/)).toBe("−0.5");
    fireEvent.click(screen.getByRole("radio", { name: "∂L/∂b" }));
    expect(onTargetChange).toHaveBeenCalledWith("b");
    expect(readout(/∂L\/∂b: product/)).toBe("−0.25");
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("has a named slider per input, whose value text follows", () => {
    render(<ChainRuleExplorer defaultMode="neuron" />);
    for (const name of ["w", "x", "b", "y"])
      expect(screen.getByRole("slider", { name })).toBeInTheDocument();
    const w = screen.getByRole("slider", { name: "w" });
    fireEvent.change(w, { target: { value: "4" } });
    expect(w).toHaveAttribute("aria-valuetext", "w = 4");
    expect(readout("z = w×x + b")).toBe("7");
  });

  it("shows a visible notice, and speaks it, when the neuron saturates", () => {
    vi.useFakeTimers();
    try {
      render(<ChainRuleExplorer defaultMode="neuron" defaultInputs={{ w: 4, b: 3 }} />);
      expect(screen.getByTestId("saturation-notice")).toHaveTextContent(
        "Saturated neuron: the gradient vanishes",
      );
      expect(screen.getByTestId("saturation-notice")).toHaveTextContent("z = 11");
      act(() => vi.advanceTimersByTime(1000));
      const spoken = screen
        .getAllByRole("status")
        .map((s) => s.textContent)
        .join(" ");
      expect(spoken).toContain("the vanishing gradient");
    } finally {
      vi.useRealTimers();
    }
  });

  it("builds the chain of a typed composition, and keeps the last good graph on a mistake", () => {
    const onCompositionChange = vi.fn();
    const { container } = render(<ChainRuleExplorer onCompositionChange={onCompositionChange} />);
    const field = screen.getByRole("textbox", { name: "f(x) =" });
    expect(field).toHaveValue("(3x + 1)^2");
    fireEvent.change(field, { target: { value: "sin(x^2)" } });
    expect(onCompositionChange).toHaveBeenCalledWith("sin(x^2)");
    expect(readout("u = x^2")).toBe("1");
    fireEvent.change(field, { target: { value: "sin(x^2" } });
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText(/Missing '\)'/)).toBeInTheDocument();
    expect(container.querySelector("mark")?.textContent).toBe("(x^2");
    expect(readout("u = x^2")).toBe("1");
    expect(onCompositionChange).toHaveBeenCalledTimes(1);
  });

  it("hides the mode toggle for a custom program and offers every input as target", () => {
    render(<ChainRuleExplorer program={{ h: "w1*x1 + w2*x2", a: "tanh(h)" }} />);
    expect(screen.queryByRole("radio", { name: "Neuron" })).toBeNull();
    expect(screen.getAllByRole("radio").map((r) => r.getAttribute("value"))).toEqual([
      "w1",
      "x1",
      "w2",
      "x2",
    ]);
  });
  it("writes every number of the widget to one precision, 4 significant digits (#12)", () => {
    // sin(x²) at x = 1: cos 1 = 0.540302…, sin 1 = 0.841471…; the numbers of the nodes, edges,
    // adjoints, strip, steps, readouts and slider all follow one rule, in English and French.
    for (const [locale, next] of [
      ["en", "Next step"],
      ["fr", "Étape suivante"],
    ] as const) {
      const { container, unmount } = render(
        <LocaleProvider locale={locale}>
          <ChainRuleExplorer composition="sin(x^2)" defaultInputs={{ x: 1 }} animation="step" />
        </LocaleProvider>,
      );
      const button = screen.getByRole("button", { name: next });
      for (let i = 0; i < 3; i++) fireEvent.click(button);
      // Each text node on its own: KaTeX writes a number twice side by side (HTML, MathML).
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const pieces: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) pieces.push(n.textContent ?? "");
      const text = [
        ...pieces,
        ...[...container.querySelectorAll("[aria-valuetext]")].map(
          (e) => e.getAttribute("aria-valuetext") ?? "",
        ),
      ].join(" ");
      // Decimals as text (0.5403, 0,5403) and as TeX (0{,}5403), TeX sources included.
      const decimals = text.match(/\d+(?:\.|,|\{,\})\d+/gu) ?? [];
      expect(decimals.length, locale).toBeGreaterThan(10);
      for (const decimal of decimals) {
        const digits = decimal.replace(/\D/gu, "").replace(/^0+/u, "");
        expect(digits.length, `${decimal} (${locale})`).toBeLessThanOrEqual(4);
      }
      expect(text, locale).toContain(locale === "en" ? "0.5403" : "0,5403");
      unmount();
    }
  });

  it("names each edge's label: ∂z/∂w = x = 2, not a bare x = 2 (#12)", () => {
    const { container } = render(<ChainRuleExplorer defaultMode="neuron" />);
    const label = (edge: string) => {
      const box = container.querySelector(`[data-edge="${edge}"] .slopes-chain-edge-label`);
      const tex = [...(box?.querySelectorAll("annotation") ?? [])]
        .map((a) => a.textContent)
        .join(" ");
      const value = box?.querySelector(".slopes-chain-edge-value")?.textContent ?? null;
      return [tex, value];
    };
    expect(label("w->z")).toEqual(["\\partial z/\\partial w = x", "= 2"]);
    expect(label("x->z")).toEqual(["\\partial z/\\partial x = w", "= 0.5"]);
    // A constant local derivative is written once, after its name.
    expect(label("b->z")).toEqual(["\\partial z/\\partial b = 1", null]);
    const { container: chain } = render(<ChainRuleExplorer defaultInputs={{ x: 1 }} />);
    const pure = chain.querySelectorAll('[data-edge="u->f"] .slopes-chain-edge-label annotation');
    expect([...pure].map((a) => a.textContent).join(" ")).toBe("df/du = 2 u");
  });

  it("marks the two factors of each backward step, and says them (#12)", () => {
    const { container } = render(<ChainRuleExplorer defaultInputs={{ x: 1 }} animation="step" />);
    const next = screen.getByRole("button", { name: "Next step" });
    const marked = () =>
      [...container.querySelectorAll("[data-factor]")].map((e) => [
        e.getAttribute("data-factor"),
        e.closest("[data-node], [data-edge]")?.getAttribute("data-node") ??
          e.closest("[data-edge]")?.getAttribute("data-edge"),
      ]);
    fireEvent.click(next);
    expect(marked()).toEqual([]);
    fireEvent.click(next);
    // u's adjoint: df/df (upstream, under f) × df/du (the edge u → f).
    expect(marked()).toEqual([
      ["local", "u->f"],
      ["upstream", "f"],
    ]);
    const status = container.querySelector(".slopes-chain-backward [role='status']");
    expect(status?.textContent).toContain(
      "Multiplying the upstream adjoint df/df = 1 by the local derivative df/du = 8.",
    );
    fireEvent.click(next);
    expect(marked()).toEqual([
      ["local", "x->u"],
      ["upstream", "u"],
    ]);
  });
});
