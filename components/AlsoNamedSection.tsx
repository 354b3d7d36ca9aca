import type { AlsoNamed, AlsoNamedLabel } from '../utils/core/also-named/find';
import { useI18n } from './i18n';

/**
 * Organisations and people the glossary has no entry for, each with how often the article names it and the labels the
 * article gives it. Nothing here claims a fact about them: the labels are the article's words, and the note says so.
 */
export function AlsoNamedSection({ names }: { names: readonly AlsoNamed[] }) {
  const { t, plural, number } = useI18n();
  if (names.length === 0) return null;
  return (
    <section class="group also-named" aria-labelledby="fl-also-named">
      <h2 id="fl-also-named">
        {t('also_named_title')} <span class="count">{number(names.length)}</span>
      </h2>
      <details class="also-named-about">
        <summary>{t('also_named_about')}</summary>
        <p>{t('also_named_note')}</p>
      </details>
      <ul class="also-named-list">
        {names.map((a) => (
          <li key={a.name}>
            <strong>{a.name}</strong> · {t(a.kind === 'person' ? 'also_named_person' : 'also_named_organisation')} · {plural('also_named_mentions', a.count)}
            {a.labels.map((l) => (
              <span key={`${l.kind}:${l.label}:${l.quoted}`} class="also-named-label">
                <LabelText label={l} />
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

function LabelText({ label }: { label: AlsoNamedLabel }) {
  const { t } = useI18n();
  const text =
    label.kind === 'designation'
      ? t('also_named_designation', label.label, label.by ?? '')
      : t(label.kind === 'distancing' ? 'also_named_distancing' : 'also_named_descriptor', label.label);
  return <>{label.quoted ? t('also_named_quoted', text) : text}</>;
}
