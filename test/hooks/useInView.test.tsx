import { afterEach, describe, expect, it, vi } from "vitest";
import { act, render, renderHook, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { useInView } from "../../src/hooks/useInView";
import { useSecant } from "../../src/hooks/useSecant";

/** A stand-in IntersectionObserver: the test says when an element comes into view. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  /** Reports `element` as intersecting (or not). */
  show(element: Element, isIntersecting = true) {
    const entry = { target: element, isIntersecting } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

function Probe({ name, rootMargin }: { name: string; rootMargin?: string }) {
  const [ref, seen] = useInView<HTMLDivElement>({ rootMargin });
  return (
    <div ref={ref} data-testid={name}>
      {seen ? "seen" : "waiting"}
    </div>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.instances = [];
});

describe("useInView", () => {
  it("is seen at once where IntersectionObserver does not exist (jsdom, old browsers)", () => {
    expect(typeof IntersectionObserver).toBe("undefined");
    render(<Probe name="a" />);
    expect(screen.getByTestId("a")).toHaveTextContent("seen");
  });

  it("waits for the observer, then stays seen and stops observing", () => {
    vi.stubGlobal("IntersectionObserver", FakeObserver);
    render(<Probe name="a" rootMargin="123px" />);
    const element = screen.getByTestId("a");
    expect(element).toHaveTextContent("waiting");
    const observer = FakeObserver.instances[0]!;
    expect(observer.options?.rootMargin).toBe("123px");
    act(() => observer.show(element, false));
    expect(element).toHaveTextContent("waiting");
    act(() => observer.show(element));
    expect(element).toHaveTextContent("seen");
    expect(observer.observed.has(element)).toBe(false);
    act(() => observer.show(element, false));
    expect(element).toHaveTextContent("seen");
  });

  it("shares one observer between the elements of a page, each seen on its own", () => {
    vi.stubGlobal("IntersectionObserver", FakeObserver);
    render(
      <>
        <Probe name="a" rootMargin="7px" />
        <Probe name="b" rootMargin="7px" />
      </>,
    );
    expect(FakeObserver.instances).toHaveLength(1);
    act(() => FakeObserver.instances[0]!.show(screen.getByTestId("b")));
    expect(screen.getByTestId("a")).toHaveTextContent("waiting");
    expect(screen.getByTestId("b")).toHaveTextContent("seen");
  });

  it("renders as seen on the server, even where the observer exists", () => {
    vi.stubGlobal("IntersectionObserver", FakeObserver);
    expect(renderToString(<Probe name="a" />)).toContain("seen");
  });

  it("is seen at once when disabled, without measuring or observing the element", () => {
    vi.stubGlobal("IntersectionObserver", FakeObserver);
    const { result } = renderHook(() => useInView({ disabled: true }));
    expect(result.current[1]).toBe(true);
    const measure = vi.spyOn(Element.prototype, "getBoundingClientRect");
    const before = FakeObserver.instances.reduce((n, o) => n + o.observed.size, 0);
    function Eager() {
      const [ref, seen] = useInView<HTMLDivElement>({ disabled: true });
      return <div ref={ref}>{seen ? "seen" : "waiting"}</div>;
    }
    render(<Eager />);
    expect(screen.getByText("seen")).toBeTruthy();
    expect(measure).not.toHaveBeenCalled();
    expect(FakeObserver.instances.reduce((n, o) => n + o.observed.size, 0)).toBe(before);
    measure.mockRestore();
  });
});

describe("useSecant deferred", () => {
  it("skips the curve and the error series until deferred turns false", () => {
    const { result, rerender } = renderHook((deferred: boolean) => useSecant({ deferred }), {
      initialProps: true,
    });
    expect(result.current.curve).toEqual([]);
    expect(result.current.errors).toEqual([]);
    // The numbers a reader needs are there already.
    expect(result.current.state.exactSlope).toBe(2);
    rerender(false);
    expect(result.current.curve.length).toBe(1);
    expect(result.current.errors.length).toBeGreaterThan(10);
  });
});
