import "vitest/browser";
import type { RealDragOptions } from "./commands";

declare module "vitest/browser" {
  interface BrowserCommands {
    realDrag: (
      selector: string,
      dx: number,
      dy: number,
      options?: RealDragOptions,
    ) => Promise<void>;
    realMouseUp: () => Promise<void>;
    realTouchDrag: (selector: string, dx: number, dy: number, steps?: number) => Promise<void>;
    emulateReducedMotion: (motion: "reduce" | "no-preference" | null) => Promise<void>;
    renderOnServer: (names: ("secant" | "chain" | "gradient")[]) => Promise<string[]>;
  }
}
