import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { GradientExplorer, LocaleProvider, useGradientField } from "../../src";
import type { UseGradientFieldResult } from "../../src";
import { gradientLabels } from "../../src/i18n/gradientLabels";
import { gradientFr } from "../../src/i18n/gradientLabelsFr";
import { LOCALES } from "../../src/i18n/locale";
import { contourLines } from "../../src/math/contour";
import { resolveCost } from "../../src/models/gradientCost";
import { gradientLandscape, relabelLandscape } from "../../src/models/gradientLandscape";
import { probeState } from "../../src/models/gradientProbe";
import { stubResizeObserver } from "../support/resize-observer";

stubResizeObserver();

/** Keys whose text is a symbol, the same in both languages. */
const SYMBOLS = new Set(["gradientArrow", "descentArrow", "costLabel", "partial"]);
/** Sample arguments for the functions of the table. */
const ARGS: Record<string, unknown[]> = {
  costVariables: [
    ["w1", "w2", "w3"],
    ["w1", "w2"],
  ],
  costStranger: [["w3"], ["w1", "w2"]],
  variablesCount: [["a", "b", "c"]],
  trajectoryName: [3],
  diverged: [5, "0.6"],
  learningRateText: ["0.1"],
};

/** What an entry says for sample arguments (functions called, nested tables walked). */
function sample(key: string, value: unknown): unknown {
  if (typeof value === "function") {
    const args = ARGS[key] ?? Array.from({ length: value.length }, (_, k) => `v${k}`);
    return (value as (...a: unknown[]) => unknown)(...args);
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sample(k, v)]));
  }
  return value;
}

function readout(panel: HTMLElement, name: string): string {
  const term = within(panel).getByText(name, { selector: ".slopes-readout dt" });
  return term.nextElementSibling?.textContent ?? "";
}

describe("the French gradient table", () => {
  it("has every English key, with the same kind of value and its own words", () => {
    expect(Object.keys(gradientFr).sort()).toEqual(Object.keys(gradientLabels).sort());
    expect(Object.keys(gradientFr.trajectoryStatus).sort()).toEqual(
      Object.keys(gradientLabels.trajectoryStatus).sort(),
    );
    for (const key of Object.keys(gradientLabels) as (keyof typeof gradientLabels)[]) {
      expect(typeof gradientFr[key], key).toBe(typeof gradientLabels[key]);
      const french = sample(key, gradientFr[key]);
      const english = sample(key, gradientLabels[key]);
      if (key === "learningRateText") expect(french, key).toBe("η = 0.1");
      else if (SYMBOLS.has(key)) expect(french, key).toEqual(english);
      else expect(french, key).not.toEqual(english);
    }
    for (const [status, french] of Object.entries(
      sample("", gradientFr.trajectoryStatus) as Record<string, unknown>,
    )) {
      expect(french, status).not.toEqual(
        (sample("", gradientLabels.trajectoryStatus) as Record<string, unknown>)[status],
      );
    }
  });

  it("writes the cost's problems in French, with the spelling hint", () => {
    const three = resolveCost("w1 + w2 + w3", undefined, LOCALES.fr);
    expect(!three.ok && three.problem.message).toMatch(
      /^Ce coût dépend de 3 variables \(w1, w2, w3\) ; le paysage n'en a que deux, w1 et w2\./,
    );
    const stranger = resolveCost("w1^2 + w3", undefined, LOCALES.fr);
    expect(!stranger.ok && stranger.problem.message).toMatch(
      /^Ce coût fait appel à w3 ; .* sont w1 et w2\. Vouliez-vous écrire « w\d » \?$/,
    );
    const english = resolveCost("w1^2 + w3");
    expect(!english.ok && english.problem.message).toMatch(/ Did you mean 'w\d'\?$/);
    const same = resolveCost("a", ["a", "a"], LOCALES.fr);
    expect(!same.ok && same.problem.message).toBe(
      "Il faut deux variables distinctes ; ici, les deux s'appellent a.",
    );
  });

  it("gives the model's value text, formulas and level labels in French", () => {
    const resolved = resolveCost("w1^2 + 2 w2^2");
    if (!resolved.ok) throw new Error(resolved.problem.message);
    const cost = resolved.cost;
    const domain = { x: [-3, 3], y: [-2, 2] } as const;
    const landscape = gradientLandscape(cost, { x: [...domain.x], y: [...domain.y] });
    const state = probeState({
      cost,
      landscape,
      probe: [0.5, 1],
      learningRate: 0.1,
      steps: 10,
      locale: LOCALES.fr,
    });
    expect(state.valueText).toBe(
      "w1 = 0,5 ; w2 = 1 : L = 2,25, gradient (1 ; 4), pente maximale 4,123",
    );
    expect(state.tex.step).toContain("\\left(0{,}5 ;\\ 1\\right) - 0{,}1\\,");
    expect(state.tex.length).toContain("\\sqrt{17} \\approx 4{,}123");
    expect(relabelLandscape(landscape, LOCALES.en)).toBe(landscape);
    const small = resolveCost("w1^2/10");
    if (!small.ok) throw new Error(small.problem.message);
    const map = gradientLandscape(small.cost, { x: [-3, 3], y: [-2, 2] });
    const french = relabelLandscape(map, LOCALES.fr);
    expect(map.contours.some((c) => c.text.includes("."))).toBe(true);
    expect(french.contours.map((c) => c.text)).toEqual(
      map.contours.map((c) => c.text.replace(".", ",")),
    );
    expect(french.contours[0]?.lines).toBe(map.contours[0]?.lines);
  });
});

