import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { LocaleProvider, SecantExplorer } from "../../src";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import { localizeTeX, resolveLocale, usesDecimalComma } from "../../src/i18n/locale";

describe("locales", () => {
  it("French has every English key, with the same kind of value", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(typeof fr[key], key).toBe(typeof en[key]);
      expect(fr[key], key).not.toEqual(key === "functionLabel" ? "" : en[key]);
    }
  });

  it("resolves tags: fr-CA is French with Canadian numbers, unknown is English", () => {
    expect(resolveLocale("fr").labels).toBe(fr);
    expect(resolveLocale("fr-CA")).toMatchObject({ code: "fr-CA", labels: fr });
    expect(resolveLocale("de").labels).toBe(en);
    expect(resolveLocale(undefined).code).toBe("en");
    expect(resolveLocale("not a tag!").code).toBe("en");
  });

  it("reads _ as - and never throws: en_US, fr_FR, français, empty (#18)", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(resolveLocale("en_US")).toMatchObject({ code: "en-US", labels: en });
    expect(resolveLocale("fr_FR")).toMatchObject({ code: "fr-FR", labels: fr });
    expect(resolveLocale(" fr_CA ")).toMatchObject({ code: "fr-CA", labels: fr });
    expect(resolveLocale("")).toBe(resolveLocale("en"));
    expect(warn).not.toHaveBeenCalled();
    expect(resolveLocale("français")).toMatchObject({ code: "en", labels: en });
    expect(resolveLocale("français").code).toBe("en");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('"français"');
    resolveLocale("klingon!");
    expect(warn).toHaveBeenCalledTimes(2);
    expect(usesDecimalComma("fr_FR")).toBe(true);
    expect(usesDecimalComma("français")).toBe(false);
    expect(localizeTeX("0.5", "fr_FR")).toBe("0{,}5");
  });

  it("writes decimal commas in TeX for French only", () => {
    expect(usesDecimalComma("fr")).toBe(true);
    expect(usesDecimalComma("en")).toBe(false);
    expect(localizeTeX("\\frac{2.25 - 1}{0.5} \\approx 2.5", "fr")).toBe(
      "\\frac{2{,}25 - 1}{0{,}5} \\approx 2{,}5",
    );
    expect(localizeTeX("2.5", "en")).toBe("2.5");
  });
});

describe("LocaleProvider", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ["fr_FR", "Pente d'une courbe : sécante et tangente", "0,5"],
    ["en_US", "Slope of a curve: secant and tangent", "0.5"],
    ["français", "Slope of a curve: secant and tangent", "0.5"],
    ["", "Slope of a curve: secant and tangent", "0.5"],
  ])("takes locale=%j without throwing (#18)", (locale, title, half) => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    render(
      <LocaleProvider locale={locale}>
        <SecantExplorer fn="x^2" defaultX={0.25} defaultH={0.5} />
      </LocaleProvider>,
    );
    const explorer = screen.getByRole("group", { name: title });
    expect(explorer.textContent).toContain(half);
  });

  it("turns the secant explorer into French, numbers included", () => {
    render(
      <LocaleProvider locale="fr">
        <SecantExplorer fn="x^2" defaultX={0.25} defaultH={0.5} />
      </LocaleProvider>,
    );
    const explorer = screen.getByRole("group", {
      name: "Pente d'une courbe : sécante et tangente",
    });
    const panel = within(explorer).getByRole("group", { name: "Valeurs" });
    const exact = within(panel).getByText("Pente exacte f′(x)").parentElement?.querySelector("dd");
    expect(exact).toHaveTextContent("0,5");
    expect(within(explorer).getByRole("slider", { name: "Point sur la courbe" })).toHaveAttribute(
      "aria-valuetext",
      "x = 0,25, pente de la tangente 0,5, pente de la sécante 1 avec h = 0,5",
    );
    expect(within(explorer).getByRole("slider", { name: "Écart h" })).toHaveAttribute(
      "aria-valuetext",
      "h = 0,5",
    );
    const formulas = [...explorer.querySelectorAll(".slopes-formulas annotation")].map(
      (a) => a.textContent,
    );
    expect(formulas.at(-1)).toContain("\\frac{0{,}5625 - 0{,}0625}{0{,}5}");
  });

  it("is English by default", () => {
    render(<SecantExplorer fn="x^2" />);
    expect(
      screen.getByRole("group", { name: "Slope of a curve: secant and tangent" }),
    ).toBeInTheDocument();
  });
});
