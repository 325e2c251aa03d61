/**
 * The height, in em of the formula's own font size, that a display formula is given before KaTeX
 * has typeset it and keeps afterwards (a minimum), so that nothing moves when KaTeX arrives.
 * Estimated from the TeX's shape, measured on KaTeX 0.18 in Chromium: a line 2.01em (with a root
 * 2.24em), a line with fractions 2.99–3.17em (3.40em inside `\left(…\right)`), an aligned block
 * of two lines 3.80em. Each estimate is a little above what it covers; a formula taller than its
 * estimate (fractions in fractions, tall matrices) still grows when it is typeset.
 */
export function reservedHeightEm(tex: string): number {
  const fraction = /\\[dt]?frac\b/.test(tex);
  const line = fraction
    ? /\\left[^]*\\[dt]?frac[^]*\\right/.test(tex)
      ? 3.45
      : 3.2
    : /\\sqrt\b/.test(tex)
      ? 2.3
      : 2.05;
  const tall = line + 1.2 * Math.max(0, fractionDepth(tex) - 1);
  if (!/\\begin\{/.test(tex)) return tall;
  const rows = (tex.match(/\\\\/g)?.length ?? 0) + 1;
  return 0.95 + rows * (tall - 0.6);
}

/** How deep fractions nest: 0 without one, 1 for `\frac{a}{b}`, 2 for a fraction in a fraction. */
function fractionDepth(tex: string): number {
  const groups: boolean[] = []; // one per open brace: whether it is a fraction's argument
  let awaiting = 0; // arguments of the last \frac still to open
  let deepest = 0;
  for (let i = 0; i < tex.length; i++) {
    const command = /^\\[dt]?frac\b/.exec(tex.slice(i, i + 6));
    if (command) {
      deepest = Math.max(deepest, groups.filter(Boolean).length + 1);
      awaiting = 2;
      i += command[0].length - 1;
    } else if (tex[i] === "{") {
      groups.push(awaiting > 0);
      if (awaiting > 0) awaiting--;
    } else if (tex[i] === "}") {
      groups.pop();
    }
  }
  return deepest;
}
