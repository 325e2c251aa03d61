// The page that scripts/screenshots.mjs photographs: one scene per load (`?scene=name`), drawn
// by the library's sources. Not a test: the pictures are for the README and for people to look
// at; what they show is checked by the browser tests (test/browser/*-layout, labels, …).
import "katex/dist/katex.min.css";
import "../src/theme/styles.css";
import type { ReactElement } from "react";
import { createRoot } from "react-dom/client";
import {
  Arrow,
  ChainRuleExplorer,
  Curve,
  GradientExplorer,
  Handle,
  LocaleProvider,
  Plane,
  SecantExplorer,
  Tex,
} from "../src";
import { Chapter } from "../stories/chapter/Chapter";

/** One picture: what to draw, how wide, where the file goes, and which buttons to press first. */
export interface Scene {
  /** Path of the picture from the repository's root. */
  out: string;
  width: number;
  /** Room around the scene, in pixels. @default 0 */
  padding?: number;
  background?: string;
  element: ReactElement;
  /** Accessible names of buttons to press, in order, before the picture is taken. */
  press?: string[];
}

const parabola = Array.from({ length: 121 }, (_, i) => {
  const x = -3 + i / 20;
  return [x, x * x] as const;
});

const nothing = () => {};

export const SCENES: Record<string, Scene> = {
  // The README's picture.
  "secant-explorer": {
    out: "docs/images/secant-explorer.png",
    width: 960,
    element: <SecantExplorer fn="x^2" defaultX={1} defaultH={0.5} lazy={false} />,
  },
  primitives: {
    out: "reports/screenshots/primitives.png",
    width: 640,
    padding: 12,
    background: "white",
    element: (
      <>
        <Plane domain={{ x: [-3, 3], y: [-1, 9] }} title="Primitives" xLabel="x" yLabel="y">
          <Curve segments={[parabola]} />
          <Arrow from={[1, 1]} to={[2, 3]} label="slope 2" color="var(--slopes-tangent)" />
          <Handle value={[1, 1]} axes="x" label="Point on the curve" onValueChange={nothing} />
          <Handle value={[-1.5, 6]} label="Free point" onValueChange={nothing} />
        </Plane>
        <Tex tex={"f'(x) = \\lim_{h \\to 0} \\frac{f(x+h) - f(x)}{h} = 2x"} display />
      </>
    ),
  },
  "chain-composition": {
    out: "reports/screenshots/chain-composition.png",
    width: 960,
    element: (
      <ChainRuleExplorer
        defaultMode="composition"
        defaultInputs={{ x: 1 }}
        theme="light"
        lazy={false}
      />
    ),
  },
  "chain-neuron-dark": {
    out: "reports/screenshots/chain-neuron-dark.png",
    width: 960,
    background: "#0d1117",
    element: (
      <ChainRuleExplorer
        defaultMode="neuron"
        defaultInputs={{ x: 2, w: 4, b: 3, y: 1 }}
        theme="dark"
        animation="step"
        lazy={false}
      />
    ),
  },
  "chain-backward": {
    out: "reports/screenshots/chain-backward.png",
    width: 960,
    element: (
      <ChainRuleExplorer
        defaultMode="neuron"
        theme="light"
        animation="step"
        showFormulas={false}
        lazy={false}
      />
    ),
    press: ["Next step", "Next step", "Next step", "Next step"],
  },
  "chain-french": {
    out: "reports/screenshots/chain-french.png",
    width: 960,
    element: (
      <LocaleProvider locale="fr">
        <ChainRuleExplorer defaultMode="neuron" theme="light" animation="step" lazy={false} />
      </LocaleProvider>
    ),
    press: ["Étape suivante", "Étape suivante", "Étape suivante", "Étape suivante"],
  },
  gradient: {
    out: "reports/screenshots/gradient.png",
    width: 980,
    padding: 8,
    background: "white",
    element: (
      <GradientExplorer defaultProbe={[1, 1]} defaultShowTrajectory theme="light" lazy={false} />
    ),
  },
  "gradient-dark": {
    out: "reports/screenshots/gradient-dark.png",
    width: 980,
    element: (
      <GradientExplorer
        cost="w1^2 + 10 w2^2"
        defaultProbe={[-2.5, 1.2]}
        defaultLearningRate={0.09}
        defaultShowTrajectory
        defaultShowHeatmap
        defaultShowField
        theme="dark"
        lazy={false}
      />
    ),
  },
  "chapter-english": {
    out: "reports/screenshots/chapter-english.png",
    width: 1100,
    element: <Chapter lang="en" />,
  },
  "chapter-french": {
    out: "reports/screenshots/chapter-french.png",
    width: 1100,
    element: <Chapter lang="fr" />,
  },
};

declare global {
  interface Window {
    /** The scenes, for the script to list; then the scene shown, once it is ready. */
    __scenes: Record<string, { out: string }>;
    __ready?: Promise<void>;
  }
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Brings every explorer that waits to be near the viewport into view until it has mounted. */
async function mountLazyExplorers(root: HTMLElement) {
  for (let round = 0; round < 50; round++) {
    const placeholder = root.querySelector(".slopes-placeholder");
    if (!placeholder) return;
    placeholder.scrollIntoView();
    // Mounted: the placeholder is replaced, or stops being one (its root stays).
    const waiting = () =>
      placeholder.isConnected && placeholder.classList.contains("slopes-placeholder");
    for (let wait = 0; wait < 300 && waiting(); wait++) await frame();
  }
  if (root.querySelector(".slopes-placeholder")) throw new Error("An explorer did not mount");
}

async function show(scene: Scene) {
  const root = document.getElementById("root") as HTMLElement;
  root.style.width = `${scene.width}px`;
  root.style.padding = `${scene.padding ?? 0}px`;
  if (scene.background) root.style.background = scene.background;
  createRoot(root).render(scene.element);
  await frame();
  await mountLazyExplorers(root);
  for (const name of scene.press ?? []) {
    const find = () =>
      [...root.querySelectorAll("button")].find(
        (b) => b.textContent?.trim() === name || b.getAttribute("aria-label") === name,
      );
    for (let wait = 0; wait < 300 && !find(); wait++) await frame();
    const button = find();
    if (!button) throw new Error(`No button named ${name}`);
    button.click();
    await frame();
  }
  window.scrollTo(0, 0);
  await frame();
  await document.fonts.ready;
  await frame();
}

window.__scenes = Object.fromEntries(
  Object.entries(SCENES).map(([name, scene]) => [name, { out: scene.out }]),
);
const wanted = new URLSearchParams(location.search).get("scene");
const scene = wanted ? SCENES[wanted] : undefined;
if (scene) window.__ready = show(scene);
