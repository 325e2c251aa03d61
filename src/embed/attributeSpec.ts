/**
 * One line of an element's attribute table: how an attribute is read, an example for the docs
 * and tests, and the check that tells an author, in the console, that a value could not be read.
 */
import { readChoice, readNumber, readPair } from "./attributes";

/** How the text of an attribute is read. */
export type AttributeKind = "text" | "number" | "pair" | "boolean" | "choice" | "names";

/** One attribute of a custom element. */
export interface AttributeSpec {
  /** The attribute as written in the page, in kebab case: `domain-x`. */
  readonly name: string;
  /** How its text is read; `text` is passed as written (a formula, a title). */
  readonly kind: AttributeKind;
  /** The allowed words of a `choice`. */
  readonly choices?: readonly string[];
  /** A valid value other than the default, as the docs and the tests write it. */
  readonly example: string;
  /** Attributes the example needs beside it (`w` matters in the neuron mode). */
  readonly with?: Readonly<Record<string, string>>;
}

/** Booleans as authors write them; an empty attribute (`<slopes-secant editable>`) is true. */
const BOOLEAN = /^(|true|false|yes|no|on|off|1|0)$/i;
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The names of `variables="x, y"`: exactly two, or `undefined`. */
export function readNames(text: string | null | undefined): [string, string] | undefined {
  const names = (text ?? "").split(/[\s,]+/).filter(Boolean);
  return names.length === 2 && names.every((name) => NAME.test(name))
    ? [names[0]!, names[1]!]
    : undefined;
}

/** What a value of this attribute should look like, for the console warning. */
export function expectedText(spec: AttributeSpec): string {
  switch (spec.kind) {
    case "number":
      return "a number";
    case "pair":
      return 'two numbers such as "-3, 3"';
    case "boolean":
      return '"true" or "false"';
    case "choice":
      return `one of ${(spec.choices ?? []).map((word) => `"${word}"`).join(", ")}`;
    case "names":
      return 'two variable names such as "x, y"';
    case "text":
      return "any text";
  }
}

/**
 * Whether the attribute's text can be read. A missing or blank attribute is left out, which is
 * always fine (the widget uses its default).
 */
export function isReadable(spec: AttributeSpec, text: string | null): boolean {
  if (text === null) return true;
  if (text.trim() === "" && spec.kind !== "boolean") return true;
  switch (spec.kind) {
    case "number":
      return readNumber(text) !== undefined;
    case "pair":
      return readPair(text) !== undefined;
    case "boolean":
      return BOOLEAN.test(text.trim());
    case "choice":
      return readChoice(text, spec.choices ?? []) !== undefined;
    case "names":
      return readNames(text) !== undefined;
    case "text":
      return true;
  }
}

/** `domain-x` → `domainX`: the prop an attribute reaches the element's component as. */
export function propName(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The console warning for an attribute that cannot be read. */
export function unreadableWarning(tag: string, spec: AttributeSpec, text: string): string {
  const quoted = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `slopes: <${tag} ${spec.name}="${quoted}">: expected ${expectedText(spec)}; the widget uses its default value instead.`;
}
