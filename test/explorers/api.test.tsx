import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { createRef, useState } from "react";
import {
  ChainGraphView,
  ChainRuleExplorer,
  CrossSectionPlot,
  ErrorInset,
  GradientExplorer,
  GradientFieldView,
  SecantExplorer,
  SecantView,
  useChainGraph,
  useGradientField,
  useSecant,
} from "../../src";
import { ChainElement } from "../../src/embed/ChainElement";
import { resetStylesheetCheck } from "../../src/views/stylesheetCheck";

function readout(name: string): string {
  const panel = screen.getByRole("group", { name: "Readouts" });
  const term = within(panel).getByText(name);
  return term.parentElement?.querySelector("dd")?.textContent ?? "";
}

const rootProps = {
  id: "widget-1",
  style: { maxWidth: 640 },
  className: "course-widget",
  "aria-describedby": "intro",
  "data-lesson": "7",
};

describe("explorers pass id, style, className, aria-* and data-* to their root, and a ref", () => {
  it.each([
    ["SecantExplorer", "Slope of a curve: secant and tangent"],
    ["ChainRuleExplorer", "The chain rule: multiply the slopes along the path"],
    ["GradientExplorer", "Partial derivatives and the gradient"],
  ] as const)("%s", (name, title) => {
    const ref = createRef<HTMLDivElement>();
    const Explorer = { SecantExplorer, ChainRuleExplorer, GradientExplorer }[name];
    render(<Explorer ref={ref} {...rootProps} />);
    const root = screen.getByRole("group", { name: title });
    expect(ref.current).toBe(root);
    expect(root.id).toBe("widget-1");
    expect(root.style.maxWidth).toBe("640px");
    expect(root).toHaveClass("slopes", "slopes-explorer", "course-widget");
    expect(root).toHaveAttribute("aria-describedby", "intro");
    expect(root).toHaveAttribute("data-lesson", "7");
    // Named by its visible heading, the same way in all three.
    expect(root.getAttribute("aria-labelledby")).toBe(
      within(root).getByText(title, { selector: ".slopes-explorer-title" }).id,
    );
  });
});

describe("views pass root props and a ref", () => {
  it("SecantView, GradientFieldView, ChainGraphView, ErrorInset and CrossSectionPlot", () => {
    const secantRef = createRef<HTMLDivElement>();
    const fieldRef = createRef<HTMLDivElement>();
    const graphRef = createRef<HTMLElement>();
    const insetRef = createRef<HTMLElement>();
    const sectionRef = createRef<HTMLElement>();
    function Views() {
      const secant = useSecant({ fn: "x^2" });
      const field = useGradientField({});
      const graph = useChainGraph({});
      return (
        <>
          <SecantView secant={secant} ref={secantRef} id="s" data-part="secant" width={400} />
          <GradientFieldView field={field} ref={fieldRef} id="g" data-part="field" width={400} />
          <ChainGraphView graph={graph} ref={graphRef} id="c" data-part="graph" />
          <ErrorInset errors={secant.errors} h={0.5} ref={insetRef} id="e" data-part="inset" />
          <CrossSectionPlot
            section={field.state.sections[0]}
            ref={sectionRef}
            id="x"
            data-part="section"
          />
        </>
      );
    }
    render(<Views />);
    for (const [ref, id, part] of [
      [secantRef, "s", "secant"],
      [fieldRef, "g", "field"],
      [graphRef, "c", "graph"],
      [insetRef, "e", "inset"],
      [sectionRef, "x", "section"],
    ] as const) {
      expect(ref.current?.id).toBe(id);
      expect(ref.current).toHaveAttribute("data-part", part);
    }
  });
});

describe("formulas: fn (the page's) and defaultFn (the reader's)", () => {
  it("defaultFn: the reader's formula is drawn and reported; a re-render keeps it", () => {
    const onFnChange = vi.fn();
    const { rerender } = render(<SecantExplorer defaultFn="x^2" onFnChange={onFnChange} />);
    const input = screen.getByRole("textbox", { name: "f(x) =" });
    fireEvent.change(input, { target: { value: "x^3" } });
    expect(onFnChange).toHaveBeenLastCalledWith("x^3");
    expect(readout("Exact slope f′(x)")).toBe("3");
    rerender(<SecantExplorer defaultFn="x^2" onFnChange={onFnChange} />);
    expect(input).toHaveValue("x^3");
    expect(readout("Exact slope f′(x)")).toBe("3");
  });

  it("fn: a new formula from the page replaces the reader's draft", () => {
    function Page() {
      const [fn, setFn] = useState("x^2");
      return (
        <>
          <button type="button" onClick={() => setFn("4x")}>
            linear
          </button>
          <SecantExplorer fn={fn} onFnChange={setFn} />
        </>
      );
    }
    render(<Page />);
    const input = screen.getByRole("textbox", { name: "f(x) =" });
    fireEvent.change(input, { target: { value: "x^3 +" } });
    expect(input).toHaveValue("x^3 +");
    fireEvent.click(screen.getByRole("button", { name: "linear" }));
    expect(input).toHaveValue("4x");
    expect(readout("Exact slope f′(x)")).toBe("4");
  });

  it("defaultCost and defaultComposition start the other two", () => {
    render(
      <>
        <GradientExplorer defaultCost="3 w1 + w2" />
        <ChainRuleExplorer defaultComposition="(2x + 1)^3" />
      </>,
    );
    expect(screen.getByDisplayValue("3 w1 + w2")).toBeInTheDocument();
    expect(screen.getByDisplayValue("(2x + 1)^3")).toBeInTheDocument();
  });
});

