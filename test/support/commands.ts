import type { BrowserCommand } from "vitest/node";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PlaywrightContext {
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

/**
 * Drag with real mouse input (Chromium turns it into pointer events): press on the centre of the
 * element, move by (dx, dy) CSS pixels in `steps` moves, optionally wander outside, then release.
 */
export const realDrag: BrowserCommand<
  [selector: string, dx: number, dy: number, steps?: number, release?: boolean]
> = async (context, selector, dx, dy, steps = 10, release = true) => {
  const ctx = playwrightOf(context);
  const box = await boxOf(ctx, selector);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await ctx.page.mouse.move(x, y);
  await ctx.page.mouse.down();
  await ctx.page.mouse.move(x + dx, y + dy, { steps });
  if (release) await ctx.page.mouse.up();
};

/** Release the mouse button wherever the pointer is. */
export const realMouseUp: BrowserCommand<[]> = async (context) => {
  await playwrightOf(context).page.mouse.up();
};

/** Move the real mouse to a point relative to an element's top-left corner. */
export const realMouseMoveTo: BrowserCommand<[selector: string, x: number, y: number]> = async (
  context,
  selector,
  x,
  y,
) => {
  const ctx = playwrightOf(context);
  const box = await boxOf(ctx, selector);
  await ctx.page.mouse.move(box.x + x, box.y + y, { steps: 5 });
};

export const commands = { realDrag, realMouseUp, realMouseMoveTo };
