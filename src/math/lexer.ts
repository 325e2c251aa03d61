import { ExpressionError } from "./errors";

/** Kinds of token the lexer produces. */
export type TokenKind =
  | "number"
  | "identifier"
  | "operator"
  | "("
  | ")"
  | ","
  | "superscript"
  | "sqrt"
  | "="
  | "|"
  | "end";

/** One token with its source span. */
export interface Token {
  readonly kind: TokenKind;
  /** Normalised text: `−` becomes `-`, `·` `×` become `*`, an identifier its canonical name. */
  readonly text: string;
  /** The characters as typed. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Numeric value of a number or superscript token. */
  readonly value?: number;
}

const OPERATORS: Readonly<Record<string, string>> = {
  "+": "+",
  "-": "-",
  "−": "-",
  "–": "-",
  "*": "*",
  "·": "*",
  "×": "*",
  "⋅": "*",
  "∙": "*",
  "∗": "*",
  "/": "/",
  "÷": "/",
  "^": "^",
};
const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
const isDigit = (c: string): boolean => c >= "0" && c <= "9";
const isAsciiLetter = (c: string): boolean => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
const isGreek = (c: string): boolean => c >= "Α" && c <= "ω" && c !== "΢";
const isSpace = (c: string): boolean => /\s/u.test(c);

/**
 * Canonical variable name: digit subscripts join the name (`w_1`, `w₁` → `w1`),
 * other subscripts keep their underscore (`x_max`).
 */
export function canonicalName(name: string): string {
  const trimmed = name.trim();
  let result = "";
  let subscript = "";
  let inSubscript = false;
  for (const c of trimmed) {
    const sub = SUBSCRIPTS.indexOf(c);
    if (sub >= 0) subscript += String(sub);
    else if (c === "_" || c === "{" || c === "}") inSubscript ||= c === "_";
    else if (inSubscript) subscript += c;
    else result += c;
  }
  if (subscript === "") return result;
  return /^\d+$/u.test(subscript) ? result + subscript : `${result}_${subscript}`;
}

/** Splits `source` into tokens. Throws {@link ExpressionError} on a character it cannot read. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, text: string, start: number, value?: number): void => {
    const raw = source.slice(start, i);
    tokens.push(
      value === undefined
        ? { kind, text, raw, start, end: i }
        : { kind, text, raw, start, end: i, value },
    );
  };
  while (i < source.length) {
    const c = source[i] as string;
    const start = i;
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c) || (c === "." && isDigit(source[i + 1] ?? ""))) {
      while (isDigit(source[i] ?? "")) i++;
      if (source[i] === "." && isDigit(source[i + 1] ?? "")) {
        i++;
        while (isDigit(source[i] ?? "")) i++;
      } else if (source[i] === "." && !isAsciiLetter(source[i + 1] ?? "")) i++;
      const e = source[i];
      if (e === "e" || e === "E") {
        const sign = source[i + 1] === "+" || source[i + 1] === "-" ? 1 : 0;
        if (isDigit(source[i + 1 + sign] ?? "")) {
          i += 1 + sign;
          while (isDigit(source[i] ?? "")) i++;
        }
      }
      const text = source.slice(start, i);
      const value = Number(text);
      if (!Number.isFinite(value)) {
        // 1e999 or a thousand digits: JavaScript reads it as Infinity, which no formula means.
        const shown = text.length > 12 ? `${text.slice(0, 8)}…` : text;
        throw new ExpressionError(
          `The number ${shown} is too large (more than 1.8 × 10^308)`,
          start,
          i,
          "too-large",
        );
      }
      push("number", text, start, value);
    } else if (isAsciiLetter(c) || isGreek(c)) {
      i++;
      if (isAsciiLetter(c)) while (isAsciiLetter(source[i] ?? "") || isDigit(source[i] ?? "")) i++;
      else while (isDigit(source[i] ?? "")) i++;
      if (source[i] === "_") {
        const braced = source[i + 1] === "{";
        let j = i + (braced ? 2 : 1);
        while (isAsciiLetter(source[j] ?? "") || isDigit(source[j] ?? "")) j++;
        if (braced && source[j] === "}") j++;
        if (j > i + (braced ? 3 : 1)) i = j;
      }
      while (SUBSCRIPTS.includes(source[i] ?? "x")) i++;
      push("identifier", canonicalName(source.slice(start, i)), start);
    } else if (SUPERSCRIPTS.includes(c) || c === "⁻" || c === "⁺") {
      let sign = 1;
      if (c === "⁻" || c === "⁺") {
        sign = c === "⁻" ? -1 : 1;
        i++;
      }
      let digits = "";
      while (SUPERSCRIPTS.includes(source[i] ?? "x"))
        digits += String(SUPERSCRIPTS.indexOf(source[i++] as string));
      if (digits === "") {
        throw new ExpressionError(
          `A superscript sign needs a digit after it, like x⁻¹`,
          start,
          i,
          "unexpected-character",
        );
      }
      push("superscript", digits, start, sign * Number(digits));
    } else if (Object.hasOwn(OPERATORS, c)) {
      i++;
      push("operator", OPERATORS[c] as string, start);
    } else if (c === "(" || c === ")" || c === "," || c === "=" || c === "|") {
      i++;
      push(c, c, start);
    } else if (c === "[" || c === "{") {
      throw new ExpressionError(
        `Use round brackets '(' and ')' instead of '${c}'`,
        i,
        i + 1,
        "unexpected-character",
      );
    } else if (c === "]" || c === "}") {
      throw new ExpressionError(
        `Use round brackets '(' and ')' instead of '${c}'`,
        i,
        i + 1,
        "unexpected-character",
      );
    } else if (c === "√") {
      i++;
      push("sqrt", "sqrt", start);
    } else {
      const code = source.codePointAt(i) ?? 0;
      const width = code > 0xffff ? 2 : 1;
      const shown = String.fromCodePoint(code);
      throw new ExpressionError(
        `The character '${shown}' at ${i} is not part of a formula`,
        i,
        i + width,
        "unexpected-character",
      );
    }
  }
  tokens.push({ kind: "end", text: "", raw: "", start: source.length, end: source.length });
  return tokens;
}
