/**
 * A plain-text reading of a formula's TeX, shown (and read aloud) while KaTeX has not arrived:
 * `\frac{f(x+h) - f(x)}{h}` reads `(f(x+h) − f(x))/h`, `x^{2}` reads `x²`, `\sqrt{x}` reads `√(x)`.
 * Pure and total: unknown commands lose their backslash, unbalanced braces are dropped.
 */
export function texToText(tex: string): string {
  // `{,}` is TeX's decimal comma (0{,}5): kept apart from the commas between terms.
  let text = tex
    .replace(/\{,\}/g, DECIMAL_COMMA)
    // Aligned lines read one after the other.
    .replace(/\\(?:begin|end)\{[a-z]*\*?\}/g, "")
    .replace(/\\\\/g, ";")
    .replace(/&/g, "");
  // Innermost groups first, until nothing changes (bounded: each pass removes a command).
  for (let pass = 0; pass < 40; pass++) {
    const before = text;
    text = text
      .replace(
        /\\d?frac\{([^{}]*)\}\{([^{}]*)\}/g,
        (_, a: string, b: string) => `${group(a)}/${group(b)}`,
      )
      .replace(/\\sqrt\{([^{}]*)\}/g, "√($1)")
      .replace(
        /\\(?:mathrm|text|operatorname|mathit|mathbf|boldsymbol|displaystyle)\{([^{}]*)\}/g,
        "$1",
      )
      .replace(/\^\{([^{}]*)\}/g, (_, a: string) => power(a))
      .replace(/_\{([^{}]*)\}/g, (_, a: string) => subscript(a))
      .replace(/(?<!\\[A-Za-z]+|[\^_}])\{([^{}]*)\}/g, "$1");
    if (text === before) break;
  }
  text = text
    .replace(/\^(\w)/g, (_, a: string) => power(a))
    .replace(/_(\w)/g, (_, a: string) => subscript(a))
    .replace(/\\(left|right|big|Big|bigg|Bigg)\b\\?/g, "")
    .replace(/\\[,;:! ]|~/g, " ")
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => SYMBOLS[name] ?? name)
    .replace(/\\(.?)/g, "$1")
    .replace(/[{}]/g, "")
    .replace(/'/g, "′")
    .replace(/-/g, "−");
  // Spaces in TeX mean nothing: the text puts them around relations and binary operators.
  return text
    .replace(/\s+/g, "")
    .replace(/[=≈≠≤≥←→↦×·+±]/g, " $& ")
    .replace(/(?<=[\w)′²³⁰¹⁴-⁹|])−/gu, " − ")
    .replace(/[,;]/g, "$& ")
    .replaceAll(DECIMAL_COMMA, ",")
    .replace(/\s+/g, " ")
    .trim();
}

const DECIMAL_COMMA = "\u0000";

/** `a` bracketed when it is more than one term or factor. */
function group(a: string): string {
  const t = a.trim();
  const bare = t.replace(/\\[A-Za-z]+\s*/g, "a");
  return /^[^\s+\-−=·×/]+$/u.test(bare) ? t : `(${t})`;
}

const SUPERSCRIPTS: Record<string, string> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "-": "⁻",
  "+": "⁺",
  n: "ⁿ",
  "(": "⁽",
  ")": "⁾",
};
const SUBSCRIPTS: Record<string, string> = {
  "0": "₀",
  "1": "₁",
  "2": "₂",
  "3": "₃",
  "4": "₄",
  "5": "₅",
  "6": "₆",
  "7": "₇",
  "8": "₈",
  "9": "₉",
  "-": "₋",
  "+": "₊",
  "(": "₍",
  ")": "₎",
};

function power(a: string): string {
  const t = a.trim();
  if (t === "\\prime" || t === "'") return "′";
  return [...t].every((c) => c in SUPERSCRIPTS)
    ? [...t].map((c) => SUPERSCRIPTS[c]).join("")
    : `^(${t})`;
}

function subscript(a: string): string {
  const t = a.trim();
  return [...t].every((c) => c in SUBSCRIPTS) ? [...t].map((c) => SUBSCRIPTS[c]).join("") : `_${t}`;
}

const SYMBOLS: Record<string, string> = {
  cdot: "·",
  times: "×",
  div: "÷",
  pm: "±",
  mp: "∓",
  approx: "≈",
  neq: "≠",
  ne: "≠",
  le: "≤",
  leq: "≤",
  ge: "≥",
  geq: "≥",
  to: "→",
  rightarrow: "→",
  leftarrow: "←",
  mapsto: "↦",
  infty: "∞",
  partial: "∂",
  nabla: "∇",
  prime: "′",
  lim: "lim",
  sum: "∑",
  cdots: "⋯",
  ldots: "…",
  dots: "…",
  quad: " ",
  qquad: " ",
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  Delta: "Δ",
  epsilon: "ε",
  varepsilon: "ε",
  eta: "η",
  theta: "θ",
  lambda: "λ",
  mu: "μ",
  pi: "π",
  sigma: "σ",
  tau: "τ",
  phi: "φ",
  varphi: "φ",
  omega: "ω",
  ln: "ln",
  log: "log",
  exp: "exp",
  sin: "sin",
  cos: "cos",
  tan: "tan",
  in: "∈",
  circ: "∘",
  lvert: "|",
  rvert: "|",
  vert: "|",
  lVert: "‖",
  rVert: "‖",
  langle: "⟨",
  rangle: "⟩",
  displaystyle: "",
  textstyle: "",
  mid: "|",
  colon: ":",
};
