/**
 * Acceptance test of issue #18, "No input can freeze the page" (first bullet of "Done when"):
 * each adversarial formula (test/support/adversarialFormulas.ts) goes into every explorer that
 * takes a formula, as a reader pasting it would, and into the custom elements' attributes. After
 * the input:
 *  (a) the longest main-thread task (PerformanceObserver "longtask", and the synchronous time of
 *      the input dispatch itself) stays under 200 ms;
 *  (b) the page answers a click on a control of the widget within 300 ms of the input;
 *  (c) the widget shows the result (no message, a picture drawn) or a budget message
 *      ("too long", "too large", "nested too deeply"), with no NaN or Infinity in its SVG and
 *      no uncaught error on the page.
 * One widget of each kind serves all the formulas in turn (mounted with its defaults, outside
 * the measurement, and mounted afresh after a case that left it unsettled or broken), so the
 * whole file stays short once the engine keeps its budgets.
 */
import { afterAll, beforeAll, describe, it } from "vitest";
import { createRoot } from "react-dom/client";
import type { ReactElement } from "react";
import { ChainRuleExplorer, GradientExplorer, SecantExplorer } from "../../src";
import { defineElements } from "../../src/embed/index";
import type { FormulaVariables } from "../support/adversarialFormulas";
import { adversarialFormulas } from "../support/adversarialFormulas";

const LONGEST_TASK_MS = 200;
const CLICK_MS = 300;
/** The widget counts as settled after this long without a change to its DOM. */
const QUIET_MS = 120;
/** Give up waiting for the widget to settle, or to show a result or a budget message. */
const SETTLE_CAP_MS = 3_000;
/**
 * Per formula and widget. The measurement gives up on its own after a few seconds of slow
 * frames; a task that blocks the page cannot be cut short from inside it, so such a case fails
 * (on its figures and on this timeout) when the block ends.
 */
const CASE_TIMEOUT_MS = 20_000;

const BUDGET_MESSAGE = /too (long|large|deep)/i;

/** What one widget needs to be driven by the test. */
interface Widget {
  name: string;
  /** The variables its formulas are written in. */
  variables: FormulaVariables;
  /** Mounts a fresh widget in `host`; returns how to remove it. */
  mount: (host: HTMLElement) => () => void;
  /** Puts the formula in, synchronously, as a reader pasting it (or a page setting it) would. */
  enter: (host: HTMLElement, text: string) => void;
  /**
   * The control clicked right after the input (a radio not chosen yet, or a toggle), and
   * whether its effect is on screen beyond its own check mark.
   */
  control: (host: HTMLElement) => HTMLInputElement;
  shown?: (host: HTMLElement) => boolean;
  /**
   * After that click, one more that brings the formula back on screen (the chain explorer's
   * neuron mode hides the composition), and whether its effect is on screen.
   */
  restore?: {
    control: (host: HTMLElement) => HTMLInputElement;
    shown: (host: HTMLElement) => boolean;
  };
  /** A picture of the result is drawn. */
  drawn: (host: HTMLElement) => boolean;
  /** The picture as text, to tell the formula's picture from the default one. */
  picture: (host: HTMLElement) => string;
}

/** Mounts a React element in its own root (not testing-library's: its cleanup runs per test). */
function reactMount(element: ReactElement): (host: HTMLElement) => () => void {
  return (host) => {
    const root = createRoot(host);
    root.render(element);
    return () => root.unmount();
  };
}

/** Mounts a custom element with no attributes (its widget's defaults). */
function elementMount(tag: string): (host: HTMLElement) => () => void {
  return (host) => {
    const element = document.createElement(tag);
    host.append(element);
    return () => element.remove();
  };
}

/** Where a widget's parts are: a custom element's shadow root, or the host itself. */
function inside(host: HTMLElement): ParentNode {
  return (
    host.querySelector("slopes-secant, slopes-chain-rule, slopes-gradient")?.shadowRoot ?? host
  );
}

const inputValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value");

/** Pastes `text` into the widget's formula field: the whole value at once, then one input event. */
function paste(host: HTMLElement, text: string): void {
  const field = inside(host).querySelector<HTMLInputElement>("input.slopes-field-input");
  if (!field) throw new Error("no formula field");
  // The native setter, so that React's value tracker sees a change.
  inputValue?.set?.call(field, text);
  field.dispatchEvent(
    new InputEvent("input", { bubbles: true, inputType: "insertFromPaste", data: text }),
  );
}

function setAttribute(selector: string, name: string): (host: HTMLElement, text: string) => void {
  return (host, text) => {
    const element = host.querySelector(selector);
    if (!element) throw new Error(`no ${selector}`);
    element.setAttribute(name, text);
  };
}

