import type { Entry } from '../utils/glossary/schema';
import type { PageMeta } from '../utils/page/extract';
import { EntryDetails, ownershipKey } from './EntryDetails';
import { useI18n } from './i18n';

interface Props {
  meta: PageMeta;
  outlet: Entry | null;
  nameOf: (id: string) => string | undefined;
}

/** The sidebar opens with who publishes what the reader is reading: owner and funding first, the rest on demand. */
export function OutletCard({ meta, outlet, nameOf }: Props) {
  const { t } = useI18n();
  const facts = outlet?.outlet;
  return (
    <section class="outlet" aria-label={t('about_outlet')}>
      <p class="eyebrow">{t('you_are_reading')}</p>
      <h2 class="outlet-name" dir="auto">
        {outlet?.name ?? meta.site ?? meta.hostnames[0] ?? t('this_page')}
      </h2>
      {facts ? (
        <>
          <p class="ownership">
            <span class="tag context">{t(ownershipKey(facts.ownership))}</span> {t('owner', facts.owner)} · {facts.country}
          </p>
          <p class="ownership">{t('outlet_funding', facts.funding)}</p>
          <details>
            <summary>{t('more_about', outlet.name)}</summary>
            <EntryDetails entry={outlet} nameOf={nameOf} omitOwnership />
          </details>
        </>
      ) : (
        <p class="muted">{t('outlet_not_in_glossary')}</p>
      )}
    </section>
  );
}
