// Backup, restore and erase, and the copies of unreadable data set aside for the member to decide on.
import { Component } from 'preact';
import Confirm from './Confirm.tsx';
import { SET_ASIDE_PREFIX, contentCount, type SelfCheckDocument } from '../../lib/self-check/document.ts';
import { DATA_HEADING_ID } from '../../lib/self-check/anchors.ts';
import { importSizeProblem } from '../../lib/self-check/transfer.ts';
import { pageText } from './page-text.ts';
import Banner from './Banner.tsx';
import { ExportButton } from './ExportButton.tsx';
import { downloadText } from '../download.ts';
import EraseControl from './EraseControl.tsx';
import type { BannerMessage, CheckManifestation, Notify, SelfCheckActions } from './types.ts';

interface Props {
  actions: SelfCheckActions;
  /** Only answers and notes for these are taken from a backup file. */
  manifestations: CheckManifestation[];
  doc: SelfCheckDocument;
  setAsideKeys: string[];
  banner?: BannerMessage;
  notify: Notify;
  onBannerClose: () => void;
}

interface PendingImport {
  fileName: string;
  document: SelfCheckDocument;
  /** What the file held that was left out or changed, said after the restore. */
  remarks: string[];
}

type Counted = ReturnType<typeof contentCount>;

/** What an import would replace: counts on this browser, the file's name, counts in the file. */
const replaceQuestion = (existing: Counted, imported: Counted, fileName: string) =>
  pageText(
    'import-question',
    existing.answers,
    existing.notes,
    existing.rounds,
    fileName,
    imported.answers,
    imported.notes,
    imported.rounds,
  );

export default class DataPanel extends Component<Props, { pending?: PendingImport }> {
  override render({ actions, manifestations, doc, setAsideKeys, banner, notify, onBannerClose }: Props) {
    const { pending } = this.state;
    const setPending = (next?: PendingImport) => this.setState({ pending: next });
    const done = (message: Omit<BannerMessage, 'place'>) => notify({ ...message, place: 'data' });

    const restore = (imported: PendingImport) => {
      setPending(undefined);
      if (actions.replaceWith(imported.document)) {
        const { answers, notes, rounds } = contentCount(imported.document);
        done({
          kind: 'success',
          text: [pageText('imported', answers, notes, rounds, imported.fileName), ...imported.remarks].join(' '),
        });
      } else {
        done({ kind: 'problem', text: pageText('import-refused') });
      }
    };

    const onImport = async (event: Event) => {
      const input = event.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (!file) return;
      // Refused by its size before anything reads it.
      const result = importSizeProblem(file.size) ?? actions.readImport(await file.text(), manifestations);
      if (!result.ok) {
        done({ kind: 'problem', text: pageText(`import-${result.problem}`) });
        return;
      }
      // What the file held that was left out or changed: a sentence for each that happened.
      const remarks = (['droppedAnswers', 'droppedNotes', 'futureTimes'] as const)
        .filter((field) => result[field] > 0)
        .map((field) => pageText(`import-${field}`, result[field]));
      const imported = { fileName: file.name, document: result.document, remarks };
      const existing = contentCount(doc);
      if (existing.answers + existing.notes === 0) restore(imported);
      else setPending(imported);
    };

    return (
      <section class="sc-data no-print" aria-labelledby={DATA_HEADING_ID}>
        <h2 id={DATA_HEADING_ID}>{pageText('data-heading')}</h2>
        {banner && <Banner message={banner} onClose={onBannerClose} />}
        <p>{pageText('data-intro')}</p>
        <p>
          <ExportButton actions={actions} notify={notify} place="data" />
        </p>
        <p>
          <label for="khoi-phuc">{pageText('import-label')}</label>
          <span class="sc-hint" id="khoi-phuc-goi-y">
            {pageText('import-hint')}
          </span>
          <input id="khoi-phuc" type="file" accept=".json,application/json" aria-describedby="khoi-phuc-goi-y" onChange={onImport} />
        </p>
        {pending && (
          <Confirm
            id="khoi-phuc-hoi"
            question={replaceQuestion(contentCount(doc), contentCount(pending.document), pending.fileName)}
            yes={pageText('import-yes')}
            no={pageText('import-no')}
            onYes={() => restore(pending)}
            onNo={() => {
              setPending(undefined);
              done({ kind: 'success', text: pageText('import-cancelled') });
            }}
          />
        )}
        <p>
          <EraseControl actions={actions} notify={notify} place="data" label="erase-data" />
        </p>
        {setAsideKeys.length > 0 && (
          <div class="sc-set-aside">
            <h3 id="ban-hong">{pageText('set-aside-heading')}</h3>
            <p>{pageText('set-aside-intro')}</p>
            <ul>
              {setAsideKeys.map((key) => {
                const when = key.slice(SET_ASIDE_PREFIX.length);
                return (
                  <li key={key}>
                    {pageText('set-aside-when', new Date(when).toLocaleString('vi-VN'))}{' '}
                    <button
                      type="button"
                      class="secondary"
                      onClick={() =>
                        downloadText(`tu-kiem-tra-ban-hong-${when.slice(0, 10)}.txt`, actions.readSetAside(key) ?? '', 'text/plain')
                      }
                    >
                      {pageText('set-aside-download')}
                    </button>{' '}
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => {
                        actions.discardSetAside(key);
                        done({
                          kind: 'success',
                          text: pageText('set-aside-removed'),
                        });
                      }}
                    >
                      {pageText('set-aside-remove')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </section>
    );
  }
}
