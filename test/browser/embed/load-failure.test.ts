// An element whose code cannot be fetched (offline, a file the host blocks) says so where the
// widget would be, in its language, instead of staying a blank box; the next connection retries.
import { afterEach, expect, it, vi } from "vitest";
import type { ComponentType } from "react";
import { createElement } from "react";
import { elementClass } from "../../../src/embed/customElement";

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

it("shows a message in the element, in English or French, and retries on the next connection", async () => {
  const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
  let attempts = 0;
  let online = false;
  const Widget: ComponentType<never> = () => createElement("p", { className: "loaded" }, "loaded");
  customElements.define(
    "slopes-test-unreachable",
    elementClass({
      tag: "slopes-test-unreachable",
      attributes: [],
      load: () => {
        attempts++;
        return online ? Promise.resolve(Widget) : Promise.reject(new TypeError("Failed to fetch"));
      },
    }),
  );
  document.body.innerHTML = `
    <slopes-test-unreachable id="en"></slopes-test-unreachable>
    <div lang="fr-CA"><slopes-test-unreachable id="fr"></slopes-test-unreachable></div>`;
  const shown = (id: string) =>
    document.getElementById(id)?.shadowRoot?.querySelector("[role='alert']")?.textContent ?? "";
  await expect.poll(() => shown("en")).toMatch(/could not load.*Reload the page/);
  await expect.poll(() => shown("fr")).toMatch(/n'a pas pu se charger.*Rechargez la page/);
  // One fetch for both elements of the tag, and the console names the tag.
  expect(attempts).toBe(1);
  expect(String(error.mock.calls[0]?.[0])).toMatch(/<slopes-test-unreachable> could not load/);

  // Back online: moving the element to another place connects it again, and it loads.
  online = true;
  const element = document.getElementById("en") as HTMLElement;
  document.body.append(element);
  await expect.poll(() => element.shadowRoot?.querySelector(".loaded")?.textContent).toBe("loaded");
  expect(element.shadowRoot?.querySelector("[role='alert']")).toBeNull();
  expect(attempts).toBe(2);
});