function radio(value: string): (host: HTMLElement) => HTMLInputElement {
  return (host) => {
    const found = inside(host).querySelector<HTMLInputElement>(
      `input[type="radio"][value="${value}"]`,
    );
    if (!found) throw new Error(`no radio ${value}`);
    return found;
  };
}

/** The secant's difference method not chosen yet (forward and central in turn). */
function otherMethod(host: HTMLElement): HTMLInputElement {
  const found = inside(host).querySelector<HTMLInputElement>('input[type="radio"]:not(:checked)');
  if (!found) throw new Error("no method to choose");
  return found;
}

function checkbox(label: string): (host: HTMLElement) => HTMLInputElement {
  return (host) => {
    const found = [...inside(host).querySelectorAll<HTMLLabelElement>("label.slopes-toggle")].find(
      (l) => l.textContent?.trim() === label,
    );
    const input = found?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!input) throw new Error(`no toggle ${label}`);
    return input;
  };
}

/** React has re-rendered for neuron mode: the formula field is gone (neuron mode has none). */
const fieldGone = (host: HTMLElement) =>
  inside(host).querySelector("input.slopes-field-input") === null;

/** Composition chosen again, and React has re-rendered: the formula field is back. */
const compositionShown = (host: HTMLElement) =>
  inside(host).querySelector('input[type="radio"][value="composition"]:checked') !== null &&
  inside(host).querySelector("input.slopes-field-input") !== null;

const pathsOf = (host: HTMLElement, selector: string) =>
  [...inside(host).querySelectorAll(selector)].map((p) => p.getAttribute("d") ?? "").join(" ");

function curveDrawn(host: HTMLElement): boolean {
  return [...inside(host).querySelectorAll("path.slopes-curve")].some((p) =>
    /\d/.test(p.getAttribute("d") ?? ""),
  );
}

function chainDrawn(host: HTMLElement): boolean {
  return inside(host).querySelector("svg.slopes-chain-svg") !== null;
}

function chainPicture(host: HTMLElement): string {
  const svg = inside(host).querySelector("svg.slopes-chain-svg");
  return svg ? `${svg.getAttribute("viewBox")} ${svg.textContent}` : "";
}

function mapDrawn(host: HTMLElement): boolean {
  return [...inside(host).querySelectorAll(".slopes-gradient-map svg path")].some((p) =>
    /\d/.test(p.getAttribute("d") ?? ""),
  );
}

const X: FormulaVariables = ["x", "x"];
const W: FormulaVariables = ["w1", "w2"];

const WIDGETS: readonly Widget[] = [
  {
    name: "SecantExplorer",
    variables: X,
    mount: reactMount(<SecantExplorer lazy={false} />),
    enter: paste,
    control: otherMethod,
    drawn: curveDrawn,
    picture: (host) => pathsOf(host, "path.slopes-curve"),
  },
  {
    name: "ChainRuleExplorer",
    variables: X,
    // Editable in composition mode (the default): the field takes any formula in x.
    mount: reactMount(<ChainRuleExplorer lazy={false} defaultMode="composition" />),
    enter: paste,
    control: radio("neuron"),
    shown: fieldGone,
    restore: { control: radio("composition"), shown: compositionShown },
    drawn: chainDrawn,
    picture: chainPicture,
  },
  {
    name: "GradientExplorer",
    variables: W,
    mount: reactMount(<GradientExplorer lazy={false} />),
    enter: paste,
    control: checkbox("Heat map"),
    drawn: mapDrawn,
    picture: (host) => pathsOf(host, ".slopes-gradient-map svg path"),
  },
  {
    name: "<slopes-secant fn>",
    variables: X,
    mount: elementMount("slopes-secant"),
    enter: setAttribute("slopes-secant", "fn"),
    control: otherMethod,
    drawn: curveDrawn,
    picture: (host) => pathsOf(host, "path.slopes-curve"),
  },
  {
    name: "<slopes-chain-rule composition>",
    variables: X,
    mount: elementMount("slopes-chain-rule"),
    enter: setAttribute("slopes-chain-rule", "composition"),
    control: radio("neuron"),
    shown: fieldGone,
    restore: { control: radio("composition"), shown: compositionShown },
    drawn: chainDrawn,
    picture: chainPicture,
  },
  {
    name: "<slopes-gradient cost>",
    variables: W,
    mount: elementMount("slopes-gradient"),
    enter: setAttribute("slopes-gradient", "cost"),
    control: checkbox("Heat map"),
    drawn: mapDrawn,
    picture: (host) => pathsOf(host, ".slopes-gradient-map svg path"),
  },
];

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `ready()` holds (checked once per frame), or fails after `ms`. */
async function until(ready: () => boolean, ms: number, what: string): Promise<void> {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}

