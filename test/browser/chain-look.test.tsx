import { it } from "vitest";
import { page } from "vitest/browser";
import { beforeEach } from "vitest";
import { render } from "@testing-library/react";
import { ChainRuleExplorer } from "../../src/explorers/ChainRuleExplorer";

beforeEach(async () => {
  await page.viewport(1024, 1300);
});

it("screenshot of the chain-rule explorer, composition (reports/screenshots/chain-composition.png)", async () => {
  render(
    <div style={{ width: 960 }} data-testid="scene">
      <ChainRuleExplorer defaultMode="composition" defaultInputs={{ x: 1 }} theme="light" />
    </div>,
  );
  await document.fonts.ready;
  await page
    .getByTestId("scene")
    .screenshot({ path: "../../reports/screenshots/chain-composition.png", save: true });
});

it("screenshot of the chain-rule explorer, saturated neuron in dark (reports/screenshots/chain-neuron-dark.png)", async () => {
  render(
    <div style={{ width: 960, background: "#0d1117" }} data-testid="scene">
      <ChainRuleExplorer
        defaultMode="neuron"
        defaultInputs={{ x: 2, w: 4, b: 3, y: 1 }}
        theme="dark"
        animation="step"
      />
    </div>,
  );
  await document.fonts.ready;
  await page
    .getByTestId("scene")
    .screenshot({ path: "../../reports/screenshots/chain-neuron-dark.png", save: true });
});
