import { isHeightMessage } from "./heightMessage";

/** Tallest height, in CSS pixels, the sizer gives a frame (a page cannot grow its frame forever). */
export const MAX_FRAME_HEIGHT = 20_000;

/**
 * For the page that frames widget pages: fits each `<iframe>` to the height its widget page
 * reports (`{ type: "slopes:height", height }`). Only the frame whose window sent the message is
 * resized, so other frames and other messages are left alone. Returns the function that stops.
 */
export function sizeFrames(win: Window = window): () => void {
  const listener = (event: MessageEvent) => {
    if (!isHeightMessage(event.data) || event.data.height <= 0) return;
    for (const frame of win.document.querySelectorAll("iframe")) {
      if (frame.contentWindow !== event.source) continue;
      frame.style.height = `${Math.min(Math.ceil(event.data.height), MAX_FRAME_HEIGHT)}px`;
    }
  };
  win.addEventListener("message", listener);
  return () => win.removeEventListener("message", listener);
}
