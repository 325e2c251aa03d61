import { describe, expect, it } from "vitest";
import { render } from "@testing-library/react";
import { GradientExplorer, Plane, SecantExplorer } from "../../src";
import "../../src/theme/styles.css";

/**
 * Renders `node` on a client-only mount and returns what happened to the pictures' <svg>
 * elements in that first commit (before the browser could paint): each one inserted, and each
 * change of its `width` attribute afterwards.
 */
function firstCommit(node: React.ReactNode) {
  const records: string[] = [];
  const inserted = new Set<SVGSVGElement>();
  const note = (list: MutationRecord[]) => {
    for (const m of list) {
      if (m.type === "attributes" && m.target instanceof SVGSVGElement) {
        records.push(`width ${m.oldValue} → ${m.target.getAttribute("width")}`);
      }
      for (const added of m.addedNodes) {
        if (!(added instanceof Element)) continue;
        const svgs = added instanceof SVGSVGElement ? [added] : added.querySelectorAll("svg");
        for (const svg of svgs) {
          if (!svg.closest(".slopes-plane") || inserted.has(svg)) continue;
          inserted.add(svg);
          records.push("insert");
        }
      }
    }
  };
  const observer = new MutationObserver(note);
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["width"],
    attributeOldValue: true,
  });
  const result = render(node);
  // Still in the same task: the records of the whole first commit, none delivered yet.
  note(observer.takeRecords());
  observer.disconnect();
  return { ...result, records };
}

describe("a client-only mount draws each picture once, at its container's width", () => {
  for (const width of [390, 960]) {
    it(`the secant explorer in ${width} px`, () => {
      const { container, records } = firstCommit(
        <main style={{ width }}>
          <SecantExplorer fn="x^2" defaultX={1} lazy={false} showFormulas={false} />
        </main>,
      );
      const figure = container.querySelector(".slopes-explorer-figure .slopes-plane") as Element;
      const svg = figure.querySelector("svg") as SVGSVGElement;
      // Drawn at the width it is shown at, in the first commit: no resize afterwards.
      expect(Number(svg.getAttribute("width"))).toBeCloseTo(
        figure.getBoundingClientRect().width,
        0,
      );
      expect(records.filter((r) => r.startsWith("width"))).toEqual([]);
      // Each picture (the plane and the zoom) inserted once: no unmount and remount.
      expect(records.filter((r) => r === "insert")).toHaveLength(
        container.querySelectorAll(".slopes-plane svg").length,
      );
    });

    it(`the gradient explorer in ${width} px`, () => {
      const { container, records } = firstCommit(
        <main style={{ width }}>
          <GradientExplorer lazy={false} showFormulas={false} />
        </main>,
      );
      const map = container.querySelector(".slopes-gradient-map") as Element;
      const svg = map.querySelector("svg") as SVGSVGElement;
      expect(Number(svg.getAttribute("width"))).toBeCloseTo(map.getBoundingClientRect().width, 0);
      expect(records.filter((r) => r.startsWith("width"))).toEqual([]);
      expect(records.filter((r) => r === "insert")).toHaveLength(
        container.querySelectorAll(".slopes-plane svg").length,
      );
    });
  }

  it("a Plane of its own, in a container narrower than its starting width", () => {
    const { container, records } = firstCommit(
      <div style={{ width: 300 }}>
        <Plane domain={{ x: [-1, 1], y: [-1, 1] }} />
      </div>,
    );
    const svg = container.querySelector("svg") as SVGSVGElement;
    expect(svg.getAttribute("width")).toBe("300");
    expect(svg.getAttribute("height")).toBe("225");
    expect(records).toEqual(["insert"]);
  });

  it("follows its container afterwards, also back to exactly its starting width", async () => {
    const { container } = render(
      <div style={{ width: 390 }}>
        <Plane domain={{ x: [-1, 1], y: [-1, 1] }} />
      </div>,
    );
    const box = container.firstElementChild as HTMLElement;
    const width = () => container.querySelector("svg")?.getAttribute("width");
    expect(width()).toBe("390");
    box.style.width = "480px";
    await expect.poll(width).toBe("480");
    // 560 px is the width a plane starts from on the server: it must still be followed.
    box.style.width = "560px";
    await expect.poll(width).toBe("560");
  });

  it("a hidden container (no width to measure) still gets a picture, at the starting width", () => {
    const { container } = render(
      <div style={{ display: "none" }}>
        <Plane domain={{ x: [-1, 1], y: [-1, 1] }} />
      </div>,
    );
    expect(container.querySelector("svg")?.getAttribute("width")).toBe("560");
  });
});
