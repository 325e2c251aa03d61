/**
 * The address of the script that holds the custom elements, for the files that sit beside it
 * (KaTeX's fonts in `fonts/`): the ES module's own URL, or, in the classic-script build, the
 * `<script src>` recorded by `src/elements.classic.ts` while that script first runs.
 */
let recorded: string | undefined;

/** Records the classic script's address (it is known only while the script first runs). */
export function recordBundleUrl(url: string | undefined): void {
  recorded = url || undefined;
}

/** The bundle's address, or `undefined` when it has none (the CommonJS copy). */
export function bundleUrl(): string | undefined {
  return (import.meta as { url?: string }).url ?? recorded;
}
