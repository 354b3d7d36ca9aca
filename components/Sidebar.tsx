import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Entry } from '../utils/glossary/schema';
import type { SideRow } from '../utils/core/types';
import type { EntryGroup, FindingGroups } from '../utils/findings-view';
import type { PageMeta } from '../utils/page/extract';
import type { SheetControl } from '../utils/page/ui-shell';
import type { AlsoNamed } from '../utils/core/also-named/find';
import { AlsoNamedSection } from './AlsoNamedSection';
import { FindingList } from './FindingList';
import { OutletCard } from './OutletCard';
import { SidesTable } from './SidesTable';
import { ToneSection } from './ToneSection';
import type { ToneSummary } from '../utils/core/watch/tone';
import { useI18n } from './i18n';

export interface SessionView {
  meta: PageMeta;
  scope: 'article' | 'page' | 'large-page';
  /** The page holds so much text that the panel opens below it rather than narrow it. */
  belowLongText?: boolean;
  outlet: Entry | null;
  groups: FindingGroups;
  sides: readonly SideRow[];
  /** The page's declared language, when words to watch (English words) were not looked for on it. */
  watchSkippedFor?: string | null;
  /** Words to watch, summarised (absent when the reader switched them off). */
  tone?: ToneSummary;
  /**
   * Organisations and people the glossary lacks, with the labels the article gives them; absent until they arrive
   * (asked once the findings are on screen), while the sidebar stays busy.
   */
  alsoNamed?: readonly AlsoNamed[];
  /** False where the browser lacks the CSS Custom Highlight API: the lists still work. */
  highlighted: boolean;
  /** On a very long page only the first findings are highlighted and listed (the export holds them all). */
  capped?: { shown: number; total: number } | null;
}

export type SidebarState =
  | { status: 'analysing'; meta: PageMeta | null; outlet: Entry | null }
  | { status: 'ready'; view: SessionView }
  /** `inFrame`: the page shows a frame large enough to hold the article, which we cannot read from here. */
  | { status: 'no-article'; inFrame?: boolean }
  | { status: 'error'; message: string };

/** What became of an export the page would not let us download: copied to the clipboard, or shown to copy by hand. */
export type ExportFallback = { copied: true } | { copied: false; text: string };

/** The bottom sheet: whether the reader collapsed it to its bar, and its control. */
export interface SheetState extends SheetControl {
  collapsed: boolean;
}

export interface SidebarProps {
  state: SidebarState;
  /** Present while the sidebar is a bottom sheet (a narrow window): the sheet collapses to its bar. */
  sheet?: SheetState;
  exportFallback: ExportFallback | null;
  nameOf: (id: string) => string | undefined;
  onClose: () => void;
  onExport: () => void;
  onOpenSettings: () => void;
  onScanPage: () => void;
  onLocate: (group: EntryGroup, index: number) => void;
  /** Offered where the reader can let Framing Lens open by itself on this site (absent where it already does). */
  onRunHere?: () => void;
}

