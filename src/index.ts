/**
 * slopes: interactive calculus widgets for course sites.
 *
 * Every public name is listed here by name; anything not listed is internal and may change
 * without notice. `api/slopes.api.md` is the reviewed record of this surface.
 *
 * Styles live apart in `slopes/styles.css` (KaTeX and the theme); import it once per page.
 * The calculus engine is also available alone, without React, as `slopes/math`.
 * @packageDocumentation
 */

// Ready widgets.
export { SecantExplorer } from "./explorers/SecantExplorer";
export type { SecantExplorerProps } from "./explorers/SecantExplorer";
export { ChainRuleExplorer } from "./explorers/ChainRuleExplorer";
export type { ChainRuleExplorerProps } from "./explorers/ChainRuleExplorer";
export { GradientExplorer } from "./explorers/GradientExplorer";
export type { GradientExplorerProps } from "./explorers/GradientExplorer";

// Parts for widgets of your own: the shared frame and the controls.
export { ExplorerFrame } from "./explorers/parts/ExplorerFrame";
export type { ExplorerFrameProps } from "./explorers/parts/ExplorerFrame";
export { ExpressionField } from "./explorers/parts/ExpressionField";
export type { ExpressionFieldProps } from "./explorers/parts/ExpressionField";
export { LogSlider } from "./explorers/parts/LogSlider";
export type { LogSliderProps } from "./explorers/parts/LogSlider";
export { Choice } from "./explorers/parts/Choice";
export type { ChoiceProps } from "./explorers/parts/Choice";
export { Toggles } from "./explorers/parts/Toggles";
export type { ToggleItem, TogglesProps } from "./explorers/parts/Toggles";
export { Readouts } from "./explorers/parts/Readouts";
export type { ReadoutItem, ReadoutsProps } from "./explorers/parts/Readouts";
export { FormulaPanel } from "./explorers/parts/FormulaPanel";
export type { Formula, FormulaPanelProps } from "./explorers/parts/FormulaPanel";

// Headless hooks: the calculus state of each widget.
export { useSecant } from "./hooks/useSecant";
export type {
  SecantLive,
  SecantSource,
  UseSecantOptions,
  UseSecantResult,
} from "./hooks/useSecant";
export { useLive } from "./hooks/live";
export type { Live } from "./hooks/live";
export { useChainGraph } from "./hooks/useChainGraph";
export type {
  ChainInputControl,
  ChainInputs,
  UseChainGraphOptions,
  UseChainGraphResult,
} from "./hooks/useChainGraph";
export { useGradientField } from "./hooks/useGradientField";
export type {
  GradientSource,
  UseGradientFieldOptions,
  UseGradientFieldResult,
} from "./hooks/useGradientField";
export { useBackwardPass } from "./hooks/useBackwardPass";
export type { UseBackwardPassOptions, UseBackwardPassResult } from "./hooks/useBackwardPass";

// Hooks for widgets of your own.
export { useControllableState } from "./hooks/useControllableState";
export type { StateUpdate } from "./hooks/useControllableState";
export { useResettableState } from "./hooks/useResettableState";
export type { UseResettableStateOptions } from "./hooks/useResettableState";
export { useMovable } from "./hooks/useMovable";
export type {
  Axis,
  MovableBounds,
  MovableDragProps,
  MovableKeyProps,
  UseMovableOptions,
  UseMovableResult,
} from "./hooks/useMovable";
export { useInView } from "./hooks/useInView";
export type { UseInViewOptions, UseInViewResult } from "./hooks/useInView";
export { useSettled } from "./hooks/useSettled";
export { usePrefersReducedMotion } from "./hooks/usePrefersReducedMotion";

// Language.
export { LocaleProvider, useLocale } from "./hooks/useLocale";
export type { LocaleProviderProps } from "./hooks/useLocale";
export { LOCALES, resolveLocale, localizeTeX } from "./i18n/locale";
export type { Locale, LocaleInput } from "./i18n/locale";
export type { Labels } from "./i18n/en";
export type { ChainLabels } from "./i18n/chainLabels";
export type { GradientLabels } from "./i18n/gradientLabels";
export type { LessonLabels } from "./i18n/lessonLabels";
export { formatNumber, formatSignificant } from "./i18n/formatNumber";
export type { FormatNumberOptions, FormatSignificantOptions } from "./i18n/formatNumber";

// Views: the pictures, drawing what a hook computed.
export { SecantView } from "./views/SecantView";
export type { SecantViewProps } from "./views/SecantView";
export { ChainGraphView } from "./views/ChainGraphView";
export type { ChainGraphViewProps } from "./views/ChainGraphView";
export { GradientFieldView } from "./views/GradientFieldView";
export type { GradientFieldViewProps } from "./views/GradientFieldView";
export { ErrorInset } from "./views/ErrorInset";
export { SecantZoom } from "./views/SecantZoom";
export { SoundProvider, useAudioTrace } from "./hooks/useAudioTrace";
export type { SoundProviderProps, UseAudioTraceResult } from "./hooks/useAudioTrace";
export {
  curveSweep,
  pitchOf,
  probeSound,
  productTones,
  runningProducts,
  slopeSound,
  stepDrop,
} from "./models/audioTrace";
export type {
  AudioMark,
  AudioSchedule,
  CurveSweepOptions,
  SlopeSound,
  VoiceStep,
} from "./models/audioTrace";
export type { SecantZoomProps } from "./views/SecantZoom";
export type { ErrorInsetProps } from "./views/ErrorInset";
export { CrossSectionPlot } from "./views/CrossSectionPlot";
export type { CrossSectionPlotProps } from "./views/CrossSectionPlot";
export type { RootProps, DataAttributes } from "./views/rootProps";

