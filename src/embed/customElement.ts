/**
 * The class behind each slopes custom element: a shadow root with the library's styles, one
 * React root inside it, and every attribute of the element's table live (a change, a removal,
 * after mount as before). An attribute that cannot be read warns once in the console, naming it,
 * and the widget keeps its default. At the end of each gesture the element dispatches `change`
 * (bubbling out of the shadow root) with the widget's state as `detail`. The class is light: the
 * widget's component is loaded (`spec.load`, a chunk of its own) when the first element of its
 * tag joins the page, and every element of that tag renders once it has arrived.
 */
import { createElement } from "react";
import type { ComponentType } from "react";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import type { AttributeSpec } from "./attributeSpec";
import { isReadable, propName, unreadableWarning } from "./attributeSpec";
import { bundleUrl } from "./bundleUrl";
import { applyTheme, watchPageTheme } from "./pageTheme";
import { adoptStyles, loadKatexStyles, measureRem, SHADOW_ROOT_CLASS } from "./shadowStyles";
import { loadedKatex, setKatexCompanion, subscribeKatex } from "../views/katexEngine";

/** What {@link elementClass} needs to know of an element. */
export interface CustomElementSpec {
  readonly tag: string;
  /** Loads the component the element renders (once per tag, when the first element connects). */
  readonly load: () => Promise<ComponentType<never>>;
  readonly attributes: readonly AttributeSpec[];
  /**
   * The component reads the element's own child markup (a lesson block written in HTML): it gets
   * the element as `host`, and renders again whenever that markup changes.
   */
  readonly readsChildren?: boolean;
}

/** Attributes any HTML element may carry: never reported as unknown. */
const GLOBAL =
  /^(id|class|style|slot|part|hidden|tabindex|dir|role|is|nonce|inert|draggable|translate|autofocus|accesskey|contenteditable|spellcheck|enterkeyhint|inputmode|popover|exportparts|aria-.*|data-.*|on.*)$/;

/**
 * Where KaTeX's woff2 files are: `fonts/` beside the bundle (`dist/embed/fonts/`). The CommonJS
 * build has no URL of its own (undefined): it declares no fonts, the page's stylesheet does.
 */
function fontsFolder(): string | undefined {
  const base = bundleUrl();
  return base ? new URL("fonts/", base).href : undefined;
}

/**
 * KaTeX's rules and font faces for the shadow roots: fetched together with KaTeX's code (which
 * formulas ask for after the widget's first paint), and in place before any formula is typeset.
 */
const loadRules = () => loadKatexStyles(document, fontsFolder()).catch(() => undefined);
let followingKatex = false;

/**
 * Once per page: KaTeX's rules come with KaTeX's code when an element's formulas ask for it, and
 * follow it when something else on the page loads KaTeX (already here, or on its way).
 */
function followKatex(): void {
  if (followingKatex) return;
  followingKatex = true;
  setKatexCompanion(() => loadKatexStyles(document, fontsFolder()));
  if (loadedKatex()) void loadRules();
  else subscribeKatex(() => void loadRules());
}

/** The text of each readable attribute as its prop; numbers and pairs are also passed when
 * unreadable, so the component can name them in its note above the widget. */
function propsOf(
  element: HTMLElement,
  attributes: readonly AttributeSpec[],
  warn: (spec: AttributeSpec, text: string) => void,
) {
  const props: Record<string, unknown> = {};
  for (const spec of attributes) {
    const text = element.getAttribute(spec.name);
    if (text === null) continue;
    const readable = isReadable(spec, text);
    if (!readable) warn(spec, text);
    if (readable || spec.kind === "number" || spec.kind === "pair")
      props[propName(spec.name)] = text;
  }
  return props;
}

