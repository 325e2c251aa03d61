/**
 * Derivatives of a first course with the form a teacher writes, for `simplify(differentiate(…))`
 * (#16). The first block is the table of derivatives of a calculus textbook (the elementary
 * functions, one by one), the second its exercises (sums, products, quotients, chains), the third
 * the cases of issue #16. Each entry: the function, the derivative as a teacher writes it, and
 * where to compare values (points inside the domain of both).
 */
export interface TeacherCase {
  readonly f: string;
  readonly teacher: string;
  readonly points?: readonly number[];
}

const INSIDE = [-0.7, -0.2, 0.35, 0.8]; // |x| < 1
const POSITIVE = [0.3, 0.9, 1.7, 3.2];
const ABOVE_ONE = [1.3, 2.1, 3.4];

export const TABLE: readonly TeacherCase[] = [
  { f: "x^5", teacher: "5x^4" },
  { f: "x^(-3)", teacher: "-3/x^4" },
  { f: "1/x^2", teacher: "-2/x^3" },
  { f: "sqrt(x)", teacher: "1/(2 sqrt(x))", points: POSITIVE },
  { f: "cbrt(x)", teacher: "1/(3 cbrt(x)^2)" },
  { f: "x^(2/3)", teacher: "2/(3 cbrt(x))", points: POSITIVE },
  { f: "e^x", teacher: "e^x" },
  { f: "2^x", teacher: "2^x*ln(2)" },
  { f: "ln(x)", teacher: "1/x", points: POSITIVE },
  { f: "log10(x)", teacher: "1/(x*ln(10))", points: POSITIVE },
  { f: "log2(x)", teacher: "1/(x*ln(2))", points: POSITIVE },
  { f: "log(x, 5)", teacher: "1/(x*ln(5))", points: POSITIVE },
  { f: "sin(x)", teacher: "cos(x)" },
  { f: "cos(x)", teacher: "-sin(x)" },
  { f: "tan(x)", teacher: "1/cos(x)^2" },
  { f: "cot(x)", teacher: "-1/sin(x)^2" },
  { f: "sec(x)", teacher: "sec(x)*tan(x)" },
  { f: "csc(x)", teacher: "-csc(x)*cot(x)" },
  { f: "arcsin(x)", teacher: "1/sqrt(1 - x^2)", points: INSIDE },
  { f: "arccos(x)", teacher: "-1/sqrt(1 - x^2)", points: INSIDE },
  { f: "arctan(x)", teacher: "1/(1 + x^2)" },
  { f: "arccot(x)", teacher: "-1/(1 + x^2)" },
  { f: "sinh(x)", teacher: "cosh(x)" },
  { f: "cosh(x)", teacher: "sinh(x)" },
  { f: "tanh(x)", teacher: "1 - tanh(x)^2" },
  { f: "arsinh(x)", teacher: "1/sqrt(x^2 + 1)" },
  { f: "arcosh(x)", teacher: "1/sqrt(x^2 - 1)", points: ABOVE_ONE },
  { f: "artanh(x)", teacher: "1/(1 - x^2)", points: INSIDE },
  { f: "abs(x)", teacher: "x/abs(x)" },
  { f: "sigmoid(x)", teacher: "sigmoid(x)(1 - sigmoid(x))" },
  { f: "nthroot(x, 4)", teacher: "1/(4 nthroot(x, 4)^3)", points: POSITIVE },
];

