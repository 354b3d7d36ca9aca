/**
 * One Framing Lens session in a page: extract → analyse → highlight → sidebar and hover cards, and a teardown that
 * leaves the page exactly as it was. The content script entrypoint only creates it and forwards messages.
 */
import { h, render } from 'preact';
import type { Entry } from '../glossary/schema';
import type { Finding } from '../core/types';
import type { WatchCategory } from '../core/watch/data';
import type { WatchFinding } from '../core/watch/find';
import { rememberOwn } from '../glossary/merge';
import type { AlsoNamed } from '../core/also-named/find';
import { HTML_PART_CHARS, TEXT_PART_CHARS, type AlsoNamedText, type AnalysisReply, type AnalysisRequest, type KeptAnalysisRequest, type ToBackground } from '../messages';
import type { Settings } from '../settings';
import type { EntryGroup } from '../findings-view';
import { FINDINGS_CAP, groupFindings } from '../findings-view';
import { buildReport, reportFileName, type ReportedAnalysis } from '../report';
import { extractArticle, extractVisiblePage, tooLargeForArticle, type Extraction } from './extract';
import { canHighlight, HighlightLayer, type PageMarks } from './highlight';
import { OverlayMarks } from './overlay-marks';
import { randomSuffix } from './random-name';
import type { ReadElsewhere } from './read-elsewhere';
import { afterFrames, nextPaint, nextTask } from './frame-timer';
import { Cancelled, Slices } from './slices';
import { hasArticleFrame } from './readable';
import { textChars, tooLongToNarrow } from './page-size';
import { HitTester } from './hit-test';
import { narrowsWithShell, type RoomPreferences } from './room';
import { UiShell } from './ui-shell';
import type { Translator } from '../ui/i18n';
import { App } from '../../components/App';
import type { ExportFallback, SidebarState } from '../../components/Sidebar';
import type { HoverState } from '../../components/HoverCard';

/** What the session needs from the extension; passed in so the session never reaches for globals itself. */
export interface SessionDeps {
  doc: Document;
  /** Analyses the text against the glossary in force (in the background, where the matcher lives). */
  analyse: (request: Omit<AnalysisRequest, 'type' | 'site'> | Omit<KeptAnalysisRequest, 'type' | 'site'>) => Promise<AnalysisReply | null>;
  /** A part of a long text, kept in the background under `key` for its analysis or reading. */
  textPart: (key: string, part: string) => Promise<void>;
  /** Readability's reading of the page's HTML, made away from the page's thread; null when the key's parts are lost. */
  readArticle: (request: { html: string } | { htmlKey: string }) => Promise<ToBackground['read-article']['response']>;
  /** Tells the background a page's HTML is about to come to be read. */
  readerWanted: () => Promise<void>;
  /** The names in the text the glossary lacks (in the background too), asked once the findings are on screen. */
  alsoNamed: (request: AlsoNamedText | { textKey: string }) => Promise<AlsoNamed[] | null>;
  settings: Settings;
  extensionVersion: string;
  /** The UI's words, language and direction (from the locale file the browser picked, never the page's). */
  translator: Translator;
  /** Creates the shadow-root UI host and returns the element to render into. */
  mountUi: () => Promise<{ container: HTMLElement; host: HTMLElement; remove: () => void }>;
  onCount: (framing: number) => void;
  onClosed: () => void;
  openSettings: () => void;
  /** Takes the reader to where they can let Framing Lens open by itself on this site; absent where it already does. */
  runHere?: () => void;
}

interface Located {
  finding: Finding;
  entry: Entry;
  range: Range;
}

/** A word to watch in the live page. */
interface LocatedWatch {
  word: WatchFinding;
  range: Range;
}

/** What a hover can land on. */
type Marked = Located | LocatedWatch;

const HIDE_DELAY_MS = 150;

/** What the background needs of an extraction to analyse it. */
const analysisRequest = ({ text, quoted, meta }: Extraction): Omit<AnalysisRequest, 'type' | 'site'> => ({
  text,
  quoted,
  hostnames: meta.hostnames,
  lang: meta.lang,
});

