import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { SecantExplorer, Tex } from "../../src";

const LIVE = "script, img, iframe, a[href], object, embed, [onerror], [onclick], [onload]";

describe("hostile text stays inert", () => {
  it.each([
    "\\href{javascript:alert(1)}{click}",
    "\\url{javascript:alert(1)}",
    "\\htmlClass{x}{y}\\htmlData{onload=alert(1)}{z}",
    "<img src=x onerror=alert(1)>",
    "\\rule{100000em}{100000em}",
    "{".repeat(5000) + "x" + "}".repeat(5000),
    "\\def\\a{\\a\\a}\\a",
  ])("Tex renders %s as text or a KaTeX error, never as live HTML", (tex) => {
    const { container } = render(<Tex tex={tex} display />);
    expect(container.querySelector(LIVE)).toBeNull();
    for (const el of container.querySelectorAll<HTMLElement>("[style]")) {
      const size = /(?:height|width|border-right-width|border-top-width):\s*([\d.]+)em/.exec(
        el.getAttribute("style") ?? "",
      );
      if (size) expect(Number(size[1])).toBeLessThanOrEqual(20);
    }
  });

  it("an explorer's title and a typed formula with HTML are shown as text", () => {
    const { container } = render(
      <SecantExplorer fn="x^2" title={'<img src=x onerror="alert(1)">'} />,
    );
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeInTheDocument();
    const input = screen.getByRole("textbox", { name: "f(x) =" });
    fireEvent.change(input, { target: { value: "<script>alert(1)</script>" } });
    expect(input).toHaveAttribute("aria-invalid", "true");
    fireEvent.change(input, { target: { value: "\\href{javascript:alert(1)}{x}" } });
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(container.querySelector(LIVE)).toBeNull();
  });
});