describe("GradientExplorer in French", () => {
  it("shows French labels, numbers, spoken values and formulas", () => {
    const { container } = render(
      <LocaleProvider locale="fr">
        <GradientExplorer defaultProbe={[1, 1]} />
      </LocaleProvider>,
    );
    const explorer = screen.getByLabelText("Dérivées partielles et gradient");
    const panel = within(explorer).getByRole("group", { name: "Valeurs" });
    expect(readout(panel, "Coût L")).toBe("3");
    expect(readout(panel, "Vecteur gradient ∇L")).toBe("(2 ; 4)");
    expect(readout(panel, "Pente maximale |∇L|")).toBe("√20 ≈ 4,472");
    expect(readout(panel, "Direction de descente −∇L")).toBe("(−2 ; −4)");
    expect(within(explorer).getByRole("textbox", { name: "L =" })).toBeTruthy();
    expect(within(explorer).getByRole("button", { name: "Faire un pas" })).toBeTruthy();
    expect(within(explorer).getByRole("checkbox", { name: "Champ de vecteurs" })).toBeTruthy();
    expect(
      within(explorer).getByRole("slider", { name: "Taux d'apprentissage η" }),
    ).toHaveAttribute("aria-valuetext", "η = 0,1");
    expect(within(explorer).getByRole("slider", { name: "Sonde, w1" })).toHaveAttribute(
      "aria-valuetext",
      "w1 = 1 ; w2 = 1 : L = 3, gradient (2 ; 4), pente maximale 4,472",
    );
    const up = container.querySelector(".slopes-gradient-ascent") as Element;
    expect(up.getAttribute("aria-label")).toBe("Gradient ∇L = (2 ; 4), tourné vers la montée");
    const slices = within(explorer).getByLabelText("Coupes passant par la sonde");
    expect(slices.textContent).toContain("Coupe selon w₁, w₂ restant fixé à 1");
    expect(slices.textContent).toContain("pente ∂L/∂w₁ = 2");
    const formulas = container.querySelector(".slopes-formulas") as HTMLElement;
    expect(formulas.getAttribute("aria-label")).toBe("Formules");
    const tex = [...formulas.querySelectorAll("annotation")].map((a) => a.textContent).join("\n");
    expect(tex).toContain("\\sqrt{20} \\approx 4{,}472");
    expect(tex).toContain("= \\left(0{,}8 ;\\ 0{,}6\\right)");
    expect(tex).not.toMatch(/\d\.\d/);
    expect(explorer.textContent).toContain("Chemin de descente");
  });

  it("says a start at a flat point in French, without '0 pas' (#12)", () => {
    const { container } = render(
      <LocaleProvider locale="fr">
        <GradientExplorer defaultProbe={[0, 0]} defaultShowTrajectory />
      </LocaleProvider>,
    );
    const status = container.querySelector(".slopes-gradient-status") as HTMLElement;
    expect(status.dataset.status).toBe("converged");
    expect(status.textContent).toBe(
      "Point plat dès le départ : la sonde est déjà au repos, la descente n'a nulle part où aller.",
    );
    expect(status.textContent).not.toMatch(/\b0 pas/);
  });

  it("says nothing about the descent path in French while it is hidden (#12)", () => {
    const { container } = render(
      <LocaleProvider locale="fr">
        <GradientExplorer defaultProbe={[1, 1]} />
      </LocaleProvider>,
    );
    expect(container.querySelector(".slopes-gradient-status")).toBeNull();
    const stepper = container.querySelector(".slopes-gradient-stepper") as HTMLElement;
    expect(stepper.textContent).not.toMatch(/Chemin|pas affiché/);
  });

  it("says in French that a short gradient is drawn longer than to scale (#12)", () => {
    render(
      <LocaleProvider locale="fr">
        <GradientExplorer defaultProbe={[0.02, 0.01]} />
      </LocaleProvider>,
    );
    expect(
      screen.getByRole("img", {
        name: "Gradient ∇L = (0,04 ; 0,04), tourné vers la montée, flèche tracée plus longue qu'à l'échelle",
      }),
    ).toHaveAttribute("data-lengthened", "true");
  });

  it("explains a cost with a third variable in French", () => {
    render(
      <LocaleProvider locale="fr">
        <GradientExplorer defaultProbe={[1, 1]} />
      </LocaleProvider>,
    );
    fireEvent.change(screen.getByRole("textbox", { name: "L =" }), {
      target: { value: "w1 + w2 + w3" },
    });
    expect(document.querySelector(".slopes-field-message")?.textContent).toMatch(
      /^Ce coût dépend de 3 variables .* La carte conserve le dernier coût valable\.$/,
    );
  });

  it("stays English by default", () => {
    render(<GradientExplorer defaultProbe={[1, 1]} />);
    const explorer = screen.getByLabelText("Partial derivatives and the gradient");
    const panel = within(explorer).getByRole("group", { name: "Readouts" });
    expect(readout(panel, "Steepness |∇L|")).toBe("√20 ≈ 4.472");
    expect(within(explorer).getByRole("slider", { name: "Learning rate η" })).toHaveAttribute(
      "aria-valuetext",
      "η = 0.1",
    );
  });
});

describe("useGradientField and the language", () => {
  it("relabels the map for a new language without recomputing its contours", () => {
    const contours = vi.fn(contourLines);
    let latest: UseGradientFieldResult | null = null;
    function Probe() {
      latest = useGradientField({ cost: "w1^2/10", contourLines: contours });
      return null;
    }
    const { rerender } = render(
      <LocaleProvider locale="en">
        <Probe />
      </LocaleProvider>,
    );
    const english = (latest as UseGradientFieldResult | null)?.landscape;
    rerender(
      <LocaleProvider locale="fr">
        <Probe />
      </LocaleProvider>,
    );
    const result = latest as UseGradientFieldResult | null;
    expect(contours).toHaveBeenCalledTimes(1);
    expect(result?.landscape.contours[0]?.lines).toBe(english?.contours[0]?.lines);
    expect(result?.landscape.contours.some((c) => c.text.includes(","))).toBe(true);
    expect(result?.state.valueText).toMatch(/^w1 = 1 ; w2 = 1 : L = 0,1, gradient \(0,2 ; 0\)/);
  });
});
