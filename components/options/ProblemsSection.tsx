import { useEffect, useState } from 'preact/hooks';
import privacy from '../../PRIVACY.md?raw';
import { problemsItem, type Problem } from '../../utils/problems';
import type { MessageKey } from '../../utils/ui/i18n';
import { useI18n } from '../i18n';

/**
 * What the extension keeps and the last problems it met on pages (what kind and when: never page text or addresses),
 * so a reader who saw "!" on the icon can look back at why.
 */
export function ProblemsSection() {
  const { t, lang } = useI18n();
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => {
    void problemsItem.getValue().then(setProblems);
    return problemsItem.watch((value) => setProblems(value ?? []));
  }, []);

  return (
    <section aria-labelledby="privacy">
      <h2 id="privacy">{t('privacy_heading')}</h2>
      <details>
        <summary>{t('privacy_summary')}</summary>
        {/* The privacy statement is a document, shown as PRIVACY.md words it. */}
        <div class="privacy-text">{privacy.replace(/^# .*\n+/, '')}</div>
      </details>
      <h3>{t('problems_heading')}</h3>
      {problems.length === 0 ? (
        <p class="hint">{t('problems_none')}</p>
      ) : (
        <>
          <ul class="problems">
            {problems.map((p) => (
              <li key={`${p.at}-${p.reason}`}>
                <time dateTime={p.at}>{new Date(p.at).toLocaleString(lang)}</time>
                {t('label_separator')}
                {t(`cannot_read_${p.reason.replaceAll('-', '_')}` as MessageKey)}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void problemsItem.setValue([])}>
            {t('problems_clear')}
          </button>
        </>
      )}
    </section>
  );
}
