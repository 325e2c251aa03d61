// Visual regression (#12): every explorer story in four looks (light, dark, French, phone),
// after its play function (in the light look), compared with the reviewed pictures in
// visual-reference/ by Vitest's toMatchScreenshot. A picture that changes fails until its
// reference is updated on purpose:
//   npx vitest run --project browser test/browser/visual.test.tsx --update
// then look at every changed PNG before committing it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands, page } from "vitest/browser";
import { render } from "@testing-library/react";
import { composeStories } from "@storybook/react-vite";
import { LocaleProvider } from "../../src";
import * as chainStories from "../../stories/explorers/ChainRuleExplorer.stories";
import * as gradientStories from "../../stories/explorers/GradientExplorer.stories";
import * as secantStories from "../../stories/explorers/SecantExplorer.stories";
import "katex/dist/katex.min.css";
import "../../src/theme/styles.css";

const FILES = {
  secant: composeStories(secantStories),
  chain: composeStories(chainStories),
  gradient: composeStories(gradientStories),
};

const LOOKS = [
  { name: "light", theme: "light", locale: "en", width: 900 },
  { name: "dark", theme: "dark", locale: "en", width: 900 },
  { name: "french", theme: "light", locale: "fr", width: 900 },
  { name: "phone", theme: "light", locale: "en", width: 390 },
] as const;

/** Two frames: layout, fonts and the deferred renders settle. */
async function settled() {
  await document.fonts.ready;
  for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
}

beforeAll(async () => {
  // The chain rule's backward pass waits for a click instead of animating: a still picture.
  await commands.emulateReducedMotion("reduce");
});
afterAll(async () => {
  await commands.emulateReducedMotion(null);
  await page.viewport(1024, 768);
});

for (const [file, stories] of Object.entries(FILES)) {
  describe(`${file} explorer stories look as reviewed`, () => {
    for (const [name, Story] of Object.entries(stories)) {
      for (const look of LOOKS) {
        it(`${name}, ${look.name}`, async () => {
          // Tall enough for the whole widget: an element screenshot is cut at the viewport.
          await page.viewport(look.width, 2400);
          const { container, unmount } = render(
            <LocaleProvider locale={look.locale}>
              <div
                className="slopes slopes-story"
                data-theme={look.theme}
                data-testid="shot"
                style={{ padding: 8, width: look.width - 16 }}
              >
                <Story />
              </div>
            </LocaleProvider>,
          );
          await settled();
          expect(container.querySelector(".slopes-placeholder")).toBeNull();
          // The state the story is about (a shrunk gap, a typed formula, a backward step…): its
          // play function, in the light look (the others show where the story starts; the play
          // functions read English names and count the calls of the story's own spies).
          if (look.name === "light" && Story.play) {
            await Story.play({
              canvasElement: container.querySelector("[data-testid=shot]") as HTMLElement,
            });
            await settled();
          }
          await expect
            .element(page.getByTestId("shot"))
            .toMatchScreenshot(`${file}-${name}-${look.name}`, {
              comparatorName: "pixelmatch",
              comparatorOptions: { allowedMismatchedPixels: 16 },
            });
          unmount();
        });
      }
    }
  });
}