export class LensSession {
  private ui: Awaited<ReturnType<SessionDeps['mountUi']>> | null = null;
  private shell: UiShell | null = null;
  private layer: PageMarks | null = null;
  private tester: HitTester<Marked> | null = null;
  /** What the card shows, as the hit tester found it: a hover over the same word keeps the card as it is. */
  private hovered: Marked | null = null;
  private located: Located[] = [];
  /** Whether the analysis holds more findings or words to watch than the reply carried (FINDINGS_CAP): Export asks for them. */
  private capped = false;
  private extraction: Extraction | null = null;
  private analysis: ReportedAnalysis | null = null;
  private state: SidebarState = { status: 'no-article' };
  private exportFallback: ExportFallback | null = null;
  private hover: HoverState | null = null;
  /** Why each category of words to watch matters, from the analysis: what a word's card says of it. */
  private watchNotes = new Map<WatchCategory, string>();
  private overCard = false;
  private highlightable = canHighlight();
  private destroyed = false;
  /** What the reader last asked for. Clicks can arrive while the sidebar is still opening; they flip this, and the
   * opening sequence checks it after every wait, so any run of clicks ends in the state the last one asked for. */
  private wanted = false;
  private opening: Promise<void> | null = null;
  private cancelHide = () => {};
  private frame = 0;
  private lastPoint: { x: number; y: number; overUi: boolean } | null = null;
  /** The page holds so much text that the sidebar opens below it rather than narrow it (page-size.ts). */
  private longText = false;
  private readonly disposers: Array<() => void> = [];
  /** The entries the last analysis named, and every entry's name. */
  private entries: ReadonlyMap<string, Entry> = new Map();
  private names: Readonly<Record<string, string>> = {};
  /**
   * Counts runs of work for the sidebar (an opening, a re-analysis after a setting changed, a whole-page scan): a run
   * goes on only while it is the latest and the UI it started for is open, so an older reply or slice is dropped.
   */
  private run = 0;
  private settings: Settings;
  /**
   * The UI's callbacks, made once: the same functions on every render let the sidebar skip re-rendering when only
   * the hover card changed.
   */
  private readonly handlers = {
    nameOf: (id: string): string | undefined => this.names[id],
    onClose: () => this.close(),
    onExport: () => void this.exportReport(),
    onOpenSettings: () => this.deps.openSettings(),
    onScanPage: () => this.scanPage(),
    onLocate: (group: EntryGroup, index: number) => this.locate(group, index),
    onCardEnter: () => {
      this.overCard = true;
      this.cancelHide();
    },
    onCardLeave: () => {
      this.overCard = false;
      this.scheduleHide();
    },
  };

  constructor(private readonly deps: SessionDeps) {
    this.settings = deps.settings;
  }

  /** Whether the sidebar is open or opening: the state the reader's last request asked for. */
  get isOpen(): boolean {
    return this.wanted;
  }

  /** The toolbar icon was clicked again: flip what the reader asked for last, not what happens to be on screen. */
  toggle(): Promise<void> {
    if (this.wanted) {
      this.close();
      return Promise.resolve();
    }
    return this.open();
  }

