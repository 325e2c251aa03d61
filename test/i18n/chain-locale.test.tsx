import { describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { ChainRuleExplorer, LocaleProvider } from "../../src";
import { chainLabels } from "../../src/i18n/chainLabels";
import { chainFr } from "../../src/i18n/chainLabelsFr";
import { LOCALES } from "../../src/i18n/locale";
import { chainGraphState } from "../../src/models/chainGraph";
import type { ChainProgram } from "../../src/models/chainProgram";
import { chainSpec } from "../../src/models/chainProgram";

/** Keys whose text is the same in both languages: notation only (`∂L/∂w`, `w = 0,5`, `f(x) =`). */
const NOTATION = new Set([
  "targetOption",
  "inputLabel",
  "inputValueText",
  "formulaLabel",
  "pathSentence",
]);

/** Calls a label with sample arguments, so that functions can be compared by what they say. */
function say(label: unknown): unknown {
  return typeof label === "function"
    ? (label as (...args: unknown[]) => unknown)("A", "B", "C", "D")
    : label;
}

function readout(name: string | RegExp): string {
  const panel = screen.getByRole("group", { name: "Valeurs" });
  return within(panel).getByText(name).parentElement?.querySelector("dd")?.textContent ?? "";
}

function stateOf(program: ChainProgram | undefined, values: Record<string, number> = {}) {
  const resolved = chainSpec({ mode: "neuron", program, locale: LOCALES.fr });
  if (!resolved.ok) throw new Error(resolved.problem.message);
  return chainGraphState({ spec: resolved.spec, values, locale: LOCALES.fr });
}

describe("the chain-rule label tables", () => {
  it("French has every English key, with the same kind of value and its own words", () => {
    expect(Object.keys(chainFr).sort()).toEqual(Object.keys(chainLabels).sort());
    for (const key of Object.keys(chainLabels) as (keyof typeof chainLabels)[]) {
      expect(typeof chainFr[key], key).toBe(typeof chainLabels[key]);
      if (typeof chainLabels[key] === "function") {
        expect((chainFr[key] as () => unknown).length, key).toBe(
          (chainLabels[key] as () => unknown).length,
        );
      }
      if (!NOTATION.has(key)) expect(say(chainFr[key]), key).not.toEqual(say(chainLabels[key]));
    }
  });

  it("is what the French locale carries", () => {
    expect(LOCALES.fr.chain).toBe(chainFr);
    expect(LOCALES.en.chain).toBe(chainLabels);
  });
});

describe("the chain models in French", () => {
  it("speak the neuron of exercise 3 with French words and numbers", () => {
    const state = stateOf(undefined);
    expect(state.valueText).toBe(
      "Pour w = 0,5 ; x = 2 ; b = −1 ; y = 1 : z = 0 ; a = 0,5 ; L = 0,25. " +
        "∂L/∂w = ∂L/∂a × ∂a/∂z × ∂z/∂w = −1 × 0,25 × 2 = −0,5.",
    );
    expect(state.tex.strip).toContain("(-1) \\times 0{,}25 \\times 2 = -0{,}5");
    expect(state.tex.steps).toContain("a &= \\sigma(z) = 0{,}5");
    const w = state.backward.find((s) => s.node === "w");
    expect(w?.text).toBe("∂L/∂w = ∂L/∂z × ∂z/∂w = −0,25 × 2 = −0,5");
    expect(w?.tex).toContain("(-0{,}25) \\times 2 = -0{,}5");
  });

  it("write decimals of typed formulas with commas, in text and TeX", () => {
    const resolved = chainSpec({ mode: "composition", composition: "0.5x^2", locale: LOCALES.fr });
    if (!resolved.ok) throw new Error(resolved.problem.message);
    const state = chainGraphState({ spec: resolved.spec, values: { x: 1.5 }, locale: LOCALES.fr });
    expect(state.nodes.find((n) => n.id === "f")).toMatchObject({
      text: "f = 0,5u",
      tex: "f = 0{,}5 u",
    });
    expect(state.check.tex).not.toMatch(/\d\.\d/);
    expect(state.tex.check).toContain("0{,}5 x^{2}");
    expect(state.valueText).toContain("df/dx = df/du × du/dx = 0,5 × 3 = 1,5.");
  });

  it("translate the sum over many paths, in TeX and in the spoken sentence", () => {
    const many = { p: "sin(x)", q: "cos(x)", r: "exp(x)", s: "x^2", t: "ln(x)", o: "p+q+r+s+t" };
    const state = stateOf(many, { x: 0.5 });
    expect(state.tex.strip).toContain("\\text{somme sur 5 chemins}");
    expect(state.valueText).toContain("do/dx = somme sur 5 chemins = 5,047.");
  });

  it("word the widget's own problems in French", () => {
    const none = chainSpec({ mode: "composition", composition: "5", locale: LOCALES.fr });
    expect(!none.ok && none.problem.message).toMatch(/^Cette formule n'utilise pas x/);
    const late = chainSpec({
      mode: "composition",
      program: { a: "b + 1", b: "x" },
      locale: LOCALES.fr,
    });
    expect(!late.ok && late.problem.message).toBe(
      "L'étape a utilise b, qui n'est pas calculé avant elle.",
    );
    const english = chainSpec({ mode: "composition", composition: "5" });
    expect(!english.ok && english.problem.message).toMatch(/^This formula does not use x/);
  });
});

describe("ChainRuleExplorer inside a French LocaleProvider", () => {
  it("shows French labels, French numbers, French value texts and {,} in TeX", () => {
    const { container } = render(
      <LocaleProvider locale="fr">
        <ChainRuleExplorer defaultMode="neuron" animation="step" />
      </LocaleProvider>,
    );
    expect(
      screen.getByRole("group", {
        name: "La dérivation en chaîne : on multiplie les pentes le long du chemin",
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Neurone" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Composée f(g(x))" })).not.toBeChecked();
    expect(screen.getByRole("group", { name: "Entrées" })).toBeInTheDocument();
    expect(readout("a = sigmoid(z)")).toBe("0,5");
    expect(readout("Sortie L")).toBe("0,25");
    expect(readout("∂L/∂w : produit le long du chemin")).toBe("−0,5");
    expect(readout("Dérivée du moteur (vérification)")).toBe("−0,5 (concorde)");
    expect(screen.getByRole("slider", { name: "w" })).toHaveAttribute("aria-valuetext", "w = 0,5");
    expect(screen.getByRole("img", { name: /^Graphe de calcul\. Pour w = 0,5 ; x = 2/ })).toBe(
      container.querySelector("svg.slopes-chain-svg"),
    );
    expect(container.querySelector(".slopes-chain-node[data-node='a']")).toHaveTextContent("= 0,5");
    const tex = [...container.querySelectorAll("annotation")].map((a) => a.textContent).join(" ");
    expect(tex).toContain("0{,}25");
    expect(tex).not.toMatch(/\d\.\d/);

    const backward = screen.getByRole("group", { name: "Rétropropagation" });
    fireEvent.click(within(backward).getByRole("button", { name: "Étape suivante" }));
    expect(within(backward).getByRole("status")).toHaveTextContent("Étape 1 sur 7 : ∂L/∂L = 1");
    expect(within(backward).getByRole("button", { name: "Recommencer" })).toBeInTheDocument();

    fireEvent.click(screen.getByRole("radio", { name: "∂L/∂b" }));
    expect(readout("∂L/∂b : produit le long du chemin")).toBe("−0,25");
  });

  it("speaks the saturated neuron in French", () => {
    vi.useFakeTimers();
    try {
      render(
        <LocaleProvider locale="fr">
          <ChainRuleExplorer defaultMode="neuron" defaultInputs={{ w: 4, b: 3 }} />
        </LocaleProvider>,
      );
      const notice = screen.getByTestId("saturation-notice");
      expect(notice).toHaveTextContent("Neurone saturé : le gradient s'évanouit");
      expect(notice).toHaveTextContent("z = 11");
      expect(notice).toHaveTextContent(/= 1,67\d* × 10⁻⁵ est presque nul/);
      act(() => vi.advanceTimersByTime(1000));
      const spoken = screen
        .getAllByRole("status")
        .map((s) => s.textContent)
        .join(" ");
      expect(spoken).toContain("l'évanouissement du gradient");
    } finally {
      vi.useRealTimers();
    }
  });

  it("translates a typing mistake in the formula, and the widget's own problem", () => {
    render(
      <LocaleProvider locale="fr">
        <ChainRuleExplorer />
      </LocaleProvider>,
    );
    const field = screen.getByRole("textbox", { name: "f(x) =" });
    fireEvent.change(field, { target: { value: "sin(x^2" } });
    expect(screen.getByText(/Il manque « \) »/)).toBeInTheDocument();
    expect(screen.getByText(/Le graphe garde la dernière formule valable/)).toBeInTheDocument();
    fireEvent.change(field, { target: { value: "5" } });
    expect(screen.getByText(/Cette formule n'utilise pas x/)).toBeInTheDocument();
  });

  it("stays English without a provider", () => {
    render(<ChainRuleExplorer defaultMode="neuron" />);
    expect(
      screen.getByRole("group", { name: "The chain rule: multiply the slopes along the path" }),
    ).toBeInTheDocument();
    const panel = screen.getByRole("group", { name: "Readouts" });
    const product = within(panel).getByText("∂L/∂w: product along the path");
    expect(product.parentElement?.querySelector("dd")).toHaveTextContent("−0.5");
    expect(screen.getByRole("slider", { name: "w" })).toHaveAttribute("aria-valuetext", "w = 0.5");
    expect(screen.getByRole("radio", { name: "Neuron" })).toBeChecked();
  });
});
