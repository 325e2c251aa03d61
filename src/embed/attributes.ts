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

/** An increasing pair (a range such as `"-3, 3"`), or `undefined`. */
export function readRange(text: string | null | undefined): [number, number] | undefined {
  const pair = readPair(text);
  return pair && pair[0] < pair[1] ? pair : undefined;
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

/**
 * For `useResettableState` over an attribute: values compare by content, since a pair read from
 * `"1, 1"` is a new array on every render.
 */
export const BY_CONTENT = { key: (value: unknown): string => JSON.stringify(value) };
