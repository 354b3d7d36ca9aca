import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BUILTIN_ENTRIES } from '../../utils/glossary/builtin';
import { entryForSelection } from '../../utils/glossary/lookup';
import { isOwnEntry, mergeGlossary } from '../../utils/glossary/merge';
import type { Entry } from '../../utils/glossary/schema';
import { customEntriesItem, loadSettings } from '../../utils/settings';
import { EntryDetails } from '../EntryDetails';
import { kindKey } from '../FindingList';
import { useI18n } from '../i18n';
import { applyLook } from './look';

/** The window "Explain with Framing Lens" opens: the card for the selected text, or an offer to add it. */
export function ExplainApp({ text }: { text: string }) {
  const { t } = useI18n();
  const [glossary, setGlossary] = useState<Entry[] | null>(null);

  useEffect(() => {
    void Promise.all([loadSettings(), customEntriesItem.getValue()]).then(([settings, custom]) => {
      applyLook(document, settings);
      setGlossary(mergeGlossary(BUILTIN_ENTRIES, custom));
    });
  }, []);

  if (!glossary) return <main aria-busy="true">{t('loading')}</main>;
  const entry = entryForSelection(text, glossary);
  const nameOf = (id: string) => glossary.find((e) => e.id === id)?.name;
  const addUrl = browser.runtime.getURL(`/options.html#add=${encodeURIComponent(text)}`);

  return (
    <main>
      {entry ? (
        <article class="card" aria-labelledby="entry-name" data-entry-id={entry.id}>
          <h1 id="entry-name">{entry.name}</h1>
          <p class="hint">
            {t(kindKey(entry.kind))}
            {isOwnEntry(entry) && <span class="mine">{t('own_entry')}</span>}
            {selectedOtherWords(text, entry) && t('explain_selected', text)}
          </p>
          <EntryDetails entry={entry} nameOf={nameOf} />
        </article>
      ) : (
        <section aria-labelledby="unknown">
          <h1 id="unknown">{t('explain_unknown', text)}</h1>
          <p>{t('explain_add_hint')}</p>
          <p>
            <a class="button" href={addUrl} target="_blank">
              {t('explain_add', text)}
            </a>
          </p>
        </section>
      )}
    </main>
  );
}

/** The selection was a variant or a longer phrase: say what was selected, since the card is titled by the entry. */
function selectedOtherWords(text: string, entry: Entry): boolean {
  return text.trim().toLowerCase() !== entry.name.toLowerCase();
}
