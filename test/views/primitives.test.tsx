import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import { Arrow, Curve, Handle, Plane, Tex, usePlane } from "../../src";

const domain = { x: [-3, 3], y: [-1, 9] } as const;

function attributesOf(container: Element): string[] {
  return [...container.querySelectorAll("*")].flatMap((el) =>
    [...el.attributes].map((a) => a.value),
  );
}

describe("Plane", () => {
  it("is a named group with the size it was given", () => {
    render(<Plane domain={domain} width={400} height={300} title="Parabola" />);
    const svg = screen.getByRole("group", { name: "Parabola" });
    expect(svg).toHaveAttribute("width", "400");
    expect(svg).toHaveAttribute("height", "300");
  });

  it.each([
    [{ x: [1, 1], y: [0, 1] }, /x range from 1 to 1 is empty/],
    [{ x: [0, 1], y: [5, -5] }, /y range from 5 to −5 is reversed/],
    [{ x: [0, Number.NaN], y: [0, 1] }, /not a finite number/],
  ] as const)("shows a message for the domain %o", (bad, message) => {
    const { container } = render(<Plane domain={bad} width={400} height={300} />);
    expect(screen.getByRole("alert")).toHaveTextContent(message);
    expect(container.querySelector("svg")).toBeNull();
  });

  it("maps math to pixels through its scales", () => {
    let seen: ReturnType<typeof usePlane> | null = null;
    function Probe() {
      seen = usePlane();
      return null;
    }
    render(
      <Plane
        domain={domain}
        width={600}
        height={500}
        margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      >
        <Probe />
      </Plane>,
    );
    expect(seen!.toPixel([0, 0])).toEqual([300, 450]);
    expect(seen!.toPixel([3, 9])).toEqual([600, 0]);
    expect(seen!.toPixel([Number.NaN, 0])).toBeNull();
  });

  it("explains itself when a shape is used outside a plane", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<Curve segments={[]} />)).toThrow(/inside a <Plane>/);
    vi.mocked(console.error).mockRestore();
  });
});

describe("Curve", () => {
  it("draws one path per finite run", () => {
    const { container } = render(
      <Plane domain={domain} width={400} height={300}>
        <Curve
          segments={[
            [
              [-1, 1],
              [0, 0],
              [0.5, Number.NaN],
              [1, 1],
              [2, 4],
            ],
          ]}
        />
      </Plane>,
    );
    expect(container.querySelectorAll("path.slopes-curve")).toHaveLength(2);
    expect(attributesOf(container).join(" ")).not.toMatch(/NaN|Infinity/);
  });
});

describe("Handle", () => {
  it("writes its range and value as plain decimals ARIA accepts, never 1e-12", () => {
    render(
      <Plane domain={domain} width={400} height={300}>
        <Handle
          value={[2e-7, 0]}
          axes="x"
          label="Second point"
          bounds={{ x: [1e-12, 1], y: [-1, 1] }}
          onValueChange={() => {}}
        />
      </Plane>,
    );
    const slider = screen.getByRole("slider", { name: "Second point" });
    expect(slider).toHaveAttribute("aria-valuemin", "0.000000000001");
    expect(slider).toHaveAttribute("aria-valuemax", "1");
    expect(slider).toHaveAttribute("aria-valuenow", "0.0000002");
  });

  it("is one slider for a 1-D point, with name, value and value text", () => {
    render(
      <Plane domain={domain} width={400} height={300}>
        <Handle
          value={[1.5, 2.25]}
          axes="x"
          label="Point on the curve"
          step={0.5}
          onValueChange={() => {}}
        />
      </Plane>,
    );
    const slider = screen.getByRole("slider", { name: "Point on the curve" });
    expect(slider).toHaveAttribute("aria-valuenow", "1.5");
    expect(slider).toHaveAttribute("aria-valuemin", "-3");
    expect(slider).toHaveAttribute("aria-valuemax", "3");
    expect(slider).toHaveAttribute("aria-valuetext", "x = 1.5");
    expect(slider).toHaveAttribute("aria-orientation", "horizontal");
    expect(slider).toHaveAttribute("tabindex", "0");
  });

  it("is two sliders for a free point", () => {
    render(
      <Plane domain={domain} width={400} height={300}>
        <Handle
          value={[1, 4]}
          label="Probe"
          names={{ x: "w₁", y: "w₂" }}
          onValueChange={() => {}}
          valueText={([a, b], axis) => `${axis}: ${a}, ${b}`}
        />
      </Plane>,
    );
    expect(screen.getByRole("slider", { name: "Probe, w₁" })).toHaveAttribute(
      "aria-valuetext",
      "x: 1, 4",
    );
    expect(screen.getByRole("slider", { name: "Probe, w₂" })).toHaveAttribute(
      "aria-orientation",
      "vertical",
    );
  });

  it.each([
    [Number.NaN, 2],
    [1, Number.NaN],
    [Infinity, -Infinity],
    [Number.NaN, Number.NaN],
  ])("never writes NaN or Infinity into the SVG for (%d, %d)", (x, y) => {
    const { container } = render(
      <Plane domain={domain} width={400} height={300}>
        <Handle value={[x, y]} label="Point" onValueChange={() => {}} />
      </Plane>,
    );
    expect(attributesOf(container).join(" ")).not.toMatch(/NaN|Infinity/);
    const undefinedState = Number.isNaN(x) || Number.isNaN(y);
    expect(container.querySelector(".slopes-handle")?.getAttribute("data-state")).toBe(
      undefinedState ? "undefined" : null,
    );
  });
});

describe("Arrow", () => {
  it("draws a named arrow and nothing for degenerate ones", () => {
    render(
      <Plane domain={domain} width={400} height={300}>
        <Arrow from={[0, 0]} to={[1, 2]} label="gradient" />
        <Arrow from={[1, 1]} to={[1, 1]} label="zero" />
        <Arrow from={[0, 0]} to={[Number.NaN, 1]} label="broken" />
      </Plane>,
    );
    expect(screen.getByRole("img", { name: "gradient" })).toBeInTheDocument();
    expect(screen.queryByRole("img", { name: "zero" })).toBeNull();
    expect(screen.queryByRole("img", { name: "broken" })).toBeNull();
  });
});

describe("Tex", () => {
  it("renders MathML for screen readers", () => {
    const { container } = render(<Tex tex="x^2" />);
    expect(container.querySelector("math")).not.toBeNull();
  });
  it("shows KaTeX's error text for malformed TeX instead of throwing", () => {
    const { container } = render(<Tex tex={"\\frac{1}{"} />);
    expect(container.querySelector(".katex-error")).toHaveTextContent("\\frac{1}{");
  });
  it("keeps HTML and links inert", () => {
    const { container } = render(
      <Tex tex={"\\href{javascript:alert(1)}{x} <img src=x onerror=alert(1)>"} />,
    );
    expect(container.querySelector("a, img, script")).toBeNull();
  });
});
