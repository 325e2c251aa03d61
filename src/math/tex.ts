import type { Expr } from "./ast";
import type { FunctionName } from "./functions";
import { functionSpec } from "./functions";
import { toExpr } from "./parse";
import { MAX_TEX_LENGTH, overBudget, writtenSize } from "./budgets";
import { budgetsOff } from "./meter";

const GREEK_LETTERS =
  "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon phi chi psi omega".split(
    " ",
  );
const GREEK_CHARS = "αβγδεζηθικλμνξπρστυφχψω";
const GREEK_UPPER: Readonly<Record<string, string>> = {
  Γ: "Gamma",
  Δ: "Delta",
  Θ: "Theta",
  Λ: "Lambda",
  Π: "Pi",
  Σ: "Sigma",
  Φ: "Phi",
  Ψ: "Psi",
  Ω: "Omega",
};

/** TeX for a number: `3`, `0.5`, `1.5 \times 10^{-7}`. */
export function texNumber(value: number): string {
  if (!Number.isFinite(value))
    return Number.isNaN(value) ? "\\text{NaN}" : value > 0 ? "\\infty" : "-\\infty";
  const magnitude = Math.abs(value);
  if (magnitude === 0 || (magnitude >= 1e-4 && magnitude < 1e15)) return String(value);
  const [mantissa, exponent] = value.toExponential().split("e") as [string, string];
  const power = `10^{${Number(exponent)}}`;
  return mantissa === "1" ? power : `${mantissa} \\times ${power}`;
}

function texLetters(letters: string): string {
  const greek = GREEK_CHARS.indexOf(letters);
  if (greek >= 0 && letters.length === 1) return `\\${GREEK_LETTERS[greek]}`;
  const upper = Object.hasOwn(GREEK_UPPER, letters) ? GREEK_UPPER[letters] : undefined;
  if (upper) return `\\${upper}`;
  if (GREEK_LETTERS.includes(letters)) return `\\${letters}`;
  return letters.length === 1 ? letters : `\\mathit{${letters}}`;
}

/** TeX for a variable name: `w1` → `w_{1}`, `x_max` → `x_{\mathrm{max}}`, `α` → `\alpha`. */
export function texVariable(name: string): string {
  const match = /^([^\d_]+)(\d*)(?:_(.+))?$/u.exec(name);
  if (!match) return `\\mathrm{${name.replace(/[^A-Za-z0-9]/gu, "")}}`;
  const [, letters = name, digits = "", sub] = match;
  const subscript =
    sub === undefined ? digits : `${digits}${/^\d+$/u.test(sub) ? sub : `\\mathrm{${sub}}`}`;
  return subscript ? `${texLetters(letters)}_{${subscript}}` : texLetters(letters);
}

const NAMES: Readonly<Record<FunctionName, string>> = {
  sin: "\\sin",
  cos: "\\cos",
  tan: "\\tan",
  exp: "\\exp",
  ln: "\\ln",
  log10: "\\log_{10}",
  sqrt: "\\sqrt",
  abs: "\\operatorname{abs}",
  sigmoid: "\\sigma",
  tanh: "\\tanh",
  relu: "\\operatorname{ReLU}",
  softplus: "\\operatorname{softplus}",
  step: "\\operatorname{step}",
  min: "\\min",
  max: "\\max",
  sec: "\\sec",
  csc: "\\csc",
  cot: "\\cot",
  arcsin: "\\arcsin",
  arccos: "\\arccos",
  arctan: "\\arctan",
  arccot: "\\operatorname{arccot}",
  arcsec: "\\operatorname{arcsec}",
  arccsc: "\\operatorname{arccsc}",
  sinh: "\\sinh",
  cosh: "\\cosh",
  coth: "\\coth",
  sech: "\\operatorname{sech}",
  csch: "\\operatorname{csch}",
  arsinh: "\\operatorname{arsinh}",
  arcosh: "\\operatorname{arcosh}",
  artanh: "\\operatorname{artanh}",
  arcoth: "\\operatorname{arcoth}",
  arsech: "\\operatorname{arsech}",
  arcsch: "\\operatorname{arcsch}",
  cbrt: "\\sqrt[3]",
  log2: "\\log_{2}",
  nthroot: "\\sqrt",
  log: "\\log",
};
/** Functions whose integer powers are written on the name: `\sin^{2}(x)`, `\cosh^{2}(x)`. */
const POWER_BEFORE_ARGUMENT = new Set<FunctionName>(
  "sin cos tan sec csc cot sinh cosh tanh coth sech csch".split(" ") as FunctionName[],
);

const ROOTS = new Set<FunctionName>(["sqrt", "cbrt", "nthroot"]);
const isTall = (tex: string): boolean => tex.includes("\\frac") || tex.includes("\\sqrt");
const group = (tex: string): string => (isTall(tex) ? `\\left(${tex}\\right)` : `(${tex})`);

