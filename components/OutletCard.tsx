import type { Entry } from '../utils/glossary/schema';
import type { PageMeta } from '../utils/page/extract';
import { EntryDetails } from './EntryDetails';

interface Props {
  meta: PageMeta;
  outlet: Entry | null;
  nameOf: (id: string) => string | undefined;
}

/** The sidebar opens with who publishes what the reader is reading: owner and funding first, the rest on demand. */
export function OutletCard({ meta, outlet, nameOf }: Props) {
  const facts = outlet?.outlet;
  return (
    <section class="outlet" aria-label="About this outlet">
      <p class="eyebrow">You are reading</p>
      <h2 class="outlet-name">{outlet?.name ?? meta.site ?? meta.hostnames[0] ?? 'this page'}</h2>
      {facts ? (
        <>
          <p class="ownership">
            <span class="tag context">{facts.ownership.replace(/-/g, ' ')}</span> Owner: {facts.owner} · {facts.country}
          </p>
          <p class="ownership">Funding: {facts.funding}</p>
          <details>
            <summary>More about {outlet.name}</summary>
            <EntryDetails entry={outlet} nameOf={nameOf} omitOwnership />
          </details>
        </>
      ) : (
        <p class="muted">This outlet is not in the glossary yet.</p>
      )}
    </section>
  );
}
