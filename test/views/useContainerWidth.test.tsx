import { afterEach, describe, expect, it, vi } from "vitest";
import { render } from "@testing-library/react";
import { Plane } from "../../src/views/Plane";
import { Point } from "../../src/views/Point";

let created = 0;
let observing = 0;
vi.stubGlobal(
  "ResizeObserver",
  class {
    constructor() {
      created++;
    }
    observe() {
      observing++;
    }
    unobserve() {}
    disconnect() {
      observing--;
    }
  },
);
afterEach(() => {
  created = 0;
  observing = 0;
});

const domain = { x: [-3, 3], y: [-2, 2] } as const;

describe("a Plane that follows its container's width", () => {
  it("keeps one ResizeObserver across re-renders (a drag re-renders on every frame)", () => {
    const { rerender, unmount } = render(
      <Plane domain={domain}>
        <Point at={[0, 0]} />
      </Plane>,
    );
    expect(created).toBe(1);
    for (let i = 1; i <= 20; i++) {
      rerender(
        <Plane domain={domain}>
          <Point at={[i / 10, 0]} />
        </Plane>,
      );
    }
    expect(created).toBe(1);
    expect(observing).toBe(1);
    unmount();
    expect(observing).toBe(0);
  });
});
