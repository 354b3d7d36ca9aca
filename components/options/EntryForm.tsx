import { useState } from 'preact/hooks';
import { ACTOR_KINDS, OutletSchema, TERM_CATEGORIES, type Entry } from '../../utils/glossary/schema';
import { checkOwnEntry } from '../../utils/glossary/validate';
import { ownershipKey } from '../EntryDetails';
import { kindKey } from '../FindingList';
import { useI18n } from '../i18n';
import { CATEGORY_LABELS } from './kinds';

interface Props {
  /** The entry being edited, a built-in entry being copied, or a new entry's first words. */
  start: Partial<Entry>;
  others: readonly Entry[];
  builtin: readonly Entry[];
  onSave: (entry: Entry) => Promise<void>;
  onCancel: () => void;
}

const FORM_KINDS = [...ACTOR_KINDS, 'term'] as const;
const OWNERSHIPS = OutletSchema.entries.ownership.options;

interface Draft {
  id: string;
  kind: Entry['kind'];
  name: string;
  patterns: string;
  summary: string;
  /** Each row keeps a key of its own, so removing one row does not shift the others' inputs. */
  sources: Array<{ key: number; title: string; url: string }>;
  reviewed: string;
  category: string;
  effect: string;
  usedBy: string;
  alternatives: string;
  mirrors: string;
  ownership: string;
  owner: string;
  funding: string;
  country: string;
  hostnames: string;
}

let nextKey = 0;
const sourceRow = (title = '', url = '') => ({ key: nextKey++, title, url });
const today = () => new Date().toISOString().slice(0, 10);
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const commaList = (text: string) => text.split(',').map((l) => l.trim()).filter(Boolean);

