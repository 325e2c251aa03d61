import { freeVariables } from "../math/ast";
import { evaluate } from "../math/evaluate";
import { safeParse } from "../math/parse";
import { usesDecimalComma } from "../i18n/locale";

/** What {@link readAnswerIn} made of a reader's text. */
export type AnswerReading =
  | { readonly kind: "number"; readonly value: number }
  /** A number written so that it reads two ways (`1.234` in French): 1234 or 1.234. */
  | { readonly kind: "ambiguous"; readonly grouped: number; readonly decimal: number }
  | { readonly kind: "nan" };

const NAN: AnswerReading = { kind: "nan" };

/** Characters the engine reads itself and that NFKC would turn into plain digits or letters. */
const KEEP = new Set("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻₀₁₂₃₄₅₆₇₈₉");
/** Minus signs and hyphens people type for a minus (NFKC already maps ﹣ and －). */
const MINUS = /[\u2010\u2011\u2012\u2013\u2014\u2212\u2796]/g;
/** Spaces that group digits: space, no-break space, narrow no-break space, thin space. */
const SPACE = /[ \u00a0\u202f\u2009]/;

/**
 * The text with compatibility forms folded (full-width `２４` is `24`, `½` is `1/2`), every
 * decimal digit of any script written as an ASCII digit (`٢٤` is `24`) and the minus and hyphen
 * variants as `-`; superscripts and subscripts stay for the engine (`x²`, `w₁`).
 */
export function normaliseAnswer(text: string): string {
  let out = "";
  for (const char of text) {
    if (KEEP.has(char)) {
      out += char;
      continue;
    }
    for (const folded of char.normalize("NFKC")) out += asciiDigit(folded);
  }
  return out
    .replace(MINUS, "-")
    .replace(/\u2044/g, "/")
    .trim();
}

/**
 * The ASCII digit of a decimal digit of any script, else the character. Unicode assigns decimal
 * digits only in runs of ten, 0 to 9, so the digit is the distance to the start of its run.
 */
