// Every attribute of every custom element, from the elements' own tables (src/embed/elements.ts):
// set after mount, it changes the widget; removed, the widget is as before; a value that cannot
// be read warns once in the console, naming the attribute, and the widget keeps its default.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ELEMENTS } from "../../../src/embed/index";
import type { AttributeKind } from "../../../src/embed/index";
import { LESSON_ELEMENTS } from "../../../src/lesson/elements/index";
import { LESSON_MARKUP, mount as mountElement, settled, shown } from "./support";

/** Mounts an element; a term's popover is opened, since its attributes are read there. */
async function mount(tag: string, attributes: Readonly<Record<string, string>> = {}) {
  const element = await mountElement(tag, attributes, document.body, LESSON_MARKUP[tag] ?? "");
  if (tag === "slopes-term") {
    element.shadowRoot?.querySelector("button")?.click();
    await expect.poll(() => element.shadowRoot?.querySelector("[role='dialog']")).toBeTruthy();
  }
  return element;
}

/** A value each kind of attribute cannot read. */
const MALFORMED: Record<Exclude<AttributeKind, "text">, string> = {
  number: "one",
  pair: "3",
  boolean: "maybe",
  choice: "sideways",
  names: "x",
};

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const rows = [...ELEMENTS, ...LESSON_ELEMENTS].flatMap((element) =>
  element.attributes.map((attribute) => ({ tag: element.tag, attribute })),
);

describe("every attribute is live", () => {
  it.each(rows.map((row) => [`<${row.tag} ${row.attribute.name}>`, row] as const))(
    "%s: set after mount changes the widget, removed restores it",
    async (_, { tag, attribute }) => {
      const element = await mount(tag, attribute.with);
      const before = await settled(element);
      element.setAttribute(attribute.name, attribute.example);
      await expect.poll(() => shown(element), { timeout: 5000 }).not.toBe(before);
      element.removeAttribute(attribute.name);
      await expect.poll(() => shown(element), { timeout: 5000 }).toBe(before);
    },
  );
});

describe("a value that cannot be read warns and keeps the default", () => {
  const readable = rows.filter((row) => row.attribute.kind !== "text");
  it.each(readable.map((row) => [`<${row.tag} ${row.attribute.name}>`, row] as const))(
    "%s",
    async (_, { tag, attribute }) => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      const element = await mount(tag, attribute.with);
      const before = await settled(element);
      const malformed = MALFORMED[attribute.kind as Exclude<AttributeKind, "text">];
      element.setAttribute(attribute.name, attribute.example);
      await expect.poll(() => shown(element), { timeout: 5000 }).not.toBe(before);
      element.setAttribute(attribute.name, malformed);
      await expect.poll(() => shown(element), { timeout: 5000 }).toBe(before);
      const messages = warn.mock.calls.map((call) => String(call[0]));
      expect(messages.filter((m) => m.includes(`${attribute.name}="${malformed}"`))).toHaveLength(
        1,
      );
      expect(messages.find((m) => m.includes(`<${tag} ${attribute.name}=`))).toMatch(/expected/);
    },
  );
});

describe("unknown attributes", () => {
  it("warn once, naming the attribute; global ones do not", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await mount("slopes-secant", { fnn: "x^3", id: "w", "data-x": "1", "aria-label": "A" });
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages).toEqual(['slopes: <slopes-secant> has no attribute "fnn"; it is ignored.']);
  });
});