  /** Resolves once the sidebar is open and the first analysis is shown (or the opening was cancelled). */
  open(): Promise<void> {
    if (this.destroyed) return Promise.resolve();
    this.wanted = true;
    if (this.ui) return Promise.resolve();
    // Asked again while still opening: the opening under way serves both requests.
    this.opening ??= this.mountAndAnalyse().finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  private async mountAndAnalyse(): Promise<void> {
    // A close and a re-open can both land while one attempt waits: try again until the last request is met.
    while (this.wanted && !this.destroyed && !this.ui) await this.attemptOpen();
  }

  private async attemptOpen(): Promise<void> {
    // A very large page is not narrowed (laying it out at a new width takes most of a second): the sidebar is a
    // bottom sheet there.
    const large = tooLargeForArticle(this.deps.doc);
    if (large) {
      // The page's turn first: the task that loaded this script compiled and ran it (20–30 ms), and on a page of
      // 100,000 elements making the shell takes 10–15 more, together a long task now and then.
      await nextTask();
      if (!this.wanted || this.destroyed) return;
    }
    // Nor is a page of megabytes of text (an article read whole): laying its lines out again is a long task too. Counted
    // once for the opening: whether Readability would be long here asks the same.
    const chars = large ? 0 : textChars(this.deps.doc);
    this.longText = !large && tooLongToNarrow(this.deps.doc, chars);
    // The marks' layer goes into the top layer first, below the sidebar's host, and before that host exists: showing
    // it updates the page's style, which with our host already in the body's flow would give the host a box there,
    // and taking it out to the top layer costs the next frame a pass over the whole page (ui-shell.ts).
    if (large) this.readyLayer(true);
    const ui = await this.deps.mountUi();
    // Closed while the UI was being created (a second click, a newer injection, an extension update): no trace.
    if (!this.wanted || this.destroyed) {
      ui.remove();
      this.layer?.destroy();
      this.layer = null;
      return;
    }
    this.ui = ui;
    this.enterPage(ui.host, large || this.longText);
    // A small page narrows in the shell's own frame; a larger one once the shell is on screen (room.ts). A page above
    // the article limit is not narrowed at all, and its elements are not counted again.
    const narrowFirst = !large && narrowsWithShell(this.deps.doc);
    if (narrowFirst) this.shell?.room.give();
    this.listen();
    // Something on screen at once: the shell paints before Readability reads the page, which takes a tenth of a
    // second on a long page and more on a large one.
    this.state = { status: 'analysing', meta: null, outlet: null };
    this.rerender();
    await nextPaint(this.deps.doc.defaultView!);
    if (this.ui !== ui) return; // closed in the meantime
    // Focus first: with the room just given, focusing would lay the page out at its new width inside this task.
    this.focusOnOpen();
    // A larger page narrows beside the painted shell in a frame that comes while the article is read.
    if (!narrowFirst) this.shell?.room.give();
    await this.sliced(async (slices) => {
      const doc = this.deps.doc;
      this.extraction = large
        ? await extractVisiblePage(doc, ui.host, slices, 'large-page')
        : await extractArticle(doc, ui.host, slices, this.readElsewhere, chars);
      if (this.extraction) await this.analyse(slices);
      else this.state = { status: 'no-article', inFrame: hasArticleFrame(this.deps.doc) };
    });
    // The page's bars, measured against the narrowed page once the sidebar says what it found (or that it found nothing,
    // or failed): reading the style of every element is 15–30 ms on a 1 MB page, which the findings need not wait for.
    if (this.ui === ui) this.shell?.room.refit();
  }

  /**
   * Runs work on the page's thread in slices (utils/page/slices.ts), then shows its outcome. A close, or a newer run
   * (a setting changed, a whole-page scan), stops it at its next pause without a trace; an error is shown.
   */
  private async sliced(work: (slices: Slices) => Promise<void>): Promise<void> {
    const ui = this.ui;
    const run = ++this.run;
    const current = () => this.ui === ui && this.run === run;
    try {
      await work(new Slices(current));
    } catch (error) {
      if (error instanceof Cancelled || !current()) return;
      this.state = { status: 'error', message: describe(error) };
    }
    this.rerender();
  }

  close(): void {
    this.wanted = false;
    if (!this.ui) return;
    const ui = this.ui;
    this.ui = null;
    cancelAnimationFrame(this.frame);
    this.cancelHide();
    for (const dispose of this.disposers.splice(0)) dispose();
    // The host goes first, while the page still has its layout: nothing here then makes the browser lay a large page
    // out again inside this task. Giving the room back only marks the page for its next frame.
    ui.remove();
    this.leavePage();
    this.layer?.destroy();
    this.layer = null;
    this.tester = null;
    this.located = [];
    this.capped = false;
    this.exportFallback = null;
    this.extraction = null;
    this.analysis = null;
    this.hover = null;
    this.hovered = null;
    render(null, ui.container);
    this.deps.onClosed();
  }

  /** Close for good: the script is being replaced or the extension is gone. */
  destroy(): void {
    this.destroyed = true;
    this.close();
  }

  /**
   * The reader changed a setting or the glossary on the options page: apply it to the open sidebar. The glossary and
   * the switches that decide what is found live in storage, where the analysis reads them, so the text is analysed
   * again either way.
   */
  update(settings?: Settings): void {
    if (settings) {
      this.settings = settings;
      this.shell?.room.prefer(this.roomPreferences());
    }
    if (this.ui && this.extraction) void this.sliced((slices) => this.analyse(slices));
  }

  private scanPage(): void {
    const ui = this.ui;
    if (!ui) return;
    this.state = { status: 'analysing', meta: null, outlet: null };
    this.rerender();
    void this.sliced(async (slices) => {
      this.extraction = await extractVisiblePage(this.deps.doc, ui.host, slices);
      await this.analyse(slices);
    });
  }

  /** Analyses the current extraction, then highlights and lists what was found, a slice at a time. */
  private async analyse(slices: Slices): Promise<void> {
    const extraction = this.extraction!;
    const replied = this.requestAnalysis(extraction, slices);
    // The page waits for the background now: adopting the highlight rules here has the browser restyle the whole page
    // (a tenth of a second on a 1 MB page) in a frame during that wait, not in the frame that paints the findings.
    // Above the article limit the marks are boxes drawn with the findings (overlay-marks.ts): nothing to make ready.
    if (extraction.scope !== 'large-page') this.readyLayer();
    const reply: AnalysisReply = await replied;
    // Closed, re-opened on another extraction, or asked again with newer settings while this one was under way.
    slices.check();
    rememberOwn(reply.entries, reply.own);
    this.entries = new Map(reply.entries.map((e) => [e.id, e]));
    this.names = reply.names;
    this.analysis = { text: extraction.text, findings: reply.findings, sides: reply.sides, watch: reply.watch, tone: reply.tone, alsoNamed: [] };
    const listed = reply.findings.slice(0, FINDINGS_CAP);
    const located: Located[] = [];
    for (const finding of listed) {
      const entry = this.entries.get(finding.entryId);
      const range = entry && extraction.index.toRange(finding.start, finding.end);
      if (entry && range) located.push({ finding, entry, range });
      if (slices.due()) await slices.pause();
    }
    // Words to watch, capped like the findings: the same cost per range in the page.
    const watched: LocatedWatch[] = [];
    for (const word of reply.watch.slice(0, FINDINGS_CAP)) {
      const range = extraction.index.toRange(word.start, word.end);
      if (range) watched.push({ word, range });
      if (slices.due()) await slices.pause();
    }
    this.watchNotes = new Map(reply.tone.categories.map((c) => [c.category, c.note]));
    this.tester = await this.paint(located, watched, slices);
    this.hover = null;
    this.hovered = null;
    this.located = located;
    this.capped = reply.totals.findings > listed.length || reply.totals.watch > reply.watch.length;
    this.state = {
      status: 'ready',
      view: {
        meta: extraction.meta,
        scope: extraction.scope,
        belowLongText: this.longText,
        outlet: reply.outletId === null ? null : (this.entries.get(reply.outletId) ?? null),
        groups: groupFindings(listed, this.entries),
        sides: reply.sides,
        tone: reply.tone,
        watchSkippedFor: reply.watchSkippedFor,
        highlighted: this.highlightable,
        capped: reply.totals.findings > listed.length ? { shown: listed.length, total: reply.totals.findings } : null,
      },
    };
    this.deps.onCount(reply.totals.framing);
    await this.addAlsoNamed(extraction, reply.textKey, slices);
  }

  /**
   * Asks the background for the analysis. A long text goes in parts with the page's turn between them: sent whole, 3–5
   * MB is one task of 45–75 ms on the page's thread. A worker stopped meanwhile keeps no parts: the text then goes whole.
   */
  private async requestAnalysis(extraction: Extraction, slices: Slices): Promise<AnalysisReply> {
    const { text, ...request } = analysisRequest(extraction);
    if (text.length > TEXT_PART_CHARS) {
      const reply = await this.deps.analyse({ ...request, textKey: await this.sendInParts(text, TEXT_PART_CHARS, slices) });
      slices.check();
      if (reply) return reply;
    }
    const reply = await this.deps.analyse({ ...request, text });
    if (!reply) throw new Error('The background could not analyse the text.');
    return reply;
  }

  /** Has the background read the page's HTML with Readability, away from the page's thread; sent like a long text. */
  private readonly readElsewhere: ReadElsewhere = {
    coming: () => void this.deps.readerWanted().catch(() => undefined),
    read: async (html, slices) => {
      if (html.length > HTML_PART_CHARS) {
        const reply = await this.deps.readArticle({ htmlKey: await this.sendInParts(html, HTML_PART_CHARS, slices) });
        slices.check();
        if (reply) return reply.article;
      }
      const reply = await this.deps.readArticle({ html });
      if (!reply) throw new Error('The background could not read the page.');
      return reply.article;
    },
  };

  /** Sends a long text to the background in parts, the page's turn between them; the key they are kept under. */
  private async sendInParts(text: string, partChars: number, slices: Slices): Promise<string> {
    const key = randomSuffix() + randomSuffix();
    for (let at = 0; at < text.length; at += partChars) {
      // The first part too: the text was built in the slice before it.
      await slices.pause();
      await this.deps.textPart(key, text.slice(at, at + partChars));
    }
    return key;
  }

  /**
   * Once the findings are painted, the names the glossary lacks: they come last in the sidebar, so their arrival moves
   * nothing the reader may already be reading, and the sidebar stays busy (for screen readers and Export) till then.
   */
  private async addAlsoNamed(extraction: Extraction, textKey: string | null, slices: Slices): Promise<void> {
    this.rerender();
    await nextPaint(this.deps.doc.defaultView!);
    slices.check();
    // A secondary list: should the background fail to make it, the findings stay and the list is left out.
    const byKey = textKey === null ? null : await this.deps.alsoNamed({ textKey }).catch((): AlsoNamed[] => []);
    if (byKey === null) slices.check();
    const names = byKey ?? (await this.deps.alsoNamed({ text: extraction.text, quoted: extraction.quoted }).catch((): AlsoNamed[] => [])) ?? [];
    slices.check();
    if (this.analysis) this.analysis = { ...this.analysis, alsoNamed: names };
    if (this.state.status === 'ready') this.state = { status: 'ready', view: { ...this.state.view, alsoNamed: names } };
  }

  /**
   * Makes the highlight layer, once per opening, while the analysis is under way. Not with the shell: adopting its
   * stylesheet restyles the whole page (150 ms on a 1 MB page), which, made with the shell, moved the first paint from
   * 147 to 289 ms there and saved nothing on the time to the findings painted (886 against 911 ms).
   */
  private readyLayer(large = false): PageMarks | null {
    if (!this.highlightable) return null;
    try {
      // Above the article limit, boxes over the page: no stylesheet there restyles every element (overlay-marks.ts).
      this.layer ??= large
        ? new OverlayMarks(this.deps.doc, this.settings.highlight)
        : new HighlightLayer(this.deps.doc, this.settings.highlight);
    } catch {
      // A browser that has the API but refuses it to extensions: keep the lists, say highlights are unavailable.
      this.highlightable = false;
    }
    return this.layer;
  }

  /** Highlights the located findings and returns what hover cards look words up in. */
  private async paint(located: readonly Located[], watched: readonly LocatedWatch[], slices: Slices): Promise<HitTester<Marked> | null> {
    const layer = this.readyLayer();
    if (!layer) return null;
    const { index } = this.extraction!;
    const tester = new HitTester<Marked>();
    // A kind the reader set to "off" stays listed in the sidebar but is neither marked nor hoverable in the text.
    const marked = located.filter((l) => this.settings.highlight[l.finding.flag] !== 'off');
    for (const l of marked) {
      tester.add({ range: l.range, pieces: index.pieces(l.finding.start, l.finding.end), value: l });
      if (slices.due()) await slices.pause();
    }
    for (const w of watched) {
      tester.add({ range: w.range, pieces: index.pieces(w.word.start, w.word.end), value: w });
      if (slices.due()) await slices.pause();
    }
    layer.setStyle(this.settings.highlight);
    await layer.show([...marked.map((l) => [l.range, l.finding.flag] as const), ...watched.map((w) => [w.range, 'watch'] as const)], slices);
    return tester;
  }

  private listen(): void {
    const { doc } = this.deps;
    const win = doc.defaultView!;
    const onMove = (e: PointerEvent) => {
      const host = this.ui?.host;
      this.lastPoint = { x: e.clientX, y: e.clientY, overUi: !!host && e.composedPath().includes(host) };
      if (!this.frame) this.frame = win.requestAnimationFrame(() => this.checkHover());
    };
    const onScroll = () => this.setHover(null);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && this.hover) this.setHover(null);
    };
    // Escape inside our UI (which keeps its keystrokes from the page) closes the card, then the sidebar.
    const container = this.ui!.container;
    const onUiKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      this.escape();
    };
    container.addEventListener('keydown', onUiKey);
    doc.addEventListener('pointermove', onMove, { passive: true });
    win.addEventListener('scroll', onScroll, { passive: true, capture: true });
    doc.addEventListener('keydown', onKey);
    this.disposers.push(
      () => doc.removeEventListener('pointermove', onMove),
      () => win.removeEventListener('scroll', onScroll, { capture: true }),
      () => doc.removeEventListener('keydown', onKey),
      () => container.removeEventListener('keydown', onUiKey),
    );
  }

  private checkHover(): void {
    this.frame = 0;
    const point = this.lastPoint;
    if (!point || !this.tester || !this.settings.hoverCards) return;
    if (point.overUi) return; // over the sidebar or the card itself: leave the card as it is
    const hit = this.tester.at(this.deps.doc, point.x, point.y);
    if (hit) {
      this.cancelHide();
      if (this.hovered !== hit.value) {
        const r = hit.rect;
        const anchor = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        const v = hit.value;
        this.setHover(
          'entry' in v
            ? { finding: v.finding, entry: v.entry, anchor }
            : { watch: { word: v.word, note: this.watchNotes.get(v.word.category) ?? '' }, anchor },
        );
        this.hovered = v;
      }
    } else if (this.hover && !this.overCard) {
      this.scheduleHide();
    }
  }

  private scheduleHide(): void {
    this.cancelHide();
    this.cancelHide = afterFrames(this.deps.doc.defaultView!, HIDE_DELAY_MS, () => {
      if (!this.overCard) this.setHover(null);
    });
  }

  private setHover(hover: HoverState | null): void {
    if (hover === null && this.hover === null) return;
    this.hover = hover;
    if (!hover) {
      this.overCard = false;
      this.hovered = null;
    }
    this.rerender();
  }

  /** The top layer, room for the sidebar, and the reader's focus (UiShell) for as long as the UI is open. */
  private enterPage(host: HTMLElement, large: boolean): void {
    this.shell = new UiShell(this.deps.doc, host, this.roomPreferences(), () => this.rerender(), large);
  }

  private roomPreferences(): RoomPreferences {
    return { side: this.settings.sidebarSide, width: this.settings.sidebarWidth };
  }

  private leavePage(): void {
    this.shell?.destroy();
    this.shell = null;
  }

  /**
   * Focus goes into the sidebar once it is on screen: a keyboard or screen-reader user starts there. Not with the
   * first render: focusing lays the page out inside the click's task (4–5 ms on the seed article, and the frame that
   * follows lays it out again), which delayed the first paint.
   */
  private focusOnOpen(): void {
    this.shell?.focusInto(this.ui?.container.querySelector<HTMLElement>('aside') ?? null);
  }

  /** Escape inside our UI closes the card first, then the sidebar. */
  private escape(): void {
    if (this.hover) this.setHover(null);
    else this.close();
  }

  /** Scroll occurrence `index` of an entry into the part of the window the page keeps, and mark it there. */
  private locate(group: EntryGroup, index: number): void {
    const finding = group.findings[index];
    const target = this.located.find((l) => l.finding === finding);
    if (!target) return;
    this.setHover(null);
    this.layer?.mark(target.range);
    this.reveal(target.range);
  }

  private reveal(range: Range): void {
    const win = this.deps.doc.defaultView!;
    const area = this.shell?.room.area() ?? { top: 0, bottom: win.innerHeight };
    // Inner scroll boxes first (instantly, as little as needed), then the page, so the word sits mid-way down the
    // part of the window our UI leaves to it.
    range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = range.getBoundingClientRect();
    const smooth = !win.matchMedia('(prefers-reduced-motion: reduce)').matches;
    win.scrollBy({ top: rect.top + rect.height / 2 - (area.top + area.bottom) / 2, behavior: smooth ? 'smooth' : 'auto' });
  }

  private async exportReport(): Promise<void> {
    const { analysis, extraction, ui } = this;
    if (!analysis || !extraction || !ui) return;
    const view = this.state.status === 'ready' ? this.state.view : null;
    // Everything found in the page, past the cap too: the findings the sidebar neither lists nor highlights were left
    // in the background, and are asked for now.
    const all = this.capped
      ? await this.deps
          .analyse({ ...analysisRequest(extraction), all: true })
          .catch((error: unknown) => {
            // The background is gone or failed: export what the page holds, the first findings, rather than nothing.
            console.error('Framing Lens could not collect every finding for the export.', error);
            return null;
          })
      : null;
    if (this.ui !== ui) return; // closed in the meantime
    const report = buildReport({
      // Everything found: the findings located in the page, or, past the cap, every one the analysis holds.
      analysis: all ? { ...analysis, findings: all.findings, watch: all.watch } : { ...analysis, findings: this.located.map((l) => l.finding) },
      meta: extraction.meta,
      scope: extraction.scope,
      outlet: view?.outlet ?? null,
      entries: all ? new Map(all.entries.map((e) => [e.id, e])) : this.entries,
      extensionVersion: this.deps.extensionVersion,
    });
    const json = JSON.stringify(report, null, 2);
    // A page sandboxed by its Content-Security-Policy (an opaque origin) has downloads refused without a word.
    if (this.deps.doc.defaultView?.origin === 'null') {
      void this.copyInstead(json);
      return;
    }
    const blob = new Blob([json], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = this.deps.doc.createElement('a');
    link.href = url;
    link.download = reportFileName(extraction.meta);
    // The link lives in the shadow root for the instant of the click: the page never sees it.
    ui.container.append(link);
    link.click();
    link.remove();
    afterFrames(this.deps.doc.defaultView!, 10_000, () => URL.revokeObjectURL(url));
  }

  private async copyInstead(json: string): Promise<void> {
    let copied = false;
    try {
      await navigator.clipboard.writeText(json);
      copied = true;
    } catch {
      // The page's policy refuses the clipboard too: the reader copies it from the sidebar.
    }
    this.exportFallback = copied ? { copied } : { copied, text: json };
    this.rerender();
  }

  private rerender(): void {
    if (!this.ui || !this.shell) return;
    render(
      h(App, {
        translator: this.deps.translator,
        state: this.state,
        exportFallback: this.exportFallback,
        hover: this.hover,
        layout: this.shell.room.layout,
        sheet: this.shell.sheet,
        theme: this.settings.theme,
        textSize: this.settings.textSize,
        area: this.shell.room.area(),
        ...this.handlers,
        onRunHere: this.deps.runHere,
      }),
      this.ui.container,
    );
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
