// The round being answered, and starting a new one (a year or a half-year); earlier rounds stay read-only.
import { Component } from 'preact';
import { periodChoices, periodFromKey, periodKey, type Round, type SelfCheckDocument } from '../../lib/self-check/document.ts';
import { ROUND_HEADING_ID } from '../../lib/self-check/anchors.ts';
import { pageText, periodName, periodPhrase } from './page-text.ts';
import Banner from './Banner.tsx';
import type { BannerMessage, Notify, SelfCheckActions } from './types.ts';

// The browser's own Vietnamese date format (dd/mm/yyyy): no date code shipped for one line.
const dayOf = (iso: string) => new Date(iso).toLocaleDateString('vi-VN');

interface Props {
  doc: SelfCheckDocument;
  round: Round;
  saving: boolean;
  actions: SelfCheckActions;
  banner?: BannerMessage;
  notify: Notify;
  onBannerClose: () => void;
}

export default class RoundPanel extends Component<Props, { chosen?: string }> {
  override render({ doc, round, saving, actions, banner, notify, onBannerClose }: Props) {
    const { chosen } = this.state;
    const setChoice = (key: string) => this.setState({ chosen: key });
    const choices = periodChoices(new Date());
    // Before the first answer, the current round is implicit: its period is taken all the same.
    const rounds = doc.rounds.length > 0 ? doc.rounds : [round];
    const taken = (key: string) => rounds.some((r) => periodKey(r.period) === key);
    const firstFree = choices.map(periodKey).find((key) => !taken(key));
    const choice = chosen ?? firstFree ?? '';
    return (
      <section class="sc-round no-print" aria-labelledby={ROUND_HEADING_ID}>
        <h2 id={ROUND_HEADING_ID}>{pageText('round-heading', periodPhrase(round.period))}</h2>
        {banner && <Banner message={banner} onClose={onBannerClose} />}
        <p>
          {doc.rounds.length > 0 ? pageText('round-dates', dayOf(round.startedAt), dayOf(round.updatedAt)) : ''}
          {pageText(saving ? 'round-saving' : 'round-not-saving')}
        </p>
        <details>
          <summary>{pageText('round-new')}</summary>
          <p>{pageText('round-new-kept')}</p>
          <form
            class="sc-new-round"
            onSubmit={(event) => {
              event.preventDefault();
              const period = periodFromKey(choice);
              if (!period) return;
              const started = actions.beginRound(period);
              notify({
                kind: started ? 'success' : 'problem',
                place: 'round',
                text: pageText(started ? 'round-started' : 'round-taken', periodPhrase(period)),
              });
            }}
          >
            <label for="ky-moi">{pageText('round-period')}</label>
            <select id="ky-moi" value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
              {choices.map((p) => (
                <option value={periodKey(p)} key={periodKey(p)} disabled={taken(periodKey(p))}>
                  {periodName(p)}
                </option>
              ))}
            </select>{' '}
            <button type="submit">{pageText('round-start')}</button>
          </form>
        </details>
      </section>
    );
  }
}
