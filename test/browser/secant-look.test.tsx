import { it } from "vitest";
import { page } from "vitest/browser";
import { render } from "@testing-library/react";
import { SecantExplorer } from "../../src";

it("screenshot of the secant explorer", async () => {
  render(
    <div style={{ width: 960 }} data-testid="scene">
      <SecantExplorer fn="x^2" defaultX={1} defaultH={0.5} />
    </div>,
  );
  await document.fonts.ready;
  await page
    .getByTestId("scene")
    .screenshot({ path: "../../reports/screenshots/secant.png", save: true });
});
