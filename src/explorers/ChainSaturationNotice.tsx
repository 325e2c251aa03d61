import { useSettled } from "../hooks/useSettled";
import { chainLabels } from "../i18n/chain";
import { textValue } from "../models/chainFormat";
import type { ChainGraphState } from "../models/chainGraph";

/** Props of {@link ChainSaturationNotice}. */
export interface ChainSaturationNoticeProps {
  state: ChainGraphState;
}

/**
 * The vanishing-gradient notice: shown at once when a sigmoid on the path saturates (σ′(z) ≈ 0),
 * and spoken politely once the sliders rest.
 */
export function ChainSaturationNotice({ state }: ChainSaturationNoticeProps) {
  const s = state.saturation;
  const sentence = s
    ? chainLabels.saturated(textValue(s.input), textValue(s.slope), textValue(state.product))
    : "";
  const spoken = useSettled(s ? `${chainLabels.saturatedTitle}. ${sentence}` : "", 600);
  return (
    <>
      {s ? (
        <div className="slopes-chain-notice" data-testid="saturation-notice">
          <strong>{chainLabels.saturatedTitle}</strong>
          {sentence}
        </div>
      ) : null}
      <p className="slopes-visually-hidden" role="status" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
