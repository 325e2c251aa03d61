// ESLint flat config: TypeScript (syntax-aware; see README "Toolchain notes"), React hooks,
// jsx-a11y, Storybook, and import rules that keep the layering of docs/ARCHITECTURE.md.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import storybook from "eslint-plugin-storybook";
import globals from "globals";

const UI_LIBRARIES = [
  "react",
  "react-dom",
  "react/*",
  "react-dom/*",
  "@visx/*",
  "katex",
  "katex/*",
];

/**
 * Layers, lowest first. A layer may import the layers before it, never after it.
 * `lesson` is last, so no layer imports it; only `src/index.ts`, the public entry, re-exports it.
 */
const LAYERS = [
  "math",
  "i18n",
  "models",
  "hooks",
  "theme",
  "views",
  "explorers",
  "embed",
  "pages",
  "lesson",
];

function forbiddenFor(layer) {
  const index = LAYERS.indexOf(layer);
  const above = LAYERS.slice(index + 1).filter((name) => name !== layer);
  return above.flatMap((name) => [`**/${name}`, `**/${name}/**`, `../${name}`, `../${name}/**`]);
}

// The top layer (lesson) has nothing above it: no rule, since ESLint rejects an empty pattern group.
const layerRules = LAYERS.filter((layer) => forbiddenFor(layer).length > 0).map((layer) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: forbiddenFor(layer),
            message: `src/${layer} may only import lower layers (${LAYERS.slice(0, LAYERS.indexOf(layer)).join(", ") || "none"}); see docs/ARCHITECTURE.md.`,
          },
          ...(layer === "math" || layer === "models"
            ? [
                {
                  group: UI_LIBRARIES,
                  message: `src/${layer} is pure TypeScript: no React, visx or KaTeX.`,
                },
              ]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "storybook-static/**",
      "node_modules/**",
      "reports/**",
      "coverage/**",
      "test/consumer/node_modules/**",
      "test/consumer/dist/**",
      "test/consumer-app/.work/**",
      "!.storybook",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.name='eval']", message: "Never eval." },
        { selector: "NewExpression[callee.name='Function']", message: "Never new Function." },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  ...storybook.configs["flat/recommended"],
  ...layerRules,
);
