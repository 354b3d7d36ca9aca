import type { Entry } from '../utils/glossary/schema';
import type { PageMeta } from '../utils/page/extract';
import { EntryDetails } from './EntryDetails';

interface Props {
  meta: PageMeta;
  outlet: Entry | null;
  nameOf: (id: string) => string | undefined;
}

/** The sidebar opens with who publishes what the reader is reading. */
export function OutletCard({ meta, outlet, nameOf }: Props) {
  return (
    <section class="outlet" aria-label="About this outlet">
      <p class="eyebrow">You are reading</p>
      <h2 class="outlet-name">{outlet?.name ?? meta.site ?? meta.hostnames[0] ?? 'this page'}</h2>
      {outlet?.outlet && (
        <p class="ownership">
          <span class="tag context">{outlet.outlet.ownership.replace(/-/g, ' ')}</span> {outlet.outlet.owner} · {outlet.outlet.country}
        </p>
      )}
      {outlet ? <EntryDetails entry={outlet} nameOf={nameOf} /> : <p class="muted">This outlet is not in the glossary yet.</p>}
    </section>
  );
}
