// What the explorers ask of Web Audio, seen from a browser test (issue #17).
import { vi } from "vitest";

/**
 * Watches AudioContext.createOscillator (the real one still runs) and returns the list of the
 * oscillators made since; call it in beforeEach, and vi.restoreAllMocks() after.
 */
export function watchOscillators(): OscillatorNode[] {
  const made: OscillatorNode[] = [];
  const original = AudioContext.prototype.createOscillator;
  vi.spyOn(AudioContext.prototype, "createOscillator").mockImplementation(function (
    this: AudioContext,
  ) {
    const node = original.call(this);
    made.push(node);
    return node;
  });
  return made;
}
