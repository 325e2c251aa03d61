import type { Expr } from "./ast";
import { charge } from "./meter";

/** Plain-text spelling of a number that reads back to the same value. */
export function formatNumber(value: number): string {
  return Object.is(value, -0) ? "0" : String(value);
}

const isAtom = (e: Expr): boolean =>
  e.kind === "number" || e.kind === "variable" || e.kind === "constant" || e.kind === "call";

function paren(text: string): string {
  return `(${text})`;
}

function factor(e: Expr, index: number, previous: Expr | undefined): string {
  let text: string;
  if (e.kind === "add" || e.kind === "mul") text = paren(format(e));
  else if (e.kind === "neg") text = paren(format(e));
  else if (e.kind === "div") text = index === 0 ? format(e) : paren(format(e));
  else text = format(e);
  if (index === 0 || !previous) return text;
  const startsWithE = /^[eE]/u.test(text);
  if (
    previous.kind === "number" &&
    e.kind !== "neg" &&
    !startsWithE &&
    /^[a-zA-Zα-ωΑ-Ω(]/u.test(text)
  ) {
    return e.kind === "call" || (e.kind === "pow" && e.base.kind === "call") ? ` ${text}` : text;
  }
  if (
    (previous.kind === "call" || previous.kind === "add") &&
    text.startsWith("(") &&
    e.kind !== "neg"
  )
    return text;
  return `*${text}`;
}

function powerBase(e: Expr): string {
  return isAtom(e) ? format(e) : paren(format(e));
}

function exponent(e: Expr): string {
  if (isAtom(e) || e.kind === "pow") return format(e);
  if (e.kind === "neg" && (isAtom(e.arg) || e.arg.kind === "pow" || e.arg.kind === "neg")) {
    return `-${exponent(e.arg)}`;
  }
  return paren(format(e));
}

/**
 * Plain text for a tree, in the style people type (`2x^2 - 3x + 1`, `sigmoid(x)*(1 - sigmoid(x))`),
 * with exactly the parentheses needed so that `parse(format(e))` gives back `e`.
 */
export function format(e: Expr): string {
  charge();
  switch (e.kind) {
    case "number":
      return formatNumber(e.value);
    case "constant":
      return e.name;
    case "variable":
      return e.name;
    case "neg":
      return `-${e.arg.kind === "add" ? paren(format(e.arg)) : format(e.arg)}`;
    case "add":
      return e.terms
        .map((term, i) => {
          if (i > 0 && term.kind === "neg") {
            return ` - ${term.arg.kind === "add" ? paren(format(term.arg)) : format(term.arg)}`;
          }
          const text = term.kind === "add" ? paren(format(term)) : format(term);
          return i === 0 ? text : ` + ${text}`;
        })
        .join("");
    case "mul":
      return e.factors.map((f, i) => factor(f, i, e.factors[i - 1])).join("");
    case "div": {
      const top =
        e.num.kind === "add" || e.num.kind === "neg" ? paren(format(e.num)) : format(e.num);
      const bottom = isAtom(e.den) || e.den.kind === "pow" ? format(e.den) : paren(format(e.den));
      return `${top}/${bottom}`;
    }
    case "pow":
      return `${powerBase(e.base)}^${exponent(e.exp)}`;
    case "call":
      return `${e.fn}(${e.args.map(format).join(", ")})`;
  }
}