function callTeX(fn: FunctionName, args: readonly Expr[], power?: string): string {
  if (!Object.hasOwn(NAMES, fn)) functionSpec(fn); // throws "Unknown function"
  if ((fn === "nthroot" || fn === "log") && args.length === 2) {
    const [u, p] = args.map((a) => tex(a)) as [string, string];
    return fn === "nthroot" ? `\\sqrt[${p}]{${u}}` : `\\log_{${p}}${group(u)}`;
  }
  const inner = args.map((a) => tex(a)).join(", ");
  if (fn === "sqrt" || fn === "cbrt") return `${NAMES[fn]}{${inner}}`;
  if (fn === "abs") return `\\left|${inner}\\right|`;
  if (fn === "exp") return `e^{${inner}}`;
  return `${NAMES[fn]}${power === undefined ? "" : `^{${power}}`}${group(inner)}`;
}

function factorTeX(e: Expr): string {
  return e.kind === "add" || e.kind === "neg" || e.kind === "mul" ? group(tex(e)) : tex(e);
}

function powTeX(base: Expr, exp: Expr): string {
  const exponent = tex(exp);
  if (
    base.kind === "call" &&
    POWER_BEFORE_ARGUMENT.has(base.fn) &&
    exp.kind === "number" &&
    Number.isInteger(exp.value)
  ) {
    return callTeX(base.fn, base.args, exponent);
  }
  const simple =
    base.kind === "variable" ||
    base.kind === "constant" ||
    (base.kind === "number" && base.value >= 0 && texNumber(base.value) === String(base.value)) ||
    (base.kind === "call" && !ROOTS.has(base.fn) && base.fn !== "exp");
  return `${simple ? tex(base) : group(tex(base))}^{${exponent}}`;
}

let override: ((e: Expr) => string | undefined) | undefined;

function tex(e: Expr): string {
  const replaced = override?.(e);
  if (replaced !== undefined) return replaced;
  switch (e.kind) {
    case "number":
      return texNumber(e.value);
    case "constant":
      return e.name === "pi" ? "\\pi" : "e";
    case "variable":
      return texVariable(e.name);
    case "neg":
      return `-${e.arg.kind === "add" || e.arg.kind === "neg" ? group(tex(e.arg)) : tex(e.arg)}`;
    case "add":
      return e.terms
        .map((t, i) => {
          if (i > 0 && t.kind === "neg")
            return ` - ${t.arg.kind === "add" ? group(tex(t.arg)) : tex(t.arg)}`;
          const text = t.kind === "add" ? group(tex(t)) : tex(t);
          return i === 0 ? text : ` + ${text}`;
        })
        .join("");
    case "mul": {
      let out = "";
      let previousText = "";
      e.factors.forEach((f, i) => {
        const text = factorTeX(f);
        if (i > 0) {
          const previous = e.factors[i - 1] as Expr;
          // The previous factor's TeX is kept, not written again: nested products would
          // otherwise write their first factors twice per level.
          const needsDot =
            /^([\d.]|\\frac)/u.test(text) ||
            previous.kind === "div" ||
            f.kind === "div" ||
            /\\mathit/u.test(text + previousText);
          out += needsDot ? " \\cdot " : " ";
        }
        out += text;
        previousText = text;
      });
      return out;
    }
    case "div":
      return `\\frac{${tex(e.num)}}{${tex(e.den)}}`;
    case "pow":
      return powTeX(e.base, e.exp);
    case "call":
      return callTeX(e.fn, e.args);
  }
}

/**
 * TeX for KaTeX, in textbook style: minimal parentheses, `\frac`, implicit products (`2x`,
 * `6(3x + 1)`), `\sigma(x)`, `\ln x` with its argument in parentheses, `\sin^{2}(x)`,
 * subscripts `w_{1}`. For a well-formed tree it throws only past {@link MAX_TEX_LENGTH} (code
 * `"tex-too-long"`).
 */
export function toTeX(expr: string | Expr): string {
  return bounded(toExpr(expr), tex);
}

/**
 * Writes `e` with `write` unless its TeX would pass {@link MAX_TEX_LENGTH}: every node writes at
 * least one character, so a tree of more nodes is refused before anything is written.
 */
function bounded(e: Expr, write: (e: Expr) => string): string {
  if (budgetsOff()) return write(e);
  if (writtenSize(e, MAX_TEX_LENGTH) > MAX_TEX_LENGTH)
    throw overBudget("tex-too-long", MAX_TEX_LENGTH);
  const out = write(e);
  if (out.length > MAX_TEX_LENGTH) throw overBudget("tex-too-long", MAX_TEX_LENGTH);
  return out;
}

/** {@link toTeX} with some nodes drawn by `replace` (used for `\frac{d}{dx}[…]` placeholders). */
export function toTeXWith(expr: Expr, replace: (e: Expr) => string | undefined): string {
  const previous = override;
  override = replace;
  try {
    return bounded(expr, tex);
  } finally {
    override = previous;
  }
}
