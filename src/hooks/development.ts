/** The part of Node's `process` a bundler may define; absent on a plain page. */
declare const process: { env?: { NODE_ENV?: string } } | undefined;

/**
 * True unless the bundle was built for production. Safe where `process` does not exist
 * (a plain `<script type="module">` page).
 */
export function isDevelopment(): boolean {
  return typeof process === "undefined" || process.env?.NODE_ENV !== "production";
}
