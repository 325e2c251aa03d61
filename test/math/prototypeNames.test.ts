// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compile } from "../../src/math/compile";
import { differentiate } from "../../src/math/differentiate";
import { derivationSteps } from "../../src/math/steps";
import { evaluate } from "../../src/math/evaluate";
import { format } from "../../src/math/formatExpression";
import { computationGraph } from "../../src/math/graph";
import { parse } from "../../src/math/parse";
import { simplify } from "../../src/math/simplify";
import { texVariable, toTeX } from "../../src/math/tex";
import { chainGraphState } from "../../src/models/chainGraph";
import { chainSpec } from "../../src/models/chainProgram";

/** Every name Object.prototype answers to, plus a few that objects commonly inherit. */
const PROTOTYPE_NAMES = [
  ...Object.getOwnPropertyNames(Object.prototype),
  "toString",
  "valueOf",
  "constructor",
  "__proto__",
  "call",
  "apply",
  "bind",
  "length",
  "name",
  "prototype",
];

/** The outcome of `run`: its value, or the message it threw (never anything else). */
function outcome(run: () => unknown): { value?: unknown; error?: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const NATIVE = /native code|\[object |function \w*\(/;

describe("names of Object.prototype are ordinary names (#18)", () => {
  it("as variables: a correct value, or 'Unknown variable'; never a function's text", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROTOTYPE_NAMES),
        fc.integer({ min: -5, max: 5 }),
        (name, value) => {
          const parsed = outcome(() => parse(name));
          if (parsed.error !== undefined) {
            // Names the lexer refuses (a leading underscore) are refused everywhere, with a message.
            expect(parsed.error).not.toMatch(NATIVE);
            return;
          }
          // Unknown as a free variable.
          for (const run of [
            () => evaluate(`x + ${name}`, { x: 1 }),
            () => compile(`x + ${name}`, ["x"])(1),
            () => compile(`x + ${name}`, ["x"], {})(1),
          ]) {
            const result = outcome(run);
            expect(result.value).toBeUndefined();
            expect(result.error).toMatch(/^Unknown variable/);
          }
          // An ordinary variable once it has a value.
          const scope = Object.fromEntries([[name, value]]) as Record<string, number>;
          expect(evaluate(`${name} + 1`, scope)).toBe(value + 1);
          expect(compile(`${name} * 2`, [name])(value)).toBe(2 * value);
          expect(compile(`x + ${name}`, ["x"], scope)(1)).toBe(1 + value);
          const slope = compile(differentiate(`${name}^2 + x`, name), [name, "x"]);
          expect(slope(value, 0)).toBe(2 * value);
          // Text and TeX name it and nothing else.
          for (const text of [
            toTeX(name),
            texVariable(name),
            toTeX(differentiate(`${name} * x`, "x")),
            format(parse(`${name} + 1`)),
          ]) {
            expect(text).not.toMatch(NATIVE);
            expect(text.replace(/\\[a-z]+|[{}\\]/g, "")).toContain(name);
          }
        },
      ),
    );
  });

  it("as function names: 'Unknown function', never a call into the prototype", () => {
    for (const name of PROTOTYPE_NAMES) {
      for (const run of [
        () => parse(`${name}(x)`),
        () => toTeX(`${name}(x)`),
        () => evaluate(`${name}(2)`, {}),
        () => compile(`${name}(x)`, ["x"])(1),
      ]) {
        const result = outcome(run);
        expect(result.value, name).toBeUndefined();
        expect(result.error, name).not.toMatch(NATIVE);
        expect(result.error, name).toMatch(
          /Unknown function|not part of a formula|Unknown variable/,
        );
      }
    }
  });

  it("hand-built trees calling them: 'Unknown function', never a method of Object", () => {
    for (const name of PROTOTYPE_NAMES) {
      const call = { kind: "call", fn: name, args: [{ kind: "variable", name: "x" }] } as never;
      for (const run of [
        () => evaluate(call, { x: 1 }),
        () => compile(call, ["x"])(1),
        () => toTeX(call),
        () => toTeX(simplify(call)),
        () => differentiate(call, "x"),
        () => derivationSteps(call, "x"),
      ]) {
        const result = outcome(run);
        expect(result.value, name).toBeUndefined();
        expect(result.error, name).toBe(`Unknown function '${name}'`);
      }
    }
  });

  it("computation graphs and the chain model take them as input and step names", () => {
    for (const name of ["toString", "valueOf", "constructor", "hasOwnProperty", "isPrototypeOf"]) {
      const graph = computationGraph({ y: `${name}^2` }, Object.fromEntries([[name, 3]]));
      expect(graph.nodes.map((n) => n.value)).toEqual([3, 9]);
      const missing = outcome(() => computationGraph({ y: `${name}^2` }, {}));
      expect(missing.error).toBe(`The input '${name}' needs a value`);
      const spec = chainSpec({ mode: "composition", program: { y: `${name} * 2` } });
      expect(spec.ok ? "ok" : spec.problem.message).toBe("ok");
      if (!spec.ok) continue;
      const state = chainGraphState({ spec: spec.spec, values: {} });
      expect(state.values[name]).toBe(1);
      for (const node of state.nodes) {
        expect(typeof node.value).toBe("number");
        expect(node.tex).not.toMatch(NATIVE);
      }
    }
  });
});
