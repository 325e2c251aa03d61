import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { urlSync, withQuery } from "../../src/pages/urlSync";

// The address follows the reader without filling the history (issue #13): replaced, never
// pushed, at most once per interval during a drag, the last state always written.
describe("urlSync", () => {
  const start = window.location.href;
  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState(null, "", "/page.html#secant");
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    history.replaceState(null, "", start);
  });

  it("writes the first change at once, then the last one of each interval", () => {
    const replace = vi.spyOn(history, "replaceState");
    const push = vi.spyOn(history, "pushState");
    const sync = urlSync(window, 250);
    for (let i = 1; i <= 20; i++) sync.write(`x=${i / 10}`);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(location.search).toBe("?x=0.1");
    vi.advanceTimersByTime(250);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(location.search).toBe("?x=2");
    expect(location.hash).toBe("#secant");
    vi.advanceTimersByTime(1000);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(push).not.toHaveBeenCalled();
    sync.stop();
  });

  it("does not write the same address twice, and writes the empty query as no query", () => {
    const replace = vi.spyOn(history, "replaceState");
    const sync = urlSync(window, 250);
    sync.write("");
    expect(replace).not.toHaveBeenCalled();
    sync.write("x=2");
    vi.advanceTimersByTime(250);
    sync.write("");
    expect(location.href).toMatch(/\/page\.html#secant$/);
    sync.stop();
  });

  it("writes a pending address when the page is hidden or the sync stops", () => {
    const sync = urlSync(window, 250);
    sync.write("x=1");
    sync.write("x=2");
    expect(location.search).toBe("?x=1");
    vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
    document.dispatchEvent(new Event("visibilitychange"));
    expect(location.search).toBe("?x=2");
    sync.write("x=3");
    vi.advanceTimersByTime(250);
    sync.write("x=4");
    sync.write("x=5");
    sync.stop();
    expect(location.search).toBe("?x=5");
  });

  it("keeps the path and hash", () => {
    expect(withQuery({ pathname: "/p/secant.html", hash: "#a" }, "x=1")).toBe(
      "/p/secant.html?x=1#a",
    );
    expect(withQuery({ pathname: "/p/secant.html", hash: "" }, "")).toBe("/p/secant.html");
  });
});
