import { vi } from "vitest";

/**
 * jsdom has no ResizeObserver: give it one that never reports, so pictures keep their default
 * width (as in a browser that cannot measure).
 */
export function stubResizeObserver(): void {
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}
