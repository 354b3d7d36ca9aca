import { useContext } from 'preact/hooks';
import { asOfPublication } from '../utils/core/as-of';
import type { Entry } from '../utils/glossary/schema';
import { useI18n } from './i18n';
import { Publication } from './publication';
import type { MessageKey } from '../utils/ui/i18n';

interface Props {
  entry: Entry;
  /** Resolves mirror ids to display names. */
  nameOf: (id: string) => string | undefined;
  /** The hover card shows the essentials; the sidebar shows everything. */
  compact?: boolean;
  /** The outlet card states owner and funding above the details already. */
  omitOwnership?: boolean;
}

/** The locale key of an ownership value ('state-owned' → ownership_state_owned). */
export const ownershipKey = (ownership: NonNullable<Entry['outlet']>['ownership']) =>
  `ownership_${ownership.replace(/-/g, '_')}` as MessageKey;

/** One glossary entry as the reader sees it: neutral summary, facts with their sources, and for terms the framing note. */
export function EntryDetails({ entry, nameOf, compact = false, omitOwnership = false }: Props) {
  const { t } = useI18n();
  const term = entry.term;
  const mirrors = term?.mirrors.map((id) => nameOf(id)).filter((n): n is string => Boolean(n)) ?? [];
  const separator = t('list_separator');
  const asOf = asOfPublication(entry, useContext(Publication));
  return (
    <div class="details">
      <p class="summary">{entry.summary}</p>
      {asOf && (
        // Years as written, not as counts ("2017", never "2,017").
        <ul class="as-of" aria-label={t('as_of_heading')}>
          {asOf.calledThen && <li>{t('as_of_called', String(asOf.year), asOf.calledThen)}</li>}
          {asOf.laterNames.map((n) => (
            <li key={n.name}>{t('as_of_renamed', n.name, n.from)}</li>
          ))}
          {asOf.laterDesignations.map((d) => (
            <li key={`${d.by}-${d.year}`}>{t('as_of_designated', d.by, String(d.year))}</li>
          ))}
        </ul>
      )}
      {term && (
        <dl class="facts">
          <dt>{t('what_word_does')}</dt>
          <dd>{term.effect}</dd>
          <dt>{t('who_uses_it')}</dt>
          <dd>{term.usedBy}</dd>
          {term.alternatives.length > 0 && (
            <>
              <dt>{t('neutral_alternatives')}</dt>
              <dd>{term.alternatives.join(separator)}</dd>
            </>
          )}
          {!compact && mirrors.length > 0 && (
            <>
              <dt>{t('other_sides_word')}</dt>
              <dd>{mirrors.join(separator)}</dd>
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
              <dt>{t('role')}</dt>
              <dd>{entry.role}</dd>
            </>
          )}
          {entry.names && entry.names.length > 0 && (
            <>
              <dt>{t('names')}</dt>
              <dd>
                <ul>
                  {entry.names.map((n) => (
                    <li key={n.name}>
                      {n.name}
                      {(n.from || n.to) && ` (${t('name_period', n.from ?? t('unknown_date'), n.to ?? t('present'))})`}
                      {n.note && ` — ${n.note}`}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {entry.outlet && !omitOwnership && (
            <>
              <dt>{t('ownership')}</dt>
              <dd>
                {t(ownershipKey(entry.outlet.ownership))}: {entry.outlet.owner} ({entry.outlet.country})
              </dd>
              <dt>{t('funding')}</dt>
              <dd>{entry.outlet.funding}</dd>
            </>
          )}
          {entry.backers && entry.backers.length > 0 && (
            <>
              <dt>{t('backing')}</dt>
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
              <dt>{t('listed_as_terrorist_by')}</dt>
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
        {t('sources')}{' '}
        {entry.sources.map((s, i) => (
          <>
            {i > 0 && ' · '}
            <a href={s.url} target="_blank" rel="noopener noreferrer" dir="auto">
              {s.title}
            </a>
          </>
        ))}
        <span class="reviewed"> · {t('reviewed', entry.reviewed)}</span>
      </p>
    </div>
  );
}

function SourceLink({ url }: { url: string }) {
  const { t } = useI18n();
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {t('source')}
    </a>
  );
}
