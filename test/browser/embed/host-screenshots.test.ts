// The issue's check, by picture: each widget and each lesson block, on a plain page and on the
// same page under Bootstrap 5's stylesheet and under a hostile reset, shot in real Chromium at
// 1024 px and on a phone and compared pixel by pixel (pixelmatch): under 1 % of the element's
// box may differ. Fonts and KaTeX are loaded and the state is fixed (no motion, nothing hovered
// or focused) before each shot. Each element is mounted afresh under each stylesheet, as a page
// that ships it would mount it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands, page } from "vitest/browser";
import pixelmatch from "pixelmatch";
import bootstrap from "bootstrap/dist/css/bootstrap.min.css?raw";
import hostile from "./fixtures/hostile.css?raw";
import { mount, settled } from "./support";

const HOSTS = { bootstrap, hostile } as const;
type Host = keyof typeof HOSTS;

/** Where the element sits: at the page's top left, at a width no host rule can change. */
const PLACE = "position:absolute!important;left:0!important;top:0!important;margin:0!important";
const BOX = "display:block!important;padding:0!important;border:0!important";
/**
 * The prose a term sits in. A term takes the words' font and colour on purpose (it is part of
 * the author's sentence), so the sentence's own type is fixed here: what is compared is the rest.
 */
const PROSE =
  "font:16px/1.5 sans-serif!important;color:#222!important;letter-spacing:normal!important;word-spacing:normal!important;text-transform:none!important;text-indent:0!important;white-space:normal!important;text-align:left!important;margin:0!important;padding:0!important;border:0!important;vertical-align:baseline!important";

/** Markup of each element as an author writes it, with some of everything it shows. */
const SAMPLES: Record<string, { attributes?: Record<string, string>; markup?: string }> = {
  "slopes-secant": { attributes: { fn: "x^2", x: "1", h: "0.5" } },
  "slopes-chain-rule": { attributes: { composition: "sin(x^2)", x: "0.5" } },
  "slopes-gradient": { attributes: { cost: "w1^2 + 2*w2^2", probe: "1, 0.5" } },
  "slopes-exercise": {
    attributes: { number: "2", title: "A chain of three" },
    markup:
      '<p>Differentiate <em>h(x) = (2x + 1)³</em>.</p><slopes-answer derivative-of="(2x+1)^3" at="1" label="h′(1) ="></slopes-answer><slopes-solution derive="(2x+1)^3"></slopes-solution>',
  },
  "slopes-quiz": {
    attributes: { title: "Check yourself" },
    markup:
      '<slopes-question>What is the derivative of <em>x²</em>?<slopes-option correct feedback="Yes.">2x</slopes-option><slopes-option>x³/3</slopes-option></slopes-question>',
  },
  "slopes-term": {
    attributes: { term: "Derivative", definition: "The slope of the tangent at a point." },
    markup: "derivative",
  },
};

/** The picture of a box of the page: RGBA pixels, in CSS pixels' scale of the screenshot. */
interface Shot {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

async function decode(base64: string): Promise<ImageBitmap> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return createImageBitmap(new Blob([bytes], { type: "image/png" }));
}

/** Shoots `frame` (a light-DOM box) and cuts out each rectangle (CSS px, viewport-relative). */
async function shoot(frame: HTMLElement, boxes: DOMRect[]): Promise<Shot[]> {
  const image = await decode(await page.screenshot({ element: frame, save: false }));
  const origin = frame.getBoundingClientRect();
  const scale = image.width / origin.width;
  return boxes.map((box) => {
    const x = Math.round((box.left - origin.left) * scale);
    const y = Math.round((box.top - origin.top) * scale);
    const width = Math.round(box.width * scale);
    const height = Math.round(box.height * scale);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d")!;
    context.drawImage(image, x, y, width, height, 0, 0, width, height);
    return { width, height, data: context.getImageData(0, 0, width, height).data };
  });
}

/** The share of pixels that differ (pixelmatch's default tolerance, antialiasing ignored). */
function differing(a: Shot, b: Shot): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  const count = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
  return count / (a.width * a.height);
}

/** The share of pixels that are not the page's white: the shot shows something. */
function inked(shot: Shot): number {
  let ink = 0;
  for (let i = 0; i < shot.data.length; i += 4) {
    if (shot.data[i]! + shot.data[i + 1]! + shot.data[i + 2]! < 3 * 245) ink++;
  }
  return ink / (shot.width * shot.height);
}

const frames = () =>
  new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/** Mounts the sample under `css` (or none) and shoots the element's box (and a term's popover). */
async function picture(tag: string, width: number, css?: string): Promise<Shot[]> {
  const style = document.createElement("style");
  style.textContent = css ?? "";
  document.head.append(style);
  const frame = document.createElement("div");
  const term = tag === "slopes-term";
  frame.setAttribute(
    "style",
    `${PLACE};${BOX};width:${width}px!important;${term ? `${PROSE};height:320px!important` : "background:#fff!important"}`,
  );
  document.body.append(frame);
  let parent: HTMLElement = frame;
  if (term) {
    parent = document.createElement("p");
    parent.setAttribute("style", PROSE);
    parent.append("The ");
    frame.append(parent);
  }
  const sample = SAMPLES[tag]!;
  const element = await mount(tag, sample.attributes, parent, sample.markup);
  if (term) {
    element.setAttribute("style", PROSE);
    parent.append(" of a function.");
    element.shadowRoot!.querySelector("button")!.click();
    await expect.poll(() => element.shadowRoot!.querySelector("[role='dialog']")).toBeTruthy();
    // The popover takes focus when it opens: a blur keeps focus rings out of the picture.
    (element.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  }
  await settled(element);
  await document.fonts.ready;
  await frames();
  await settled(element);
  const boxes = [element.getBoundingClientRect()];
  const dialog = element.shadowRoot!.querySelector("[role='dialog']");
  if (dialog) boxes.push(dialog.getBoundingClientRect());
  const shots = await shoot(frame, boxes);
  frame.remove();
  style.remove();
  return shots;
}

beforeAll(async () => {
  // Nothing moves while a picture is taken (the backward pass waits for a click, no transitions).
  await commands.emulateReducedMotion("reduce");
});
afterAll(async () => {
  await commands.emulateReducedMotion(null);
  await page.viewport(1024, 768);
});

describe.each([
  ["1024 px", 1024, 760],
  ["a phone", 390, 374],
])("on %s", (_, viewport, width) => {
  beforeAll(async () => {
    // Tall enough for the tallest widget on a phone: an element's shot is cut at the viewport.
    await page.viewport(viewport, 2600);
  });

  it.each(Object.keys(SAMPLES))(
    "<%s> under Bootstrap 5 and a hostile reset: under 1 % of its box differs",
    async (tag) => {
      const plain = await picture(tag, width);
      for (const shot of plain) expect(inked(shot)).toBeGreaterThan(0.01);
      for (const host of Object.keys(HOSTS) as Host[]) {
        const styled = await picture(tag, width, HOSTS[host]);
        const percents = styled.map(
          (shot, i) => Math.round(differing(plain[i]!, shot) * 1e4) / 100,
        );
        expect
          .soft(Math.max(...percents), `${host}: ${percents.join(" %, ")} % differ`)
          .toBeLessThan(1);
      }
    },
  );
});
