/** The TeX source KaTeX keeps in its MathML annotation, for comparing with the engine. */
export function texOf(element: Element | null | undefined): string | undefined {
  return element?.querySelector('annotation[encoding="application/x-tex"]')?.textContent?.trim();
}

/** The TeX of the display formula inside `element` (a solution line's main formula). */
export function displayTexOf(element: Element | null | undefined): string | undefined {
  return texOf(element?.querySelector('.slopes-tex[data-display="true"]'));
}
