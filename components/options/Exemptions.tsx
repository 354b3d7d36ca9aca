import { useState } from 'preact/hooks';
import type { Entry } from '../../utils/glossary/schema';
import { parseSite } from '../../utils/sites';
import type { Exemption, Settings } from '../../utils/settings';

interface Props {
  settings: Settings;
  glossary: readonly Entry[];
  save: (next: Settings) => Promise<boolean>;
}

/** Words or entries the reader does not want highlighted, everywhere or on one site. */
export function Exemptions({ settings, glossary, save }: Props) {
  const [kind, setKind] = useState<Exemption['kind']>('word');
  const [value, setValue] = useState('');
  const [site, setSite] = useState('');
  const [problems, setProblems] = useState<{ value?: string; site?: string }>({});
  const nameOf = (id: string) => glossary.find((e) => e.id === id)?.name ?? id;

  async function add(event: Event) {
    event.preventDefault();
    const next: { value?: string; site?: string } = {};
    let entryId = value.trim();
    if (!entryId) next.value = kind === 'word' ? 'Write the word to leave unmarked.' : 'Choose an entry.';
    else if (kind === 'entry') {
      const entry = glossary.find((e) => e.id === entryId || e.name.toLowerCase() === entryId.toLowerCase());
      if (entry) entryId = entry.id;
      else next.value = `No entry is called “${entryId}”: pick one from the suggestions.`;
    }
    const siteName = site.trim() ? parseSite(site) : undefined;
    if (siteName === null) next.site = 'Write a site such as example.com, or leave it empty for everywhere.';
    setProblems(next);
    if (next.value || next.site) return;
    const exemption: Exemption = { kind, value: entryId, ...(siteName ? { site: siteName } : {}) };
    const same = (e: Exemption) => e.kind === exemption.kind && e.value === exemption.value && e.site === exemption.site;
    if (settings.exemptions.some(same)) return setValue('');
    if (await save({ ...settings, exemptions: [...settings.exemptions, exemption] })) setValue('');
  }

  return (
    <section aria-labelledby="exempt">
      <h2 id="exempt">Not highlighted</h2>
      <p class="hint">Words or entries you do not want marked, everywhere or on one site. They stay in the glossary.</p>
      {settings.exemptions.length === 0 ? (
        <p class="hint">Nothing is left out.</p>
      ) : (
        <ul class="list" aria-label="Left unmarked">
          {settings.exemptions.map((e) => {
            const label = `${e.kind === 'word' ? `the word “${e.value}”` : `the entry “${nameOf(e.value)}”`} ${e.site ? `on ${e.site}` : 'everywhere'}`;
            return (
              <li key={`${e.kind}:${e.value}:${e.site ?? ''}`}>
                <span>{label}</span>
                <button
                  type="button"
                  aria-label={`Highlight ${label} again`}
                  onClick={() => void save({ ...settings, exemptions: settings.exemptions.filter((x) => x !== e) })}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate>
        <div class="row">
          <div class="field">
            <label htmlFor="exempt-kind">Leave out</label>
            <select id="exempt-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Exemption['kind'])}>
              <option value="word">a word</option>
              <option value="entry">a whole entry</option>
            </select>
          </div>
          <div class="field">
            <label htmlFor="exempt-value">{kind === 'word' ? 'Word' : 'Entry'}</label>
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
            <label htmlFor="exempt-site">On the site (empty: everywhere)</label>
            <input
              id="exempt-site"
              type="text"
              value={site}
              placeholder="example.com"
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
        <button type="submit">Leave it unmarked</button>
      </form>
    </section>
  );
}
