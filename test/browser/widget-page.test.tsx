import { afterEach, describe, expect, it } from "vitest";
import { commands, userEvent } from "vitest/browser";
import { waitFor, within } from "@testing-library/react";
import type { HeightMessage } from "../../src/pages/heightMessage";
import { isHeightMessage } from "../../src/pages/heightMessage";

// The widget pages (issue #13) opened as a course page frames them: an <iframe> of the page with
// its state in the address, here served by the test server (test/browser/fixtures/).

interface Opened {
  frame: HTMLIFrameElement;
  win: Window;
  doc: Document;
  messages: HeightMessage[];
}

const opened: (() => void)[] = [];
afterEach(() => {
  for (const close of opened.splice(0)) close();
});

async function openPage(widget: string, query: string, size = [1000, 900]): Promise<Opened> {
  const frame = document.createElement("iframe");
  frame.id = "page";
  frame.title = "widget page";
  frame.style.cssText = `width:${size[0]}px;height:${size[1]}px;border:0;display:block`;
  const messages: HeightMessage[] = [];
  const listen = (event: MessageEvent) => {
    if (event.source === frame.contentWindow && isHeightMessage(event.data))
      messages.push(event.data);
  };
  window.addEventListener("message", listen);
  opened.push(() => {
    window.removeEventListener("message", listen);
    frame.remove();
  });
  frame.src = `/test/browser/fixtures/widget-page.html${query ? `?${query}` : ""}#${widget}`;
  const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window;
  const doc = win.document;
  await waitFor(() => expect(doc.querySelector(".slopes-explorer svg")).not.toBeNull(), {
    timeout: 15_000,
  });
  return { frame, win, doc, messages };
}

function readout(doc: Document, term: string): string {
  const panel = doc.querySelector(".slopes-readouts") as HTMLElement;
  return within(panel).getByText(term).parentElement?.querySelector("dd")?.textContent ?? "";
}

/** The page's address as parameters (the hash names the widget in these fixtures). */
const params = (win: Window) => new URLSearchParams(win.location.search);

