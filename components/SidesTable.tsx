import type { SideRow } from '../utils/core/types';

/** How the article names each side, beside how its quoted sources name the same side. */
const list = (uses: SideRow['article']) =>
  uses.length === 0 ? <span class="muted">—</span> : uses.map((u) => (u.count > 1 ? `${u.label} ×${u.count}` : u.label)).join(', ');

export function SidesTable({ rows }: { rows: readonly SideRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section class="group" aria-labelledby="fl-sides">
      <h2 id="fl-sides">How each side is named</h2>
      <table class="sides">
        <thead>
          <tr>
            <th scope="col">Actor or side</th>
            <th scope="col">In the article's voice</th>
            <th scope="col">In quoted sources</th>
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
