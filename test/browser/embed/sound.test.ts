// The custom elements expose the sound controls of their explorers (issue #17): the switch, the
// play button and their keys, inside the shadow root, off until the reader turns sound on.
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { within } from "@testing-library/react";
import { mount } from "./support";

afterEach(() => {
  document.body.replaceChildren();
});

describe("sound in the custom elements (#17)", () => {
  it.each([
    ["slopes-secant", "Play the curve"],
    ["slopes-chain-rule", "Hear the backward pass"],
    ["slopes-gradient", null],
  ] as const)(
    "<%s> offers the switch, off by default, and its play button: %s",
    async (tag, play) => {
      const element = await mount(tag);
      const root = element.shadowRoot?.querySelector(".slopes-shadow-root") as HTMLElement;
      const view = within(root);
      const box = view.getByRole("checkbox", { name: "Sound while moving" });
      expect(box).not.toBeChecked();
      expect(box).toHaveAttribute("aria-keyshortcuts", "S");
      if (play) expect(view.getByRole("button", { name: play })).toBeVisible();
      // S on a slider of the element turns it on, inside the shadow root too.
      (view.getAllByRole("slider")[0] as HTMLElement).focus();
      await userEvent.keyboard("s");
      expect(box).toBeChecked();
      await userEvent.keyboard("s");
      expect(box).not.toBeChecked();
    },
  );
});
