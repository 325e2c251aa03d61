// What a phone test measures (issue #12): touch targets, slider widths and content cut off
// sideways, from the boxes Chromium lays out.

export interface Named {
  name: string;
  box: DOMRect;
}

/** Controls a finger can press, each with the box it answers to. */
export function touchTargets(root: Element): Named[] {
  const selector =
    "button, input, select, textarea, a[href], summary, [role=slider], [tabindex]:not([tabindex='-1'])";
  // A formula that scrolls sideways is focusable to be scrolled by keys, not pressed: left out.
  const scrollOnly = (element: Element) => element.matches("[data-display], .slopes-chain-scroll");
  return [...root.querySelectorAll(selector)]
    .filter((e) => !scrollOnly(e))
    .map((element) => {
      const name =
        element.getAttribute("aria-label") ??
        element.closest("label")?.textContent ??
        (element.textContent || element.tagName);
      // A handle's sliders answer to its 44 px hit circle; a radio or checkbox to itself and
      // its labels (a click on either ticks it).
      const handle = element.closest(".slopes-handle");
      if (handle) {
        const hit = handle.querySelector(":scope > .slopes-handle-hit") as Element;
        return { name, box: hit.getBoundingClientRect() };
      }
      const labels = element.matches("input[type=radio], input[type=checkbox]")
        ? [...((element as HTMLInputElement).labels ?? [])]
        : [];
      return { name, box: union([element, ...labels].map((e) => e.getBoundingClientRect())) };
    });
}

function union(boxes: DOMRect[]): DOMRect {
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.right));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/** The targets smaller than 44 × 44 px, described for a failure message. */
export function smallTargets(root: Element): string[] {
  return touchTargets(root)
    .filter((t) => t.box.width < 44 - 0.5 || t.box.height < 44 - 0.5)
    .map((t) => `${t.name.trim()}: ${t.box.width.toFixed(0)} × ${t.box.height.toFixed(0)}`);
}

/**
 * An element that scrolls sideways shows it: a scrollbar that takes room, or a drawn cue (edge
 * shadows as backgrounds, a mask, or a cue of its own marked `data-scroll-cue`).
 */
export function scrollCue(element: HTMLElement): boolean {
  const style = getComputedStyle(element);
  const scrolls = style.overflowX === "auto" || style.overflowX === "scroll";
  const bar = element.offsetHeight - element.clientHeight > 2;
  const drawn =
    style.backgroundImage !== "none" ||
    style.maskImage !== "none" ||
    element.dataset.scrollCue !== undefined;
  return scrolls && (bar || drawn);
}

/** Elements that reach past the viewport's sides with no scrolling box around them that says so. */
export function cutOffSideways(root: Element, width: number): string[] {
  const out = (e: Element) => {
    const [left, right] = shownSpan(e);
    return right > width + 0.5 || left < -0.5;
  };
  return (
    [...root.querySelectorAll<HTMLElement>("*")]
      // KaTeX's MathML copy is for screen readers only: clipped to nothing on screen.
      .filter((e) => !e.closest(".katex-mathml"))
      .filter(out)
      .map((e) => {
        // Inside a box that scrolls sideways and says so: that box is what the reader sees.
        let box: HTMLElement | null = e.parentElement;
        while (box && box !== root && !scrollCue(box)) box = box.parentElement;
        return box && box !== root ? box : e;
      })
      .filter((e, i, all) => all.indexOf(e) === i)
      .filter((e) => out(e) || !scrollCue(e))
      .map((e) => `${e.tagName}.${e.getAttribute("class") ?? ""}`)
  );
}

/**
 * The horizontal span of what an element shows, in client pixels. A plane clips what it draws
 * to its plotting area, which lies in its <svg>: inside a clip-path, at most the <svg>'s span; an
 * SVG group spans what its children show (its own box would count their clipped parts).
 */
function shownSpan(e: Element): [number, number] {
  const svg = e instanceof SVGElement ? e.ownerSVGElement : null;
  if (svg && e.closest("[clip-path]")) {
    const box = svg.getBoundingClientRect();
    const own = e.getBoundingClientRect();
    return [Math.max(own.left, box.left), Math.min(own.right, box.right)];
  }
  if (e instanceof SVGGElement && e.children.length > 0) {
    const spans = [...e.children].map(shownSpan);
    return [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
  }
  const own = e.getBoundingClientRect();
  return [own.left, own.right];
}