/** Inside a live region: text spoken later on purpose (after a pause), not work. */
function spokenLater(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest("[aria-live]") != null;
}

/**
 * Resolves once `root` has gone `QUIET_MS` without a DOM change (live regions aside) and at
 * least `minimum` ms have passed; `false` if that did not happen within `SETTLE_CAP_MS`.
 */
async function settle(root: Node, minimum = 0): Promise<boolean> {
  const start = performance.now();
  let last = start;
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !spokenLater(r.target))) last = performance.now();
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    for (;;) {
      await sleep(25);
      const now = performance.now();
      if (now - last >= QUIET_MS && now - start >= minimum) return true;
      if (now - start > SETTLE_CAP_MS) return false;
    }
  } finally {
    observer.disconnect();
  }
}

/** Every SVG attribute under `root` with NaN or Infinity in it. */
function badSvgAttributes(root: ParentNode): string[] {
  return [...root.querySelectorAll("svg, svg *")].flatMap((el) =>
    [...el.attributes]
      .filter((a) => /NaN|Infinity/.test(a.value))
      .map((a) => `${el.tagName}.${a.name}=${a.value.slice(0, 80)}`),
  );
}

/** The widget's messages: the field's error, plane and graph messages, alerts. */
function messagesOf(root: ParentNode): string[] {
  return [...root.querySelectorAll(".slopes-field-message, .slopes-message, [role='alert']")]
    .map((e) => (e.textContent ?? "").trim())
    .filter(Boolean);
}

type Outcome = "result" | "budget" | "other";

interface Measure {
  widget: string;
  formula: string;
  /** Longest "longtask" entry after the input, ms (0 when none over 50 ms). */
  longTask: number;
  /** Synchronous time of the input dispatch (the field's input event, or setAttribute), ms. */
  dispatch: number;
  /** From the input to the clicked control's effect on screen, ms. */
  click: number;
  outcome: Outcome;
  settled: boolean;
  messages: string[];
  badSvg: string[];
  errors: string[];
}

/** Waits for a frame in which `shown()` holds; the time then, or NaN after the cap. */
async function frameWhen(shown: () => boolean, since: number): Promise<number> {
  for (;;) {
    await nextFrame();
    if (shown()) return performance.now();
    if (performance.now() - since > SETTLE_CAP_MS) return Number.NaN;
  }
}

/** A widget on the page, reused from one formula to the next. */
interface Mounted {
  host: HTMLElement;
  unmount: () => void;
}

async function mount(widget: Widget): Promise<Mounted> {
  const host = document.createElement("div");
  host.style.width = "960px";
  document.body.append(host);
  const unmount = widget.mount(host);
  const mounted = {
    host,
    unmount: () => {
      unmount();
      host.remove();
    },
  };
  try {
    await until(
      () =>
        inside(host).querySelector("input.slopes-field-input") !== null &&
        widget.drawn(host) &&
        messagesOf(inside(host)).length === 0,
      5_000,
      `${widget.name} to mount`,
    );
    await settle(host);
  } catch (error) {
    mounted.unmount();
    throw error;
  }
  return mounted;
}

async function measure(widget: Widget, host: HTMLElement, text: string): Promise<Measure> {
  const before = widget.picture(host);
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener("error", onError);
  window.addEventListener("unhandledrejection", onRejection);
  const tasks: number[] = [];
  const longTasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  longTasks.observe({ type: "longtask", buffered: false });
  try {
    const control = widget.control(host);
    const wanted = !control.checked;
    const start = performance.now();
    widget.enter(host, text);
    const dispatch = performance.now() - start;
    // A reader clicks right away: the click is queued behind whatever the input started.
    setTimeout(() => control.click(), 0);
    const shownAt = await frameWhen(
      () => control.checked === wanted && (widget.shown?.(host) ?? true),
      start,
    );
    let restored = true;
    if (widget.restore) {
      const { control: back, shown } = widget.restore;
      back(host).click();
      restored = !Number.isNaN(await frameWhen(() => shown(host), performance.now()));
    }
    let settled = (await settle(host, 100)) && restored;
    const outcome = () => outcomeOf(widget, host, before);
    // A result computed off the main thread may arrive after a pause: wait for it a little.
    const waitStart = performance.now();
    while (outcome() === "other" && performance.now() - waitStart < SETTLE_CAP_MS) {
      await sleep(50);
    }
    if (outcome() !== "other" && !settled) settled = await settle(host);
    for (const entry of longTasks.takeRecords()) tasks.push(entry.duration);
    return {
      widget: widget.name,
      formula: "",
      longTask: Math.max(0, ...tasks),
      dispatch,
      click: shownAt - start,
      outcome: outcome(),
      settled,
      messages: messagesOf(inside(host)).map((m) => m.slice(0, 160)),
      badSvg: badSvgAttributes(inside(host)),
      errors,
    };
  } finally {
    longTasks.disconnect();
    window.removeEventListener("error", onError);
    window.removeEventListener("unhandledrejection", onRejection);
  }
}

