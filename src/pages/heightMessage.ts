import type { WidgetName } from "../models/widgetPages";

/**
 * The message a widget page sends its parent window whenever its content's height changes, so
 * the page around an `<iframe>` can fit the frame to it:
 * `{ type: "slopes:height", widget: "secant", height: 1234 }` (CSS pixels, whole).
 */
export interface HeightMessage {
  readonly type: "slopes:height";
  readonly widget: WidgetName;
  readonly height: number;
}

/** Whether a `message` event's data is a {@link HeightMessage} (any other data is not). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== "object" || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === "slopes:height" && typeof height === "number" && Number.isFinite(height);
}

/**
 * Posts the height of `content` to the parent window now and after every change of it
 * (ResizeObserver); nothing when the page is not in a frame. Returns the function that stops.
 */
export function postHeight(widget: WidgetName, content: Element, win: Window = window): () => void {
  if (win.parent === win) return () => {};
  let sent = -1;
  const send = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    const message: HeightMessage = { type: "slopes:height", widget, height };
    // The height is not a secret, and the page cannot know who frames it: any origin may read it.
    win.parent.postMessage(message, "*");
  };
  send();
  const observer = new ResizeObserver(send);
  observer.observe(content);
  return () => observer.disconnect();
}
