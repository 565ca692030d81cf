// Backup, restore and erase, and the copies of unreadable data set aside for the member to decide on.
import { useEffect, useRef, useState } from 'preact/hooks';
import { SET_ASIDE_PREFIX, contentCount, type SelfCheckDocument } from '../../lib/self-check/document.ts';
import { DATA_HEADING_ID } from '../../lib/self-check/anchors.ts';
import { importSizeProblem } from '../../lib/self-check/transfer.ts';
import { importErrorText, importedText, replaceQuestionText } from '../../ui/self-check-text.ts';
import Banner from './Banner.tsx';
import { ExportButton } from './ExportButton.tsx';
import { downloadText } from '../download.ts';
import EraseControl from './EraseControl.tsx';
import type { BannerMessage, Notify, SelfCheckActions } from './types.ts';

interface Props {
  actions: SelfCheckActions;
  doc: SelfCheckDocument;
  setAsideKeys: string[];
  banner?: BannerMessage;
  notify: Notify;
  onBannerClose: () => void;
}

interface PendingImport {
  fileName: string;
  document: SelfCheckDocument;
}

export default function DataPanel({ actions, doc, setAsideKeys, banner, notify, onBannerClose }: Props) {
  const [pending, setPending] = useState<PendingImport | undefined>(undefined);
  const replaceButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) replaceButton.current?.focus();
  }, [pending]);
  const done = (message: Omit<BannerMessage, 'place'>) => notify({ ...message, place: 'data' });

  const restore = (imported: PendingImport) => {
    setPending(undefined);
    if (actions.replaceWith(imported.document)) {
      done({ kind: 'success', text: importedText(contentCount(imported.document), imported.fileName) });
    } else {
      done({
        kind: 'problem',
        text: 'Trình duyệt không cho lưu dữ liệu của tệp (bộ nhớ có thể đã đầy). Dữ liệu hiện có không thay đổi.',
      });
    }
  };

  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Refused by its size before anything reads it.
    const result = importSizeProblem(file.size) ?? (await actions.readImport(await file.text()));
    if (!result.ok) {
      done({ kind: 'problem', text: importErrorText(result) });
      return;
    }
    const imported = { fileName: file.name, document: result.document };
    const existing = contentCount(doc);
    if (existing.answers + existing.notes === 0) restore(imported);
    else setPending(imported);
  };

  return (
    <section class="sc-data no-print" aria-labelledby={DATA_HEADING_ID}>
      <h2 id={DATA_HEADING_ID}>Sao lưu, khôi phục và xóa dữ liệu</h2>
      {banner && <Banner message={banner} onClose={onBannerClose} />}
      <p>Tệp sao lưu chứa toàn bộ câu trả lời, các lượt và ghi chú. Đồng chí hãy cất tệp ở nơi chỉ mình dùng.</p>
      <p>
        <ExportButton actions={actions} notify={notify} place="data" />
      </p>
      <p>
        <label for="khoi-phuc">Khôi phục từ tệp sao lưu</label>
        <span class="sc-hint" id="khoi-phuc-goi-y">
          Nếu trên trình duyệt này đã có câu trả lời, trang sẽ cho biết tệp thay thế những gì và hỏi trước.
        </span>
        <input
          id="khoi-phuc"
          type="file"
          accept=".json,application/json"
          aria-describedby="khoi-phuc-goi-y"
          onChange={onImport}
        />
      </p>
      {pending && (
        <div class="notice sc-confirm" role="group" aria-labelledby="khoi-phuc-hoi">
          <p id="khoi-phuc-hoi">{replaceQuestionText(contentCount(doc), contentCount(pending.document), pending.fileName)}</p>
          <button type="button" ref={replaceButton} onClick={() => restore(pending)}>
            Có, thay thế
          </button>{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setPending(undefined);
              done({ kind: 'success', text: 'Đã hủy khôi phục. Dữ liệu hiện có không thay đổi.' });
            }}
          >
            Không thay thế
          </button>
        </div>
      )}
      <p>
        <EraseControl actions={actions} notify={notify} place="data" label="Xóa toàn bộ dữ liệu" />
      </p>
      {setAsideKeys.length > 0 && (
        <div class="sc-set-aside">
          <h3 id="ban-hong">Bản dữ liệu bị hỏng</h3>
          <p>
            Trang không đọc được các bản dưới đây nên đã cất riêng, không xóa. Đồng chí có thể tải về để nhờ người rành máy tính
            xem giúp, hoặc xóa nếu không cần.
          </p>
          <ul>
            {setAsideKeys.map((key) => {
              const when = key.slice(SET_ASIDE_PREFIX.length);
              return (
                <li key={key}>
                  Bản cất lúc {new Date(when).toLocaleString('vi-VN')}{' '}
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => downloadText(`tu-kiem-tra-ban-hong-${when.slice(0, 10)}.txt`, actions.readSetAside(key) ?? '', 'text/plain')}
                  >
                    Tải bản này về máy
                  </button>{' '}
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      actions.discardSetAside(key);
                      done({ kind: 'success', text: 'Đã xóa bản dữ liệu bị hỏng.' });
                    }}
                  >
                    Xóa bản này
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
