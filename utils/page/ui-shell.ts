/**
 * What the sidebar's host needs from the page while it is open, and gives back on close: the top layer (so page
 * transforms, filters and z-indexes cannot move or cover it), room beside or below the article (PageRoom), and the
 * reader's focus, which moves into the sidebar on open and returns where it was on close.
 */
import { cssZoom, PageRoom, type RoomPreferences } from './room';

/** What the bottom sheet's own control does: collapse or expand it, and report its bar's height once collapsed. */
export interface SheetControl {
  toggle: () => void;
  barMeasured: (height: number) => void;
}

export class UiShell {
  readonly room: PageRoom;
  readonly sheet: SheetControl;
  private readonly returnFocus: HTMLElement | null;
  private readonly disposers: Array<() => void> = [];

  constructor(
    private readonly doc: Document,
    private readonly host: HTMLElement,
    prefs: RoomPreferences,
    onLayoutChange: () => void,
    /** A page too large to narrow: the sidebar is a bottom sheet (see `PageRoom`). */
    large = false,
  ) {
    this.returnFocus = deepActiveElement(doc);
    // Into the top layer before anything reads the page's style: a forced update with the host still in the body's
    // flow lays it out there as a fixed box, and moving it out then has the next frame recompute the compositing inputs
    // of the whole page (41–67 ms at 100,000 elements, against a frame of 10–11 for the host raised at once).
    raiseToTopLayer(host);
    // The top layer ignores the page's transforms and filters but not CSS zoom on the host's ancestors: undo it.
    host.style.setProperty('--framing-lens-unzoom', String(1 / cssZoom(host.parentElement)));
    this.room = new PageRoom(doc, host, prefs, large);
    this.sheet = {
      toggle: () => {
        if (this.room.collapse(!this.room.isCollapsed)) onLayoutChange();
      },
      barMeasured: (height) => {
        if (this.room.barMeasured(height)) onLayoutChange();
      },
    };
    const win = doc.defaultView!;
    const onResize = () => {
      if (this.room.refresh()) onLayoutChange();
    };
    win.addEventListener('resize', onResize, { passive: true });
    this.disposers.push(() => win.removeEventListener('resize', onResize));
    // A page may make its header fixed once scrolled: when the page comes to rest, its bars are fitted again.
    const onScrollEnd = (e: Event) => {
      if (e.target === doc) this.room.refit();
    };
    doc.addEventListener('scrollend', onScrollEnd, { passive: true });
    this.disposers.push(() => doc.removeEventListener('scrollend', onScrollEnd));
    // A page that puts its own popover or modal dialog in the top layer later would cover us: go back on top.
    const onToggle = (e: Event) => {
      const target = e.target as Element;
      if (target !== host && target.matches?.('[popover]') && (e as ToggleEvent).newState === 'open') raiseToTopLayer(host);
    };
    doc.addEventListener('toggle', onToggle, { capture: true });
    this.disposers.push(() => doc.removeEventListener('toggle', onToggle, { capture: true }));
  }

  /** Move the reader's focus into our UI (the sidebar region), without scrolling the page. */
  focusInto(target: HTMLElement | null): void {
    target?.focus({ preventScroll: true });
  }

  /** Undo everything; focus goes back to what had it before we opened, if the reader had not moved it elsewhere. */
  destroy(): void {
    for (const dispose of this.disposers.splice(0)) dispose();
    // From the page's side, focus anywhere in our shadow root is focus on the host.
    const active = this.doc.activeElement;
    const focusIsOurs = !active || active === this.doc.body || active === this.host;
    // Focus before the room goes: focusing lays the page out, and with the room still there that layout is cheap;
    // after it, a very large page would be laid out afresh inside this task rather than in its next frame.
    if (focusIsOurs && this.returnFocus?.isConnected && this.returnFocus !== this.doc.body) {
      this.returnFocus.focus({ preventScroll: true });
    }
    this.room.destroy();
  }
}

/** The focused element, looking into open shadow roots (the page's own components included). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** A manual popover: the top layer, above any z-index, outside any transformed or filtered ancestor. */
function raiseToTopLayer(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return; // older browsers: the fixed host with a high z-index remains
  if (host.popover !== 'manual') host.popover = 'manual';
  // Re-showing puts us last in the top layer; keep the reader's focus where it was inside our UI.
  const focused = host.shadowRoot?.activeElement as HTMLElement | null | undefined;
  if (host.matches(':popover-open')) host.hidePopover();
  host.showPopover();
  focused?.focus({ preventScroll: true });
}
