import type { SideRow } from '../utils/core/types';
import { useI18n } from './i18n';

/** How the article names each side, beside how its quoted sources name the same side. */
export function SidesTable({ rows }: { rows: readonly SideRow[] }) {
  const { t } = useI18n();
  if (rows.length === 0) return null;
  const list = (uses: SideRow['article']) =>
    uses.length === 0 ? (
      <span class="muted">{t('none_dash')}</span>
    ) : (
      uses.map((u) => (u.count > 1 ? t('label_count', u.label, u.count) : u.label)).join(t('list_separator'))
    );
  return (
    <section class="group" aria-labelledby="fl-sides">
      <h2 id="fl-sides">{t('sides_title')}</h2>
      <table class="sides">
        <thead>
          <tr>
            <th scope="col">{t('sides_actor')}</th>
            <th scope="col">{t('sides_article')}</th>
            <th scope="col">{t('sides_quoted')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td>{list(row.article)}</td>
              <td>{list(row.quoted)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
