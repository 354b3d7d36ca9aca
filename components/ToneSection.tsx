import type { WatchCategory } from '../utils/core/watch/data';
import type { ToneSummary } from '../utils/core/watch/tone';
import type { MessageKey } from '../utils/ui/i18n';
import { useI18n } from './i18n';

/** The article's tone: words to watch per 1,000 words in its own voice and in quotations, the most frequent, by category. */
export function ToneSection({ tone }: { tone: ToneSummary | null }) {
  const { t, plural } = useI18n();
  if (!tone || tone.top.length === 0) return null;
  return (
    <section class="group tone" aria-labelledby="fl-tone">
      <h2 id="fl-tone">{t('tone_title')}</h2>
      <p>{t('tone_rates', tone.perThousand.article, tone.perThousand.quoted)}</p>
      <ul class="tone-words">
        {tone.top.map((w) => (
          <li key={w.word}>
            <strong>{w.word}</strong> · {t(categoryKey(w.category))} · {plural('tone_uses', w.article + w.quoted)}
            {w.quoted > 0 && <span class="muted"> ({plural('tone_quoted_uses', w.quoted)})</span>}
          </li>
        ))}
      </ul>
      <p class="muted">
        {tone.categories.map((c) => `${t(categoryKey(c.category))} ${c.count}`).join(t('list_separator'))}
      </p>
    </section>
  );
}

function categoryKey(category: WatchCategory): MessageKey {
  return `tone_category_${category.replace('-', '_')}` as MessageKey;
}
