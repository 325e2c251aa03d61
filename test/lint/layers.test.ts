// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => m.message);
}

describe("ESLint keeps the layering of docs/ARCHITECTURE.md", () => {
  it.each([
    ["src/math/x.ts", 'import { useState } from "react";\nexport const a = useState;\n'],
    ["src/math/x.ts", 'import katex from "katex";\nexport const a = katex;\n'],
    [
      "src/models/x.ts",
      'import { scaleLinear } from "@visx/scale";\nexport const a = scaleLinear;\n',
    ],
    ["src/models/x.ts", 'import { Plane } from "../views/Plane";\nexport const a = Plane;\n'],
    ["src/hooks/x.ts", 'import { Plane } from "../views/Plane";\nexport const a = Plane;\n'],
    ["src/views/x.ts", 'import { Lesson } from "../lesson/Lesson";\nexport const a = Lesson;\n'],
    ["src/explorers/x.ts", 'import { Quiz } from "../lesson";\nexport const a = Quiz;\n'],
    [
      "src/embed/x.ts",
      'import { WidgetPage } from "../pages/WidgetPage";\nexport const a = WidgetPage;\n',
    ],
  ])("refuses %s importing upward: %s", async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });

  it.each([
    ["src/models/x.ts", 'import { clamp } from "../math/number";\nexport const a = clamp;\n'],
    [
      "src/hooks/x.ts",
      'import { useState } from "react";\nimport { keyIntent } from "../models/keyboard";\nexport const a = [useState, keyIntent];\n',
    ],
    [
      "src/views/x.ts",
      'import { useMovable } from "../hooks/useMovable";\nexport const a = useMovable;\n',
    ],
    ["src/pages/x.ts", 'import { ELEMENTS } from "../embed";\nexport const a = ELEMENTS;\n'],
  ])("allows %s importing downward", async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
}, 30_000);
