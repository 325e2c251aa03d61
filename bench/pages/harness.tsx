// Shared by every bench page: mounts the page under React Profilers, and records for the
// driver (bench/drag.bench.mjs) the commits, the rAF timestamps and the first painted SVG.
import type { ProfilerOnRenderCallback, ReactNode } from "react";
import { Profiler } from "react";
import { createRoot } from "react-dom/client";

/** One React commit seen by a Profiler. */
export interface Commit {
  id: string;
  phase: string;
  actual: number;
  at: number;
}

/** What a bench page exposes on `window.__bench`. */
export interface BenchRecord {
  /** `performance.now()` at the first line of the page's inline script. */
  scriptStart: number;
  /** `performance.now()` when `mount` was called (every module loaded and evaluated). */
  mountStart: number | null;
  /** `performance.now()` when the first SVG entered the document. */
  svgInserted: number | null;
  /** `performance.now()` in the first task after the frame that painted the first SVG. */
  svgPainted: number | null;
  /** First contentful paint, from the Paint Timing API. */
  fcp: number | null;
  commits: Commit[];
  /** rAF timestamps while `recordFrames` is on. */
  frames: number[];
  recordFrames: boolean;
  /** Pointer moves seen by the page (a listener on every page, so each move is dispatched). */
  moves: number;
  /** Long tasks (start, duration) from the Long Tasks API. */
  longTasks: Array<[number, number]>;
}

declare global {
  interface Window {
    __bench: BenchRecord;
    __t0?: number;
  }
}

const record: BenchRecord = {
  scriptStart: window.__t0 ?? 0,
  mountStart: null,
  svgInserted: null,
  svgPainted: null,
  fcp: null,
  commits: [],
  frames: [],
  recordFrames: false,
  moves: 0,
  longTasks: [],
};
window.__bench = record;

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.name === "first-contentful-paint") record.fcp = entry.startTime;
  }
}).observe({ type: "paint", buffered: true });

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) record.longTasks.push([entry.startTime, entry.duration]);
}).observe({ type: "longtask", buffered: true });

window.addEventListener(
  "pointermove",
  () => {
    record.moves += 1;
  },
  { capture: true, passive: true },
);

function afterPaint(): void {
  // The rAF callback runs before the frame is painted; the next task runs after it.
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      record.svgPainted ??= performance.now();
    };
    channel.port2.postMessage(null);
  });
}

function loop(now: number): void {
  if (record.recordFrames) record.frames.push(now);
  requestAnimationFrame(loop);
}
requestAnimationFrame(loop);

/** Commits of the Profiler `id`, with its actual render time in ms. */
export const onRender: ProfilerOnRenderCallback = (id, phase, actual) => {
  record.commits.push({ id, phase, actual, at: performance.now() });
};

/** Renders `node` into #root inside a Profiler named "page". */
export function mount(node: ReactNode): void {
  record.mountStart = performance.now();
  const container = document.getElementById("root");
  if (!container) throw new Error("bench page without #root");
  const watcher = new MutationObserver(() => {
    if (container.querySelector("svg")) {
      record.svgInserted = performance.now();
      watcher.disconnect();
      afterPaint();
    }
  });
  watcher.observe(container, { childList: true, subtree: true });
  createRoot(container).render(
    <Profiler id="page" onRender={onRender}>
      {node}
    </Profiler>,
  );
}