describe("widget pages: the state is in the address", { timeout: 40_000 }, () => {
  it("secant: shows the state of the link, in French and dark", async () => {
    const { doc } = await openPage(
      "secant",
      "fn=x%5E3&x=-1.5&h=0.01&method=central&show-zoom=false&lang=fr&theme=dark",
    );
    const view = within(doc.body);
    expect(view.getByRole("textbox", { name: "f(x) =" })).toHaveValue("x^3");
    const point = view.getByRole("slider", { name: "Point sur la courbe" });
    expect(point).toHaveAttribute("aria-valuenow", "-1.5");
    expect(view.getByRole("slider", { name: /h/ })).toHaveAttribute("aria-valuetext", "h = 0,01");
    expect(view.getByRole("radio", { name: /centrée/i })).toBeChecked();
    // f(x) = x³: f′(−1.5) = 6.75, written the French way.
    expect(readout(doc, "Pente exacte f′(x)")).toBe("6,75");
    expect(doc.querySelector(".slopes-zoom")).toBeNull();
    expect(doc.documentElement.lang).toBe("fr");
    expect(doc.documentElement.dataset.theme).toBe("dark");
    expect(getComputedStyle(doc.body).backgroundColor).toBe("rgb(13, 17, 23)");
    expect(doc.title).toMatch(/^Pente d'une courbe/);
    expect(doc.querySelector("[role=note]")).toBeNull();
  });

  it("chain rule and gradient: show the state of the link", async () => {
    const chain = await openPage("chain-rule", "mode=neuron&w=-2&target=b&show-formulas=false");
    const chainView = within(chain.doc.body);
    expect(chainView.getByRole("radio", { name: "Neuron" })).toBeChecked();
    expect(chainView.getByRole("slider", { name: "w" })).toHaveValue("-2");
    expect(chainView.getByRole("radio", { name: /∂L\/∂b/ })).toBeChecked();
    expect(chain.doc.querySelector(".slopes-formulas")).toBeNull();

    const gradient = await openPage(
      "gradient",
      "cost=w1%5E2%20%2B%20w2%5E2&probe=-1,0.5&learning-rate=0.3&show-heatmap=true",
    );
    const view = within(gradient.doc.body);
    expect(view.getByRole("textbox", { name: "L =" })).toHaveValue("w1^2 + w2^2");
    expect(view.getByRole("slider", { name: /w1/ })).toHaveAttribute("aria-valuenow", "-1");
    expect(view.getByRole("slider", { name: /w2/ })).toHaveAttribute("aria-valuenow", "0.5");
    expect(view.getByRole("checkbox", { name: /heat map/i })).toBeChecked();
    expect(view.getByRole("slider", { name: "Learning rate η" })).toHaveAttribute(
      "aria-valuetext",
      "η = 0.3",
    );
  });

  it("a value it cannot use: a note in the page's language, and the default", async () => {
    const { doc } = await openPage("secant", "x=abc&h=5&lang=fr&colour=red");
    const notes = within(doc.body).getAllByRole("note");
    expect(notes.map((n) => n.textContent)).toEqual([
      "La valeur x=« abc » du lien ne peut pas être utilisée (attendu : un nombre de −3 à 3) ; le widget affiche x=1 à la place.",
      "La valeur h=« 5 » du lien ne peut pas être utilisée (attendu : un nombre de 10⁻¹² à 1) ; le widget affiche h=0.5 à la place.",
      expect.stringMatching(/^Le paramètre « colour » du lien n'est pas lu par cette page/),
    ]);
    expect(within(doc.body).getByRole("slider", { name: "Point sur la courbe" })).toHaveAttribute(
      "aria-valuenow",
      "1",
    );
    expect(doc.querySelector(".slopes-page-notes")).toHaveAttribute(
      "aria-label",
      "Remarques sur le lien",
    );
  });

  it("a hostile formula in the link: refused by the engine's budget, the page stays usable", async () => {
    const long = encodeURIComponent(`${"sin(".repeat(400)}x${")".repeat(400)}`);
    const { doc } = await openPage("secant", `fn=${long}`);
    const [note] = within(doc.body).getAllByRole("note");
    expect(note?.textContent).toMatch(
      /^The link's fn=“sin\(sin\(.*…” cannot be used \(expected a formula: /,
    );
    expect(within(doc.body).getByRole("textbox", { name: "f(x) =" })).toHaveValue("x^2");
    expect(readout(doc, "Exact slope f′(x)")).toBe("2");
  });
});

describe("widget pages: the address follows the reader", { timeout: 40_000 }, () => {
  it("keyboard moves replace the address, never add to the history", async () => {
    const { win, doc } = await openPage("secant", "x=1");
    const length = win.history.length;
    const point = within(doc.body).getByRole("slider", { name: "Point on the curve" });
    point.focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    await waitFor(() => expect(params(win).get("x")).toBe("1.15"));
    const h = within(doc.body).getByRole("slider", { name: "Gap h" });
    h.focus();
    await userEvent.keyboard("{End}");
    await waitFor(() => expect(params(win).get("h")).toBe("1"));
    await userEvent.click(within(doc.body).getByRole("radio", { name: /central/i }));
    await waitFor(() => expect(params(win).get("method")).toBe("central"));
    expect(win.history.length).toBe(length);
    expect(win.location.hash).toBe("#secant");
  });

  it("a real drag of the point writes its end into the address, history unchanged", async () => {
    const { win, doc } = await openPage("secant", "");
    const length = win.history.length;
    const point = within(doc.body).getByRole("slider", { name: "Point on the curve" });
    await commands.realDrag("#page >> internal:control=enter-frame >> .slopes-handle", -160, 0, {
      steps: 20,
    });
    const x = point.getAttribute("aria-valuenow");
    expect(Number(x)).toBeLessThan(0);
    await waitFor(() => expect(params(win).get("x")).toBe(x));
    expect(win.history.length).toBe(length);
  });

  it("gradient and chain rule: toggles, the probe and the inputs go into the address", async () => {
    const gradient = await openPage("gradient", "");
    const view = within(gradient.doc.body);
    await userEvent.click(view.getByRole("checkbox", { name: /arrow field/i }));
    await waitFor(() => expect(params(gradient.win).get("show-field")).toBe("true"));
    view.getByRole("slider", { name: /w1/ }).focus();
    await userEvent.keyboard("{Home}");
    await waitFor(() => expect(params(gradient.win).get("probe")).toBe("-3,1"));

    const chain = await openPage("chain-rule", "");
    const chainView = within(chain.doc.body);
    await userEvent.click(chainView.getByRole("radio", { name: "Neuron" }));
    await waitFor(() => expect(params(chain.win).get("mode")).toBe("neuron"));
    chainView.getByRole("slider", { name: /b$/ }).focus();
    await userEvent.keyboard("{ArrowRight}");
    await waitFor(() => expect(params(chain.win).get("b")).toBe("-0.9"));
    // The explorer keeps its target across a switch of graph: the address says it only where
    // the graph offers it.
    await userEvent.click(chainView.getByRole("radio", { name: /∂L\/∂b/ }));
    await waitFor(() => expect(params(chain.win).get("target")).toBe("b"));
    await userEvent.click(chainView.getByRole("radio", { name: "Composition f(g(x))" }));
    await waitFor(() => expect(params(chain.win).toString()).toBe(""));
    await userEvent.click(chainView.getByRole("radio", { name: "Neuron" }));
    expect(chainView.getByRole("radio", { name: /∂L\/∂b/ })).toBeChecked();
    await waitFor(() => expect(params(chain.win).toString()).toBe("mode=neuron&target=b"));
  });
});

describe("widget pages: sound (#17)", { timeout: 40_000 }, () => {
  it("offer the sound switch and the play button, off until the reader turns it on", async () => {
    const { doc } = await openPage("secant", "fn=x%5E2&x=1");
    const view = within(doc.body);
    const box = view.getByRole("checkbox", { name: "Sound while moving" });
    expect(box).not.toBeChecked();
    expect(box).toHaveAttribute("aria-keyshortcuts", "S");
    expect(view.getByRole("button", { name: "Play the curve" })).toHaveAttribute(
      "aria-keyshortcuts",
      "P",
    );
    const point = view.getByRole("slider", { name: "Point on the curve" });
    point.focus();
    await userEvent.keyboard("s");
    expect(box).toBeChecked();
    await userEvent.keyboard("s");
    expect(box).not.toBeChecked();
  });
});

describe("widget pages in a frame", { timeout: 40_000 }, () => {
  it("tell the parent their height, and again when it changes", async () => {
    const { doc, messages } = await openPage("chain-rule", "");
    const page = doc.querySelector(".slopes-page") as HTMLElement;
    const height = () => Math.ceil(page.getBoundingClientRect().height);
    await waitFor(() =>
      expect(messages.at(-1)).toEqual({
        type: "slopes:height",
        widget: "chain-rule",
        height: height(),
      }),
    );
    const before = height();
    await userEvent.click(within(doc.body).getByRole("radio", { name: "Neuron" }));
    await waitFor(() => expect(height()).not.toBe(before));
    await waitFor(() => expect(messages.at(-1)?.height).toBe(height()));
  });

  it.each(["secant", "chain-rule", "gradient"])(
    "%s at 390 × 844: no sideways scroll",
    async (widget) => {
      const { doc } = await openPage(widget, "", [390, 844]);
      const root = doc.documentElement;
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
      expect(doc.querySelector(".slopes-explorer")?.getBoundingClientRect().width).toBe(390);
    },
  );
});
