import "vitest/browser";

declare module "vitest/browser" {
  interface BrowserCommands {
    realDrag: (
      selector: string,
      dx: number,
      dy: number,
      steps?: number,
      release?: boolean,
    ) => Promise<void>;
    realMouseUp: () => Promise<void>;
    realMouseMoveTo: (selector: string, x: number, y: number) => Promise<void>;
  }
}
