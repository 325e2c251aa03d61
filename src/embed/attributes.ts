/**
 * Reading custom-element attributes. Attributes are text written by page authors, so every
 * reader accepts the usual spellings and falls back (never throws) on anything else.
 */

/** A finite number (`"1.5"`, `"-2"`, `"1e-3"`), or `undefined`. */
export function readNumber(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined || text.trim() === "") return undefined;
  const value = Number(text.trim().replace("−", "-"));
  return Number.isFinite(value) ? value : undefined;
}

/** Two finite numbers written `"1, 1"`, `"1 1"` or `"[1, 1]"`, or `undefined`. */
export function readPair(text: string | null | undefined): [number, number] | undefined {
  if (!text) return undefined;
  const parts = text
    .replace(/[[\]()]/g, " ")
    .split(/[\s,;]+/)
    .filter(Boolean);
  if (parts.length !== 2) return undefined;
  const a = readNumber(parts[0]);
  const b = readNumber(parts[1]);
  return a === undefined || b === undefined ? undefined : [a, b];
}

/** `"false"`, `"no"`, `"off"` and `"0"` are false; any other present value is true. */
export function readBoolean(text: string | null | undefined): boolean | undefined {
  if (text === null || text === undefined) return undefined;
  return !/^(false|no|off|0)$/i.test(text.trim());
}

/** One of the allowed words, or `undefined`. */
export function readChoice<T extends string>(
  text: string | null | undefined,
  allowed: readonly T[],
): T | undefined {
  const word = text?.trim().toLowerCase();
  return allowed.find((choice) => choice === word);
}

/** An attribute written in the page whose text could not be read: the widget uses its default. */
export interface UnreadAttribute {
  /** The attribute's name as written in the page (`domain-x`). */
  name: string;
  /** Its text, shortened when long. */
  value: string;
  /** What it should have been. */
  expected: "number" | "pair";
}

/** Longest attribute text quoted back to the author. */
const QUOTED_LENGTH = 40;

/**
 * The numeric readers of one render of an element, noting each attribute that is written but
 * cannot be read (a blank one counts as left out), for `AttributeNotes` to show to the author.
 * Each reader returns what `readNumber` / `readPair` return.
 */
export function attributeReader() {
  const unread: UnreadAttribute[] = [];
  function note<T>(
    name: string,
    text: string | null | undefined,
    expected: UnreadAttribute["expected"],
    value: T | undefined,
  ): T | undefined {
    if (value === undefined && text && text.trim() !== "") {
      const quoted = text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH - 1)}…` : text;
      unread.push({ name, value: quoted, expected });
    }
    return value;
  }
  return {
    /** The attributes read so far that could not be. */
    unread,
    /** `readNumber(text)`, noting `name` if it fails. */
    number: (name: string, text: string | null | undefined) =>
      note(name, text, "number", readNumber(text)),
    /** `readPair(text)`, noting `name` if it fails. */
    pair: (name: string, text: string | null | undefined) =>
      note(name, text, "pair", readPair(text)),
  };
}

/**
 * For `useResettableState` over an attribute: values compare by content, since a pair read from
 * `"1, 1"` is a new array on every render.
 */
export const BY_CONTENT = { key: (value: unknown): string => JSON.stringify(value) };
