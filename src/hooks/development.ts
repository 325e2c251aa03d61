/**
 * True unless the bundle was built for production. Safe where `process` does not exist
 * (a plain `<script type="module">` page).
 */
export function isDevelopment(): boolean {
  return typeof process === "undefined" || process.env?.NODE_ENV !== "production";
}