export const EXERCISES: readonly TeacherCase[] = [
  { f: "3x^4 - 2x^2 + 7x - 5", teacher: "12x^3 - 4x + 7" },
  { f: "(x^2 + 1)^3", teacher: "6x(x^2 + 1)^2" },
  { f: "sqrt(3x + 1)", teacher: "3/(2 sqrt(3x + 1))", points: POSITIVE },
  { f: "x^2*sin(x)", teacher: "2x*sin(x) + x^2*cos(x)" },
  { f: "x*e^x", teacher: "(x + 1)e^x" },
  { f: "x*ln(x)", teacher: "ln(x) + 1", points: POSITIVE },
  { f: "ln(x)/x", teacher: "(1 - ln(x))/x^2", points: POSITIVE },
  { f: "(x + 1)/(x - 1)", teacher: "-2/(x - 1)^2" },
  { f: "x/(x^2 + 1)", teacher: "(1 - x^2)/(x^2 + 1)^2" },
  { f: "(x^2 - 1)/(x^2 + 1)", teacher: "4x/(x^2 + 1)^2" },
  { f: "e^(2x)", teacher: "2e^(2x)" },
  { f: "e^(-x^2)", teacher: "-2x*e^(-x^2)" },
  { f: "sin(3x)", teacher: "3cos(3x)" },
  { f: "cos(x^2)", teacher: "-2x*sin(x^2)" },
  { f: "tan(2x)", teacher: "2/cos(2x)^2" },
  { f: "ln(x^2 + 1)", teacher: "2x/(x^2 + 1)" },
  { f: "sin(x)^2", teacher: "2 sin(x)*cos(x)" },
  { f: "cos(x)^3", teacher: "-3cos(x)^2*sin(x)" },
  { f: "sqrt(x^2 + 1)", teacher: "x/sqrt(x^2 + 1)" },
  { f: "sqrt(1 - x^2)", teacher: "-x/sqrt(1 - x^2)", points: INSIDE },
  { f: "1/(1 + e^(-x))", teacher: "e^(-x)/(1 + e^(-x))^2" },
  { f: "e^x*sin(x)", teacher: "e^x*(sin(x) + cos(x))" },
  { f: "arctan(x^2)", teacher: "2x/(1 + x^4)" },
  { f: "arcsin(2x)", teacher: "2/sqrt(1 - 4x^2)", points: [-0.4, -0.1, 0.2, 0.45] },
  { f: "arccos(x^2)", teacher: "-2x/sqrt(1 - x^4)", points: INSIDE },
  { f: "ln(sin(x))", teacher: "cot(x)", points: [0.3, 1.1, 2.5] },
  { f: "x^x", teacher: "x^x*(ln(x) + 1)", points: POSITIVE },
  { f: "(2x + 1)^5", teacher: "10(2x + 1)^4" },
  { f: "1/(3x + 2)", teacher: "-3/(3x + 2)^2" },
  { f: "x^2*e^(-x)", teacher: "(2x - x^2)e^(-x)" },
  { f: "sin(x)*cos(x)", teacher: "cos(x)^2 - sin(x)^2" },
  { f: "sinh(x)^2", teacher: "2 sinh(x)*cosh(x)" },
  { f: "x*arctan(x)", teacher: "arctan(x) + x/(1 + x^2)" },
  { f: "ln(ln(x))", teacher: "1/(x*ln(x))", points: ABOVE_ONE },
  { f: "x^3*ln(x)", teacher: "x^2*(3ln(x) + 1)", points: POSITIVE },
  { f: "2^(3x)", teacher: "3*2^(3x)*ln(2)" },
  { f: "e^(sin(x))", teacher: "cos(x)*e^sin(x)" },
  { f: "sin(e^x)", teacher: "e^x*cos(e^x)" },
  { f: "log(x^2, 3)", teacher: "2/(x*ln(3))", points: POSITIVE },
  { f: "cosh(2x)", teacher: "2sinh(2x)" },
  { f: "tanh(x)^2", teacher: "2tanh(x)(1 - tanh(x)^2)" },
  { f: "(3x + 1)^2", teacher: "6(3x + 1)" },
  { f: "(2x + 1)^3", teacher: "6(2x + 1)^2" },
  { f: "sigmoid(3x - 1)", teacher: "3sigmoid(3x - 1)(1 - sigmoid(3x - 1))" },
  { f: "(x - 2)^2/x", teacher: "1 - 4/x^2" },
  { f: "x(x + 1)^2", teacher: "(x + 1)(3x + 1)" },
  { f: "x^2(x - 1)^3", teacher: "x(x - 1)^2(5x - 2)" },
  { f: "(2x + 1)^5(3x - 2)^4", teacher: "2(2x + 1)^4(3x - 2)^3(27x - 4)" },
  { f: "x/sqrt(x^2 + 1)", teacher: "1/(x^2 + 1)^(3/2)" },
  { f: "sqrt(x)/(x + 1)", teacher: "(1 - x)/(2 sqrt(x)(x + 1)^2)", points: POSITIVE },
  { f: "x*sqrt(x^2 + 1)", teacher: "(2x^2 + 1)/sqrt(x^2 + 1)" },
  { f: "e^x/x", teacher: "e^x*(x - 1)/x^2" },
  { f: "ln((x + 1)/(x - 1))", teacher: "-2/(x^2 - 1)", points: ABOVE_ONE },
];

export const ISSUE: readonly TeacherCase[] = [
  { f: "5/(3x)", teacher: "-5/(3x^2)" },
  { f: "(2x)/(3x + 2)", teacher: "4/(3x + 2)^2" },
  { f: "sqrt(x)*x", teacher: "(3/2)*sqrt(x)", points: POSITIVE },
  { f: "(2x)^3*sin(x)", teacher: "24x^2*sin(x) + 8x^3*cos(x)" },
  { f: "e^x/(e^x - 1)", teacher: "-e^x/(e^x - 1)^2" },
  { f: "tan(x)*cos(x)", teacher: "cos(x)" },
  { f: "abs(x^2 + 1)", teacher: "2x" },
  { f: "0^(2^x + x^3 + 2)", teacher: "0" },
];

export const CORPUS: readonly TeacherCase[] = [...TABLE, ...EXERCISES, ...ISSUE];