describe("gradient toggles: controlled and uncontrolled", () => {
  it("uncontrolled: defaultShowField starts it, a click flips it and reports", () => {
    const onShowFieldChange = vi.fn();
    render(<GradientExplorer defaultShowField onShowFieldChange={onShowFieldChange} />);
    const box = screen.getByRole("checkbox", { name: "Arrow field" });
    expect(box).toBeChecked();
    fireEvent.click(box);
    expect(box).not.toBeChecked();
    expect(onShowFieldChange).toHaveBeenLastCalledWith(false);
  });

  it("controlled: the page decides", () => {
    const onShowHeatmapChange = vi.fn();
    const { rerender } = render(
      <GradientExplorer showHeatmap={false} onShowHeatmapChange={onShowHeatmapChange} />,
    );
    const box = screen.getByRole("checkbox", { name: "Heat map" });
    fireEvent.click(box);
    expect(onShowHeatmapChange).toHaveBeenLastCalledWith(true);
    expect(box).not.toBeChecked();
    rerender(<GradientExplorer showHeatmap onShowHeatmapChange={onShowHeatmapChange} />);
    expect(box).toBeChecked();
  });
});

/**
 * Runs `body` as on a page without slopes' stylesheet (the test setup's stand-in taken away, the
 * once-per-page check reset), with console.warn captured; puts everything back afterwards.
 */
function withoutStylesheet(body: (warnings: () => string[]) => void): void {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  const stand = document.getElementById("slopes-test-theme");
  stand?.remove();
  resetStylesheetCheck();
  try {
    body(() =>
      warn.mock.calls.map((call) => String(call[0])).filter((m) => m.includes("stylesheet")),
    );
  } finally {
    if (stand) document.head.append(stand);
    warn.mockRestore();
  }
}

describe("missing stylesheet", () => {
  it("warns once per page in development, and not when the theme is loaded", () => {
    withoutStylesheet((warnings) => {
      const first = render(
        <>
          <SecantExplorer />
          <SecantExplorer />
        </>,
      );
      expect(warnings().filter((m) => m.includes("stylesheet is missing"))).toHaveLength(1);
      first.unmount();
    });

    withoutStylesheet((warnings) => {
      const style = document.createElement("style");
      style.textContent = ".slopes { --slopes-stylesheet: loaded; }";
      document.head.append(style);
      render(<SecantExplorer />);
      expect(warnings()).toEqual([]);
      style.remove();
    });
  });

  it("a view used alone, without an explorer, warns too", () => {
    withoutStylesheet((warnings) => {
      render(<SecantView secant={renderSecant()} width={300} />);
      expect(warnings()).toHaveLength(1);
    });
  });
});

describe("the page's own attributes win over defaults", () => {
  it("data-theme and aria-label given by the page reach the root", () => {
    render(
      <>
        <SecantExplorer data-theme="dark" aria-label="My widget" />
        <SecantView secant={renderSecant()} data-theme="dark" data-testid="view" width={300} />
      </>,
    );
    const root = screen.getByRole("group", { name: "My widget" });
    expect(root).toHaveAttribute("data-theme", "dark");
    expect(root).not.toHaveAttribute("aria-labelledby");
    expect(screen.getByTestId("view")).toHaveAttribute("data-theme", "dark");
  });
});

describe("<slopes-chain-rule> without input attributes", () => {
  it("lets the reader move inputs and pick the target with no controlled/uncontrolled switch", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<ChainElement mode="neuron" />);
    fireEvent.click(screen.getByRole("radio", { name: "∂L/∂b" }));
    fireEvent.change(screen.getAllByRole("slider")[0] as HTMLElement, { target: { value: "1.5" } });
    expect(screen.getByRole("radio", { name: "∂L/∂b" })).toBeChecked();
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([]);
    warn.mockRestore();
  });
});

function renderSecant() {
  let captured: ReturnType<typeof useSecant> | undefined;
  function Capture() {
    captured = useSecant({ fn: "x^2" });
    return null;
  }
  render(<Capture />);
  if (!captured) throw new Error("useSecant did not run");
  return captured;
}