/** A custom element class for one spec (see the module's comment). */
export function elementClass(spec: CustomElementSpec): CustomElementConstructor {
  followKatex();
  const known = new Set(spec.attributes.map((attribute) => attribute.name));
  let component: ComponentType<Record<string, unknown>> | undefined;
  let loading: Promise<unknown> | undefined;
  /** The component, loaded once for every element of this tag. */
  const load = () =>
    (loading ??= spec.load().then(
      (loaded) => (component = loaded as ComponentType<Record<string, unknown>>),
      (error: unknown) => {
        loading = undefined; // the next element to connect tries again
        console.error(`slopes: <${spec.tag}> could not load its code (${String(error)}).`);
      },
    ));
  return class SlopesElement extends HTMLElement {
    static observedAttributes = [...known];
    #root: Root | undefined;
    readonly #mount: HTMLDivElement;
    readonly #warned = new Set<string>();
    #observer: MutationObserver | undefined;
    #unwatchTheme: (() => void) | undefined;
    #version = 0;
    readonly #onChange = (detail: unknown) =>
      this.dispatchEvent(new CustomEvent("change", { detail, bubbles: true, composed: true }));

    constructor() {
      super();
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      adoptStyles(shadow);
      this.#mount = this.ownerDocument.createElement("div");
      this.#mount.className = SHADOW_ROOT_CLASS;
      shadow.append(this.#mount);
    }

    connectedCallback(): void {
      measureRem(this.#mount);
      for (const name of this.getAttributeNames()) {
        if (!known.has(name) && !GLOBAL.test(name)) {
          this.#warnOnce(
            `unknown ${name}`,
            `slopes: <${spec.tag}> has no attribute "${name}"; it is ignored.`,
          );
        }
      }
      // The page's data-theme stops at the shadow root: the element copies it there, and follows it.
      this.#unwatchTheme?.();
      this.#unwatchTheme = watchPageTheme(this, () => applyTheme(this, this.#mount));
      applyTheme(this, this.#mount);
      this.#root ??= createRoot(this.#mount);
      if (spec.readsChildren && !this.#observer) {
        this.#observer = new MutationObserver(() => {
          this.#version++;
          this.#render();
        });
        const all = { childList: true, subtree: true, characterData: true, attributes: true };
        this.#observer.observe(this, all);
      }
      const ready = () => (component ? this.#render() : this.#showLoadFailure());
      if (component) ready();
      else void load().then(ready);
    }

    /**
     * The element's code could not be fetched (offline, a blocked file): say so where the widget
     * would be, in the element's language, instead of leaving a blank box. The next connection
     * (a page that moves or re-adds the element) tries again.
     */
    #showLoadFailure(): void {
      if (!this.isConnected || this.#mount.firstChild) return;
      const message = this.ownerDocument.createElement("p");
      message.className = "slopes-message";
      message.setAttribute("role", "alert");
      message.setAttribute("data-load-failure", "");
      message.textContent = loadFailureText(this);
      this.#mount.append(message);
    }

    disconnectedCallback(): void {
      // A move (disconnect then connect in one task) keeps the widget and the reader's state.
      queueMicrotask(() => {
        if (this.isConnected) return;
        this.#unwatchTheme?.();
        this.#unwatchTheme = undefined;
        if (!this.#root) return;
        this.#observer?.disconnect();
        this.#observer = undefined;
        this.#root.unmount();
        this.#root = undefined;
      });
    }

    attributeChangedCallback(name: string): void {
      if (name === "theme" && this.isConnected) applyTheme(this, this.#mount);
      if (this.#root) this.#render();
    }

    #warnOnce(key: string, message: string): void {
      if (this.#warned.has(key)) return;
      this.#warned.add(key);
      console.warn(message);
    }

    #render(): void {
      if (!component || !this.#root) return;
      this.#mount.querySelector(":scope > [data-load-failure]")?.remove();
      const props = propsOf(this, spec.attributes, (attribute, text) =>
        this.#warnOnce(`${attribute.name}=${text}`, unreadableWarning(spec.tag, attribute, text)),
      );
      props.onChange = this.#onChange;
      if (spec.readsChildren) {
        props.host = this;
        props.version = this.#version;
      }
      this.#root.render(createElement(component, props));
    }
  };
}

/** What an element whose code did not load says, in French where it or the page is French. */
function loadFailureText(element: HTMLElement): string {
  const lang = element.closest("[lang]")?.getAttribute("lang") ?? "";
  return /^fr\b/i.test(lang)
    ? "Ce widget n'a pas pu se charger (réseau ou fichier bloqué). Rechargez la page pour réessayer."
    : "This widget could not load (network or a blocked file). Reload the page to try again.";
}

/** Registers each spec's element (a tag already taken is skipped). */
export function defineAll(
  specs: readonly CustomElementSpec[],
  registry: CustomElementRegistry,
): void {
  for (const spec of specs) {
    if (!registry.get(spec.tag)) registry.define(spec.tag, elementClass(spec));
  }
}
