import { afterEach, describe, expect, it } from "vitest";
import { isHeightMessage } from "../../src/pages/heightMessage";
import { MAX_FRAME_HEIGHT, sizeFrames } from "../../src/pages/iframeSizer";

// The framing page's end of the height message (slopes-iframe.js).
describe("sizeFrames", () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    document.body.innerHTML = "";
  });

  function frames() {
    const a = document.createElement("iframe");
    const b = document.createElement("iframe");
    document.body.append(a, b);
    stops.push(sizeFrames(window));
    return [a, b] as const;
  }
  const send = (data: unknown, source: Window | null) =>
    window.dispatchEvent(new MessageEvent("message", { data, source }));

  it("fits only the frame whose page sent the message", () => {
    const [a, b] = frames();
    send({ type: "slopes:height", widget: "secant", height: 1234.2 }, a.contentWindow);
    expect(a.style.height).toBe("1235px");
    expect(b.style.height).toBe("");
  });

  it("ignores other messages, bad heights and messages from elsewhere", () => {
    const [a] = frames();
    for (const data of [
      "slopes:height",
      null,
      { type: "other", height: 10 },
      { type: "slopes:height", height: "10" },
      { type: "slopes:height", height: Number.NaN },
      { type: "slopes:height", height: -5 },
    ])
      send(data, a.contentWindow);
    send({ type: "slopes:height", height: 500 }, window);
    expect(a.style.height).toBe("");
  });

  it("never makes a frame taller than the limit", () => {
    const [a] = frames();
    send({ type: "slopes:height", height: 1e9 }, a.contentWindow);
    expect(a.style.height).toBe(`${MAX_FRAME_HEIGHT}px`);
  });

  it("recognises the message shape", () => {
    expect(isHeightMessage({ type: "slopes:height", widget: "gradient", height: 3 })).toBe(true);
    expect(isHeightMessage({ type: "slopes:height", height: Infinity })).toBe(false);
  });
});
