"use client";
import { useCallback, useState } from "react";
import { useAudioTrace } from "../hooks/useAudioTrace";
import { useChainWords } from "../hooks/useLocale";
import type { Live } from "../hooks/live";
import type { ChainGraphState } from "../models/chainGraph";
import type { BackwardStep } from "../models/chainText";
import { productTones, runningProducts } from "../models/audioTrace";

/**
 * The chain-rule explorer's sound: "Hear the backward pass" plays one tone per step whose pitch
 * follows the size of the running product along the first path (output side first), so a
 * product that vanishes in a saturated neuron is heard collapsing. With "Sound while moving"
 * on, each step the picture's backward pass shows (animated or stepped) plays the tone of its
 * adjoint on the same scale.
 */
export function useChainSound(live: Live<ChainGraphState>) {
  const audio = useAudioTrace();
  const { chain } = useChainWords();
  const [status, setStatus] = useState("");
  // The path at the time of playing (the graph's state follows the inputs without a render).
  const playPass = useCallback(() => {
    const path = live.get().paths[0];
    if (!path) return;
    const products = runningProducts(path.factors.map((f) => f.value));
    audio.play(productTones(products));
    setStatus(chain.playingPass(products.length));
  }, [audio, live, chain]);
  const { on, play } = audio;
  const onBackwardStep = useCallback(
    (step: BackwardStep) => {
      if (on) play(productTones([step.adjoint]));
    },
    [on, play],
  );
  return {
    supported: audio.supported,
    on,
    setOn: audio.setOn,
    playPass,
    onBackwardStep,
    status,
  };
}
