// Props tables from react-docgen-typescript, with one fix. Storybook puts quotes around the
// default of a string-typed prop, expecting the bare value a destructuring default gives
// (`axes = "xy"` → xy → "xy"). Our defaults come from `@default` tags, written as they would be
// typed (`@default "xy"`) or in words (`@default the page's data-theme`): those are shown as
// written, not as "\"xy\"" or as a quoted sentence.
// @ts-expect-error: Storybook's React argTypes entry ships without type declarations.
import { parameters as react } from "@storybook/react/entry-preview-argtypes";
import type { StrictArgTypes } from "storybook/internal/types";

type Extract = (component: unknown) => StrictArgTypes | null;
const reactExtract = (react as { docs: { extractArgTypes: Extract } }).docs.extractArgTypes;

/** Storybook React's extractArgTypes, with `@default` texts of string props shown as written. */
export const extractArgTypes: Extract = (component) => {
  const argTypes = reactExtract(component);
  for (const argType of Object.values(argTypes ?? {})) {
    const value = argType.table?.defaultValue;
    if (!value?.summary?.startsWith('"')) continue;
    let written: unknown;
    try {
      written = JSON.parse(value.summary);
    } catch {
      continue; // a literal such as "a" | "b", not a quoted text
    }
    if (typeof written === "string" && /^"|[\s`]/.test(written)) value.summary = written;
  }
  return argTypes;
};