// Primitives: the plane and what is drawn on it.
export { Plane } from "./views/Plane";
export type { PlaneMargin, PlaneProps } from "./views/Plane";
export { usePlane } from "./views/PlaneContext";
export type { LinearScale, PlaneContextValue } from "./views/PlaneContext";
export type { PlaneAxesProps } from "./views/PlaneAxes";
export { Curve } from "./views/Curve";
export type { CurveProps } from "./views/Curve";
export { Handle } from "./views/Handle";
export type { HandleProps } from "./views/Handle";
export { Arrow } from "./views/Arrow";
export type { ArrowProps } from "./views/Arrow";
export { Point } from "./views/Point";
export type { PointProps } from "./views/Point";
export { LineLabel } from "./views/LineLabel";
export type { LineLabelProps } from "./views/LineLabel";
export { SlopeTriangle } from "./views/SlopeTriangle";
export type { SlopeTriangleProps } from "./views/SlopeTriangle";
export { ContourMap } from "./views/ContourMap";
export type { ContourMapProps } from "./views/ContourMap";
export { Heatmap } from "./views/Heatmap";
export type { HeatmapProps } from "./views/Heatmap";
export { ArrowField } from "./views/ArrowField";
export type { ArrowFieldProps } from "./views/ArrowField";
export { DescentTrail } from "./views/DescentTrail";
export type { DescentTrailProps } from "./views/DescentTrail";
export { Tex } from "./views/Tex";
export type { TexProps } from "./views/Tex";

// What the hooks compute (the models' state), and the ranges and defaults they use.
export type { Domain } from "./models/plane";
export { checkExpression } from "./models/expression";
export type { ExpressionCheck, ExpressionProblem } from "./models/expression";
export { H_RANGE } from "./models/secant";
export type { ErrorSample, SecantMethod, SecantState, SlopeDirection } from "./models/secant";
export type {
  FunctionInput,
  ResolvedFunction,
  SlopeFunction,
  SlopeSource,
} from "./models/secantFunction";
export { DEFAULT_COST_VARIABLES } from "./models/gradientCost";
export type { CostInput, GradientCost } from "./models/gradientCost";
export { RESOLUTION_RANGE } from "./models/gradientLandscape";
export type {
  ContourFunction,
  ContourPath,
  FieldArrow,
  Landscape,
} from "./models/gradientLandscape";
export type { MapCell } from "./models/gradientGrid";
export { LEARNING_RATE_RANGE } from "./models/gradientProbe";
export type { CriticalKind, ProbeState, StepProblem } from "./models/gradientProbe";
export type { CrossSection } from "./models/gradientSection";
export {
  DEFAULT_COMPOSITION,
  MAX_CHAIN_STEPS,
  NEURON_PROGRAM,
  NEURON_DEFAULTS,
} from "./models/chainProgram";
export type {
  ChainComposition,
  ChainKind,
  ChainMode,
  ChainProblem,
  ChainProgram,
} from "./models/chainProgram";
export type {
  ChainEdge,
  ChainFactor,
  ChainGraphState,
  ChainNode,
  ChainPath,
} from "./models/chainGraph";
export { DEFAULT_CHAIN_LAYOUT, VERTICAL_CHAIN_LAYOUT } from "./models/chainLayout";
export type {
  ChainLayout,
  ChainLayoutNode,
  ChainLayoutOptions,
  ChainOrientation,
} from "./models/chainLayout";
export type { BackwardStep, ChainSaturation } from "./models/chainText";
export type { Vec2 } from "./math/vec";
export type {
  AddNode,
  CallNode,
  ConstantNode,
  DivNode,
  Expr,
  MulNode,
  NegNode,
  NumberNode,
  PowNode,
  VariableNode,
} from "./math/ast";
export type { ContourLevel, ContourOptions } from "./math/contour";
export type { DescentResult, DescentStatus } from "./math/descent";
export type { FunctionName } from "./math/functions";
export { vec } from "./math/vec";

// Lesson blocks.
export { Lesson } from "./lesson/Lesson";
export type { LessonProps } from "./lesson/Lesson";
export { Section } from "./lesson/Section";
export type { SectionProps } from "./lesson/Section";
export { tableOfContents } from "./lesson/tableOfContents";
export type { ContentsEntry } from "./lesson/tableOfContents";
export { Notice } from "./lesson/Notice";
export type { NoticeProps } from "./lesson/Notice";
export { Summary } from "./lesson/Summary";
export type { SummaryProps } from "./lesson/Summary";
export { Sources } from "./lesson/Sources";
export type { SourceReference, SourcesProps } from "./lesson/Sources";
export { Glossary, useGlossaryEntry } from "./lesson/Glossary";
export type { GlossaryEntry, GlossaryProps, GlossaryTerms } from "./lesson/Glossary";
export { Term } from "./lesson/Term";
export type { TermProps } from "./lesson/Term";
export { DerivativeTable } from "./lesson/DerivativeTable";
export type { DerivativeRow, DerivativeTableProps } from "./lesson/DerivativeTable";
export { Exercise } from "./lesson/Exercise";
export type { ExerciseProps } from "./lesson/Exercise";
export type { ExerciseAnswerSpec, ExerciseCheck } from "./lesson/ExerciseAnswer";
export type { ExerciseDerivation, ExerciseStep } from "./lesson/solutionSteps";
export { Quiz } from "./lesson/Quiz";
export type { QuizProps } from "./lesson/Quiz";
export type { QuizOption, QuizQuestion, QuizQuestionResult } from "./lesson/quizResults";
export { LessonLabelsProvider, useLessonLanguage } from "./lesson/LessonLabels";
export type { LessonLabelsProviderProps, LessonLanguage } from "./lesson/LessonLabels";
