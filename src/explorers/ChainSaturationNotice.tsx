"use client";
import { useChainWords } from "../hooks/useLocale";
import { useSettled } from "../hooks/useSettled";
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
  const locale = useChainWords();
  const words = locale.chain;
  const number = (v: number) => textValue(v, locale);
  const s = state.saturation;
  const sentence = s
    ? words.saturated(number(s.input), number(s.slope), number(state.product))
    : "";
  const spoken = useSettled(s ? `${words.saturatedTitle}. ${sentence}` : "", 600);
  return (
    <>
      {s ? (
        <div className="slopes-chain-notice" data-testid="saturation-notice">
          <strong>{words.saturatedTitle}</strong>
          {sentence}
        </div>
      ) : null}
      <p className="slopes-visually-hidden" role="status" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
