import { expect, it } from "vitest";
import { render } from "@testing-library/react";
import { SecantExplorer } from "../../src";

it("the error inset is drawn in the first paint, not a moment later", () => {
  const { container } = render(
    <main style={{ width: 960 }}>
      <SecantExplorer fn="x^2" defaultX={1} />
    </main>,
  );
  const inset = container.querySelector(".slopes-inset");
  expect(inset?.querySelectorAll("path.slopes-curve").length).toBe(1);
});
