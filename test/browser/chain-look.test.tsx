import { it } from "vitest";
import { page } from "vitest/browser";
import { beforeEach } from "vitest";
import { render, screen } from "@testing-library/react";
import { userEvent } from "vitest/browser";
import { ChainRuleExplorer } from "../../src/explorers/ChainRuleExplorer";
import { LocaleProvider } from "../../src/hooks/useLocale";

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

it("screenshot of the backward pass half way, light (reports/screenshots/chain-backward.png)", async () => {
  render(
    <div style={{ width: 960 }} data-testid="scene">
      <ChainRuleExplorer defaultMode="neuron" theme="light" animation="step" showFormulas={false} />
    </div>,
  );
  const next = screen.getByRole("button", { name: "Next step" });
  for (let i = 0; i < 4; i++) await userEvent.click(next);
  await document.fonts.ready;
  await page
    .getByTestId("scene")
    .screenshot({ path: "../../reports/screenshots/chain-backward.png", save: true });
});

it("screenshot of the neuron in French, backward pass half way (reports/screenshots/chain-french.png)", async () => {
  render(
    <div style={{ width: 960 }} data-testid="scene">
      <LocaleProvider locale="fr">
        <ChainRuleExplorer defaultMode="neuron" theme="light" animation="step" />
      </LocaleProvider>
    </div>,
  );
  const next = screen.getByRole("button", { name: "Étape suivante" });
  for (let i = 0; i < 4; i++) await userEvent.click(next);
  await document.fonts.ready;
  await page
    .getByTestId("scene")
    .screenshot({ path: "../../reports/screenshots/chain-french.png", save: true });
});
