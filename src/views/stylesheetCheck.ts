import { isDevelopment } from "../hooks/development";

let checked = false;

/**
 * In development, warns once per page when slopes' stylesheet is missing: without it the
 * curves have no colour and the layout falls apart, with no error anywhere. The theme sets the
 * custom property `--slopes-stylesheet` on `.slopes`; its absence on a mounted root tells.
 */
export function checkStylesheet(root: Element | null): void {
  if (checked || !root || !isDevelopment() || typeof getComputedStyle !== "function") return;
  checked = true;
  if (getComputedStyle(root).getPropertyValue("--slopes-stylesheet").trim() !== "") return;
  console.warn(
    'slopes: the stylesheet is missing, so curves and controls are unstyled. Import "slopes/styles.css" ' +
      'once per page (or, without React, link "slopes-embed.css" from slopes/dist/embed/).',
  );
}

/** Forget that the check ran (tests). */
export function resetStylesheetCheck(): void {
  checked = false;
}
