import type { Entry } from '../utils/glossary/schema';

interface Props {
  entry: Entry;
  /** Resolves mirror ids to display names. */
  nameOf: (id: string) => string | undefined;
  /** The hover card shows the essentials; the sidebar shows everything. */
  compact?: boolean;
  /** The outlet card states owner and funding above the details already. */
  omitOwnership?: boolean;
}

/** One glossary entry as the reader sees it: neutral summary, facts with their sources, and for terms the framing note. */
export function EntryDetails({ entry, nameOf, compact = false, omitOwnership = false }: Props) {
  const term = entry.term;
  const mirrors = term?.mirrors.map((id) => nameOf(id)).filter((n): n is string => Boolean(n)) ?? [];
  return (
    <div class="details">
      <p class="summary">{entry.summary}</p>
      {term && (
        <dl class="facts">
          <dt>What the word does</dt>
          <dd>{term.effect}</dd>
          <dt>Who uses it</dt>
          <dd>{term.usedBy}</dd>
          {term.alternatives.length > 0 && (
            <>
              <dt>Neutral alternatives</dt>
              <dd>{term.alternatives.join(', ')}</dd>
            </>
          )}
          {!compact && mirrors.length > 0 && (
            <>
              <dt>The other side's word</dt>
              <dd>{mirrors.join(', ')}</dd>
            </>
          )}
          {!compact &&
            term.guidance.map((g) => (
              <>
                <dt>{g.guide}</dt>
                <dd>
                  {g.advice}{' '}
                  <SourceLink url={g.source.url} />
                </dd>
              </>
            ))}
        </dl>
      )}
      {!compact && (entry.role || entry.names?.length || entry.backers?.length || entry.designations?.length || (entry.outlet && !omitOwnership)) && (
        <dl class="facts">
          {entry.role && (
            <>
              <dt>Role</dt>
              <dd>{entry.role}</dd>
            </>
          )}
          {entry.names && entry.names.length > 0 && (
            <>
              <dt>Names</dt>
              <dd>
                <ul>
                  {entry.names.map((n) => (
                    <li key={n.name}>
                      {n.name}
                      {(n.from || n.to) && ` (${n.from ?? '…'} – ${n.to ?? 'present'})`}
                      {n.note && ` — ${n.note}`}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {entry.outlet && !omitOwnership && (
            <>
              <dt>Ownership</dt>
              <dd>
                {entry.outlet.ownership.replace(/-/g, ' ')}: {entry.outlet.owner} ({entry.outlet.country})
              </dd>
              <dt>Funding</dt>
              <dd>{entry.outlet.funding}</dd>
            </>
          )}
          {entry.backers && entry.backers.length > 0 && (
            <>
              <dt>Backing, as reported</dt>
              <dd>
                <ul>
                  {entry.backers.map((b) => (
                    <li key={b.backer}>
                      {b.backer}
                      {b.note && ` — ${b.note}`}{' '}
                      <SourceLink url={b.source.url} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {entry.designations && entry.designations.length > 0 && (
            <>
              <dt>Listed as terrorist by</dt>
              <dd>
                <ul>
                  {entry.designations.map((d) => (
                    <li key={`${d.by}-${d.year}`}>
                      {d.by} ({d.year}){d.note && ` — ${d.note}`}{' '}
                      <SourceLink url={d.source.url} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}
      <p class="sources">
        Sources:{' '}
        {entry.sources.map((s, i) => (
          <>
            {i > 0 && ' · '}
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          </>
        ))}
        <span class="reviewed"> · reviewed {entry.reviewed}</span>
      </p>
    </div>
  );
}

function SourceLink({ url }: { url: string }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      source
    </a>
  );
}
