// Inside an element's shadow root, the zoom's curve (moved by a transform, several insets long)
// is still clipped to its inset: its clip-path reference resolves in the shadow root.
import { afterEach, it } from "vitest";
import { expectZoomCurveClipped } from "../../support/zoomClip";
import { mount } from "./support";

afterEach(() => {
  document.body.replaceChildren();
});

it("<slopes-secant>: the zoom's curve is clipped to its inset in the shadow root", async () => {
  const element = await mount("slopes-secant", { fn: "sin(3x)", x: "1", h: "0.01" });
  expectZoomCurveClipped(element.shadowRoot as ShadowRoot);
});
