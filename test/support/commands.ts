import type { BrowserCommand } from "vitest/node";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface CdpSession {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  detach(): Promise<void>;
}

interface PlaywrightContext {
  context: { newCDPSession(page: unknown): Promise<CdpSession> };
  page: {
    mouse: {
      move(x: number, y: number, options?: { steps?: number }): Promise<void>;
      down(): Promise<void>;
      up(): Promise<void>;
    };
    waitForTimeout(ms: number): Promise<void>;
  };
  iframe: {
    locator(selector: string): { first(): { boundingBox(): Promise<Box | null> } };
  };
}

function playwrightOf(context: unknown): PlaywrightContext {
  return context as PlaywrightContext;
}

async function boxOf(ctx: PlaywrightContext, selector: string): Promise<Box> {
  const box = await ctx.iframe.locator(selector).first().boundingBox();
  if (!box) throw new Error(`No visible element matches ${selector}`);
  return box;
}

/** Options of {@link realDrag}. */
export interface RealDragOptions {
  /** Number of intermediate mouse moves. @default 10 */
  steps?: number;
  /** Release the button at the end. @default true */
  release?: boolean;
  /** Where to press, relative to the element's centre, in CSS pixels. @default [0, 0] */
  grabOffset?: readonly [number, number];
}

/**
 * Drag with real mouse input (Chromium turns it into pointer events): press on the element
 * (its centre, or `grabOffset` from it), move by (dx, dy) CSS pixels, then release.
 */
export const realDrag: BrowserCommand<
  [selector: string, dx: number, dy: number, options?: RealDragOptions]
> = async (context, selector, dx, dy, options = {}) => {
  const { steps = 10, release = true, grabOffset = [0, 0] } = options;
  const ctx = playwrightOf(context);
  const box = await boxOf(ctx, selector);
  const x = box.x + box.width / 2 + grabOffset[0];
  const y = box.y + box.height / 2 + grabOffset[1];
  await ctx.page.mouse.move(x, y);
  await ctx.page.mouse.down();
  await ctx.page.mouse.move(x + dx, y + dy, { steps });
  if (release) await ctx.page.mouse.up();
};

/** Release the mouse button wherever the pointer is. */
export const realMouseUp: BrowserCommand<[]> = async (context) => {
  await playwrightOf(context).page.mouse.up();
};

/**
 * Drag with a real touch (Chromium's input pipeline through the DevTools protocol): one finger
 * down on the element's centre, moved by (dx, dy) CSS pixels in `steps` moves, then lifted.
 */
export const realTouchDrag: BrowserCommand<
  [selector: string, dx: number, dy: number, steps?: number]
> = async (context, selector, dx, dy, steps = 10) => {
  const ctx = playwrightOf(context);
  const box = await boxOf(ctx, selector);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await ctx.context.newCDPSession(ctx.page);
  await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
  const touch = (type: string, px: number, py: number) =>
    cdp.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: type === "touchEnd" ? [] : [{ x: px, y: py, id: 1 }],
    });
  await touch("touchStart", x, y);
  for (let i = 1; i <= steps; i++)
    await touch("touchMove", x + (dx * i) / steps, y + (dy * i) / steps);
  await touch("touchEnd", x + dx, y + dy);
  await cdp.detach();
};

/**
 * Emulate the reader's motion preference for the whole page (Playwright's `emulateMedia`), so
 * both `matchMedia("(prefers-reduced-motion: reduce)")` and the CSS media query follow it;
 * `null` restores the browser's own setting.
 */
export const emulateReducedMotion: BrowserCommand<
  [motion: "reduce" | "no-preference" | null]
> = async (context, motion) => {
  const { page } = context as unknown as {
    page: { emulateMedia(options: { reducedMotion: string | null }): Promise<void> };
  };
  await page.emulateMedia({ reducedMotion: motion });
};

/**
 * Server HTML of an explorer of `test/support/serverRender.tsx`, rendered in Node by a Vite SSR
 * loader of its own (dependencies external, as on a real server), where KaTeX is at hand: the
 * HTML carries typeset formulas.
 */
export const renderOnServer: BrowserCommand<[names: ("secant" | "chain" | "gradient")[]]> = async (
  context,
  names,
) => {
  const { createServer } = await import("vite");
  const server = await createServer({
    configFile: false,
    root: context.project.config.root,
    logLevel: "silent",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, watch: null },
    esbuild: { jsx: "automatic" },
  });
  try {
    const module = (await server.ssrLoadModule("/test/support/serverRender.tsx")) as {
      renderOnServer(name: string): string;
    };
    return names.map((name) => module.renderOnServer(name));
  } finally {
    await server.close();
  }
};

export const commands = {
  realDrag,
  realMouseUp,
  realTouchDrag,
  emulateReducedMotion,
  renderOnServer,
};
