// The page's colour theme reaches the elements' shadow roots: the nearest `data-theme` of the
// element or an ancestor (the page's <html data-theme="dark">), followed live when the page
// switches it; the element's own `theme` attribute wins; once the element leaves the page it
// stops watching. Theme variables set on the page's body still pass in. In Chromium, whose
// system scheme here is light, for the three widgets and the three lesson blocks.
import { afterEach, describe, expect, it, vi } from "vitest";
import { LESSON_MARKUP, mount as mountElement } from "./support";

const TAGS = [
  "slopes-secant",
  "slopes-chain-rule",
  "slopes-gradient",
  "slopes-exercise",
  "slopes-quiz",
  "slopes-term",
] as const;

/** The theme's foreground colour, light and dark (`--slopes-fg`). */
const FG = { light: "rgb(27, 31, 36)", dark: "rgb(230, 237, 243)" } as const;

const mount = (tag: string, attributes: Record<string, string> = {}, parent = document.body) =>
  mountElement(tag, attributes, parent, LESSON_MARKUP[tag] ?? "");

/** The widget's own parts that carry the theme (every `.slopes` inside its root). */
function parts(element: HTMLElement): Element[] {
  const root = element.shadowRoot!.querySelector(".slopes-shadow-root")!;
  const found = [...root.querySelectorAll(".slopes:not(.slopes-attribute-notes)")];
  expect(found.length).toBeGreaterThan(0);
  return found;
}

/** The colour scheme and text colour the reader sees: one value when all parts agree. */
function look(element: HTMLElement): string[] {
  const seen = new Set(
    parts(element).map((part) => {
      const style = getComputedStyle(part);
      return `${style.colorScheme} ${style.color}`;
    }),
  );
  return [...seen];
}

const LIGHT = [`light ${FG.light}`];
const DARK = [`dark ${FG.dark}`];
/** No theme pinned anywhere: the system's scheme (light in this browser). */
const SYSTEM = [`light dark ${FG.light}`];

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute("data-theme");
  document.body.removeAttribute("style");
  vi.restoreAllMocks();
});

describe.each(TAGS)("<%s>", (tag) => {
  it("follows the page's data-theme, also when the page switches it after mount", async () => {
    document.documentElement.setAttribute("data-theme", "dark");
    const element = await mount(tag);
    expect(look(element)).toEqual(DARK);
    document.documentElement.setAttribute("data-theme", "light");
    await expect.poll(() => look(element)).toEqual(LIGHT);
    document.documentElement.removeAttribute("data-theme");
    await expect.poll(() => look(element)).toEqual(SYSTEM);
    document.documentElement.setAttribute("data-theme", "dark");
    await expect.poll(() => look(element)).toEqual(DARK);
  });

  it("the nearest data-theme wins, and the element's own theme attribute over all", async () => {
    document.documentElement.setAttribute("data-theme", "dark");
    const section = document.createElement("section");
    section.setAttribute("data-theme", "light");
    document.body.append(section);
    const element = await mount(tag, {}, section);
    expect(look(element)).toEqual(LIGHT);
    element.setAttribute("theme", "dark");
    await expect.poll(() => look(element)).toEqual(DARK);
    section.setAttribute("data-theme", "dark");
    element.setAttribute("theme", "light");
    await expect.poll(() => look(element)).toEqual(LIGHT);
    // A theme it cannot read warns and leaves the page's.
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    element.setAttribute("theme", "sepia");
    await expect.poll(() => look(element)).toEqual(DARK);
    element.removeAttribute("theme");
    section.removeAttribute("data-theme");
    await expect.poll(() => look(element)).toEqual(DARK);
  });

  it("takes --slopes-* variables set on the page's body", async () => {
    document.body.style.setProperty("--slopes-fg", "rgb(4, 5, 6)");
    document.body.style.setProperty("--slopes-accent", "rgb(1, 2, 3)");
    const element = await mount(tag);
    for (const part of parts(element)) {
      expect(getComputedStyle(part).color).toBe("rgb(4, 5, 6)");
    }
    const deepest = [...element.shadowRoot!.querySelectorAll("*")].at(-1)!;
    expect(getComputedStyle(deepest).getPropertyValue("--slopes-accent")).toBe("rgb(1, 2, 3)");
    document.body.style.setProperty("--slopes-fg", "rgb(7, 8, 9)");
    expect(getComputedStyle(parts(element)[0]!).color).toBe("rgb(7, 8, 9)");
  });
});

describe("an element off the page", () => {
  it("stops following the page's theme, and follows it again once put back", async () => {
    document.documentElement.setAttribute("data-theme", "dark");
    const element = await mount("slopes-secant");
    const root = element.shadowRoot!.querySelector(".slopes-shadow-root")!;
    expect(root.getAttribute("data-theme")).toBe("dark");
    element.remove();
    await new Promise((done) => setTimeout(done, 0));
    document.documentElement.setAttribute("data-theme", "light");
    await new Promise((done) => setTimeout(done, 0));
    expect(root.getAttribute("data-theme")).toBe("dark");
    document.body.append(element);
    await expect.poll(() => look(element)).toEqual(LIGHT);
    document.documentElement.setAttribute("data-theme", "dark");
    await expect.poll(() => look(element)).toEqual(DARK);
  });
});

describe("a term's open popover", () => {
  it("follows the page's theme when it switches while the popover is open", async () => {
    document.documentElement.setAttribute("data-theme", "dark");
    const element = await mount("slopes-term");
    element.shadowRoot?.querySelector("button")?.click();
    const popover = () => element.shadowRoot?.querySelector<HTMLElement>(".slopes-term-popover");
    await expect.poll(() => popover()).toBeTruthy();
    const colour = () => getComputedStyle(popover() as HTMLElement).color;
    expect(colour()).toBe(FG.dark);
    document.documentElement.setAttribute("data-theme", "light");
    await expect.poll(colour).toBe(FG.light);
    expect(popover()).toBeTruthy();
  });
});
