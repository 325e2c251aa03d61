import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { SecantExplorer } from "../../src";

function readout(name: string): string {
  const panel = screen.getByRole("group", { name: "Readouts" });
  const term = within(panel).getByText(name);
  return term.parentElement?.querySelector("dd")?.textContent ?? "";
}

describe("SecantExplorer", () => {
  it("shows the chapter's numbers for x² at x = 1", () => {
    render(<SecantExplorer fn="x^2" defaultX={1} defaultH={0.1} />);
    expect(
      screen.getByRole("group", { name: "Slope of a curve: secant and tangent" }),
    ).toBeInTheDocument();
    expect(readout("Exact slope f′(x)")).toBe("2");
    expect(readout("Secant slope")).toBe("2.1");
    expect(readout("The curve is")).toBe("ascending");
    expect(screen.getByRole("slider", { name: "Point on the curve" })).toHaveAttribute(
      "aria-valuetext",
      "x = 1, slope of the tangent 2, secant slope 2.1 with h = 0.1",
    );
  });

  it("switches to the central difference by its radio button, and reports the new state", () => {
    const onChangeEnd = vi.fn();
    render(<SecantExplorer fn="x^2" defaultX={1} defaultH={0.5} onChangeEnd={onChangeEnd} />);
    fireEvent.click(screen.getByRole("radio", { name: "Central (x − h, x + h)" }));
    expect(readout("Secant slope")).toBe("2");
    expect(onChangeEnd).toHaveBeenCalledTimes(1);
    expect(onChangeEnd.mock.calls[0]?.[0]).toMatchObject({ method: "central", secantSlope: 2 });
  });

  it("moves h on a log scale with the slider", () => {
    render(<SecantExplorer fn="x^2" defaultX={1} defaultH={0.5} />);
    const slider = screen.getByRole("slider", { name: "Gap h" });
    fireEvent.change(slider, { target: { value: "-3" } });
    expect(slider).toHaveAttribute("aria-valuetext", "h = 0.001");
    expect(readout("Secant slope")).toBe("2.001");
  });

  it("shows a typing error at its position, keeps the last curve, and announces it once typing pauses", () => {
    vi.useFakeTimers();
    render(<SecantExplorer fn="x^2" defaultX={1} />);
    const input = screen.getByRole("textbox", { name: "f(x) =" });
    fireEvent.change(input, { target: { value: "sinn(x)" } });
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription(/did you mean 'sin'/);
    expect(document.querySelector("mark")?.textContent).toBe("sinn");
    expect(readout("Exact slope f′(x)")).toBe("2");
    const status = screen.getAllByRole("status").find((el) => el.closest(".slopes-field"));
    expect(status).toHaveTextContent("");
    act(() => vi.advanceTimersByTime(1000));
    expect(status).toHaveTextContent(/did you mean 'sin'.*keeps the last formula/);
    fireEvent.change(input, { target: { value: "sin(x)" } });
    expect(input).not.toHaveAttribute("aria-invalid");
    expect(readout("Exact slope f′(x)")).toBe(String(Number(Math.cos(1).toPrecision(8))));
    vi.useRealTimers();
  });

  it("says 'undefined here' where the function is undefined, with no NaN in the picture", () => {
    const { container } = render(<SecantExplorer fn="1/x" defaultX={0} />);
    expect(readout("Exact slope f′(x)")).toBe("undefined here");
    expect(readout("Secant slope")).toBe("undefined here");
    const attributes = [...container.querySelectorAll("svg *")].flatMap((el) =>
      [...el.attributes].map((a) => a.value),
    );
    expect(attributes.join(" ")).not.toMatch(/NaN|Infinity/);
  });

  it("says 'undefined here' for tan at x = π/2, and keeps x^10's slope at 10 (#18)", () => {
    const { container, unmount } = render(
      <SecantExplorer
        fn="tan(x)"
        defaultX={1.5707963267948966}
        domain={{ x: [-3, 3], y: [-5, 5] }}
      />,
    );
    expect(readout("Exact slope f′(x)")).toBe("undefined here");
    expect(container.querySelector(".slopes-tangent")).toBeNull();
    unmount();
    render(<SecantExplorer fn="x^10" defaultX={10} domain={{ x: [0, 12], y: [0, 1e11] }} />);
    expect(readout("Exact slope f′(x)")).toBe("10¹⁰");
  });

  it("shows a throwing JavaScript function's message instead of a blank page", () => {
    const fn = (x: number) => {
      if (x > 0) throw new Error("positive x is not allowed");
      return -x;
    };
    render(<SecantExplorer fn={fn} defaultX={1} />);
    expect(screen.getByRole("alert")).toHaveTextContent("positive x is not allowed");
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("labels the slope of a JavaScript function without a derivative as estimated", () => {
    render(<SecantExplorer fn={Math.exp} defaultX={0} />);
    expect(readout("Estimated slope f′(x)")).toBe("1");
  });

  it("reports formulas that work to onFnChange", () => {
    const onFnChange = vi.fn();
    render(<SecantExplorer fn="x^2" onFnChange={onFnChange} />);
    const input = screen.getByRole("textbox", { name: "f(x) =" });
    fireEvent.change(input, { target: { value: "x^" } });
    fireEvent.change(input, { target: { value: "x^3" } });
    expect(onFnChange.mock.calls).toEqual([["x^3"]]);
  });
});
