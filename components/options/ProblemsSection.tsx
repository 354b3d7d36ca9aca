import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import privacy from '../../PRIVACY.md?raw';
import { problemsItem, type Problem } from '../../utils/problems';

/**
 * What the extension keeps and the last problems it met on pages (what kind and when: never page text or addresses),
 * so a reader who saw "!" on the icon can look back at why.
 */
export function ProblemsSection() {
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => {
    void problemsItem.getValue().then(setProblems);
    return problemsItem.watch((value) => setProblems(value ?? []));
  }, []);

  return (
    <section aria-labelledby="privacy">
      <h2 id="privacy">Privacy and problems</h2>
      <details>
        <summary>What Framing Lens stores, and what leaves your browser (nothing)</summary>
        <div class="privacy-text">{privacy.replace(/^# .*\n+/, '')}</div>
      </details>
      <h3>Last problems</h3>
      {problems.length === 0 ? (
        <p class="hint">None so far.</p>
      ) : (
        <>
          <ul class="problems">
            {problems.map((p) => (
              <li key={`${p.at}-${p.reason}`}>
                <time dateTime={p.at}>{new Date(p.at).toLocaleString()}</time>:{' '}
                {browser.i18n.getMessage(`cannot_read_${p.reason.replaceAll('-', '_')}` as never)}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void problemsItem.setValue([])}>
            Clear the list
          </button>
        </>
      )}
    </section>
  );
}