export function Sidebar({ state, sheet, exportFallback, nameOf, onClose, onExport, onOpenSettings, onScanPage, onLocate, onRunHere }: SidebarProps) {
  const { t, plural } = useI18n();
  const aside = useRef<HTMLElement>(null);
  useCollapsedHeight(aside, sheet);
  const busy = state.status === 'analysing' || (state.status === 'ready' && !state.view.alsoNamed);
  return (
    // Focusable so the session can move focus here when it opens; not in the tab order itself.
    <aside ref={aside} class="sidebar" aria-label={t('app_name')} aria-busy={busy} tabIndex={-1}>
      <div class="bar">
        <h1>
          {sheet ? (
            // The sheet's title is its disclosure button: a large target on a phone, and one control to find.
            <button type="button" class="sheet-toggle" aria-expanded={!sheet.collapsed} aria-controls="sidebar-body" onClick={sheet.toggle}>
              <span class="chevron" aria-hidden="true" />
              {t('app_name')}
            </button>
          ) : (
            t('app_name')
          )}
        </h1>
        <div class="actions">
          {state.status === 'ready' && (
            // Disabled, not absent, for the moment the last list is on its way: the bar's buttons keep their places.
            <button type="button" onClick={onExport} disabled={busy}>
              {t('export')}
            </button>
          )}
          <button type="button" onClick={onOpenSettings}>
            {t('settings')}
          </button>
          <button type="button" class="close" aria-label={t('close_sidebar')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
      <div class="body" id="sidebar-body">
        {/* One live region for the whole session, present from the first paint so its changes are announced. */}
        <p class="live" role="status">
          <LiveText state={state} />
        </p>
        {exportFallback && (
          <section class="notice" role="alert">
            <p>{t(exportFallback.copied ? 'export_copied' : 'export_copy_by_hand')}</p>
            {!exportFallback.copied && (
              <textarea readOnly rows={6} aria-label={t('export_report_text')} value={exportFallback.text} onFocus={(e) => e.currentTarget.select()} />
            )}
          </section>
        )}
        {state.status === 'no-article' && (
          <section class="notice">
            <h2>{t('no_article_title')}</h2>
            <p>{t('no_article_body')}</p>
            {state.inFrame && <p>{t('no_article_in_frame')}</p>}
            <button type="button" class="primary" onClick={onScanPage}>
              {t('scan_page')}
            </button>
          </section>
        )}
        {state.status === 'analysing' && state.meta && <OutletCard meta={state.meta} outlet={state.outlet} nameOf={nameOf} />}
        {state.status === 'error' && (
          <section class="notice" role="alert">
            <h2>{t('error_title')}</h2>
            <p>{state.message}</p>
          </section>
        )}
        {state.status === 'ready' && (
          <>
            {state.view.scope === 'page' && <p class="notice-line">{t('scanned_page')}</p>}
            {state.view.scope === 'large-page' && <p class="notice-line">{t('scanned_large_page')}</p>}
            {state.view.belowLongText && <p class="notice-line">{t('below_long_page')}</p>}
            {!state.view.highlighted && <p class="notice-line">{t('no_highlight_api')}</p>}
            {state.view.capped && (
              <p class="notice-line capped">{t('capped_findings', state.view.capped.shown, plural('finding_count', state.view.capped.total))}</p>
            )}
            <OutletCard meta={state.view.meta} outlet={state.view.outlet} nameOf={nameOf} />
            <FindingList id="actors" title={t('named_actors')} groups={state.view.groups.actors} nameOf={nameOf} onLocate={onLocate} />
            <FindingList id="terms" title={t('framing_words')} groups={state.view.groups.terms} nameOf={nameOf} onLocate={onLocate} />
            <ToneSection tone={state.view.tone ?? null} />
            {state.view.watchSkippedFor && <p class="notice-line">{t('watch_english_only', state.view.watchSkippedFor)}</p>}
            <SidesTable rows={state.view.sides} />
            {/* Last: it arrives after the rest and moves nothing the reader may be reading. */}
            {state.view.alsoNamed && <AlsoNamedSection names={state.view.alsoNamed} />}
            <p class="privacy">{t('privacy')}</p>
            {onRunHere && (
              <button type="button" class="run-here" onClick={onRunHere}>
                {t('run_here')}
              </button>
            )}
          </>
        )}
      </div>
    </aside>
  );
}

/** While the sheet is collapsed, its height (the bar's) is the room the page keeps clear: report it as it changes. */
function useCollapsedHeight(aside: { current: HTMLElement | null }, sheet: SheetState | undefined): void {
  const collapsed = sheet?.collapsed ?? false;
  const report = sheet?.barMeasured;
  useLayoutEffect(() => {
    const el = aside.current;
    if (!collapsed || !el || !report) return;
    const observer = new ResizeObserver(() => report(el.getBoundingClientRect().height));
    observer.observe(el);
    return () => observer.disconnect();
  }, [aside, collapsed, report]);
}

/** What the live region says: the analysis under way, then the counts the lists below show. */
function LiveText({ state }: { state: SidebarState }) {
  const { t, plural } = useI18n();
  if (state.status === 'analysing') return <>{t('reading')}</>;
  if (state.status === 'no-article') return <>{t('no_article_title')}</>;
  if (state.status === 'error') return <>{t('error_title')}</>;
  const { terms, actors } = state.view.groups;
  return <>{t('summary', plural('framing_word_count', terms.length), plural('named_actor_count', actors.length))}</>;
}