function asciiDigit(char: string): string {
  if (char >= "0" && char <= "9") return char;
  if (!/\p{Nd}/u.test(char)) return char;
  const code = char.codePointAt(0) as number;
  let start = code;
  while (start > code - 100 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start -= 1;
  return String((code - start) % 10);
}

/** The separators of a language: which one marks decimals, which ones group digits. */
interface Separators {
  readonly decimal: "." | ",";
  /** The other of `.` and `,`, which groups thousands. */
  readonly group: "." | ",";
}

/**
 * A number written with separators (`24,000`, `1 234,5`), read by the language's rules: the
 * result, `ambiguous`, or `nan` when the separators make no number.
 */
function readLiteral(
  literal: string,
  exponent: string,
  { decimal, group }: Separators,
): AnswerReading {
  const text = literal.replace(new RegExp(SPACE.source, "g"), " ");
  const decimals = text.split(decimal);
  if (decimals.length > 2) return NAN;
  const [whole = "", fraction] = decimals;
  if (fraction !== undefined && !/^\d*$/.test(fraction)) return NAN;
  const tail = fraction === undefined ? "" : `.${fraction}`;
  if (/^\d*$/.test(whole)) return number(whole + tail, exponent);
  const grouped = groupedDigits(whole);
  const otherCount = whole.split(group).length - 1;
  // The group separator alone, once, between digits that cannot be groups: a decimal separator
  // of the other convention (0,5 in English, 2.5 in French).
  const asDecimal =
    fraction === undefined && otherCount === 1 && !/ /.test(whole)
      ? whole.replace(group, ".")
      : null;
  if (grouped === null) return asDecimal === null ? NAN : number(asDecimal, exponent);
  // Valid groups. In a language with a decimal comma, one point before three digits and no
  // comma (1.234) may be a grouped 1234 or a decimal point: ask rather than guess.
  if (asDecimal !== null && decimal === ",") {
    const g = Number(grouped + exponent);
    const d = Number(asDecimal + exponent);
    return { kind: "ambiguous", grouped: g, decimal: d };
  }
  return number(grouped + tail, exponent);
}

/** The digits of `whole` when it is written in groups of three (`24,000`, `1 234 567`), else null. */
function groupedDigits(whole: string): string | null {
  const groups = whole.split(/[ .,]/);
  const separators = whole.replace(/\d/g, "");
  // One kind of separator throughout; a first group of 1 to 3 digits not starting with 0.
  if (new Set(separators).size !== 1) return null;
  const [first = "", ...rest] = groups;
  if (!/^[1-9]\d{0,2}$/.test(first)) return null;
  if (!rest.every((g) => /^\d{3}$/.test(g))) return null;
  return groups.join("");
}

function number(digits: string, exponent: string): AnswerReading {
  const value = Number(digits + exponent);
  return /\d/.test(digits) && Number.isFinite(value) ? { kind: "number", value } : NAN;
}

/** Separators of a language tag: a decimal comma where `Intl` writes 0,5. */
function separatorsOf(locale: string): Separators {
  return usesDecimalComma(locale) ? { decimal: ",", group: "." } : { decimal: ".", group: "," };
}

/**
 * What a reader typed, read in the lesson's language (`locale`, a language tag; English by
 * default). Accepts what people write: spaces, any minus sign or hyphen (`−24`, `‐24`, `－24`),
 * full-width and other scripts' digits (`２４`, `٢٤`), grouped thousands, and constant
 * expressions read by the engine (`-1/2`, `6*9`, `e^2`, `sqrt(2)`, `max(1, 5, 0)`).
 *
 * Separators follow the language. English: a comma groups thousands (`24,000` is 24000), a point
 * marks decimals; a single comma that cannot group (`0,5`, `1,23`) is read as a decimal comma.
 * French (and every language `Intl` writes with a decimal comma): the comma marks decimals
 * (`24,000` is 24), spaces, no-break spaces and points group (`24 000`, `1.234,5`); a single point
 * that cannot group (`2.5`) is a decimal point, and a single point before three digits with no
 * comma (`1.234`) is ambiguous: 1234 or 1.234, so it is refused with `ambiguous` instead of
 * guessed. Inside a function call, commas separate the arguments. A formula with variables is
 * not a number.
 */
export function readAnswerIn(text: string, locale = "en"): AnswerReading {
  const source = normaliseAnswer(text);
  if (source === "") return NAN;
  const separators = separatorsOf(locale);
  let expression = "";
  let ambiguous: { grouped: string; decimal: string } | null = null;
  const calls: boolean[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    const inCall = calls[calls.length - 1] === true;
    const literal = literalAt(source, i, inCall ? "" : ",", separators);
    if (literal !== null) {
      const reading = readLiteral(literal.text, literal.exponent, separators);
      if (reading.kind === "nan") return NAN;
      if (reading.kind === "ambiguous") {
        if (ambiguous !== null) return NAN;
        ambiguous = { grouped: written(reading.grouped), decimal: written(reading.decimal) };
        expression += "\u0000";
      } else expression += written(reading.value);
      i += literal.text.length + literal.exponent.length;
      continue;
    }
    if (char === "(") calls.push(/[\p{L}\p{M}_]\s*$/u.test(expression));
    if (char === ")") calls.pop();
    expression += SPACE.test(char) ? " " : char;
    i += 1;
  }
  if (ambiguous !== null) {
    const grouped = evaluateConstant(expression.replace("\u0000", ambiguous.grouped));
    const decimal = evaluateConstant(expression.replace("\u0000", ambiguous.decimal));
    if (grouped === undefined || decimal === undefined) return NAN;
    return { kind: "ambiguous", grouped, decimal };
  }
  const value = evaluateConstant(expression);
  return value === undefined ? NAN : { kind: "number", value };
}

/**
 * The number literal starting at `i`: digits, with separators (`.`, `,` unless inside a call,
 * grouping spaces) each followed by a digit, and an exponent (`e-3`); null when none starts
 * here.
 */
function literalAt(
  source: string,
  i: number,
  comma: "," | "",
  separators: Separators,
): { text: string; exponent: string } | null {
  const marks = `.${comma}`;
  const startsDecimal = source[i] === separators.decimal && marks.includes(separators.decimal);
  if (!/\d/.test(source[i] ?? "") && !(startsDecimal && /\d/.test(source[i + 1] ?? "")))
    return null;
  // A letter or digit run before it (w1, x2) belongs to a name: leave it to the engine.
  if (i > 0 && /[\p{L}_]/u.test(source[i - 1] as string)) return null;
  let j = i;
  if (startsDecimal) j += 1;
  for (;;) {
    while (/\d/.test(source[j] ?? "")) j += 1;
    const next = source[j] ?? "";
    const isMark = next !== "" && (marks.includes(next) || SPACE.test(next));
    if (isMark && /\d/.test(source[j + 1] ?? "")) j += 1;
    else break;
  }
  const exponent = /^[eE][+-]?\d+(?![\d.,])/.exec(source.slice(j))?.[0] ?? "";
  return { text: source.slice(i, j), exponent };
}

/** A number as the engine reads it: `1234.5`, `(1.5*10^(-30))` for an exponent. */
function written(value: number): string {
  const text = String(value);
  const [mantissa, exponent] = text.split("e");
  return exponent === undefined ? text : `(${mantissa}*10^(${Number(exponent)}))`;
}

/** The value of a constant expression, or undefined (a variable, a parse error, not finite). */
function evaluateConstant(expression: string): number | undefined {
  const parsed = safeParse(expression);
  if (!parsed.ok || freeVariables(parsed.expr).length > 0) return undefined;
  try {
    const value = evaluate(parsed.expr);
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The number a reader typed, or undefined when it is not one (or is ambiguous), read in the
 * language `locale` (English by default): see {@link readAnswerIn}.
 */
export function readAnswer(text: string, locale = "en"): number | undefined {
  const reading = readAnswerIn(text, locale);
  return reading.kind === "number" ? reading.value : undefined;
}

/** Default tolerance of a numeric answer: room for rounding in the sixth significant digit. */
export function defaultTolerance(expected: number): number {
  return 1e-6 * Math.max(1, Math.abs(expected));
}

/** True when `given` is within `tolerance` of `expected` (absolute difference). */
export function isCloseEnough(given: number, expected: number, tolerance: number): boolean {
  return Math.abs(given - expected) <= tolerance;
}
