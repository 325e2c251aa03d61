import { expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render, screen } from "@testing-library/react";
import { Arrow, Curve, Handle, Plane, Tex } from "../../src";

const parabola = Array.from({ length: 121 }, (_, i) => {
  const x = -3 + i / 20;
  return [x, x * x] as const;
});

it("renders the primitives for a reviewer to look at (reports/screenshots/primitives.png)", async () => {
  render(
    <div style={{ width: 640, padding: 12, background: "white" }} data-testid="scene">
      <Plane domain={{ x: [-3, 3], y: [-1, 9] }} title="Primitives" xLabel="x" yLabel="y">
        <Curve segments={[parabola]} />
        <Arrow from={[1, 1]} to={[2, 3]} label="slope 2" color="var(--slopes-tangent)" />
        <Handle value={[1, 1]} axes="x" label="Point on the curve" onValueChange={() => {}} />
        <Handle value={[-1.5, 6]} label="Free point" onValueChange={() => {}} />
      </Plane>
      <Tex tex={"f'(x) = \\lim_{h \\to 0} \\frac{f(x+h) - f(x)}{h} = 2x"} display />
    </div>,
  );
  await userEvent.click(document.body);
  await userEvent.tab();
  expect(screen.getByRole("slider", { name: "Point on the curve" })).toHaveFocus();
  await document.fonts.ready;
  const path = await page
    .getByTestId("scene")
    .screenshot({ path: "../../reports/screenshots/primitives.png", save: true });
  expect(path).toMatch(/primitives\.png$/);
});
