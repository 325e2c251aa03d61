import { describe, expect, it } from "vitest";
import { commands, userEvent } from "vitest/browser";
import { render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { SecantExplorer } from "../../src";

function readout(term: string): string {
  const panel = screen.getByRole("group", { name: "Readouts" });
  return within(panel).getByText(term).parentElement?.querySelector("dd")?.textContent ?? "";
}

function Scene(props: { theme?: "light" | "dark" }) {
  return (
    <main style={{ width: 960 }} data-testid="scene">
      <SecantExplorer fn="x^2" defaultX={1} defaultH={0.5} theme={props.theme} />
    </main>
  );
}

describe("SecantExplorer in Chromium", () => {
  it("follows a real drag of the point along the curve, readouts included", async () => {
    render(<Scene />);
    const slider = screen.getByRole("slider", { name: "Point on the curve" });
    const before = Number(slider.getAttribute("aria-valuenow"));
    // Drag left by 150 px (and wander vertically: the point stays on the curve).
    await commands.realDrag(".slopes-handle", -150, 40, { steps: 15 });
    const x = Number(slider.getAttribute("aria-valuenow"));
    expect(x).toBeLessThan(before - 0.5);
    const shown = Number(readout("Exact slope f′(x)").replace("−", "-"));
    expect(shown).toBeCloseTo(2 * x, 5);
    // The handle is drawn on the curve: its pixel y is the curve's at x.
    const transform = document.querySelector(".slopes-handle")?.getAttribute("transform") ?? "";
    expect(transform).not.toMatch(/NaN/);
  });

  it("moves the point and h with the real keyboard", async () => {
    render(<Scene />);
    const point = screen.getByRole("slider", { name: "Point on the curve" });
    await userEvent.click(point);
    await userEvent.keyboard("{Home}");
    expect(readout("Exact slope f′(x)")).toBe("−6");
    // The default step is a round 1/100 of the window (0.05 here); Shift takes ten.
    await userEvent.keyboard("{Shift>}{ArrowRight}{/Shift}");
    expect(point).toHaveAttribute("aria-valuenow", "-2.5");
    const h = screen.getByRole("slider", { name: "Gap h" });
    await userEvent.click(h);
    await userEvent.keyboard("{End}");
    expect(h).toHaveAttribute("aria-valuetext", "h = 1");
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}");
    expect(h).toHaveAttribute("aria-valuetext", "h = 0.1");
    expect(readout("Secant slope")).toBe("−4.9");
  });

  it("announces a typing error politely once typing pauses", async () => {
    render(<Scene />);
    const input = screen.getByRole("textbox", { name: "f(x) =" });
    await userEvent.fill(input, "3*(x+1");
    // The check follows the field in a deferred render.
    await waitFor(() => expect(input).toHaveAttribute("aria-invalid", "true"));
    const field = input.closest(".slopes-field") as HTMLElement;
    const status = within(field).getByRole("status");
    await waitFor(() => expect(status).toHaveTextContent(/Missing '\)'/), { timeout: 3000 });
    expect(status).toHaveAttribute("aria-live", "polite");
    // The picture still shows the last good curve.
    expect(readout("Exact slope f′(x)")).toBe("2");
  });

  it("has no axe violations, light and dark, and draws the round-off inset", async () => {
    const { unmount } = render(<Scene theme="light" />);
    let result = await axe.run(document.body, { resultTypes: ["violations"] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
    expect(screen.getByRole("group", { name: /Error of the secant slope/ })).toBeInTheDocument();
    unmount();
    render(<Scene theme="dark" />);
    result = await axe.run(document.body, { resultTypes: ["violations"] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it("lays out side by side when wide and stacks when narrow", async () => {
    const { rerender } = render(
      <div style={{ width: 960 }}>
        <SecantExplorer fn="x^2" />
      </div>,
    );
    const figure = () => document.querySelector(".slopes-explorer-figure") as HTMLElement;
    const side = () => document.querySelector(".slopes-explorer-side") as HTMLElement;
    expect(side().getBoundingClientRect().left).toBeGreaterThan(
      figure().getBoundingClientRect().right - 1,
    );
    rerender(
      <div style={{ width: 420 }}>
        <SecantExplorer fn="x^2" />
      </div>,
    );
    await waitFor(() =>
      expect(side().getBoundingClientRect().top).toBeGreaterThanOrEqual(
        figure().getBoundingClientRect().bottom - 1,
      ),
    );
    await waitFor(() =>
      expect(figure().querySelector("svg")?.getBoundingClientRect().width).toBeLessThanOrEqual(420),
    );
  });

  it("fits the widest numbers a readout can show in its fixed box, wide and narrow", async () => {
    // The longest texts formatSignificant writes: 8 significant digits with a power of ten
    // (17 characters, two lines) and without one (10 characters, one line).
    const cases = [
      { fn: "-1.23456789e-12 x^2", shown: /^−2\.\d{7} × 10⁻¹²$/, lines: "2" },
      { fn: "-61728.3945 x^2", shown: /^−123456\.\d\d$/, lines: "1" },
    ];
    for (const width of [960, 320]) {
      for (const { fn, shown, lines } of cases) {
        const { unmount } = render(
          <div style={{ width }}>
            <SecantExplorer fn={fn} defaultX={1} defaultH={0.001} />
          </div>,
        );
        const numbers = [...document.querySelectorAll<HTMLElement>(".slopes-readout-number")];
        expect(numbers.length).toBe(3);
        expect(readout("Exact slope f′(x)")).toMatch(shown);
        expect(numbers[1]?.dataset.lines).toBe(lines);
        for (const dd of numbers) {
          const range = document.createRange();
          range.selectNodeContents(dd);
          const text = range.getBoundingClientRect();
          const box = dd.getBoundingClientRect();
          const where = `${dd.textContent} at ${width}px`;
          expect(text.width).toBeGreaterThan(0);
          expect(text.right, where).toBeLessThanOrEqual(box.right + 0.5);
          expect(text.bottom, where).toBeLessThanOrEqual(box.bottom + 0.5);
        }
        unmount();
      }
    }
  });
});
