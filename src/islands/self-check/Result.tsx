// "Check your answers": what is marked Có, what is unanswered, the private plan, and the change since the last round.
import { Component } from 'preact';
import { answersOf, hasOverlongWord, noteOf, type Round } from '../../lib/self-check/document.ts';
import { compareRounds, type Summary } from '../../lib/self-check/scoring.ts';
import { RESULT_HEADING_ID, noteInputId } from '../../lib/self-check/anchors.ts';
import { pageText, periodPhrase } from './page-text.ts';
import ItemLink from './ItemLink.tsx';
import type { CheckManifestation, SelfCheckActions } from './types.ts';

interface Props {
  manifestations: CheckManifestation[];
  round: Round;
  previous?: Round;
  summary: Summary;
  actions: SelfCheckActions;
}

/** Consecutive runs of one group, in the order given (the page gives them by number: A, then B, then C). */
function byGroup(manifestations: CheckManifestation[]): CheckManifestation[][] {
  const runs: CheckManifestation[][] = [];
  for (const m of manifestations) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.group === m.group) last.push(m);
    else runs.push([m]);
  }
  return runs;
}

function numbersText(numbers: number[], byNumber: Map<number, CheckManifestation>): string {
  return numbers.length
    ? numbers.map((n) => pageText('current', n, byNumber.get(n)?.shortName ?? '')).join('; ')
    : pageText('compare-none');
}

function printResult(): void {
  // The class limits printing to the result; plain Ctrl+P still prints the whole form.
  document.documentElement.classList.add('sc-print-result');
  window.addEventListener('afterprint', () => document.documentElement.classList.remove('sc-print-result'), { once: true });
  window.print();
}

export default class Result extends Component<Props, { unansweredOpen: boolean }> {
  override state = { unansweredOpen: false };

  override render({ manifestations, round, previous, summary, actions }: Props) {
    const byNumber = new Map(manifestations.map((m) => [m.number, m]));
    const itemText = new Map(manifestations.flatMap((m) => m.items.map((item) => [item.id, item.text] as const)));
    const marked = new Set(summary.marked.map((m) => m.number));
    const comparison = previous ? compareRounds(manifestations, answersOf(previous), answersOf(round)) : undefined;
    const { unansweredOpen } = this.state;
    const setUnansweredOpen = (open: boolean) => this.setState({ unansweredOpen: open });
    return (
      <section class="sc-result" aria-labelledby={RESULT_HEADING_ID}>
        <h2 id={RESULT_HEADING_ID}>{pageText('result-heading', periodPhrase(round.period))}</h2>
        <p class="notice">{pageText('private-reminder')}</p>
        <p>
          {pageText('result-answered', summary.answered, summary.total)}{' '}
          {summary.marked.length === 0 ? pageText('result-none-marked') : pageText('result-marked', summary.marked.length)}
          {summary.notApplicable > 0 && ` ${pageText('result-not-applicable', summary.notApplicable)}`}
        </p>
        <button type="button" class="secondary no-print" onClick={printResult}>
          {pageText('result-print')}
        </button>
        {byGroup(manifestations.filter((m) => marked.has(m.number))).map((inGroup) => (
          <div key={inGroup[0]!.group}>
            <h3 id={`kq-nhom-${inGroup[0]!.group}`}>{pageText('result-group', inGroup[0]!.group, inGroup[0]!.groupLabel)}</h3>
            {inGroup.map((m) => {
              const yesItems = summary.marked.find((entry) => entry.number === m.number)?.yesItems ?? [];
              const note = noteOf(round, m.number);
              const wrap = hasOverlongWord(note) ? ' sc-long-word' : '';
              return (
                <div class="sc-marked" key={m.number}>
                  <h4>{pageText('current', m.number, m.shortName)}</h4>
                  <p>
                    <a href={m.href}>{pageText('result-resolution-link', m.number)}</a>
                    {' · '}
                    <a href={m.handbookHref}>{pageText('result-handbook-link', m.number)}</a>
                  </p>
                  <p>{pageText('result-marked-items')}</p>
                  <ul>
                    {yesItems.map((id) => (
                      <li key={id}>
                        {id}. {itemText.get(id)}{' '}
                        <span class="no-print">
                          (
                          <ItemLink itemId={id} label={pageText('result-change-answer', id)} />)
                        </span>
                      </li>
                    ))}
                  </ul>
                  <label for={noteInputId(m.number)}>{pageText('result-note-label', m.number)}</label>
                  <textarea
                    id={noteInputId(m.number)}
                    class={`sc-note${wrap}`}
                    rows={3}
                    value={note}
                    onInput={(event) => actions.writeNote(m.number, event.currentTarget.value)}
                  />
                  <p class={`sc-note-print${wrap}`}>{note || pageText('result-note-empty')}</p>
                </div>
              );
            })}
          </div>
        ))}
        {summary.unanswered.length > 0 && (
          <details class="no-print sc-unanswered-list" onToggle={(event) => setUnansweredOpen(event.currentTarget.open)}>
            <summary id="chua-tra-loi">{pageText('result-unanswered', summary.unanswered.length)}</summary>
            {/* Up to 81 entries: drawn when opened, not while the page starts. */}
            {unansweredOpen && (
              <ul class="sc-unanswered">
                {summary.unanswered.map((id) => (
                  <li key={id}>
                    {id}. {itemText.get(id)} — <strong>{pageText('result-not-answered')}</strong>.{' '}
                    <ItemLink itemId={id} label={pageText('result-answer-item', id)} />
                  </li>
                ))}
              </ul>
            )}
          </details>
        )}
        {previous && comparison && (
          <div>
            <h3 id="so-sanh">{pageText('compare-heading', periodPhrase(previous.period))}</h3>
            <dl class="sc-comparison">
              <dt>{pageText('compare-appeared')}</dt>
              <dd>{numbersText(comparison.appeared, byNumber)}</dd>
              <dt>{pageText('compare-went-away')}</dt>
              <dd>{numbersText(comparison.wentAway, byNumber)}</dd>
              <dt>{pageText('compare-remained')}</dt>
              <dd>{numbersText(comparison.remained, byNumber)}</dd>
              {comparison.undecided.length > 0 && (
                <>
                  <dt>{pageText('compare-undecided')}</dt>
                  <dd>{numbersText(comparison.undecided, byNumber)}</dd>
                </>
              )}
            </dl>
          </div>
        )}
      </section>
    );
  }
}
