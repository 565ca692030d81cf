// The manifestations marked on at least one ballot of an anonymous count (entered before ballots named a member),
// with how many ballots and their share.
import type { seenManifestations } from '../../lib/tally/results.ts';
import { shareText } from './text.ts';

export function SeenTable({ caption, seen, ballots, className, withShare = true }: {
  caption: string;
  seen: ReturnType<typeof seenManifestations>;
  ballots: number;
  className?: string;
  /** The share column; the printed minutes give counts only. */
  withShare?: boolean;
}) {
  return (
    <div class="table-scroll">
      <table class={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Biểu hiện</th>
            <th scope="col" class="num">Số phiếu</th>
            {withShare && <th scope="col" class="num">Tỷ lệ</th>}
          </tr>
        </thead>
        <tbody>
          {seen.map((m) => (
            <tr key={m.number}>
              <th scope="row">
                {m.number}. {m.shortName}
              </th>
              <td class="num">{m.ballots}</td>
              {withShare && <td class="num">{shareText(m.ballots, ballots)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
