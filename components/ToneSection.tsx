import type { WatchCategory } from '../utils/core/watch/data';
import type { ToneSummary } from '../utils/core/watch/tone';
import type { MessageKey } from '../utils/ui/i18n';
import { useI18n } from './i18n';

/**
 * The article's tone: words to watch per 1,000 words in its own voice and in quotations; the most frequent, each with
 * what a neutral report would say; and the categories, each opening to why such words matter.
 */
export function ToneSection({ tone }: { tone: ToneSummary | null }) {
  const { t, plural } = useI18n();
  if (!tone || tone.top.length === 0) return null;
  return (
    <section class="group tone" aria-labelledby="fl-tone">
      <h2 id="fl-tone">{t('tone_title')}</h2>
      <p>{t('tone_rates', tone.perThousand.article, tone.perThousand.quoted)}</p>
      <ToneWords words={tone.top} />
      {tone.others.length > 0 && (
        <details class="tone-others">
          <summary>{plural('tone_other_words', tone.others.length)}</summary>
          <ToneWords words={tone.others} />
        </details>
      )}
      <ul class="tone-categories">
        {tone.categories.map((c) => (
          <li key={c.category}>
            <details>
              <summary>{t('tone_category_count', t(toneCategoryKey(c.category)), c.count)}</summary>
              <p>{c.note}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Each word with its category, its uses by voice, and what a neutral report would say. */
function ToneWords({ words }: { words: readonly ToneSummary['top'][number][] }) {
  const { t, plural } = useI18n();
  return (
    <ul class="tone-words">
      {words.map((w) => (
        <li key={w.word}>
          <strong>{w.word}</strong> · {t(toneCategoryKey(w.category))} · {plural('tone_uses', w.article + w.quoted)}
          {w.quoted > 0 && <span class="muted"> ({plural('tone_quoted_uses', w.quoted)})</span>}
          <span class="tone-instead">{t('tone_instead', w.alternative)}</span>
        </li>
      ))}
    </ul>
  );
}

export function toneCategoryKey(category: WatchCategory): MessageKey {
  return `tone_category_${category.replace('-', '_')}` as MessageKey;
}
