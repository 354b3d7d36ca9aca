import { useState } from 'preact/hooks';
import type { Entry } from '../../utils/glossary/schema';
import { parseSite } from '../../utils/sites';
import type { Exemption, Settings } from '../../utils/settings';
import type { Translator } from '../../utils/ui/i18n';
import { useI18n } from '../i18n';

interface Props {
  settings: Settings;
  glossary: readonly Entry[];
  save: (next: Settings) => Promise<boolean>;
}

/** Words or entries the reader does not want highlighted, everywhere or on one site. */
export function Exemptions({ settings, glossary, save }: Props) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Exemption['kind']>('word');
  const [value, setValue] = useState('');
  const [site, setSite] = useState('');
  const [problems, setProblems] = useState<{ value?: string; site?: string }>({});
  const nameOf = (id: string) => glossary.find((e) => e.id === id)?.name ?? id;

  async function add(event: Event) {
    event.preventDefault();
    const next: { value?: string; site?: string } = {};
    let entryId = value.trim();
    if (!entryId) next.value = t(kind === 'word' ? 'exempt_need_word' : 'exempt_need_entry');
    else if (kind === 'entry') {
      const entry = glossary.find((e) => e.id === entryId || e.name.toLowerCase() === entryId.toLowerCase());
      if (entry) entryId = entry.id;
      else next.value = t('exempt_unknown_entry', entryId);
    }
    const siteName = site.trim() ? parseSite(site) : undefined;
    if (siteName === null) next.site = t('exempt_bad_site');
    setProblems(next);
    if (next.value || next.site) return;
    const exemption: Exemption = { kind, value: entryId, ...(siteName ? { site: siteName } : {}) };
    const same = (e: Exemption) => e.kind === exemption.kind && e.value === exemption.value && e.site === exemption.site;
    if (settings.exemptions.some(same)) return setValue('');
    if (await save({ ...settings, exemptions: [...settings.exemptions, exemption] })) setValue('');
  }

  return (
    <section aria-labelledby="exempt">
      <h2 id="exempt">{t('exempt_heading')}</h2>
      <p class="hint">{t('exempt_hint')}</p>
      {settings.exemptions.length === 0 ? (
        <p class="hint">{t('exempt_none')}</p>
      ) : (
        <ul class="list" aria-label={t('exempt_list')}>
          {settings.exemptions.map((e) => {
            const label = describeExemption(e, nameOf, t);
            return (
              <li key={`${e.kind}:${e.value}:${e.site ?? ''}`}>
                <span>{label}</span>
                <button
                  type="button"
                  aria-label={t('exempt_remove', label)}
                  onClick={() => void save({ ...settings, exemptions: settings.exemptions.filter((x) => x !== e) })}
                >
                  {t('remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate>
        <div class="row">
          <div class="field">
            <label htmlFor="exempt-kind">{t('exempt_kind')}</label>
            <select id="exempt-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Exemption['kind'])}>
              <option value="word">{t('exempt_kind_word')}</option>
              <option value="entry">{t('exempt_kind_entry')}</option>
            </select>
          </div>
          <div class="field">
            <label htmlFor="exempt-value">{t(kind === 'word' ? 'exempt_word' : 'exempt_entry')}</label>
            <input
              id="exempt-value"
              type="text"
              list={kind === 'entry' ? 'exempt-entries' : undefined}
              value={value}
              aria-invalid={problems.value ? 'true' : undefined}
              aria-describedby={problems.value ? 'exempt-value-problem' : undefined}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
            {problems.value && (
              <p class="problem" id="exempt-value-problem">
                {problems.value}
              </p>
            )}
          </div>
          <div class="field">
            <label htmlFor="exempt-site">{t('exempt_site')}</label>
            <input
              id="exempt-site"
              type="text"
              value={site}
              placeholder={t('site_placeholder')}
              aria-invalid={problems.site ? 'true' : undefined}
              aria-describedby={problems.site ? 'exempt-site-problem' : undefined}
              onInput={(e) => setSite(e.currentTarget.value)}
            />
            {problems.site && (
              <p class="problem" id="exempt-site-problem">
                {problems.site}
              </p>
            )}
          </div>
        </div>
        <datalist id="exempt-entries">
          {glossary.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </datalist>
        <button type="submit">{t('exempt_add')}</button>
      </form>
    </section>
  );
}

/** "the word “terrorists” on example.com", "the entry “Hezbollah” everywhere". */
function describeExemption(e: Exemption, nameOf: (id: string) => string, t: Translator['t']): string {
  if (e.kind === 'word') return e.site ? t('exempt_word_on', e.value, e.site) : t('exempt_word_everywhere', e.value);
  return e.site ? t('exempt_entry_on', nameOf(e.value), e.site) : t('exempt_entry_everywhere', nameOf(e.value));
}
