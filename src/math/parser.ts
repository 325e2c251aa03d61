import type { Expr } from "./ast";
import { add, call, constant, div, mul, neg, num, pow, variable } from "./ast";
import { MAX_DEPTH } from "./budgets";
import { ExpressionError } from "./errors";
import type { FunctionName } from "./functions";
import { FUNCTIONS, lookupFunction } from "./functions";
import type { Token } from "./lexer";
import { recordSpan } from "./spans";
import {
  absoluteBars,
  argumentCount,
  describe,
  missingOperand,
  missingParenthesis,
  unexpectedToken,
  unknownFunction,
} from "./parseErrors";

/** Recursive-descent parser over tokens; one instance per formula. */
export class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos] as Token;
  }
  private previous(): Token | undefined {
    return this.tokens[this.pos - 1];
  }
  private next(): Token {
    return this.tokens[this.pos++] as Token;
  }
  private isOp(t: Token, ...ops: string[]): boolean {
    return t.kind === "operator" && ops.includes(t.text);
  }
  private mark<T extends Expr>(node: T, start: number): T {
    recordSpan(node, { start, end: this.previous()?.end ?? start });
    return node;
  }
  private enter(t: Token, extra = 0): void {
    if (++this.depth + extra > MAX_DEPTH) {
      throw new ExpressionError(
        `This formula is nested too deeply (more than ${MAX_DEPTH} levels)`,
        t.start,
        t.end,
        "too-deep",
      );
    }
  }

  parseAll(): Expr {
    const first = this.peek();
    if (first.kind === "end")
      throw new ExpressionError("Type a formula, for example x^2", 0, 0, "empty");
    const expr = this.parseSum();
    const t = this.peek();
    if (t.kind !== "end") this.unexpected(t, undefined);
    return expr;
  }

  /** Explains a token that cannot continue the formula. */
  private unexpected(t: Token, open: Token | undefined): never {
    throw unexpectedToken(t, this.previous(), this.tokens[this.pos + 1], open);
  }

  private parseSum(): Expr {
    const start = this.peek().start;
    const terms: Expr[] = [this.parseTerm()];
    for (let t = this.peek(); this.isOp(t, "+", "-"); t = this.peek()) {
      this.next();
      const term = this.parseTerm();
      terms.push(t.text === "-" ? this.mark(neg(term), t.start) : term);
    }
    return terms.length === 1 ? (terms[0] as Expr) : this.mark(add(terms), start);
  }

  /** A term may start with signs, which apply to the whole product: `-2x` is `-(2x)`. */
  private parseTerm(): Expr {
    return this.signed(this.parseTerm, this.parseProduct);
  }

  /**
   * Leading signs before an operand: `self` parses what follows a sign (signs may repeat),
   * `operand` what stands without one. Each sign is a nesting level.
   */
  private signed(self: () => Expr, operand: () => Expr): Expr {
    const t = this.peek();
    if (!this.isOp(t, "+", "-")) return operand.call(this);
    this.next();
    const arg = this.nested(t, self);
    return t.text === "-" ? this.mark(neg(arg), t.start) : arg;
  }

  /** Parses with `inner` one nesting level deeper than `t` (plus `extra`), within MAX_DEPTH. */
  private nested(t: Token, inner: () => Expr, extra = 0): Expr {
    this.enter(t, extra);
    const expr = inner.call(this);
    this.depth--;
    return expr;
  }

  private parseProduct(): Expr {
    const start = this.peek().start;
    let factors: Expr[] = [this.parseFactor()];
    let chain = 0;
    const product = (): Expr =>
      factors.length === 1 ? (factors[0] as Expr) : this.mark(mul(factors), start);
    for (;;) {
      const t = this.peek();
      if (this.isOp(t, "*")) {
        this.next();
        factors.push(this.parseFactor());
      } else if (this.isOp(t, "/")) {
        this.next();
        const numerator = product();
        const denominator = this.nested(t, this.parseFactor, ++chain);
        factors = [this.mark(div(numerator, denominator), start)];
      } else if (t.kind === "number") {
        const before = this.previous() as Token;
        throw new ExpressionError(
          `Missing an operator between ${describe(before)} and '${t.raw}' (write * for a product)`,
          before.start,
          t.end,
          "missing-operator",
        );
      } else if (t.kind === "identifier" || t.kind === "(" || t.kind === "sqrt") {
        factors.push(this.parsePower());
      } else break;
    }
    return product();
  }

  /** An operand of `*` or `/`: a sign here binds to the power only (`2*-x^2*3`). */
  private parseFactor(): Expr {
    return this.signed(this.parseFactor, this.parsePower);
  }

  private parsePower(): Expr {
    const start = this.peek().start;
    const base = this.parsePostfix();
    const t = this.peek();
    if (!this.isOp(t, "^")) return base;
    this.next();
    return this.mark(pow(base, this.nested(t, this.parseExponent)), start);
  }

  private parseExponent(): Expr {
    return this.signed(this.parseExponent, this.parsePower);
  }

  private parsePostfix(): Expr {
    const start = this.peek().start;
    let expr = this.parsePrimary();
    for (let t = this.peek(); t.kind === "superscript"; t = this.peek()) {
      this.next();
      expr = this.mark(pow(expr, this.superscript(t)), start);
    }
    return expr;
  }

  private superscript(t: Token): Expr {
    const n = this.mark(num(Math.abs(t.value ?? 0)), t.start);
    return (t.value ?? 0) < 0 || t.raw.startsWith("⁻") ? this.mark(neg(n), t.start) : n;
  }

  private parsePrimary(): Expr {
    const t = this.peek();
    switch (t.kind) {
      case "number":
        this.next();
        return this.mark(num(t.value ?? Number.NaN), t.start);
      case "identifier":
        this.next();
        return this.identifier(t);
      case "(": {
        this.next();
        const inner = this.nested(t, this.parseSum);
        if (this.peek().kind !== ")") this.unexpected(this.peek(), t);
        this.next();
        return inner;
      }
      case "sqrt": {
        this.next();
        return this.mark(call("sqrt", [this.nested(t, this.parsePostfix)]), t.start);
      }
      case "|":
        throw absoluteBars(t);
      default:
        return this.expectedOperand(t);
    }
  }

  private expectedOperand(t: Token): never {
    throw missingOperand(t, this.previous(), this.tokens[this.pos + 1]);
  }

  private identifier(t: Token): Expr {
    const next = this.peek().kind;
    const call = next === "(";
    const fn = lookupFunction(t.text, call) ?? lookupFunction(t.raw, call);
    if (fn) return this.functionCall(t, fn);
    // log_b(x), log₃(x), log3(x): the logarithm in base b, log(x, b).
    const base = call ? /^log(?:(\d+)|_([A-Za-z]))$/u.exec(t.text) : null;
    if (base) {
      const b = base[1] !== undefined ? num(Number(base[1])) : this.letter(base[2] as string);
      return this.functionCall(t, "log", this.mark(b, t.start));
    }
    if (t.text === "pi" || t.text === "π") return this.mark(constant("pi"), t.start);
    if (t.text === "e") return this.mark(constant("e"), t.start);
    if (this.peek().kind === "(" && /^[a-z]{2,}/iu.test(t.text)) {
      throw unknownFunction(t);
    }
    return this.mark(variable(t.text), t.start);
  }

  /** A one-letter base of `log_b`: `e` is the constant. */
  private letter(name: string): Expr {
    return name === "e" ? constant("e") : variable(name);
  }

  private functionCall(name: Token, fn: FunctionName, parameter?: Expr): Expr {
    let power: Expr | undefined;
    const t = this.peek();
    if (t.kind === "superscript") {
      this.next();
      power = this.superscript(t);
    } else if (this.isOp(t, "^") && this.tokens[this.pos + 1]?.kind === "number") {
      this.next();
      const n = this.next();
      power = this.mark(num(n.value ?? Number.NaN), n.start);
    }
    const open = this.peek();
    if (open.kind !== "(") {
      throw missingParenthesis(name);
    }
    this.next();
    this.enter(open);
    const args: Expr[] = [this.parseSum()];
    while (this.peek().kind === ",") {
      this.next();
      args.push(this.parseSum());
    }
    this.depth--;
    if (this.peek().kind !== ")") this.unexpected(this.peek(), open);
    this.next();
    if (parameter) args.push(parameter);
    // `log` with two inputs is the logarithm in a base; with one, the natural logarithm.
    if (fn === "ln" && args.length === 2 && name.text === "log") fn = "log";
    const spec = FUNCTIONS[fn];
    if (args.length < spec.minArgs || args.length > spec.maxArgs) {
      throw argumentCount(name, spec, args.length, this.previous()?.end ?? name.end);
    }
    const node = this.mark(call(fn, args), name.start);
    return power ? this.mark(pow(node, power), name.start) : node;
  }
}
