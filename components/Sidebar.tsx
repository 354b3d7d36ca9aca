import type { Entry } from '../utils/glossary/schema';
import type { SideRow } from '../utils/core/types';
import type { EntryGroup, FindingGroups } from '../utils/findings-view';
import type { PageMeta } from '../utils/page/extract';
import { FindingList } from './FindingList';
import { OutletCard } from './OutletCard';
import { SidesTable } from './SidesTable';

export interface SessionView {
  meta: PageMeta;
  scope: 'article' | 'page';
  outlet: Entry | null;
  groups: FindingGroups;
  sides: readonly SideRow[];
  /** False where the browser lacks the CSS Custom Highlight API: the lists still work. */
  highlighted: boolean;
}

export type SidebarState =
  | { status: 'analysing'; meta: PageMeta; outlet: Entry | null }
  | { status: 'ready'; view: SessionView }
  | { status: 'no-article' }
  | { status: 'error'; message: string };

export interface SidebarProps {
  state: SidebarState;
  nameOf: (id: string) => string | undefined;
  onClose: () => void;
  onExport: () => void;
  onOpenSettings: () => void;
  onScanPage: () => void;
  onLocate: (group: EntryGroup) => void;
}

export function Sidebar({ state, nameOf, onClose, onExport, onOpenSettings, onScanPage, onLocate }: SidebarProps) {
  return (
    <aside class="sidebar" aria-label="Framing Lens" aria-busy={state.status === 'analysing'}>
      <header class="bar">
        <h1>Framing Lens</h1>
        <div class="actions">
          {state.status === 'ready' && (
            <button type="button" onClick={onExport}>
              Export
            </button>
          )}
          <button type="button" onClick={onOpenSettings}>
            Settings
          </button>
          <button type="button" class="close" aria-label="Close Framing Lens" onClick={onClose}>
            ×
          </button>
        </div>
      </header>
      <div class="body">
        {state.status === 'no-article' && (
          <section class="notice" role="status">
            <h2>No article found on this page</h2>
            <p>Framing Lens looks for the main article of a page, and this page does not seem to have one.</p>
            <button type="button" class="primary" onClick={onScanPage}>
              Scan the whole visible page instead
            </button>
          </section>
        )}
        {state.status === 'analysing' && (
          <>
            <OutletCard meta={state.meta} outlet={state.outlet} nameOf={nameOf} />
            <p class="notice-line" role="status">
              Reading the article for named actors and framing words…
            </p>
          </>
        )}
        {state.status === 'error' && (
          <section class="notice" role="alert">
            <h2>Framing Lens could not analyse this page</h2>
            <p>{state.message}</p>
          </section>
        )}
        {state.status === 'ready' && (
          <>
            {state.view.scope === 'page' && (
              <p class="notice-line" role="status">
                Scanned the whole visible page: there was no article to focus on.
              </p>
            )}
            {!state.view.highlighted && (
              <p class="notice-line" role="status">
                This browser cannot highlight words without changing the page, so findings are listed here only.
              </p>
            )}
            <OutletCard meta={state.view.meta} outlet={state.view.outlet} nameOf={nameOf} />
            <FindingList title="Named actors" groups={state.view.groups.actors} nameOf={nameOf} onLocate={onLocate} />
            <FindingList title="Framing words" groups={state.view.groups.terms} nameOf={nameOf} onLocate={onLocate} />
            <SidesTable rows={state.view.sides} />
            <p class="privacy">Analysed on this device. Nothing from this page left your browser.</p>
          </>
        )}
      </div>
    </aside>
  );
}
