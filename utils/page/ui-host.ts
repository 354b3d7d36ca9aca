/**
 * The element Framing Lens adds to a page (with, on a very large page, the marks' host: overlay-marks.ts): a shadow
 * host for the sidebar and cards. Its tag name is new on every opening, so a page cannot claim it beforehand (a page
 * that defines a custom element under our name would run its own code in our host and could refuse us a shadow
 * root). Styles are reset at the host; keys typed in our UI stay in our UI instead of reaching the page's shortcuts.
 */
import { randomSuffix } from './random-name';

/** Marks our host, for our tests and for finding a host left by an older copy of the script. */
export const UI_HOST_ATTRIBUTE = 'data-framing-lens';

const RESET = ':host { all: initial !important; }';
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface UiHost {
  host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
  remove: () => void;
}

export function mountUiHost(doc: Document, css: string): UiHost {
  const host = doc.createElement(`framing-lens-${randomSuffix()}`);
  host.setAttribute(UI_HOST_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${RESET}\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  if (!doc.body) throw new Error('This page has no body to attach the sidebar to.');
  doc.body.append(host);
  return { host, container, remove: () => host.remove() };
}
