"use client";
import { useCallback, useState } from "react";
import { useAudioTrace } from "../hooks/useAudioTrace";
import { useLocale } from "../hooks/useLocale";
import type { ChainGraphState } from "../models/chainGraph";
import { productTones, runningProducts } from "../models/audioTrace";

/**
 * The chain-rule explorer's sound: "Hear the backward pass" plays one tone per step whose pitch
 * follows the size of the running product along the first path (output side first), so a
 * product that vanishes in a saturated neuron is heard collapsing.
 */
export function useChainSound(state: ChainGraphState) {
  const audio = useAudioTrace();
  const { chain } = useLocale();
  const [status, setStatus] = useState("");
  const path = state.paths[0];
  const playPass = useCallback(() => {
    if (!path) return;
    const products = runningProducts(path.factors.map((f) => f.value));
    audio.play(productTones(products));
    setStatus(chain.playingPass(products.length));
  }, [audio, path, chain]);
  return { supported: audio.supported, on: audio.on, setOn: audio.setOn, playPass, status };
}
