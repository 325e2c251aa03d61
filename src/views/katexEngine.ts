import type Katex from "katex";

/** The KaTeX module: `renderToString` and friends. */
export type KatexEngine = typeof Katex;

let engine: KatexEngine | null = loadOnServer();
let pending: Promise<KatexEngine> | null = null;
const listeners = new Set<() => void>();
let companion: (() => Promise<unknown>) | null = null;

/**
 * KaTeX where Node can hand it over at once: on a server (and in Node test runners) formulas are
 * typeset in the first render, so server HTML carries them. Browsers have no
 * `process.getBuiltinModule` and load KaTeX later ({@link loadKatex}); so do runtimes without it.
 */
function loadOnServer(): KatexEngine | null {
  try {
    const nodeProcess = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
      .process;
    const nodeModule = nodeProcess?.getBuiltinModule?.("node:module") as
      { createRequire(from: string): (id: string) => unknown } | undefined;
    if (!nodeModule) return null;
    const loaded = nodeModule.createRequire(import.meta.url)("katex") as
      KatexEngine | { default: KatexEngine };
    return "renderToString" in loaded ? loaded : loaded.default;
  } catch {
    return null;
  }
}

/** KaTeX if it is here already, else `null`. */
export function loadedKatex(): KatexEngine | null {
  return engine;
}

/**
 * Loads KaTeX, its stylesheet and (on demand, through the stylesheet) its fonts: a separate
 * chunk for bundlers. Resolves at once when it is here; every caller shares one request. A
 * failed request may be tried again.
 */
export function loadKatex(): Promise<KatexEngine> {
  if (engine) return Promise.resolve(engine);
  pending ??= Promise.all([import("./katexChunk"), companion?.()]).then(
    ([chunk]) => {
      engine = chunk.katex;
      for (const listener of [...listeners]) listener();
      return chunk.katex;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/**
 * What must arrive with KaTeX's code before any formula is typeset, fetched at the same time:
 * the custom elements' KaTeX rules for their shadow roots, so that a formula never shows
 * unstyled (or hidden at an unstyled size) between its placeholder and its final form. If it
 * fails, the load fails and the formulas stay as their plain-text placeholders. Internal.
 */
export function setKatexCompanion(load: () => Promise<unknown>): void {
  companion = load;
}

/** Calls `listener` once KaTeX has arrived; returns the unsubscribe function. */
export function subscribeKatex(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