function slugOf(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function draftOf(e: Partial<Entry>): Draft {
  return {
    id: e.id ?? '',
    kind: e.kind ?? 'term',
    name: e.name ?? '',
    patterns: (e.patterns ?? []).map((p) => (typeof p === 'string' ? p : p.text)).join('\n'),
    summary: e.summary ?? '',
    sources: e.sources?.length ? e.sources.map((s) => sourceRow(s.title, s.url)) : [sourceRow()],
    reviewed: e.reviewed ?? today(),
    category: e.term?.category ?? 'label',
    effect: e.term?.effect ?? '',
    usedBy: e.term?.usedBy ?? '',
    alternatives: e.term?.alternatives.join(', ') ?? '',
    mirrors: e.term?.mirrors.join(', ') ?? '',
    ownership: e.outlet?.ownership ?? 'private',
    owner: e.outlet?.owner ?? '',
    funding: e.outlet?.funding ?? '',
    country: e.outlet?.country ?? '',
    hostnames: e.outlet?.hostnames.join(', ') ?? '',
  };
}

/** The entry the draft describes, keeping what the form does not show (dates of names, designations, guidance). */
function entryOf(d: Draft, start: Partial<Entry>): unknown {
  // A pattern kept from the start keeps its case rule ("IS" stays case-sensitive).
  const patterns = lines(d.patterns).map((text) => start.patterns?.find((p) => typeof p !== 'string' && p.text === text) ?? text);
  const { term: startTerm, outlet: _startOutlet, ...rest } = start;
  const entry: Record<string, unknown> = {
    ...rest,
    id: d.id.trim() || slugOf(d.name),
    kind: d.kind,
    name: d.name.trim(),
    patterns,
    summary: d.summary.trim(),
    sources: d.sources.filter((s) => s.title.trim() || s.url.trim()).map((s) => ({ title: s.title.trim(), url: s.url.trim() })),
    reviewed: d.reviewed,
  };
  if (d.kind === 'term') {
    entry.term = {
      ...startTerm,
      category: d.category,
      effect: d.effect.trim(),
      usedBy: d.usedBy.trim(),
      alternatives: commaList(d.alternatives),
      guidance: startTerm?.guidance ?? [],
      mirrors: commaList(d.mirrors),
    };
  }
  if (d.kind === 'outlet') {
    entry.outlet = {
      ownership: d.ownership,
      owner: d.owner.trim(),
      funding: d.funding.trim(),
      country: d.country.trim(),
      hostnames: commaList(d.hostnames).map((h) => h.toLowerCase().replace(/^www\./, '')),
    };
  }
  return entry;
}

/** Add or edit one of the reader's entries; each problem is shown next to the field at fault. */
export function EntryForm({ start, others, builtin, onSave, onCancel }: Props) {
  const { t, say } = useI18n();
  const [draft, setDraft] = useState(() => draftOf(start));
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const replaces = builtin.find((e) => e.id === draft.id.trim());

  async function submit(event: Event) {
    event.preventDefault();
    const result = checkOwnEntry(entryOf(draft, start), others.filter((e) => e.id !== start.id), builtin);
    if (!result.ok) {
      setProblems(Object.fromEntries(Object.entries(result.fields).map(([key, list]) => [key, list.map(say)])));
      // Take the reader to the first field at fault.
      const first = Object.keys(result.fields)[0];
      document.getElementById(`f-${first || 'id'}`)?.focus();
      return;
    }
    setProblems({});
    await onSave(result.entry);
  }

  const field = (key: string, label: string, control: (attrs: Record<string, unknown>) => preact.JSX.Element, hint?: string) => {
    const errs = problems[key] ?? [];
    const describedBy = [hint ? `h-${key}` : '', errs.length ? `p-${key}` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div class="field">
        <label htmlFor={`f-${key}`}>{label}</label>
        {hint && (
          <span class="hint" id={`h-${key}`}>
            {hint}
          </span>
        )}
        {control({ id: `f-${key}`, 'aria-invalid': errs.length ? 'true' : undefined, 'aria-describedby': describedBy })}
        {errs.length > 0 && (
          <p class="problem" id={`p-${key}`}>
            {errs.join(' ')}
          </p>
        )}
      </div>
    );
  };

  return (
    <form aria-label={start.id ? t('edit_entry', start.name ?? start.id) : t('new_entry')} onSubmit={(e) => void submit(e)} noValidate>
      {problems[''] && <p class="error">{problems['']!.join(' ')}</p>}
      {field('name', t('field_name'), (a) => (
        <input {...a} type="text" value={draft.name} onInput={(e) => set({ name: e.currentTarget.value })} />
      ))}
      {field(
        'id',
        t('field_id'),
        (a) => <input {...a} type="text" value={draft.id} placeholder={slugOf(draft.name)} onInput={(e) => set({ id: e.currentTarget.value })} />,
        replaces ? t('field_id_replaces', replaces.name) : t('field_id_hint'),
      )}
      {field('kind', t('field_kind'), (a) => (
        <select {...a} value={draft.kind} onChange={(e) => set({ kind: e.currentTarget.value as Entry['kind'] })}>
          {FORM_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(kindKey(k))}
            </option>
          ))}
        </select>
      ))}
      {field(
        'patterns',
        t('field_patterns'),
        (a) => <textarea {...a} value={draft.patterns} onInput={(e) => set({ patterns: e.currentTarget.value })} />,
        t('field_patterns_hint'),
      )}
      {field(
        'summary',
        t('field_summary'),
        (a) => <textarea {...a} value={draft.summary} onInput={(e) => set({ summary: e.currentTarget.value })} />,
        t('field_summary_hint'),
      )}
      <fieldset>
        <legend>{t('field_sources')}</legend>
        {draft.sources.map((source, i) => (
          <div class="row" key={source.key}>
            <label>
              {t('field_source_title')}
              <input
                type="text"
                value={source.title}
                onInput={(e) => set({ sources: draft.sources.map((s, j) => (j === i ? { ...s, title: e.currentTarget.value } : s)) })}
              />
            </label>
            <label>
              {t('field_source_url')}
              <input
                type="text"
                value={source.url}
                placeholder={t('url_placeholder')}
                onInput={(e) => set({ sources: draft.sources.map((s, j) => (j === i ? { ...s, url: e.currentTarget.value } : s)) })}
              />
            </label>
            {draft.sources.length > 1 && (
              <button type="button" onClick={() => set({ sources: draft.sources.filter((_, j) => j !== i) })}>
                {t('remove_source', i + 1)}
              </button>
            )}
          </div>
        ))}
        <div class="field">
          <input type="hidden" id="f-sources" />
          {problems.sources && (
            <p class="problem" id="p-sources" role="alert">
              {problems.sources.join(' ')}
            </p>
          )}
          <button type="button" onClick={() => set({ sources: [...draft.sources, sourceRow()] })}>
            {t('add_source')}
          </button>
        </div>
      </fieldset>
      {field('reviewed', t('field_reviewed'), (a) => (
        <input {...a} type="date" value={draft.reviewed} onInput={(e) => set({ reviewed: e.currentTarget.value })} />
      ))}
      {draft.kind === 'term' && (
        <>
          {field('term.category', t('field_category'), (a) => (
            <select {...a} value={draft.category} onChange={(e) => set({ category: e.currentTarget.value })}>
              {TERM_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(CATEGORY_LABELS[c])}
                </option>
              ))}
            </select>
          ))}
          {field('term.effect', t('what_word_does'), (a) => (
            <textarea {...a} value={draft.effect} onInput={(e) => set({ effect: e.currentTarget.value })} />
          ))}
          {field('term.usedBy', t('who_uses_it'), (a) => (
            <input {...a} type="text" value={draft.usedBy} onInput={(e) => set({ usedBy: e.currentTarget.value })} />
          ))}
          {field(
            'term.alternatives',
            t('neutral_alternatives'),
            (a) => <input {...a} type="text" value={draft.alternatives} onInput={(e) => set({ alternatives: e.currentTarget.value })} />,
            t('comma_separated'),
          )}
          {field(
            'term.mirrors',
            t('other_sides_word'),
            (a) => <input {...a} type="text" value={draft.mirrors} onInput={(e) => set({ mirrors: e.currentTarget.value })} />,
            t('field_mirrors_hint'),
          )}
        </>
      )}
      {draft.kind === 'outlet' && (
        <>
          {field('outlet.ownership', t('ownership'), (a) => (
            <select {...a} value={draft.ownership} onChange={(e) => set({ ownership: e.currentTarget.value })}>
              {OWNERSHIPS.map((o) => (
                <option key={o} value={o}>
                  {t(ownershipKey(o))}
                </option>
              ))}
            </select>
          ))}
          {field('outlet.owner', t('field_owner'), (a) => (
            <input {...a} type="text" value={draft.owner} onInput={(e) => set({ owner: e.currentTarget.value })} />
          ))}
          {field('outlet.funding', t('funding'), (a) => (
            <input {...a} type="text" value={draft.funding} onInput={(e) => set({ funding: e.currentTarget.value })} />
          ))}
          {field('outlet.country', t('field_country'), (a) => (
            <input {...a} type="text" value={draft.country} onInput={(e) => set({ country: e.currentTarget.value })} />
          ))}
          {field(
            'outlet.hostnames',
            t('field_hostnames'),
            (a) => <input {...a} type="text" value={draft.hostnames} onInput={(e) => set({ hostnames: e.currentTarget.value })} />,
            t('field_hostnames_hint'),
          )}
        </>
      )}
      <div class="row">
        <button type="submit">{t('save_entry')}</button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