/**
 * "budget": a message says the formula is too long, too large or nested too deeply. "result":
 * no message, and a picture drawn that is not the default formula's. "other": anything else.
 */
function outcomeOf(widget: Widget, host: HTMLElement, before: string): Outcome {
  // A widget replaced by its error boundary failed, whatever its message says.
  if (inside(host).querySelector(".slopes-explorer-failed")) return "other";
  const messages = messagesOf(inside(host));
  if (messages.some((m) => BUDGET_MESSAGE.test(m))) return "budget";
  // A budget line may also be a notice beside the picture ("… says what it leaves out").
  const notices = [...inside(host).querySelectorAll("p, [role='status']")].map(
    (e) => e.textContent,
  );
  if (notices.some((t) => t && t.length < 2_000 && BUDGET_MESSAGE.test(t))) return "budget";
  const drawn = widget.drawn(host) && widget.picture(host) !== before;
  return messages.length === 0 && drawn ? "result" : "other";
}

const results: Measure[] = [];
let actEnvironment: unknown;

beforeAll(() => {
  defineElements();
  // This file drives React outside act() on purpose: it measures what the browser does.
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown };
  actEnvironment = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = false;
});

/** One line of figures for a case, in the log as it ends and in the closing table. */
function line(r: Measure): string {
  const ms = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : "—");
  return [
    r.widget.padEnd(32),
    r.formula.slice(0, 48).padEnd(48),
    ms(r.longTask).padStart(6),
    ms(r.dispatch).padStart(6),
    ms(r.click).padStart(6),
    r.outcome.padEnd(6),
    r.outcome === "budget" ? (r.messages[0] ?? "(notice)").slice(0, 70) : "",
  ].join(" | ");
}

const HEADER = "widget | formula | longest task ms | dispatch ms | click ms | outcome | message";

afterAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  console.log([`adversarial formulas: ${HEADER}`, ...results.map(line)].join("\n"));
});

/** A plain formula, measured like the others: the floor of the widget and of this harness. */
function plainFormula([a, b]: FormulaVariables): string {
  return a === b ? `${a}^3 - ${a}` : `${a}^2 + ${b}^2 + ${a} ${b}`;
}

describe.each(WIDGETS)("$name: no formula freezes the page", (widget) => {
  const cases = [
    { name: "control: a plain formula", source: plainFormula(widget.variables) },
    ...adversarialFormulas(widget.variables),
  ];
  let mounted: Mounted | null = null;
  // A case that blocked the page past its timeout is still measuring when the next one starts:
  // each case waits for the one before, so that two never drive the widget at once.
  let previous: Promise<unknown> = Promise.resolve();
  afterAll(async () => {
    await previous.catch(() => undefined);
    mounted?.unmount();
    mounted = null;
  });
  it.for(cases)("$name", { timeout: CASE_TIMEOUT_MS }, async ({ name, source }, { expect }) => {
    const run = previous
      .catch(() => undefined)
      .then(async () => {
        mounted ??= await mount(widget);
        const m = { ...(await measure(widget, mounted.host, source)), formula: name };
        results.push(m);
        console.log(`[adversarial] ${line(m)}`);
        // A widget left busy or broken is not handed to the next formula.
        if (!m.settled || m.outcome === "other" || m.errors.length > 0) {
          mounted.unmount();
          mounted = null;
        }
        return m;
      });
    previous = run;
    const m = await run;
    const longest = Math.max(m.longTask, m.dispatch);
    expect
      .soft(longest, "longest main-thread task after the input (ms)")
      .toBeLessThan(LONGEST_TASK_MS);
    expect
      .soft(m.click, "from the input to a click's effect on screen (ms)")
      .toBeLessThan(CLICK_MS);
    expect
      .soft(m.outcome, `a result or a budget message; shown: ${JSON.stringify(m.messages)}`)
      .not.toBe("other");
    expect.soft(m.badSvg, "SVG attributes with NaN or Infinity").toEqual([]);
    expect.soft(m.errors, "uncaught errors").toEqual([]);
  });
});
