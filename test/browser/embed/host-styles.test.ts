// A widget looks and works the same on a page styled by Bootstrap 5 or by a hostile reset
// (resets of *, button, input, svg, text, html font-size…): its parts are measured inside the
// shadow root with and without the host's stylesheet, at 1024 px and on a phone.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import bootstrap from "bootstrap/dist/css/bootstrap.min.css?raw";
import hostile from "./fixtures/hostile.css?raw";
import { mount, settled } from "./support";

const HOSTS = { bootstrap, hostile } as const;
const TAGS = ["slopes-secant", "slopes-chain-rule", "slopes-gradient"] as const;

/** The page's own stylesheet, as a host page would have it. */
function hostStyle(css: string): HTMLStyleElement {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
  return style;
}

/** A box of fixed width for the widget, that no host rule can change (inline !important). */
function container(): HTMLElement {
  const box = document.createElement("section");
  box.setAttribute(
    "style",
    "display:block!important;width:min(760px,100%)!important;margin:0!important;padding:0!important;border:0!important;box-sizing:border-box!important",
  );
  document.body.append(box);
  return box;
}

const round = (value: number) => Math.round(value * 2) / 2;

/** Sizes and positions (relative to the widget's root) of the parts a reader sees and uses. */
function measure(element: HTMLElement): Record<string, number | string> {
  const root = element.shadowRoot!.querySelector<HTMLElement>(".slopes-shadow-root")!;
  const origin = root.getBoundingClientRect();
  const out: Record<string, number | string> = {
    width: round(origin.width),
    height: round(origin.height),
  };
  const box = (name: string, part: Element | null | undefined) => {
    if (!part) return;
    const r = part.getBoundingClientRect();
    out[`${name} x`] = round(r.left - origin.left);
    out[`${name} y`] = round(r.top - origin.top);
    out[`${name} width`] = round(r.width);
    out[`${name} height`] = round(r.height);
  };
  const font = (name: string, part: Element | null | undefined) => {
    if (!part) return;
    const style = getComputedStyle(part);
    out[`${name} font`] = `${style.fontSize} ${style.fontFamily.split(",")[0]} ${style.lineHeight}`;
  };
  const title = root.querySelector(".slopes-explorer-title");
  box("title", title);
  font("title", title);
  box("picture", root.querySelector(".slopes-plane svg, svg"));
  font("tick", root.querySelector("svg text"));
  box("formula", root.querySelector(".katex"));
  root.querySelectorAll("input").forEach((input, i) => box(`input ${i}`, input));
  root.querySelectorAll("button").forEach((button, i) => box(`button ${i}`, button));
  font("readout", root.querySelector("dd, dt"));
  return out;
}

/** Every button and slider a finger touches, with its size where it is under 44 × 44 px. */
function smallTargets(element: HTMLElement): string[] {
  const root = element.shadowRoot!;
  return [...root.querySelectorAll("button, input:not([type='range']), [role='slider']")]
    .map((target) => [target, target.getBoundingClientRect()] as const)
    .filter(([, r]) => r.width > 0 && (r.width < 44 || r.height < 44))
    .map(([t, r]) => `${t.tagName} ${t.className} ${r.width}×${r.height}`);
}

async function measured(tag: string, css?: string) {
  const style = css === undefined ? undefined : hostStyle(css);
  const element = await mount(tag, {}, container());
  await document.fonts.ready;
  await settled(element);
  const result = { metrics: measure(element), small: smallTargets(element) };
  style?.remove();
  return result;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe.each([
  ["1024 px", 1024, 768],
  ["a phone", 390, 844],
])("on %s", (_, width, height) => {
  beforeAll(async () => {
    await page.viewport(width, height);
  });

  describe.each(TAGS)("<%s>", (tag) => {
    it.each(Object.keys(HOSTS) as (keyof typeof HOSTS)[])(
      "under %s's stylesheet: same sizes, positions and fonts as on a plain page",
      async (host) => {
        const plain = await measured(tag);
        document.body.replaceChildren();
        const styled = await measured(tag, HOSTS[host]);
        expect(Object.keys(plain.metrics).length).toBeGreaterThan(10);
        expect(styled.metrics).toEqual(plain.metrics);
        expect(styled.small).toEqual(plain.small);
      },
    );
  });
});

describe("theme variables from the host", () => {
  it("a --slopes-* property set on an ancestor or on the element reaches the picture", async () => {
    const box = container();
    box.style.setProperty("--slopes-curve", "rgb(1, 2, 3)");
    const element = await mount("slopes-secant", {}, box);
    const curve = () =>
      getComputedStyle(element.shadowRoot!.querySelector("path.slopes-curve")!).stroke;
    expect(curve()).toBe("rgb(1, 2, 3)");
    element.style.setProperty("--slopes-curve", "rgb(4, 5, 6)");
    expect(curve()).toBe("rgb(4, 5, 6)");
    element.style.removeProperty("--slopes-curve");
    box.style.removeProperty("--slopes-curve");
    expect(curve()).not.toMatch(/rgb\((1, 2, 3|4, 5, 6)\)/);
  });
});

describe("keyboard and pointer under the hostile stylesheet", () => {
  it("a handle moves by keyboard and by a real drag; a choice is clicked", async () => {
    await page.viewport(1024, 768);
    hostStyle(hostile);
    const element = await mount("slopes-secant", { fn: "x^2", x: "1" }, container());
    const root = element.shadowRoot!;
    const readout = (term: string) =>
      [...root.querySelectorAll(".slopes-readout")]
        .find((r) => r.textContent?.includes(term))
        ?.querySelector("dd")?.textContent;
    const handle = root.querySelector<HTMLElement>(
      "[role='slider'][aria-label='Point on the curve']",
    )!;
    handle.focus();
    await userEvent.keyboard("{End}");
    await expect.poll(() => readout("Exact slope")).toBe("6");
    await commands.realDrag("slopes-secant .slopes-handle", -120, 0);
    await expect.poll(() => Number(readout("Exact slope")?.replace("−", "-"))).toBeLessThan(6);
    const central = [...root.querySelectorAll("label")].find((l) =>
      /central/i.test(l.textContent ?? ""),
    );
    central?.click();
    await expect
      .poll(() => root.querySelector<HTMLInputElement>("input[value='central']")?.checked)
      .toBe(true);
  });
});
