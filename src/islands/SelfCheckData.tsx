// Backup, restore and erase, and the copies of damaged data set aside for the member to decide on.
import { useEffect, useRef, useState } from 'preact/hooks';
import { discardSetAside, eraseAll, exportDocument, importDocument, readSetAside } from '../stores/self-check.ts';
import { SET_ASIDE_PREFIX } from '../stores/self-check-storage.ts';
import { importErrorText } from '../ui/self-check-text.ts';

function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface Props {
  setAsideKeys: string[];
  announce: (message: string) => void;
}

export default function SelfCheckData({ setAsideKeys, announce }: Props) {
  const [confirming, setConfirming] = useState(false);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus follows the question: to "Có, xóa hết" when it opens, back to the erase button when it closes.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) eraseButton.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);

  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = importDocument(await file.text());
    input.value = '';
    announce(result.ok ? 'Đã khôi phục dữ liệu từ tệp sao lưu.' : importErrorText(result));
  };

  return (
    <section class="sc-data no-print" aria-labelledby="sao-luu">
      <h2 id="sao-luu">Sao lưu, khôi phục và xóa dữ liệu</h2>
      <p>Tệp sao lưu chứa toàn bộ câu trả lời, các lượt và ghi chú của bạn. Hãy cất tệp ở nơi chỉ bạn dùng.</p>
      <p>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            const { fileName, text } = exportDocument();
            downloadText(fileName, text, 'application/json');
            announce(`Đã tạo tệp sao lưu ${fileName}.`);
          }}
        >
          Tải tệp sao lưu
        </button>
      </p>
      <p>
        <label for="khoi-phuc">Khôi phục từ tệp sao lưu</label>
        <span class="sc-hint" id="khoi-phuc-goi-y">
          Dữ liệu trong tệp sẽ thay thế toàn bộ dữ liệu tự kiểm tra hiện có trên trình duyệt này.
        </span>
        <input id="khoi-phuc" type="file" accept=".json,application/json" aria-describedby="khoi-phuc-goi-y" onChange={onImport} />
      </p>
      {!confirming ? (
        <p>
          <button
            type="button"
            ref={eraseButton}
            onClick={() => setConfirming(true)}
          >
            Xóa toàn bộ dữ liệu
          </button>
        </p>
      ) : (
        <div class="notice" role="group" aria-labelledby="xoa-hoi">
          <p id="xoa-hoi">
            Bạn có chắc muốn xóa toàn bộ câu trả lời, ghi chú và các lượt trước trên trình duyệt này? Việc này không làm
            lại được. Nếu muốn giữ, hãy tải tệp sao lưu trước.
          </p>
          <button
            type="button"
            ref={confirmButton}
            onClick={() => {
              eraseAll();
              setConfirming(false);
              announce('Đã xóa toàn bộ dữ liệu tự kiểm tra trên trình duyệt này.');
            }}
          >
            Có, xóa hết
          </button>{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => setConfirming(false)}
          >
            Không xóa
          </button>
        </div>
      )}
      {setAsideKeys.length > 0 && (
        <div class="sc-set-aside">
          <h3 id="ban-hong">Bản dữ liệu bị hỏng</h3>
          <p>
            Trang không đọc được các bản dưới đây nên đã cất riêng, không xóa. Bạn có thể tải về để nhờ người rành máy tính xem
            giúp, hoặc xóa nếu không cần.
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
                    onClick={() => downloadText(`tu-kiem-tra-ban-hong-${when.slice(0, 10)}.txt`, readSetAside(key) ?? '', 'text/plain')}
                  >
                    Tải bản này về máy
                  </button>{' '}
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      discardSetAside(key);
                      announce('Đã xóa bản dữ liệu bị hỏng.');
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
