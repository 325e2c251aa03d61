import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReactElement } from "react";
import { act } from "react";
import { renderToString } from "react-dom/server";
import { hydrateRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { render } from "@testing-library/react";
import { ChainRuleExplorer, GradientExplorer, LocaleProvider, SecantExplorer } from "../../src";
import { chainWords, gradientWords, lessonWords, secantWords } from "../../src/i18n/catalogs";
import { chainLabels } from "../../src/i18n/chainLabels";
import { chainFr } from "../../src/i18n/chainLabelsFr";
import { en } from "../../src/i18n/en";
import { fr } from "../../src/i18n/fr";
import { gradientLabels } from "../../src/i18n/gradientLabels";
import { gradientFr } from "../../src/i18n/gradientLabelsFr";
import { ENGLISH, resolveLanguage } from "../../src/i18n/language";
import { lessonFr } from "../../src/i18n/lessonLabelsFr";
import { LOCALES, resolveLocale } from "../../src/i18n/locale";
import { SecantElement } from "../../src/embed/SecantElement";
import { ChainElement } from "../../src/embed/ChainElement";
import { GradientElement } from "../../src/embed/GradientElement";
import { stubResizeObserver } from "../support/resize-observer";

stubResizeObserver();

describe("per-widget catalogs", () => {
  it("give each family its own words in the reader's language, numbers in the tag's", () => {
    const canadian = resolveLanguage("fr-CA");
    expect(secantWords(canadian)).toEqual({ code: "fr-CA", labels: fr });
    expect(chainWords(canadian)).toEqual({ code: "fr-CA", chain: chainFr });
    expect(gradientWords(canadian)).toEqual({ code: "fr-CA", gradient: gradientFr });
    expect(lessonWords(canadian)).toEqual({ code: "fr-CA", lesson: lessonFr });
    const german = resolveLanguage("de");
    expect(secantWords(german)).toEqual({ code: "de", labels: en });
    expect(chainWords(ENGLISH)).toEqual({ code: "en", chain: chainLabels });
    expect(gradientWords(ENGLISH)).toEqual({ code: "en", gradient: gradientLabels });
  });

  it("use a page's own Locale as it is, and give the same object for the same language", () => {
    const own = { ...LOCALES.fr, code: "fr-BE" };
    const language = resolveLanguage(own);
    expect(chainWords(language)).toBe(own);
    expect(secantWords(language)).toBe(own);
    expect(resolveLocale(own)).toBe(own);
    const french = resolveLanguage("fr");
    expect(gradientWords(french)).toBe(gradientWords(french));
    expect(resolveLocale("fr")).toBe(LOCALES.fr);
  });
});

const EXPLORERS: [string, ReactElement, string, string][] = [
  ["SecantExplorer", <SecantExplorer fn="x^2" />, fr.secantTitle, en.secantTitle],
  ["ChainRuleExplorer", <ChainRuleExplorer />, chainFr.title, chainLabels.title],
  ["GradientExplorer", <GradientExplorer />, gradientFr.title, gradientLabels.title],
];

describe("French, synchronously, wherever it is asked for", () => {
  // Hydrated roots are unmounted after each test: a root left alive keeps its timers (a settled
  // value's 700 ms), which fired once jsdom was gone ("window is not defined", a failed CI run).
  const hydrated: Root[] = [];
  afterEach(() => {
    act(() => {
      for (const root of hydrated.splice(0)) root.unmount();
    });
    document.body.innerHTML = "";
    document.documentElement.lang = "";
  });

  it.each(EXPLORERS)("%s: server HTML in French, hydrated with no mismatch", (_, ui, fre, eng) => {
    const tree = <LocaleProvider locale="fr">{ui}</LocaleProvider>;
    const container = document.createElement("div");
    container.innerHTML = renderToString(tree);
    const served = container.textContent ?? "";
    expect(served.includes(fre), "French title in the server's HTML").toBe(true);
    expect(served.includes(eng), "English title in the server's HTML").toBe(false);
    document.body.append(container);
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const recoverable = vi.fn();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    act(() => {
      hydrated.push(hydrateRoot(container, tree, { onRecoverableError: recoverable }));
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect((container.textContent ?? "").includes(fre)).toBe(true);
    error.mockRestore();
  });

  it.each([
    [
      "<slopes-secant lang=fr>",
      <SecantElement lang="fr" fn="x^2" />,
      fr.secantTitle,
      en.secantTitle,
    ],
    ["<slopes-chain-rule lang=fr>", <ChainElement lang="fr" />, chainFr.title, chainLabels.title],
    [
      "<slopes-gradient lang=fr>",
      <GradientElement lang="fr" />,
      gradientFr.title,
      gradientLabels.title,
    ],
  ])("%s: the first render is French; English never reaches the page", (_, ui, fre, eng) => {
    const seen: string[] = [];
    const container = document.createElement("div");
    document.body.append(container);
    const observer = new MutationObserver(() => {});
    observer.observe(container, {
      subtree: true,
      childList: true,
      characterData: true,
      characterDataOldValue: true,
    });
    render(ui, { container });
    for (const record of observer.takeRecords()) {
      if (record.oldValue) seen.push(record.oldValue);
      for (const node of [...record.addedNodes, ...record.removedNodes]) {
        seen.push(node.textContent ?? "");
      }
    }
    observer.disconnect();
    expect(seen.join("\n").includes(fre), "French title rendered").toBe(true);
    expect(seen.join("\n").includes(eng), "English title ever rendered").toBe(false);
  });

  it("an element without lang follows the page's <html lang>", () => {
    document.documentElement.lang = "fr-CA";
    const { container } = render(<SecantElement fn="x^2" />);
    expect(container.textContent).toContain(fr.secantTitle);
  });
});
