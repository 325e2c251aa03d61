/** The part of Node's `process` a bundler may define; absent on a plain page. */
declare const process: { env: { NODE_ENV?: string } };

/**
 * True unless the bundle was built for production. Safe where `process` does not exist
 * (a plain `<script type="module">` page).
 */
export function isDevelopment(): boolean {
  // Written as the literal \`process.env.NODE_ENV\`, the one expression bundlers replace: a
  // guarded \`process.env?.NODE_ENV\` behind \`typeof process\` survived the build and stayed true.
  try {
    return process.env.NODE_ENV !== "production";
  } catch {
    return true;
  }
}
