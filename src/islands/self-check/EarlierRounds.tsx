// Earlier rounds, read-only: what was marked, what the member wrote, and which items were reworded since.
import { answersOf, hasOverlongWord, noteOf, periodKey, type Round } from '../../lib/self-check/document.ts';
import { rewordedItems, summarise } from '../../lib/self-check/scoring.ts';
import { EARLIER_HEADING_ID } from '../../lib/self-check/anchors.ts';
import { pageText, periodName } from './page-text.ts';
import Reworded from './Reworded.tsx';
import type { CheckManifestation } from './types.ts';

export default function EarlierRounds({ manifestations, rounds }: { manifestations: CheckManifestation[]; rounds: Round[] }) {
  if (rounds.length === 0) return null;
  return (
    <section class="sc-earlier no-print" aria-labelledby={EARLIER_HEADING_ID}>
      <h2 id={EARLIER_HEADING_ID}>{pageText('earlier-heading')}</h2>
      {rounds
        .slice()
        .reverse()
        .map((round) => {
          const summary = summarise(manifestations, answersOf(round));
          return (
            <details key={periodKey(round.period)}>
              <summary>
                {pageText('earlier-summary', periodName(round.period), summary.answered, summary.total, summary.marked.length)}
              </summary>
              <Reworded items={rewordedItems(manifestations, round)} intro={pageText('earlier-reworded')} />
              {summary.marked.length === 0 ? (
                <p>{pageText('earlier-none')}</p>
              ) : (
                <ul>
                  {summary.marked.map((entry) => {
                    const m = manifestations.find((candidate) => candidate.number === entry.number);
                    const note = noteOf(round, entry.number);
                    return (
                      <li key={entry.number}>
                        {pageText('earlier-marked', entry.number, m?.shortName ?? '', entry.yesItems.join(', '))}
                        {note && <p class={hasOverlongWord(note) ? 'sc-long-word' : undefined}>{pageText('earlier-note', note)}</p>}
                      </li>
                    );
                  })}
                </ul>
              )}
            </details>
          );
        })}
    </section>
  );
}
