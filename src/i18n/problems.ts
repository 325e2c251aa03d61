/**
 * The engine writes its messages about formulas in English (with a stable code). This turns
 * them into French by pattern, keeping the quoted parts and positions; a message with no
 * pattern stays in English rather than disappearing.
 */
const FRENCH: readonly [RegExp, (...parts: string[]) => string][] = [
  [/^Type a formula, for example (.+)$/, (e) => `Tapez une formule, par exemple ${e}`],
  [/^A formula must be text$/, () => "Une formule doit être du texte"],
  [
    /^Write abs\(x\) for an absolute value, not \|x\|$/,
    () => "Écrivez abs(x) pour une valeur absolue, pas |x|",
  ],
  [
    /^Type only the formula, without '=': for (.+) = (.+), type (.+)$/,
    (lhs, rhs, only) =>
      `Tapez seulement la formule, sans « = » : pour ${lhs} = ${rhs}, tapez ${only}`,
  ],
  [
    /^Use a point for decimals: write (.+), not (.+)$/,
    (good, bad) => `Utilisez un point pour les décimales : écrivez ${good}, pas ${bad}`,
  ],
  [
    /^Missing '\)' to close the '\(' at (\d+)$/,
    (at) => `Il manque « ) » pour fermer la « ( » en position ${at}`,
  ],
  [/^This '\)' has no matching '\('$/, () => "Cette « ) » n'a pas de « ( » correspondante"],
  [/^Unexpected (.+) at (\d+)$/, (what, at) => `${quote(what)} inattendu en position ${at}`],
  [
    /^Expected a number or a variable at the start$/,
    () => "Un nombre ou une variable est attendu au début",
  ],
  [
    /^Expected a number or a variable after (.+)$/,
    (what) => `Un nombre ou une variable est attendu après ${quote(what)}`,
  ],
  [
    /^Expected a number or a variable (.+)$/,
    (where) => `Un nombre ou une variable est attendu ${where}`,
  ],
  [
    /^This formula is nested too deeply \(more than (\d+) levels\)$/,
    (n) => `Cette formule est trop imbriquée (plus de ${n} niveaux)`,
  ],
  [
    /^This formula is too long \(more than ([\d,]+) characters\)$/,
    (n) => `Cette formule est trop longue (plus de ${spaced(n)} caractères)`,
  ],
  [
    /^The number (.+) is too large \(more than (.+)\)$/,
    (n, most) => `Le nombre ${n} est trop grand (plus de ${most})`,
  ],
  [
    /^This formula is too large \(more than ([\d,]+) parts\)$/,
    (n) => `Cette formule est trop grande (plus de ${spaced(n)} éléments)`,
  ],
  [
    /^This formula is too large to differentiate here \((.+)\)$/,
    (why) => `Cette formule est trop grande pour être dérivée ici (${budgetReason(why)})`,
  ],
  [
    /^This formula is too large to simplify here \((.+)\)$/,
    (why) => `Cette formule est trop grande pour être simplifiée ici (${budgetReason(why)})`,
  ],
  [
    /^This derivation is too long to explain step by step here \((.+)\)$/,
    (why) => `Cette dérivation est trop longue pour être détaillée ici (${budgetReason(why)})`,
  ],
  [
    /^This formula is too long to typeset here \(more than ([\d,]+) characters\)$/,
    (n) => `Cette formule est trop longue pour être composée ici (plus de ${spaced(n)} caractères)`,
  ],
  [
    /^Missing an operator between (.+) and (.+) \(write \* for a product\)$/,
    (a, b) => `Il manque un opérateur entre ${quote(a)} et ${quote(b)} (écrivez * pour un produit)`,
  ],
  [
    /^Unknown function '(.+?)' — did you mean '(.+)'\?$/,
    (name, hint) => `Fonction inconnue « ${name} » — vouliez-vous dire « ${hint} » ?`,
  ],
  [/^Unknown function '(.+?)'(.*)$/, (name) => `Fonction inconnue « ${name} »`],
  [
    /^Put the input of '(.+)' in parentheses, like (.+)$/,
    (name, like) => `Mettez l'entrée de « ${name} » entre parenthèses, comme ${like}`,
  ],
  [
    /^'(.+)' takes (\d+) inputs?, but got (\d+)$/,
    (name, n, got) => `« ${name} » prend ${n} entrée${n === "1" ? "" : "s"}, mais en a reçu ${got}`,
  ],
  [
    /^'(.+)' needs at least (\d+) inputs, like (.+)$/,
    (name, n, like) => `« ${name} » demande au moins ${n} entrées, comme ${like}`,
  ],
  [
    /^A superscript sign needs a digit after it, like (.+)$/,
    (like) => `Un signe en exposant doit être suivi d'un chiffre, comme ${like}`,
  ],
  [
    /^Use round brackets '\(' and '\)' instead of '(.+)'$/,
    (c) => `Utilisez des parenthèses « ( » et « ) » au lieu de « ${c} »`,
  ],
  [
    /^The character '(.+)' at (\d+) is not part of a formula$/,
    (c, at) => `Le caractère « ${c} » en position ${at} ne fait pas partie d'une formule`,
  ],
  [
    /^This formula may only use (.+); it also uses (.+)\.$/,
    (allowed, extra) =>
      `Cette formule ne peut utiliser que ${allowed} ; elle utilise aussi ${extra}.`,
  ],
];

/** `12,000` → `12 000` (French groups digits with a space). */
function spaced(n: string): string {
  return n.replace(/,/g, " ");
}

/** "more than 5,000 terms" / "more than 50,000 operations" in French. */
function budgetReason(why: string): string {
  const match = /^more than ([\d,]+) (terms|operations)$/.exec(why);
  if (!match) return why;
  return `plus de ${spaced(match[1] ?? "")} ${match[2] === "terms" ? "termes" : "opérations"}`;
}

/** `'x'` → `« x »`; other words unchanged. */
function quote(text: string): string {
  return text.replace(/'([^']*)'/g, "« $1 »");
}

/** A message about a formula in the reader's language (`code` is a BCP 47 tag). */
export function translateProblem(message: string, code: string): string {
  if (!code.toLowerCase().startsWith("fr")) return message;
  for (const [pattern, french] of FRENCH) {
    const match = pattern.exec(message);
    if (match) return french(...match.slice(1));
  }
  return message;
}
